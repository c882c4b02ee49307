"""PowerPoint decks (.pptx) with python-pptx: one page per slide. The title placeholder is
the slide's first block, a heading (without one, the slide's first paragraph is its
title, as in the slide-text reader); the other shapes follow in reading order (top to
bottom, then left to right; groups are read inside), their paragraphs list items when
bulleted, numbered or indented (level = the paragraph's level) and paragraphs otherwise;
tables give table rows. A paragraph without such structure goes through the slide-text
reader's line rules, so that a deck and its text dump give the same blocks.

Left out: speaker notes, pictures, charts, and the slide layouts' and master's own text
(footers, slide numbers, dates)."""
from __future__ import annotations

import io
from dataclasses import replace

from pipeline.errors import PipelineError
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.readers import Reading
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.docx import format_number
from pipeline.readers.lines import Nesting
from pipeline.readers.lines import line_groups
from pipeline.readers.ooxml import check_package
from pipeline.readers.pagetext import add_line

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
# a:buAutoNum types -> numFmt names of format_number
_AUTONUM = {"alphaLc": "lowerLetter", "alphaUc": "upperLetter", "romanLc": "lowerRoman", "romanUc": "upperRoman"}
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "►", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "□"}


def read(data: bytes) -> Reading:
    check_package(data, "ppt/presentation.xml", "pptx")
    import pptx

    try:
        deck = pptx.Presentation(io.BytesIO(data))
        slides = list(deck.slides)
    except PipelineError:
        raise
    except Exception as exc:  # python-pptx names a broken package in many ways
        raise PipelineError("unreadable", f"the pptx file cannot be opened: {type(exc).__name__}: {exc}") from None
    builder = BlockBuilder()
    for number, slide in enumerate(slides, start=1):
        _Slide(builder, number).read(slide)
    return Reading(builder, "pptx")


def _is_title(shape) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    if not shape.is_placeholder:
        return False
    try:
        kind = shape.placeholder_format.type
    except (ValueError, AttributeError):
        return False
    return kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)


def _position(shape) -> tuple[int, int]:
    try:
        return (shape.top or 0, shape.left or 0)
    except (AttributeError, ValueError, KeyError):
        return (0, 0)


def reading_order(shapes) -> list:
    return sorted(shapes, key=_position)  # sorted() is stable: ties keep the file's order


class _Slide:
    def __init__(self, builder: BlockBuilder, number: int) -> None:
        self.builder = builder
        self.page = number
        self.nesting = Nesting()
        self.master = None

    def read(self, slide) -> None:
        try:
            self.master = slide.slide_layout.slide_master.element
        except (AttributeError, KeyError, ValueError):
            self.master = None
        shapes = list(slide.shapes)
        titles = [s for s in shapes if _is_title(s) and s.has_text_frame]
        for title in titles[:1]:
            text = " ".join(t for p in title.text_frame.paragraphs for t in line_groups(_text(p)))
            self.builder.add(HEADING, text, self.page)
        first = len(self.builder.blocks)
        for shape in reading_order(s for s in shapes if s not in titles[:1]):
            self.shape(shape)
        blocks = self.builder.blocks
        if first < len(blocks) and blocks[first].first_on_page and blocks[first].kind == PARAGRAPH:
            # no title: the slide's first line is its title, as in the slide-text reader
            blocks[first] = replace(blocks[first], kind=HEADING)

    def shape(self, shape) -> None:
        from pptx.shapes.group import GroupShape

        if isinstance(shape, GroupShape):  # (shape_type raises on some custom shapes)
            for child in reading_order(shape.shapes):
                self.shape(child)
        elif getattr(shape, "has_table", False) and shape.has_table:
            self.table(shape.table)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            self.text_frame(shape)

    def text_frame(self, shape) -> None:
        self.nesting.reset()
        counters: dict[int, int] = {}
        for para in shape.text_frame.paragraphs:
            lines = line_groups(_text(para))
            level = para.level
            bullet = _bullet(para, shape, level, self.master)
            if not lines:
                continue
            if bullet is None and level == 0:
                counters.clear()
                for line in lines:
                    add_line(self.builder, line, self.page, heading_ok=False, nesting=self.nesting)
                continue
            self.nesting.reset()
            number = marker = None
            if bullet and bullet[0] == "auto":
                _, scheme, start = bullet
                counters[level] = counters.get(level, start - 1) + 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
                number = format_number(counters[level], _AUTONUM.get(_scheme_kind(scheme), "decimal"))
            elif bullet:
                marker = bullet[1]
            self.builder.add(LIST_ITEM, lines[0], self.page, level=level, number=number, marker=marker)
            for line in lines[1:]:
                add_line(self.builder, line, self.page, heading_ok=False)

    def table(self, table) -> None:
        self.nesting.reset()
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell.is_spanned and cell._tc.hMerge:
                    continue  # part of the merged cell to its left: shown once
                if cell.is_spanned:
                    cells.append("")  # under a merged cell: keep the column
                    continue
                cells.append(" ".join(t for p in cell.text_frame.paragraphs for t in line_groups(_text(p))))
            if any(cells):
                self.builder.add(TABLE_ROW, " | ".join(cells), self.page)


def _text(para) -> str:
    return para.text  # runs and fields; a line break (a:br) is "\v"


def _scheme_kind(scheme: str) -> str:
    for prefix in _AUTONUM:
        if scheme.startswith(prefix):
            return prefix
    return "arabic"


def _bullet(para, shape, level: int, master):
    """The paragraph's bullet: None (no bullet), ("char", marker) or ("auto", scheme,
    start), from the paragraph's own properties, then the shape's list styles, the layout's
    and master's placeholder, and the master's text styles (body text is bulleted there)."""
    for ppr in _ppr_chain(para, shape, level, master):
        if ppr is None:
            continue
        if ppr.find(A + "buNone") is not None:
            return None
        auto = ppr.find(A + "buAutoNum")
        if auto is not None:
            return ("auto", auto.get("type", "arabicPeriod"), int(auto.get("startAt", "1")))
        char = ppr.find(A + "buChar")
        if char is not None:
            ch = char.get("char", "•")
            return ("char", _BULLETS.get(ch, ch))
    return None


def _ppr_chain(para, shape, level: int, master):
    lvl = f"lvl{level + 1}pPr"
    yield para._p.find(A + "pPr")
    yield from _list_style(shape, lvl)
    if not shape.is_placeholder:
        return
    try:
        layout_ph = shape._base_placeholder  # the layout's placeholder
    except (AttributeError, KeyError, ValueError):
        layout_ph = None
    master_ph = None
    if layout_ph is not None:
        yield from _list_style(layout_ph, lvl)
        try:
            master_ph = layout_ph._base_placeholder
        except (AttributeError, KeyError, ValueError):
            master_ph = None
    if master_ph is not None:
        yield from _list_style(master_ph, lvl)
    from pptx.enum.shapes import PP_PLACEHOLDER

    kind = shape.placeholder_format.type
    style = "titleStyle" if _is_title(shape) else (
        "bodyStyle" if kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, None) else "otherStyle")
    styles = master.find(P + "txStyles") if master is not None else None
    if styles is not None and styles.find(P + style) is not None:
        yield styles.find(P + style).find(A + lvl)


def _list_style(shape, lvl: str):
    body = shape._element.find(".//" + P + "txBody")
    lst = body.find(A + "lstStyle") if body is not None else None
    yield lst.find(A + lvl) if lst is not None else None
