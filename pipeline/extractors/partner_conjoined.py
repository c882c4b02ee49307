"""Two bodies joined by a conjunction inside what a reader took for one name.

"Obec Gbeľany a Stryszawa realizujú spoločné projekty": a municipality's type word, one capitalised name, the
language's "and", one more capitalised name. A municipality is rarely named "A and B", while a
sentence that opens with two partners often shares its verb between them, so such a name is two
partners: the typed one ("Obec Gbeľany") and the bare one ("Stryszawa"), whose type word the
text does not give (it may be another country's body). Longer names keep their conjunction
("Ministry of Education and Science", "Obec Horní a Dolní Bečva").
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner


def split_conjoined(p: Partner, ctx: Context) -> list[Partner]:
    """[p], or the two partners "Type A conj B" names."""
    words = p.name.split(" ")
    conj = {c.lower() for c in ctx.lex.cues["conjunctions"] if " " not in c}
    towns = {w.lower() for w in ctx.lex.cues["municipality_nouns"]}
    if len(words) != 4 or words[2].lower() not in conj or words[0].lower() not in towns or p.acronym:
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
