"""Where a candidate organisation stands in its sentence, read from structure rather than from a
phrase: the subject that opens a sentence on the project and on taking part."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.textnorm import LOWER, UPPER

MAX_OPENING_WORDS = 2  # "Die", "Het", "A", "La", "Also the": an article or two before the subject


def opens_sentence(start: int, sent, ctx: Context) -> bool:
    """The name is the sentence's subject by place: nothing but an article or another stop word
    before it ("Das X wird …", "NHL Stenden Hogeschool maakt …", "Saský zemský úřad … bude").
    A sentence of several clauses keeps this only for its first, so a name after a colon, a
    dash or a comma opening the sentence is not its subject."""
    before = ctx.doc.text[sent.start:start]
    if re.search(r"[,;:–—\-(\"„“«]", before):
        return False
    words = before.split()
    stop = nlp.stop_words(ctx.lang)
    return len(words) <= MAX_OPENING_WORDS and all(w.lower() in stop for w in words)



def name_goes_on(end: int, ctx: Context) -> bool:
    """A small word and a capitalised one right after the name ("Universitatea Politehnica din
    Timișoara", "Región Bílé Karpaty z Českej republiky"): the name, or its seat, goes on past the
    span, so the span's bounds are not to be trusted."""
    return bool(re.match(rf"\s+[{LOWER}]{{1,4}}\s+[{UPPER}]", ctx.doc.text[end:end + 40]))
