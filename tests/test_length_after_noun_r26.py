"""A length right after the project word, closing its noun phrase, is the project's (round 26)."""
from pipeline.extractors import durations
from tests.section_context import section_context


def months(text: str, lang: str, name: str | None = None):
    return durations.extract(section_context(text, lang), name).months


def test_welsh_years_in_words_after_project_word():
    assert months("Roedd HAFAN yn brosiect tair blynedd yng Ngheredigion.", "cy", "HAFAN") == 36


def test_albanian_length_then_preposition():
    assert months("Bashkia zbaton projektin 2 vjecar për ujin e pijshëm.", "sq") == 24


def test_length_that_goes_on_into_a_noun_is_not_the_projects():
    # "the project's 6-month activity report", "project 20 years of friendship"
    assert months("Mokiniai pristatė projekto 6 mėnesių veiklos ataskaitą.", "lt") is None
    assert months("Obce slaví projekt 20 let přátelství měst.", "cs") is None
