"""A headline written in capitals is no source of names: where every letter is a capital, the
capitals that mark a name mark nothing ("150 BULGARIAN RESEARCH BODIES RUN HORIZON PROJECTS")."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import Partner
from pipeline.model import LIST_ITEM, TABLE_ROW

MIN_WORDS = 5  # a shorter capitalised line may be a name alone ("UNIVERSITY OF ZAGREB")


def shouted(text: str) -> bool:
    """One clause (no comma, semicolon or colon: not a list of names in capitals) of five words
    or more with letters, none of them lower-case."""
    words = [w for w in text.split() if re.search(r"[^\W\d_]", w)]
    return len(words) >= MIN_WORDS and not any(c.islower() for c in text) and not re.search(r"[,;:]", text)


def in_shouted_line(p: Partner, ctx: Context) -> bool:
    """The partner was read from a paragraph line written all in capitals (a headline)."""
    for i in ctx.indices:
        b = ctx.block(i)
        if b.start <= p.start < b.end:
            if b.kind in (LIST_ITEM, TABLE_ROW):
                return False
            line_start = ctx.doc.text.rfind("\n", b.start, p.start) + 1 or b.start
            line_end = ctx.doc.text.find("\n", p.start, b.end)
            return shouted(ctx.doc.text[max(line_start, b.start):line_end if line_end >= 0 else b.end])
    return False
