"""A project card of "Label: amount" lines: a line whose label names no budget is one of the
project's amounts (a further share) when a line of the card names the total."""
from pipeline.extractors import budgets
from tests.section_context import section_context


def read(text: str, lang: str) -> list[tuple[str, str]]:
    return [(b.amount, b.kind) for b in budgets.extract(section_context(text, lang))]


def test_english_uncued_card_line_beside_the_total():
    text = ("Project title: Green Schoolyards\n\n"
            "Total value of the project: 1.250.000,00 EUR\n\n"
            "Non-refundable grant: 1.000.000,00 EUR\n\n"
            "Share paid by the applicant at 2%: 25.000,00 EUR\n\n"
            "Start date: 01.03.2021\n")
    assert ("25000.00", "other") in read(text, "en")


def test_romanian_uncued_card_line_beside_the_total():
    text = ("Titlul proiectului: Parcul din centru\n\n"
            "Valoarea totală a proiectului: 3.100.000,00 lei\n\n"
            "Valoarea contribuției nerambursabile: 3.000.000,00 lei\n\n"
            "Partea asumată de primărie de 2%: 62.000,00 lei\n")
    assert ("62000.00", "other") in read(text, "ro")


def test_no_card_without_a_total_line():
    text = ("Project title: Green Schoolyards\n\n"
            "Ticket for the closing fair: 150,00 EUR\n\n"
            "Parking at the venue: 200,00 EUR\n")
    assert read(text, "en") == []


def test_german_partner_shares_under_the_total_line():
    text = ("Gesamtkosten des Projekts: 400.000,00 EUR\n\n"
            "Stadt Passau: 240.000,00 EUR\n\n"
            "Gemeinde Schärding: 160.000,00 EUR\n")
    got = read(text, "de")
    assert ("240000.00", "other") in got and ("160000.00", "other") in got


def test_a_lone_uncued_line_beside_the_total_alone_is_not_guessed():
    text = ("Total project budget: EUR 800,000.00\n\n"
            "XYZ-line: EUR 500,000.00\n")
    assert ("500000.00", "other") not in read(text, "en")
