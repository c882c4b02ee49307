"""Round 26, budgets: which role an amount takes from the cues around it.
- "public funding" in Latvian is other money (as in every other language's cue file);
- a bracketed percentage right after an amount glosses it and does not keep the cue after it off;
- Croatian names the EU in the nominative too ("Europska unija"), as its neighbours' cue files do."""
import pytest

from tests.budget_kinds import budgets


PUBLIC = [
    # public funding: the LEADER grant mixes EU and state money, it is no EU contribution
    ("lv", "Projekts LAIVA\n\nBiedrības \"Krasts\" projekts \"Laivu piestātne\", publiskais finansējums - 8 412,50 EUR.",
     [("8412.50", "other")]),
    ("lv", "Projekts MEŽS\n\nProjekta MEŽS kopējās izmaksas ir 20 000,00 EUR, no tiem publiskais finansējums "
           "ir 18 000,00 EUR.",
     [("18000.00", "other"), ("20000.00", "total")]),
]


PERCENT = [
    # a percentage in brackets after the amount is that amount's share
    ("ro", "Proiectul PODUL\n\nValoarea totală a proiectului PODUL este de 500.000,00 Euro, din care 425.000,00 "
           "Euro (85%) reprezintă finanțare europeană din fonduri IPA.",
     [("425000.00", "eu_contribution"), ("500000.00", "total")]),
    ("en", "Project LAKE\n\nThe total budget of LAKE is EUR 600,000, of which EUR 480,000 (80%) is ERDF "
           "funding.",
     [("480000.00", "eu_contribution"), ("600000.00", "total")]),
]


EU_NAMED = [
    # the EU named as the subject after a part ("od kojih … sufinancira Europska unija")
    ("hr", "Projekt KAMEN\n\nUkupna vrijednost projekta KAMEN iznosi 2,4 milijuna kuna, od kojih 1,9 milijuna kuna "
           "sufinancira Europska unija.",
     [("1900000.00", "eu_contribution"), ("2400000.00", "total")]),
    ("sr", "Projekat REKA\n\nUkupna vrednost projekta REKA iznosi 300.000 evra, od kojih 255.000 evra "
           "finansira Evropska unija.",
     [("255000.00", "eu_contribution"), ("300000.00", "total")]),
]


CASES = PUBLIC + PERCENT + EU_NAMED


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_budget_roles(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
