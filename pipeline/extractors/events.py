"""Dated events: a sentence with a date and an event cue ("Konference proběhne 24. října
2011 v Miláně"), or a dateline under a heading that names an event ("Mezinárodní
projektové setkání" / "Dobrzejewice, Polsko, 20. - 21. listopadu 2014").

Dates under a duration, start or end label, or in a sentence with a publication or
founding cue, are not events; nor are two bare years ("Interreg 2021-2027"), which name a
programme period. A day and month without a year ("am 27. September") is read in the
year that puts it nearest the page's publication date."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.model import HEADING, Evidence
from pipeline.normalise.dates import DateRange, end_before_start, find_ranges

NOT_EVENT = {"duration", "start", "end", "published", "since"}
# cues that rule out an event anywhere in their sentence; the others only as labels
ALWAYS_NOT_EVENT = {"published", "since"}
# a dateline is short: a place, a country and a date
DATELINE_WORDS = 10
# where a page puts its own date
HEAD_BLOCKS = 6


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
    pub = published(ctx)
    ref = pub[0] if pub else None
    out = []
    for n, i in enumerate(ctx.indices):
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, {"events"} | NOT_EVENT) if sent.start <= c.start < sent.end]
            if not any(c.key == "events" for c in cues):
                if not cues and n and _dateline(ctx, ctx.indices[n - 1], sent):
                    out += _event(ctx, sent, ref)
                continue
            if any(c.key in ALWAYS_NOT_EVENT or c.key in NOT_EVENT and ctx.is_label(i, c) for c in cues):
                continue
            out += _event(ctx, sent, ref)
    return out


def _event(ctx: Context, sent, ref: str | None) -> list[Event]:
    ranges = [r for r in find_ranges(sent.text, ctx.lex, ref) if not _years(r)]
    if not ranges:
        return []
    r = ranges[0]
    places = [h for h in gazetteer.find(sent.text, ctx.lex) if h.kind in ("city", "region")]
    flags = [] if r.start.valid and (r.end is None or r.end.valid) else ["impossible-date"]
    if r.end is not None and end_before_start(r.start.iso, r.end.iso):
        flags.append("end-before-start")
    return [Event(
        date=r.start.iso, end=r.end.iso if r.end else None,
        place=places[0].name if places else None, country=places[0].cc if places else None,
        description=sent.text.strip(), evidence=ctx.evidence(sent.start, sent.end), flags=flags)]


def _years(r: DateRange) -> bool:
    """Two bare years ("2021-2027") are a programme or project period, not an event."""
    return r.end is not None and r.start.precision == "year" and r.end.precision == "year"


def _dateline(ctx: Context, prev: int, sent) -> bool:
    """A short block of a place and a date right under a heading with an event cue."""
    block_text = sent.text.strip()
    if ctx.block(prev).kind != HEADING or len(block_text.split()) > DATELINE_WORDS:
        return False
    if not ctx.cues(prev, {"events"}) or ctx.cues(prev, NOT_EVENT):
        return False
    ranges = find_ranges(block_text, ctx.lex)
    if not ranges or ranges[0].start.precision != "day":
        return False
    head = block_text[:ranges[0].span_start]
    return bool(head.strip(" ,")) and all(h.kind in ("city", "region", "country")
                                          for h in gazetteer.find(head, ctx.lex)) and bool(gazetteer.find(head, ctx.lex))


def published(ctx: Context) -> tuple[str, Evidence] | None:
    """The document's publication date ("Aktualita vydána dne: 26. 07. 2011"), or a day
    alone on its line near the top of the page ("24.10.2018", "vom 17.10.2024")."""
    for i in ctx.indices:
        for cue in ctx.cues(i, {"published"}):
            tail = ctx.doc.text[cue.end:ctx.block(i).end]
            ranges = find_ranges(tail, ctx.lex)
            if ranges and ranges[0].span_start <= 4 and len(ranges[0].start.iso) == 10:
                r = ranges[0]
                return r.start.iso, ctx.evidence(cue.end + r.start.start, cue.end + r.start.end)
    for i in ctx.indices[:HEAD_BLOCKS]:
        text = ctx.text(i)
        ranges = find_ranges(text, ctx.lex)
        if len(ranges) != 1 or ranges[0].end is not None or ranges[0].start.precision != "day":
            continue
        d = ranges[0].start
        if len(text[:d.start].split()) <= 1 and not text[d.end:].strip(" .,|"):
            base = ctx.block(i).start
            return d.iso, ctx.evidence(base + d.start, base + d.end)
    return None
