"""Round 27: the words around amounts in every language: CLDR's scale words and currency
plural forms generated through babel, the forms CLDR lacks in the cue files, and a
programme's size judged in every currency with a rate."""
from decimal import Decimal

import pytest

from pipeline.extractors import budgets
from pipeline.lexicons import load
from pipeline.normalise.money import find_money
from tests.section_context import section_context


def amounts(text: str, lang: str) -> list[tuple[Decimal, str]]:
    return [(m.amount, m.currency) for m in find_money(text, load(lang))]


# CLDR's compact number formats: scale words in every plural form
@pytest.mark.parametrize("lang, text, amount, currency", [
    ("pl", "Inwestycja kosztowała 5 miliardów złotych.", "5000000000", "PLN"),
    ("sq", "Kostoja arrin 3 mld lekë.", "3000000000", "ALL"),
    ("hr", "Ukupno 2 mlr. eura za cijelu regiju.", "2000000000", "EUR"),
    ("sk", "Projekt stál 1,5 milióna eura.", "1500000", "EUR"),  # the decimal's plural form
])
def test_cldr_forms(lang, text, amount, currency):
    assert (Decimal(amount), currency) in amounts(text, lang)


# forms CLDR lacks, from the cue files
@pytest.mark.parametrize("lang, text, amount, currency", [
    ("sl", "Občina bo prispevala 115.367,69 eurov lastnih sredstev.", "115367.69", "EUR"),
    ("sl", "Vrednost naložbe je 1,2 mio. eurov.", "1200000", "EUR"),
    ("sl", "Prispevek znaša 2.500 euri.", "2500", "EUR"),
    ("sl", "Skupaj v 12.000 evrih.", "12000", "EUR"),
    ("sq", "Projekti ka një vlerë prej 2.5 Mil. EUR për tre vjet.", "2500000", "EUR"),
    ("sq", "Buxheti është 3 mil. euro.", "3000000", "EUR"),
    ("lt", "Savivaldybė skyrė 2 milijonus eurų.", "2000000", "EUR"),
    ("lt", "Programa gavo milijardą... 3 milijardus eurų.", "3000000000", "EUR"),
    ("lv", "Pašvaldība piešķīra 2 miljonus eiro.", "2000000", "EUR"),
    ("el", "Ο προϋπολογισμός είναι 3 δις ευρώ.", "3000000000", "EUR"),
    ("bg", "Програмата разполага с 3 милиарди лева.", "3000000000", "BGN"),
])
def test_hand_forms(lang, text, amount, currency):
    assert (Decimal(amount), currency) in amounts(text, lang)


def test_new_currencies_from_cldr():
    assert (Decimal("1500000000"), "TRY") in amounts("Toplam 1,5 milyar ₺ harcandı.", "tr")
    assert (Decimal("500000"), "UAH") in amounts("Вартість 500 тис. ₴.", "uk")


def _budgets(text: str, lang: str) -> list[tuple[str, str]]:
    return [(b.amount, b.currency) for b in budgets.extract(section_context(text, lang))]


def test_programme_size_in_crowns():
    # a programme's budget in Norwegian crowns is a billion euros' worth and more: not a project's
    text = ("Satsingen har et samlet budsjett på vel 800 milliarder kroner for perioden 2014–2020.\n\n"
            "Prosjektet har et budsjett på 20 millioner kroner.")
    got = _budgets(text, "no")
    assert ("800000000000.00", "NOK") not in got
    assert ("20000000.00", "NOK") in got


def test_programme_size_keeps_a_billion_forints():
    # a billion forints is an ordinary project's budget
    text = "A projekt teljes költségvetése 1,2 milliárd forint."
    assert ("1200000000.00", "HUF") in _budgets(text, "hu")


def test_programme_size_in_zloty():
    text = "Inicjatywa ma łączny budżet 12 mld zł na lata 2021–2027.\n\nBudżet projektu wynosi 2,5 mln zł."
    got = _budgets(text, "pl")
    assert ("12000000000.00", "PLN") not in got
    assert ("2500000.00", "PLN") in got


@pytest.mark.parametrize("lang, text", [
    ("sq", "Projekti ka një vlerë prej 2.5 Mil. EUR dhe zgjat tre vjet."),
    ("hr", "Vrijednost programa je 2 mlr. EUR za cijelu regiju."),
    ("da", "Projektet koster 3 mill. Kr. i alt."),
])
def test_scale_stop_ends_no_sentence(lang, text):
    from pipeline import nlp
    assert len(nlp.sentences(text, load(lang))) == 1
