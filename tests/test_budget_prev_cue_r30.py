"""Round 30, budgets. An EU cue that stands right after an amount names that amount; the next
amount, parted from the cue only by a comma or a conjunction and with no cue of its own, is
another source's money (kind other), not a second EU share. So is an amount whose only cue
is the one the amount before it was read by."""
import pytest

from tests.budget_kinds import budgets

CLOSES = [
    ("en", "Project BRIDGE\n\nThe project BRIDGE has a total budget of 500,000 EUR, of which 350,000 EUR "
           "come from the European Regional Development Fund and 90,000 EUR from the partners.",
     "350000.00", "90000.00"),
    ("fr", "Projet PONT\n\nLe budget total du projet PONT est de 620 000 euros, dont 450 000 euros "
           "proviennent du FEDER et 85 000 euros des communes.",
     "450000.00", "85000.00"),
    ("sv", "Projekt BRO\n\nDen totala budgeten för BRO är 300 000 EUR, varav 180 000 EUR är stöd från "
           "Europeiska regionala utvecklingsfonden och 45 000 EUR är norska statliga medel.",
     "180000.00", "45000.00"),
]


@pytest.mark.parametrize("lang,text,eu,rest", CLOSES)
def test_eu_cue_after_the_amount_before_is_its_own(lang, text, eu, rest):
    found = dict(budgets(text, lang))
    assert found.get(eu) == "eu_contribution"
    assert found.get(rest) == "other"


def test_an_amount_with_its_own_eu_cue_stays_the_eus():
    text = ("Project BRIDGE\n\nThe project BRIDGE has a total budget of 500,000 EUR, of which 300,000 EUR "
            "come from the ERDF and 100,000 EUR from the IPA fund.")
    found = dict(budgets(text, "en"))
    assert found.get("300000.00") == "eu_contribution"
    assert found.get("100000.00") == "eu_contribution"


CUE_OF_PREV = [
    ("cs", "Projekt MOST\n\nNa projekt MOST je požadovaná dotace 6,8 mil. Kč a spolupodíl obce 1,2 mil. Kč.",
     "6800000.00", "1200000.00"),
    ("en", "Project BRIDGE\n\nThe project BRIDGE received an EU grant of 6.8 million EUR and the town's part "
           "of 1.2 million EUR.", "6800000.00", "1200000.00"),
]


@pytest.mark.parametrize("lang,text,eu,rest", CUE_OF_PREV)
def test_the_cue_of_the_amount_before_names_no_second_eu_share(lang, text, eu, rest):
    found = dict(budgets(text, lang))
    assert found.get(eu) == "eu_contribution"
    assert found.get(rest) == "other"


def test_the_same_grant_in_another_currency_stays_the_eus():
    text = ("Progetto PONTE\n\nIl progetto PONTE ha ottenuto un finanziamento dell'Unione europea di 1,2 milioni "
            "di euro per il versante italiano e di 150mila franchi per quello svizzero.")
    found = budgets(text, "it")
    assert ("150000.00", "other") not in found

