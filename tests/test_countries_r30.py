"""Round 30, countries: two countries coordinated in any sentence are the project's, and a
programme's strand written without its dash ("Interreg VA") is no Vatican City."""
import pytest

from pipeline.build import extract_one


def _countries(text: str, name: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc["projects"][0]["countries"] if doc["projects"] else []


@pytest.mark.parametrize("lang,text,expected", [
    ("da", "Projekt HAVBRO\n\nProjektet HAVBRO udvikler nye metoder til kystbeskyttelse i Sverige og Danmark. "
           "Budget: 1,2 mio. euro.\n", {"SE", "DK"}),
    ("pl", "Projekt ZIELONA SZKOŁA\n\nUczniowie z Litwy i Czech odwiedzili naszą szkołę w maju. "
           "Budżet: 30 000 euro.\n", {"LT", "CZ"}),
    ("et", "Projekt MERI\n\nProjekti MERI viivad ellu Soome ja Läti koolid. Eelarve 50 000 eurot.\n", {"FI", "LV"}),
])
def test_two_coordinated_countries_are_the_projects(lang, text, expected):
    assert expected <= set(_countries(text, f"two_{lang}.txt"))


def test_a_sentence_counting_projects_still_names_none():
    fr = ("Projet TERRA\n\nLe programme finance 12 projets en Autriche et en Hongrie. "
          "Le projet TERRA est porté par la commune de Lyon. Budget : 1,2 M€.\n")
    got = _countries(fr, "count_fr.txt")
    assert "AT" not in got and "HU" not in got


@pytest.mark.parametrize("lang,text", [
    ("pt", "Projeto RIO\n\nO projeto RIO é cofinanciado pelo Programa Interreg VA Espanha-Portugal 2014-2020. "
           "Orçamento: 500 000 euros.\n"),
    ("es", "Proyecto RÍO\n\nEl proyecto RÍO se financia con el programa INTERREG VA España-Portugal (POCTEP). "
           "Presupuesto: 500 000 euros.\n"),
])
def test_strand_letter_run_on_is_no_vatican(lang, text):
    got = _countries(text, f"va_{lang}.txt")
    assert {"ES", "PT"} <= set(got) and "VA" not in got
