"""Round 29, budgets. An amount read as EU money that an "of which" word right after it breaks
down into a smaller EU amount holds the EU's part and more: it is the project's total (or, under
a larger stated total, a share of it), never a second EU contribution."""
import pytest

from tests.budget_kinds import budgets

WHOLES = [
    ("en", "Project BRIDGE\n\nThe project BRIDGE received a grant of €800,000.00, of which €600,000.00 comes "
           "from the European Regional Development Fund. The town pays the rest.",
     [("600000.00", "eu_contribution"), ("800000.00", "total")]),
    ("lt", "Projektas TILTAS\n\nProjektui TILTAS įgyvendinti skirta 520 000,00 Eur, iš kurių 442 000,00 Eur "
           "Europos regioninės plėtros fondo lėšos.",
     [("442000.00", "eu_contribution"), ("520000.00", "total")]),
    ("pl", "Projekt MOST\n\nNa realizację projektu MOST przyznano dofinansowanie w wysokości 640 000,00 zł, "
           "w tym 544 000,00 zł z Europejskiego Funduszu Rozwoju Regionalnego.",
     [("544000.00", "eu_contribution"), ("640000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", WHOLES)
def test_the_whole_of_an_eu_part_is_the_total(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


def test_a_larger_stated_total_makes_the_whole_a_share():
    text = ("Project BRIDGE\n\nThe total budget of project BRIDGE is €1,000,000.00. The partners received a grant "
            "of €800,000.00, of which €600,000.00 comes from the European Regional Development Fund.")
    found = dict(budgets(text, "en"))
    assert found.get("1000000.00") == "total"
    assert found.get("800000.00") != "eu_contribution"
