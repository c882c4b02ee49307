"""Word documents (.docx) with python-docx: the body in document order, paragraphs and
tables interleaved. Structure comes from the document itself: heading styles and outline
levels give headings, Word's numbering (numbering.xml) gives list items with their level
and the number Word displays, tables give table rows. A paragraph without such structure
goes through the page-text reader's line rules, so that the same text as plain text gives
the same blocks.

Left out: page headers and footers (boilerplate repeated on every page), comments,
footnotes and endnotes, deleted text of tracked changes, field codes. docx has no fixed
pages, so every block is on page 1."""
from __future__ import annotations

import io
import re

from pipeline.errors import PipelineError
from pipeline.model import HEADING, LIST_ITEM, TABLE_ROW
from pipeline.readers import Reading
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.lines import Nesting, line_groups, roman
from pipeline.readers.ooxml import check_package
from pipeline.readers.pagetext import add_line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Heading style names in our languages (Word localises the built-in names when a document
# is written in another language; the outline level below catches the rest).
_HEADING_NAME = re.compile(
    r"^(heading|title|nadpis|überschrift|titel|nagłówek|tytuł|címsor|cím|titolo|título|titre|"
    r"kop|naslov|titlu)\s*\d?$", re.I)
# Symbol and Wingdings bullets are private-use characters; show them as the text reader would.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "►", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "□", "": "•"}


def read(data: bytes) -> Reading:
    check_package(data, "word/document.xml", "docx")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        styles = Styles(document.styles.element)
        try:
            numbering = Numbering(document.part.numbering_part.element, styles)
        except (NotImplementedError, KeyError):
            numbering = Numbering(None, styles)
        body = document.element.body
    except PipelineError:
        raise
    except Exception as exc:  # python-docx names a broken package in many ways
        raise PipelineError("unreadable", f"the docx file cannot be opened: {type(exc).__name__}: {exc}") from None
    reader = _Reader(styles, numbering)
    reader.children(body)
    return Reading(reader.builder, "docx")


def _val(el, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


class Styles:
    """Paragraph styles by id: name, outline level and numbering, following basedOn."""

    def __init__(self, root) -> None:
        self.by_id = {s.get(W + "styleId"): s for s in root.iter(W + "style")} if root is not None else {}

    def chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id)
        return (_val(style, "name") or style_id or "") if style is not None else (style_id or "")

    def outline_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            lvl = _val(style.find(W + "pPr"), "outlineLvl")
            if lvl is not None:
                return int(lvl)
        return None

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self.chain(style_id):
            num_pr = style.find(W + "pPr/" + W + "numPr")
            if num_pr is not None:
                ilvl = _val(num_pr, "ilvl")
                return _val(num_pr, "numId"), int(ilvl) if ilvl else None
        return None, None


def _letters(n: int) -> str:
    # Word repeats the letter past z: a … z, aa … zz, aaa …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return "%02d" % n
    return str(n)  # decimal and the formats we do not spell out


class Numbering:
    """Word's list numbering: counters per list (numId) and level, as Word displays them."""

    def __init__(self, root, styles: Styles) -> None:
        self.abstract = {}
        self.nums = {}
        if root is not None:
            self.abstract = {a.get(W + "abstractNumId"): a for a in root.iter(W + "abstractNum")}
            self.nums = {n.get(W + "numId"): n for n in root.iter(W + "num")}
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}

    def _levels(self, num_id: str) -> dict[int, dict]:
        num = self.nums.get(num_id)
        if num is None:
            return {}
        abstract = self.abstract.get(_val(num, "abstractNumId"))
        levels: dict[int, dict] = {}
        for _ in range(3):  # a numStyleLink points to a style whose numbering holds the levels
            if abstract is None or abstract.find(W + "lvl") is not None:
                break
            link = _val(abstract, "numStyleLink")
            linked, _lvl = self.styles.num_pr(link)
            linked_num = self.nums.get(linked)
            abstract = self.abstract.get(_val(linked_num, "abstractNumId")) if linked_num is not None else None
        lvl_els = list(abstract.iter(W + "lvl")) if abstract is not None else []
        for over in num.iter(W + "lvlOverride"):  # an override may redefine a whole level
            lvl_els += list(over.iter(W + "lvl"))
        for lvl in lvl_els:
            ilvl = int(lvl.get(W + "ilvl", "0"))
            levels[ilvl] = {"start": int(_val(lvl, "start") or 1), "fmt": _val(lvl, "numFmt") or "decimal",
                            "text": _val(lvl, "lvlText") or "", "restart": _val(lvl, "lvlRestart"),
                            "legal": lvl.find(W + "isLgl") is not None}
        for over in num.iter(W + "lvlOverride"):
            start = _val(over, "startOverride")
            ilvl = int(over.get(W + "ilvl", "0"))
            if start is not None and ilvl in levels:
                levels[ilvl]["start"] = int(start)
        return levels

    def next(self, num_id: str, ilvl: int) -> tuple[str | None, str | None] | None:
        """(number, bullet) of the next item of list `num_id` at level `ilvl`; None when
        the list is not defined (numId 0 switches numbering off)."""
        levels = self._levels(num_id)
        if ilvl not in levels:
            return None
        level = levels[ilvl]
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, level["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, {}).get("restart")
            if restart is None or int(restart) > ilvl:  # lvlRestart 0: never restarts
                del counters[deeper]
        if level["fmt"] == "bullet":
            return None, _BULLETS.get(level["text"], level["text"])
        if level["fmt"] == "none":
            return None, None

        def shown(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, {"start": 1, "fmt": "decimal"})
            fmt = "decimal" if level["legal"] and k != ilvl else lv["fmt"]
            return format_number(counters.get(k, lv["start"]), fmt)

        text = re.sub(r"%([1-9])", shown, level["text"])
        # "1." "1.2." "a)" "(i)" are written as the number the text reader reads: 1, 1.2, a, i
        return text.strip().strip("().:]").strip() or None, None


class _Reader:
    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.builder = BlockBuilder()
        self.nesting = Nesting()  # for list items typed as text ("• ", "1. ") in plain paragraphs

    def children(self, parent) -> None:
        for el in parent.iterchildren():
            if el.tag == W + "p":
                self.paragraph(el)
            elif el.tag == W + "tbl":
                self.table(el)
            elif el.tag == W + "sdt":  # a content control around blocks
                content = el.find(W + "sdtContent")
                if content is not None:
                    self.children(content)
            elif el.tag in (W + "customXml", W + "ins", W + "smartTag"):
                self.children(el)

    def paragraph(self, p) -> None:
        text = paragraph_text(p)
        boxes = _text_boxes(p)
        ppr = p.find(W + "pPr")
        style_id = _val(ppr, "pStyle")
        item = self.list_item(ppr, style_id)
        lines = line_groups(text)
        if lines:
            heading = self.heading_level(ppr, style_id)
            if heading is not None:
                self.nesting.reset()
                self.builder.add(HEADING, " ".join(lines), 1, level=heading)
            elif item is not None:
                self.nesting.reset()
                level, number, marker = item
                self.builder.add(LIST_ITEM, lines[0], 1, level=level, number=number, marker=marker)
                for line in lines[1:]:
                    add_line(self.builder, line, 1, heading_ok=False)
            else:
                indent = _indent(ppr)
                for line in lines:
                    add_line(self.builder, line, 1, nesting=self.nesting, indent=indent)
        for box in boxes:
            self.children(box)

    def heading_level(self, ppr, style_id: str | None) -> int | None:
        lvl = _val(ppr, "outlineLvl")
        if lvl is None:
            outline = self.styles.outline_level(style_id)
            lvl = str(outline) if outline is not None else None
        if lvl is not None and int(lvl) < 9:
            return int(lvl)
        for style in self.styles.chain(style_id):
            name = _val(style, "name") or ""
            m = _HEADING_NAME.match(name.strip())
            if m:
                digits = re.findall(r"\d", name)
                return int(digits[0]) - 1 if digits else 0
        return None

    def list_item(self, ppr, style_id: str | None) -> tuple[int, str | None, str | None] | None:
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        style_num, style_ilvl = self.styles.num_pr(style_id)
        num_id = num_id or style_num
        ilvl_ = int(ilvl) if ilvl is not None else (style_ilvl or 0)
        # "List Bullet 2" is a list of its own at level 0, indented as a second level
        name = self.styles.name(style_id)
        m = re.match(r"^List (Bullet|Number)(?: (\d))?$", name, re.I)
        level = ilvl_ if ilvl is not None or style_ilvl or not m else int(m.group(2) or 1) - 1
        if num_id and num_id != "0":
            shown = self.numbering.next(num_id, ilvl_)
            if shown is not None:
                number, marker = shown
                return level, number, marker
        # a list style without numbering defined in the package
        if m and not num_id:
            if m.group(1) == "Bullet":
                return level, None, "•"
            key = f"style:{name}"
            counters = self.numbering.counters.setdefault(key, {})
            counters[0] = counters.get(0, 0) + 1
            return level, str(counters[0]), None
        return None

    def table(self, tbl) -> None:
        self.nesting.reset()
        nested = []
        for tr in tbl.iterchildren(W + "tr"):
            cells = []
            for tc in tr.iterchildren(W + "tc"):
                tcpr = tc.find(W + "tcPr")
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(W + "val", "continue") == "continue":
                    cells.append("")  # the cell above holds the merged text; keep the column
                    continue
                parts = []
                for el in tc.iterchildren():
                    if el.tag == W + "p":
                        parts.extend(line_groups(paragraph_text(el)))
                    elif el.tag == W + "tbl":
                        nested.append(el)
                cells.append(" ".join(parts))
            if any(cells):
                self.builder.add(TABLE_ROW, " | ".join(cells), 1)
            for inner in nested:  # a table inside a cell: its rows follow the row
                self.table(inner)
            nested = []


def _indent(ppr) -> int:
    ind = ppr.find(W + "ind") if ppr is not None else None
    if ind is None:
        return 0
    value = ind.get(W + "left") or ind.get(W + "start") or "0"
    return int(value) if value.lstrip("-").isdigit() else 0


def paragraph_text(p) -> str:
    """The visible text of a paragraph: runs (also inside hyperlinks, inserted text, fields'
    results and content controls), tabs and breaks; not deleted text, field codes, text
    boxes (read as blocks of their own) or the fallback copy of alternate content."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag in (W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "txbxContent",
                         W + "pPr", W + "rPr", MC + "Fallback", W + "footnoteReference", W + "endnoteReference",
                         W + "commentReference"):
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _text_boxes(p) -> list:
    """Text boxes anchored in a paragraph (their content is body text laid out elsewhere),
    not counting the fallback copy Word writes for old readers."""
    boxes = []
    for box in p.iter(W + "txbxContent"):
        if next(box.iterancestors(W + "p"), None) is p and \
                not any(a.tag == MC + "Fallback" for a in box.iterancestors()):
            boxes.append(box)
    return boxes
