"""Amounts glued to the word before them or to the next table cell (round 28)."""
from decimal import Decimal

from pipeline.lexicons import load
from pipeline.normalise.money import find_money


def amounts(text, lang):
    return [(x.amount, x.currency) for x in find_money(text, load(lang))]


def test_label_glued_to_amount():
    # a lower-case word, then an amount written in full with its currency
    assert amounts("Die Förderung beträgt insgesamt12 450,00 € für zwei Jahre.", "de") == [(Decimal("12450.00"), "EUR")]
    assert amounts("Il contributo ammonta a un importo complessivo di circa2 300 000 EUR.", "it") == [(Decimal("2300000.00"), "EUR")]


def test_no_tail_read_of_a_glued_amount():
    # before, only "450,00 €" was read
    assert amounts("rozpočet vo výške12 450,00 € na projekt", "sk") == [(Decimal("12450.00"), "EUR")]


def test_table_cells_glued():
    text = "Espagne2 100 000,00€1 785 000,00€315 000,00€"
    assert amounts(text, "fr") == [(Decimal("2100000.00"), "EUR"), (Decimal("1785000.00"), "EUR"), (Decimal("315000.00"), "EUR")]


def test_codes_keep_their_digits():
    # a code's digits are not an amount, and an amount not written in full stays unread
    assert amounts("H2020 500 EUR", "en") == [(Decimal("500.00"), "EUR")]
    assert amounts("EBRoS2020 50 000,00 EUR", "ca") == [(Decimal("50000.00"), "EUR")]
    assert amounts("Projekt COVID19 EUR", "de") == []
    assert amounts("kosten12 EUR", "nl") == []
    assert amounts("Förderung LT-PL-5R374 100,00 €", "de") == [(Decimal("100.00"), "EUR")]
