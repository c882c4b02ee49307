"""A list of partners read as one name is divided when at least two items are organisations
and every other item is an acronym, an organisation opened by its repeated article, or a
country between two items (which is the item before's country). A name holding a list of
its domains stays whole."""
import pytest
from section_context import section_context

from pipeline.extractors.partner_mixed_lists import split_mixed_list
from pipeline.extractors.partner_record import PARTNER, Partner


def _split(name: str, lang: str, after: str = ".", country: str | None = None) -> list[tuple[str, str | None]]:
    ctx = section_context(name + after, lang)
    return [(q.name, q.country) for q in split_mixed_list(Partner(name, PARTNER, 0, len(name), country=country), ctx)]


@pytest.mark.parametrize("name,lang,expected", [
    ("UVA, Brightwater University of Applied Sciences, Harbour Institute of Technology", "en",
     ["UVA", "Brightwater University of Applied Sciences", "Harbour Institute of Technology"]),
    ("Universitat de Solsona, la Universitat Tècnica de Valmar", "ca",
     ["Universitat de Solsona", "Universitat Tècnica de Valmar"]),
    ("Universidad de Montenegra, la Fundación Sol Naciente, UMN", "es",
     ["Universidad de Montenegra", "Fundación Sol Naciente", "UMN"]),
    ("Università di Roccalta, l'Istituto Tecnico Marconi, ITM", "it",
     ["Università di Roccalta", "Istituto Tecnico Marconi", "ITM"]),
])
def test_a_list_with_acronyms_or_articles_is_divided(name, lang, expected):
    assert [n for n, _ in _split(name, lang)] == expected


def test_a_country_between_two_items_is_the_first_items_country():
    got = _split("Західна Дирекція водного господарства, Угорщина, Березівське районне управління лісового господарства", "uk")
    assert got == [("Західна Дирекція водного господарства", "HU"),
                   ("Березівське районне управління лісового господарства", None)]


def test_a_bracket_after_the_list_is_the_last_items_country():
    got = _split("KTU, Nordvik University of Technology, Sandberg University", "en", " (Germany).", "DE")
    assert got[0][1] is None and got[-1] == ("Sandberg University", "DE")


@pytest.mark.parametrize("name,lang", [
    ("Ministry of Economy, Medium-sized Businesses and Energy, North Rhine-Westphalia", "en"),
    ("Metsähallitus, Parks and Wildlife Finland", "en"),
    ("Arena, Senter for europaforskning", "no"),
    ("Martrain, CRL", "en"),                                   # one organisation and its legal form
    ("Universität Nordstadt, Deutschland", "de"),              # one item and its country
])
def test_a_name_that_is_no_mixed_list_stays_whole(name, lang):
    assert [n for n, _ in _split(name, lang)] == [name]
