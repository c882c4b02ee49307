"""Round 27: a line that is only a range of months or days (a fact box's value whose label
was dropped or set apart) is the project's period; bare years, an event's few days and
a range inside a sentence are not read this way."""
import pytest

from pipeline.extractors import durations
from tests.section_context import section_context


def period(text: str, lang: str) -> tuple:
    p = durations.extract(section_context(text, lang), None)
    return p.start, p.end


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Green Harbours\n\nThe project linked five ports along the coast.\n\n03/04/2016 - 30/09/2019\n\n"
           "Priority 2 - Environment", ("2016-04-03", "2019-09-30")),
    ("es", "Ríos Vivos\n\nFechas\n\nSeptiembre 2020 – Agosto 2022\n\nEl proyecto restaura riberas.",
     ("2020-09", "2022-08")),
    ("de", "Grüne Höfe\n\nDas Projekt fördert kleine Betriebe.\n\n• 01.10.2017 – 31.03.2020\n",
     ("2017-10-01", "2020-03-31")),
])
def test_range_alone_on_its_line_is_the_period(lang, text, expected):
    assert period(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Green Harbours\n\nThe project linked five ports.\n\n2014 - 2020\n"),  # a budget period's years
    ("en", "Green Harbours\n\nThe project linked five ports.\n\n12/05/2018 - 15/05/2018\n"),  # a meeting's days
    ("es", "Ríos Vivos\n\nEl proyecto restaura riberas.\n\nLa web estuvo cerrada de enero 2019 a marzo 2020 por obras.\n"),
])
def test_other_ranges_are_not_the_period(lang, text):
    assert period(text, lang) == (None, None)
