"""Quotations: the pairs of quotation marks Europe's languages write, and the one reader of a
quotation's span every stage uses (names, titles, programmes, sections, quoted amounts).

A quotation opens with a mark of the table and closes with a mark that pairs with it and ends
a word; a quotation inside it ("Centrum Euroregionu „Tatry“", "Biblioteca “Ioan Munteanu” …")
is kept whole, even when one mark closes both. An apostrophe inside a word ("l'acqua",
"project's") opens no quotation.
"""
from __future__ import annotations

from dataclasses import dataclass

# Each opening mark -> the closing marks it pairs with in some language's usage: „…“ „…” (cs
# de sk pl hu ro bg …), “…” (en it es pt …), ”…” (sv fi), «…» (fr it es ru el …), »…« (de da
# sl hr …), ‚…‘ and ‚…’, ‹…› and ›…‹ (fr de, single), "…" and '…' as typed, ,,…” (two commas
# for „). "˝" (double acute) stands for a quotation mark in Slovenian and Croatian text typed on
# those keyboards.
QUOTES = {"„": "“”\"˝", "“": "”“\"″", "˝": "˝”“", "”": "”", "\"": "\"“”″", "«": "»", "»": "«",
          "‚": "‘’'", "‘": "’", "‹": "›", "›": "‹", ",,": "”“\"", "'": "'’"}
# every single-character mark of the table, for a character class ("[„“”…]")
QUOTE_MARKS = "".join(dict.fromkeys(c for pair in QUOTES.items() for c in "".join(pair) if c != ","))
MAX_QUOTED = 300  # characters a quotation holds at most
_OPENERS = sorted(QUOTES, key=len, reverse=True)  # ",," before ","-less marks


@dataclass(frozen=True)
class Quote:
    """One quotation: its opening mark at `open`, its words at start:end (spaces inside
    trimmed), its closing mark at `close`."""

    open: int
    start: int
    end: int
    close: int


def opening_mark(text: str, pos: int) -> str | None:
    """The quotation mark that opens a quotation at pos, or None (an apostrophe in a word)."""
    mark = next((q for q in _OPENERS if text.startswith(q, pos)), None)
    if mark == "'" and (pos and text[pos - 1].isalnum() or not text[pos + 1:pos + 2].isalnum()):
        return None  # "the project's …" is an apostrophe, not a quotation
    return mark


def quotation(text: str, pos: int, stop: int | None = None, *, skip: bool = True) -> Quote | None:
    """The quotation that opens at pos (with `skip`, after spaces: "s názvom" at a line's end,
    the quotation on the next line), closed before `stop`; None when none opens there."""
    stop = len(text) if stop is None else min(stop, len(text))
    while skip and pos < stop and text[pos] in " \t\n" and text[pos:pos + 2] != "\n\n":
        pos += 1
    mark = opening_mark(text, pos) if pos < stop else None
    if not mark:
        return None
    start = pos + len(mark)
    depth, last_close = 0, None
    marks = set(QUOTE_MARKS)  # opening and closing marks: ’ closes ‘…’ but opens nothing
    for end in range(start + 1, min(stop, start + MAX_QUOTED)):
        ch = text[end]
        if ch == "\n":
            break
        if ch not in marks:
            continue
        after_word = end + 1 < len(text) and text[end + 1].isalnum()
        if after_word and text[end - 1] in " \t(":
            depth += 1  # an inner quotation opens
        elif not after_word and ch in QUOTES[mark] or depth and not after_word:
            if depth:
                depth -= 1
                last_close = end
                continue
            return _trimmed(text, pos, start, end)
    if last_close is not None:
        return _trimmed(text, pos, start, last_close + 1)  # one mark closed both quotations
    return None


def _trimmed(text: str, opening: int, start: int, close: int) -> Quote | None:
    inner = text[start:close]
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    return Quote(opening, start + lead, start + lead + len(inner), close) if inner else None


def quoted_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the words inside a quotation that opens at pos (spaces skipped)."""
    q = quotation(text, pos)
    return (q.start, q.end) if q else None


def quotation_before(text: str, close: int, lo: int = 0) -> Quote | None:
    """The quotation whose closing mark stands at `close` ("„X“ címmel"), opened at or after
    `lo`; None when that mark closes none."""
    opening = max(text.rfind(q, lo, close) for q in QUOTES)
    q = quotation(text, opening, skip=False) if opening >= lo else None
    return q if q and q.close == close else None


def quoted_before(text: str, close: int) -> tuple[int, int, int] | None:
    """(offset of its opening mark, start, end of its words) of the quotation closed at `close`."""
    q = quotation_before(text, close)
    return (q.open, q.start, q.end) if q else None


def quotation_ending(text: str, lo: int, hi: int) -> Quote | None:
    """The quotation that closes text[lo:hi] but for spaces ("„Sport” nevű": the text before
    the phrase)."""
    close = len(text[:hi].rstrip()) - 1
    return quotation_before(text, close, lo) if close >= lo and text[close] in QUOTE_MARKS else None


def quotations(text: str, start: int, end: int) -> list[Quote]:
    """Every quotation that opens and closes in text[start:end], in the order they open; those
    inside another too (a quoted speech that quotes the names: „… «A», cu 27.320 euro …”).
    A mark that closed a quotation opens none."""
    out: list[Quote] = []
    closing: set[int] = set()
    for pos in range(start, end):
        if pos in closing or not (text[pos] in QUOTE_MARKS or text.startswith(",,", pos)):
            continue
        q = quotation(text, pos, end, skip=False)
        if q:
            out.append(q)
            closing.add(q.close)
    return out
