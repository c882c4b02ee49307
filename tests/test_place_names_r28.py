"""Round 28: a place alone (a country or region in a case form, a town of the language's own
country) names no project; the reader goes on to the next candidate."""
from pipeline.extractors import names
from pipeline.extractors.name_place_guard import place_only
from pipeline.lexicons import load
from tests.section_context import section_context


def _name(text: str, lang: str) -> str | None:
    found = names.project_name(section_context(text, lang))
    return found[0] if found else None


def test_country_genitive_is_a_place_lv():
    assert place_only("Latvijas", load("lv"))


def test_country_genitive_is_a_place_is():
    assert place_only("Svíþjóðar", load("is"))


def test_home_town_is_a_place_hr_hu():
    assert place_only("Legrad", load("hr"))
    assert place_only("Sárbogárd", load("hu"))


def test_coined_words_are_no_places():
    # a village abroad that is also a word, and acronyms in capitals
    assert not place_only("Best", load("hu"))
    assert not place_only("Never", load("cs"))
    assert not place_only("LIFE", load("lv"))
    assert not place_only("EduWine", load("hu"))


def test_place_candidate_skipped_is():
    text = ("Verkefnið „Svíþjóðar“ og Noregs sveitarfélög vinna saman.\n"
            "Verkefnið „Hreint vatn“ tengir tólf skóla.")
    assert _name(text, "is") == "Hreint vatn"


def test_home_town_candidate_skipped_hr():
    text = ("Projekt „Legrad“ i Općina Koprivnica surađuju.\n"
            "Projekt „Dvije rijeke za sve“ povezuje škole uz Dravu.")
    assert _name(text, "hr") == "Dvije rijeke za sve"


def test_place_candidate_skipped_lv():
    text = ("Projekts „Latvijas” un Lietuvas pašvaldības sadarbojas.\n"
            "Projekts „Zaļās skolas” apvieno divpadsmit skolas pierobežā.")
    assert _name(text, "lv") == "Zaļās skolas"
