"""A partner's name read on across the copula of its sentence: "Vi er Jammerbugt Kommune" (the
subject and the copula before the name), "Valga Vallavalitsus on projektiidee autor" (the copula
and its lower-case predicate after it).

No organisation's name holds its language's copula as a word of its own: where the copula
stands between a name and words that cannot be a name (lower-case words and stop words only),
the name is the other side, when it holds an organisation's type word (a clause such as
"Cooperation Agreements were signed" keeps no name). A copula between capitalised words on both sides ("Ludwig van
Beethoven Schule" on a Hungarian page, where "van" is the copula) is left alone.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner, reslice
from pipeline.regex_cache import compiled



def _lower_word(word: str) -> bool:
    """A word in lower case (a final stop or comma allowed): "projektiidee", "autor."."""
    w = word.rstrip(".,;:!")
    return w[:1].isalpha() and w == w.lower() and w != w.upper()


def _no_name(words: list[str], stop: set[str]) -> bool:
    """Words that name nothing: each lower-case or a stop word (a pronoun, an article)."""
    return bool(words) and all(_lower_word(w) or w.lower() in stop for w in words)


def cut_copula(p: Partner, ctx: Context) -> Partner:
    copulas = sorted((c for c in ctx.lex.cues.get("copula", []) if c.strip()), key=len, reverse=True)
    if not copulas or len(p.name.split()) < 3:
        return p
    alt = "|".join(re.escape(c) for c in copulas)
    stop = nlp.stop_words(ctx.lang)
    # the copula as words of their own, written in lower case (case-sensitive: "Es Far" is no "es")
    for m in compiled(rf"(?<=\s)(?:{alt})(?=\s)").finditer(p.name):
        before, after = p.name[:m.start()].split(), p.name[m.end():].split()
        if not before or not after:
            continue
        # "X on projektiidee autor": a name, then the copula and its predicate
        kept_before, kept_after = " ".join(before), " ".join(after)
        if any(w[:1].isupper() and w.lower() not in stop for w in before) and all(_lower_word(w) for w in after)\
                and has_org_word(kept_before):
            return reslice(p, 0, m.start(), ctx.doc.text)
        # "Vi er X", "city is X": a pronoun or a noun in lower case, then the copula and the name
        if len(before) <= 3 and _no_name(before, stop) and after[0][:1].isupper() and has_org_word(kept_after):
            return reslice(p, m.end(), len(p.name), ctx.doc.text)
    return p
