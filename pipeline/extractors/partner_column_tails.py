"""Tails that a list sets after every name alike: the same shape closing three names or more is
the list's column, not part of each name.

- a country's name after a space alone ("Trikatas pamatskola Latvia", "Szkola Podstawowa nr 6
  w Trzebini Poland"): one name may end with a country ("BirdLife Malta"), but a list whose
  every item does sets its country there; the country is the partner's;
- a comma, a lower-case word and a capitalised place ("Szkola X, de Stolpie (Lublin)", "Liceo
  Y, di Marsala"): a name goes on after a comma with a capital or a legal form, never with
  "from Town" — the items' seat, set after each of them.

Only the list's shape is read, never its words: three items or more, each with the tail.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_record import Partner, reslice
from pipeline.textnorm import LOWER, UPPER

_MIN_ITEMS = 3
_SEAT = re.compile(rf",\s+[{LOWER}]{{1,4}}\s+[{UPPER}][^,;()]*(?:\s*\([^()]{{1,40}}\))?\s*$")


def _country_end(name: str, ctx: Context) -> tuple[int, str] | None:
    """Where a country's name closing `name` after a plain space starts, and its code: one
    word written in full ("Poland", not "SK", "ČR" or "AS", which are codes and legal forms),
    with at least two words of name before it."""
    words = name.rstrip(" .").split(" ")
    tail, before = words[-1], words[-2] if len(words) >= 3 else ""
    if len(words) < 3 or not re.fullmatch(rf"[{UPPER}][{LOWER}]{{3,}}", tail):
        return None
    if re.search(r"[,;:()–—-]$", before):
        return None  # a separator before it is read by the readers' own country tails
    if before.islower() and len(before) <= 5:
        return None  # "National Library of Latvia", "Banca d'Italia": the country is the name's
    code = country_name(tail, ctx)
    return (len(" ".join(words[:-1])), code) if code else None


def _seat_end(name: str) -> int | None:
    m = _SEAT.search(name)
    return m.start() if m and len(name[:m.start()].split()) >= 2 else None


def _column(hits: dict, found: list[Partner]) -> bool:
    """Three items or more, and most of the list: a few names ending alike in a long list
    ("ASSITEJ France", "ASSITEJ Sweden" among thirteen) are the names' own ends."""
    return len(hits) >= _MIN_ITEMS and 3 * len(hits) >= 2 * len(found)


def cut_column_tails(found: list[Partner], ctx: Context) -> list[Partner]:
    countries = {id(p): c for p in found if (c := _country_end(p.name, ctx))}
    if _column(countries, found):
        for p in found:
            if hit := countries.get(id(p)):
                reslice(p, 0, hit[0], ctx.doc.text)
                p.country = p.country or hit[1]
    seats = {id(p): k for p in found if (k := _seat_end(p.name)) is not None}
    if _column(seats, found):
        for p in found:
            if (k := seats.get(id(p))) is not None:
                reslice(p, 0, k, ctx.doc.text)
    return found
