"""Who gives the money, named in the words before an amount, decides its kind where the
cue word alone does not.

- An EU programme's own name as the giver of a part ("Total budget 1 860 005 € varav
  Botnia-Atlantica finansierar 1 116 002 €"): the programme's money is the EU's.
- A bare money noun ("sufinanciranje", "Förderung", "grant": one word the EU's cues share
  with any co-financing) whose giver, named right after it, is an organisation of its own
  that is not the EU ("sufinanciranje Fonda za zaštitu okoliša … iznosi 267.731,00 EUR", "Zuschuss des
  Landes …"): that organisation's money, kind other.
An organisation word is one of any language (`org_words`, its case forms and compounds);
a fund the EU's cues name ("Europskog fonda za regionalni razvoj", "EFRE") is inside a cue
and stays the EU's.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import budget_owners
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import name_cues

GAP_WORDS = 10  # the noun and its amount share one short clause or label
GIVER_WORDS = 2  # the giver stands right after the money noun: a preposition or article may come first
# cues that name where money comes from or what it is: a word inside one is no giver of its own
NAMED_KEYS = {"budget_eu", "budget_total", "budget_worth", "funder", "programme", "budget"}


def eu_brand(ctx: Context, text: str, name: str | None) -> bool:
    """An EU programme's brand, capitalised as a name ("Botnia-Atlantica", "Interreg"), or an
    EU body ("European Commission") in the text; a brand inside the project's own name does
    not count ("Priodiversity LIFE")."""
    low = text.lower()
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in name_cues(ctx.lang).get("not_programme", [])):
        return True
    named = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)] if name else []
    return any(m.group()[0].isupper() and not any(a <= m.start() < b for a, b in named)
               for w in name_cues(ctx.lang).get("programme_names", [])
               for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE))


def other_giver(ctx: Context, i: int, cue: nlp.CueMatch, lo: int, start: int, name: str | None) -> bool:
    """The cue is a bare money noun and the organisation named right after it, before the
    amount, is not the EU: the money is that organisation's (kind other). `lo`: where the
    amount's clause starts (the amount before's end, or the sentence's start)."""
    if cue.key != "budget_eu" or cue.end > start or len(re.findall(r"\w+", cue.text)) > 1 or cue.text.isupper():
        return False
    text = ctx.doc.text
    if re.search(r"[,;]", text[cue.end:start]) or len(text[cue.end:start].split()) > GAP_WORDS:
        return False  # the noun heads another clause than the amount's
    clause = text[lo:start]
    if budget_owners.eu_named(ctx, clause) or eu_brand(ctx, clause, name):
        return False
    covered = [(c.start, c.end) for c in ctx.cues(i, NAMED_KEYS) if c.start >= cue.end and c.start < start]
    for n, m in enumerate(re.finditer(r"\w+", text[cue.end:start])):
        if n >= GIVER_WORDS:
            break
        a = cue.end + m.start()
        if any(s <= a < e for s, e in covered):
            return False  # "sufinanciranje Europskog fonda …": the EU's fund, named by a cue
        # title case: an acronym ("ERC", "EFRE") is a programme's or fund's, often the EU's
        if m.group()[0].isupper() and not m.group().isupper() and budget_owners.org_token(m.group()):
            return True
    return False
