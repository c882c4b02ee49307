"""A company's common noun in lower case before its name in a list ("i firma X", "in podjetje Y
d.o.o.", "the company Z Ltd") makes the item a name without the noun; a legal form's full
stop before a new sentence ends the last name of a list in running text. Invented sentences."""
import pytest

from pipeline.build import extract_one


def names(text: str, lang: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), f"r19_{lang}.txt", f"r19_{lang}")[0]
    assert doc["language"] == lang
    return [p["name"] for pr in doc["projects"] for p in pr["partners"]]


@pytest.mark.parametrize("lang,text,name", [
    ("pl", "Partnerami tego przedsięwzięcia są: Polskie Towarzystwo Ochrony Ptaków, Fundacja Zielona Dolina i firma "
           "Nordic Habitat Consult z Danii.", "Nordic Habitat Consult"),
    ("sl", "Vodilni partner projekta je Notranjski regijski park, partnerji projekta so Zavod RS za ribištvo, Zavod RS "
           "za varstvo narave in podjetje Vodnogradnja d.o.o.", "Vodnogradnja d.o.o"),
    ("sk", "Partnermi projektu sú Obec Lipany, Mesto Sabinov a spoločnosť Agro Šariš s.r.o. Projekt potrvá 24 mesiacov "
           "a jeho rozpočet je 200 000 eur.", "Agro Šariš s.r.o"),
    ("en", "The partners are Brno City Council, the University of Graz and the company Passau Water Ltd. The project "
           "runs for 36 months.", "Passau Water Ltd"),
])
def test_a_company_noun_before_a_name_in_a_list(lang, text, name):
    assert name in names(text, lang)


def test_a_legal_forms_stop_before_a_new_sentence_ends_the_name():
    text = ("The partners are Brno City Council and Passau Water Ltd. The project runs for 36 months and costs "
            "EUR 2 million.")
    assert "Passau Water Ltd" in names(text, "en")
