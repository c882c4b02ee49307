"""Projects a page counts and then presents one block each: "In de stuurgroep zijn vier
nieuwe projecten goedgekeurd:" then four paragraphs, each naming its project near its start
("Agropole Innovates (…) versterkt …", "In het project MSN Buitenrijden …", "Tot slot
bundelen in het project ERMWIC …").

The signal is the count: when the number of projects a block states equals the number of
paragraphs or list items right below it, and each of them names a project among its first
words (after a project cue, or as a name run opening the block, possibly after an article),
each block is one project, whatever phrasing each uses; so is each item of a list the
counting block announces with a colon when it holds exactly that many items, named or not
("… dva projekta iz Slovenije:" then two items). A block that names no project, or
a count that does not match the blocks, leaves the page to the other readers.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.model import LIST_ITEM, PARAGRAPH
from pipeline.section_names import (COUNT_GAP_WORDS, QUOTES, Opener, cue_names, label_value, looks_like_name, name_after,
                                    name_core)

OPENING_WORDS = 12  # a block presents its project among its first words
MAX_COUNT = 12
MIN_WORDS = 8  # a unit that presents a project says something of it


def project_count(ctx: Context, i: int) -> int:
    """The number of projects block i counts ("vier nieuwe projecten", "3 projects"), or 0.
    The noun after a number may be the singular's form ("dva projekta", "tri projekta"),
    as Slavic languages write it after two to four."""
    text = ctx.doc.text
    for cue in ctx.cues(i, {"projects_counted", "project_before", "project_after"}):
        start = ctx.sentence_at(i, cue.start).start
        for w in re.findall(r"[\w-]+", text[start:cue.start])[-COUNT_GAP_WORDS:]:
            n = int(w) if w.isdigit() and len(w) <= 2 else ctx.lex.number_words.get(w.lower(), 0)
            if 2 <= n <= MAX_COUNT:
                return n
    return 0


def _opening_name(ctx: Context, i: int) -> tuple[int, int] | None:
    """The project block i names among its first words: after a project cue, or a name run
    that opens the block (after a short article: "Het Healthy Building Movement wil …")."""
    b = ctx.block(i)
    text = ctx.doc.text
    words = list(re.finditer(r"\S+", text[b.start:b.end]))
    if len(words) < MIN_WORDS:
        return None
    limit = b.start + words[min(OPENING_WORDS, len(words)) - 1].end()
    for cue, (s, e) in cue_names(ctx, i, first=True):
        if s < limit:
            return s, e
    first = words[0].group(0)
    # a short title-case word first is an article ("Het", "Le", "Die", "The"): the name follows it
    article = len(first) <= 3 and first[:1].isupper() and first[1:].islower()
    starts = ([b.start + words[0].end()] if article else []) + [b.start]
    for pos in starts:
        span = name_after(text, pos - 1 if pos == b.start else pos, b.end, ctx.lang) if pos > 0 else None
        if span and span[0] < limit and not label_value(text[span[0]:span[1]], ctx.lang) \
                and looks_like_name(text[span[0]:span[1]], ctx.lang) and not any(
                c.start == span[0] for c in ctx.cues(i, {"project_before", "project_after", "project_other"})):
            return span
    return None


def _speaker(ctx: Context, e: int) -> bool:
    """The name opens a speaker's words, as transcripts write them ("Pavol Hudák, redaktor:
    „…“", "Anna Berg: "…""): a person, not a project."""
    return bool(re.match(rf"(?:,[^:\n]{{0,60}})?:\s*[{QUOTES}]", ctx.doc.text[e:e + 80]))


def counted_run_openers(ctx: Context) -> list[Opener]:
    """One opener per block of the first run of blocks whose number the block above them
    states, each naming its project near its start; or []."""
    n = len(ctx.doc.blocks)
    for c in ctx.indices:
        count = project_count(ctx, c)
        if not count or c + count >= n + 1:
            continue
        run = list(range(c + 1, c + 1 + count))
        if run[-1] >= n or any(ctx.block(j).kind not in (PARAGRAPH, LIST_ITEM) for j in run):
            continue
        found = [(j, *span) for j in run if (span := _opening_name(ctx, j))]
        if any(_speaker(ctx, e) for _, _, e in found):
            continue
        cores = {name_core(ctx.doc.text[s:e]) for _, s, e in found}
        if len(found) == count and len(cores) == count:
            return found
        if _announced_list(ctx, c, run) and len(cores) == len(found):
            # a list of exactly the items announced: each is a project, named or not
            named = {o[0]: o for o in found}
            return [named.get(j, (j, -1, -1)) for j in run]
    return []


def _announced_list(ctx: Context, c: int, run: list[int]) -> bool:
    """The counting block announces a list (it ends with a colon) and the list holds
    exactly the items counted, each long enough to present a project."""
    after = run[-1] + 1
    return ctx.text(c).rstrip().endswith(":") and all(
        ctx.block(j).kind == LIST_ITEM and len(ctx.text(j).split()) >= MIN_WORDS for j in run) and (
        after >= len(ctx.doc.blocks) or ctx.block(after).kind != LIST_ITEM)
