"""Round 29, budgets. A table row whose last cell is the sum of the cells before it ("Total
cost | 400 000 € | 250 000 € | 650 000 €"): the columns are shares (each country's, each
partner's), so a part read as a project's total is other money; the sum keeps its reading.
Amounts that add up in a sentence (two projects' budgets "together") are left as read."""
import pytest

from tests.budget_kinds import budgets

ROWS = [
    ("en", "Project RIVERBANK\n\nThe project is shared by two regions.\n\n"
           "Item | Region North | Region South | Total |\n"
           "Total cost € | 400 000,00 € | 250 000,00 € | 650 000,00 € |\n",
     "400000.00", "250000.00", "650000.00"),
    ("de", "Projekt FLUSSUFER\n\nDas Projekt wird von zwei Ländern getragen.\n\n"
           "Posten | Deutschland | Schweiz | Gesamt |\n"
           "Gesamtkosten CHF | 712 500,00 CHF | 301 200,00 CHF | 1 013 700,00 CHF |\n",
     "712500.00", "301200.00", "1013700.00"),
]


@pytest.mark.parametrize("lang,text,part_a,part_b,whole", ROWS)
def test_the_cells_of_a_summed_row_are_no_totals(lang, text, part_a, part_b, whole):
    found = dict(budgets(text, lang))
    assert found.get(part_a) == "other"
    assert found.get(part_b) == "other"
    assert found.get(whole) == "total"


def test_a_sum_in_a_sentence_is_left_as_read():
    text = ("Projekt MOST\n\nVrijednost našeg projekta MOST iznosi oko 420.000 EUR, dok vrijednost projekta "
            "partnera iznosi oko 380.000 EUR, što zajedno čini oko 800.000 EUR.")
    found = dict(budgets(text, "hr"))
    assert found.get("420000.00") != "other"
