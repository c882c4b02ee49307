"""A line that holds nothing but a range of months or days: a fact box's value whose label
the capture dropped or set apart ("Coast Alive!" … "01/02/2009 - 31/12/2012", "Dates del
projecte" / "Abril 2019 – Juny 2021", "01/2017 - 12/2019").

Read from the layout, not from any word: the block is the range and nothing else (a bullet
or a closing stop aside), or a short label and its colon, then the range ("Kohëzgjajta:
01/04/2023 – 31/03/2026": a label we have no cue for still marks a value line). A range of at least a season and at most ten years is a
project's period: an event's days are shorter, and a programme's budget period is written
in bare years ("2014-2020"), which do not count here. The durations extractor asks for it
only when no cue gave a start or an end.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.normalise.dates import DateRange, find_ranges, months_between

# a season's length to ten years: shorter is an event's days, longer no project's
MIN_MONTHS, MAX_MONTHS = 3, 120
# a value line is short: a long block with a range in it is a sentence, read elsewhere
MAX_CHARS = 80
BULLETS = " \t-–•*|"
# a label before the range, set off by a colon: a fact box's label/value line whose label is no
# cue of ours (misspelt, a rare word); at most five words, no digit, nothing of a sentence
LABEL = re.compile(r"[^\W\d_][^\d:;.!?]{0,40}:")


def range_alone(ctx: Context) -> tuple[DateRange, int] | None:
    """The first block of the section that is only a range of months or days of a
    project's length: the range and the block's start offset."""
    for i in ctx.indices:
        text = ctx.text(i)
        if len(text.strip()) > MAX_CHARS:
            continue
        ranges = find_ranges(text, ctx.lex, nearest=False)
        if not ranges:
            continue
        r = ranges[0]
        if r.end is None or "year" in (r.start.precision, r.end.precision) or r.start.inferred or r.end.inferred:
            continue
        before = text[:r.span_start].strip(BULLETS)
        if before and not (LABEL.fullmatch(before) and len(before.split()) <= 5):
            continue
        if text[r.span_end:].strip(BULLETS + "."):
            continue
        if MIN_MONTHS <= months_between(r) <= MAX_MONTHS:
            return r, ctx.block(i).start
    return None
