"""Shapes of a partner name that no organisation's name has, whatever the language.

A name with an unpaired double quote was cut inside a quoted name or ran on into a quoted
title: "Сдружение „Инициативна", "Colegiul Național ”Ștefan", "Sorbonne université"". Over
the gold and study sets (1262 pages) such names were wrong 15 times in 18 and the right
three had paired quotes once ",," was read as an opening mark."""
from __future__ import annotations

import re

# the double quotes of all the languages; ",," is typed for „ in several of them
_DOUBLE_QUOTE = re.compile(r",,|[\"„“”«»‟]")


def unpaired_quote(name: str) -> bool:
    """An odd number of double quotes: one side of a quoted name is missing."""
    return len(_DOUBLE_QUOTE.findall(name)) % 2 == 1


_CLOSING = re.compile(r"[\"“”»]")


def close_quote(name: str, start: int, end: int, text: str) -> str | None:
    """The name read on to the quote that closes it on its own line, when the reader cut it inside
    its quotes ("Сдружение „Инициативна" of "Сдружение „Инициативна за развитие“"); None
    when no quote closes it within a short name's reach."""
    if text[start:end] != name or not _DOUBLE_QUOTE.search(name):
        return None
    tail = text[end:end + 80].split("\n")[0]
    m = _CLOSING.search(tail)
    if m is None or re.search(r"[.;:!?]\s", tail[:m.start()]):
        return None
    return text[start:end + m.end()]


# a sum closing a name after a dash: the partner's share read on with it ("X - € 95 430", "X – 6 000 EUR")
_SUM_TAIL = re.compile(r"\s+[-–—]\s+(?:[€$£]\s*\d[\d\s.,]*|\d[\d\s.,]*\s*(?:€|EUR\b|euro\w*))\s*$", re.I)
# a year or a period of years outside quotes ("LIFE II (1996-1999)", "Summerschool 2022",
# "Republik 2014-2020"): a programme period, an event or a date, not a partner. Over the 1262
# pages such names were wrong 15 times in 17, on 11 pages in 9 languages.
_YEAR = re.compile(r"(?<![\w./-])(?:1[89]|20)\d\d(?:\s*[-–/]\s*(?:1[89]|20)?\d\d)?(?![\w/])")
_QUOTED = re.compile(r"[„“\"«][^„“\"«»”]*[“\"»”]")


def sum_tail(name: str) -> int | None:
    """Where a sum after a dash begins at the end of the name, if one does."""
    m = _SUM_TAIL.search(name)
    return m.start() if m and m.start() > 0 else None


def dated(name: str) -> bool:
    """A year or a period of years in the name, outside any quoted part ("Народно читалище
    „Христо Ботев 1884“" keeps its founding year)."""
    return bool(_YEAR.search(_QUOTED.sub("", name)))
