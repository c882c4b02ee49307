"""PDF: the text layer through PDFium (pypdfium2), tables through pdfplumber.

Each page's words are laid out again: rows by their baselines, a column gutter found from
the words' positions (left column, then right; a full-width line above or between the
columns in its place), indentation and paragraph gaps kept as leading spaces and blank
lines. The page's lines then go through the page-text reader's logic (pagetext), so a
PDF rendered from a text gives the blocks of that text. pdfplumber (slow: about 5 pages
a second against PDFium's 50 and more) runs only on pages whose ruling lines may form a
table; its tables become table rows. Running headers, footers and page numbers are
dropped; hyphens that split a word at a line end are removed. A page with no text layer
but an image is rendered at 300 dpi and read by OCR (pipeline.readers.ocr)."""
from __future__ import annotations

import ctypes
import io
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from pipeline.errors import PipelineError
from pipeline.model import TABLE_ROW
from pipeline.readers import Reading, caps, pagetext
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.lines import BULLETS, Nesting, item_start
from pipeline.textnorm import clean_inline, join_wrapped

OCR_DPI = 300


class Word:
    __slots__ = ("x0", "x1", "top", "bottom", "text", "size")

    def __init__(self, x0: float, x1: float, top: float, bottom: float, text: str) -> None:
        self.x0, self.x1, self.top, self.bottom, self.text = x0, x1, top, bottom, text
        self.size = max(bottom - top, 1.0)


class Seg:
    """Words of one row between wide gaps, with their box and the row's index."""
    __slots__ = ("words", "row", "x0", "x1", "top", "bottom")

    def __init__(self, words: list[Word], row: int) -> None:
        self.words, self.row = words, row
        self.x0, self.x1 = words[0].x0, max(w.x1 for w in words)
        self.top, self.bottom = min(w.top for w in words), max(w.bottom for w in words)


@dataclass
class Line:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    first: float = 0.0  # width of its first word
    second: float = 0.0  # where its second word starts (a list item's text after its marker)
    right: float = 0.0  # right edge of the text of its column on this page
    indent: int = 0  # in half font sizes from the left edge of its column
    blank_before: bool = False


@dataclass
class Table:
    x0: float
    x1: float
    top: float
    bottom: float
    rows: list[list[str]] = field(default_factory=list)


# ---------------------------------------------------------------- opening and errors

def _open(data: bytes):
    import pypdfium2 as pdfium

    head = data[:1024]
    if b"%PDF" not in head:
        raise PipelineError("unreadable", "not a PDF (no %PDF header)")
    if data.rfind(b"%%EOF") < 0:
        raise PipelineError("unreadable", "the PDF is truncated (no end-of-file marker)")
    # the cross-reference table's declared object count, read from the file's tail (where
    # the trailer or the cross-reference stream's dictionary stands) before PDFium sizes
    # its tables by it
    sizes = [int(n) for n in re.findall(rb"/Size\s+(\d{1,12})", data[-(1 << 20):])]
    caps.refuse("objects the PDF declares", max(sizes, default=0), caps.MAX_PDF_OBJECTS)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY; PDFium's last error can be stale (left by an
        # encrypted file read before, when a later load fails without setting one), so the
        # file must also have an encryption dictionary
        if code in (4, 5) and b"/Encrypt" in data:
            raise PipelineError("encrypted", "the PDF is password-protected") from None
        reason = "PDFium cannot load it" if code in (4, 5) else str(exc)
        raise PipelineError("unreadable", f"the PDF cannot be opened ({reason})") from None
    if len(doc) == 0:
        raise PipelineError("unreadable", "the PDF has no pages")
    if len(doc) > caps.MAX_PAGES:
        pages = len(doc)
        doc.close()
        caps.refuse("pages", pages, caps.MAX_PAGES)
    return doc


# ---------------------------------------------------------------- words from PDFium

