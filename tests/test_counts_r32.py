"""Round 32: stated counts (partners, countries, members)."""
from pipeline.extractors import counts
from tests.section_context import section_context


def _kinds(text: str, lang: str) -> dict:
    return {k: v[0] for k, v in counts.extract(section_context(text, lang)).items()}


def test_a_year_after_a_month_or_before_a_year_word_is_no_count():
    assert "partners" not in _kinds("Op 9 april 2019 beslisten de projectpartners het project stop te zetten.", "nl")
    assert "members" not in _kinds("Den 4. juni 2019 mødtes medlemmerne af Interreg-udvalget i Husum.", "da")
    assert "partners" not in _kinds("Okres wdrażania 30 miesięcy: od lipca 2005 do grudnia 2007 Partnerzy aktywni: Gmina Bornholm.", "pl")
    assert "partners" not in _kinds("AB tarafından yayınlanan 2005 yılı Ortak Küçük Projeler Fonu programından hibe alındı.", "tr")


def test_a_count_beside_a_month_still_counts():
    assert _kinds("In april 12 projectpartners kwamen samen in Gent.", "nl").get("partners") == 12


def test_the_two_countries_refer_back_and_state_no_count():
    assert "countries" not in _kinds(
        "It opens up the possibility of learning systematically from the differences between the two countries.", "en")
    assert "countries" not in _kinds(
        "A Bike Paradise projekt keretében a két országban összesen 16,88 kilométer kerékpárút épült meg.", "hu")
    assert "countries" not in _kinds(
        "Aceste spații vor facilita colaborarea între entitățile culturale din cele două țări.", "ro")
    assert "countries" not in _kinds(
        "Il-parteċipanti miż-żewġ pajjiżi kienu involuti f'numru ta' diskussjonijiet.", "mt")


def test_two_countries_stated_without_an_article_still_count():
    assert _kinds("The project brings four partners together across two countries.", "en").get("countries") == 2
    assert _kinds("The 25 partners of the project come from the 11 countries of the region.", "en").get("countries") == 11
