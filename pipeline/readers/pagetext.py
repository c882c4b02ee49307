"""Page text (text extracted from a web page or a PDF page): paragraphs, lists, headings."""
from __future__ import annotations

from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.lines import continues, item_start
from pipeline.textnorm import clean_inline, join_wrapped


def logical_lines(lines: list[str]) -> list[list[str]]:
    """Group visual lines into logical lines; blank lines separate, wrapped lines join."""
    groups: list[list[str]] = []
    blank = True
    for raw in lines:
        line = clean_inline(raw)
        if not line:
            blank = True
            continue
        if groups and not blank and continues(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
        blank = False
    return groups


def looks_like_heading(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= 8 and text[:1].isupper() and not text.endswith((".", ",", ";"))
            and len(text) <= 80)


def add_line(builder: BlockBuilder, text: str, page: int, *, heading_ok: bool = True) -> None:
    item = item_start(text)
    if item:
        number, marker, rest = item
        builder.add(LIST_ITEM, rest, page, number=number, marker=marker)
    elif heading_ok and looks_like_heading(text):
        builder.add(HEADING, text, page)
    else:
        builder.add(PARAGRAPH, text, page)


def read(text: str) -> BlockBuilder:
    builder = BlockBuilder()
    for page_no, page in enumerate(text.split("\f"), start=1):
        for group in logical_lines(page.splitlines()):
            add_line(builder, join_wrapped(group), page_no)
    return builder
