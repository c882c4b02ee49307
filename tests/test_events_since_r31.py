"""Round 31: a "since" or founding word rules out only the date it governs, not every date
of its sentence."""
from pipeline.extractors import events
from tests.section_context import section_context


def _events(text: str, lang: str) -> list[tuple]:
    return [(e.date, e.end) for e in events.extract(section_context(text, lang))]


def test_a_since_word_that_opens_a_range_of_days_leaves_the_event():
    # Latvian "no" is "from" before a range as well as "since" before a year
    assert ("2021-05-17", "2021-05-21") in _events(
        "Skolēni piedalījās sanāksmē, kura notika no 17.-21. maijam 2021 Rīgā.", "lv")


def test_a_since_word_before_a_time_of_day_leaves_the_event():
    assert ("2019-03-23", None) in _events(
        "Sâmbătă, 23 martie 2019, începând cu ora 10:00, la Călărași va avea loc inaugurarea expoziției.", "ro")


def test_a_since_word_before_its_date_still_rules_the_sentence_out():
    assert _events("Since 2014 the association has organised the conference in Graz.", "en") == []
    assert _events("Asociația organizează conferința la Iași începând cu 2014.", "ro") == []
