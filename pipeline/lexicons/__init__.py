"""Per-language lexicons: hand-written cue words (cues/<lang>.toml) merged with data
generated from CLDR and GeoNames (generated/<lang>.json, generated/places.json).

Adding a language means adding cues/<lang>.toml, registering its code where the code lists
languages (README, "Adding a language") and regenerating.
"""
from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.textnorm import fold

HERE = Path(__file__).parent
LINGUA_FRANCA = "en"  # labels such as "Lead partner" appear in English in every language

# Cue keys whose values are lists of phrases.
CUE_KEYS = (
    "project_before", "project_after", "cluster_names", "title", "programme", "funder", "call",
    "partners", "lead_partner", "coordinator", "founding", "member_list", "partner_nouns",
    "country_nouns", "member_nouns", "budget_total", "budget_eu", "budget", "budget_other", "duration", "start",
    "end", "since", "activities", "themes", "sectors", "work_packages", "events", "published",
    "range_from", "range_to", "copula", "conjunctions", "date_connectors", "year_suffix",
    "money_connectors", "role_as", "partnership_with", "origin", "org_name_label", "address_label",
)
# budgets and counts: "of which" before a part of an amount, one unit of a scale word standing
# alone ("milijun eura"), counts of several projects, "other" before a count, consortium nouns,
# "one of" before a count ("one of six projects" is about one project), companies counted
# (a cluster's members when no member noun is stated), a programme's or call's allocation,
# "of" between a number and its noun ("zwei der Partner" counts some of them); activities:
# "such as" after a cue opens an enumeration ("Themen wie A, B sowie C")
# "under the leadership of": a lead cue after which people are named as often as organisations
CUE_KEYS += ("lead_under",)
# budgets and counts: "each"/"jeweils" beside an amount a text says of several projects at once
CUE_KEYS += ("distributive",)
# "based in", "mit Sitz in": a partner's seat, named after it
CUE_KEYS += ("seat",)
# "half a million": half a scale word, before it
CUE_KEYS += ("money_half",)
CUE_KEYS += ("money_of_which", "money_scale_one", "projects_counted", "count_other", "consortium", "one_of",
             "company_nouns", "budget_programme", "count_partitive", "such_as", "among_others")
# counts: proposals or applications counted ("169 proposals from 20 countries"): a count after
# them in the sentence is the call's, not the project's
CUE_KEYS += ("proposals_counted",)
# a project word in the plural only ("projects", "proiecte", "progetti"): several projects, not this one
CUE_KEYS += ("project_plural",)
# durations: a bound before a length ("not more than 24 months", "non superiore ai 18 mesi"): a call's rule
CUE_KEYS += ("length_cap",)
# partners: verbs of cooperating ("A and B will cooperate", "X kooperiert mit Y"): evidence that a named
# organisation beside them takes part in the work (partner_evidence)
CUE_KEYS += ("cooperation_verbs",)
# names: the words that head a site's own sections and navigation ("News", "Aktualności", "Comunicat de presă", "Back"): a
# heading that is one of them titles the site's page, not a project
CUE_KEYS += ("page_sections",)
# partners: a company's common noun in lower case before its name in a list ("i firma Amphi
# Consult", "in podjetje Hidrotehnik d.o.o."): the item is a name, the noun no part of it
CUE_KEYS += ("company_before",)
# Keys whose cues label or announce a field of their own; the rest are function words
# (connectors, nouns counted, "of", "such as") that may occur inside any value.
FIELD_KEYS = frozenset((
    "project_before", "project_after", "cluster_names", "title", "programme", "funder", "call", "partners",
    "lead_partner", "coordinator", "founding", "budget_total", "budget_eu", "budget", "budget_other", "duration",
    "start", "end", "since", "activities", "themes", "sectors", "work_packages", "events", "published",
    "org_name_label", "address_label", "budget_programme", "period_label",
))
# Date words: "a"/"and" joining two days ("22. a 23. 6."); words between the dates of a
# range ("între data … și data …"); "this year" after a day and month; "for"/"over the
# next" before a stated length of time; "and a half" in one ("dva a půl roku"); words
# that name the project's period only as a label ("Dates : 20 septembre 2017-…"); event
# words that also end compounds ("Abschlusskonferenz", "slotconferentie"); "about" before a
# stated length ("over approximately 8 years"); verbs and nouns that report an event only
# beside a day's date or a few days ("took place", "hosted", "visit"); the project's
# implementation, which dates it like a duration word but states no fact by itself ("Die
# Umsetzung des Projektes … fand in den Jahren 2008-2013 statt").
# "between" before two dates joined by "and" ("mezi lety 2017 a 2019"), or after them in
# Hungarian ("2017 és 2019 között").
CUE_KEYS += ("date_between", "date_between_after")
# verbs of carrying a project out ("zrealizovalo", "se bo izvajal", "was implemented"): a range
# beside them is the project's period, a lone date only with a "from" or "to" word
CUE_KEYS += ("implemented",)
# the word before the organisation a project is carried out by ("implemented by X", "realizowany przez X")
CUE_KEYS += ("agent_by",)
# a postposition after a stated length that makes it "for" that long ("három éven át",
# "drei Jahre lang")
CUE_KEYS += ("duration_for_after",)
# a possessive between a "for" word and a stated length: the length is the project's own
# lifetime when the sentence is about the project ("… the project for its 36 months")
CUE_KEYS += ("duration_own",)
CUE_KEYS += ("date_and", "date_fillers", "this_year", "duration_for", "duration_half", "period_label",
             "event_heads", "approx", "event_weak", "implementation")
