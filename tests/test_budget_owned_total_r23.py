"""Round 23, budgets. A budget or total cue that a named organisation owns ("the budget of the
City of X", "X municipality's budget") names that organisation's share of the project, kind
other, not the project's total: the organisation word stands right after the cue (a short
linking word at most, the organisation or the word after it capitalised) or right before it
under a name. Without a name, or with a project word between, the cue keeps its total."""
import pytest

from tests.budget_kinds import budgets


OWNED = [
    ("hr", "Projekt MORE\n\nProjekt MORE financira se iz programa Interreg, a proračun Grada Zadra za provedbu "
           "aktivnosti iznosi 240.500,00 €.",
     [("240500.00", "other")]),
    ("lv", "Projekts SAULE\n\nProjekta SAULE kopējās izmaksas ir 900 000,00 EUR. Cēsu novada pašvaldības "
           "budžets ir 410 000,00 EUR, un to līdzfinansē programma.",
     [("410000.00", "other"), ("900000.00", "total")]),
    ("bg", "Проектът ВОДА\n\nПроектът ВОДА се изпълнява по програмата за трансгранично сътрудничество. "
           "Бюджетът на община Смолян е 315 400,00 лв. за дейностите по проекта.",
     [("315400.00", "other")]),
    ("sr", "Projekat SVETLO\n\nUkupna vrednost projekta je 800.000,00 EUR. Budžet opštine Kladovo je "
           "350.000,00 EUR za nabavku opreme.",
     [("350000.00", "other"), ("800000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", OWNED)
def test_a_named_organisations_budget_is_its_share(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


KEPT = [
    # no organisation after the cue: the project's own total
    ("hr", "Projekt MORE\n\nProjekt MORE financira se iz programa Interreg, a ukupni proračun projekta iznosi "
           "240.500,00 €.",
     [("240500.00", "total")]),
    # an organisation word with no name: a building the money goes into, not an owner
    ("cs", "Projekt Okna\n\nProjekt Okna zlepší vzdělávání dětí v regionu. Investice do školy v rámci projektu "
           "činí 2 400 000 Kč.",
     [("2400000.00", "total")]),
    # a project word between the cue and the organisation: the project's budget
    ("en", "The RIVER project\n\nThe budget of the project led by the University of Tartu is EUR 620,000.",
     [("620000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", KEPT)
def test_a_cue_no_named_organisation_owns_keeps_the_total(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
