"""Projects listed as the rows of a table whose cells the reader kept (TABLE_ROW blocks, their
cells joined by " | ": an HTML or Word table, a markdown pipe table read by
readers.pipe_tables), a header row of column labels first ("Hochschulen | Projekttitel", then
"Org | UNITE! - University Network …").

The column whose header label is the project's name, title or acronym holds each row's name;
rows naming the same project (two partners of one alliance) are one project. A table is a
run of TABLE_ROW blocks; a page may hold several (coordinators, then partners). Blocks
outside the rows speak of all the projects and are every section's; a row's other cells
that name an organisation name the project's partners.
"""
from __future__ import annotations

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.model import TABLE_ROW, Document, Section
from pipeline.section_names import LABEL_CUES
from pipeline.textnorm import fold

HEADER_KEYS = LABEL_CUES | {"project_label"}
NAME_KEYS = {"project_label", "title"}
CELL_WORDS = 40  # a cell longer than this is prose, not a name

Cell = tuple[int, int, int]  # (block, start, end) of the cell's text in the document


def _cells(doc: Document, b: int) -> list[Cell]:
    """The cells of row b, each its text between pipes, spaces trimmed."""
    blk = doc.blocks[b]
    out: list[Cell] = []
    pos = blk.start
    for part in doc.text[blk.start:blk.end].split("|"):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and doc.text[s].isspace():
            s += 1
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        out.append((b, s, e))
    return out


def _name_column(ctx: Context, header: list[Cell]) -> int | None:
    """The index of the header cell that labels the project's name, title or acronym, when
    the header's cells are labels."""
    found = None
    for k, (b, s, e) in enumerate(header):
        cues = [c for c in ctx.cues(b, HEADER_KEYS) if c.start >= s and c.end <= e]
        # the label is the cell, or nearly ("Projekttitel", "Name des Projekts (Akronym)")
        if any(c.key in NAME_KEYS and 2 * (c.end - c.start) >= e - s for c in cues) and found is None:
            found = k
    return found


def _tables(doc: Document) -> list[range]:
    """The runs of TABLE_ROW blocks, two rows at least."""
    runs: list[range] = []
    start = None
    for i, b in enumerate(doc.blocks + [None]):
        if b is not None and b.kind == TABLE_ROW:
            start = i if start is None else start
            continue
        if start is not None and i - start >= 2:
            runs.append(range(start, i))
        start = None
    return runs


def cell_table_sections(doc: Document, ctx: Context) -> list[Section]:
    """One section per project the name column of the page's tables names, when they name two
    or more; or []."""
    named: dict[str, list] = {}
    order: list[str] = []
    in_rows: set[int] = set()
    for run in _tables(doc):
        column = _name_column(ctx, _cells(doc, run[0]))
        if column is None:
            continue
        in_rows.update(run)
        for b in run[1:]:
            row = _cells(doc, b)
            if len(row) <= column:
                continue
            _, s, e = row[column]
            cell = doc.text[s:e]
            if not cell.strip() or len(cell.split()) > CELL_WORDS or not any(ch.isalpha() for ch in cell):
                continue
            key = fold(cell)
            if key not in named:
                order.append(key)
                named[key] = [(s, e), set(), []]
            named[key][1].add(b)
            # the row's other cells that name an organisation are the project's own
            named[key][2].extend((cs, ce) for k, (_, cs, ce) in enumerate(row)
                                 if k != column and has_org_word(doc.text[cs:ce]))
    if len(order) < 2:
        return []
    shared = tuple(i for i in range(len(doc.blocks)) if i not in in_rows)
    return [Section(blocks=tuple(sorted(set(shared) | named[k][1])), name=named[k][0], shared=shared,
                    partners=tuple(named[k][2])) for k in order]
