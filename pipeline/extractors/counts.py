"""Stated counts: "Die 25 Partner … umfassen 11 verschiedene Länder", "liczy 20 członków".
A number (digits or a number word) followed within two words by a counted noun."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context

NOUNS = {"partner_nouns": "partners", "country_nouns": "countries", "member_nouns": "members"}


def _value(token: str, ctx: Context) -> int | None:
    if re.fullmatch(r"\d{1,4}", token):
        return int(token)
    return ctx.lex.number_words.get(token.lower())


def extract(ctx: Context) -> dict[str, tuple[int, int, int]]:
    """kind -> (count, start, end); the first statement of each kind wins."""
    found: dict[str, tuple[int, int, int]] = {}
    for i in ctx.indices:
        base = ctx.block(i).start
        toks = nlp.tokens(ctx.text(i), ctx.lang)
        for cue in ctx.cues(i, set(NOUNS)):
            kind = NOUNS[cue.key]
            if kind in found:
                continue
            before = [t for t in toks if t.end <= cue.start - base][-3:]
            for t in reversed(before):
                value = _value(t.text, ctx)
                if value is not None:
                    found[kind] = (value, t.start + base, cue.end)
                    break
    return found
