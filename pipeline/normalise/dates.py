"""Dates and date ranges in the conventions of each language, to ISO 8601 at the stated
precision: "1.4. 2011" -> 2011-04-01, "prosince 2010" -> 2010-12, "2013 r." -> 2013.

Day-month order is European (day first) everywhere; "01/2012" is a month. A date that
cannot exist (31.02.2014) is returned with `valid=False`, never silently corrected.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from pipeline.lexicons import Lexicon

DASHES = "–—-−"


@dataclass(frozen=True)
class DateValue:
    iso: str  # 2011-04-01, 2010-12 or 2013
    start: int
    end: int
    text: str
    valid: bool = True

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.iso)]


@dataclass(frozen=True)
class DateRange:
    start: DateValue
    end: DateValue | None
    span_start: int
    span_end: int


def _iso(year: int, month: int | None = None, day: int | None = None) -> tuple[str, bool]:
    if month is None:
        return f"{year:04d}", 1000 <= year <= 2999
    if day is None:
        return f"{year:04d}-{month:02d}", 1 <= month <= 12
    valid = 1 <= month <= 12 and 1 <= day <= (calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 31)
    return f"{year:04d}-{month:02d}-{day:02d}", valid


def _month_pattern(lex: Lexicon) -> str:
    forms = sorted(lex.months, key=lambda w: (-len(w), w))
    return "|".join(re.escape(f) for f in forms)


# Day-of-month ordinal marks: "1.", "1er", "1°", "1º", "1st", "2nd", "3rd", "4th".
ORDINAL = r"(?:\.|er|°|º|st|nd|rd|th)?"


def _connector(lex: Lexicon) -> str:
    """Words between day, month and year: Spanish "1 de enero de 2012", "1st of May"."""
    words = sorted(lex.cues.get("date_connectors", []), key=lambda w: (-len(w), w))
    return rf"(?:\s(?:{'|'.join(re.escape(x) for x in words)}))?" if words else ""


def _patterns(lex: Lexicon) -> list[tuple[str, re.Pattern]]:
    mon = _month_pattern(lex)
    year = r"(?P<y>(?:1[89]|2[01])\d\d)"
    w = r"(?<![\w.])"
    c = _connector(lex)
    pats = [
        ("iso", rf"{w}{year}-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
        ("hu", rf"{w}{year}\.\s?(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}})\.?(?!\d)"),
        ("dmy", rf"{w}(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?{year}(?!\d)"),
        ("dmy_slash", rf"{w}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/{year}(?!\d)"),
        ("d_mon_y", rf"{w}(?P<d>\d{{1,2}}){ORDINAL}{c}\s(?P<mon>{mon})\.?,?{c}\s{year}(?!\d)"),
        ("mon_d_y", rf"{w}(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}}){ORDINAL},?\s{year}(?!\d)"),
        ("hu_ym", rf"{w}{year}\.\s?(?P<mon>{mon})(?![\w])"),
        ("mon_y", rf"{w}(?P<mon>{mon})\.?,?{c}\s{year}(?!\d)"),
        ("m_slash_y", rf"{w}(?P<m>\d{{1,2}})/{year}(?!\d)"),
        ("y", rf"{w}{year}(?![\d.,]\d)"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]


_CACHE: dict[str, list] = {}


def find_dates(text: str, lex: Lexicon) -> list[DateValue]:
    """Every date in text, most specific reading first, none overlapping."""
    pats = _CACHE.setdefault(lex.lang, _patterns(lex))
    taken: list[tuple[int, int]] = []
    out: list[DateValue] = []
    for name, pat in pats:
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groupdict()
            y = int(g["y"])
            month = int(g["m"]) if g.get("m") else (lex.months.get(g["mon"].lower()) if g.get("mon") else None)
            if g.get("mon") and month is None:
                continue
            day = int(g["d"]) if g.get("d") else None
            iso, valid = _iso(y, month, day)
            taken.append((m.start(), m.end()))
            out.append(DateValue(iso, m.start(), m.end(), m.group(0), valid))
    # "1.4. 2011 – 31.3. 2014" is covered above; a day and month without a year right
    # before a full date ("1. – 31. 12. 2011") is not a date we can read safely.
    out.sort(key=lambda d: d.start)
    return out


def find_ranges(text: str, lex: Lexicon) -> list[DateRange]:
    """Dates paired into ranges where the text between them says so: a dash, or
    "od … do", "from … to", "von … bis"; lone dates become open ranges."""
    dates = find_dates(text, lex)
    to_words = set(lex.cues.get("range_to", []))
    from_words = set(lex.cues.get("range_from", []))
    fillers = set(lex.cues.get("year_suffix", []))
    out: list[DateRange] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        if i + 1 < len(dates):
            b = dates[i + 1]
            between = _between(text[a.end:b.start], fillers)
            if between and (all(c in DASHES for c in between) or between in to_words):
                out.append(DateRange(a, b, a.start, b.end))
                i += 2
                continue
        out.append(DateRange(a, None, a.start, a.end))
        i += 1
    # extend spans over a leading "from"/"od" so evidence holds the whole phrase
    result = []
    for r in out:
        before = text[:r.span_start].rstrip()
        word = before.split()[-1].lower() if before.split() else ""
        start = r.span_start - (len(text[:r.span_start]) - len(before)) - len(word) if word in from_words and r.end else r.span_start
        result.append(DateRange(r.start, r.end, start, r.span_end))
    return result


def _between(gap: str, fillers: set[str]) -> str:
    """The words joining two dates, without year marks ("2010 r. do" -> "do")."""
    words = [w for w in gap.lower().split() if w not in fillers]
    joined = " ".join(words)
    return joined.lstrip(".,").strip()


def end_before_start(start: str | None, end: str | None) -> bool:
    if not start or not end:
        return False
    n = min(len(start), len(end))
    return end[:n] < start[:n]
