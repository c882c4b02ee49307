"""The country of a project for which nothing else names one: the page's own country, when
the page is written in a national language and names no country but (at most) one of
those whose language it is.

A page in Finnish, Maltese or Swedish about a project of a local authority, school or
region rarely writes "Finland" beside it: the place names it gives are too small for a
gazetteer, and the reader knows the country from the language. Annotators list that
country (329 projects of the gold set list only their page's country, against 104 with
none), so a project left with no country takes it. A page that names a foreign country
may be about a project abroad or a partnership across borders, and English is written
everywhere: there the rule says nothing.

The page's own side of a partnership across borders: a page that lists the partners abroad
by country ("students from Greece, Portugal and Spain", "partner schools in Kinvarra in
Ireland and Ustka in Poland") rarely counts its own country among them, yet it locates its
own side by a town, region or the country's name ("PALERMO – the school of Palermo",
"Tallinna Tehnikaülikool", "in Villanueva Mesía … Diputación de Granada"). When every
country found is foreign to the page's language and the project's text names a place of
one of that language's countries, that country takes part too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.extractors.partner_home import municipality_type_words, page_country
from pipeline.lexicons import LINGUA_FRANCA, home_countries, load
from pipeline.regex_cache import compiled

# what locates the page's own side: a place or the country's name (an adjective alone is
# often the language's name: "en français", "на русском")
OWN_SIDE_KINDS = ("country", "city", "region")
WINDOW = 4  # words a municipality's name and a foreign country after it take ("obec Lipník z Itálie")


def default_countries(ctx: Context, found: list[str]) -> list[str]:
    """`found` when it holds a country (with the page's own side of a partnership across
    borders), else the page's own country if it has one."""
    if ctx.lang == LINGUA_FRANCA:
        return found
    if found:
        return found + own_side(ctx, found)
    code = page_country(ctx)
    return [code] if code else []


@lru_cache(maxsize=4)
def _home_places(text: str, lang: str) -> tuple[gazetteer.Hit, ...]:
    """Places and country names of the language's own countries in the text (cached: every
    section of a document asks about the same text)."""
    home = home_countries(lang)
    return tuple(h for h in gazetteer.find(text, load(lang)) if h.cc in home and h.kind in OWN_SIDE_KINDS
                 and not _common_word(h.text, text))


def _common_word(word: str, text: str) -> bool:
    """A one-word place the text also writes in lower case is a word of the language there
    too ("Gaur", Basque "today", opening a sentence); a web address is no word ("palermo.it")."""
    return " " not in word and bool(compiled(rf"(?<![\w./@-]){re.escape(word.lower())}(?!\w|[./@-]\w)").search(text))


def own_side(ctx: Context, found: list[str]) -> list[str]:
    """The one country of the page's language that the project's blocks locate by a place
    or its name, when every country found is foreign."""
    if set(found) & home_countries(ctx.lang):
        return []
    spans = [(ctx.block(i).start, ctx.block(i).end) for i in ctx.indices]
    codes = {h.cc for h in _home_places(ctx.doc.text, ctx.lang) if any(s <= h.start < e for s, e in spans)}
    codes |= {cc for i in ctx.indices for cc in _typed_municipalities(ctx.text(i), ctx)}
    return [codes.pop()] if len(codes) == 1 else []


def _typed_municipalities(text: str, ctx: Context) -> set[str]:
    """Countries of the language's own that municipalities named with its type word lie in
    ("општина Прилеп", "Gmina Żarów"), however small, unless a foreign country follows the
    name ("obec Lipník z Itálie": a place of that country)."""
    home = home_countries(ctx.lang)
    out = set()
    before, after = municipality_type_words(ctx.lang)
    windows = [m.group() for w in before for m in compiled(rf"(?<!\w){re.escape(w)}(?:\s+\S+){{1,{WINDOW}}}", re.I).finditer(text)]
    windows += [m.group() for w in after for m in compiled(rf"(?:\S+\s+){{1,{WINDOW}}}{re.escape(w)}(?!\w)(?:\s+\S+){{0,{WINDOW}}}", re.I).finditer(text)]
    for window in windows:
        cc = gazetteer.municipality_in_name(window)
        if cc in home and not any(h.kind == "country" and h.cc not in home for h in gazetteer.find(window, ctx.lex)):
            out.add(cc)
    return out
