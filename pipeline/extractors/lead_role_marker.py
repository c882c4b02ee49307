"""A lead cue written as a role marker after the name it qualifies: "Община Сунгурларе -
водещ партньор и Община Сюлоглу - втори партньор", "Universitatea din Oradea – leader de
proiect și X", "Obec A – vedúci partner, obec B – partner".

A dash right after a name, then the cue, puts the cue in apposition to that name; the name
after the cue (joined by a conjunction or a comma) is the next item of the list, with a role
of its own. Only a cue followed by its own colon or dash ("X – Lead partner: Y") still
introduces the name after it.
"""
from __future__ import annotations

import re

# a word (or a closing bracket or quote) then a dash, then the cue: "Сунгурларе - ", "(SK) – "
_DASH_BEFORE = re.compile(r"[\w)”“\"»]\s*[-–—]\s*$")
# what closes an apposition: a comma, semicolon, bracket, the sentence's end
_CLOSED = re.compile(r"\s*(?:[,;()\[\]]|[.!?]?\s*$)")


def role_marker_after_name(before: str, after: str, conjunctions: list[str]) -> bool:
    """The cue between `before` and `after` (its sentence on either side) is the role of the
    name before its dash, not a label for the name after it: the marker closes with a comma,
    bracket or the sentence's end, or a conjunction opens the next item ("- водещ партньор и
    Община X"). A name right after the cue is the cue's own ("«Song Festival» – juhtpartner
    MTÜ X", "Portugalia – koordynator projektu Escola …": the project or country, then its lead)."""
    if not _DASH_BEFORE.search(before) or len(before.split()) < 2:
        return False
    first = after.split()[0].lower() if after.split() else ""
    return bool(_CLOSED.match(after)) or first in {c.lower() for c in conjunctions if " " not in c}


def name_before_dash(text: str, from_: int, cue_start: int, ctx) -> tuple[str, int]:
    """The capitalised name that ends the text before the dash of a role marker, and its
    offset ("съвместно от Община Сунгурларе - " -> "Община Сунгурларе"); ("", -1) if none."""
    from pipeline.extractors.partner_subjects import trailing_name
    head = text[from_:cue_start].rstrip(" -–—")
    name = trailing_name(head, ctx)
    return (name, from_ + len(head) - len(name)) if name and head.endswith(name) else ("", -1)