# sections: a label whose value names a project ("Projekt: X", "Název projektu: X") opens one
# project of a beneficiary list; a naming phrase ("unter dem Namen „X“", "pod názvem X") puts a
# project's name right after it
CUE_KEYS += ("project_label", "project_named")
# Partners and countries: verbs and participles of taking part ("partecipano", "účastnické země");
# forms of address and titles before a person's name ("pani Irina", "Ing.").
CUE_KEYS += ("participation", "honorifics")
CUE_KEYS += ("surname_endings",)  # "Kovácsné", "Nováková", "Horvatić": a short name ending so is a person
CUE_KEYS += ("possessive_own",)  # "its", "el seu", "svůj" before the project: the subject owns it
CUE_KEYS += ("org_types",)  # organisation-type words before a name in lower case ("obec X", "miasto Y")
CUE_KEYS += ("consortium_plural",)  # "konsorcjów": a list after it spans several consortia
CUE_KEYS += ("org_types_final",)  # type words closing a name, as Hungarian writes them ("X Község Önkormányzata")
CUE_KEYS += ("partnership_in",)  # Hungarian: partners in their case form after the word ("partnerségben a X Egyetemmel")
# budgets: an upper limit before an amount ("bis zu", "up to"): with projects in the plural, a call's cap;
# a lead-in over a list of funding sources ("Viri financiranja:"); words that open a sentence by
# pointing back to the one before ("Met deze goedkeuring", "Ezek összköltségvetése")
CUE_KEYS += ("money_up_to", "budget_sources", "money_these")
# budgets: a word of "maximum" before an amount in its clause ("Maximálny rozpočet malého projektu je …"): a cap
CUE_KEYS += ("budget_cap",)
# budgets: words of approving or awarding money ("odobren", "bewilligt"): a maximum so granted is the project's
CUE_KEYS += ("money_approved",)
# budgets: "worth"/"im Wert von"/"v hodnotě" before an amount: the whole, unless a funding noun
# right before it names the money ("a grant worth €2 million")
CUE_KEYS += ("budget_worth",)
# partner countries: words naming a municipality right before its name ("Općina Kamanje", "Comune di
# Sesana", "Gmina Hať") or right after it ("Öttevény Község Önkormányzata", "Kamanje Municipality")
CUE_KEYS += ("municipality_nouns", "municipality_after")
# events: words that put a date ("la 23 octombrie" is "on", not "until")
CUE_KEYS += ("date_on",)
# counts: a lower bound before a number ("at least two partners"); schools counted as partners
CUE_KEYS += ("count_floor", "school_nouns")
# counts: a definite article or demonstrative right before a number ("the two countries"): it refers back
CUE_KEYS += ("count_anaphora",)
# activities: verbs that open an enumeration after its cue ("areas which include A, B and C")
CUE_KEYS += ("include_verbs", "articles")
# activities: "following" in a lead-in ("the following activities:", "folgende", "následující")
CUE_KEYS += ("following",)
# events: words of "today", which date an event on the page's day of publication
CUE_KEYS += ("today",)
# dates: weekday names, between the days of a range ("12 e mercoledì 13 marzo")
CUE_KEYS += ("weekdays",)
# events: adjectives of an event's length in days ("two-day", "dvoudenní", "dreitägig")
CUE_KEYS += ("two_days", "three_days")
# partner countries: prepositions that put a town in an organisation's name ("Kultúrny dom v Jasle",
# "Sveučilište u Puli"), where inflecting languages change the town's ending
CUE_KEYS += ("place_prepositions",)
# sections: another noun for one project ("initiative"), which names one only with a quoted name beside it
CUE_KEYS += ("project_other",)
# partners: a partner's role said of its subject after a copula or "as" ("město X je partnerem
# projektu", "X, mint Kedvezményezett"); "together with" before the organisations that work with
# the subject ("X împreună cu A, B şi C")
CUE_KEYS += ("partner_predicate", "together_with")
# "with" alone before a second organisation ("Gmina X z Gminną Biblioteką Y", "X spolu s Y"): two partners
CUE_KEYS += ("comitative",)
# partners: an organisation named beside its own partners ("X et ses partenaires", "X and its partners A and B");
# one partner named right after its singular noun ("our partner school Liceo X")
CUE_KEYS += ("own_partners", "partner_one")
# partners: verbs of leading whose object is the project ("X leidt dit project", "A projektet X vezeti")
CUE_KEYS += ("lead_verbs",)
# partners: nouns of cooperation and plural nouns of municipalities ("spolupráce obcí A a B")
CUE_KEYS += ("cooperation_nouns", "places_plural", "joint_words", "relative_pronouns")
# verbs of receiving a grant ("Dotaci získali A a B", "X received a grant"): their subject or the names after them
CUE_KEYS += ("grant_received",)
# partner countries: endings that make a town's name an adjective of the organisation ("Soproni Egyetem",
# "Győri Szolgáltatási Szakképzési Centrum"): the town's own name, then the ending
CUE_KEYS += ("place_adjective_endings",)
# partners: the heads of a partner table's columns beside the name ("Country", "Function", "Website"),
# read in a line that heads a table flattened to one cell per line
CUE_KEYS += ("table_columns",)
# partner countries: case endings a country's name takes after its stem ("Turciei", "Turecku", "Ukrajnában"):
# a word that adds any other letters to the stem of a far-off country is another word ("Bruneck" is no Brunei)
CUE_KEYS += ("case_endings",)
# words of age ("pupils aged 3 to 12 years", "elevi cu vârste între 3 și 12 ani"): a number and unit after them is an age
CUE_KEYS += ("age_words",)
# sections: "another"/"next"/"second" right before the project noun opens one more project ("Kolejny projekt …",
# "Im zweiten Projekt „X“", "Un altro progetto …")
CUE_KEYS += ("project_next",)
# sections: a plural naming phrase before a list of projects' names ("con las denominaciones 'A', 'B' y 'C'")
CUE_KEYS += ("project_names_plural",)
# partners: "consists of" after a noun of cooperation or a consortium ("Die Zusammenarbeit besteht aus A, B")
CUE_KEYS += ("consists_of",)
# "partnerji projekta smo A, B in C", "partneři projektu jsme …": a copula in the first person plural
CUE_KEYS += ("copula_we",)
# partners: a preposition of origin after a partner noun, before a list of countries with their partners
# in brackets ("partners from Italy (A), Malta (B)", "partnerima iz Italije (A)")
CUE_KEYS += ("partners_from",)
# "należy do sojuszu 4EU+, w którym znajdują się: A, B i C": an alliance's members listed after a colon
CUE_KEYS += ("alliance",)
# a preposition before a country after a town ("Munich en Allemagne"): the town is where a partner is
CUE_KEYS += ("country_prepositions",)
# partners: verbs of obtaining, carrying out, applying for or starting a project or its funding, and the
# funding or application nouns they take ("Obec X získala dotaci", "Gmina X realizuje projekt")
CUE_KEYS += ("actor_verbs", "actor_objects")
# partners: a relative word of place after the project noun ("projektu X, na ktorom participuje Y", "in which")
CUE_KEYS += ("relative_in",)
# dates: words after a year that open a year-first date ("2020 m. liepos 1 d.", "2020. gada 1. jūlijā"),
# and a day's own word after its number ("1 d.")
CUE_KEYS += ("year_first", "day_suffix")
# activities: "within the project" before a list of work done in it, the verb of carrying
# out between them ("przeprowadzone zostały"), "also" after that verb or a last conjunction
CUE_KEYS += ("project_frame", "frame_verbs", "also")
# activities: "eligible", "förderfähig": a list of what a call may fund is no project's work
CUE_KEYS += ("eligible",)


