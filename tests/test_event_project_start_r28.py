"""A launch word that is also a start word, dating the project to a month, is the
project's start, not an event (round 28)."""
from pipeline.extractors import events
from tests.section_context import section_context


def _dates(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.end) for e in events.extract(section_context(text, lang))]


def test_hungarian_project_started_in_a_month_is_no_event():
    text = "A „ZöldVölgy” című projekt 2019. márciusában indult el a két megye együttműködésében.\n"
    assert _dates(text, "hu") == []


def test_italian_project_launched_in_a_month_is_no_event():
    text = "Il progetto europeo Acquaviva è stato avviato nel febbraio 2018 e durerà tre anni.\n"
    assert _dates(text, "it") == []


def test_a_launch_event_dated_to_its_day_stays():
    text = "Il progetto europeo Acquaviva è stato avviato il 14 febbraio 2018 con una conferenza a Genova.\n"
    assert _dates(text, "it") == [("2018-02-14", None)]


def test_an_event_word_of_its_own_keeps_the_month():
    text = "A projekt nyitókonferenciája 2019. márciusában volt Szegeden, a partnerek részvételével.\n"
    assert _dates(text, "hu") == [("2019-03", None)]
