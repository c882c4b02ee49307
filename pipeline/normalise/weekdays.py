"""The weekday a text gives beside a day and month without a year ("Sâmbătă, 23 martie",
"desta sexta-feira, 25 de setembro", "Dé Céadaoin 26 Meitheamh") says which year it is:
a calendar date falls on a given weekday only once in five to eleven years, so among the
few years a page can mean (around its publication, or the years it states) one fits."""
from __future__ import annotations

import datetime
import re

from pipeline.lexicons import CaselessTable, Lexicon
from pipeline.regex_cache import compiled

NEAR = 3  # characters of punctuation and space between the weekday and the day ("Sâmbătă, ", "(Dé Céadaoin ")


def _forms(lex: Lexicon) -> dict[str, int]:
    """form -> weekday number (Monday 0); a merged lexicon repeats the week: position mod 7.
    Case-blind like the pattern built from it ("CUMARTESİ" lowers to "cumartesi̇")."""
    out: dict[str, int] = CaselessTable()
    for k, day in enumerate(lex.cues.get("weekday_order", [])):
        for form in day.split("|"):
            if form.strip():
                out.setdefault(form.strip().lower(), k % 7)
    return out


def weekday_at(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """The weekday named right before text[start:end] or right after it, if any."""
    forms = _forms(lex)
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    before = compiled(rf"(?<!\w)({alt})[\s,(]{{1,{NEAR}}}$", re.IGNORECASE).search(text[max(0, start - 40):start])
    if before:
        return forms[before.group(1).lower()]
    after = compiled(rf"^[\s,(]{{1,{NEAR}}}({alt})(?!\w)", re.IGNORECASE).match(text[end:end + 40])
    return forms[after.group(1).lower()] if after else None


def year_of(month: int, day: int, weekday: int, years) -> int | None:
    """The one year among `years` in which day.month falls on `weekday`; None if none or several."""
    fit = set()
    for y in set(years):
        try:
            if datetime.date(y, month, day).weekday() == weekday:
                fit.add(y)
        except ValueError:
            continue
    return fit.pop() if len(fit) == 1 else None


def stated_years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(?<![\d.,/])((?:19[89]|20\d)\d)(?!\d)", text)}
