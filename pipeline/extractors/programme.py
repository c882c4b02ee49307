"""Programme, funder and call, from labels ("Poskytovatel dotace: …") and from
phrases that introduce a programme name ("v rámci programu Central Europe")."""
from __future__ import annotations

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
            if " " not in cue.text.strip():
                continue  # a bare "programme" inline names nothing; only as a label
            run = name_run(text, cue.end - base, ctx.lang)
            if not run or run[0] - (cue.end - base) > 1:
                continue
            value = text[run[0]:run[1]]
            if value.split()[0].lower() in project_words:
                continue
            return value, run[0] + base, run[1] + base
    return None


def funder(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "funder")


def call(ctx: Context) -> tuple[str, int, int] | None:
    return labelled(ctx, "call")
