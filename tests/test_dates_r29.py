"""Round 29: a project's period on a value line after a short label, and Lithuanian year-first dates
without the year word."""
from pipeline.extractors import range_lines
from pipeline.lexicons import load
from pipeline.normalise.dates import find_dates
from section_context import section_context


# a label we have no cue for, then its colon, then the range alone: a value line

def test_range_after_unknown_label_de():
    found = range_lines.range_alone(section_context("Zeitrahmen des Vorhabens: 01.03.2020 – 28.02.2022\n", "de"))
    assert found and (found[0].start.iso, found[0].end.iso) == ("2020-03-01", "2022-02-28")


def test_range_after_unknown_label_fr():
    found = range_lines.range_alone(section_context("Calendrier : 01/09/2019 - 31/08/2021\n", "fr"))
    assert found and (found[0].start.iso, found[0].end.iso) == ("2019-09-01", "2021-08-31")


def test_label_of_a_few_days_is_an_events():
    assert range_lines.range_alone(section_context("Treffen in Wien: 01.03.2020 – 03.03.2020\n", "de")) is None


def test_sentence_before_range_is_no_label():
    text = "Wir haben in der Schule 2019 viel gelernt und dann: 01.03.2020 – 28.02.2022\n"
    assert range_lines.range_alone(section_context(text, "de")) is None


# Lithuanian writes year, month, day; the year word "m." may be left out before the month

def test_lt_year_month_day_without_year_word():
    dates = find_dates("Veikla vyks iki 2024 birželio 30 d. Klaipėdoje.", load("lt"))
    assert [d.iso for d in dates] == ["2024-06-30"]


def test_lt_with_year_word_unchanged():
    dates = find_dates("Projektas prasidėjo 2019 m. kovo 1 d.", load("lt"))
    assert [d.iso for d in dates] == ["2019-03-01"]


def test_lt_year_and_month_alone_stays_a_month():
    dates = find_dates("Nuo 2022 gegužės mokiniai dalyvauja.", load("lt"))
    assert [d.iso for d in dates] == ["2022-05"]
