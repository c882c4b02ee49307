"""Split a document into one section per project.

A section starts at a heading or slide title that is a bare project name ("ClusterCOOP",
"CENTRAMO") when that stretch of the document carries project facts of its own (a budget,
duration or lead partner label). With fewer than two such headings the whole document is
one section.
"""
from __future__ import annotations

from pipeline import nlp
from pipeline.extractors.names import is_name_like
from pipeline.model import HEADING, Document, Section

FACT_CUES = {"budget_total", "budget", "duration", "lead_partner", "coordinator", "start", "end"}


def split(doc: Document) -> list[Section]:
    lang = doc.language or "en"
    heads = [i for i, b in enumerate(doc.blocks)
             if b.kind == HEADING and is_name_like(doc.block_text(b))]
    bounds = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(doc.blocks)
        if any(c.key in FACT_CUES for i in range(h, stop) for c in nlp.cues(doc.block_text(doc.blocks[i]), lang)):
            bounds.append(h)
    if len(bounds) < 2:
        return [Section(blocks=tuple(range(len(doc.blocks))),
                        heading=bounds[0] if bounds and _opens(doc, bounds[0]) else None)]
    sections = []
    for n, h in enumerate(bounds):
        start = 0 if n == 0 else h
        stop = bounds[n + 1] if n + 1 < len(bounds) else len(doc.blocks)
        sections.append(Section(blocks=tuple(range(start, stop)), heading=h))
    return sections


def _opens(doc: Document, h: int) -> bool:
    """A single name heading names the whole document only if it opens it."""
    return h == 0
