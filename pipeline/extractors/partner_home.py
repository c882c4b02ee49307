"""A partner's country read from the page's own country: a municipality the page names with
its own language's type word ("Općina Đurmanec" on a Croatian page, "Csesztreg Község
Önkormányzata" on a Hungarian one, "Gmina Świerklany" on a Polish one), on a page that
names no country but those whose language it is written in.

Small villages are missing from any gazetteer, and a page about a domestic project rarely
writes its country's name beside its own town hall; but a municipality named with the type
word of the page's language, on a page that speaks of no other country, is one of that
country. A page that names a foreign country may name its partners across the border in the
page's language ("Garamkövesd Község Önkormányzata", a Hungarian village of Slovakia), so
there the rule says nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.lexicons import _read_toml, home_countries, languages, load_single
from pipeline.regex_cache import compiled


@lru_cache(maxsize=None)
def municipality_type_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words a language writes before a municipality's name, words it writes after it)."""
    if lang not in languages():
        return (), ()
    cues = load_single(lang).cues
    return tuple(cues["municipality_nouns"]), tuple(cues["municipality_after"])


def typed_municipality(name: str, lang: str) -> bool:
    """The name is a municipality named with a type word of `lang` and its place: the type word
    before a capitalised word ("Općina Đurmanec", "Gmina Świerklany", "Comune di Lienz") or,
    where the language puts it after, right after one ("Rákóczibánya Község Önkormányzata")."""
    before, after = municipality_type_words(lang)
    for word in before:
        m = compiled(rf"(?<!\w){re.escape(word)}\s+(\S)", re.I).search(name)
        if m and m.group(1).isupper():
            return True
    for word in after:
        m = re.search(rf"(\S+)\s+{re.escape(word)}(?!\w)", name, re.I)
        if m and m.group(1)[:1].isupper():
            return True
    return False


def page_country(ctx: Context) -> str | None:
    """The one country a page is about when it names no other: the one it names of those
    whose language it is written in, or, naming none, the first of them (Croatian's Croatia
    before Bosnia, German's Germany before Austria)."""
    named = ctx.named_countries
    if named:
        return next(iter(named)) if len(named) == 1 and named <= home_countries(ctx.lang) else None
    home = _read_toml(ctx.lang).get("home_countries", []) if ctx.lang in languages() else []
    return home[0] if home else None


def home_municipality(name: str, ctx: Context) -> str | None:
    """The page's own country for a municipality it names with its own language's type word,
    unless the gazetteer places that municipality in another country."""
    if not typed_municipality(name, ctx.lang) or not (code := page_country(ctx)):
        return None
    known = gazetteer.municipality_in_name(name)
    return code if known in (None, code) else None
