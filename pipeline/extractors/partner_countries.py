"""A partner's country: codes, names, adjectives and places in or after its name."""
from __future__ import annotations

import re

from pipeline import gazetteer
from pipeline.country_codes import code_country
from pipeline.extractors.context import Context
from pipeline.lexicons import minority_words, org_words
from pipeline.textnorm import UPPER, fold
from pipeline.extractors.partner_record import DASH_TAIL, PAREN
from pipeline.regex_cache import compiled


def country_of(text: str, ctx: Context) -> str | None:
    hits = gazetteer.find(text, ctx.lex, adjectives=True, codes=True)
    # a code inside a name is an acronym ("TZ Općine Sali", "IT Centre"); a country code ends it
    hits = [h for h in hits if h.kind != "iso" or not re.search(r"\w", text[h.end:])]
    # a legal form that is spelt like a code ends the name as its form, not its country
    # ("Regionaalhaigla SA", "Cofi AS": Estonia's foundation and company, not Saudi Arabia, American Samoa)
    hits = [h for h in hits if h.kind != "iso" or not _legal_form_code(text, h.start)]
    # a place named like an organisation word is that word ("Grad Novska", "Centar za …": a
    # Slovenian municipality and a Skopje district in Croatian names)
    hits = [h for h in hits if h.kind not in ("region", "city") or not _org_word(h.text)]
    hits = [h for h in hits if h.kind not in ("country", "adjective")
            or not _minority_after(text[h.end:]) and not _minority_before(text[:h.start])]
    places = {h.cc for h in hits if h.kind in ("region", "city")}
    if len(places) > 1 and not any(h.kind in ("iso", "country") for h in hits):
        # places of two countries: a body across their border ("Békés-Bihor Eurorégió",
        # "Zgorzelec/Görlitz"), unless its legal form is one country's law ("Spolek Aš-Selb, z. s.")
        from pipeline.extractors.partner_locate import legal_form_countries
        narrowed = places & legal_form_countries(text)
        return narrowed.pop() if len(narrowed) == 1 else None
    for kind in ("iso", "country", "region", "city", "adjective"):
        for h in hits:
            if h.kind == kind:
                return _own_municipality(text, h.cc) if kind in ("region", "city") else h.cc
    return None


def _own_municipality(text: str, cc: str) -> str:
    """A municipality named with a type word of a language whose countries hold a place of that
    name is that place, not another country's region or town of the same name: "Grad Križevci"
    and "Općina Vinica" are Croatia's, not Slovenia's municipality Križevci or North Macedonia's
    Vinica ("Občina Križevci" is Slovenia's, "Comune di Lienz" Austria's: Italy has no Lienz)."""
    from pipeline.extractors.partner_home import municipality_type_words, typed_municipality
    from pipeline.lexicons import home_countries, languages
    own = frozenset(c for lang in languages() if any(municipality_type_words(lang))
                    and typed_municipality(text, lang) for c in home_countries(lang))
    if not own or cc in own:
        return cc
    place = gazetteer.municipality_in_name(text, own)
    return place if place in own else cc


def _legal_form_code(text: str, start: int) -> bool:
    """The letters at `start` (an unbracketed code that ends the name) are a legal form."""
    from pipeline.extractors.partner_locate import legal_form_countries
    return text[start - 1:start] != "(" and bool(legal_form_countries(text[start:].strip()))


def _minority_after(rest: str) -> bool:
    """A national minority's word within three words after a country or its adjective
    ("Hrvatska samouprava …", "madžarska samoupravna narodna skupnost"): the body is the
    minority's, in another country."""
    return _minority_words_open([fold(w) for w in re.findall(r"[^\W\d_]+", rest)])


