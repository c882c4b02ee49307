"""Find countries, cities, regions and country adjectives in text.

Names come from the generated lexicons (CLDR, GeoNames, ISO 3166-2). In languages that
inflect names ("v Lublani", "Ústeckého kraje"), each word of a name also matches a word
that starts with the name word's stem and adds at most a few letters of ending.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicons import Lexicon, data_entry, home_countries, iso_countries, load, org_words, places
from pipeline.nlp import Span, tokens
from pipeline.textnorm import fold

MAX_ENDING = 4  # letters an inflected word may add to its stem
MIN_STEM = 4
ISO_ALIASES = {"UK": "GB", "EL": "GR"}  # codes EU documents use that ISO 3166 spells otherwise


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    cc: str
    kind: str  # iso | country | city | region | adjective
    name: str  # canonical form matched (the gazetteer's key)


def stem(word: str) -> str:
    # Latin and Cyrillic vowels ("Нови Сад" -> "у Новом Саду", "Україна" -> "України")
    s = word.rstrip("aeiouyáéíóúýěůąęőаеиоу")
    if s == word and word[-1:] in "аеєиіоуюя":
        s = word.rstrip("аеєиіоуюя")
    if s == word and word[-1:] in "ςαεηιουω":  # Greek (folded): "κυπρος" -> "κυπρ", for "Κύπρο", "Κύπρου"
        s = word.rstrip("ς").rstrip("αεηιουω")
    return s if len(s) >= MIN_STEM - 1 else word


def _word_match(token: str, name_word: str, inflecting: bool, first: bool, country: bool = False,
                endings: frozenset[str] = frozenset()) -> int:
    """2 for an exact match, 1 for an inflected one, 0 for none (both folded).

    The first word of a name needs a longer stem: short stems ("regi" of "Regio")
    would match common words ("Region"). Country names are few and well known, so
    four letters will do ("Česku", "Itálii", "Litwy"). A case ending of the language
    after the whole name or after its nominative ending's place will do for any name
    ("Rīgas" of "Rīga", "Vilniaus" of "Vilnius", "Kauno" of "Kaunas")."""
    if token == name_word:
        return 2
    if inflecting and endings and len(token) > len(name_word) - 2 and _nominative_swapped(token, name_word, endings):
        return 1
    if inflecting:
        s = stem(name_word)
        need = (MIN_STEM if country else MIN_STEM + 1) if first else MIN_STEM - 1
        if len(s) >= need and token.startswith(s) \
                and len(token) - len(s) <= MAX_ENDING and _ending_fits(token[len(s):], country, endings):
            return 1
        # a suffix after the whole name: "Ausztriában", "Szlovákiából" (Hungarian keeps the vowel)
        if country and len(name_word) >= need and token.startswith(name_word) and len(token) - len(name_word) <= MAX_ENDING:
            return 1
    return 0


# folded vowels of the Latin, Cyrillic and Greek scripts: a case ending put in place of a
# name's final vowel starts with one ("Itálii", "Česku", "Україні"), or is one of the language's
VOWELS = frozenset("aeiouyæøœаеёиоуыэюяіїєαεηιουω")


def _ending_fits(ending: str, country: bool, endings: frozenset[str]) -> bool:
    """What follows a country's stem is a case ending: a vowel, or a case ending of the page's
    language that starts with a consonant (Icelandic "Íslands"); a country's stem followed by
    other letters starts another word ("Romanga", "Kongresi", "Child", "Samblik")."""
    return not country or not ending or ending[0] in VOWELS or ending in endings


NOMINATIVE_S = ("ius", "us", "as", "is", "ys", "s", "iai", "ai")  # Baltic nominatives: "Vilnius", "Kaunas", "Šiauliai"


def _nominative_swapped(token: str, name_word: str, endings: frozenset[str]) -> bool:
    """The token is the name with one of the language's case endings after it, or in place of
    the nominative ending a Baltic name closes with ("rigas", "vilniaus", "kauno"); the
    stem left must keep three letters."""
    if token.startswith(name_word) and token[len(name_word):] in endings and len(name_word) >= MIN_STEM - 1:
        return True
    for nom in NOMINATIVE_S:
        base = name_word[:-len(nom)]
        if name_word.endswith(nom) and len(base) >= MIN_STEM - 1 and token.startswith(base) \
                and token[len(base):] in endings:
            return True
    return False


@lru_cache(maxsize=None)
def _index(lang: str) -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """first three folded letters -> [(folded words, cc, kind, canonical name)]."""
    lex = load(lang)
    index: dict[str, list] = {}

    def add(name: str, cc: str, kind: str) -> None:
        words = tuple(fold(w) for w in re.findall(r"\w+", name))
        if words and len(words[0]) >= 2:
            index.setdefault(words[0][:3], []).append((words, cc, kind, name))

    for name, cc in lex.countries.items():
        add(name, cc, "country")
    for name, info in places().items():
        add(name, info["cc"], info.get("kind", "city"))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[3]))
    return index


@lru_cache(maxsize=None)
def _borrowed_countries(lang: str) -> frozenset[str]:
    """Country names (folded) the page's lexicon holds only from English, its lingua franca:
    quoted as written, never inflected by the page's language, whose stems would otherwise
    read a misspelt region ("Romanga") or a person's name ("Georg-August-Universität") as
    Romania or Georgia."""
    from pipeline.lexicons import LINGUA_FRANCA, load_single, reading_language
    primary = reading_language(lang)
    if primary == LINGUA_FRANCA:
        return frozenset()
    # the first word of the language's own name for the same country is the language's too:
    # the short form of an official name ("Macedonia" of "Macedonia Północna")
    own, merged = load_single(primary).countries, load(lang).countries
    heads = {(name.split()[0], cc) for name, cc in own.items()}
    return frozenset(n for n, cc in merged.items() if n not in own and (n, cc) not in heads)


@lru_cache(maxsize=None)
def _endings(lang: str) -> frozenset[str]:
    """The case endings a place name may take in the language (its cue file's case_endings)."""
    from pipeline.lexicons import languages, load_single
    return frozenset(fold(e) for e in load_single(lang).cues["case_endings"]) if lang in languages() else frozenset()


def _country_adjective(token: str, lex: Lexicon) -> str | None:
    """A country's own name made an adjective by the language's place ending, in lower case
    (Hungarian "csehországi", "svédországi" of "Csehország", "Svédország")."""
    for ending in lex.cues["place_adjective_endings"]:
        base = token[:-len(ending)] if ending and token.endswith(ending) else None
        if base and len(base) >= MIN_STEM and base in lex.countries:
            return lex.countries[base]
    return None


# an Irish name after a particle keeps its capital behind the mutation: "ón bhFrainc", "ón
# bPolainn", "i gCorcaigh", "na hÉireann"
_IRISH_MUTATED = re.compile(r"(?:bh|[mgnbdth])-?[A-ZÁÉÍÓÚ]")


def find(text: str, lex: Lexicon, *, adjectives: bool = False, codes: bool = False) -> list[Hit]:
    """Non-overlapping hits in text order. Names must be capitalised in the text, except
    adjectives (Czech and Polish write "maďarské ministerstvo") when asked for."""
    toks = _words(text, lex.lang)
    folded = [fold(t.text) for t in toks]
    index = _index(lex.lang)
    endings = _endings(lex.lang)
    borrowed = _borrowed_countries(lex.lang)
    hits: list[Hit] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        best = None
        if codes and re.fullmatch(r"[A-Z]{2}", tok.text):
            # the language's own abbreviation first: "RS" is Slovenia in Slovenian ("Zavod RS")
            cc = lex.countries.get(folded[i]) or ISO_ALIASES.get(tok.text, tok.text)
            if cc in iso_countries():
                best = (3, 1, 0, True, Hit(tok.start, tok.end, tok.text, cc, "iso", tok.text))
        if best is None and (tok.text[:1].isupper() or lex.lang == "ga" and _IRISH_MUTATED.match(tok.text)):
            for words, cc, kind, name in index.get(folded[i][:3], ()):
                n = len(words)
                if i + n > len(toks):
                    continue
                # another language's name for a place takes no ending of this one ("Raab" is no "Raabs")
                own = endings if kind == "country" or places().get(name, {}).get("name") == name else frozenset()
                inflecting = lex.inflecting and not (kind == "country" and name in borrowed)
                scores = [_word_match(folded[i + k], words[k], inflecting, k == 0, kind == "country", own)
                          for k in range(n)]
                if n > 1 and not scores[0] and all(scores[1:]):
                    # the first word of a longer name is often a short adjective, inflected with the
                    # rest ("u Novom Sadu", "w Nowym Sączu"): the words after it vouch for it
                    scores[0] = _word_match(folded[i], words[0], inflecting, False, kind == "country")
                if all(scores) and (kind == "country" or _same_accents(toks[i:i + n], name, scores)) \
                        and _capitals_kept(toks[i:i + n], name) \
                        and not (kind == "country" and scores[-1] == 1 and _names_follow(text, toks, i + n)) \
                        and not (n == 1 and scores[0] == 1 and _far_or_alias(kind, cc, name)
                                 and not case_ending(folded[i], words[0], lex)) \
                        and not (n == 1 and scores[0] == 1 and kind != "country" and _another_town(tok.text, cc, lex)) \
                        and not (n == 1 and folded[i] in place_type_words(lex.lang)):
                    # prefer longer names, then exact matches, then names closest to the text's spelling
                    score = (n, sum(scores), _common_prefix(toks[i + n - 1].text.lower(), name.split()[-1].lower()),
                             name == places().get(name, {}).get("name"))
                    if best is None or score > best[:4]:
                        hit = Hit(tok.start, toks[i + n - 1].end, text[tok.start:toks[i + n - 1].end], cc, kind, name)
                        best = (*score, hit)
        if best is None and adjectives and folded[i].isalpha() and (cc := _country_adjective(folded[i], lex)):
            best = (1, 1, 0, False, Hit(tok.start, tok.end, tok.text, cc, "adjective", folded[i]))
        if best is None and adjectives and folded[i].isalpha():
            word = folded[i]
            # a stem of four letters starts common words ("eszt" of "esztétikai", "serb" of
            # "serbatoio"): only a case ending may follow it ("észtek", "serbo", "českých")
            s = _first_stem(word, lex.adjective_stems,
                            lambda s: len(s) > SHORT_STEM or len(word) - len(s) <= SHORT_STEM_ENDING)
            if s is not None:
                best = (1, 1, 0, False, Hit(tok.start, tok.end, tok.text, lex.adjective_stems[s], "adjective", s))
            elif word not in lex.countries and (s := _first_stem(word, _name_adjectives(lex.lang),
                                                                 lambda s: 1 <= len(word) - len(s) <= MAX_ADJ_ENDING)):
                best = (1, 1, 0, False, Hit(tok.start, tok.end, tok.text, _name_adjectives(lex.lang)[s], "adjective", s))
            # a short region stem written with an accent keeps it: "való" (Walloon) is no "valor"
            elif (s := _first_stem(word, lex.region_stems, lambda s: len(s) > SHORT_STEM
                                   or tok.text.lower().startswith(_accented_stems(lex.lang).get(s, s)))):
                # a region's adjective: "Vlaams-Nederlandse", "the Catalan partners"
                best = (1, 1, 0, False, Hit(tok.start, tok.end, tok.text, lex.region_stems[s], "adjective", s))
        if best is not None and best[-1].kind in ("city", "region"):
            best = _one_country(best, lex)
        if best is not None:
            hit = best[-1]
            hits.append(hit)
            while i < len(toks) and toks[i].start < hit.end:
                i += 1
        else:
            i += 1
    return hits


@lru_cache(maxsize=None)
def _accented_stems(lang: str) -> dict[str, str]:
    """Folded region-adjective stem -> its written form, where that form has an accent
    ("valo" -> "való"), from the language's [region_adjectives] table."""
    table = data_entry(lang, "region_adjectives", {})
    return {fold(k.lower()): k.lower() for k in table if fold(k.lower()) != k.lower()}


_RANKS: dict[int, tuple[dict, dict[str, int]]] = {}


def _first_stem(word: str, stems: dict[str, str], ok=lambda s: True) -> str | None:
    """The first stem, in the table's order, that starts the word and passes ok. Looks up the
    word's prefixes instead of trying every stem: the tables hold hundreds of stems and this
    runs for every word of every page."""
    got = _RANKS.get(id(stems))
    if got is None or got[0] is not stems:  # keep the table itself so its id stays its own
        got = _RANKS[id(stems)] = (stems, {s: k for k, s in enumerate(stems)})
    ranks = got[1]
    found = [word[:n] for n in range(len(word) + 1) if word[:n] in ranks and ok(word[:n])]
    return min(found, key=ranks.__getitem__) if found else None


def _capitals_kept(toks: list, name: str) -> bool:
    """Each capitalised word of a name of several words is capitalised in the text too:
    "la réunion de lancement" is no "La Réunion", "Nova gorica" stays "Nova Gorica"."""
    words = re.findall(r"\w+", name)
    return len(words) != len(toks) or all(not w[:1].isupper() or t.text[:1].isupper() or t.text.isupper()
                                          for w, t in zip(words[1:], toks[1:]))


@lru_cache(maxsize=1)
def _shared_names() -> dict[str, frozenset[str]]:
    """Folded place names that places in two or more countries bear ("Brest": FR and BY)."""
    out: dict[str, set[str]] = {}
    for info in places().values():
        out.setdefault(info["name"], set()).add(info["cc"])  # "Ruse" (BG) and "Ruše" (SI) differ
    return {fold(k): frozenset(v) for k, v in out.items() if len(v) > 1}


def _one_country(best: tuple, lex: Lexicon) -> tuple | None:
    """A place whose name two countries share is the one in a country whose language the
    text is in ("Brest" in a French text is FR); in any other language it is neither."""
    hit = best[-1]
    # only the bare name is shared: "Brest-Litovsk" and "Brestia" say which one
    shared = _shared_names().get(fold(hit.name))
    if not shared:
        return best
    home = shared & home_countries(lex.lang)
    if len(home) != 1:
        return None
    cc = next(iter(home))
    return (*best[:-1], Hit(hit.start, hit.end, hit.text, cc, hit.kind, hit.name))


def _far_or_alias(kind: str, cc: str, name: str) -> bool:
    """A far-off country, or a place by another language's name for it ("Munic" is München in
    Catalan and starts "Municipal"): in a case form only with a case ending."""
    if kind == "country":
        return cc not in _european_codes()
    info = places().get(name)
    return bool(info) and info.get("name") != name


def case_ending(token: str, name_word: str, lex: Lexicon) -> bool:
    """The token is the one-word name in one of the language's case forms (both folded):
    what follows its stem or its whole name is a case ending ("turciei" of "turcia",
    "torokorszagban" of "torokorszag"). Far-off countries' names are short and start many
    words ("Bruneck" is no "Brunei"), so for them the letters added must be an ending."""
    endings = set(lex.cues.get("case_endings", ())) | {""}  # the bare stem is a form too: "z Chin"
    return any(token.startswith(base) and token[len(base):] in endings for base in (stem(name_word), name_word))


def _words(text: str, lang: str) -> list:
    """The text's words, with words joined by a hyphen or an apostrophe taken apart and the
    joiner left out ("Auvergne-Rhône-Alpes", "Noord-Brabant", "CZ-PL", "Côte d'Azur",
    "Magyarország–Románia" with an en dash the tokeniser leaves inside), as
    the names in the index are: tokenisers split hyphens in some languages and not in
    others. A dash between spaces stays ("Polen - Sachsen" is two names)."""
    parts = []
    for tok in tokens(text, lang):
        for m in re.finditer(r"[^-'’–—]+|[-'’–—]", tok.text):
            parts.append(Span(tok.start + m.start(), tok.start + m.end(), m.group()))
    return [p for n, p in enumerate(parts)
            if not (p.text in "-'’–—" and 0 < n < len(parts) - 1 and parts[n - 1].end == p.start and parts[n + 1].start == p.end)]


MAX_ADJ_ENDING = 7  # "österreich" + "ischen", "rakousk" + "ého"
SHORT_STEM = 4  # "cseh", "eszt", "grec": an adjective stem this short takes a short ending only
SHORT_STEM_ENDING = 3


@lru_cache(maxsize=1)
def _european_codes() -> frozenset[str]:
    """The countries the place lexicon covers: Europe's."""
    return frozenset(info["cc"] for info in places().values())


@lru_cache(maxsize=None)
def _name_adjectives(lang: str) -> dict[str, str]:
    """Adjective stems from country names, for countries with no language of their own
    ("rakouský", "österreichische", "belgická", "švýcarský", "austriaco", "Austrian"): the
    one-word name with its trailing vowels dropped, or with one vowel dropped when the
    shorter stem starts another country's name ("austr" is Australia's too, "austri" is not).
    European countries only (those the place lexicon covers): far-off names make common
    words ("liberal", "paragraf", "Georg") adjectives."""
    lex = load(lang)
    europe = _european_codes()
    have = set(lex.adjective_stems.values())
    others = [(n, cc) for n, cc in lex.countries.items()] + list(lex.adjective_stems.items())
    out: dict[str, str] = {}
    for name, cc in lex.countries.items():
        if cc in have or cc not in europe or not name.isalpha():
            continue
        for s in (stem(name), name[:-1] if name[-1:] in "aeiouy" else name):
            if len(s) >= 5 and not any(o.startswith(s) for o, c in others if c != cc):
                out.setdefault(s, cc)
                break
    return out


def _names_follow(text: str, toks: list, j: int) -> bool:
    """A capitalised word right after an inflected country: the country was a first name
    ("Francesco Degni" is not "Francie"), an inflected country stands in a phrase of its own."""
    return j < len(toks) and toks[j].text[:1].isupper() and text[toks[j - 1].end:toks[j].start] == " "


def _same_accents(toks: list, name: str, scores: list[int]) -> bool:
    """A word the text writes with diacritics is the name only when the name has the same
    ones: "Tureň" (a Slovak village) is not "Turen" (Turin in another language), while
    "Kosice" written without them is still Košice."""
    for tok, word, score in zip(toks, re.findall(r"\w+", name), scores):
        low = tok.text.lower()
        if score == 2 and low != word.lower() and low != fold(low):
            return False
    return True


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def countries_in(text: str, lex: Lexicon) -> list[Hit]:
    return [h for h in find(text, lex) if h.kind == "country"]


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    import json
    from pathlib import Path
    path = Path(__file__).parent / "lexicons" / "generated" / "towns.json"
    return json.loads(path.read_text("utf-8")).get("towns", {}) if path.exists() else {}


@lru_cache(maxsize=1)
def _villages() -> dict[str, str]:
    import json
    from pathlib import Path
    path = Path(__file__).parent / "lexicons" / "generated" / "villages.json"
    return json.loads(path.read_text("utf-8")).get("villages", {}) if path.exists() else {}


@lru_cache(maxsize=1)
def _shared_villages() -> dict[str, dict[str, int]]:
    import json
    from pathlib import Path
    path = Path(__file__).parent / "lexicons" / "generated" / "villages.json"
    return json.loads(path.read_text("utf-8")).get("shared", {}) if path.exists() else {}


DOMINANT = 5  # a place this many times as populous as every namesake is the one a name means


def shared_village(name: str, allowed: set[str]) -> str | None:
    """The country of a place whose name several countries share, told apart by the
    countries allowed (the page's own and those it names): the one allowed country, or
    among several the one whose place is DOMINANT times as populous as the others'."""
    got = {cc: pop for cc, pop in _shared_villages().get(name, {}).items() if cc in allowed}
    if len(got) == 1:
        return next(iter(got))
    best = max(got, key=got.get, default=None)
    return best if best and all(got[best] >= DOMINANT * pop for cc, pop in got.items() if cc != best) else None


MAX_PLACE_WORDS = 4  # "San Dorligo della Valle"


@lru_cache(maxsize=1)
def _municipality_nouns() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Municipality words of every language, longest first: a document names a partner
    across the border in that partner's language ("Obec Tureň" in a Hungarian text)."""
    from pipeline.lexicons import languages, load_single
    before = {n for lang in languages() for n in load_single(lang).cues["municipality_nouns"]}
    after = {n for lang in languages() for n in load_single(lang).cues["municipality_after"]}
    order = lambda nouns: tuple(sorted(nouns, key=lambda n: (-len(n.split()), n)))
    return ((order(before), True), (order(after), False))


def municipality_in_name(name: str, allowed: frozenset[str] = frozenset()) -> str | None:
    """The country of the municipality a name is ("Općina Kamanje", "Gmina Hať", "Comune di
    Sesana", "Öttevény Község Önkormányzata"): the place right after (or, in languages
    that put it first, right before) a word that names a municipality, looked up among all
    of Europe's places, however small, whose name no two countries share; a name several
    countries share only when `allowed` (the page's countries) tells them apart
    (shared_village: "Comune di Tirano" is Italy's Tirano, not Tirana). Only there:
    elsewhere in a name a village's name is as often a person's or a common word."""
    villages = _villages()
    words = [m.group() for m in re.finditer(r"[^\W\d_][\w'’.-]*", name)]
    low = [w.lower() for w in words]
    codes = set()

    def look(parts: list[str]) -> None:
        # the page's countries first: a name they share with a town abroad is theirs ("Vinica")
        if parts and parts[0][:1].isupper() and (cc := allowed and shared_village(" ".join(parts), set(allowed))
                                                 or villages.get(" ".join(parts)) or _unaccented_village(" ".join(parts))
                                                 or villages.get(latin(" ".join(parts)))
                                                 or villages.get(bulgarian_latin(" ".join(parts)))):
            codes.add(cc)

    for nouns, after in _municipality_nouns():
        for noun in nouns:
            key = noun.split()
            for n in range(len(words) - len(key) + 1):
                if low[n:n + len(key)] != key:
                    continue
                for k in range(MAX_PLACE_WORDS, 0, -1):
                    parts = words[n + len(key):n + len(key) + k] if after else words[max(0, n - k):n]
                    if len(parts) == k:
                        before = len(codes)
                        look(parts)
                        if len(codes) > before:
                            break
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _towns_by_prefix() -> dict[str, list[tuple[str, str]]]:
    """Single-word towns and cities by their first three folded letters."""
    out: dict[str, list] = {}
    cities = {name: info["cc"] for name, info in places().items() if info.get("kind", "city") == "city" and info.get("name") == name}
    for name, cc in {**_towns(), **cities}.items():
        if name.isalpha() and name[:1].isupper():
            out.setdefault(fold(name)[:3], []).append((fold(name), cc))
    return out


def town(word: str, lex: Lexicon) -> str | None:
    """The country of the one town or city of Europe (15,000 people or more) a capitalised
    word names, in a case form of an inflecting language ("Nitre", "Jasle", "Puli"); None
    where towns of two countries fit. Only where the text says a place follows."""
    codes = _town_codes(word, lex)
    return codes.pop() if len(codes) == 1 else None


def _town_codes(word: str, lex: Lexicon) -> set[str]:
    word = word.strip(",.;:()–-")
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return set()
    low = fold(word)
    codes = set()
    for name, cc in _towns_by_prefix().get(low[:3], ()):
        if low == name or lex.inflecting and any(len(s) >= MIN_STEM - 1 and low.startswith(s) and len(low) - len(s) <= MAX_ENDING - 1
                                                 for s in alternated_stems(name)):
            codes.add(cc)
    return codes


# Slavic case endings soften a stem's last consonant (folded): "Rijeka" -> "u Rijeci", "Praha" ->
# "v Praze", "Praga" -> "w Pradze", "Bochnia"/"Żywiec" keep theirs
ALTERNATIONS = (("k", ("c",)), ("g", ("z", "dz")), ("h", ("z",)), ("ch", ("s", "sz")))


def alternated_stems(name: str) -> list[str]:
    """A folded place name's stem, and the stems its case forms take where the ending
    softens the last consonant: "rijek" also "rijec", "prah" also "praz"."""
    s = stem(name)
    out = [s]
    if s == name and len(name) > MIN_STEM and name[-2] in "aeае" and name[-1] in "ckцк" and name[-3] not in "aeiouаеиоу":
        # South Slavic drops the "a" of a final -ac, -ak (Czech the "e" of -ec, -ek) before an
        # ending: "Kruševac" -> "Kruševca", "Čačak" -> "u Čačku", "Jablonec" -> "v Jablonci"
        out.append(name[:-2] + name[-1])
    if s != name:  # a vowel ended the name: an ending replaces it
        for hard, softs in ALTERNATIONS:
            if s.endswith(hard) and len(s) - len(hard) >= MIN_STEM - 1:
                out += [s[:-len(hard)] + soft for soft in softs]
    return out


def _town_after_preposition(name: str, lex: Lexicon) -> str | None:
    """In a language that inflects names, the town after a preposition inside an
    organisation's name, in any case ending ("Kultúrny dom v Jasle", "Sveučilište u Puli"):
    the preposition says a place follows, so a short stem will do."""
    if not lex.inflecting:
        return None
    preps = set(lex.cues["place_prepositions"])
    words = name.split()
    codes = set()
    for prev, word in zip(words, words[1:]):
        if prev.lower() in preps:
            codes |= _town_codes(word, lex)
    return codes.pop() if len(codes) == 1 else None


def _town_adjective(word: str, lex: Lexicon) -> str | None:
    """The country of a town made an adjective by an ending ("Soproni", "Győri")."""
    for ending in lex.cues["place_adjective_endings"]:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM - 1:
            continue
        stem_ = word[:-len(ending)]
        # Finnish weakens a stem's last consonants before the ending: "Turun" is Turku,
        # "Helsingin" Helsinki, "Lahden" Lahti, "Lappeenrannan" Lappeenranta
        bases = [stem_] + [stem_[:-len(weak)] + strong for weak, strong in _grades(lex.lang).items()
                           if stem_.endswith(weak)]
        for base in bases:
            info = places().get(base)
            if len(base) < MIN_STEM:
                continue
            if base in _towns():
                return _towns()[base]
            if info and info.get("kind") == "city" and info.get("name") == base:
                return info["cc"]
    return None


@lru_cache(maxsize=None)
def _grades(lang: str) -> dict[str, str]:
    """A language's weak stem endings and their strong forms ([place_grades] in its cue file)."""
    return dict(data_entry(lang, "place_grades", {}))


def _another_town(word: str, cc: str, lex: Lexicon) -> bool:
    """The word is a town of another country, by its name or in a case form of it: that town,
    not an inflected reading of a place of cc ("Kruševac", "Kruševca" are not "Kruševo")."""
    found = _towns_folded().get(fold(word))
    if found:
        return found[1] != cc
    codes = _town_codes(word, lex)
    return bool(codes) and cc not in codes


@lru_cache(maxsize=None)
def place_type_words(lang: str) -> frozenset[str]:
    """The language's words for a municipality or an organisation's type, folded: alone, they
    name no place ("Grad Kruševac" is the town's council, not Grad in Slovenia)."""
    lex = load(lang)
    return frozenset(fold(w) for key in ("municipality_nouns", "org_types") for w in lex.cues.get(key, ()) if " " not in w)


@lru_cache(maxsize=1)
def _towns_folded() -> dict[str, tuple[str, str] | None]:
    """Towns by their name without diacritics -> (name, country); None where two towns share it."""
    out: dict[str, tuple[str, str] | None] = {}
    for name, cc in _towns().items():
        key = fold(name)
        out[key] = (name, cc) if key not in out else None
    return out


def _town_less_accented(words: str) -> str | None:
    """The country of a town of two words or more written with some of its diacritics left
    out, as texts in other languages do ("České Budejovice"): each letter is the town's or
    the town's without its accent, never an accent the town lacks ("Tureň" is no "Turen")."""
    if " " not in words or not (found := _towns_folded().get(fold(words))):
        return None
    name, cc = found
    return cc if len(name) == len(words) and all(a == b or a.lower() == fold(b) for a, b in zip(words, name)) else None


def _town_in_case(word: str, lex: Lexicon) -> str | None:
    """The country of the one town a word names in a case form of an inflecting language, its
    ending added to the name or put in place of its nominative ending ("Panevėžio", "Šiaulių",
    "Jelgavas" before "universitetas", "kolegija", "pilsētas")."""
    if not lex.inflecting or not word.isalpha():
        return None
    low, endings = fold(word), _endings(lex.lang)
    codes = {cc for name, cc in _towns_by_prefix().get(low[:3], ()) if low != name and _nominative_swapped(low, name, endings)}
    return codes.pop() if len(codes) == 1 else None


def town_in_name(name: str, lex: Lexicon, named: frozenset[str] | None = None) -> str | None:
    """The country of the one small town an organisation's name holds ("Gemeente Harlingen",
    "Stadt Löbau", "Colegiul National … Iasi"): whole capitalised words only, never a word
    of the language's own vocabulary written in lower case elsewhere (stop words), and
    only when all towns found agree."""
    from pipeline import nlp
    if code := municipality_in_name(name):
        return code
    if code := _town_after_preposition(name, lex):
        return code
    stop = nlp.stop_words(lex.lang)
    towns = _towns()
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    codes = set()
    for n, w in enumerate(words):
        if not w[:1].isupper() or w.isupper() or w.lower() in stop or fold(w) in org_words():
            continue  # an organisation's type word is no town: "Universidad" is a quarter of Madrid too
        two = f"{w} {words[n + 1]}" if n + 1 < len(words) else ""
        cc = towns.get(two) or towns.get(w) or _town_adjective(w, lex) or _town_less_accented(two) or _town_less_accented(w)\
            or _town_in_case(w, lex)
        if cc and w not in places():  # "Lille" is the French city, not the Belgian town
            codes.add(cc)
    if named is not None:
        codes &= named  # a word anywhere in a name is as often a person's name ("Institut … Ivo Pilar")
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _all_place_prepositions() -> dict[str, bool]:
    """Every language's prepositions that put a place in a name ("de", "di", "v", "w", "u"),
    each with whether its language inflects the place after it: a document names a partner
    across the border in that partner's language ("Vysoké učení technické v Brně" in a
    German text)."""
    from pipeline.lexicons import languages, load_single
    out: dict[str, bool] = {}
    for lang in languages():
        single = load_single(lang)
        for prep in single.cues["place_prepositions"]:
            out[prep] = out.get(prep, False) or single.inflecting
    return out


@lru_cache(maxsize=1)
def _small_places_by_prefix() -> dict[str, list[tuple[str, str]]]:
    """Single-word villages and towns by their first three folded letters."""
    out: dict[str, list] = {}
    for name, cc in {**_villages(), **_towns()}.items():
        if name.isalpha() and name[:1].isupper():
            out.setdefault(fold(name)[:3], []).append((fold(name), cc))
    return out


def small_place(name: str) -> str | None:
    """The country of a city, town or village whose name no two countries share."""
    info = places().get(name)
    if info and info.get("kind", "city") == "city":
        return info["cc"]
    return _towns().get(name) or _villages().get(name) or _unaccented_village(name)\
        or (_towns().get(latin(name)) or _villages().get(latin(name)) if latin(name) != name else None)


def town_name(name: str) -> str | None:
    """The country of a town of 15,000 people or more (towns.json) the name spells whole,
    or in Latin letters for Cyrillic; None for villages."""
    return _towns().get(name) or (_towns().get(latin(name)) if latin(name) != name else None)


# Cyrillic letters in the Latin spelling GeoNames gives the towns of Serbia, North Macedonia,
# Montenegro, Bosnia and Bulgaria (Serbian Latin, with Bulgarian's own letters as its
# official romanisation writes them): a Bulgarian text writes "Община Княжевац" for Knjaževac
_CYRILLIC = dict(zip("абвгдђежзијклмнопрстћуфхцчшыэѓќѕ",
                     "abvgdđežzijklmnoprstćufhcčšyeǵḱz"))
_CYRILLIC.update({"љ": "lj", "њ": "nj", "џ": "dž", "щ": "št", "ъ": "a", "ь": "", "ю": "ju", "я": "ja", "й": "j"})


def latin(text: str) -> str:
    """Text with its Cyrillic letters written in Latin ("Княжевац" -> "Knjaževac")."""
    return _transliterate(text, _CYRILLIC)


def _transliterate(text: str, table: dict[str, str]) -> str:
    """Text with each Cyrillic letter replaced by its table entry, capitals kept capital."""
    if not re.search(r"[\u0400-\u04ff]", text):
        return text
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low, ch)
        out.append(rep[:1].upper() + rep[1:] if ch != low and rep else rep)
    return "".join(out)


