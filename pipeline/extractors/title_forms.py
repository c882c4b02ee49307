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
from pipeline.extractors.name_evidence import expanded_names
from pipeline.extractors.name_text import cue_re, initials_cover, plain_title, quoted_at, quoted_before, written

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
            # (or after a comma, in apposition: 'P.A.T.H, “Promuovere l’Attrattività …”', or a
            # colon: 'Be-Xyl: “Beyond Xylella, …”')
            lead = re.match(r"[^\S\n]*([,:][^\S\n]*)?(?=[" + _OPEN + "])", text[after:])
            q = quoted_at(text, after + lead.end()) if lead else None
            if q and _words(text[q[0]:q[1]]) >= (3 if lead.group(1) else 2) and name not in text[q[0]:q[1]]:
                return _at(ctx, i, *q)
            # a quoted name, a spaced dash and a capitalised clause: '„Fairy Tale Bridges“ - Pohádkové
            # mosty přes Evropu, což je …' (a translation or a long form of the name)
            dash = re.match(r"[^\S\n]+[-–—][^\S\n]+(?=[^\W\d_])", text[after:]) if own else None
            clause = re.match(r"[^,;.!?()\n„“”\"«»]+", text[after + dash.end():]) if dash else None
            if clause and clause.group(0)[:1].isupper() and 2 <= len(clause.group(0).split()) <= 12:
                s = after + dash.end()
                return _at(ctx, i, s, s + len(clause.group(0).rstrip()))
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
    Alliance)'. A quotation is taken whole; unquoted words must spell the name. The name reader
    reads the same pairs (`name_evidence.expanded_names`); this is its title for a name."""
    for i in ctx.indices:
        for c in expanded_names(ctx, i):
            if c.name == name and c.title:
                return c.title
    return None


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
            run = plain_title(text, m.end() + d.end())
            if run and _words(text[run[0]:run[1]]) >= 3 and initials_cover(name, text[run[0]:run[1]]):
                return _at(ctx, i, *run)
    return None


def title_beside(ctx: Context, name: str) -> Found | None:
    return quoted_beside(ctx, name) or expansion(ctx, name) or spelled_after_dash(ctx, name)
