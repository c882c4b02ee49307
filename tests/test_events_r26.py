"""Round 26: events a missing cue hid — Maltese day ranges with an assimilated article
("bejn it-8 u l-11 ta' …"), Maltese "minn" ("from", "than") that vetoed a sentence as a
"since" word, Czech and Slovak meeting and trip nouns, and event words inside compounds of
Estonian, Finnish and the Scandinavian languages."""
from pipeline.extractors import events
from pipeline.lexicons import load
from pipeline.normalise.dates import find_ranges
from tests.section_context import section_context


def _ranges(text: str, lang: str) -> list[tuple]:
    return [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang))]


def _events(text: str, lang: str) -> list[tuple]:
    return [(e.date, e.end) for e in events.extract(section_context(text, lang))]


def test_maltese_range_with_an_assimilated_article_before_the_first_day():
    assert _ranges("Il-laqgħa saret bejn it-3 u l-5 ta’ Marzu 2019.", "mt") == [("2019-03-03", "2019-03-05")]
    assert _ranges("Is-seminar se jsir bejn is-17 u l-19 ta’ Ottubru 2022 f’Għawdex.", "mt") == \
        [("2022-10-17", "2022-10-19")]
    # two days not opened by "between" stay apart
    assert _ranges("Fit-3 ta’ Marzu 2019 u fl-10 ta’ April 2019.", "mt") == \
        [("2019-03-03", None), ("2019-04-10", None)]


def test_maltese_from_is_no_since_word():
    assert _events("Il-konferenza saret bejn it-3 u l-5 ta’ Marzu 2019 b’iżjed minn 50 parteċipant.", "mt") == \
        [("2019-03-03", "2019-03-05")]
    # a founding word still rules the sentence out
    assert _events("Il-konferenza, imwaqqfa fl-2005, għandha l-uffiċċju tagħha fil-Belt.", "mt") == []


def test_czech_and_slovak_meeting_and_trip_nouns():
    assert _events("Na pracovní schůzce 12. 4. 2021 v Brně partneři schválili harmonogram.", "cs") == [("2021-04-12", None)]
    assert _events("Na schôdzi 7. 9. 2020 v Žiline partneri schválili rozpočet.", "sk") == [("2020-09-07", None)]
    assert _events("Plánované výjezdy žáků: březen 2023 – Itálie, říjen 2023 – Finsko.", "cs") == \
        [("2023-03", None), ("2023-10", None)]


def test_event_words_inside_compounds():
    assert _events("Seltsi üldkoosolekul 14.05.2019 kinnitati eelarve.", "et") == [("2019-05-14", None)]
    assert _events("På styrelsemötet den 3 mars 2020 i Umeå beslutades budgeten.", "sv") == [("2020-03-03", None)]
    assert _events("Ohjausryhmäkokouksessa 5.6.2018 Oulussa hyväksyttiin budjetti.", "fi") == [("2018-06-05", None)]
