"""A partner named by its bare place name ("Jejkowice", "Služovice") where the text also writes it
with its municipality word as a name ("Gmina Jejkowice gościła …", "czeskiej Gminy Služovice",
"Comune di Bressanvido"): the typed form is the body's name, the bare one a short reference to
it, so the partner takes the typed form (in the nominative, as every partner name). The type
word must be capitalised, as in a name: "the municipality of X" in lower case describes it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner


@lru_cache(maxsize=None)
def _phrases(lang: str) -> tuple[str, ...]:
    """The page language's municipality words and phrases, and the single words of every other
    language (a Czech page names a Polish "Gmina"), with the page language's case forms of them."""
    from pipeline.extractors.partner_clean import _nominatives
    from pipeline.lexicons import languages, load
    own = set(load(lang).cues["municipality_nouns"])
    words = own | {w for other in languages() for w in load(other).cues["municipality_nouns"] if " " not in w}
    words |= {form for form, nom in _nominatives(lang).items() if nom in words}
    return tuple(sorted(words, key=len, reverse=True))


def typed_form(p: Partner, ctx: Context, nominative, locate) -> Partner:
    """p under its typed name when the text writes one; nominative is partner_clean._nominative,
    locate the country of a partner as its bare name gives it (a village the gazetteer knows)."""
    name = p.name
    if has_org_word(name) or not name[:1].isupper() or len(name.split()) > 3:
        return p
    alts = "|".join(re.escape(w) for w in _phrases(ctx.lang))
    for m in re.finditer(rf"(?<!\w)(?i:({alts}))\s+{re.escape(name)}(?!\w)", ctx.doc.text):
        if m.group(1)[:1].isupper():
            q = replace(p, name=ctx.doc.text[m.start():m.end()], start=m.start(), end=m.end(), flags=list(p.flags),
                        country=p.country or locate(p))
            return nominative(q, ctx)
    return p
