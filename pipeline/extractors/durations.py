"""Start and end dates (and duration) of a project, from duration / start / end cues,
and the founding year of a cluster ("istnieje od 2013 r.")."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.dates import end_before_start, find_ranges


@dataclass
class Period:
    start: str | None = None
    end: str | None = None
    evidence: Evidence | None = None
    flags: list[str] = field(default_factory=list)


def extract(ctx: Context, name: str | None) -> Period:
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, {"duration", "start", "end"}) if sent.start <= c.start < sent.end]
            if not cues:
                continue
            ranges = [r for r in find_ranges(sent.text, ctx.lex) if sent.start + r.span_start >= cues[0].start]
            if not ranges:
                continue
            r = ranges[0]
            period = Period(evidence=ctx.evidence(sent.start + r.span_start, sent.start + r.span_end))
            if r.end is not None:
                period.start, period.end = r.start.iso, r.end.iso
            elif cues[0].key == "end":
                period.end = r.start.iso
            else:
                period.start = r.start.iso
            _check(period, r)
            return period
    if name:
        return _since(ctx, name)
    return Period()


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
        if d is not None and not d.valid:
            period.flags.append("impossible-date")
    if end_before_start(period.start, period.end):
        period.flags.append("end-before-start")
