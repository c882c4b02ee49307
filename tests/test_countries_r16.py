"""Round 16, countries on fresh pages: two countries coordinated with their preposition repeated."""
import pytest

from pipeline.build import extract_one


def _countries(text: str, name: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc["projects"][0]["countries"] if doc["projects"] else []


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Projet TERRA\n\nLe projet TERRA réunit des partenaires de France et d'Espagne autour de l'agroécologie. "
           "Budget : 1,2 M€.\n", ["FR", "ES"]),
    ("fr", "Projet TERRA\n\nLe projet TERRA réunit des partenaires de Belgique et d’Italie autour du vélo. "
           "Budget : 1,2 M€.\n", ["BE", "IT"]),
    ("es", "Proyecto TERRA\n\nEl proyecto TERRA reúne a socios de España y de Francia. Presupuesto: 1,2 millones de euros.\n",
     ["ES", "FR"]),
    ("it", "Progetto TERRA\n\nIl progetto TERRA riunisce partner d'Italia e di Spagna. Budget: 1,2 milioni di euro.\n",
     ["IT", "ES"]),
])
def test_two_countries_with_a_repeated_preposition_are_the_partners(lang, text, expected):
    assert _countries(text, f"rep_{lang}.txt") == expected


def test_a_conference_abroad_is_no_partner_country():
    it = ("Progetto MARE\n\nIl progetto MARE, guidato dall'Università di Bari, coinvolge partner di Grecia e di Albania. "
          "La conferenza finale si è tenuta a Bruxelles, in Belgio, il 12 giugno 2021. Durata 30 mesi.\n")
    got = _countries(it, "conf_it.txt")
    assert "BE" not in got and {"GR", "AL"} <= set(got)
