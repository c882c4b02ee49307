"""A start label and an end label side by side, then their two dates side by side.

A form or a table flattened into text writes its column headers first and the values
after them: "Alkamispäivämäärä Päättymispäivämäärä 1.9.2016 31.12.2018", "Start date End
date 01.03.2019 28.02.2022", "Začátek Konec 1. 1. 2017 31. 12. 2019". Read nearest-first,
the end label would take the first date (the start). The pair reads in order: the first
date is the start, the second the end, when nothing but the two labels stands before the
two dates (a colon or a dash at most) and the dates follow each other directly.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.dates import find_dates

LABEL_GAP = re.compile(r"^[\s:–—-]*$")  # between the two labels, and between the end label and the first date
DATE_GAP = re.compile(r"^[\s,;|/–—-]*$")  # between the two dates: a space or a column mark, no word


def read(ctx: Context, i: int) -> tuple[str, str, Evidence] | None:
    """(start, end, evidence) from block i's side-by-side labels and dates, else None."""
    text = ctx.text(i)
    cues = sorted(ctx.cues(i, {"start", "end"}), key=lambda c: c.start)
    base = ctx.block(i).start
    for a, b in zip(cues, cues[1:]):
        if a.key != "start" or b.key != "end":
            continue
        lo, hi = a.end - base, b.start - base
        if lo > hi or not LABEL_GAP.match(text[lo:hi]):
            continue
        after = b.end - base
        dates = find_dates(text[after:after + 80], ctx.lex, nearest=False)
        if len(dates) < 2:
            continue
        first, second = dates[0], dates[1]
        if not LABEL_GAP.match(text[after:after + first.start]) or \
                not DATE_GAP.match(text[after + first.end:after + second.start]):
            continue
        if first.iso > second.iso:
            continue  # not a start and its end
        return first.iso, second.iso, ctx.evidence(base + after + first.start, base + after + second.end)
    return None
