"""Line-level structure shared by the plain-text readers: list items and wrapped lines."""
from __future__ import annotations

import re

BULLETS = "•●○◦▪■□►▸‣·*-–—"
_BULLET = re.compile(r"^([•●○◦▪■□►▸‣·*\-–—])\s+(?=\S)")
# "1 Name", "1. Name", "2) Name", "1.2 Name": one or two digits, so that years are not items;
# the item text must start like a name or a sentence, so that "24. října" is not an item.
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(?:[.)])?\s+(?=[\"„“«(]?[^\W\d_])")


def item_start(line: str) -> tuple[str | None, str | None, str] | None:
    """(number, bullet, rest) when the line starts a list item, else None."""
    m = _BULLET.match(line)
    if m:
        return None, m.group(1), line[m.end():].strip()
    m = _NUMBER.match(line)
    if m:
        rest = line[m.end():].strip()
        if rest[:1].isupper() or rest[:1] in "\"„“«(":
            return m.group(1), None, rest
        # "1. dva druhy" is an item too, but "24. října 2011" is a date.
        if re.match(r"^\d{1,2}[.)]\s", line) and not re.match(r"\S+\s+\d{4}\b", rest):
            return m.group(1), None, rest
    return None


def continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` is a wrapped continuation of `prev` rather than a new line of its own."""
    if not prev or not nxt or item_start(nxt):
        return False
    first = nxt[0]
    if first.islower() or first in "(),;&":
        return True
    if re.search(r"[,\-–&/]$", prev):
        return True
    # A line that ends in a short function word ("for an", "in", "and") was cut mid-phrase.
    last = prev.split()[-1]
    return last.isalpha() and last.islower() and len(last) <= 3
