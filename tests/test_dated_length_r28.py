"""Round 28: the one length of months or years in a sentence about the project that also dates
it is the project's duration, with no duration cue ("Is tionscadal sé bliana é X … idir 2022
agus 2028"); a range that disagrees with it, two lengths, or days keep it unread."""
import pytest

from pipeline.extractors import durations
from tests.section_context import section_context


def months(text: str, lang: str, name: str) -> int | None:
    return durations.extract(section_context(text, lang), name).months


@pytest.mark.parametrize("lang,text,name,expected", [
    ("ga", "Is tionscadal trí bliana é GreenWays a ritheann idir 2020 agus 2023.", "GreenWays", 36),
    ("ga", "Dhá bhliain a mhairfidh an tionscadal GreenWays ó 2019 amach.", "GreenWays", 24),
    ("en", "GreenWays, a project of three years, brings farmers together between 2020 and 2023.", "GreenWays", 36),
    ("fr", "Le projet GreenWays, projet de 18 mois, réunit les agriculteurs depuis mars 2020.", "GreenWays", 18),
])
def test_a_dated_sentence_states_the_length(lang, text, name, expected):
    assert months(text, lang, name) == expected


@pytest.mark.parametrize("lang,text,name", [
    # the range spans far more than the length: the length is something else's
    ("ga", "Is tionscadal trí bliana é GreenWays a ritheann idir 2014 agus 2024.", "GreenWays"),
    # two lengths: which one is the project's is not said
    ("en", "GreenWays, with 3 years of work and 6 months of tests, brings farmers together from 2020.", "GreenWays"),
    # a lone date with no "from" word: the page's date, not the length's start
    ("it", "Venti studenti tra i 12 e i 14 anni hanno partecipato al progetto GreenWays nel 2023.", "GreenWays"),
    # the length is part of the project's name
    ("cs", "Projekt 20 let spolupráce měst získal dotaci od roku 2021.", "20 let spolupráce měst"),
    # a sentence with no date
    ("fr", "Le projet GreenWays réunit les agriculteurs, déjà 18 mois de travail.", "GreenWays"),
])
def test_no_length_without_agreeing_dates(lang, text, name):
    assert months(text, lang, name) is None


@pytest.mark.parametrize("lang,text,name,expected", [
    ("ga", "Is tionscadal trí bliana é GreenWays a ritheann idir 2020 agus 2023.", "GreenWays", ("2020", "2023")),
    ("en", "GreenWays, a project of three years, brings farmers together between 2020 and 2023.", "GreenWays",
     ("2020", "2023")),
])
def test_the_agreeing_range_is_the_period(lang, text, name, expected):
    period = durations.extract(section_context(text, lang), name)
    assert (period.start, period.end) == expected