# Bulgarian's official romanisation (the Streamlined System), in which GeoNames spells the
# villages of Bulgaria: "Долна Митрополия" is "Dolna Mitropolia", "Царево" "Tsarevo"
_BULGARIAN = dict(zip("абвгдезийклмнопрстуфхъь", "abvgdeziyklmnoprstufhay"))
_BULGARIAN.update({"ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ю": "yu", "я": "ya"})


def bulgarian_latin(text: str) -> str:
    """Text with its Cyrillic letters romanised as Bulgaria does ("ия" at a word's end is "ia")."""
    return _transliterate(re.sub(r"ия(?!\w)", "иa", text), _BULGARIAN)


@lru_cache(maxsize=1)
def _villages_folded() -> dict[str, str | None]:
    """Villages by their name without diacritics; None where two countries share it."""
    out: dict[str, str | None] = {}
    for name, cc in {**_villages(), **_towns()}.items():
        key = fold(name)
        out[key] = cc if out.get(key, cc) == cc else None
    return out


def _unaccented_village(name: str) -> str | None:
    """A village written without its diacritics, as texts in other languages write them
    ("Landkreis Luban" for Lubań): only a name that has none."""
    return _villages_folded().get(fold(name)) if name == fold(name) or not re.search(r"[^\x00-\x7f]", name) else None


