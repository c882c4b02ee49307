"""Round 25: activity lists read by their structure — an outline's dotted numbers give its
nesting, a spaced dash right after a cue opens a list as a colon does, and a heading (or a
short line set as one) that names the project heads the list under it."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[tuple[str, list[str]]]:
    return [(a.text, [c.text for c in a.children]) for a in activities.extract(section_context(text, lang))]


def test_outline_numbers_nest_whatever_the_indentation():
    text = ("Main activities\n\n"
            " 1. Preparation of the study\n\n"
            "1.1 Setting up the expert group\n\n"
            "1.2 Opening conference\n\n"
            " 2. Pilot actions\n\n"
            "2.1 Mapping of the sites\n\n"
            "2.2 Closing seminar\n")
    assert _items(text, "en") == [
        ("Preparation of the study", ["Setting up the expert group", "Opening conference"]),
        ("Pilot actions", ["Mapping of the sites", "Closing seminar"])]


def test_outline_numbers_nest_in_german():
    text = ("Aktivitäten\n\n"
            " 1. Vorbereitung\n\n"
            "1.1 Gründung der Arbeitsgruppe\n\n"
            " 2. Umsetzung\n\n"
            "2.1 Bau des Radwegs\n")
    assert _items(text, "de") == [("Vorbereitung", ["Gründung der Arbeitsgruppe"]),
                                  ("Umsetzung", ["Bau des Radwegs"])]


def test_plain_numbered_list_keeps_its_levels():
    text = "Main activities\n\n1. Opening conference\n2. Study visit\n3. Closing seminar\n"
    assert _items(text, "en") == [("Opening conference", []), ("Study visit", []), ("Closing seminar", [])]


def test_dash_after_cue_opens_a_list():
    text = "The partners discussed the coming project activities – information campaigns and trainings.\n"
    assert [t for t, _ in _items(text, "en")] == ["information campaigns", "trainings"]


def test_dash_after_cue_in_czech():
    text = "Partneři projednali nadcházející aktivity projektu – informační kampaně a školení.\n"
    assert [t for t, _ in _items(text, "cs")] == ["informační kampaně", "školení"]


def test_dash_not_after_cue_is_no_list():
    text = "The activities of the region – as the mayor said – were many and varied.\n"
    assert _items(text, "en") == []


def test_heading_naming_project_heads_its_list():
    text = ("Výsledky projektu\n\n"
            "  1. Vyznačenie cyklistickej trasy.\n"
            "  2. Vybudovanie altánku na oddych.\n"
            "  3. Organizácia spoločného výletu.\n")
    assert [t for t, _ in _items(text, "sk")] == ["Vyznačenie cyklistickej trasy", "Vybudovanie altánku na oddych",
                                                  "Organizácia spoločného výletu"]


def test_heading_over_one_word_lines_is_a_menu():
    text = "Nuovi progetti della regione\n\n  • Abbonati\n  • Accedi\n\nIl progetto parte oggi.\n"
    assert _items(text, "it") == []
