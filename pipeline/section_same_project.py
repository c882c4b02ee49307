"""Sections that turn out to name one project are one section.

The splitter opens a section wherever a structure repeats, and sometimes two of its units
speak of one project: a page that names its project by its long title in one paragraph
and by its acronym in the next ("“SolarTwins” kısa adlı “Solar Twinning to Create Solar
Research Twins” projesi …" / "SolarTwins, …"), or one name written twice. A page with one title, one
acronym and one set of facts is about one project, so the two are joined, under the
shorter name. The test reads only the names the sections end up with: equal, or one the
acronym of the other. A name written inside another is no proof: two projects' names are
often read as one ("A in B"), and a place sits inside several names.
"""
from __future__ import annotations

from pipeline.extractors import names
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import abbreviates
from pipeline.model import Document, Section
from pipeline.textnorm import fold

MIN_ACRONYM = 4  # a shorter acronym ("EU", "ERDF") spells the initials of too many titles


def same_name(a: str, b: str) -> bool:
    """Two section names that denote one project."""
    fa, fb = fold(a).strip(), fold(b).strip()
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long = (a, b) if len(fa) <= len(fb) else (b, a)
    fs = fold(short).strip()
    # (not a name written inside the other: "CROSSIT SAFER" inside "GREVISLIN in CROSSIT SAFER",
    # two projects' names read as one; "Barents" inside "Agroforestry in Barents region")
    # an acronym of one word and a long form of three words or more ("SolarTwins")
    return len(long.split()) >= 3 and len(fs) >= MIN_ACRONYM and " " not in short.strip() \
        and any(c.isupper() for c in short[1:]) and abbreviates(short, long)


def joined(doc: Document, sections: list[Section]) -> list[Section]:
    """The sections with every later one that names the project of an earlier one joined to it."""
    if len(sections) < 2:
        return sections
    found = [names.project_name(Context(doc, s, siblings=len(sections))) for s in sections]
    out: list[tuple[Section, tuple[str, int, int] | None]] = []
    for section, name in zip(sections, found):
        k = next((k for k, (_, other) in enumerate(out) if name and other and same_name(name[0], other[0])), None)
        if k is None:
            out.append((section, name))
            continue
        first, other = out[k]
        keep = name if len(name[0]) < len(other[0]) else other
        merged = Section(blocks=tuple(sorted(set(first.blocks) | set(section.blocks))),
                         name=(keep[1], keep[2]), shared=first.shared,
                         partners=first.partners + section.partners, lead=first.lead or section.lead)
        out[k] = (merged, keep)
    if len(out) == len(sections):
        return sections
    return [s for s, _ in out]
