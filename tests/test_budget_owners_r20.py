"""Once the project's total is stated, an amount whose clause is headed by an organisation
(an organisation word, a case form of it or a compound ending in it) is that organisation's
share, kind other; an amount the EU or a project word stands between keeps its kind, and
without a stated total the amount is left alone (one beneficiary's grant may be the
project's)."""
import pytest

from tests.budget_kinds import budgets


SHARES = [
    ("sv", "Projektet Blå kust\n\nProjektets budget uppgår till 40 miljoner kronor. Stödet från EU är 50 procent. "
           "Sjöfartsverket bidrar med 6 miljoner kronor.",
     [("40000000.00", "total"), ("6000000.00", "other")]),
    ("no", "Prosjektet Blå kyst\n\nProsjektets totale budsjett er 40 millioner kroner. EU-støtten utgjør "
           "halvparten. Kystverket bidrar med 6 millioner kroner.",
     [("40000000.00", "total"), ("6000000.00", "other")]),
    ("sk", "Projekt Zelená obec\n\nCelkový rozpočet projektu: 52.300,00 EUR\n\nZ toho príspevok pre mesto "
           "Senica: 18.400,00 EUR",
     [("18400.00", "other"), ("52300.00", "total")]),
    ("fi", "Hanke Metsäpolku\n\nHankkeen kokonaisbudjetti on 1,8 miljoonaa euroa. Lapin liiton "
           "rahoitusosuus on 40 tuhatta euroa.",
     [("1800000.00", "total"), ("40000.00", "other")]),
]


@pytest.mark.parametrize("lang,text,expected", SHARES)
def test_an_organisation_heading_the_amount_owns_a_share(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


KEPT = [
    # the EU named between the organisation and the amount: the EU's money
    ("sk", "Projekt Zelená obec\n\nCelkový rozpočet projektu: 52.300,00 EUR\n\nObec Senica získala z EÚ "
           "príspevok 44.455,00 EUR.",
     [("44455.00", "eu_contribution"), ("52300.00", "total")]),
    # no total stated: the beneficiary's grant may be the whole project's
    ("sv", "Projektet Blå kust\n\nSjöfartsverket har fått 6 miljoner kronor i EU-stöd för projektet.",
     [("6000000.00", "eu_contribution")]),
]


@pytest.mark.parametrize("lang,text,expected", KEPT)
def test_no_share_without_a_total_or_across_the_eu(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)
