"""OCR of scanned pages (a PDF page with no text layer), by the Tesseract command.

`page_text` returns the page as a text dump would give it: lines in reading order with
their indentation, a blank line between paragraphs, so that the page-text reader
(pagetext.indented_lines / add_line) finds paragraphs, headings and list items in it.
The layout comes from Tesseract's TSV output (block, paragraph, line and word boxes).
The markers of a list that hang left of its text, which Tesseract may take for vertical
text or lose, are read again in a strip beside the text and put in front of their lines.

Language: unless the caller names one, a quick first pass (English, half resolution)
gives text enough for pipeline.language.detect, and the page is read with that
language's pack plus English. All thirteen packs in one pass cost more than the two passes
and make three times the errors (README, "Scanned pages (OCR)", has the measurements)."""
from __future__ import annotations

import copy
import io
import os
import re
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import median

from pipeline.errors import PipelineError
from pipeline.language import detect
from pipeline.readers.lines import item_start
from pipeline.textnorm import join_wrapped

# The command run; tests point it at a missing program to simulate a machine without it.
TESSERACT = "tesseract"
TIMEOUT = 120  # seconds for one Tesseract run on one page
DPI = 300  # what the PDF reader renders at, when the image does not say

# our ISO 639-1 codes -> Tesseract's language packs (Debian: tesseract-ocr-<pack>)
PACKS = {"cs": "ces", "sk": "slk", "pl": "pol", "de": "deu", "en": "eng", "hu": "hun", "it": "ita",
         "sl": "slv", "hr": "hrv", "ro": "ron", "es": "spa", "fr": "fra", "nl": "nld",
         "pt": "por", "sq": "sqi", "bg": "bul", "el": "ell",
         "lt": "lit", "lv": "lav", "et": "est", "sv": "swe", "da": "dan",
         "fi": "fin", "ca": "cat",
         "sr": "srp", "mk": "mkd", "uk": "ukr", "no": "nor",
         "is": "isl", "mt": "mlt", "ga": "gle",
         "tr": "tur", "ru": "rus", "cy": "cym", "eu": "eus"}
# A language written in two scripts has a pack for each: Serbian Cyrillic ("srp") is read
# together with Serbian Latin ("srp_latn", Debian's tesseract-ocr-srp-latn).
SECOND_SCRIPT = {"srp": "srp_latn"}
INSTALL_HINT = ("install Tesseract and its language packs (Debian: apt-get install tesseract-ocr "
                + " ".join(f"tesseract-ocr-{p.replace('_', '-')}" for p in [*PACKS.values(), *SECOND_SCRIPT.values()])
                + "; `make` does it)")


def page_text(image, languages: tuple[str, ...] = ()) -> str:
    """Text of one page image (a PIL image), lines in reading order, blank lines between
    paragraphs. `languages` are our ISO 639-1 codes to try (all thirteen when empty)."""
    installed = installed_packs(TESSERACT)
    wanted = [PACKS[code] for code in (languages or PACKS) if code in PACKS]
    usable = [p for p in wanted if p in installed]
    if not usable:
        raise PipelineError("ocr-unavailable", f"Tesseract has none of the language packs {'+'.join(wanted)}: "
                            + INSTALL_HINT)
    if len(usable) > 1:
        first = first_pass(image, installed)
        if not first.words:
            return ""  # a blank page
        code, _ = detect(" ".join(w.text for w in first.words))
        pack = PACKS.get(code or "")
        usable = [pack] if pack in usable else usable
    png, dpi = _png(image)
    packs = _with_english(usable, installed)
    page = reread_vertical(_run(png, dpi, packs), image, dpi, packs)
    return layout(reread_hanging(page, image, dpi, packs))