def _minority_before(head: str) -> bool:
    """A national minority's word right before the adjective, as languages that put the
    adjective after its noun write it ("Comunità Nazionale Italiana", "minoría húngara",
    "della nazionalità italiana")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", head)]
    return any(_minority_words_open(words[n:]) for n in range(max(0, len(words) - 3), len(words)))


def _minority_words_open(words: list[str]) -> bool:
    """The words open with a minority's word: a word with an ending among the first three, a
    phrase among the first few."""
    for m in minority_words():
        if m.endswith("*"):
            if any(w.startswith(m[:-1]) for w in words[:3]):
                return True
        elif f" {m} " in " " + " ".join(words[:2 + len(m.split())]) + " ":
            return True
    return False


def _org_word(word: str) -> bool:
    """An organisation word of any language, or one with an ending of at most three letters
    after a stem of four letters or more ("Gradsko" after "grad")."""
    low = fold(word)
    return low in org_words() or any(low.startswith(w) and len(w) >= 4 and len(low) - len(w) <= 3 for w in org_words())


def country_name(text: str, ctx: Context) -> str | None:
    """The country a whole string names: "DE", "UK", "Německo", "(Turecko)"."""
    inner = text.strip(" ()")
    hits = gazetteer.countries_in(inner, ctx.lex)
    if hits and hits[0].text == inner:
        return hits[0].cc  # the language's names and aliases first: "SR" is Slovakia in Slovak
    # "Р. Македонија", "R. Srbija", "Rep. Hrvatska": "Republic" abbreviated before the name
    short = re.match(r"[^\W\d_]{1,3}\.[^\S\n]+", inner)
    if short and hits and hits[0].start == short.end() and hits[0].end == len(inner) and hits[0].kind == "country":
        return hits[0].cc
    code = gazetteer.ISO_ALIASES.get(inner, inner)
    if re.fullmatch(r"[A-Z]{2}", code) and code in gazetteer.iso_countries():
        return code
    return code_country(inner)  # "SVN", "SLO", "CRO": alpha-3, vehicle and Olympic codes


def ends_with_country(text: str, ctx: Context) -> bool:
    text = text.rstrip(" .,;")
    m = PAREN.search(text)
    if m and m.end() == len(text) and country_name(m.group(1), ctx):
        return True
    m = DASH_TAIL.search(text)
    return bool(m and country_name(m.group(1), ctx))


def country_tail(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a trailing country starts and its code: "X, Slovak Republic", "Belene z
    Bułgarii", "Legacy17 from Sweden", "… Laboratorium uit Vlaanderen" (after "from" a
    region or city will do; "University in Košice" is a name)."""
    text = text.rstrip(" .,;")
    m = re.search(r",\s+([^,]+)$", text)
    if m and (code := country_name(m.group(1), ctx)):
        return m.start(), code
    for word in ctx.lex.cues["origin"]:
        m = compiled(rf"\s+{re.escape(word)}\s+(\S+(?:\s\S+)?)$", re.I).search(text)
        # after a single word a city is part of the name: "Universitatea din Oradea"; so it is
        # after a type word whose town belongs to the name ("Universitatea Politehnica din Timișoara")
        head = text[:m.start()].split() if m else []
        own_town = any(w.lower() in ctx.lex.cues["seat_in_name"] for w in head)
        if m and (code := country_name(m.group(1), ctx) or len(head) >= 2 and not own_town and place(m.group(1), ctx)):
            return m.start(), code
        if m and len(head) >= 2 and (code := _adjective_and_town(m.group(1), ctx)):
            return m.start(), code  # "Justus-von-Liebig Schule z německého Mannheimu"
    return len(text), None


def _adjective_and_town(text: str, ctx: Context) -> str | None:
    """The country of "a lower-case country adjective, then a capitalised place name":
    "německého Mannheimu", "polského Opole" (a town named by its country's adjective)."""
    words = text.split()
    if len(words) != 2 or not words[0].islower() or not words[1][:1].isupper():
        return None
    hits = gazetteer.find(words[0], ctx.lex, adjectives=True)
    adjective = hits[0].cc if len(hits) == 1 and hits[0].kind == "adjective" else None
    town = place(words[1], ctx)
    return adjective if adjective and town in (None, adjective) else town if adjective is None and town else None


def place_and_country(text: str, ctx: Context) -> str | None:
    """The country of "City, Country" or "City" alone, as a bracket after a name gives them."""
    head, _, last = text.rpartition(",")
    if head.strip() and (code := country_name(last.strip(), ctx)) and place(head.strip(), ctx):
        return code
    words = re.split(r"[\s,;/–—-]+", text.strip())
    if len(words) <= 4 and re.fullmatch(r"[A-Z]{2}", words[-1]) and (code := country_name(words[-1], ctx)):
        return code  # "(Creta – GR)", "(Trier / DE)"
    return place(text, ctx)


