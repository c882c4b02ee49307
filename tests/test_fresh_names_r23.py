"""Round 23, names on fresh pages: an English name unquoted after another language's project
word runs to its clause's end; a quotation glued to the project word ('projeto"X"') is read;
a line in capitals of a word and the project word names nothing; a name in sentence case after
a project word that ends its sentence runs to the full stop."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_english import english_clause


def _names(lang: str, text: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"fresh_{lang}.txt", "fresh")[0]
    return [p["name"] for p in doc["projects"]]


ENGLISH = [
    ("sl", "Maja 2022 je potekalo srečanje projekta Erasmus+ Bridges over the river. Srečanja so se udeležili "
           "učenci in učitelji iz partnerskih šol v Italiji in na Poljskem.", "Bridges over the river"),
    ("cs", "Naše škola obdržela grant na realizaci projektu Green steps for our town. Hlavním cílem projektu je "
           "zapojit žáky do péče o životní prostředí v obci.", "Green steps for our town"),
    ("it", "Il progetto dal titolo Growing up with water, Share Ideas and Save Nature, promuove la crescita "
           "degli studenti attraverso attività comuni con le scuole partner.",
     "Growing up with water, Share Ideas and Save Nature"),
]


@pytest.mark.parametrize("lang,text,name", ENGLISH)
def test_an_english_name_runs_to_its_clause_end(lang, text, name):
    assert _names(lang, text) == [name]


def test_an_english_clause_needs_an_english_small_word_and_none_of_the_page():
    text = "projekta Bridges over the river. Naprej"
    at = text.index("Bridges")
    assert english_clause(text, at, "sl") == (at, text.index("."))
    assert english_clause(text, at, "en") is None  # an English page has its own readers
    assert english_clause("projektu Zelena pot za naše mesto.", 9, "sl") is None  # the page's own words
    assert english_clause("projektu Zelena Pot Mesta.", 9, "sl") is None  # no English small word


@pytest.mark.parametrize("lang,text,name", [
    ("pt", 'A primeira reunião dos coordenadores do projeto"Water for all" decorreu em Lisboa em maio de 2021.',
     "Water for all"),
    ("es", 'La primera reunión de coordinadores del proyecto"Agua para todos" tuvo lugar en Madrid en mayo de 2021.',
     "Agua para todos"),
])
def test_a_quotation_glued_to_the_project_word_is_read(lang, text, name):
    assert _names(lang, text) == [name]


@pytest.mark.parametrize("lang,text", [
    ("nl", "ERASMUS+\n\nOnze school werkt mee aan Europese projecten.\n\nHUIDIG PROJECT: WATERWEGEN\n\n"
           "Dit schooljaar starten we opnieuw met een Europees samenwerkingsproject."),
    ("en", "ERASMUS+\n\nOur school takes part in European projects.\n\nCURRENT PROJECT: WATERWAYS\n\n"
           "This year we start a new European partnership."),
])
def test_a_word_in_capitals_before_the_project_word_is_no_name(lang, text):
    assert "HUIDIG" not in _names(lang, text) and "CURRENT" not in _names(lang, text)


@pytest.mark.parametrize("lang,text,name", [
    ("et", "Meie kool viib 2024. aastal ellu Erasmus+ projekti Roheline kool ja kogukond. Projekt koosneb kahest "
           "õpirändest Soome.", "Roheline kool ja kogukond"),
    ("hr", "Općina je prošle godine uspješno završila radove na projektu Obnova starog mlina. Radovi su trajali "
           "osam mjeseci.", "Obnova starog mlina"),
])
def test_a_sentence_case_name_closing_its_sentence_runs_to_the_full_stop(lang, text, name):
    assert _names(lang, text) == [name]


@pytest.mark.parametrize("heading", ["KA2 ERASMUS+", "Erasmus+ KA229"])
def test_a_key_action_and_its_programme_head_no_project(heading):
    from pipeline.extractors.names import _action_and_programme
    assert _action_and_programme(heading, "lv")
    assert not _action_and_programme("KA229 Eco Thinking", "lv")


@pytest.mark.parametrize("lang,text", [
    ("lv", "KA2 ERASMUS+\n\nŠeit var iepazīties ar PROJEKTA DIENASGRĀMATU\n\nERASMUS+ “Green roofs for all” projekta "
           "aktivitātes notika skolā 2020. gadā."),
    ("pl", "KA2 ERASMUS+\n\nZapraszamy do lektury KRONIKI\n\nERASMUS+ „Green roofs for all” projektu realizowanego "
           "w naszej szkole w latach 2019-2021."),
])
def test_no_name_from_a_key_action_heading_or_across_a_line_break(lang, text):
    # (the words before a quotation read as its acronym stop at the line's start)
    names = _names(lang, text)
    assert "KA2 ERASMUS+" not in names and not any(n and "\n" in n for n in names)
