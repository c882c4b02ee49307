"""A town or region inside a partner's name, in a case form of the page's language."""
from pipeline.lexicons import load
from pipeline.name_places import forms, place_in_name


def test_case_ending_put_back_to_nominative():
    assert "Biržai" in forms("Biržų", "lt")
    assert "Θεσσαλονίκη" in forms("Θεσσαλονίκης", "el")
    assert "Tampere" in forms("Tampereen", "fi")
    assert forms("Graz", "de") == ["Graz"]  # no table: the word as it stands


def test_inflected_town_in_a_name():
    lt, el, fi = load("lt"), load("el"), load("fi")
    assert place_in_name("Panevėžio miesto biblioteka", lt, frozenset({"LT"})) == "LT"
    assert place_in_name("Biržų rajono savivaldybė", lt, frozenset({"LT", "LV"})) == "LT"
    assert place_in_name("Δήμος Θεσσαλονίκης", el, frozenset({"GR", "BG"})) == "GR"
    assert place_in_name("Tampereen ammattikorkeakoulu", fi, frozenset()) == "FI"  # a page naming no country: its own


def test_village_of_a_named_country_only():
    pt = load("pt")
    name = "Associação Cultural de Mértola"
    assert place_in_name(name, pt, frozenset({"PT", "ES"})) == "PT"
    # round 25: the page's own country counts as well as the named ones
    assert place_in_name(name, pt, frozenset({"ES", "FR"})) == "PT"
    # Portugal neither named nor the page's language's: no place
    assert place_in_name(name, load("es"), frozenset({"ES", "FR"})) is None


def test_guards():
    es, de = load("es"), load("de")
    # capitalised words alone are a person's name as often as an organisation's
    assert place_in_name("Pedro Marín Cots", es, frozenset({"ES"})) is None
    # a word the page writes in lower case is a word of the language
    text = "Die Hochschule Furtwangen liegt im Schwarzwald; furtwangen schreibt niemand klein."
    assert place_in_name("Hochschule Furtwangen", de, frozenset({"DE"}), "Die Hochschule Furtwangen liegt im Schwarzwald.") == "DE"
    assert place_in_name("Hochschule Furtwangen", de, frozenset({"DE"}), text) is None
    # short words are no places
    assert place_in_name("Stiftung Gaur", de, frozenset({"FR", "DE"})) is None


def test_region_head_without_its_type_word():
    sv, no = load("sv"), load("no")
    # "Jämtlands län": organisations write the region without "län", in the nominative or genitive
    assert place_in_name("Region Jämtland Härjedalen", sv, frozenset({"SE", "NO"})) == "SE"
    assert place_in_name("Norrbottens museum", no, frozenset({"SE", "NO"})) == "SE"


def test_places_of_two_countries_say_nothing():
    de = load("de")
    # two organisations run together: Salzburg (AT) and Landshut (DE), even where only AT is named
    name = "Universität Salzburg mit der Hochschule Landshut"
    assert place_in_name(name, de, frozenset({"AT"})) is None
