"""The two countries a cross-border programme's name joins with a dash, where the page's own
lexicon does not read them: codes of two or three letters ("INTERREG SLO-HR", "HUN-SRB")
and country names in the other country's language, as bilingual programme names write them
("Italia-Slovenija", "Deutschland-Nederland")."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer
from pipeline.country_codes import long_codes
from pipeline.lexicons import iso_countries, languages, load_single
from pipeline.textnorm import fold

# three-letter codes Europe's programmes and sport write for countries (ISO 3166 alpha-3 and
# the older vehicle and Olympic codes: "SLO", "CRO", "GER")
ALPHA3 = {k: v for k, v in long_codes().items() if len(k) == 3}
MAX_NAME_WORDS = 3  # "Rzeczpospolita Polska", "Bivša Jugoslavenska Republika"
_DASH = re.compile(r"\s?[-–—]\s?")


@lru_cache(maxsize=1)
def _all_names() -> dict[str, str]:
    """Folded country names of every language's lexicon -> code; a name two countries bear in
    different languages is left out."""
    out: dict[str, str | None] = {}
    for lang in languages():
        for name, cc in load_single(lang).countries.items():
            out[name] = cc if out.get(name, cc) == cc else None
    return {k: v for k, v in out.items() if v}


def country_named(word: str) -> str | None:
    """The country a capitalised word names in any language's lexicon ("Slovenija", "Russia")."""
    return _all_names().get(fold(word)) if word[:1].isupper() else None


def _code(word: str) -> str | None:
    """The country of a code written in capitals: ISO alpha-2 ("HR", "UK") or a three-letter one."""
    if not re.fullmatch(r"[A-Z]{2,3}", word):
        return None
    if len(word) == 3:
        return ALPHA3.get(word)
    cc = gazetteer.ISO_ALIASES.get(word, word)
    return cc if cc in iso_countries() else None


def _phrase(words: list[str]) -> str | None:
    """The country the words name as a whole: a code alone, or a capitalised name."""
    if len(words) == 1 and (cc := _code(words[0])):
        return cc
    return _all_names().get(fold(" ".join(words))) if words and words[0][:1].isupper() else None


def country_phrase(words: list[str]) -> str | None:
    """The country a few words name as a whole ("Republika Słowacka", "SK"), in any language."""
    return _phrase(words)


def dashed_pair(text: str) -> list[str]:
    """The two countries of the one dash in text that joins two countries ("SLO-HR",
    "Italia-Slovenija", "Rzeczpospolita Polska – Česká republika"); none where a third
    country is dashed on ("Eesti – Läti – Vene", a programme of three)."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+", text)]
    plain = [w for _, _, w in words]
    sides = []
    for n in range(len(words) - 1):
        if not _DASH.fullmatch(text[words[n][1]:words[n + 1][0]]):
            continue
        span = range(MAX_NAME_WORDS, 0, -1)
        left = next((cc for k in span if n + 1 - k >= 0 and (cc := _phrase(plain[n + 1 - k:n + 1]))), None)
        right = next((cc for k in span if n + 1 + k <= len(plain) and (cc := _phrase(plain[n + 1:n + 1 + k]))), None)
        if left and right:
            sides.append((left, right))
    if len(sides) != 1 or sides[0][0] == sides[0][1]:
        return []
    return list(sides[0])
