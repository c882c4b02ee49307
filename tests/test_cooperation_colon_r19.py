"""A colon after a verb or phrase of cooperating opens a list of the partners, which ends with its
sentence; a place preposition, a country's adjective and a place after a name are its seat, and
the adjective gives its country. Invented sentences."""
import pytest

from pipeline.build import extract_one


def partners(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"r19_{lang}.txt", f"r19_{lang}")[0]
    assert doc["language"] == lang
    return sorted((p["name"], p.get("country")) for pr in doc["projects"] for p in pr["partners"])


@pytest.mark.parametrize("lang,text,want", [
    ("cs", "Naše škola se zapojila do projektu Erasmus+ s názvem Zelená Evropa. V rámci projektu budeme spolupracovat "
           "se dvěma zahraničními školami: Liceo Galileo Galilei v italské Perugii a Escola Básica Vale Verde v portugalské "
           "Coimbře. Projekt potrvá dva roky.",
     [("Escola Básica Vale Verde", "PT"), ("Liceo Galileo Galilei", "IT")]),
    ("en", "Our school joined the Erasmus+ project Green Europe. Within the project we will cooperate with two schools: "
           "Liceo Galileo Galilei in Italian Perugia and Escola Básica Vale Verde in Portuguese Coimbra. The project "
           "lasts two years.",
     [("Escola Básica Vale Verde", "PT"), ("Liceo Galileo Galilei", "IT")]),
])
def test_a_colon_after_cooperating_opens_the_partner_list(lang, text, want):
    assert partners(text, lang) == want


def test_no_list_without_a_cooperation_cue_before_the_colon():
    text = ("Our school joined the Erasmus+ project Green Europe. The pupils visited two cities: Perugia in Italy and "
            "Coimbra in Portugal. The project lasts two years.")
    assert partners(text, "en") == []