def languages() -> list[str]:
    return sorted(p.stem for p in (HERE / "cues").glob("*.toml"))


@dataclass
class Lexicon:
    lang: str
    inflecting: bool = False
    # nouns written with a capital ("Öffentlichkeitsarbeit unterstützt"): a lower-case word
    # after the last noun of a sentence is its verb
    nouns_capitalised: bool = False
    # a name takes its case ending after an apostrophe ("Türkiye'nin", "Müdürlüğü’dür"): the
    # ending is no part of the name
    apostrophe_suffixes: bool = False
    # the programme's name stands before its word ("Erasmus+ Programı", "… Együttműködési Program")
    name_before_programme: bool = False
    cues: dict[str, list[str]] = field(default_factory=dict)
    abbreviations: set[str] = field(default_factory=set)
    number_words: dict[str, int] = field(default_factory=dict)
    number_scales: dict[str, int] = field(default_factory=dict)
    duration_units: dict[str, int] = field(default_factory=dict)  # "měsíců" -> 1, "let" -> 12
    currencies: dict[str, str] = field(default_factory=dict)  # lowercase word or symbol -> ISO 4217
    months: dict[str, int] = field(default_factory=dict)  # lowercase form -> month number
    countries: dict[str, str] = field(default_factory=dict)  # folded name -> ISO 3166-1 alpha-2
    adjective_stems: dict[str, str] = field(default_factory=dict)  # folded stem -> alpha-2
    region_stems: dict[str, str] = field(default_factory=dict)  # folded stem of a region's adjective -> alpha-2
    decimal: str = ","
    # words for a programme's numbered units ("Prioritná os 1", "Measure 2.1"): plain words,
    # not cues, since a phrase matcher on "po" or "call" would fire on prepositions and verbs
    programme_units: tuple[str, ...] = ()

    def cue_set(self, key: str) -> set[str]:
        return set(self.cues.get(key, ()))


