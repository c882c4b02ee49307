"""Two bodies joined by a conjunction inside what a reader took for one name.

"Obec Gbeľany a Stryszawa realizujú spoločné projekty": a municipality's type word, one capitalised name, the
language's "and", one more capitalised name. A municipality is rarely named "A and B", while a
sentence that opens with two partners often shares its verb between them, so such a name is two
partners: the typed one ("Obec Gbeľany") and the bare one ("Stryszawa"), whose type word the
text does not give (it may be another country's body). Longer names keep their conjunction
("Ministry of Education and Science", "Obec Horní a Dolní Bečva").

Both splits are steps of partner_clean.clean's chain of splits, beside its comma and "A and B"
splits, so that every reader's names pass them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from pipeline.suspended import NOT_AFTER_OPEN_PART, suspended_before
from pipeline.textnorm import UPPER


def split_conjoined(p: Partner, ctx: Context) -> list[Partner]:
    """[p], or the two partners "Type A conj B" names."""
    words = p.name.split(" ")
    conj = {c.lower() for c in ctx.lex.cues["conjunctions"] if " " not in c}
    towns = {w.lower() for w in ctx.lex.cues["municipality_nouns"]}
    if len(words) != 4 or words[2].lower() not in conj or words[0].lower() not in towns or p.acronym or suspended_before(words[1]):
        return [p]
    a, b = words[1], words[3]
    if not (_bare(a) and _bare(b)) or has_org_word(a) or has_org_word(b):
        return [p]
    first = " ".join(words[:2])
    second = replace(p, name=b, start=p.end - len(b), flags=list(p.flags), country=None)
    return [replace(p, name=first, end=p.start + len(first), flags=list(p.flags)), second]


def _bare(word: str) -> bool:
    """One capitalised word of letters, perhaps hyphenated ("Stryszawa", "Jastrzębie-Zdrój")."""
    return all(part[:1].isupper() and part[1:].isalpha() and (part[1:].islower() or len(part) == 1)
               for part in word.split("-"))


def split_article(p: Partner, ctx: Context) -> list[Partner]:
    """[p], or the two bodies of "A conj ART B" ("Métropole de Turin et la Mission Opérationnelle",
    "Stadt Adorf und der Verein Vogtland Aktiv", "Museo Civico e la Fondazione Arte"): an article
    right after the conjunction opens a second noun phrase, while the pieces of one name's list
    of domains follow a preposition ("de l'Agriculture et de la Pêche") or no article at all.
    Both sides open with a capital; the second needs two words, one of them capitalised after
    the first, or a type word ("and the Environment" is one more domain)."""
    articles = [a for a in ctx.lex.cues.get("articles", []) if not a.endswith(("'", "’"))]
    conj = [c for c in ctx.lex.cues["conjunctions"] if len(c) <= 8]
    if not articles or not conj or p.acronym and "(" in p.name:
        return [p]
    pattern = rf"{NOT_AFTER_OPEN_PART}\s(?:{'|'.join(map(re.escape, conj))})\s(?:{'|'.join(map(re.escape, articles))})\s(?=[{UPPER}])"
    hits = list(re.finditer(pattern, p.name))
    if len(hits) != 1:
        return [p]
    m = hits[0]
    left, right = p.name[:m.start()], p.name[m.end():]
    if not left[:1].isupper() or len(left.split()) < 2 or "," in left:
        return [p]
    rwords = right.split()
    if len(rwords) < 2 or not (has_org_word(right) or sum(w[:1].isupper() for w in rwords[1:]) >= 1):
        return [p]
    if has_org_word(left) and not has_org_word(right) and not any(sum(c.isupper() for c in w) >= 2 for w in rwords):
        return [p]  # a type word's list of domains: "Ministerio para la Transición Ecológica y el Reto Demográfico"
    same_span = ctx.doc.text[p.start:p.end] == p.name
    b = replace(p, name=right, start=p.start + m.end() if same_span else p.start, end=p.end,
                role=PARTNER if p.role == LEAD else p.role, flags=list(p.flags), acronym=None)
    a = replace(p, name=left, end=p.start + len(left) if same_span else p.end, flags=list(p.flags))
    return [a, b]
