"""Round 30: a day and month without a year on a page with no date of its own is read
near the nearest date the page states with its year."""
from pipeline.extractors import events
from tests.section_context import section_context


def _events(text: str, lang: str) -> list[tuple]:
    return [(e.date, e.end) for e in events.extract(section_context(text, lang))]


def test_yearless_range_takes_the_year_of_a_dated_sentence_nearby():
    text = ("Partneri projekta sastali su se 3. rujna 2021. godine u Osijeku.\n\n"
            "Druga radionica održana je od 6. do 8. listopada u Zagrebu.")
    assert ("2021-10-06", "2021-10-08") in _events(text, "hr")
    text = ("A conferência de abertura realizou-se a 9 de outubro de 2023 em Braga.\n\n"
            "O seminário de formação decorreu de 11 a 14 de dezembro em Lisboa.")
    assert ("2023-12-11", "2023-12-14") in _events(text, "pt")


def test_december_near_a_may_date_is_read_in_the_year_before():
    text = ("The final conference takes place on 12 May 2024 in Porto.\n\n"
            "The first workshop was held on 11 December in Zamość.")
    assert ("2023-12-11", None) in _events(text, "en")


def test_no_stated_date_leaves_a_yearless_day_unread():
    assert _events("The workshop was held on 11 December in Zamość.", "en") == []