def first_pass(image, installed: frozenset[str]) -> Page:
    """A quick reading (English pack, half resolution) that gives the language detector
    text enough, even with the diacritics of its letters lost."""
    small = image.resize((max(1, image.width // 2), max(1, image.height // 2)))
    png, dpi = _png(small)
    return _run(png, dpi // 2, ["eng"] if "eng" in installed else sorted(installed - {"osd"})[:1])


def _with_english(packs: list[str], installed: frozenset[str]) -> list[str]:
    # English too: names of programmes, partners and places are often written in English;
    # and a language's second script (Serbian Latin beside Serbian Cyrillic).
    second = [SECOND_SCRIPT[p] for p in packs if SECOND_SCRIPT.get(p) in installed and SECOND_SCRIPT[p] not in packs]
    packs = packs + second
    return packs + ["eng"] if "eng" in installed and "eng" not in packs else packs


@lru_cache(maxsize=4)
def installed_packs(command: str) -> frozenset[str]:
    try:
        done = subprocess.run([command, "--list-langs"], capture_output=True, timeout=30, env=_env(), check=False)
    except (OSError, subprocess.TimeoutExpired):
        raise PipelineError("ocr-unavailable", f"a page has no text layer and '{command}' cannot be run: "
                            + INSTALL_HINT) from None
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def _env() -> dict[str, str]:
    # One thread, so that results and timings do not depend on the machine's load.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TESSDATA_PREFIX", "LANG", "LC_ALL")}
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _png(image) -> tuple[bytes, int]:
    dpi = image.info.get("dpi", (DPI, DPI))[0]
    dpi = dpi if isinstance(dpi, (int, float)) and dpi >= 50 else DPI  # 0 or 1: not stated
    buf = io.BytesIO()
    image.convert("L").save(buf, "PNG")
    return buf.getvalue(), int(round(dpi))


# --- Tesseract's TSV: one row per page, block, paragraph, line and word -------------------

@dataclass
class Word:
    left: int
    top: int
    width: int
    height: int
    text: str
    conf: float = -1.0  # Tesseract's confidence, 0..100 (-1: not given)

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class Line:
    box: Word
    words: list[Word] = field(default_factory=list)


@dataclass
class Block:
    box: Word
    paragraphs: list[list[Line]] = field(default_factory=list)


@dataclass
class Page:
    blocks: list[Block]

    @property
    def words(self) -> list[Word]:
        return [w for b in self.blocks for p in b.paragraphs for line in p for w in line.words]


def _run(png: bytes, dpi: int, packs: list[str], psm: int = 3) -> Page:
    command = [TESSERACT, "stdin", "stdout", "-l", "+".join(packs), "--dpi", str(dpi), "--psm", str(psm), "tsv"]
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=TIMEOUT, env=_env(), check=False)
    except OSError:
        raise PipelineError("ocr-unavailable", f"'{TESSERACT}' cannot be run: " + INSTALL_HINT) from None
    except subprocess.TimeoutExpired:
        raise PipelineError("unreadable", f"OCR of a scanned page took longer than {TIMEOUT} s") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PipelineError("unreadable", "Tesseract failed on a scanned page: " + (message[-1] if message else
                                                                                     f"exit {done.returncode}"))
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> Page:
    blocks: list[Block] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t", 11)
        if len(cells) < 11 or not cells[0].isdigit():
            continue
        level = int(cells[0])
        box = Word(*(int(c) for c in cells[6:10]), text=cells[11] if len(cells) > 11 else "",
                   conf=_float(cells[10]))
        if level == 2:
            blocks.append(Block(box))
        elif level == 3 and blocks:
            blocks[-1].paragraphs.append([])
        elif level == 4 and blocks and blocks[-1].paragraphs:
            blocks[-1].paragraphs[-1].append(Line(box))
        elif level == 5 and blocks and blocks[-1].paragraphs and blocks[-1].paragraphs[-1] and box.text.strip():
            box.text = box.text.strip()
            blocks[-1].paragraphs[-1][-1].words.append(box)
    for block in blocks:
        block.paragraphs = [[line for line in p if line.words] for p in block.paragraphs]
        block.paragraphs = [p for p in block.paragraphs if p]
    return Page([b for b in blocks if b.paragraphs])


def _float(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        return -1.0


# --- list markers: a narrow column of numbers or bullets left of the text -----------------

MARKER_GAP = 8  # at most this many character widths between a marker and its text
MARKER_CONF = 50  # a marker read again below this confidence is noise, not a marker
CONTEXT = 12  # character widths of the text right of a marker column read with it


def vertical_lines(page: Page) -> list[Line]:
    """Lines Tesseract read as vertical text: a box much taller than wide and than the
    page's lines. Our documents have none; what it takes for one is a column of hanging
    list numbers or bullets ("1." over "2." over "3.": "OONANAWNE", "OD MAB U es wn iP")."""
    lines = [line for b in page.blocks for p in b.paragraphs for line in p]
    if not lines:
        return []
    body = median(line.box.height for line in lines)
    return [line for line in lines if line.box.height > max(2 * line.box.width, 3 * body)]


def reread_vertical(page: Page, image, dpi: int, packs: list[str]) -> Page:
    """The page with each vertical line read again as horizontal lines (page segmentation
    mode 6, a uniform block) in a strip cut from the image: the column and a little of the
    text right of it, since a marker alone on a line lacks the letters that tell Tesseract
    the line's height ("1." is read "Ls"). Words of the strip that start inside the column
    become one block of lines, which `attach_markers` joins to the lines at their height."""
    vertical = vertical_lines(page)
    if not vertical:
        return page
    drop = {id(line) for line in vertical}
    blocks: list[Block] = []
    for block in page.blocks:
        paragraphs = [[line for line in p if id(line) not in drop] for p in block.paragraphs]
        block.paragraphs = [p for p in paragraphs if p]
        if block.paragraphs:
            blocks.append(block)
    char = _char_width(page.words)
    for line in vertical:
        lines = _strip(image, line.box, line.box.right, char, dpi, packs)
        if lines:
            blocks.append(Block(_around([strip_line.box for strip_line in lines]), [lines]))
    return Page(blocks)


def reread_hanging(page: Page, image, dpi: int, packs: list[str]) -> Page:
    """The page with the lost markers of a list whose markers hang left of its text read
    again: in such a column Tesseract may drop a letter ("a)" read ")") or a whole marker.
    Where a line of the column has no marker the text readers know, the column is read
    again as a strip (as `reread_vertical` does) and the strip's marker at the line's
    height, if it is one, replaces what is left of the text's edge."""
    if not page.words:
        return page
    char, x = _char_width(page.words), x_height(page.words)
    for block in page.blocks:
        lines = [line for p in block.paragraphs for line in p]
        edge = _text_edge(lines, char)
        if edge is None:
            continue
        lost = [line for line in lines if line.words[0].left < edge + char / 2
                and not _marked([w for w in line.words if w.left < edge - char / 2], x)]
        if not lost:
            continue
        column = Word(block.box.left, block.box.top, edge - block.box.left, block.box.height, "")
        found = [w for strip_line in _strip(image, column, edge - round(char / 2), char, dpi, packs)
                 for w in strip_line.words]
        for line in lost:
            beside = [w for w in found if _overlap(w, line.box) >= 0.5 * min(w.height, line.box.height)]
            if beside and item_start(" ".join(w.text for w in beside) + " X"):
                line.words = beside + [w for w in line.words if w.left >= edge - char / 2]
                line.box = _around([line.box] + beside)
    return page


def _text_edge(lines: list[Line], char: float) -> int | None:
    """Where the text of a list with hanging markers starts: the second word of lines whose
    first word (short) is set apart by more than a word space, at one edge in at least two
    lines (a justified line's wide spaces do not line up); else None."""
    starts = [line.words[1].left for line in lines if len(line.words) >= 2
              and line.words[1].left - line.words[0].right > 1.5 * char and line.words[0].width < 4 * char]
    if len(starts) < 2:
        return None
    edge = median(starts)
    return round(edge) if sum(abs(s - edge) <= char / 2 for s in starts) >= 2 else None


def _marked(words: list[Word], x: float) -> bool:
    return len(words) == 1 and _marker(words[0], x)


def _overlap(a: Word, b: Word) -> int:
    return min(a.top + a.height, b.top + b.height) - max(a.top, b.top)


def _strip(image, box: Word, right: int, char: float, dpi: int, packs: list[str]) -> list[Line]:
    """The lines of a column `box` of the image read with page segmentation mode 6 with a
    little of the text right of it: the words that start left of `right`."""
    pad = max(4, round(char))
    crop = (max(0, box.left - pad), max(0, box.top - pad),
            min(image.width, box.right + round(CONTEXT * char)), min(image.height, box.top + box.height + pad))
    png, _ = _png(image.crop(crop))
    found = [_moved(line, crop[0], crop[1], right)
             for b in _run(png, dpi, packs, psm=6).blocks for p in b.paragraphs for line in p]
    return [line for line in found if line.words]


def _moved(line: Line, dx: int, dy: int, right: int) -> Line:
    """The words of a strip's line that start left of `right` and were read with some
    confidence, in page coordinates."""
    words = [Word(w.left + dx, w.top + dy, w.width, w.height, w.text, w.conf) for w in line.words]
    words = [w for w in words if w.left < right and w.conf >= MARKER_CONF]
    return Line(_around(words) if words else line.box, words)


def _around(boxes: list[Word]) -> Word:
    left, top = min(b.left for b in boxes), min(b.top for b in boxes)
    return Word(left, top, max(b.right for b in boxes) - left, max(b.top + b.height for b in boxes) - top, "")


def attach_markers(page: Page) -> Page:
    """Blocks that are a column of list markers (each line one number or bullet) joined to
    the text right of them: each marker goes in front of the line at its height, as a text
    dump has it ("1. Ministry of ..."), so that the page-text reader finds list items.
    Tesseract gives such a column a block of its own when the numbers hang left of the
    text; a marker with no line beside it stays where it was."""
    page = copy.deepcopy(page)  # lines change; the caller's page does not
    if not page.blocks:
        return page
    char, x = _char_width(page.words), x_height(page.words)
    keep: list[Block] = []
    for block in page.blocks:
        lines = [line for p in block.paragraphs for line in p]
        if not all(len(line.words) == 1 and _marker(line.words[0], x) for line in lines):
            keep.append(block)
            continue
        others = [line for b in page.blocks if b is not block for p in b.paragraphs for line in p]
        attached = set()
        for line in lines:
            target = _beside(line.words[0], others, char)
            if target is not None:
                target.words.insert(0, line.words[0])
                target.box = _around([target.box, line.words[0]])
                attached.add(id(line))
        block.paragraphs = [[line for line in p if id(line) not in attached] for p in block.paragraphs]
        block.paragraphs = [p for p in block.paragraphs if p]
        if block.paragraphs:  # what is left of the column, where it is
            block.box = _around([line.box for p in block.paragraphs for line in p])
            keep.append(block)
    for block in keep:  # a block's box grows with the markers put in its lines
        block.box = _around([block.box] + [line.box for p in block.paragraphs for line in p])
    return Page(keep)


def _marker(word: Word, x: float) -> bool:
    """A list number or bullet as the text readers know them ("1.", "2)", "a)", "-", "•"),
    or a bullet as Tesseract reads one (punctuation, or a letter lower than small letters)."""
    return item_start(word.text + " X") is not None or _bullet_read(word, x)


def _bullet_read(word: Word, x: float) -> bool:
    """A bullet as Tesseract reads it: punctuation ("*«", "¢") or a letter ("e") lower
    than the page's small letters (a ")" whose letter was lost is as tall as letters)."""
    small = word.height < 0.75 * x and word.width < 2 * max(word.height, 1)
    return small and (bool(_NOT_WORD.match(word.text)) or word.text in ("e", "o", "c"))


def _beside(marker: Word, lines: list[Line], char: float) -> Line | None:
    """The nearest line right of `marker` (within MARKER_GAP characters) that shares most
    of its height."""
    best = None
    for line in lines:
        gap = line.words[0].left - marker.right
        overlap = min(marker.top + marker.height, line.box.top + line.box.height) - max(marker.top, line.box.top)
        if -char / 2 <= gap <= MARKER_GAP * char and overlap >= 0.5 * min(marker.height, line.box.height):
            if best is None or gap < best[0]:
                best = (gap, line)
    return best[1] if best else None


# --- layout: reading order, indentation, paragraphs ---------------------------------------

def layout(page: Page) -> str:
    """The page as a text dump: blocks in reading order (left column before right), each
    line indented by its distance from its column's left edge, in characters, and a blank
    line between paragraphs. The lines Tesseract puts in one paragraph are joined where
    the text was wrapped (the next line's first word would not have fitted), since line
    starts alone do not tell a wrapped line ("Jahren eng zusammen") from a new one."""
    page = attach_markers(page)
    if not page.blocks:
        return ""
    char = _char_width(page.words)
    body = median(line.box.height for b in page.blocks for p in b.paragraphs for line in p)
    x = x_height(page.words)
    out: list[str] = []
    half = halves(page.blocks)
    # the right edge of the text in each half, which wrapped lines reach
    rights = {h: max(line.words[-1].right for b in page.blocks if half[id(b)] == h for p in b.paragraphs
                     for line in p) for h in set(half.values())}
    for column in columns(page.blocks):
        edge = min(line.box.left for b in column for p in b.paragraphs for line in p)
        for block in column:
            right = rights[half[id(block)]]
            for paragraph in block.paragraphs:
                logical: list[tuple[int, list[str]]] = []  # (indentation, visual lines)
                for k, line in enumerate(paragraph):
                    text = " ".join(_bullet(line.words, x))
                    if k and not item_start(text) and _wrapped(paragraph[k - 1], line, right, char, body):
                        logical[-1][1].append(text)
                        continue
                    # a line in a larger type than the one above (a heading Tesseract put
                    # in the paragraph below it, or the reverse) starts a paragraph
                    if k and _large(line, body) != _large(paragraph[k - 1], body):
                        logical.append((-1, []))
                    logical.append((max(0, round((line.words[0].left - edge) / char)), [text]))
                if out:
                    out.append("")
                out.extend("" if indent < 0 else " " * indent + join_wrapped(texts) for indent, texts in logical)
    return "\n".join(out) + "\n"


def _large(line: Line, body: float) -> bool:
    return line.box.height > 1.25 * body


def _wrapped(prev: Line, line: Line, right: int, char: float, body: float) -> bool:
    """Whether `line` goes on with `prev`: the same type size, and the first word of `line`
    would not have fitted at the end of `prev` in the column."""
    return _large(prev, body) == _large(line, body) and prev.words[-1].right + char + line.words[0].width > right


def _char_width(words: list[Word]) -> float:
    widths = [w.width / len(w.text) for w in words if len(w.text) >= 3 and w.text.isalpha()]
    return max(1.0, median(widths)) if widths else 20.0


_NOT_WORD = re.compile(r"^\W+$")
_SHORT_LETTERS = re.compile(r"^[acemnorsuvwxz]+$")  # letters without ascenders or descenders


def x_height(words: list[Word]) -> float:
    # words of two letters or more: a one-letter "word" may be a bullet read as "e" or "o",
    # and a list of them would give the bullets' height
    for least in (2, 1):
        heights = [w.height for w in words if len(w.text) >= least and _SHORT_LETTERS.match(w.text)]
        if heights:
            return median(heights)
    return median(w.height for w in words) / 2


def _bullet(words: list[Word], x: float) -> list[str]:
    """Words of a line, with a bullet read as punctuation ("*«", "¢") or as a letter ("e")
    written "•": a first word lower than the page's small letters is a bullet, not text."""
    texts = [w.text for w in words]
    first = words[0]
    if len(words) < 2 or texts[0] in ("-", "–", "—", "•"):
        return texts
    if _bullet_read(first, x):
        texts[0] = "•"
    return texts


def columns(blocks: list[Block]) -> list[list[Block]]:
    """Blocks grouped into columns in reading order. A block that crosses the middle of the
    text area (a heading or paragraph across the page) closes the columns above it; between
    two such blocks, the blocks of the left half come before those of the right half.
    Consecutive groups that start in the left half share their left edge (a list block
    under a paragraph keeps its indentation relative to it)."""
    half = halves(blocks)
    groups: list[list[Block]] = []
    pending: dict[str, list[Block]] = {"left": [], "right": []}
    for block in sorted(blocks, key=lambda b: (b.box.top, b.box.left)):
        if half[id(block)] == "span":
            groups.extend(g for g in pending.values() if g)
            pending = {"left": [], "right": []}
            groups.append([block])
        else:
            pending[half[id(block)]].append(block)
    groups.extend(g for g in pending.values() if g)
    merged: list[list[Block]] = []
    for group in groups:
        if merged and (half[id(merged[-1][0])] == "right") == (half[id(group[0])] == "right"):
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def halves(blocks: list[Block]) -> dict[int, str]:
    """id(block) -> "left", "right" (of the middle of the text area) or "span" (across it)."""
    left = min(b.box.left for b in blocks)
    right = max(b.box.right for b in blocks)
    middle, slack = (left + right) / 2, (right - left) * 0.02
    return {id(b): "span" if b.box.left < middle - slack and b.box.right > middle + slack
            else "left" if b.box.right <= middle + slack else "right" for b in blocks}
