"""Markdown pipe tables in text lines ("Hochschulen | Projekttitel |", "---|---|", then
"Org | UNITE! - University Network … |"), as a page converted to text or markdown writes a
table, read into rows of cells for the page-text and markdown readers to make TABLE_ROW
blocks of (the header row, then each row), like the rows of an HTML or Word table.

The separator line of dashes and pipes makes the lines a table and says how many columns it
has; the piped lines right above it are the header, those below it the rows, to the first
line without a pipe. A row's cells may be spread over several lines (a cell per line:
"Universität Leipzig |" then "ARQUS … |"), so cells are read as the text between pipes across
line ends until a row has its columns or a line ends without a pipe.
"""
from __future__ import annotations

import re

SEPARATOR = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|\|\s*:?-{3,}:?\s*\|")


def separator(line: str) -> bool:
    return bool(SEPARATOR.fullmatch(line.strip()))


def cells(line: str, leading: bool) -> list[str]:
    """The cells of one line, a cell ending at each pipe; the line's first pipe is dropped when
    the table opens its rows with one ("| a | b |")."""
    text = line.strip()
    if leading and text.startswith("|"):
        text = text[1:]
    parts = text.split("|")
    if not parts[-1].strip():
        parts = parts[:-1]  # the pipe that closes the line closes its last cell
    return [p.strip() for p in parts]


def rows(lines: list[str], width: int, leading: bool) -> list[list[str]]:
    """Lines grouped into rows of `width` cells (a line may hold more); a line that ends
    without a pipe closes its row (the last cell written without its pipe)."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        current.extend(cells(line, leading))
        if len(current) >= width or not line.rstrip().endswith("|"):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def pipe_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Each pipe table in the lines: (first line, line after the last, its rows of cells,
    the header row first)."""
    found: list[tuple[int, int, list[list[str]]]] = []
    done = 0
    for sep, line in enumerate(lines):
        if sep < done or not separator(line):
            continue
        width = len(re.findall(r"-{3,}", line))
        leading = line.strip().startswith("|")
        head = sep
        while head > done and "|" in lines[head - 1] and not separator(lines[head - 1]):
            head -= 1
        end = sep + 1
        while end < len(lines) and "|" in lines[end] and not separator(lines[end]):
            end += 1
        table = rows(lines[head:sep], width, leading) + rows(lines[sep + 1:end], width, leading)
        found.append((head, end, [r for r in table if any(r)]))
        done = end
    return found
