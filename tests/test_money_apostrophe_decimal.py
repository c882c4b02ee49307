"""An apostrophe before one or two digits is a decimal mark ("1'4 milions d'euros", as Catalan
and Spanish pages write it), never a group separator that turns 1.4 million into 4 million or
14 million; before three digits it still groups thousands ("CHF 1'400'000")."""
import pytest

from pipeline.lexicons import load
from pipeline.normalise.money import find_money

CASES = [
    ("ca", "El projecte té un pressupost de 1'4 milions d'euros.", [("1400000.00", "EUR")]),
    ("es", "El proyecto cuenta con 2’5 millones de euros.", [("2500000.00", "EUR")]),
    ("ca", "La quota és de 850'50 euros.", [("850.50", "EUR")]),
    ("de", "Das Projekt kostet CHF 1'400'000.", [("1400000.00", "CHF")]),
    ("de", "Budget: CHF 1'400'000.50", [("1400000.50", "CHF")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_apostrophe_marks(lang, text, expected):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == expected
