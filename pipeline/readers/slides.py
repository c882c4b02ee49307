"""Slide text: text dumped from a slide deck, one slide after another.

Such dumps put every visual line on a line of its own, separated by blank lines, and
start each new slide on the line right after the previous slide's last line, indented.
That is how slide breaks are found when there are no form feeds. A slide's first line
stands alone at its indentation; a run of consecutive lines at one indentation is a web
page's indented list (or an indented page), not a slide break.
"""
from __future__ import annotations

import re

from pipeline.model import HEADING
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.lines import Nesting, item_start, wrapped_groups
from pipeline.readers.pagetext import add_line
from pipeline.textnorm import join_wrapped

_INDENTED = re.compile(r"^[ \t]+\S")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _in_run(lines: list[str], i: int) -> bool:
    """Line i has a nonblank neighbour right above or below at the same indentation, or is
    a list item right under an indented list item (a nested list's next item)."""
    width = _indent(lines[i])
    if any(0 <= j < len(lines) and lines[j].strip() and _indent(lines[j]) == width for j in (i - 1, i + 1)):
        return True
    above = lines[i - 1]
    return bool(item_start(lines[i].strip()) and _INDENTED.match(above) and item_start(above.strip()))


def slide_starts(lines: list[str]) -> list[int]:
    """Indices of lines that open a new slide."""
    starts = [0]
    for i in range(1, len(lines)):
        if _INDENTED.match(lines[i]) and lines[i - 1].strip() and not _in_run(lines, i):
            starts.append(i)
    return starts


def looks_like_slides(text: str) -> bool:
    if "\f" in text:
        return text.count("\f") >= 2
    lines = text.splitlines()
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 6:
        return False
    # Slide dumps double-space their lines; count lines followed by a blank line.
    spaced = sum(1 for i in nonblank if i + 1 < len(lines) and not lines[i + 1].strip())
    starts = slide_starts(lines)
    # In a dump the only lines not parted by a blank line are slide breaks; a page whose
    # unspaced line pairs are mostly something else (a list, a contact block) is a web page.
    unspaced = sum(1 for i in nonblank if i > 0 and lines[i - 1].strip())
    return len(starts) >= 3 and spaced >= 0.5 * len(nonblank) and 2 * (len(starts) - 1) > unspaced


def split_slides(text: str) -> list[list[str]]:
    if "\f" in text:
        return [page.splitlines() for page in text.split("\f")]
    lines = text.splitlines()
    starts = slide_starts(lines) + [len(lines)]
    return [lines[a:b] for a, b in zip(starts, starts[1:])]


def read(text: str) -> BlockBuilder:
    builder = BlockBuilder()
    for slide_no, slide in enumerate(split_slides(text), start=1):
        groups = wrapped_groups(slide)  # blank lines are the dump's double spacing, not paragraph breaks
        nesting = Nesting()  # a dump keeps no indentation: sub-items show by their marker
        for i, group in enumerate(groups):
            line = join_wrapped(group)
            if i == 0 and not item_start(line):
                builder.add(HEADING, line, slide_no)  # the slide title
            else:
                add_line(builder, line, slide_no, heading_ok=False, nesting=nesting)
    return builder
