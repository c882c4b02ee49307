"""A title written together with the project's name in one quotation or one short line.

A text that names a project by its short name often writes the short name and the long
title as one unit, joined by a spaced dash or a colon: '“Wandern im Erzgebirge im Herzen
Europas – EURORANDO 2026“', '„Recomine-SN-CZ-Plus – Aufbau einer … Kooperationsstrategie“',
'“Access2Sea: Nuevas oportunidades para …”', or a line 'OLIVICOLTURA – Scenari Futuri …'.
The unit is read by its form alone; the name already read decides which side is the
title. A quotation is evidence on its own; an unquoted unit must be a whole line, short,
with no sentence's final stop, be read after every other form, and say nothing of an event ("CLUSTRAT – Final conference
in Brno" names a meeting, not the project).
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_text import quoted_at
from pipeline.textnorm import QUOTE_MARKS

Found = tuple[str, int, int]
MIN_TITLE_WORDS = 3  # a title spells out something; two words are a tagline or a place
MAX_LINE_WORDS = 25  # a line longer than this is a sentence, not a title line


def title_of(unit: str, name: str, colon: bool = True) -> tuple[int, int] | None:
    """(start, end) of the title in a unit that writes the name and the title joined by a
    spaced dash or (if `colon`) a colon, either way round ("NAME – Title", "NAME: Title",
    "Title – NAME"); None when the unit is not so made. A table row's closing bar is no part
    of it ("EU4ART - Alliance for … |")."""
    unit_s = unit.strip().rstrip("| ")
    lead = len(unit) - len(unit.lstrip())
    m = re.fullmatch(re.escape(name) + (r"(?:[^\S\n]*:|[^\S\n]+[–—-])" if colon else r"[^\S\n]+[–—-]")
                     + r"[^\S\n]+(\S.*)", unit_s) \
        or re.fullmatch(r"(.*?\S)[^\S\n]+[–—-][^\S\n]+" + re.escape(name), unit_s)
    if not m:
        return None
    title = m.group(1).rstrip(" ,;")
    # (a title in parts joined by more dashes is a headline: "X – Kick-off – Brno")
    # (nor a line that holds a web address: a page's header or footer, "… (c) http://…")
    if len(re.findall(r"[^\W\d_]{2,}", title)) < MIN_TITLE_WORDS or name in title or re.search(r"[^\S\n][–—][^\S\n]", title) \
            or re.search(r"https?://|www\.|©|\([cC]\)", title):
        return None
    return lead + m.start(1), lead + m.start(1) + len(title)


def _quotations(text: str):
    """(start, end) of the inside of each quotation in text."""
    pos = 0
    while pos < len(text):
        k = next((j for j in range(pos, len(text)) if text[j] in QUOTE_MARKS or text.startswith(",,", j)), None)
        if k is None:
            return
        q = quoted_at(text, k)
        if q:
            yield q
            pos = q[1] + 1
        else:
            pos = k + 1


def _event_line(ctx: Context, i: int) -> bool:
    return bool(ctx.cues(i, {"events"}))


def quoted_together(ctx: Context, name: str) -> Found | None:
    """A quotation that writes the name and the title joined by a dash or a colon."""
    for i in ctx.indices:
        text = ctx.text(i)
        if name not in text:
            continue
        base = ctx.block(i).start
        for s, e in _quotations(text):
            found = title_of(text[s:e], name)
            if found:
                return text[s + found[0]:s + found[1]], base + s + found[0], base + s + found[1]
    return None


def _units(text: str, cells: bool):
    """(start, end) of each line of text, or of each cell of its table rows ("| a | b |")."""
    pos = 0
    for line in text.split("\n"):
        if not cells:
            yield pos, pos + len(line)
        elif line.count("|") >= 2:
            at = pos
            for cell in line.split("|"):
                yield at, at + len(cell)
                at += len(cell) + 1
        pos += len(line) + 1


def _unit_together(ctx: Context, name: str, cells: bool) -> Found | None:
    for i in ctx.indices:
        text = ctx.text(i)
        if name not in text or not cells and "\n" in text.strip():
            continue
        for s, e in _units(text, cells):
            unit = text[s:e]
            if name not in unit or len(unit.split()) > MAX_LINE_WORDS or unit.rstrip().endswith((".", "!", "?", ";")):
                continue
            found = title_of(unit, name, colon=False) if not _event_line(ctx, i) else None
            if found:
                base = ctx.block(i).start
                return unit[found[0]:found[1]], base + s + found[0], base + s + found[1]
    return None


def cell_together(ctx: Context, name: str) -> Found | None:
    """A table cell that holds the name and the title joined by a spaced dash: "| UNITE! -
    University Network for Innovation, Technology and Engineering |"."""
    return _unit_together(ctx, name, cells=True)


def line_together(ctx: Context, name: str) -> Found | None:
    """A block of one line that writes the name and the title joined by a spaced dash (a
    colon after a name on a line opens a headline's sentence: "X : lancement d’un projet …")."""
    return _unit_together(ctx, name, cells=False)
