"""A place that is one half of a hyphenated pair ("Interreg Bayern-Österreich") names a
programme or a border, not where the event was held."""
from pipeline.build import extract_one


def places(text: str, lang: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"ev_{lang}.txt", "ev")[0]
    return [e["place"] for e in doc["events"]]


def test_place_in_programme_pair_is_skipped_de():
    text = ("Neue Projekte\n\nBei der Sitzung des Begleitausschusses des Programms INTERREG Bayern-Österreich "
            "am 12. und 13. Mai 2015 in Salzburg wurden drei Projekte genehmigt.")
    assert places(text, "de") == ["Salzburg"]


def test_place_in_border_pair_is_skipped_pl():
    text = ("Aktualności\n\nSpotkanie Komitetu Monitorującego Programu Polska-Saksonia odbyło się "
            "15 marca 2019 r. w Dreźnie.")
    assert "Polska" not in places(text, "pl") and "Saksonia" not in places(text, "pl")
