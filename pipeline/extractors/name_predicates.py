"""A project's name as the predicate of a copula, without quotes.

"Het meest recente project is Life Delta, dat …", "o outro projeto aprovado é o BIOPOLIS, do
…", "One of the projects is GreenWay." A project word is the subject (at most two words
before the copula, in its clause); the name follows the copula, perhaps after an article
(only before a coined name: "é o BIOPOLIS"), and ends its clause: a comma, a bracket, a full
stop. A capitalised run that goes on into the sentence ("is Responsible for …") is no name.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_evidence import PROJECT_WORDS
from pipeline.extractors.name_text import is_name_like, name_run
from pipeline.textnorm import LOWER

MAX_WORDS = 6
ROLE_WORDS = {"partners", "partner_predicate", "lead_partner", "coordinator"}
_ARTICLE = re.compile(rf"[^\S\n]+[{LOWER}]{{1,3}}(?=[^\S\n])")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,;(]|\.(?:\s|$)|$)")


def predicate_names(ctx: Context, i: int) -> list[tuple[int, int]]:
    """(start, end) in block i of each name that follows a copula whose subject is a project word."""
    text = ctx.text(i)
    base = ctx.block(i).start
    out = []
    for cop in ctx.cues(i, {"copula"}):
        pos = cop.end - base
        if not _subject(ctx, i, cop.start - base):
            continue
        for at, coined_only in ((pos, False), (_after_article(text, pos), True)):
            if at is None:
                continue
            start = at + len(text[at:]) - len(text[at:].lstrip(" \t"))
            run = name_run(text, start, ctx.lang)
            if not run or run[0] != start or len(text[run[0]:run[1]].split()) > MAX_WORDS:
                continue
            name = text[run[0]:run[1]]
            if coined_only and not is_name_like(name) or not _CLAUSE_END.match(text, run[1]):
                continue
            out.append(run)
            break
    return out


def _after_article(text: str, pos: int) -> int | None:
    m = _ARTICLE.match(text, pos)
    return m.end() if m else None


def _subject(ctx: Context, i: int, cop: int) -> bool:
    """A project word ends at most two words before the copula, in the copula's clause."""
    text = ctx.text(i)
    base = ctx.block(i).start
    clause = max(text.rfind(c, 0, cop) for c in ".;:!?\n") + 1
    if any(clause <= c.start - base < cop for c in ctx.cues(i, ROLE_WORDS)):
        return False  # "Našim partnerom v projekte je X": the predicate names a partner
    if any(clause <= c.start - base < cop for c in ctx.cues(i, {"project_next"})):
        return False  # "o outro projeto aprovado é o X": one more project, not the one the text is about
    for c in ctx.cues(i, PROJECT_WORDS):
        between = text[c.end - base:cop]
        if clause <= c.start - base and c.end - base <= cop and len(between.split()) <= 2 and not re.search(r"[,;:]", between):
            return True
    return False
