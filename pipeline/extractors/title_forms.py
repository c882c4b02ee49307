"""A project's long title written beside its short name in running text.

Each reader needs the short name already read and a form that says the words are its title:
a quotation right after or right before the name ('Projekt MATun “Svět materiálů – Univerzity
spolu”', '„Cross-border cooperation in …“ Team-Cardio-Prevent'), a quotation followed by the
name in brackets or after an acronym label ('«European Literacy …» («ELICIT-PLUS»)', '”…” –
acronim: CBC – HOSPEQUIP'), the name's expansion after a word that says so ('Across, acronimo
di “European university …”', 'X, the acronym for …', 'X steht für …'), or the name, a spaced
dash and words whose initials spell it ('BNIP – Belgian Nature Integrated Project, Belgio').
A quotation is evidence on its own; unquoted words must spell the acronym. The words that
introduce an expansion live in the [names] table of each language's cue file ("stands_for").
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_text import cue_re, initials_cover, name_cues, quoted_at, quoted_before, written

Found = tuple[str, int, int]
# a quotation's opening and closing marks as the name readers know them
_OPEN = "„“\"«‚‘»"
_CLOSE = "“”\"»«’‘″"


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _at(ctx: Context, i: int, s: int, e: int) -> Found:
    base = ctx.block(i).start
    return ctx.text(i)[s:e], base + s, base + e


def quoted_beside(ctx: Context, name: str) -> Found | None:
    """A quotation of some words set right beside the name, on its line: after it ('Projekt
    MATun “Svět materiálů – Univerzity spolu”', 'The EmpInno Monitor S3 “EmpInno Monitoring …”
    project') or before it, the name perhaps in brackets, quoted, or after an acronym label
    ('„Cross-border cooperation …“ Team-Cardio-Prevent', '«European Literacy …» («ELICIT-PLUS»)',
    '”Îmbunătățirea …” – acronim: CBC – HOSPEQUIP')."""
    label = cue_re(ctx.lang, "acronym").pattern
    for i in ctx.indices:
        text = ctx.text(i)
        for m in written(name).finditer(text):
            # (a quoted name's own closing mark passed over: '„MATun“ „Svět …“', '« X » (…)')
            own = re.match(r"[^\S\n]?[" + _CLOSE + "]", text[m.end():]) if re.search(r"[" + _OPEN + r"][^\S\n]?$", text[:m.start()]) else None
            after = m.end() + (own.end() if own else 0)
            q = quoted_at(text, after) if re.match(r"[^\S\n]*[" + _OPEN + "]", text[after:]) else None
            if q and _words(text[q[0]:q[1]]) >= 2 and name not in text[q[0]:q[1]]:
                return _at(ctx, i, *q)
            # before the name: the closing mark, then perhaps a bracket, a quote or an acronym label
            before = re.search(r"[" + _CLOSE + r"][^\S\n]*(?:[-–—,][^\S\n]*)?(?:(?:" + label + r")[^\S\n]*:?[^\S\n]*)?"
                               r"(?:\([^\S\n]*[" + _OPEN + r"]?[^\S\n]*)?$", text[:m.start()], re.I)
            if not before:
                continue
            bracketed = "(" in before.group(0)
            if bracketed and not re.match(r"[^\S\n]*[" + _CLOSE + r"]?[^\S\n]*\)", text[m.end():]):
                continue
            q = quoted_before(text, before.start())
            if q and _words(text[q[1]:q[2]]) >= 3 and name not in text[q[1]:q[2]]:
                return _at(ctx, i, q[1], q[2])
    return None


def expansion(ctx: Context, name: str) -> Found | None:
    """The name's expansion after a word that says the name abbreviates it: 'Across, acronimo di
    “European university for cross-border knowledge sharing”', 'CLIMA (short for Climate Innovation
    Alliance)'. A quotation is taken whole; unquoted words must spell the name."""
    if not name_cues(ctx.lang).get("stands_for"):
        return None
    cue = cue_re(ctx.lang, "stands_for")
    for i in ctx.indices:
        text = ctx.text(i)
        for m in written(name).finditer(text):
            cm = re.match(r"[^\S\n]*[" + _CLOSE + r"]?[^\S\n]*[,(]?[^\S\n]*", text[m.end():])
            c = cue.match(text, m.end() + cm.end())
            if not c:
                continue
            pos = c.end()
            q = quoted_at(text, pos)
            if q and _words(text[q[0]:q[1]]) >= 2:
                return _at(ctx, i, *q)
            run = _plain_title(text, pos)
            if run and initials_cover(name, text[run[0]:run[1]]):
                return _at(ctx, i, *run)
    return None


def _plain_title(text: str, pos: int) -> tuple[int, int] | None:
    """Unquoted title words from pos to the clause's end (a comma, a bracket, a full stop, a
    line's end, another spaced dash); a title written in Title Case ends at its last capitalised
    word ("Cluster Transnaţional … Energiei Regenerabile şi finanţat prin …")."""
    while pos < len(text) and text[pos] in " \t:":
        pos += 1
    m = re.match(r"[^,;()\n.!?]+?(?=[^\S\n]*(?:[,;()\n!?]|\.(?:\s|$)|[^\S\n][-–—][^\S\n]|$))", text[pos:])
    if not m:
        return None
    words = m.group(0).split()
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    if len(caps) >= 3 and len(caps) * 2 >= len(words[:caps[-1] + 1]):
        words = words[:caps[-1] + 1]
    if not 2 <= len(words) <= 25 or not words[0][:1].isalpha():
        return None
    end = pos
    for w in words:  # the last kept word's end, each word found after the one before it
        end = text.index(w, end) + len(w)
    return pos, end


def spelled_after_dash(ctx: Context, name: str) -> Found | None:
    """The name, a spaced dash and words whose initials spell it, in running text or a list:
    'BNIP – Belgian Nature Integrated Project, Belgio', 'Sub-proiectului TREC – Cluster
    Transnaţional în Domeniul Energiei Regenerabile şi …'."""
    if len(re.sub(r"\W", "", name)) < 3:
        return None
    for i in ctx.indices:
        text = ctx.text(i)
        for m in written(name).finditer(text):
            d = re.match(r"[^\S\n]+[-–—][^\S\n]+(?=[^\W\d_])", text[m.end():])
            if not d:
                continue
            run = _plain_title(text, m.end() + d.end())
            if run and _words(text[run[0]:run[1]]) >= 3 and initials_cover(name, text[run[0]:run[1]]):
                return _at(ctx, i, *run)
    return None


def title_beside(ctx: Context, name: str) -> Found | None:
    return quoted_beside(ctx, name) or expansion(ctx, name) or spelled_after_dash(ctx, name)
