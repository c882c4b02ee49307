"""Organisation-type nouns as counted nouns: "envolve seis municípios portugueses e galegos",
"sdružuje 10 univerzit", "W skład ENHANCE wchodzi 7 europejskich uczelni". A project page
counts its partners by their type as often as by the word "partners"; the type words are
the language's organisation words (the `org_words` list that tells an organisation's name
from a person's), read as stems: a word that opens with one of five letters or more
("município" in "municípios", "univerzit" in "univerzit"). Shorter stems ("kar", "ens",
"zš") open too many other words. Only read where no partner or school noun states the
count (see counts.extract)."""
from __future__ import annotations

from functools import lru_cache

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.lexicons import _read_toml, languages
from pipeline.textnorm import fold

KEY = "org_type_nouns"
MIN_STEM = 5  # letters a stem needs to be read as the opening of a word


@lru_cache(maxsize=None)
def _stems(lang: str) -> tuple[str, ...]:
    if lang not in languages():
        return ()
    words = _read_toml(lang).get("org_words", [])
    return tuple(sorted({fold(w) for w in words if " " not in w and len(w) >= MIN_STEM}, key=len, reverse=True))


def org_type_nouns(ctx: Context, i: int, toks) -> list[nlp.CueMatch]:
    """Cue matches (key KEY) for the lower-case words of block i that open with an
    organisation stem of the page's language; a capitalised one opens a name ("Universidade
    do Minho"), except where every noun is capitalised."""
    stems = _stems(ctx.lang)
    if not stems:
        return []
    base = ctx.block(i).start
    out = []
    for t in toks:
        if not t.text.isalpha() or t.text[0].isupper() and not ctx.lex.nouns_capitalised:
            continue
        low = fold(t.text)
        if any(low.startswith(s) for s in stems):
            out.append(nlp.CueMatch(KEY, base + t.start, base + t.end, t.text))
    return out
