"""Two structural ends of a partner's name that the splits of partner_clean leave on it.

A role written after the name ("X – Lead Partner", "X (project partner)") in a list whose items
each carry one: the bracket or dash holds the language's role cue and at most one word that
qualifies it, so it is the item's role, not part of the name. partner_tails cuts a role bracket
inside a name; this cuts one that closes it, after the comma and "and" splits, so that the last
item of "A (partner), B (partner) and C (partner)" loses it as the others do.

A legal form closes a company's name ("Peak Region AB", "Torsta AB", "Foo Ltd"): a conjunction
after it and a capitalised word open a second body, whatever the second one's words are
("A AB och Norges teknisk-naturvitenskapelige universitet"), in any language whose cue file
lists the conjunction.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner, reslice
from pipeline.lexicons import legal_forms
from pipeline.textnorm import UPPER

_LEAD_KEYS = {"lead_partner", "coordinator"}
_ROLE_KEYS = _LEAD_KEYS | {"partners"}
# "(partner projektu)", "– Partner Lider Funksional": a bracket or a spaced dash closing the name
_ROLE_END = re.compile(r"(?:\s*\(([^()]{2,60})\)|\s+[–—-]\s+([^–—()]{2,60}))\s*$")


def cut_role_end(p: Partner, ctx: Context) -> Partner:
    """p without a closing bracket or dash tail that is a role cue and at most one more word (two
    after a cue that opens it); a
    lead cue that is the whole tail makes p the lead ("– Partner Lider"), one with a word that
    qualifies it ("– Partner Lider Funksional") does not."""
    m = _ROLE_END.search(p.name)
    if not m or len(p.name[:m.start()].split()) < 1 or not p.name[:m.start()].strip():
        return p
    tail = (m.group(1) or m.group(2)).strip()
    words = tail.split()
    if len(words) > 4:
        return p
    cues = [c for c in nlp.cues(tail, ctx.lang, _ROLE_KEYS)]
    if not cues:
        return p
    covered = sum(len(c.text.split()) for c in cues)
    rest = len(words) - covered
    # the cue opens the tail and two words qualify it at most ("Partner Lider Funksional"), or one
    # word stands beside it anywhere ("partner projektu", "project partner")
    if rest < 0 or rest > (2 if cues[0].start == 0 else 1):
        return p
    lead = rest == 0 and any(c.key in _LEAD_KEYS for c in cues)
    reslice(p, 0, m.start(), ctx.doc.text)
    if lead:
        p.role = LEAD
    return p


@lru_cache(maxsize=1)
def _closing_forms() -> tuple[str, ...]:
    """Legal forms that close a name, longest first (prefix forms open one and are left out)."""
    return tuple(sorted(legal_forms().get("forms", {}), key=len, reverse=True))


def closed_by_form(text: str) -> bool:
    """The text ends with a legal form written as registers write it ("… AB", "… GmbH", "… Ltd.")."""
    text = text.rstrip(" ,")
    return any(text.endswith(" " + f) and (len(f) > 3 or "." in f or text[-len(f) - 1] == " ") for f in _closing_forms())


def split_after_form(p: Partner, ctx: Context) -> list[Partner]:
    """[p], or the two bodies of "A <legal form> conj B…"."""
    conj = [c for c in ctx.lex.cues["conjunctions"] if " " not in c and len(c) <= 8]
    if not conj or "/" in p.name:
        return [p]
    hits = [m for m in re.finditer(rf"\s(?:{'|'.join(map(re.escape, conj))})\s(?=[{UPPER}])", p.name)
            if len(p.name[:m.start()].split()) >= 2 and closed_by_form(p.name[:m.start()])]
    if len(hits) != 1:
        return [p]
    m = hits[0]
    right = p.name[m.end():]
    if not right.strip() or closed_by_form(right) and len(right.split()) < 2:
        return [p]
    same_span = ctx.doc.text[p.start:p.end] == p.name
    b = Partner(right, PARTNER if p.role == LEAD else p.role, p.start + m.end() if same_span else p.start, p.end)
    a = reslice(p, 0, m.start(), ctx.doc.text)
    if p.role == LEAD:  # "Projektägare Peak Region AB och NTNU": a lead cue naming two names neither the one lead
        a.role = PARTNER
    a.acronym = None if p.acronym and p.acronym not in a.name else p.acronym
    return [a, b]
