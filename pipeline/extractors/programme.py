"""Programme, funder and call, from labels ("Poskytovatel dotace: …") and from
phrases that introduce a programme name ("v rámci programu Central Europe"), or a
programme word right after or before a name ("programu Interreg V-A", "the Interreg
Alpine Space programme")."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.names import name_run


def labelled(ctx: Context, key: str) -> tuple[str, int, int] | None:
    for i in ctx.indices:
        found = ctx.label(i, {key})
        if found:
            _, start = found
            end = ctx.block(i).end
            value = ctx.doc.text[start:end].strip()
            if value:
                return value, start, end
    return None


def programme(ctx: Context) -> tuple[str, int, int] | None:
    found = labelled(ctx, "programme")
    if found:
        return found
    project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        for cue in ctx.cues(i, {"programme"}):
            bare = " " not in cue.text.strip()
            if bare and cue.text[:1].isupper():
                continue  # "Regionalnego Programu Operacyjnego …": part of a longer name
            run = name_run(text, cue.end - base, ctx.lang)
            if not run or run[0] - (cue.end - base) > 1:
                run = name_run(text, cue.start - base, ctx.lang, forward=False) if bare else None
                if run and cue.start - base - run[1] > 1:
                    run = None
            if not run:
                continue
            run = _without_stop_words(text, run, ctx.lang)
            value = text[run[0]:run[1]] if run else ""
            if not value or value.split()[0].lower() in project_words:
                continue
            # a bare programme word names a programme only beside a proper name:
            # several capitalised words, an acronym or a number ("Interreg V-A", "LIFE")
            if bare and len(value.split()) < 2 and not re.search(r"\d|[A-Z]{2,}", value):
                continue
            return value, run[0] + base, run[1] + base
    return None


def _without_stop_words(text: str, run: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """Drops a sentence-initial article or pronoun ("The Interreg …", "Das …")."""
    stop = nlp.stop_words(lang)
    start, end = run
    for tok in nlp.tokens(text[start:end], lang):
        if tok.text.lower() not in stop:
            return start + tok.start, end
    return None


def funder(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "funder")


def call(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "call")
