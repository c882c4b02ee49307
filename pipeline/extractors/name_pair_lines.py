"""A line of its own that is nothing but a long name and its short form ("German-Danish
Innovation – GDI", "Coöperatie-Initiatief Noord (CIN)", "CIN – Coöperatie-Initiatief Noord"),
the short form's letters being the long form's initials: the line titles a project, wherever
it stands on the page (under a menu, a programme's banner or a lead-in that announces the
projects). Read only when nothing else names the section's project: the shape is sure, but
an organisation is written the same way, so a long form with an organisation's type word,
a programme's or a fund's name is none."""
from __future__ import annotations

import re

from pipeline.extractors.acronym_pairs import pairs
from pipeline.extractors.context import Context
from pipeline.extractors.name_headline import not_project
from pipeline.extractors.name_text import initials_cover, is_name_like
from pipeline.lexicons import org_words
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import fold

Found = tuple[str, int, int]

PAIR_LINE_WORDS = 12  # a line that only pairs two forms of a name is short
# "Long Form Words – LFW": the short form after a spaced dash, closing the line
_LONG_DASH_SHORT = re.compile(r"(?P<long>[^\W\d_][^()\n:;]*?)[^\S\n]+[–—-][^\S\n]+(?P<short>[^\W_][\w&+'’@!-]{1,24})[^\S\n]*$")


def pair_line_name(ctx: Context) -> Found | None:
    """The short form of the one line in the section that only pairs it with its long form."""
    found = []
    for i in ctx.indices:
        if ctx.block(i).kind not in (HEADING, PARAGRAPH):
            continue  # (list items and table rows list organisations as often as projects)
        raw = ctx.text(i)
        text = raw.strip()
        if not text or "\n" in text or len(text.split()) > PAIR_LINE_WORDS:
            continue
        base = ctx.block(i).start + raw.find(text)
        pair = _whole_line_pair(ctx, text)
        if pair:
            (s, e), long = pair
            found.append((text[s:e], base + s, base + e))
    return found[0] if len(found) == 1 else None


def _whole_line_pair(ctx: Context, text: str) -> tuple[tuple[int, int], str] | None:
    """(the short form's span, the long form) when the line is only the two."""
    for p in pairs(text, ctx.lang):
        lo, hi = min(p.short[0], p.long[0]), max(p.short[1], p.long[1])
        if text[:lo].strip(" \"“”„«»") or text[hi:].strip(" )\"“”„«»."):
            continue
        short, long = text[p.short[0]:p.short[1]], text[p.long[0]:p.long[1]]
        if _project_pair(ctx, short, long):
            return p.short, long
    m = _LONG_DASH_SHORT.fullmatch(text)
    if m and _project_pair(ctx, m.group("short"), m.group("long")) and initials_cover(m.group("short"), m.group("long")):
        return m.span("short"), m.group("long")
    return None


def _project_pair(ctx: Context, short: str, long: str) -> bool:
    """A coined short form (an acronym, a capital inside it) of a long form of two words or
    more opening with a capital, neither a programme's nor an organisation's."""
    return (is_name_like(short) and len(long.split()) >= 2 and long[:1].isupper()
            and not not_project(ctx, short, long) and not _org_head(long))


def _org_head(long: str) -> bool:
    """The long form ends with an organisation's type word ("Regional Development Agency"):
    not_project reads its first words, where Romance and Slavic languages put it."""
    words = re.findall(r"\w+", fold(long))
    return bool(words) and words[-1] in org_words()
