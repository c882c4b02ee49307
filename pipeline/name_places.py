"""The country of a town or region that an organisation's name holds in a case form of its
language ("Tampereen kaupunki", "Biržų savivaldybė", "Valgas pašvaldība", "Δήμος
Θεσσαλονίκης", "Skånes universitetssjukhus").

Each capitalised word of the name is looked up as it stands and with a case ending of the
language put back to the nominative ending it replaced ([place_nominatives] in the cue file:
Lithuanian "ų" -> "ai", Greek "ης" -> "η", Finnish "een" -> "e"). Europe has thousands of
villages whose names are words or people's names, so a place counts only when its country is
one the document names, or, on a page that names none, one whose language the page is in;
and a word the page also writes in lower case, a stop word or a type word is no place. The
name must hold an organisation-type word or an acronym: capitalised words alone are as often
a person's name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer
from pipeline.lexicons import Lexicon, data_entry, home_countries, org_words, places
from pipeline.regex_cache import compiled
from pipeline.textnorm import fold

MIN_WORD = 5  # letters a word must have to name a place ("Gaur", "Budai", "Lapa" are words)
MIN_BASE = 4  # letters the nominative put back must keep


@lru_cache(maxsize=None)
def _nominatives(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[place_nominatives]: a case ending and the nominative endings it replaces, the longest
    case ending first; every language also tries the word as it stands."""
    table = data_entry(lang, "place_nominatives", {}) or {}
    pairs = [(k, tuple(v) if isinstance(v, list) else (v,)) for k, v in table.items()]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


def forms(word: str, lang: str) -> list[str]:
    """The word and the nominatives its case endings may stand for ("Biržų" -> "Biržai")."""
    out = [word]
    for ending, noms in _nominatives(lang):
        if word.endswith(ending) and len(word) > len(ending):
            base = word[:-len(ending)]
            out += [base + nom for nom in noms if len(base + nom) >= MIN_BASE]
    return out


def _place_codes(form: str) -> set[str]:
    """Countries of the town, city, region or village the form names whole."""
    info = places().get(form)
    if info and info.get("name") == form:  # a place by its own name, not another language's
        return {info["cc"]}
    cc = gazetteer.small_place(form) or _region_heads().get(form)
    return {cc} if cc else set()


@lru_cache(maxsize=1)
def _region_heads() -> dict[str, str | None]:
    """Regions of two words whose second is their type, in lower case ("Skåne län", "Alytaus
    apskritis", "Aizkraukles novads"), by their first word: the region's own name, which
    organisations write without the type ("Region Skåne", "Alytaus kolegija"). None where
    two countries share it."""
    out: dict[str, str | None] = {}
    for name, info in places().items():
        words = name.split()
        if info.get("kind") == "region" and info.get("name") == name and len(words) == 2 \
                and words[0].isalpha() and words[1].isalpha() and words[1].islower() and len(words[0]) >= MIN_WORD:
            out[words[0]] = info["cc"] if out.get(words[0], info["cc"]) == info["cc"] else None
    return out


def _town_codes(form: str) -> set[str]:
    """The country of the town or city of 15,000 people or more the form names whole, in
    its own name or in Latin letters for Cyrillic ("община Бургас")."""
    info = places().get(form) or places().get(gazetteer.latin(form))
    if info and info.get("kind", "city") == "city":
        return {info["cc"]}
    cc = gazetteer.town_name(form)
    return {cc} if cc else set()


def _not_a_place(word: str, lex: Lexicon, text: str) -> bool:
    from pipeline import nlp
    low = word.lower()
    return len(word) < MIN_WORD or not word[:1].isupper() or word.isupper() or not word.isalpha() \
        or low in nlp.stop_words(lex.lang) or fold(word) in org_words() or fold(word) in gazetteer.place_type_words(lex.lang) \
        or bool(text) and bool(compiled(rf"(?<![\w./@-]){re.escape(low)}(?!\w|[./@-]\w)").search(text))


def place_in_name(name: str, lex: Lexicon, named: frozenset[str], text: str = "") -> str | None:
    """The one country whose town or region (in any case form of the page's language) a
    partner's name holds, of a country the page names or whose language it is in (the
    town is what states the country; the page's countries only keep out words and people's
    names that are also some village's: "Ivo Pilar", "Česka Skalica"). None when none or two
    countries fit."""
    from pipeline.extractors.partner_names import has_org_word
    if not (has_org_word(name) or re.search(r"\b[A-Z]{2,}\b", name)):
        return None  # a run of capitalised words is as often a person ("Pedro Marín Cots")
    allowed = set(named) | set(home_countries(lex.lang))
    codes: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", name):
        if _not_a_place(word, lex, text):
            continue
        if towns := _town_codes(word):
            codes |= towns
            continue
        # the word's nominatives, and the genitive a region's head may keep ("Västernorrlands län")
        for form in forms(word, lex.lang) + [word + e for e, noms in _nominatives(lex.lang) if "" in noms]:
            found = _place_codes(form)
            if found:
                codes |= found
                break
        else:  # a name two countries share, told apart by the page's countries ("Valgas pašvaldība")
            codes |= {cc for form in forms(word, lex.lang) if (cc := gazetteer.shared_village(form, allowed))}
    # places of two countries: two organisations in one name, or a word that is no place
    return codes.pop() if len(codes) == 1 and codes <= allowed else None
