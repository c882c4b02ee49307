"""A bracket opened right after an amount names whose money it is ("5 025 880,00 EUR
(prostriedky EÚ - EFRR); 217 080,00 EUR (ŠR SR)"), over a label before it that names the
sources of several amounts; every cue inside that bracket is the amount's own, so the next
amount reads its kind from the label. And cue words for the kinds in Norwegian and Latvian."""
import pytest

from tests.budget_kinds import budgets


CASES = [
    ("sk", "Projekt Dunajský most\n\nCelkové oprávnené náklady projektu: 2 400 000,00 EUR\n\n"
           "Z toho zdroj EÚ a štátneho rozpočtu: 2 040 000,00 EUR (prostriedky EÚ - EFRR); "
           "120 000,00 EUR (ŠR SR)\n\nVlastné zdroje: 240 000,00 EUR",
     [("120000.00", "other"), ("2040000.00", "eu_contribution"), ("2400000.00", "total"),
      ("240000.00", "other")]),
    ("cs", "Projekt Lesní stezka\n\nZdroje financování ze státního rozpočtu a EU: 850 000 Kč (prostředky EFRR); "
           "50 000 Kč (státní rozpočet).",
     [("50000.00", "other"), ("850000.00", "eu_contribution")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_a_bracket_after_the_amount_names_its_kind(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


CUES = [
    ("no", "Prosjekt Fjordskulen\n\nStønaden er på 412 000 kroner, og prosjektet varer i to år.",
     [("412000.00", "eu_contribution")]),
    ("lv", "Projekts Zaļā josla\n\nBudžets: 4,2 milj. € (no tiem 2 520 000 € ES līdzfinansējums un "
           "1 680 000 € nacionālais līdzfinansējums).",
     [("1680000.00", "other"), ("2520000.00", "eu_contribution"), ("4200000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", CUES)
def test_kind_cue_words(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
