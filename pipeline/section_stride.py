"""Units a finder missed in a run it found: the page repeats one layout per project.

A page that presents its projects one after another gives each the same shape: a list item
then two label lines, a heading then a paragraph of partners, one list item each. When a
finder has found several of those units, their opening blocks stand at a regular step (every
block, every second, every third). A block that stands where that step puts it, between two
found units or right before or after the run, and opens the way the found units open (the
same kind of block, or the same short head and separator, "EUTOPIA – …" after "CIVIS – …"),
is one more unit: the finder's test of its wording (a name written like a name, a label
line below it) missed it, the page's rhythm did not. A filled unit must still hold a fact
of its own (the caller checks), so a closing paragraph or a menu item in step is no project.
"""
from __future__ import annotations

import re
from math import gcd

from pipeline.model import LIST_ITEM, PARAGRAPH, Document
from pipeline.section_names import NAME_WORDS, Opener

MIN_RUN = 3  # openers needed before the run is read as a rhythm beyond its ends
WHOLE_WORDS = 14  # a block this short, with no sentence inside, is all name (a title line)

# a short head before a separator: "CIVIS – A European …", "Singing with X, Stichting …"
_HEAD = re.compile(r"\s*(?:[•*·▪-]\s+)?([^\W\d_][^–—:;(),\n]*?)\s*(\s[–—-]\s|:\s|[;(,])")
_SEPARATOR = re.compile(r"\s*(?:[•*·▪-]\s+)?[^\W\d_][^–—:;(),\n]*?\s*(\s[–—-]\s|:\s)")


def _text(doc: Document, b: int) -> str:
    block = doc.blocks[b]
    return doc.text[block.start:block.end]


def _separator(doc: Document, b: int) -> str | None:
    """The dash or colon after a short head that opens block b ("–" of "CIVIS – A …")."""
    m = _SEPARATOR.match(_text(doc, b))
    if not m or len(m.group(0).split()) > NAME_WORDS + 1:
        return None
    sep = m.group(1).strip()
    return "–" if sep in "–—-" else sep


def _whole(openers: list[Opener], doc: Document) -> bool:
    """The finder took each unit's whole block as its name (a title line)."""
    return all(s >= 0 and doc.text[s:e].strip(" .") == _text(doc, b).strip().strip(" .•*·▪-").strip() for b, s, e in openers)


def _name(doc: Document, b: int, whole: bool) -> tuple[int, int]:
    """The name span of a filled unit: its whole short line where the found units are whole
    lines, else its head before the first separator; (-1, -1) (the section reads its own
    name) when neither is short."""
    block = doc.blocks[b]
    text = _text(doc, b)
    if whole:
        core = text.strip().strip("•*·▪- ").rstrip(" .")
        if core and len(core.split()) <= WHOLE_WORDS and not re.search(r"[.!?]\s+[^\W\d_]", core):
            s = block.start + text.index(core)
            return s, s + len(core)
        return -1, -1
    m = _HEAD.match(text)
    if m and len(m.group(1).split()) <= NAME_WORDS:
        return block.start + m.start(1), block.start + m.end(1)
    return -1, -1


def _like(doc: Document, b: int, kinds: set[str], separators: set[str | None]) -> bool:
    """Block b opens the way the found units open: the same kind of block, or (a short line
    read as a paragraph among headings) the same head and separator."""
    if b < 0 or b >= len(doc.blocks) or not _text(doc, b).strip():
        return False
    if doc.blocks[b].kind in kinds and (doc.blocks[b].kind != PARAGRAPH or not separators):
        return True  # (a paragraph beside a run of paragraphs may go on the unit before: it must open alike)
    return len(separators) == 1 and None not in separators and _separator(doc, b) in separators


def stride_filled(doc: Document, openers: list[Opener]) -> list[Opener]:
    """`openers` with the units the page's rhythm adds (see the module's doc); unchanged
    when the found units stand at no regular step."""
    if len(openers) < 2:
        return openers
    blocks = [b for b, _, _ in openers]
    gaps = [y - x for x, y in zip(blocks, blocks[1:])]
    if any(g <= 0 for g in gaps):
        return openers
    step = 0
    for g in gaps:
        step = gcd(step, g)
    # the step must be the run's own: most units follow the one before at exactly one step
    uneven = 2 * sum(g == step for g in gaps) < len(gaps)
    kinds = {doc.blocks[b].kind for b in blocks}
    if len(kinds) != 1:
        kinds = set()
    separators = {_separator(doc, b) for b in blocks}
    if not kinds and (len(separators) != 1 or None in separators):
        return openers
    if kinds == {LIST_ITEM} and all(doc.blocks[k].kind == LIST_ITEM for k in range(blocks[0], blocks[-1] + 1)):
        step, uneven = 1, False  # one unbroken list: each of its items is a unit (paragraphs may go on one unit)
    if uneven:
        return openers
    if any(_like(doc, k, kinds, set()) for x, y in zip(blocks, blocks[1:]) for k in range(x + 1, y) if (k - x) % step):
        return openers  # a block of the units' kind off the step: no regular layout
    whole = _whole(openers, doc)
    found = set(blocks)
    added: list[int] = []
    for x, y in zip(blocks, blocks[1:]):
        added += [k for k in range(x + step, y, step) if _like(doc, k, kinds, separators)]
    if len(openers) >= MIN_RUN:
        for direction, edge in ((-1, blocks[0]), (1, blocks[-1])):
            k = edge + direction * step
            # the blocks inside the step hold none of the units' kind
            while _like(doc, k, kinds, separators) and not any(
                    _like(doc, j, kinds, set()) for j in range(min(k, k - direction * step) + 1, max(k, k - direction * step))):
                added.append(k)
                k += direction * step
    if not added:
        return openers
    out = list(openers) + [(k, *_name(doc, k, whole)) for k in added if k not in found]
    return sorted(out)
