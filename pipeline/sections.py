"""Split a document into one section per project.

A section starts at a heading or slide title that is a bare project name ("ClusterCOOP",
"CENTRAMO") when that stretch of the document carries project facts of its own (a budget,
duration or lead partner label). With no such headings, a news item about several projects
is split at paragraphs that each introduce a new project in their first sentence and state
a fact about it. Otherwise the whole document is one section.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.names import candidates, is_name_like, project_named_in
from pipeline.lexicons import load
from pipeline.model import HEADING, PARAGRAPH, Document, Section

FACT_CUES = {"budget_total", "budget", "duration", "lead_partner", "coordinator", "start", "end"}
# in prose an amount's cue ("Investitionen", "Förderung") is the usual fact
PROSE_FACT_CUES = FACT_CUES | {"budget_eu", "budget_other", "partner_nouns"}


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
        prose = _prose_bounds(doc, lang)
        if len(prose) >= 2 and not bounds:
            return [Section(blocks=tuple(range(0 if n == 0 else b, prose[n + 1] if n + 1 < len(prose) else len(doc.blocks))))
                    for n, b in enumerate(prose)]
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


def _prose_bounds(doc: Document, lang: str) -> list[int]:
    """Paragraphs that each introduce a different project in their first sentence ("Das
    Projekt „Smart Production“ umfasst …", "Auch das Projekt Brückenpark II erhält …") and
    carry a project fact before the next one: a news item about several projects."""
    opens: list[tuple[int, str]] = []
    lex = load(lang)
    for i, b in enumerate(doc.blocks):
        if b.kind != PARAGRAPH:
            continue
        sents = nlp.sentences(doc.block_text(b), lex)
        name = project_named_in(sents[0].text, lang) if sents else None
        # a project named earlier in the document is not introduced here
        if name and not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text[:b.start]):
            opens.append((i, name))
    bounds = [i for n, (i, _) in enumerate(opens)
              if _has_fact(doc, i, opens[n + 1][0] if n + 1 < len(opens) else len(doc.blocks), lang)]
    # the text before the first such paragraph is a project of its own when it names one
    # ("Unter dem Namen „MEDUWA Vecht(e)“ …") and states a fact about it
    if bounds and bounds[0] > 0 and _has_fact(doc, 0, bounds[0], lang):
        ctx = Context(doc, Section(blocks=tuple(range(bounds[0]))))
        if candidates(ctx):
            bounds.insert(0, 0)
    return bounds


def _has_fact(doc: Document, start: int, stop: int, lang: str) -> bool:
    """A fact cue, or an amount of money ("rund 800.000 Euro"), in blocks start..stop."""
    currencies = load(lang).currencies
    for j in range(start, stop):
        text = doc.block_text(doc.blocks[j])
        if any(c.key in PROSE_FACT_CUES for c in nlp.cues(text, lang)):
            return True
        toks = [t.text.lower() for t in nlp.tokens(text, lang)]
        if any(t in currencies and n and any(ch.isdigit() for ch in " ".join(toks[max(0, n - 3):n]))
               for n, t in enumerate(toks)):
            return True
    return False
