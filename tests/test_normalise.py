"""Number and date conventions per language, as named lists of real-world examples."""
from decimal import Decimal

import pytest

from pipeline.lexicons import load
from pipeline.normalise.dates import end_before_start, find_ranges
from pipeline.normalise.money import find_money, parse_number
from pipeline.normalise.orgs import clean_name, split_acronym

MONEY = [
    ("cs", "Celkový rozpočet projektu: 2.053.050 EUR", "2053050.00", "EUR"),
    ("cs", "425 698,75 EUR", "425698.75", "EUR"),
    ("cs", "1,2 mil. Kč", "1200000.00", "CZK"),
    ("cs", "rozpočet 15 mil. korun", "15000000.00", "CZK"),
    ("sk", "rozpočet 1,5 mil. EUR", "1500000.00", "EUR"),
    ("pl", "1 234 567,89 zł", "1234567.89", "PLN"),
    ("pl", "2,5 mln złotych", "2500000.00", "PLN"),
    ("de", "€ 2,5 Mio.", "2500000.00", "EUR"),
    ("de", "Gesamtbudget: 1.234.567,50 Euro", "1234567.50", "EUR"),
    ("en", "EUR 1.2 million", "1200000.00", "EUR"),
    ("en", "a budget of €3,350,000", "3350000.00", "EUR"),
    ("hu", "3,5 millió euró", "3500000.00", "EUR"),
    ("hu", "120 millió Ft", "120000000.00", "HUF"),
    ("de", "1'234'567.89 CHF", "1234567.89", "CHF"),
    ("cs", "2\u00a0053\u00a0050 EUR", "2053050.00", "EUR"),
    ("de", "1\u2009234\u2009567 EUR", "1234567.00", "EUR"),
    ("it", "1,5 milioni di euro", "1500000.00", "EUR"),
    ("es", "1,5 millones de euros", "1500000.00", "EUR"),
    ("fr", "2 millions d’euros", "2000000.00", "EUR"),
    ("fr", "300 000 €", "300000.00", "EUR"),
    ("ro", "1,5 milioane de euro", "1500000.00", "EUR"),
    ("ro", "1.500.000 lei", "1500000.00", "RON"),
    ("hr", "2.000.000,00 kn", "2000000.00", "HRK"),
    ("sl", "1,5 milijona EUR", "1500000.00", "EUR"),
    ("nl", "€ 1,5 miljoen", "1500000.00", "EUR"),
    ("pl", "3 mld zł", "3000000000.00", "PLN"),
    ("en", "£2.5m", "2500000.00", "GBP"),
]


@pytest.mark.parametrize("lang,text,amount,currency", MONEY, ids=[m[1] for m in MONEY])
def test_money(lang, text, amount, currency):
    found = find_money(text, load(lang))
    assert [(f"{m.amount:.2f}", m.currency) for m in found] == [(amount, currency)]


def test_ambiguous_separator_is_read_by_language_and_flagged():
    assert parse_number("3.350", ",") == (Decimal("3350"), False)  # cs, de, pl: a group separator
    # en: money has two decimals, so three digits after the mark are thousands; flagged
    assert parse_number("3.350", ".") == (Decimal("3350"), True)
    assert parse_number("3,350", ".") == (Decimal("3350"), False)


def test_numbers_without_currency_are_not_money():
    assert find_money("v 5 klíčových oblastech, 2011", load("cs")) == []


