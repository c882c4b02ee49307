"""Round 24, budgets. Amounts of one project that add up tell their roles: the sum is the total
(or, under a larger stated total, a share: kind other), a part is never the total, and of the
parts only the one whose own clause names the EU or a fund is the EU's contribution. A figure
written without its currency that is exactly what a part lacks to make up the whole is that
part, in the whole's currency. A share stated as a percentage of a larger amount is no total."""
import pytest

from tests.budget_kinds import budgets

SUMS = [
    # every amount after an EU cue was read as EU money: the arithmetic sorts them
    ("en", "Project HARBOUR\n\nThe committee approved European Regional Development Fund co-financing for "
           "Project HARBOUR amounting to €640,000, of which €512,000 will be paid from EU funds, while €128,000 "
           "will be covered by the town council from its own budget.",
     [("128000.00", "other"), ("512000.00", "eu_contribution"), ("640000.00", "total")]),
    # label lines: each share is a part, never the total
    ("pl", "Projekt ZIELONY MOST\n\nCałkowity koszt mikroprojektu: 50 000,00 €\n"
           "Dotacja z Europejskiego Funduszu Rozwoju Regionalnego:\n\n(85% całkowitych wydatków kwalifikowalnych)"
           "\n\n42 500,00 €\nDotacja z budżetu państwa:\n\n(10% całkowitych wydatków kwalifikowalnych)\n\n"
           "5 000,00 €\nWkład własny gminy:\n\n(5% całkowitych wydatków kwalifikowalnych)\n\n2 500,00 €\n",
     [("2500.00", "other"), ("42500.00", "eu_contribution"), ("50000.00", "total"), ("5000.00", "other")]),
]


@pytest.mark.parametrize("lang,text,expected", SUMS)
def test_a_breakdown_gives_its_amounts_their_roles(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


def test_a_grant_under_a_larger_total_is_a_share_and_a_bare_part_is_completed():
    # "1.540.000,00" has no currency of its own: the grant less the national part
    text = ("Proiectul PODUL VERDE\n\nProiectul PODUL VERDE are o valoare totală de 2.000.000,00 lei, din care "
            "1.800.000,00 lei reprezintă finanțare nerambursabilă (1.540.000,00 – contribuția UE și "
            "260.000,00 lei – contribuția din bugetul de stat).")
    assert budgets(text, "ro") == sorted([("2000000.00", "total"), ("1800000.00", "other"),
                                          ("1540000.00", "eu_contribution"), ("260000.00", "other")])


def test_parts_that_name_no_eu_money_are_left_as_read():
    # two projects' budgets "together": no part is the EU's, nothing to tell
    text = ("Projekt MOST\n\nVrijednost našeg projekta MOST iznosi oko 420.000 EUR, dok vrijednost projekta "
            "partnera iznosi oko 380.000 EUR, što zajedno čini oko 800.000 EUR.")
    found = dict(budgets(text, "hr"))
    assert found.get("420000.00") != "other"


def test_a_share_stated_as_a_percentage_of_the_total_is_no_total():
    text = ("Projekt HRANICA\n\nCelkový rozpočet projektu: 40.000,00 EUR\n"
            "Rozpočet obce spolu: 24.000,00 EUR, čo je 60 % z celkového rozpočtu projektu\n")
    found = dict(budgets(text, "sk"))
    assert found.get("40000.00") == "total"
    assert found.get("24000.00") == "other"