def _inflected_small_place(word: str) -> set[str]:
    low = fold(word)
    codes = set()
    for town, cc in _small_places_by_prefix().get(low[:3], ()):
        s = stem(town)
        if low == town or len(s) >= MIN_STEM - 1 and low.startswith(s) and len(low) - len(s) <= MAX_ENDING - 1:
            codes.add(cc)
    return codes


def village_in_name(name: str, lex: Lexicon, named: frozenset[str] | set[str]) -> str | None:
    """The country of a village or small town that a partner's name is, or that closes it
    after a preposition ("Jastrzębie-Zdrój", "Asociación … de Mértola", "Gminny Ośrodek
    Kultury w Sulikowie"), or that starts it as an adjective ("Hortobágyi Nemzeti Park").
    Europe has thousands of villages whose names are words or other places' names, so the
    village's country must be one the document names (in any form) to count."""
    words = name.strip(" .,;:").split()
    if not words or any(w.isupper() and len(w) > 1 for w in words):
        return None  # an acronym is no village ("ILVO", "CEAGA")
    codes: set[str] = set()
    whole = " ".join(words)
    if whole[:1].isupper() and len(words) <= MAX_PLACE_WORDS and (cc := small_place(whole)):
        codes.add(cc)
    preps = _all_place_prepositions()
    for n in range(len(words) - 1):
        rest = [w.strip(",.;:()") for w in words[n + 1:]]
        if words[n] not in preps or len(rest) > MAX_PLACE_WORDS or not rest[0][:1].isupper():
            continue
        if cc := small_place(" ".join(rest)):
            codes.add(cc)
        elif len(rest) == 1 and preps[words[n]] and rest[0].isalpha():
            codes |= _inflected_small_place(rest[0])
    for w in re.findall(r"[^\W\d_]+", name):
        for ending in lex.cues["place_adjective_endings"]:
            base = w[:-len(ending)]
            if w.endswith(ending) and len(base) >= MIN_STEM and w[:1].isupper() and (cc := _villages().get(base)):
                codes.add(cc)
    codes &= set(named)
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=4)
def named_countries(text: str, lang: str) -> frozenset[str]:
    """The countries a text names by name or adjective (cached: every section of a
    document asks about the same text)."""
    return frozenset(h.cc for h in find(text, load(lang), adjectives=True) if h.kind in ("country", "adjective"))


