"""Acronyms read with their long forms by their letters, and names read from a page's headline
(pipeline/extractors/acronym_pairs.py, name_headline.py). Invented sentences, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.acronym_pairs import long_form, pairs, spells, title_case_run


def _pairs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[p.short[0]:p.short[1]], text[p.long[0]:p.long[1]]) for p in pairs(text, lang)]


@pytest.mark.parametrize("lang,text,expected", [
    # the long form before the bracket: the fewest words that spell it, small words skipped
    ("es", "El proyecto Rutas del Agua y Montaña (RAM) se presentó ayer.", [("RAM", "Rutas del Agua y Montaña")]),
    ("de", "Im Vorhaben Grüne Energie für Kleinstädte (GEKS) arbeiten vier Gemeinden.", [("GEKS", "Grüne Energie für Kleinstädte")]),
    # the acronym, then its long form in a bracket, in lowercase words too, a translation left out
    ("pl", "Projekt BALTIS (baltic tourism in schools – Bałtycka turystyka w szkołach) ruszył.",
     [("BALTIS", "baltic tourism in schools")]),
    ("it", "Il progetto Vesta (Valorizzare e Salvaguardare il Territorio Alpino), avviato a maggio.",
     [("Vesta", "Valorizzare e Salvaguardare il Territorio Alpino")]),
    # after a colon: a Title Case run, ended by the sentence's lowercase words
    ("en", "GLENK: Green Links for European Nature Knowledge in towns", [("GLENK", "Green Links for European Nature Knowledge")]),
    # letters that are not in order, or a first letter that opens no word, spell nothing
    ("en", "The meeting in Paris (France) was short.", []),
    ("fr", "Le projet NOVA (Réseau des villes alpines) commence.", []),
])
def test_pairs(lang, text, expected):
    assert _pairs(text, lang) == expected


def test_spells_needs_the_first_initial_and_most_initials():
    assert spells("SIM", "Start in Mountains")
    assert not spells("SIM", "in Mountains")
    assert not spells("CAT", "a Contemporary Art Trail of the north")  # the first word's initial is not C
    assert not spells("ABCDE", "Abcde")  # one word is no long form


def test_title_case_run_keeps_small_words_and_stops_at_prose():
    text = "X – Rivers Across Borders and Valleys of the Alps has started in May."
    pos = text.index("Rivers")
    assert text[pos:title_case_run(text, pos, "en")] == "Rivers Across Borders and Valleys of the Alps"


def test_long_form_of_a_known_name_in_a_bracket_needs_only_its_letters_in_order():
    text = "Die Universität ist Teil von INVEST (INnoVations of rEgional SusTainability), einer Allianz."
    found = long_form(text, "de", "INVEST")
    assert text[found[0]:found[1]] == "INnoVations of rEgional SusTainability"


def record(text: str, name: str) -> dict:
    return extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]


@pytest.mark.parametrize("lang,text,expected", [
    # a headline that defines an acronym, written again in the body: the acronym is the name
    ("en", "RIVERLINK: River Information and Valley Environment Research Link\n\n"
           "The consortium met in Graz. RIVERLINK runs for three years with a budget of EUR 1.2 million.\n",
     ("RIVERLINK", "River Information and Valley Environment Research Link")),
    # a sentence-case headline over a paragraph that speaks of "the project" without naming it
    ("sk", "Menu\n\nSpoločné remeslá pod Tatrami\n\nProjekt podporil stretnutia remeselníkov z Poľska a Slovenska. "
           "Celkový rozpočet projektu bol 45 000 EUR.\n",
     ("Spoločné remeslá pod Tatrami", None)),
    ("cs", "Obnova mlýnského náhonu v Lipové\n\nCílem projektu bylo opravit náhon a zpřístupnit ho "
           "návštěvníkům. Rozpočet projektu činil 1,2 mil. Kč.\n",
     ("Obnova mlýnského náhonu v Lipové", None)),
    # the programme's brand over the name
    ("de", "ERASMUS+ Gemeinsam über Grenzen\n\nDas Projekt verbindet unsere Schule seit September mit "
           "Schulen aus Polen und Italien.\n",
     ("Gemeinsam über Grenzen", None)),
])
def test_names_from_headlines_and_defined_acronyms(lang, text, expected):
    p = record(text, f"headline_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == expected


@pytest.mark.parametrize("lang,text", [
    # news of an event is no project's name
    ("en", "Kick-off meeting in Vienna\n\nThe project partners met in Vienna on 3 May 2021 to plan the work.\n"),
    # a news headline over a paragraph that mentions a project only later
    ("it", "Nuova piazza per il centro storico\n\nIl sindaco ha presentato ieri i lavori, finanziati da un "
           "progetto europeo con 300.000 euro.\n"),
    # a headline that ends as a sentence
    ("hr", "Općina je dobila novac za vrtić.\n\nProjekt vrijedan 2 milijuna kuna financira Europska unija.\n"),
])
def test_headlines_that_name_no_project(lang, text):
    doc = record(text, f"nohead_{lang}.txt")
    assert all(p["name"] is None for p in doc["projects"])


def test_a_name_read_as_the_opening_of_a_long_form_is_named_by_its_acronym():
    text = ("ACAN: Alpine Climate Adaptation Network\n\nThe Alpine Climate Adaptation project brings "
            "together twelve partners. ACAN is led by the University of Innsbruck.\n")
    p = record(text, "aol_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("ACAN", "Alpine Climate Adaptation Network")


@pytest.mark.parametrize("lang,text,expected", [
    # a quoted name, a spaced dash and a capitalised clause: the title (a translation or long form)
    ("cs", "Naše škola je zapojena do projektu Erasmus+ „Green Steps“ - Zelené kroky pro Evropu, který "
           "trvá dva roky. Partnery projektu jsou školy z Itálie a Portugalska.\n",
     ("Green Steps", "Zelené kroky pro Evropu")),
    # a quotation after the name and a comma, in apposition
    ("it", "Si è concluso il progetto ALPE, “Attività Locali per le Esperienze di montagna” finanziato dal "
           "programma Interreg Italia-Svizzera.\n",
     ("ALPE", "Attività Locali per le Esperienze di montagna")),
])
def test_titles_beside_a_quoted_name_or_in_apposition(lang, text, expected):
    p = record(text, f"beside_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == expected


@pytest.mark.parametrize("lang,text", [
    # a label over its value: no headline
    ("hr", "NOSITELJ PROJEKTA:\nGradska knjižnica u Zadru\nPARTNERI:\nGrad Nin\n"),
    # a fund's acronym defined in the page's first line names no project
    ("de", "EFRE: Europäischer Fonds für Regionale Entwicklung\n\nDer EFRE fördert Projekte in Sachsen.\n"),
])
def test_labels_and_funds_in_the_first_lines_name_no_project(lang, text):
    doc = record(text, f"nofirst_{lang}.txt")
    assert all(p["name"] is None for p in doc["projects"])
