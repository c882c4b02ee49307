"""A project name that is only a place: a country or region in any case form of the page's
language ("Latvijas", "Norður-Írlands", "Svíþjóðar") or one word that is a town of the
language's own country ("Legrad", "Sárbogárd", "Mazsalacas"). Such a word is read where a
sentence says where a project works, or where a municipality signs; it names no project."""
from __future__ import annotations

from pipeline import gazetteer, name_places
from pipeline.lexicons import home_countries


def place_only(name: str, lex, text: str = "") -> bool:
    core = name.strip(" .,;:-–—")
    if not core or core.isupper() or not core[:1].isupper():
        return False  # an acronym in capitals ("LIFE", "BEST") is coined, not a place
    hits = gazetteer.find(core, lex)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(core) and hits[0].kind in ("country", "region"):
        return True
    if " " in core or not core.replace("-", "").isalpha():
        return False
    # a town counts only in the language's own country: Europe's villages are also words ("Best", "Force")
    home = set(home_countries(lex.lang))
    codes = name_places._town_codes(core) | set().union(*[name_places._place_codes(f) for f in name_places.forms(core, lex.lang)])
    return bool(codes) and codes <= home
