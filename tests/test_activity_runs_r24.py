"""Round 24, the shape of an enumeration in running text:
- a run whose items are separated by semicolons keeps the commas inside its items;
- before a cue, a preposition between the last piece and the cue makes the cue a complement
  of that piece ("valg af tiltag"), so the pieces are no list of its kind;
(Round 31 dropped the reader of enumerations after their cue in running text, with its
tests of capitalised items: see tests/test_activity_readers_r31.py.)"""
import pytest

from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [i.text for i in activities.extract(section_context(text, lang))]


def test_semicolons_separate_the_items_and_keep_their_commas():
    body = "modernizarea clădirii, inclusiv a instalațiilor; dotarea cu mobilier; amenajarea curții, cu alei noi"
    spans = activities._top_level(body)
    assert [body[a:b].strip() for a, b in spans] == [
        "modernizarea clădirii, inclusiv a instalațiilor", "dotarea cu mobilier", "amenajarea curții, cu alei noi"]


def test_commas_alone_still_split():
    body = "výstava, konference, semináře"
    assert [body[a:b].strip() for a, b in activities._top_level(body)] == ["výstava", "konference", "semináře"]


def test_a_run_of_semicolons_only_is_unchanged():
    body = "A; B; C"
    assert [body[a:b].strip() for a, b in activities._top_level(body)] == ["A", "B", "C"]


GOVERNED = [
    ("da", "Mål, behov og valg af aktiviteter fastlægges på baggrund af en analyse."),
    ("bg", "Те обсъдиха бюджета, приеха плана и всеки участник представи отчета си по основните дейности."),
]


@pytest.mark.parametrize("lang,text", GOVERNED)
def test_a_cue_after_a_preposition_names_no_enumeration_before_it(lang, text):
    assert activities._before_cue(section_context(text, lang), 0) is None


VERB_PIECES = [
    ("en", "The project's activities: two study visits, a summer school and a final conference were delivered in 2019."),
    ("pl", "Działania projektu: warsztaty dla uczniów, wycieczki rowerowe i spotkania odbędą się w maju."),
]


@pytest.mark.parametrize("lang,text", VERB_PIECES)
def test_a_piece_that_holds_the_sentence_verb_makes_no_list(lang, text):
    assert activities._inline(section_context(text, lang), 0) is None


def test_a_colon_list_of_noun_pieces_is_read():
    text = "The project's activities: two study visits, a summer school and a final conference."
    assert activities._inline(section_context(text, "en"), 0)[1][0][0] == "two study visits"
