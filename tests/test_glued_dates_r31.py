"""A full numeric date glued to the label word before it is still read whole (round 31)."""
import pytest

from pipeline.lexicons import load
from pipeline.normalise.dates import find_ranges


@pytest.mark.parametrize("lang,text,start,end", [
    ("sv", "Projekttid2015-03-01 - 2016-02-28", "2015-03-01", "2016-02-28"),
    ("de", "Projektlaufzeit01.04.2019 – 30.06.2021", "2019-04-01", "2021-06-30"),
    ("uk", "Термін2018-01-15 - 2019-12-31", "2018-01-15", "2019-12-31"),
    ("hu", "Időtartam2017.05.02 - 2018.11.30", "2017-05-02", "2018-11-30"),
])
def test_glued_label_date_range(lang, text, start, end):
    got = [(r.start.iso, r.end and r.end.iso) for r in find_ranges(text, load(lang))]
    assert got == [(start, end)]


@pytest.mark.parametrize("lang,text", [("en", "release v1.2.2010 notes"), ("de", "Nr.1.2.2010")])
def test_lone_letter_or_dot_before_is_no_date(lang, text):
    assert find_ranges(text, load(lang)) == []