def plain_letters(word: str) -> str:
    """A word without its letters' marks: "kohëzgjatja" -> "kohezgjatja", "până" -> "pana"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _dotless(word: str) -> str:
    """A word lowered so that the forms re's IGNORECASE pairs meet: the Turkish i's ("MİLYON"
    lowers to "mi̇lyon" with a combining dot and "YIL" to "yil", where the cue files write
    "milyon" and "yıl") and the Greek sigmas ("ΔΙΣ." lowers to "δισ.", the file writes "δις.")."""
    return word.lower().replace("\u0307", "").replace("ı", "i").replace("ς", "σ")


class CaselessTable(dict):
    """A word table (number words, scales, units, currencies, months) keyed by lower-case words.
    The patterns built from it match with re.IGNORECASE, which pairs "I" and "İ" with "i" and
    "ı" and "Σ" with "ς", so a word they matched is found here too, where str.lower() alone
    misses it."""

    def __missing__(self, key: str):
        wanted = _dotless(key)
        for word, value in self.items():
            if _dotless(word) == wanted:
                return value
        raise KeyError(key)


@lru_cache(maxsize=None)
def _read_toml(lang: str) -> dict:
    """The parsed cue file, read once: the lexicon and the tables other modules take from
    it (home_countries, org_types_plural, names…) share one parse. Read-only."""
    return tomllib.loads((HERE / "cues" / f"{lang}.toml").read_text("utf-8"))


def data_entry(lang: str | None, key: str, default=None):
    """One data entry of a language's cue file (a table or list the extractors read beside the
    cues: org_types_plural, linking_articles, place_grades…), or `default` for a language with
    no cue file or no such entry. Read-only."""
    if lang not in languages():
        return default
    return _read_toml(lang).get(key, default)


def _read_generated(lang: str) -> dict:
    path = HERE / "generated" / f"{lang}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def _adjective_stems(names: dict[str, str], rules: list[list[str]]) -> dict[str, str]:
    """Country adjectives from CLDR language names: "maďarština" -> "maďarsk" (HU)."""
    stems: dict[str, str] = {}
    for name, cc in names.items():
        stem = name.lower()
        for suffix, replacement in rules:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)] + replacement
                break
        stem = fold(stem)
        if len(stem) >= 4 and " " not in stem:
            stems.setdefault(stem, cc)
    return stems


@lru_cache(maxsize=None)
def load_single(lang: str) -> Lexicon:
    cues = _read_toml(lang)
    gen = _read_generated(lang)
    lex = Lexicon(lang=lang, inflecting=bool(cues.get("inflecting")),
                  nouns_capitalised=bool(cues.get("nouns_capitalised")),
                  apostrophe_suffixes=bool(cues.get("apostrophe_suffixes")),
                  name_before_programme=bool(cues.get("name_before_programme")))
    lex.cues = {k: [c.lower() for c in cues.get(k, [])] for k in CUE_KEYS}
    plain = bool(cues.get("typed_plain"))
    if plain:
        # pages in this language are often typed without its letters' marks ("Kohezgjatja" for
        # "Kohëzgjatja", "pana pe" for "până pe"): every cue is also matched in its plain form
        lex.cues = {k: v + [p for p in dict.fromkeys(plain_letters(c) for c in v) if p not in v]
                    for k, v in lex.cues.items()}
    lex.abbreviations = {a.lower() for a in cues.get("abbreviations", [])}
    lex.number_words = CaselessTable({k.lower(): v for k, v in cues.get("number_words", {}).items()})
    # CLDR's scale words in every plural form, then the cue file's (abbreviations CLDR lacks)
    lex.number_scales = CaselessTable({**gen.get("scales", {}),
                                       **{k.lower(): v for k, v in cues.get("number_scales", {}).items()}})
    # a scale word's stop ends no sentence ("1.4 Mil. EUR", "5 mia. Kr."): the currency follows
    lex.abbreviations |= {w for w in lex.number_scales if w.endswith(".")}
    lex.duration_units = CaselessTable({k.lower(): v for k, v in cues.get("duration_units", {}).items()})
    lex.currencies = CaselessTable({**gen.get("currencies", {}),
                                    **{k.lower(): v for k, v in cues.get("currency_words", {}).items()}})
    lex.months = CaselessTable()
    for month, forms in gen.get("months", {}).items():
        for form in forms:
            lex.months.setdefault(form.lower(), int(month))
    for month, forms in cues.get("months_extra", {}).items():
        for form in forms:
            lex.months.setdefault(form.lower(), int(month))
    if plain:
        for form, month in list(lex.months.items()):
            lex.months.setdefault(plain_letters(form), month)
    lex.countries = {fold(k): v for k, v in gen.get("countries", {}).items()}
    lex.countries.update({fold(k): v for k, v in cues.get("country_aliases", {}).items()})
    lex.adjective_stems = _adjective_stems(gen.get("language_names", {}), cues.get("adjective_rules", []))
    # a region's adjective names its country ("Vlaams-Nederlandse", "katalánští partneři")
    lex.region_stems = {fold(k.lower()): v for k, v in cues.get("region_adjectives", {}).items()}
    lex.decimal = gen.get("decimal_symbol", ",") if gen.get("decimal_symbol") in (",", ".") else ","
    lex.programme_units = tuple(w.lower() for w in cues.get("programme_units", []))
    return lex


@lru_cache(maxsize=1)
def kin() -> dict[str, str]:
    """Detected language without a cue file -> the known language it is read with (kin.toml)."""
    return dict(tomllib.loads((HERE / "kin.toml").read_text("utf-8")))


def reading_language(lang: str | None) -> str:
    """The cue file a page detected as `lang` is read with: its own, else a related
    language's ("no" -> "da"), else English's."""
    known = languages()
    if lang in known:
        return lang
    near = kin().get(lang or "")
    return near if near in known else LINGUA_FRANCA


@lru_cache(maxsize=None)
def load(lang: str | None) -> Lexicon:
    """The lexicon a document in `lang` is read with: its own language (or a related one,
    `reading_language`) first, then English.

    Where the two disagree (a month name, say), the document's language wins.
    """
    primary = reading_language(lang)
    own = load_single(primary)
    if primary == LINGUA_FRANCA:
        return own
    extra = load_single(LINGUA_FRANCA)
    merged = Lexicon(lang=primary, inflecting=own.inflecting, decimal=own.decimal,
                     nouns_capitalised=own.nouns_capitalised, apostrophe_suffixes=own.apostrophe_suffixes,
                     name_before_programme=own.name_before_programme)
    merged.cues = {k: own.cues[k] + [c for c in extra.cues[k] if c not in own.cues[k]] for k in CUE_KEYS}
    merged.abbreviations = own.abbreviations | extra.abbreviations
    merged.programme_units = own.programme_units + tuple(w for w in extra.programme_units if w not in own.programme_units)
    for attr in ("number_words", "number_scales", "duration_units", "currencies", "months", "countries", "adjective_stems",
                 "region_stems"):
        setattr(merged, attr, CaselessTable({**getattr(extra, attr), **getattr(own, attr)}))
    return merged


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, dict[str, list[str]]]:
    """legal_forms.toml: {"forms": {form: countries}, "prefix": {form: countries}}."""
    return tomllib.loads((HERE / "legal_forms.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def places() -> dict[str, dict]:
    path = HERE / "generated" / "places.json"
    return json.loads(path.read_text("utf-8")).get("places", {}) if path.exists() else {}


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code we know, from the generated English country names."""
    return frozenset(_read_generated(LINGUA_FRANCA).get("countries", {}).values())


