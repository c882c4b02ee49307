"""Round 22, budgets. A total's cue names the amount right after it: a smaller amount later
in the same sentence that has no cue of its own is a part of that total (a partner's share,
the EU's share), never a second total. A "worth" / "in the amount of" word after an amount
names no kind, so it does not take the amount from an EU cue written before it."""
import pytest

from tests.budget_kinds import budgets


PARTS = [
    ("tr", "ALPTEKIN projesi\n\nALPTEKIN projesinin toplam bütçesi 640.000€ iken, Ege Üniversitesi ise "
           "210.500€ pay alacak.",
     [("210500.00", "other"), ("640000.00", "total")]),
    ("en", "The GREENWAVE project\n\nThe total budget of GREENWAVE is €820,000, while the University of Leeds "
           "will manage €300,000 of it.",
     [("300000.00", "other"), ("820000.00", "total")]),
    ("fr", "Le projet Rivière\n\nLe budget total du projet Rivière est de 910 000 €, tandis que la Ville de "
           "Lyon recevra 120 000 €.",
     [("120000.00", "other"), ("910000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", PARTS)
def test_a_smaller_amount_after_the_total_is_a_part(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


WORTH = [
    ("et", "Projekt Rabamaa\n\nProjekti eelarve: 480 000 €, mis kaetakse Euroopa Liidu LIFE'i programmist "
           "288 000 € ulatuses (60%).",
     [("288000.00", "eu_contribution"), ("480000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", WORTH)
def test_a_worth_word_after_the_amount_names_no_kind(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
