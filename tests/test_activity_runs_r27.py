"""Round 27: activity lists read by their structure — an inline run whose items carry
their enumerators in sequence ("1) A, 2) B, 3) C") splits at the enumerators alone."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_numbered_run_splits_at_its_enumerators_in_english():
    text = ("The project is run by the town.\n\n"
            "The main activities are: 1) mapping of trails, 2) training for guides and hosts, "
            "3) a shared web page.\n")
    assert _texts(text, "en") == ["mapping of trails", "training for guides and hosts", "a shared web page"]


def test_numbered_run_keeps_a_suspended_compound_in_finnish():
    text = ("Hanke toteutetaan kaupungissa.\n\n"
            "Hankkeen toimenpiteet ovat: 1) Neuvonta, 2) Alku- ja loppukartoitukset, "
            "3) Ryhmämuotoinen naisten ja -tyttöjen valmennus.\n")
    assert _texts(text, "fi") == ["Neuvonta", "Alku- ja loppukartoitukset",
                                  "Ryhmämuotoinen naisten ja -tyttöjen valmennus"]


def test_numbered_run_drops_the_conjunction_before_the_last_enumerator():
    text = ("Projekt realizuje obec.\n\n"
            "Hlavní aktivity projektu jsou: a) výstava, b) odborná konference a c) publikace.\n")
    assert _texts(text, "cs") == ["výstava", "odborná konference", "publikace"]


def test_enumerators_out_of_sequence_split_as_before():
    text = "The main activities are: 2) mapping, 5) training and a web page.\n"
    # not a counted run: commas and the last conjunction split it, as before
    assert _texts(text, "en") == ["mapping", "training", "a web page"]