@lru_cache(maxsize=None)
def home_countries(lang: str) -> frozenset[str]:
    """The countries whose language `lang` is (its cue file's home_countries)."""
    return frozenset(data_entry(lang, "home_countries", []))


@lru_cache(maxsize=None)
def org_words() -> frozenset[str]:
    """Organisation-type words of every language ("univerzita", "Gmina", "Stiftung"), folded:
    a name holding one is an organisation, not a person, whichever language the page is in
    ("Gmina Větřkovice" on a Czech page). Read apart from the cue keys: they are no cue."""
    return frozenset(fold(w) for lang in languages() for w in _read_toml(lang).get("org_words", []))


def org_word_in(text: str) -> bool:
    """An organisation word of any language (org_words) is a whole word of the text."""
    words = org_words()
    return any(fold(w) in words for w in re.findall(r"\w+", text))


@lru_cache(maxsize=1)
def minority_words() -> tuple[str, ...]:
    """Words of a national minority's body in every language ("samouprava", "nemzetiségi",
    "Minderheit"), folded; a trailing "*" stands for any ending. Read apart from the cue
    keys, as org_words: a name in a neighbour's language uses its own words."""
    return tuple(sorted({fold(w) for lang in languages() for w in _read_toml(lang).get("minority_words", [])}))
