"""Round 25: a town in a partner's name of the page's own country or one it names (also a
city written in Cyrillic), and the names of Türkiye and North Macedonia that pages wrote
before the countries' new names."""
from pipeline import gazetteer, name_places
from pipeline.lexicons import load


def _codes(text: str, lang: str) -> list[str]:
    return [h.cc for h in gazetteer.find(text, load(lang), adjectives=True) if h.kind == "country"]


def test_city_in_cyrillic_of_the_pages_own_country():
    # the page names only Britain, but Burgas is a Bulgarian city and the page is Bulgarian
    assert name_places.place_in_name("Община Бургас", load("bg"), frozenset({"GB"})) == "BG"
    assert name_places.place_in_name("Община Варна", load("bg"), frozenset({"DE"})) == "BG"


def test_town_of_the_pages_language_when_another_country_is_named():
    assert name_places.place_in_name("Město Pilníkov", load("cs"), frozenset({"PL"})) == "CZ"
    assert name_places.place_in_name("Osnovna škola Čakovec", load("hr"), frozenset({"PT"})) == "HR"


def test_town_of_a_country_neither_named_nor_the_pages_stays_out():
    # a person's surname that is some other country's town is no place of the partner
    assert name_places.place_in_name("Institut za povijest Ivo Pilar", load("hr"), frozenset({"HR"})) is None
    assert name_places.place_in_name("Universidad de Poitiers", load("es"), frozenset({"DE"})) is None
    assert name_places.place_in_name("Universidad de Poitiers", load("es"), frozenset({"FR"})) == "FR"


def test_former_names_of_turkiye_and_north_macedonia():
    assert _codes("Pupils came from Spain, Turkey and Macedonia to our school.", "en") == ["ES", "TR", "MK"]
    assert _codes("Die Partner kommen aus Mazedonien und Italien.", "de") == ["MK", "IT"]
    assert _codes("Partneři jsou z Makedonie a ze Slovenska.", "cs") == ["MK", "SK"]
    assert _codes("Turkey", "pl") == ["TR"]  # an English name on another language's page


def test_greek_macedonia_stays_greek():
    assert _codes("The meeting took place in Central Macedonia.", "en") == ["GR"]


def test_place_two_countries_share_told_apart_by_the_pages_countries():
    # Valga is a town of Estonia and a village of Spain; a Latvian page naming Estonia
    assert name_places.place_in_name("Valgas novada pašvaldība", load("lv"), frozenset({"EE", "LV"})) == "EE"
    assert name_places.place_in_name("Valga Vallavalitsus", load("et"), frozenset()) == "EE"
    # Prelog: a town of Croatia, a hamlet of Slovenia; both named, the town is far larger
    assert name_places.place_in_name("Grad Prelog", load("hr"), frozenset({"HR", "SI"})) == "HR"
    # neither country of the page: no place
    assert name_places.place_in_name("Valga Vallavalitsus", load("de"), frozenset({"DE"})) is None