@lru_cache(maxsize=1)
def _two_word_regions() -> dict[str, list[tuple[str, str]]]:
    """Regions named by two words, by their folded first word: "žilinský" -> [("kraj", "SK")]."""
    out: dict[str, list] = {}
    for name, info in places().items():
        words = name.split()
        if info.get("kind") == "region" and len(words) == 2 and all(w.isalpha() for w in words):
            out.setdefault(fold(words[0]), []).append((fold(words[1]), info["cc"]))
    return out


def region_with_inserted_word(name: str) -> str | None:
    """A two-word region that a name spells with a word or two inserted, as official names
    do ("Žilinský samosprávny kraj" is "Žilinský kraj", "Trnavský samosprávny kraj")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    raw = re.findall(r"[^\W\d_]+", name)
    codes = set()
    for n, w in enumerate(words):
        if not raw[n][:1].isupper():
            continue
        for second, cc in _two_word_regions().get(w, ()):
            if second in words[n + 2:n + 4]:
                codes.add(cc)
    return codes.pop() if len(codes) == 1 else None


# country-code domains that sites of any country use for the words they spell ("Montenegro's"
# .me, Moldova's .md)
GENERIC_DOMAINS = frozenset({"ME", "MD"})


def country_of_domain(url: str | None) -> str | None:
    """The European country whose country-code domain a partner's web address ends in
    ("www.gok.sulikow.pl", "https://www.hohendubrau.de/"): a site's own country."""
    m = re.match(r"(?:https?://)?([^/\s:]+)", url or "")
    tld = m.group(1).rsplit(".", 1)[-1].upper() if m and "." in m.group(1) else ""
    cc = ISO_ALIASES.get(tld, tld)
    return cc if cc in _european_codes() and cc not in GENERIC_DOMAINS else None
