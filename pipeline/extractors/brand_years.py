"""Two bare years written right after an EU programme's brand: "Erasmus+ 2016-2018:
Highway to Europe", "συμμετέχει στο πρόγραμμα ERASMUS+ 2016-2018". A school or
partnership page writes its own project's span so; a programme's own period is an EU
budget period or six years and more ("Interreg V-A 2014-2020", "Interreg Polska-Saksonia
2014-2022"), so only a span of one to four years is read, and only with nothing but
spaces or an opening bracket between the brand and the years.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_text import alternation, name_cues
from pipeline.normalise.dates import DateRange, find_ranges

# the longest span a project states beside its programme's brand; a programme runs six years or more
MAX_YEARS = 4
# the EU's seven-year budget periods (and their ends written short)
BUDGET_PERIODS = {("2000", "2006"), ("2007", "2013"), ("2014", "2020"), ("2021", "2027")}


def years_after_brand(ctx: Context) -> tuple[DateRange, int] | None:
    """The first such range in the section: (range, its start offset in the document)."""
    brands = name_cues(ctx.lang).get("programme_names", [])
    if not brands:
        return None
    pattern = re.compile(rf"(?<!\w)(?:{alternation(brands)})(?![\w+])\s*\(?\s*$", re.IGNORECASE)
    for i in ctx.indices:
        text, base = ctx.text(i), ctx.block(i).start
        for r in find_ranges(text, ctx.lex):
            if not bare_years(r, MAX_YEARS):
                continue
            m = pattern.search(text[:r.span_start])
            # a brand is written as a name: "Erasmus+", "LIFE", not the word "life"
            if m and m.group()[0].isupper():
                return r, base + r.span_start
    return None


def bare_years(r: DateRange, most: int) -> bool:
    """Two bare years one to `most` apart that are not an EU budget period."""
    if r.end is None or r.start.precision != "year" or r.end.precision != "year":
        return False
    return 1 <= int(r.end.iso) - int(r.start.iso) <= most and (r.start.iso, r.end.iso) not in BUDGET_PERIODS
