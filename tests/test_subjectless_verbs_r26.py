"""A start or end verb opening a sentence that goes on from one naming the project (round 26)."""
from pipeline.extractors import durations
from tests.section_context import section_context


def period(text: str, lang: str, name: str | None = None):
    p = durations.extract(section_context(text, lang), name)
    return p.start, p.end


def test_catalan_end_verb_opens_the_next_sentence():
    text = "El projecte “Mar Obert” uneix tres escoles de la costa. Finalitzat el juny de 2022."
    assert period(text, "ca", "Mar Obert") == (None, "2022-06")


def test_polish_start_verb_opens_the_next_sentence():
    text = "Projekt „Zielona Wieś” obejmuje pięć gmin. Rozpoczął się w marcu 2019 roku."
    assert period(text, "pl", "Zielona Wieś") == ("2019-03", None)


def test_verb_after_a_sentence_about_the_programme_is_not_the_projects():
    text = "Program Interreg wspiera współpracę regionów. Rozpoczął się w marcu 2014 roku."
    assert period(text, "pl") == (None, None)