# partners (with "seat" above): prepositions that put a town after a name, and
# the type words whose town belongs to the name ("University in Košice"), and prepositions before a country
# after a name ("Gmina X w Niemczech")
CUE_KEYS += ("place_tail_prepositions", "seat_in_name", "country_tail_prepositions",
             "and_so_on")  # "Universität Brno uvm.": the list goes on, the name does not
# partners: programme bodies (managing authority, joint secretariat, monitoring committee, contact point): never a partner
CUE_KEYS += ("programme_bodies",)
# budgets: modal verbs ("may", "kann", "może") that make an amount a possibility, and words that restate an
# amount in another currency ("or", "soit", "czyli")
CUE_KEYS += ("money_modal", "money_or")
# budgets: the EU's abbreviation ("EU", "UE", "EÚ", "ЕС"), case kept
CUE_KEYS += ("eu_abbrev",)
# dates: each weekday's forms, Monday first, "|" between them: a weekday beside a day and month
# without a year says which year it is ("Sâmbătă, 23 martie" on a page of 2019)
CUE_KEYS += ("weekday_order",)
# events: a label naming a date ("Date:", "Datum:", "Időpont:"), whose day is an event's in a meeting's record
CUE_KEYS += ("date_label",)
# dates: "programming period", "okres programowania", "Förderperiode": an EU budget period beside them is the
# programme's (budget_periods)
CUE_KEYS += ("programming_period",)
# partners: the labels of a telephone, fax or e-mail line ("Tel.", "Tālr.", "tlf.", "E-mail"): with a number or
# an address after them they mark a contact line, which names no partner (partner_contact)
CUE_KEYS += ("contact_labels",)
# partners: auxiliaries and particles that only stand before a verb ("θα", "wird", "will", "bude"): a name read on
# into one has run into its sentence (partner_clause)
CUE_KEYS += ("auxiliaries",)
# activities: words naming a list of objectives or goals, and of results or outputs ("Ciele:",
# "Obiectivele reuniunii:", "Rezultati:"): a bare colon line naming them over bullets does not
# announce the project's work (activity_lists.colon_line_lead_in)
CUE_KEYS += ("objectives", "results")
