"""Round 21 (lex2): Lithuanian writes a month as its genitive with "mėnesį"/"mėnesio"/"mėn."
("2019 m. kovo mėnesį", "nuo 2017 m. rugsėjo mėnesio"): the month is read, not the year alone.
Invented texts."""
import pytest

from pipeline.lexicons import load
from pipeline.normalise.dates import find_dates, find_ranges


@pytest.mark.parametrize("text,iso", [
    ("Projektas prasidėjo 2019 m. kovo mėnesį Kaune.", "2019-03"),
    ("Mokymai vyko 2020 m. sausio mėnesį Vilniuje.", "2020-01"),
    ("Nuo 2017 m. rugsėjo mėnesio vaikai mokosi lauke.", "2017-09"),
    ("Paroda atidaryta 2016 m. vasario mėn. Klaipėdoje.", "2016-02"),
])
def test_month_genitive_with_month_word(text, iso):
    assert [d.iso for d in find_dates(text, load("lt"))] == [iso]


def test_range_of_month_words():
    r = find_ranges("Projektas vyko nuo 2017 m. kovo mėnesio iki 2019 m. birželio mėnesio.", load("lt"))
    assert [(x.start.iso, x.end.iso if x.end else None) for x in r] == [("2017-03", "2019-06")]
