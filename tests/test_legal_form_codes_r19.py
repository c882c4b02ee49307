"""A legal form spelt like a country code ends a partner's name as its form, not its country:
Estonia's "AS" and "SA", Norway's "AS"/"ASA", Poland's and Spain's "SA". A bracketed code is
still a country. Invented names and pages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.partner_locate import legal_form_countries


def partners(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"r19_{lang}.txt", f"r19_{lang}")[0]
    assert doc["language"] == lang
    return sorted((p["name"], p.get("country")) for pr in doc["projects"] for p in pr["partners"])


@pytest.mark.parametrize("name,codes", [
    ("Tartu Veevärk AS", {"EE", "LV", "NO"}),
    ("Equinor ASA", {"NO"}),
    ("Kliinikumi Arendus SA", {"EE", "PL", "FR", "BE", "LU", "ES", "PT", "CH", "GR", "RO"}),
    ("AS Rīgas Ūdens", {"EE", "LV"}),
])
def test_the_forms_are_in_the_data(name, codes):
    assert legal_form_countries(name) == frozenset(codes)


def test_an_estonian_company_and_foundation_get_no_foreign_country():
    text = ("Klastri projektis osalevad partnerid: Lõuna-Eesti Haigla SA, Tartu Veevärk AS, Pärnu Kolledž OÜ ja "
            "Eesti Spordiliit MTÜ. Projekt kestab 24 kuud ja selle eelarve on 300 000 eurot.")
    found = dict(partners(text, "et"))
    assert found.get("Lõuna-Eesti Haigla SA") in (None, "EE")
    assert found.get("Tartu Veevärk AS") in (None, "EE")
    assert "SA" not in found.values() and "AS" not in found.values()


def test_a_bracketed_code_is_still_a_country():
    text = ("Die Projektpartner sind: Stadtwerke Passau GmbH (DE), Vodárny Plzeň a.s. (CZ) und Saarland "
            "Wasser SA (LU). Das Projekt läuft 36 Monate.")
    found = dict(partners(text, "de"))
    assert found.get("Saarland Wasser SA") == "LU"


@pytest.mark.parametrize("lang,text,last", [
    ("en", "The project partners are: Passau Water Ltd, University of Vienna and Brno City Council. The project runs "
           "for 36 months.", "Brno City Council"),
    ("de", "Die Projektpartner sind: Stadtwerke Passau GmbH, Universität Wien und Stadt Brünn. Das Projekt läuft "
           "36 Monate.", "Stadt Brünn"),
    ("cs", "Partneři projektu: Vodárny Plzeň a.s., Město Brno a Univerzita Karlova. Projekt potrvá 36 měsíců.",
     "Univerzita Karlova"),
])
def test_a_labels_value_in_running_text_ends_with_its_sentence(lang, text, last):
    names = [n for n, _ in partners(text, lang)]
    assert last in names and not any("36" in n for n in names)


@pytest.mark.parametrize("lang,text,name", [
    ("pl", "Partnerami projektu są Gmina Kłodzko oraz Zielone Wzgórze Sp. z o.o. Projekt potrwa 24 miesiące.",
     "Zielone Wzgórze Sp. z o.o"),
    ("pl", "Partnerami projektu są Zielone Wzgórze Sp. z o.o. i Gmina Kłodzko. Projekt potrwa 24 miesiące.",
     "Zielone Wzgórze Sp. z o.o"),
])
def test_a_legal_form_with_a_lowercase_word_stays_in_the_name(lang, text, name):
    assert name in [n for n, _ in partners(text, lang)]
