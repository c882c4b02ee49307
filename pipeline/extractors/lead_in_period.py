"""A start date a lead-in sentence gives several projects at once ("The three projects, which
started on 1 March 2020, …", "implementând cu 1 septembrie 2017 trei proiecte …"): the
sentence speaks of projects in the plural, and a start word, or a verb of carrying out with a
"from" word or a day, dates them. Each project the page reports after it, and which states
no period of its own, started then.

The sentence is read by structure (a plural project word, a start cue, a date after it in the
same sentence), not by phrasing; it must come before the projects it governs.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extractors.context import Context
from pipeline.extractors.durations import _preposition
from pipeline.model import Document, Section
from pipeline.normalise.dates import find_ranges

PLURAL_KEYS = {"project_plural", "projects_counted"}
START_KEYS = {"start", "implemented"}
MAX_GAP_WORDS = 4  # "started on 1 March 2020", "implementând cu 1 septembrie 2017"


@dataclass(frozen=True)
class LeadIn:
    offset: int  # where the sentence starts: it governs the projects opened after it
    start: str
    evidence_start: int
    evidence_end: int


def lead_ins(doc: Document, pub: str | None = None) -> list[LeadIn]:
    """The sentences of the page that date several projects at once."""
    out: list[LeadIn] = []
    for i in range(len(doc.blocks)):
        ctx = Context(doc, Section(blocks=(i,)))
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i) if sent.start <= c.start < sent.end]
            if not any(c.key in PLURAL_KEYS for c in cues):
                continue
            starts = [c for c in cues if c.key in START_KEYS]
            for r in find_ranges(sent.text, ctx.lex, pub, nearest=False):
                offset = sent.start + r.span_start
                cue = next((c for c in reversed(starts) if c.end <= offset
                            and len(doc.text[c.end:offset].split()) <= MAX_GAP_WORDS), None)
                if cue is None or r.end is not None:
                    continue
                said = _preposition(ctx, doc.text[cue.end:offset])
                if said == "end" or cue.key != "start" and said != "start" and r.start.precision != "day":
                    continue  # a verb of carrying out dates a start only with "from" or a day
                out.append(LeadIn(sent.start, r.start.iso, offset, sent.start + r.span_end))
                break
    return out


def governed(lead: LeadIn, opening: int, lead_ins_: list[LeadIn]) -> bool:
    """The project opened at `opening` comes after the lead-in, with no other lead-in between."""
    return lead.offset < opening and not any(lead.offset < o.offset < opening for o in lead_ins_)
