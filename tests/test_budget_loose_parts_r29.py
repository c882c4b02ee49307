"""Round 29, budgets. An amount read as a total only through a plain budget word before it
(no total cue of its own), or through no cue of its own at all, is a part when it is smaller
than a total already read in the same currency: a partner's or one side's share, not a second total."""
import pytest

from tests.budget_kinds import budgets

PARTS = [
    ("en", "Project BRIDGE\n\nThe total budget of project BRIDGE is 1,200,000 EUR. "
           "For the town of Riverton the budget foreseen is 300,000 EUR.",
     "300000.00"),
    ("pl", "Projekt MOST\n\nCałkowita wartość projektu MOST to 96 000 euro. "
           "Budżet strony słowackiej wynosi 41 500 euro.",
     "41500.00"),
    ("pt", "Projeto PONTE\n\nO projeto PONTE tem um orçamento total de 880.000 euros. "
           "A autarquia de Vila Nova terá um orçamento de 120.000 euros.",
     "120000.00"),
]


@pytest.mark.parametrize("lang,text,part", PARTS)
def test_smaller_amount_after_the_total_is_a_part(lang, text, part):
    found = dict(budgets(text, lang))
    assert found.get(part) == "other"
    assert "total" in found.values()


def test_a_lone_budget_stays_the_total():
    text = "Project BRIDGE\n\nThe project BRIDGE has a budget of 300,000 EUR."
    assert dict(budgets(text, "en")).get("300000.00") == "total"
