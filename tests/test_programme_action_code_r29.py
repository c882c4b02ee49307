"""Round 29: a key action's code written right after a programme's brand ("Erasmus+ KA229",
"ERASMUS+ ΚΑ2", "Erasmus+/KA2") is part of the programme's name as the text writes it; a
project's number after the brand ("Erasmus+ 2022-1-…-KA122-…") is not."""
from pipeline.extractors.programme import programme
from pipeline.extractors.programme import _ACTION_CODE
from tests.section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme(section_context(text, lang))
    return found and found[0]


def test_action_code_after_the_brand_belongs_to_the_programme():
    text = "Nuestra escuela participa en el programa Erasmus+ KA229 con tres socios de Italia."
    assert _programme(text, "es") == "Erasmus+ KA229"
    text = "Το σχολείο μας συμμετέχει στο πρόγραμμα ERASMUS+ ΚΑ2 με σχολεία από την Πολωνία."
    assert _programme(text, "el") == "ERASMUS+ ΚΑ2"


def test_action_code_after_a_slash_or_a_spaced_plus():
    assert _programme("Die Schule ist Teil des Programms Erasmus+/KA2 mit vier Partnern.", "de") == "Erasmus+/KA2"
    assert _programme("The college took part in an Erasmus + K229 project with two schools in Spain.", "en") == "Erasmus+ K229"


def test_project_number_or_numbered_heading_is_no_action_code():
    assert _ACTION_CODE.match(" 2022-1-PL01-KA122-SCH-000012345") is None
    assert _ACTION_CODE.match(" KA2.1 strand") is None
    assert _ACTION_CODE.match(" KA2.").group(0) == " KA2"
    text = "Projekt została sfinansowana z programu Erasmus+ 2022-1-PL01-KA122-SCH-000012345 w całości."
    assert _programme(text, "pl") == "Erasmus+"
