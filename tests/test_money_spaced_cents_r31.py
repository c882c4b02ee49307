"""Cents split from the whole by a comma and a space ("47 959, 02 Eur", "11.163, 70 euro"), as
pages typed in a hurry write them: one amount with its cents, not 2 or 70 euros. The whole must
be written with groups of thousands, so that a year or a count before a comma stays apart."""
import pytest

from pipeline.lexicons import load
from pipeline.normalise.money import find_money

CASES = [
    ("lt", "Projekto vertė – 12 345, 67 Eur, parama – 10 000 Eur.", [("12345.67", "EUR"), ("10000.00", "EUR")]),
    ("ro", "Consiliul va sprijini proiectul cu 8.250, 40 euro.", [("8250.40", "EUR")]),
    ("sr", "Vrednost projekta je 210 500, 05 evra.", [("210500.05", "EUR")]),
    # a year or a count before the comma is no whole
    ("en", "In 2019, 25 EUR per participant were paid.", [("25.00", "EUR")]),
    ("de", "Teilnehmer: 120, 30 Euro pro Kopf.", [("30.00", "EUR")]),
    # an amount already whole keeps its own reading
    ("hr", "Iznos je 1.234,56 kn, a još 12 kn.", [("1234.56", "HRK"), ("12.00", "HRK")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_spaced_cents(lang, text, expected):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == expected