def labelled_country(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a labelled country after a name starts, and its code: "Hogyes Endre Gimnazium &
    Country: HU", "X; Land: Deutschland" (a one-word label, then only a country), "X • AUSTRIA"."""
    m = re.search(r"\s*[&,;|–—-]\s*[^\W\d]+\s*:\s*([^:&,;|]+?)[\s.]*$", text)
    if m and m.start() > 0 and (code := country_name(m.group(1), ctx)):
        return m.start(), code
    # a bullet between the name and its country, as partner directories set them: "X • AUSTRIA"
    m = re.search(r"\s*[•·]\s*([^•·]+?)[\s.]*$", text)
    if m and m.start() > 0 and (code := country_name(m.group(1), ctx)):
        return m.start(), code
    return len(text), None


def city_tail(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a trailing city starts and its country: "Université de Lorraine, Nancy",
    "Hochschule Trier – Trier" (a comma or dash, then only a place)."""
    text = text.rstrip(" .,;")
    m = re.search(r"(?:,\s*|\s[-–—]\s+)([^,–—]+)$", text)
    if m and m.start() > 0 and (code := place(m.group(1), ctx)):
        return m.start(), code
    return len(text), None


def _seat(text: str, ctx: Context, anywhere: bool) -> tuple[int, str | None] | None:
    """(start, country) of a phrase of seat and the place after it: the place is the run of
    capitalised words after the phrase, and gives its country when the gazetteer knows it
    whole. With anywhere the phrase may stand anywhere in text; else it must open it."""
    for cue in sorted(ctx.lex.cues["seat"], key=len, reverse=True):
        pattern = rf",?\s+(?i:{re.escape(cue)})\s+([{UPPER}][\w’'-]*(?:\s[{UPPER}][\w’'-]*){{0,3}})"
        m = compiled(pattern).search(text) if anywhere else compiled(pattern).match(text)
        if m:
            return m.start(), seat_country(m.group(1), ctx)
    return None


def seat_country(text: str, ctx: Context) -> str | None:
    """The country of the place a phrase of seat names, for every reader that cuts one off:
    a country, or the last of "Ljubljana/Slowenien", "Nancy, France"; else a region or city
    the gazetteer knows whole, in any case form ("Zypern", "v Nitre", "in Graz"); else a
    town of one country, inflected (a seat phrase says a place follows, so a town will do)."""
    parts = [x.strip() for x in re.split(r"\s*[/,]\s*", text) if x.strip()]
    if not parts:
        return None
    if code := next((c for x in reversed(parts) if (c := country_name(x, ctx))), None):
        return code
    hits = gazetteer.find(parts[0], ctx.lex)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(parts[0]):
        return hits[0].cc
    return gazetteer.town(parts[0], ctx.lex) if len(parts[0].split()) == 1 else None


def seat_tail(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a phrase of seat and its place end a name, and that place's country
    ("Novatex Solutions mit Sitz in Zypern", "združenie so sídlom v Nitre"); an unknown
    place still ends the name, without a country."""
    found = _seat(text, ctx, anywhere=True)
    return found if found and found[0] > 0 else (len(text), None)


def seat_after(end: int, ctx: Context) -> str | None:
    """The country of the place a phrase of seat names right after a partner's name, which
    ends at `end` in the document ("Alpine Research Institute, based in Graz, …")."""
    found = _seat(ctx.doc.text[end:end + 160], ctx, anywhere=False)
    return found[1] if found else None


def place(text: str, ctx: Context) -> str | None:
    """The country of a region or city that is the whole text ("Vlaanderen", "Trnava")."""
    hits = gazetteer.find(text, ctx.lex)
    return hits[0].cc if len(hits) == 1 and hits[0].text == text.strip() else None


def bare_place(name: str, ctx: Context) -> bool:
    """A town with its country after it and nothing else ("Munich en Allemagne", "Lugoj
    (Roumanie)", "Rome, Italy"): where the list's noun is no noun of towns, it says where a
    partner is, not which organisation it is. A type word makes it an organisation
    ("Moravskoslezský kraj", "Comune di Rovigo")."""
    k, code = country_tail(name, ctx)
    bracket = PAREN.search(name)
    head = PAREN.sub("", name[:k] if code else name).strip(" ,.")
    if any(_org_word(w) for w in head.split()):
        return False
    preps = "|".join(re.escape(w) for w in ctx.lex.cues["country_prepositions"])
    m = re.match(rf"(.+?)\s+(?:{preps})\s+(\S.*)$", head) if preps else None
    if m and place(m.group(1), ctx) and country_name(m.group(2), ctx):
        return True
    return bool(place(head, ctx) and (code or bracket and country_name(bracket.group(1), ctx)))


def tail_country(text: str, ctx: Context) -> bool:
    """An item that ends with its country: "(DE)", "– Německo", ", Slovak Republic"."""
    text = text.rstrip(" .,;")
    return ends_with_country(text, ctx) or bool(country_tail(text, ctx)[1])


def adjective_country(text: str, ctx: Context) -> str | None:
    """A country adjective in a few words before a list ("De Nederlandse partners …",
    "partneri na slovenskoj strani …")."""
    hits = [h for h in gazetteer.find(text, ctx.lex, adjectives=True) if h.kind in ("adjective", "country")]
    return hits[-1].cc if len({h.cc for h in hits}) == 1 else None


def placed(text: str, ctx: Context) -> bool:
    """Text names a country, region or town ("Universiteit Gent", "Obec Hať"): a list of
    such names is a list of partners, not one name."""
    return bool(gazetteer.find(text, ctx.lex, adjectives=True) or gazetteer.town_in_name(text, ctx.lex))
