"""Projects listed as the rows of a pipe table ("Hochschulen | Projekttitel |", "---|---|",
then "Org | UNITE! - University Network … |"), as a page converted to text or markdown
writes a table.

The separator line of dashes and pipes says how many columns the table has; the cells of
the header above it and of each row below it may be spread over several lines (a cell per
line, "Universität Leipzig |" then "ARQUS … |"), so cells are read as the text between pipes
across line ends until a row has its columns. The column whose header label is the
project's name, title or acronym holds each row's name; rows naming the same project (two
partners of one alliance) are one project. The table ends at a line without a pipe; a page
may hold several such tables (coordinators, then partners). Blocks outside the rows speak
of all the projects and are every section's; a row's other cells that name an
organisation name the project's partners.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.model import Document, Section
from pipeline.section_names import LABEL_CUES
from pipeline.textnorm import fold

HEADER_KEYS = LABEL_CUES | {"project_label"}
NAME_KEYS = {"project_label", "title"}
CELL_WORDS = 40  # a cell longer than this is prose, not a name
_SEPARATOR = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|\|\s*:?-{3,}:?\s*\|")


def _columns(line: str) -> int:
    return len(re.findall(r"-{3,}", line))


def _cells(doc: Document, b: int, leading: bool) -> list[tuple[int, int, int]]:
    """The cells of line b, each (block, start, end) of its text, a cell ending at each pipe;
    the line's first pipe is dropped when the table opens its rows with one ("| a | b |")."""
    cells: list[tuple[int, int, int]] = []
    blk = doc.blocks[b]
    text = doc.text[blk.start:blk.end]
    pos = 0
    if leading and text.lstrip().startswith("|"):
        pos = text.index("|") + 1
    while "|" in text[pos:]:
        end = text.index("|", pos)
        cells.append(_trim(doc, b, blk.start + pos, blk.start + end))
        pos = end + 1
    if text[pos:].strip():
        cells.append(_trim(doc, b, blk.start + pos, blk.end))
    return cells


def _trim(doc: Document, b: int, s: int, e: int) -> tuple[int, int, int]:
    while s < e and doc.text[s].isspace():
        s += 1
    while e > s and doc.text[e - 1].isspace():
        e -= 1
    return b, s, e


def _rows(doc: Document, blocks: list[int], width: int, leading: bool) -> list[list[tuple[int, int, int]]]:
    """Lines grouped into rows of `width` cells; a line that ends without a pipe closes its
    row (the last cell written without its pipe)."""
    rows: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    for b in blocks:
        line = _cells(doc, b, leading)
        current.extend(line)
        text = doc.text[doc.blocks[b].start:doc.blocks[b].end].rstrip()
        if len(current) >= width or not text.endswith("|"):
            rows.append(current[:width] if len(current) >= width else current)
            current = []
    if current:
        rows.append(current)
    return rows


def _piped(doc: Document, b: int) -> bool:
    return "|" in doc.text[doc.blocks[b].start:doc.blocks[b].end]


def _name_column(ctx: Context, header: list[tuple[int, int, int]]) -> int | None:
    """The index of the header cell that labels the project's name, title or acronym, when
    the header's cells are labels."""
    found = None
    for k, (b, s, e) in enumerate(header):
        cues = [c for c in ctx.cues(b, HEADER_KEYS) if c.start >= s and c.end <= e]
        # the label is the cell, or nearly ("Projekttitel", "Name des Projekts (Akronym)")
        if any(c.key in NAME_KEYS and 2 * (c.end - c.start) >= e - s for c in cues) and found is None:
            found = k
    return found


def pipe_table_sections(doc: Document, ctx: Context) -> list[Section]:
    """One section per project the name column of the page's pipe tables names, when they
    name two or more; or []."""
    n = len(doc.blocks)
    named: dict[str, list] = {}
    order: list[str] = []
    in_rows: set[int] = set()
    for sep in range(n):
        line = ctx.text(sep).strip()
        if not _SEPARATOR.fullmatch(line):
            continue
        width = _columns(line)
        leading = line.startswith("|")
        head = sep
        while head > 0 and _piped(doc, head - 1) and not _SEPARATOR.fullmatch(ctx.text(head - 1).strip()):
            head -= 1
        header = [c for row in _rows(doc, list(range(head, sep)), width, leading) for c in row]
        if len(header) != width:
            continue
        column = _name_column(ctx, header)
        if column is None:
            continue
        end = sep + 1
        while end < n and _piped(doc, end) and not _SEPARATOR.fullmatch(ctx.text(end).strip()):
            end += 1
        in_rows.update(range(head, end))
        for row in _rows(doc, list(range(sep + 1, end)), width, leading):
            if len(row) <= column:
                continue
            b, s, e = row[column]
            cell = doc.text[s:e]
            if not cell.strip() or len(cell.split()) > CELL_WORDS or not any(ch.isalpha() for ch in cell):
                continue
            key = fold(cell)
            if key not in named:
                order.append(key)
                named[key] = [(s, e), set(), []]
            named[key][1].update(c[0] for c in row)
            # the row's other cells that name an organisation are the project's own
            named[key][2].extend((cs, ce) for k, (_, cs, ce) in enumerate(row)
                                 if k != column and has_org_word(doc.text[cs:ce]))
    if len(order) < 2:
        return []
    shared = tuple(i for i in range(n) if i not in in_rows)
    return [Section(blocks=tuple(sorted(set(shared) | named[k][1])), name=named[k][0], shared=shared,
                    partners=tuple(named[k][2])) for k in order]
