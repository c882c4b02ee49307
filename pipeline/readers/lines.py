"""Line-level structure shared by the readers: list items and wrapped lines."""
from __future__ import annotations

import re

from pipeline.textnorm import clean_inline, join_wrapped

BULLETS = "•●○◦▪■□►▸‣·*-–—"
_BULLET = re.compile(r"^([•●○◦▪■□►▸‣·*\-–—])\s+(?=\S)")
# "1 Name", "1. Name", "2) Name", "1.2 Name": one or two digits, so that years are not items;
# the item text must start like a name or a sentence, so that "24. října" is not an item.
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(?:[.)])?\s+(?=[\"„“«(]?[^\W\d_])")


# A bullet alone on its line: web captures often write an <li>'s marker on one line and
# its text on the next ("-\nDendron College (NL)").
_LONE_BULLET = re.compile(r"^\s*[•●○◦▪■□►▸‣·*\-–—]\s*$")


def attach_lone_bullets(lines: list[str]) -> list[str]:
    """Lines with a bullet alone on its line joined to the line right below it, so that
    the pair reads as one list item ("-", "Name" -> "- Name"). A bullet before a blank
    line, or before a line that opens an item of its own, stays as it is (a separator)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        raw = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if _LONE_BULLET.match(raw) and nxt.strip() and not _LONE_BULLET.match(nxt) \
                and not item_start(nxt.strip()):
            indent = raw[:len(raw) - len(raw.lstrip())]
            out.append(f"{indent}{raw.strip()} {nxt.strip()}")
            k += 2
            continue
        out.append(raw)
        k += 1
    return out


# the number an item behind a bullet carries: "1.- ", "2) ", "3. " (punctuation required,
# so that "• 14 bicycle routes" keeps its figure)
_INNER_NUMBER = re.compile(r"^(\d{1,2})[.)][-–]?\s+(?=[\"„“«(]?[^\W\d_])")


# "a) Name": a lettered item, often the sub-items of a numbered list
_LETTER = re.compile(r"^([a-z])\)\s+(?=\S)")


# a month and a year after a day's number: "Oktober 2011", "Nollaig, 2019" (a comma may
# stand between them): the line is a dateline, not an item numbered by the day
_MONTH_YEAR = re.compile(r"[^\W\d_]+\.?,?\s+(?:19|20)\d\d\b")


def item_start(line: str) -> tuple[str | None, str | None, str] | None:
    """(number, bullet, rest) when the line starts a list item, else None."""
    m = _BULLET.match(line)
    if m:
        rest = line[m.end():].strip()
        # "• 1.- Name", "- 2) Name": a web list whose items also carry their own numbers;
        # the number is the item's marker, not its text (a day and month stay: "• 24. Oktober 2011")
        n = _INNER_NUMBER.match(rest)
        if n and not _MONTH_YEAR.match(rest[n.end():]):
            return n.group(1), m.group(1), rest[n.end():].strip()
        return None, m.group(1), rest
    m = _LETTER.match(line)
    if m:
        return m.group(1), None, line[m.end():].strip()
    m = _NUMBER.match(line)
    if m:
        rest = line[m.end():].strip()
        # "27 September 2017, Milan", "24. Oktober 2011": a day, its month and year open a
        # dateline, not an item
        if _MONTH_YEAR.match(rest) and "." not in m.group(1):
            return None
        if rest[:1].isupper() or rest[:1] in "\"„“«(":
            return m.group(1), None, rest
        # "1. dva druhy" is an item too, but "24. října 2011" is a date.
        if re.match(r"^\d{1,2}[.)]\s", line) and not re.match(r"\S+\s+\d{4}\b", rest):
            return m.group(1), None, rest
    return None


def continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` is a wrapped continuation of `prev` rather than a new line of its own."""
    if not prev or not nxt or item_start(nxt) or IMAGE_FILE.match(nxt):
        return False
    first = nxt[0]
    if first.islower() or first in "(),;&":
        return True
    if re.search(r"[,\-–&/]$", prev):
        return True
    # A line that ends in a short function word ("for an", "in", "and") was cut mid-phrase,
    # unless the line is an amount and its currency ("3.730.929,09 kn", "42 500 zł"): a card's
    # value, complete, with the next label below it
    last = prev.split()[-1]
    return last.isalpha() and last.islower() and len(last) <= 3 and not _AMOUNT_LINE.fullmatch(prev)


# an image's file name where the picture stood ("logowet1.png", "cyklo_ilu.jpg Projekt …",
# "c_300_200_…_Projektstandorte.jpgProjektpartner"): a page capture's mark of a picture, which
# starts a line of its own even when it opens in lower case
IMAGE_FILE = re.compile(r"[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)(?![^\W\d_]*\.\w)", re.I)


# a figure written with thousands groups or cents, and one short word
_AMOUNT_LINE = re.compile(r"\s*(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{2})\s?[^\W\d_]{1,3}\.?\s*")


_SUB_O = re.compile(r"^\s*o\s+(?=\S)")


def indent_of(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


def o_bullets(lines: list[str]) -> set[int]:
    """Indices of lines opening with "o " that are sub-items (Word's second-level bullet in
    a text dump): more indented than the list item above them and at least two in a row,
    since "o" is also a word that can open a wrapped line ("o projekte")."""
    marks: set[int] = set()
    parent: int | None = None  # indentation of the last list item
    run: list[int] = []
    for k, raw in enumerate(lines + ["."]):
        if not raw.strip():
            continue
        ind = indent_of(raw)
        if _SUB_O.match(raw) and parent is not None and ind > parent:
            run.append(k)
            continue
        if len(run) >= 2:
            marks.update(run)
        run = []
        if item_start(raw.strip()):
            parent = ind
    return marks


def style_of(number: str | None, marker: str | None) -> str:
    """Items written alike belong to one list level: "1."/"2." (by depth: "1.1" is deeper),
    "a)"/"b)", dashes of any length, or one bullet character."""
    if number:
        return "a" if number.isalpha() else "n%d" % number.count(".")
    return "-" if marker in ("-", "–", "—") else (marker or "")


class Nesting:
    """List levels of consecutive list items. An item is a child of the one above when it
    is more indented, or written with another marker style at the same indentation ("-"
    under "1.", "o" under "•"); it goes back up to the level whose indentation and style
    it shares. Any other block ends the list."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str]] = []  # (indentation, style) per open level

    def reset(self) -> None:
        self.stack = []

    def level(self, indent: int, number: str | None, marker: str | None) -> int:
        style = style_of(number, marker)
        if not self.stack:
            self.stack = [(indent, style)]
            return 0
        top_indent, top_style = self.stack[-1]
        styles_below = {s for _, s in self.stack[:-1]}
        if indent > top_indent or (indent == top_indent and style != top_style and style not in styles_below):
            self.stack.append((indent, style))
            return len(self.stack) - 1
        while len(self.stack) > 1 and (self.stack[-1][0] > indent or
                                       (self.stack[-1][0] == indent and self.stack[-1][1] != style)):
            self.stack.pop()
        self.stack[-1] = (min(indent, self.stack[-1][0]) if len(self.stack) == 1 else self.stack[-1][0], style)
        return len(self.stack) - 1


def line_groups(text: str) -> list[str]:
    """A paragraph's text with line breaks in it (an HTML <br>, a Word soft break: "\\n",
    "\\v") -> its logical lines, joined as the plain-text readers join wrapped lines: a line continues the one before when it
    starts in lower case or the one before was cut mid-phrase; otherwise it is a line of
    its own (a break between "Lead partner: X" and "Budget: Y")."""
    return [join_wrapped(g) for g in wrapped_groups(re.split(r"[\n\v\r\u2028]", text))]


def wrapped_groups(raws: list[str]) -> list[list[str]]:
    """Raw lines, cleaned and blank ones dropped, in runs of a line and its wrapped
    continuations (`continues`): each run one logical line, for `join_wrapped`."""
    groups: list[list[str]] = []
    for raw in raws:
        line = clean_inline(raw)
        if not line:
            continue
        if groups and continues(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def roman(n: int) -> str:
    """A list number in lower-case Roman numerals, as Word and browsers write it."""
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out
