"""Dated events: a sentence with a date and an event cue ("Konference proběhne 24. října
2011 v Miláně"). Dates under a duration, start, end or publication cue are not events."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.dates import end_before_start, find_ranges

NOT_EVENT = {"duration", "start", "end", "published", "since"}


@dataclass
class Event:
    date: str
    end: str | None
    place: str | None
    country: str | None
    description: str
    evidence: Evidence
    flags: list


def extract(ctx: Context) -> list[Event]:
    out = []
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, {"events"} | NOT_EVENT) if sent.start <= c.start < sent.end]
            if not any(c.key == "events" for c in cues) or any(c.key in NOT_EVENT for c in cues):
                continue
            ranges = find_ranges(sent.text, ctx.lex)
            if not ranges:
                continue
            r = ranges[0]
            places = [h for h in gazetteer.find(sent.text, ctx.lex) if h.kind in ("city", "region")]
            flags = [] if r.start.valid and (r.end is None or r.end.valid) else ["impossible-date"]
            if r.end is not None and end_before_start(r.start.iso, r.end.iso):
                flags.append("end-before-start")
            out.append(Event(
                date=r.start.iso, end=r.end.iso if r.end else None,
                place=places[0].name if places else None, country=places[0].cc if places else None,
                description=sent.text.strip(), evidence=ctx.evidence(sent.start, sent.end), flags=flags))
    return out


def published(ctx: Context) -> tuple[str, Evidence] | None:
    """The document's publication date ("Aktualita vydána dne: 26. 07. 2011")."""
    for i in ctx.indices:
        for cue in ctx.cues(i, {"published"}):
            tail = ctx.doc.text[cue.end:ctx.block(i).end]
            ranges = find_ranges(tail, ctx.lex)
            if ranges and ranges[0].span_start <= 4 and len(ranges[0].start.iso) == 10:
                r = ranges[0]
                return r.start.iso, ctx.evidence(cue.end + r.start.start, cue.end + r.start.end)
    return None