def _words(textpage, height: float) -> list[Word]:
    """Words (runs of non-space characters in PDFium's text) with their boxes, top-down
    coordinates. Boxes come from the loose boxes (font ascent to descent) of a word's
    first and last characters: two calls a word instead of one a character keeps PDFium
    fast; a word whose ends lie too far apart is split character by character."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, k) or 32) for k in range(n))
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    box = raw.FPDFText_GetLooseCharBox

    def char_box(k: int) -> tuple[float, float, float, float]:
        box(tp, k, ref)
        return rect.left, rect.right, height - rect.top, height - rect.bottom

    words = []
    for m in re.finditer(r"\S+", text):
        a, b = m.start(), m.end() - 1
        x0, _, top, bottom = char_box(a)
        _, x1, top2, bottom2 = char_box(b)
        size = bottom - top
        if x1 - x0 > (b - a + 1) * max(size, 1) * 1.5 or abs(top2 - top) > size * 0.5:
            words.extend(_split_word(m.group(), a, char_box))
            continue
        glued = _MARKER_GLUED.match(m.group())
        if glued and m.group()[glued.end()].isupper():  # "10.Development"
            cut = a + glued.end()
            words.append(Word(x0, char_box(cut - 1)[1], top, bottom, text[a:cut]))
            words.append(Word(char_box(cut)[0], x1, top, bottom, text[cut:b + 1]))
            continue
        words.append(Word(x0, x1, top, bottom, m.group()))
    return words


# A list number or bullet glued to a capitalised word: office suites put an item's text at
# a tab stop and write no space, and after a wide number ("10.") the tab may be a few
# hundredths of an em, too narrow for PDFium to see a space.
_MARKER_GLUED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[%s])(?=[^\W\d_])"
                           % re.escape("".join(c for c in BULLETS if c not in "*·-–—")))  # not marks words start with


def _split_word(word: str, start: int, char_box) -> list[Word]:
    """A 'word' PDFium did not separate (no generated space at a gap): split it where
    the next character is not just right of the last one."""
    out: list[Word] = []
    for k, ch in enumerate(word):
        x0, x1, top, bottom = char_box(start + k)
        last = out[-1] if out else None
        if last and abs(top - last.top) < (bottom - top) * 0.5 and -1 <= x0 - last.x1 < (bottom - top) * 0.3:
            last.x1, last.text = x1, last.text + ch
        else:
            out.append(Word(x0, x1, top, bottom, ch))
    return out


# ---------------------------------------------------------------- tables

def _may_have_table(page) -> bool:
    """Cheap test on PDFium's page objects: three ruling lines or boxes at least (thin
    paths, or rectangles framing text) before asking pdfplumber, which is slow."""
    import pypdfium2.raw as raw

    page = page.raw
    rules = 0
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t)):
            continue
        w, h = r.value - l.value, t.value - b.value
        if (min(w, h) < 3 and max(w, h) >= 15) or (w >= 30 and h >= 8):
            rules += 1
            if rules >= 3:
                return True
    return False


def _tables(plumber_page) -> list[Table]:
    out = []
    for found in plumber_page.find_tables():
        rows = [[_cell(c) for c in row] for row in found.extract()]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            x0, top, x1, bottom = found.bbox
            out.append(Table(x0, x1, top, bottom, rows))
    return out


def _cell(text: str | None) -> str:
    lines = [_clean(s) for s in (text or "").split("\n")]
    return join_lines([s for s in lines if s], set())


# ---------------------------------------------------------------- layout: rows, columns

def _rows(words: list[Word]) -> list[list[Word]]:
    """Words on one baseline (their loose boxes' bottoms within a third of the smaller font
    size: a heading beside two lines of the other column joins neither), left to right."""
    rows: list[list[Word]] = []
    keys: list[tuple[float, float]] = []  # bottom and size of each row's first word
    for w in sorted(words, key=lambda w: (round(w.bottom, 1), w.x0)):
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            bottom, size = keys[k]
            if abs(bottom - w.bottom) < 0.3 * min(size, w.size):
                rows[k].append(w)
                break
        else:
            rows.append([w])
            keys.append((w.bottom, w.size))
    rows.sort(key=lambda r: min(w.top for w in r))
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _segments(rows: list[list[Word]]) -> list[Seg]:
    """Pieces of rows separated by a gap wider than two font sizes (a gutter, a table cell)."""
    out = []
    for n, row in enumerate(rows):
        seg = [row[0]]
        for w in row[1:]:
            if w.x0 - seg[-1].x1 > 2 * max(w.size, seg[-1].size):
                out.append(Seg(seg, n))
                seg = [w]
            else:
                seg.append(w)
        out.append(Seg(seg, n))
    return out


def _gutter(segs: list[Seg]) -> tuple[float, float] | None:
    """The x-range between two columns of prose: crossed by few segments (a full-width
    heading may cross it), with enough segments on both sides that fill their column."""
    if len(segs) < 6:
        return None
    boxes = [(s.x0, s.x1, s.top, s.bottom) for s in segs]
    left, right = min(b[0] for b in boxes), max(b[1] for b in boxes)
    width = right - left
    lo, hi = left + 0.25 * width, right - 0.25 * width
    edges = sorted({b[0] for b in boxes} | {b[1] for b in boxes} | {lo, hi})
    size = statistics.median(b[3] - b[2] for b in boxes)
    best = None
    for a, b in zip(edges, edges[1:]):
        if b <= lo or a >= hi or b - a < 0.8 * size:
            continue
        mid = (a + b) / 2
        crossing = sum(1 for x0, x1, _, _ in boxes if x0 < mid < x1)
        key = (crossing, -(b - a))
        if best is None or key < best[0]:
            best = (key, a, b)
    if best is None:
        return None
    (crossing, _), g0, g1 = best
    lefts = [bx for bx in boxes if bx[1] <= g0 + 0.01]
    rights = [bx for bx in boxes if bx[0] >= g1 - 0.01]
    if crossing > 0.25 * len(boxes) or len(lefts) < 3 or len(rights) < 3:
        return None
    # prose fills its column: most left lines reach near the gutter, right lines start at it
    left_fill = statistics.median(bx[1] - left for bx in lefts) / max(g0 - left, 1)
    right_fill = statistics.median(bx[1] - g1 for bx in rights) / max(right - g1, 1)
    if left_fill < 0.6 or right_fill < 0.5:
        return None
    return g0, g1


def _lines(segs: list[Seg], right: float = 0.0) -> list[Line]:
    """Segments of one column (or one full-width run) as lines, top to bottom."""
    rows: dict[int, list[Seg]] = {}
    for sg in segs:
        rows.setdefault(sg.row, []).append(sg)
    out = []
    for n in sorted(rows):
        words = [w for sg in sorted(rows[n], key=lambda sg: sg.x0) for w in sg.words]
        out.append(Line(words[0].x0, max(w.x1 for w in words), min(w.top for w in words),
                        max(w.bottom for w in words), _clean(" ".join(w.text for w in words)),
                        statistics.median(w.size for w in words), words[0].x1 - words[0].x0,
                        words[min(1, len(words) - 1)].x0, right))
    return out


def _cut(sg: Seg, mid: float) -> list[Seg]:
    """A segment whose words leave a space at the gutter's middle is two: the end of a
    left-column line and the start of a right-column one, closer than a wide gap."""
    for k in range(1, len(sg.words)):
        a, b = sg.words[k - 1], sg.words[k]
        if a.x1 < mid < b.x0 and b.x0 - a.x1 >= 0.8 * max(a.size, b.size):
            return [Seg(sg.words[:k], sg.row), Seg(sg.words[k:], sg.row)]
    return [sg]


def _order(segs: list[Seg], tables: list[Table]) -> list[list[Line | Table]]:
    """Runs of lines (and tables) in reading order; each run is one column stretch whose
    indentation is measured from its own left edge."""
    gutter = _gutter(segs)
    mid = (gutter[0] + gutter[1]) / 2 if gutter else 0.0
    if gutter:
        segs = [piece for sg in segs for piece in _cut(sg, mid)]
    items: list[tuple[float, str, object]] = []  # (top, side, segment or table)
    for sg in segs:
        side = "span" if not gutter else ("left" if sg.x1 <= mid else "right" if sg.x0 >= mid else "span")
        items.append((sg.top, side, sg))
    if gutter:  # a short last line of a full-width title, above where the columns start
        col_top = min([sg.top for _, side, sg in items if side == "right"] or [0.0])
        items = [(top, "span" if side == "left" and isinstance(o, Seg) and o.bottom < col_top else side, o)
                 for top, side, o in items]
    for t in tables:
        side = "span" if not gutter else ("left" if t.x1 <= mid else "right" if t.x0 >= mid else "span")
        items.append((t.top, side, t))
    items.sort(key=lambda it: it[0])
    runs: list[list[Line | Table]] = []
    pending: dict[str, list] = {"left": [], "right": [], "span": []}
    right = {side: max([o.x1 for _, sd, o in items if sd == side and isinstance(o, Seg)] or [0.0])
             for side in pending}
    right["span"] = max(right.values())

    def flush(sides):
        for side in sides:
            runs.extend(_run(pending[side], right[side]))
            pending[side] = []

    for top, side, obj in items:  # full-width lines end the columns above them, and the reverse
        if side == "span":
            flush(["left", "right"])
        else:
            flush(["span"])
        pending[side].append(obj)
    flush(["left", "right", "span"])
    return [r for r in runs if r]


def _run(objs: list, right: float) -> list[list[Line | Table]]:
    """Segments and tables of one column stretch: lines between tables."""
    out: list[list[Line | Table]] = []
    segs: list = []
    tables = sorted((o for o in objs if isinstance(o, Table)), key=lambda t: t.top)
    plain = [o for o in objs if not isinstance(o, Table)]
    bounds = [t.top for t in tables] + [float("inf")]
    prev = -float("inf")
    for k, limit in enumerate(bounds):
        segs = [sg for sg in plain if prev <= sg.top < limit]
        out.append(_lines(segs, right))
        if k < len(tables):
            out.append([tables[k]])
            prev = tables[k].top
    return out


def _space_lines(run: list[Line], size: float, gap: float) -> None:
    """Indentation from the run's left edge, and a blank line before a line whose gap to
    the one above is wider than the page's tight line spacing by more than a little, and
    at least about one empty line (loose boxes: an empty line leaves a whole font size)."""
    left = min(ln.x0 for ln in run)
    for k, ln in enumerate(run):
        ln.indent = int((ln.x0 - left) / (0.5 * size) + 0.5)
        if k:
            above = run[k - 1]
            small = min(ln.size, above.size)
            ln.blank_before = ln.top - above.bottom > max(0.6 * small, gap + 0.4 * small)


# ---------------------------------------------------------------- a page

@dataclass
class Page:
    number: int
    runs: list[list[Line | Table]]
    height: float
    ocr: bool = False


def _layout(words: list[Word], tables: list[Table], height: float, number: int) -> Page:
    words = [w for w in words if not any(t.x0 - 1 <= (w.x0 + w.x1) / 2 <= t.x1 + 1 and
                                         t.top - 1 <= (w.top + w.bottom) / 2 <= t.bottom + 1 for t in tables)]
    segs = _segments(_rows(words)) if words else []
    runs = _order(segs, tables)
    lines = [ln for run in runs for ln in run if isinstance(ln, Line)]
    if lines:
        size = statistics.median(ln.size for ln in lines)
        gaps = [b.top - a.bottom for run in runs for a, b in zip(run, run[1:])
                if isinstance(a, Line) and isinstance(b, Line) and 0 < b.top - a.top < 3 * a.size]
        # the tight spacing of wrapped lines; on a page of a few lines, what a text would have
        gap = sorted(gaps)[len(gaps) // 10] if len(gaps) >= 5 else min(gaps + [0.3 * size])
        for run in runs:
            if isinstance(run[0], Line):
                _space_lines(run, size, max(gap, 0.0))
    return Page(number, runs, height)


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.casefold())).strip()


# "3", "- 3 -", "3/9", "Page 3 of 9", "Seite 3", "Strona 3 z 9", "str. 3", "3. oldal"
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:(?:page|p|pg|seite|s|strana|str|strona|stran|pagina|página|pag|blz|stranica)\.?\s?)?"
                          r"#\.?(?:\s?(?:/|of|von|z|ze|od|de|di|van|din)\s?#)?(?:\s?oldal)?[\W_]*$")


def _drop_running(pages: list[Page]) -> None:
    """The two top and two bottom lines of a page are dropped when the same text (digits
    folded, so "Page 3" matches "Page 4") stands at the same height on at least half the
    pages, or when they are a lone page number ("3", "- 3 -", "Seite 3 von 9")."""
    texted = [p for p in pages if not p.ocr and any(isinstance(x, Line) for r in p.runs for x in r)]
    if len(texted) < 2:
        return
    outer: dict[int, list[Line]] = {}
    for p in texted:
        lines = sorted((x for r in p.runs for x in r if isinstance(x, Line)), key=lambda ln: ln.top)
        outer[p.number] = lines[:2] + lines[-2:] if len(lines) > 4 else lines
    seen: dict[str, list[tuple[int, float]]] = {}
    for num, lines in outer.items():
        for ln in lines:
            seen.setdefault(_fold(ln.text), []).append((num, ln.top))
    need = max(2, (len(texted) + 1) // 2)

    def running(ln: Line) -> bool:
        key = _fold(ln.text)
        return (len({num for num, top in seen[key] if abs(top - ln.top) <= 3}) >= need
                or bool(_PAGE_NUMBER.match(key)) and not re.search(r"\d{4}", ln.text)  # not a year
                or bool(re.fullmatch(r"[\W_]*[ivxl]{1,6}[\W_]*", key)))  # "iv" in a front matter

    drop = {id(ln) for lines in outer.values() for ln in lines if running(ln)}
    for p in texted:
        p.runs = [[x for x in r if id(x) not in drop] for r in p.runs]
        p.runs = [r for r in p.runs if r]


# ---------------------------------------------------------------- text of lines

def _clean(text: str) -> str:
    # presentation forms (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) to letters; PDFium writes a hyphen at a line end as
    # U+FFFE (or U+0002), some producers as a soft hyphen
    text = re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if text.endswith(("\x02", "\ufffe", "\u00ad")):
        text = text[:-1] + "-"
    return clean_inline(text.replace("\ufffe", "").replace("\x02", ""))


_HEAD = re.compile(r"(\w+)-$")
_TAIL = re.compile(r"^\w+")


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """join_wrapped, with the hyphen at a line end decided: dropped when it split a word
    ("Koope-" + "ration"), kept without a space when the next line starts with a capital
    or a digit ("Baden-" + "Württemberg", "Interreg V-" + "A", "2014-" + "2020"), after an
    acronym ("EU-" + "projekt"), or when the document writes the word with its hyphen
    elsewhere and never without."""
    out = ""
    for line in lines:
        m = _HEAD.search(out) if out.endswith("-") else None
        if not m or not line[:1].isalnum():
            out = join_wrapped([out, line]) if out else line
            continue
        head, tail = m.group(1), (_TAIL.match(line) or [""])[0]
        keep = not line[:1].islower() or (len(head) >= 2 and head.isupper()) or any(c.isdigit() for c in head)
        if not keep:
            joined, hyphened = (head + tail).casefold(), (head + "-" + tail).casefold()
            keep = hyphened in vocabulary and joined not in vocabulary
        out = out + line if keep else out[:-1] + line
    return out


def _vocabulary(pages: list[Page]) -> set[str]:
    words: set[str] = set()
    for p in pages:
        for r in p.runs:
            for x in r:
                if isinstance(x, Line):
                    words.update(w.casefold() for w in re.findall(r"\w+(?:-\w+)*(?!-)\b", x.text))
    return words


def _may_go_on(above: Line, ln: Line) -> bool:
    """`ln` could continue the line above: no gap, the same type, no item of its own."""
    return not ln.blank_before and abs(ln.size - above.size) <= 0.15 * above.size and item_start(ln.text) is None


def _wrapped(above: Line, ln: Line) -> bool:
    """Whether `ln` goes on with the line above, which ended only because the next word
    did not fit: the first word would have passed the column's right edge."""
    return _may_go_on(above, ln) and above.x1 + 0.6 * above.size + ln.first > ln.right


