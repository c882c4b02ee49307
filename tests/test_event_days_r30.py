"""Round 30 (second wave): a range of a few days in a sentence with no event word is an
event."""
from pipeline.extractors import events
from tests.section_context import section_context


def _events(text: str, lang: str) -> list[tuple]:
    return [(e.date, e.end) for e in events.extract(section_context(text, lang))]


def test_few_days_in_a_sentence_are_an_event():
    assert ("2019-05-13", "2019-05-17") in _events(
        "Dal 13 al 17 maggio 2019 venti studenti sono stati ospiti della scuola di Braga.", "it")
    assert ("2021-09-06", "2021-09-10") in _events(
        "Vom 6. bis 10. September 2021 arbeiteten die Schülerinnen in Graz an ihren Modellen.", "de")


def test_few_days_of_a_project_are_not_an_event():
    # a youth exchange is a project of a few days: a project word in the sentence keeps it out
    assert _events("Il progetto si è svolto dal 13 al 20 maggio 2019 a Braga.", "it") == []


def test_a_long_range_is_no_event():
    assert _events("Dal 1 marzo al 30 giugno 2019 gli studenti hanno lavorato a Braga.", "it") == []


def test_a_range_read_from_the_tail_of_a_glued_date_is_no_event():
    assert _events("Tidsperiod2010-09-01 - 2010-12-31", "sv") == []
    # a language's article glued to the day by a hyphen still reads the range (Maltese "it-8")
    assert ("2013-11-08", "2013-11-09") in _events(
        "Bejn it-8 u 9 ta’ Novembru, 2013, gewwa Reggio Emilia ħadmu flimkien.", "mt")