DATES = [
    ("cs", "Doba trvání: 1.4. 2011 – 31.3. 2014", ("2011-04-01", "2014-03-31")),
    ("cs", "1. 12. 2011 – 31. 12. 2013", ("2011-12-01", "2013-12-31")),
    ("cs", "od prosince 2010 do srpna 2011", ("2010-12", "2011-08")),
    ("cs", "spuštěny v květnu 2011", ("2011-05", None)),
    ("cs", "proběhne 24. října 2011 v Miláně", ("2011-10-24", None)),
    ("sk", "od decembra 2010 do augusta 2011", ("2010-12", "2011-08")),
    ("pl", "od grudnia 2010 do maja 2011", ("2010-12", "2011-05")),
    ("pl", "w maju 2011", ("2011-05", None)),
    ("de", "März 2012 bis Februar 2015", ("2012-03", "2015-02")),
    ("en", "from 1 January 2012 to 31 December 2014", ("2012-01-01", "2014-12-31")),
    ("en", "01/2012 – 12/2014", ("2012-01", "2014-12")),
    ("en", "2012–2014", ("2012", "2014")),
    ("hu", "2011. április 1. – 2014. március 31.", ("2011-04-01", "2014-03-31")),
    ("pl", "od 1 grudnia 2010 r. do 31 maja 2012 r.", ("2010-12-01", "2012-05-31")),
    ("hr", "od 1. siječnja 2012. do 31. prosinca 2014.", ("2012-01-01", "2014-12-31")),
    ("sl", "od 1. januarja 2012 do 31. decembra 2014", ("2012-01-01", "2014-12-31")),
    ("es", "del 1 de enero de 2012 al 31 de diciembre de 2014", ("2012-01-01", "2014-12-31")),
    ("fr", "du 1er janvier 2012 au 31 décembre 2014", ("2012-01-01", "2014-12-31")),
    ("it", "dal 1° gennaio 2012 al 31 dicembre 2014", ("2012-01-01", "2014-12-31")),
    ("ro", "1 ianuarie 2012 - 31 decembrie 2014", ("2012-01-01", "2014-12-31")),
    ("nl", "van 1 januari 2012 tot 31 december 2014", ("2012-01-01", "2014-12-31")),
    ("en", "from 1st of May 2012 to 30th April 2014", ("2012-05-01", "2014-04-30")),
]


@pytest.mark.parametrize("lang,text,expected", DATES, ids=[d[1] for d in DATES])
def test_dates(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected


def test_impossible_date_is_flagged_not_corrected():
    r = find_ranges("31.02.2014", load("cs"))[0]
    assert r.start.iso == "2014-02-31" and not r.start.valid


def test_end_before_start():
    assert end_before_start("2014-03-31", "2011-04-01")
    assert not end_before_start("2011-04", "2011-04-30")


def test_org_names():
    assert clean_name("North Rhine- Westphalia (DE) ,") == "North Rhine-Westphalia (DE)"
    assert clean_name("Slovenská inovační a energetická agentura – SIEA") == "Slovenská inovační a energetická agentura – SIEA"
    assert split_acronym("MAG - Maďarské centrum rozvoje hospodářství") == ("Maďarské centrum rozvoje hospodářství", "MAG")
    assert split_acronym("Maďarské centrum rozvoje hospodářství - MAG") == ("Maďarské centrum rozvoje hospodářství", "MAG")
    assert split_acronym("CzechInvest") == ("CzechInvest", None)


MONEY_MORE = [
    ("cs", "dotace ve výši tři miliony korun", "3000000.00", "CZK"),
    ("hu", "kétmilliárd forintos beruházás", "2000000000.00", "HUF"),
    ("de", "rund zwei Millionen Euro", "2000000.00", "EUR"),
    ("en", "just over a million euros", "1000000.00", "EUR"),
    ("hr", "više od milijun eura", "1000000.00", "EUR"),
    ("pl", "ponad milion złotych", "1000000.00", "PLN"),
    ("sk", "grant vo výške 250 000,- EUR", "250000.00", "EUR"),
    ("cs", "příspěvek 1.500,- Kč", "1500.00", "CZK"),
]


@pytest.mark.parametrize("lang,text,amount,currency", MONEY_MORE, ids=[m[1] for m in MONEY_MORE])
def test_money_spelled_out_and_dash_endings(lang, text, amount, currency):
    found = find_money(text, load(lang))
    assert [(f"{m.amount:.2f}", m.currency) for m in found] == [(amount, currency)]


def test_three_digits_after_a_lone_mark_are_thousands_in_money():
    """Money has two decimals, so "47.917 €" is 47 917 in any language; flagged only
    where the language itself writes decimals with that mark."""
    (en,) = find_money("a grant of 52.418 € was awarded", load("en"))
    (de,) = find_money("eine Förderung von 52.418 €", load("de"))
    assert (en.amount, en.ambiguous) == (Decimal("52418.00"), True)
    assert (de.amount, de.ambiguous) == (Decimal("52418.00"), False)
    (scaled,) = find_money("a budget of 1.250 million euros", load("en"))
    assert (scaled.amount, scaled.ambiguous) == (Decimal("1250000.00"), False)


def test_a_range_is_not_an_amount_and_a_label_may_name_the_currency():
    assert [m.amount for m in find_money("évente 300-400 millió forint", load("hu"))] == []
    (m,) = find_money("1 234 567,50", load("cs"), "EUR")
    assert (m.amount, m.currency) == (Decimal("1234567.50"), "EUR")