def _hangs(above: Line, ln: Line, item_x: float) -> bool:
    """Whether `ln` goes on with the list item above: it starts under the item's text (a
    hanging indent). Fit is not asked: a layout may carry a word over that would have
    fitted ("North" / "Rhine- Westphalia")."""
    return _may_go_on(above, ln) and abs(ln.x0 - item_x) <= 0.3 * ln.size


def _page_lines(run: list[Line], vocabulary: set[str]) -> list[str]:
    """Text lines of one column stretch: a line the layout wrapped is joined to the one
    above (a text's own line breaks are left to the page-text rules)."""
    out: list[str] = []
    item_x = None  # where the text of the list item being read starts
    for k, ln in enumerate(run):
        if k and (_wrapped(run[k - 1], ln) if item_x is None else _hangs(run[k - 1], ln, item_x)):
            out[-1] = join_lines([out[-1], ln.text], vocabulary)
            continue
        item_x = ln.second if item_start(ln.text) else None
        if ln.blank_before:
            out.append("")
        out.append(" " * ln.indent + ln.text)
    return out


def add_page_lines(builder: BlockBuilder, lines: list[str], page: int, vocabulary: set[str],
                   nesting: Nesting) -> None:
    """Lines of one page (or of one stretch between tables) read as page text."""
    for indent, group, sub in pagetext.indented_lines(lines):
        pagetext.add_line(builder, join_lines(group, vocabulary), page, nesting=nesting, indent=indent, sub=sub)


