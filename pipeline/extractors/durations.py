"""Start and end dates and the stated duration of a project, from duration / start / end
cues, and the founding year of a cluster ("istnieje od 2013 r.").

A range under a duration or start cue gives both ends; a lone date under a start or end
cue gives that end. The duration in months comes only from a stated number and unit
("36 měsíců", "Laufzeit: 3 Jahre", "a 24-month project"), never from the dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.dates import end_before_start, find_ranges


@dataclass
class Period:
    start: str | None = None
    end: str | None = None
    months: int | None = None
    evidence: Evidence | None = None
    months_evidence: Evidence | None = None
    flags: list[str] = field(default_factory=list)


def extract(ctx: Context, name: str | None) -> Period:
    period = Period()
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, {"duration", "start", "end"}) if sent.start <= c.start < sent.end]
            if not cues:
                continue
            if period.months is None and any(c.key == "duration" for c in cues):
                _months(ctx, sent, cues[0].start, period)
            if period.start and period.end:
                continue
            ranges = [r for r in find_ranges(sent.text, ctx.lex) if sent.start + r.span_start >= cues[0].start]
            if not ranges:
                continue
            r = ranges[0]
            ev = ctx.evidence(sent.start + r.span_start, sent.start + r.span_end)
            if r.end is not None:
                if period.start or period.end:
                    continue
                period.start, period.end = r.start.iso, r.end.iso
            else:
                key = _nearest_key(cues, sent.start + r.span_start)
                if key == "end" and period.end is None:
                    period.end = r.start.iso
                elif key != "end" and period.start is None:
                    period.start = r.start.iso
                else:
                    continue
            period.evidence = period.evidence or ev
            _check(period, r)
    if name and not (period.start or period.end):
        since = _since(ctx, name)
        period.start, period.evidence = since.start, since.evidence
    if end_before_start(period.start, period.end) and "end-before-start" not in period.flags:
        period.flags.append("end-before-start")
    return period


def _nearest_key(cues, offset: int) -> str:
    """The cue closest before a date decides whether it starts or ends the project."""
    before = [c for c in cues if c.start <= offset]
    return (before[-1] if before else cues[0]).key


_UNIT_PATTERNS: dict[str, re.Pattern] = {}  # per language, built once like the money patterns


def _unit_pattern(ctx: Context) -> re.Pattern:
    """A number (digits or a number word) and a duration unit: "36 měsíců", "24-month"."""
    if ctx.lex.lang not in _UNIT_PATTERNS:
        units = sorted(ctx.lex.duration_units, key=lambda w: (-len(w), w))
        words = sorted(ctx.lex.number_words, key=lambda w: (-len(w), w))
        number = r"\d{1,3}" + ("|" + "|".join(re.escape(w) for w in words) if words else "")
        unit = "|".join(re.escape(u) for u in units)
        _UNIT_PATTERNS[ctx.lex.lang] = re.compile(
            rf"(?<![\w.,])(?P<n>{number})[\s\u00a0-]?(?P<u>{unit})(?!\w)", re.IGNORECASE)
    return _UNIT_PATTERNS[ctx.lex.lang]


def _months(ctx: Context, sent, after: int, period: Period) -> None:
    if not ctx.lex.duration_units:
        return
    offset = after - sent.start
    for m in _unit_pattern(ctx).finditer(sent.text):
        if m.start() < offset:
            continue
        n = m.group("n")
        value = int(n) if n.isdigit() else ctx.lex.number_words.get(n.lower())
        if value:
            period.months = value * ctx.lex.duration_units[m.group("u").lower()]
            period.months_evidence = ctx.evidence(sent.start + m.start(), sent.start + m.end())
        return


def _since(ctx: Context, name: str) -> Period:
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            if name not in sent.text:
                continue
            for cue in ctx.cues(i, {"since"}):
                if not sent.start <= cue.start < sent.end:
                    continue
                ranges = find_ranges(ctx.doc.text[cue.end:sent.end], ctx.lex)
                if ranges and ranges[0].span_start <= 2 and ranges[0].end is None:
                    r = ranges[0]
                    return Period(start=r.start.iso, evidence=ctx.evidence(cue.start, cue.end + r.span_end))
    return Period()


def _check(period: Period, r) -> None:
    for d in (r.start, r.end):
        if d is not None and not d.valid and "impossible-date" not in period.flags:
            period.flags.append("impossible-date")
