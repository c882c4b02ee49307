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


CASES = PUBLIC


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_budget_roles(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