# ---------------------------------------------------------------- OCR

def ocr_page(pdf_page, languages: tuple[str, ...] = ()) -> list[str]:
    """A page without a text layer: rendered at 300 dpi, read by OCR, as text lines."""
    from pipeline.readers import ocr

    # a page of a few square metres (a poster, or a MediaBox of 200 inches squared to make
    # the renderer allocate gigabytes) is rendered at a lower resolution, down to 150 dpi;
    # beyond that it is too large to read
    area = pdf_page.get_width() * pdf_page.get_height() / 72 ** 2  # square inches
    dpi = min(OCR_DPI, int((caps.MAX_OCR_PIXELS / max(area, 1e-6)) ** 0.5))
    if dpi < 150:
        caps.refuse("pixels of a scanned page at 150 dpi", int(area * 150 ** 2), caps.MAX_OCR_PIXELS)
    image = pdf_page.render(scale=dpi / 72).to_pil()
    image.info["dpi"] = (dpi, dpi)
    return ocr.page_text(image, languages).splitlines()


def _scanned(page, words: list[Word]) -> bool:
    """No text layer and an image (or a form that may hold one); or a few words only
    (a stamped page number) over an image that covers half the page."""
    import pypdfium2.raw as raw

    raw_page = page.raw
    if sum(len(w.text) for w in words) >= 30:
        return False
    area = page.get_width() * page.get_height()
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for k in range(raw.FPDFPage_CountObjects(raw_page)):
        obj = raw.FPDFPage_GetObject(raw_page, k)
        if raw.FPDFPageObj_GetType(obj) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not words:
            return True
        if raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t)) \
                and (r.value - l.value) * (t.value - b.value) >= 0.5 * area:
            return True
    return False


