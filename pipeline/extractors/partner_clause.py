"""A partner's name read on into the verb of its sentence: "Δήμος Κομοτηνής θα έχει αποκτήσει
ένα …", "Асоціація … Сату-Маре успішно реалізували проєкт …", "Paesi Bassi e include ancora il
Comune di …". No organisation's name holds a finite verb: the name ends before it.

The verb is one of the language's verb cues (verbs of carrying out, leading, receiving,
cooperating, taking place, …) or an auxiliary ([auxiliaries]: "θα", "wird", "has", "bude"),
written in lower case after the name's first word, with words after it (a verb that closes a
short name is a noun in another sense: "Hrvatske vode"). The lower-case words right before the
verb go with it (an adverb: "успішно"). What is left is the name when it holds an organisation
word and two words at least; otherwise nothing of it is a name (a sentence read as one: "Zum Einen soll …")."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner, reslice

# the copula is left to partner_copula and no_name, which read "X is Y" as a whole
VERB_KEYS = frozenset({"event_weak", "grant_received", "actor_verbs", "implemented", "lead_verbs", "frame_verbs",
                       "cooperation_verbs", "consists_of", "include_verbs", "money_approved", "auxiliaries"})


def cut_clause(p: Partner, ctx: Context) -> Partner | None:
    """p ended before the verb its name runs into; None when no name is left (the module's docstring)."""
    end = _clause_end(p.name, ctx)
    if end is None:
        return p
    return reslice(p, 0, end, ctx.doc.text) if end > 0 else None


def sentence_only(p: Partner, ctx: Context) -> bool:
    """p's name is a sentence with no organisation before its verb: cut_clause would leave nothing."""
    return _clause_end(p.name, ctx) == 0


def _clause_end(name: str, ctx: Context) -> int | None:
    """Where the name ends before its verb; 0 when nothing of it is a name, None when no verb."""
    for c in sorted(nlp.cues(name, ctx.lang, set(VERB_KEYS)), key=lambda c: c.start):
        if c.start == 0 or not name[c.start:c.start + 1].islower() or not name[c.end:].strip()\
                or name[c.end:c.end + 1].isalnum() or name[c.start - 1:c.start].isalnum():
            continue
        head = name[:c.start].split()
        if not head:
            continue
        # the lower-case words before the verb go with it ("успішно реалізували"), as do numbers
        # ("toplam 331 bin"); a type word stays ("обласна рада")
        while len(head) > 1 and not head[-1][:1].isupper() and not has_org_word(head[-1]):
            head.pop()
        kept = " ".join(head)
        if not has_org_word(kept) or not kept[:1].isupper() or len(head) < 2:
            return 0
        return name.index(kept) + len(kept)
    return None
