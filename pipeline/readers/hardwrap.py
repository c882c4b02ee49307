"""Hard-wrapped paragraphs in plain text: a paragraph written as lines of about the same
width, each cut where the next word did not fit. Such a cut can fall before a word in
capitals ("Vodeći partner je Grad" / "Prelog"), where lines.continues, which reads the
words at the cut, sees a new line. This reads the shape of the run of lines instead."""
from __future__ import annotations

from statistics import median

import re

from pipeline.readers.lines import continues, item_start

# a wrapped text is at least this wide (shorter lines are labels, values, names) and no
# wider than a text editor or a mail client wraps (longer lines are unwrapped paragraphs)
MIN_WIDTH, MAX_WIDTH = 45, 110
# how close to the run's usual width a line must come to count as filled
FILLED = 0.8
# "Label: value", "Total budget / Rozpočet: …": a line that opens with a label of its own
_LABEL = re.compile(r"^[^\W\d_][^:.;!?]{0,60}:(?:\s|$)")


def _runs(lines: list[str]) -> list[list[int]]:
    """Indices of consecutive non-blank lines."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k, raw in enumerate(lines):
        if raw.strip():
            cur.append(k)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def wrapped_joins(lines: list[str]) -> set[int]:
    """Indices of lines that continue the line above because the run they stand in is
    hard-wrapped: at least three lines, all but the last of about one width (the last line
    of a paragraph is short), some already read as continued; and the line above filled to
    that width, not ending a sentence or a label, its next word too long to fit on it, and
    this line not a list item or a label of its own."""
    joins: set[int] = set()
    for run in _runs(lines):
        if len(run) < 3:
            continue
        widths = [len(lines[k].strip()) for k in run[:-1]]
        width = median(widths)
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            continue
        # the run is one wrapped text when most of its lines (the last aside) are filled
        filled = [w for w in widths if FILLED * width <= w <= width / FILLED]
        if len(filled) < max(2, 0.75 * len(widths)):
            continue
        # and the run is prose cut at the writer's width: some line of it already reads as a
        # continuation (lower case, a cut after a comma or a short word); a list of names,
        # one a line, has none
        if not any(continues(lines[a].strip(), lines[b].strip()) for a, b in zip(run, run[1:])):
            continue
        # the wrap width: the widest filled line (a longer line is one the writer did not wrap)
        wrap = max(filled)
        for prev, k in zip(run, run[1:]):
            above, line = lines[prev].strip(), lines[k].strip()
            if len(above) < FILLED * width or above[-1] in ".!?:;" or item_start(line) or _LABEL.match(line):
                continue
            # the line was cut because its next word did not fit: a list of names, one a
            # line, breaks where the next name would still have fitted
            if len(above) + 1 + len(line.split()[0]) <= wrap:
                continue
            joins.add(k)
    return joins
