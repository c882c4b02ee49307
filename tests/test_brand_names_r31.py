"""A programme's brand read as a project's name (round 31)."""
import pytest

from pipeline.extractors.name_actions import brand_not_name


@pytest.mark.parametrize("name, lang", [
    ("Neue Erasmus+ Partnerschaft", "de"),            # the brand in the middle: a heading about funding
    ("Sensibilisierung für das LIFE Programm in Sachsen", "de"),
    ("Nowa szkoła Erasmus+ w Gminie", "pl"),
    ("Projekt LIFE", "pl"),                            # a project word and the brand, nothing else
    ("Projekt Interreg", "de"),
])
def test_brand_is_no_name(name, lang):
    assert brand_not_name(name, lang)


@pytest.mark.parametrize("name, lang", [
    ("LIFE Moorwälder", "de"),                         # the brand opens a LIFE project's name
    ("Biber LIFE", "de"),                              # or closes it
    ("FRESHABIT LIFE-IP", "en"),
    ("Żubry LIFE", "pl"),
    ("Zielona Dolina", "pl"),                          # no brand at all
])
def test_brand_at_an_edge_is_a_name(name, lang):
    assert not brand_not_name(name, lang)