# ---------------------------------------------------------------- the reader

def _plumber(data: bytes):
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def _broken() -> tuple[type[Exception], ...]:
    """The libraries' own errors for a damaged file (anything else is our bug: internal)."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
    from pypdfium2 import PdfiumError

    return PdfiumError, PSException, MalformedPDFException, PdfminerException


def read(data: bytes) -> Reading:
    import pypdfium2.raw as raw

    doc = _open(data)
    plumber = None
    pages: list[Page] = []
    ocr_lines: dict[int, list[str]] = {}
    chars = 0
    try:
        for k in range(len(doc)):
            page = doc[k]
            height = page.get_height()
            caps.refuse(f"objects on page {k + 1}", raw.FPDFPage_CountObjects(page.raw), caps.MAX_PAGE_OBJECTS)
            textpage = page.get_textpage()
            n = textpage.count_chars()
            caps.refuse(f"characters on page {k + 1}", n, caps.MAX_PAGE_CHARS)
            chars += n
            caps.refuse(f"characters in the first {k + 1} pages", chars, caps.MAX_TEXT_CHARS)
            words = _words(textpage, height)
            if _scanned(page, words):
                ocr_lines[k + 1] = ocr_page(page)
                pages.append(Page(k + 1, [], height, ocr=True))
                continue
            if not words:
                continue
            tables: list[Table] = []
            if _may_have_table(page):
                plumber = plumber or _plumber(data)
                tables = _tables(plumber.pages[k])
            pages.append(_layout(words, tables, height, k + 1))
    except _broken() as exc:  # a broken object inside a file that opened
        raise PipelineError("unreadable", f"the PDF cannot be read ({type(exc).__name__}: {exc})") from None
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    if not pages:
        raise PipelineError("empty", "the PDF has no text and no images")
    _drop_running(pages)
    vocabulary = _vocabulary(pages)
    builder = BlockBuilder()
    for p in pages:
        nesting = Nesting()
        if p.ocr:
            add_page_lines(builder, ocr_lines[p.number], p.number, vocabulary, nesting)
            continue
        lines: list[str] = []  # the page's column stretches one after another, up to a table
        for run in p.runs + [[None]]:
            if isinstance(run[0], Line):
                lines.extend(_page_lines(run, vocabulary))
                continue
            add_page_lines(builder, lines, p.number, vocabulary, nesting)
            lines = []
            if isinstance(run[0], Table):
                nesting.reset()
                for row in run[0].rows:
                    builder.add(TABLE_ROW, " | ".join(row), p.number)
    return Reading(builder, "pdf", ocr_pages=frozenset(ocr_lines))
