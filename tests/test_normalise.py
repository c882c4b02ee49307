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

# spelled-out amounts and dash endings
MONEY += [
    ("cs", "dotace ve výši tři miliony korun", "3000000.00", "CZK"),
    ("hu", "kétmilliárd forintos beruházás", "2000000000.00", "HUF"),
    ("de", "rund zwei Millionen Euro", "2000000.00", "EUR"),
    ("en", "just over a million euros", "1000000.00", "EUR"),
    ("hr", "više od milijun eura", "1000000.00", "EUR"),
    ("pl", "ponad milion złotych", "1000000.00", "PLN"),
    ("sk", "grant vo výške 250 000,- EUR", "250000.00", "EUR"),
    ("cs", "příspěvek 1.500,- Kč", "1500.00", "CZK"),
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
    # months in Roman numerals, with or without a day
    ("sk", "Trvanie: III.2016 – XII.2017", ("2016-03", "2017-12")),
    ("pl", "od 1. IX. 2019 do 31. VIII. 2021", ("2019-09-01", "2021-08-31")),
    ("hr", "razdoblje IV/2018 – V/2020", ("2018-04", "2020-05")),
    # "between … and …", and the Hungarian postposition after the pair
    ("cs", "mezi lety 2016 a 2018", ("2016", "2018")),
    ("it", "tra il 2015 e il 2017", ("2015", "2017")),
    ("sl", "med leti 2019 in 2021", ("2019", "2021")),
    ("de", "zwischen 2012 und 2014", ("2012", "2014")),
    ("hu", "2016 és 2018 között", ("2016", "2018")),
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

RANGES_IN_PROSE = [
    # one range written once for both days
    ("cs", "Ve dnech 14. a 15. 3. 2013 se sejdou", ("2013-03-14", "2013-03-15")),
    ("cs", "setkání 8. - 9. října 2015 v Olomouci", ("2015-10-08", "2015-10-09")),
    ("sk", "stretnutie 30. apríla – 2. mája 2016", ("2016-04-30", "2016-05-02")),
    ("de", "vom 7. bis 9. Juni 2012 in Linz", ("2012-06-07", "2012-06-09")),
    ("fr", "du 3 au 5 octobre 2017 à Namur", ("2017-10-03", "2017-10-05")),
    ("es", "del 10 al 12 de abril de 2019", ("2019-04-10", "2019-04-12")),
    ("en", "on October 4-6, 2016 in Ghent", ("2016-10-04", "2016-10-06")),
    ("sl", "25. in 26. maja 2018 v Kopru", ("2018-05-25", "2018-05-26")),
    ("hu", "2015. június 8–10. között", ("2015-06-08", "2015-06-10")),
    # ranges of months and full dates
    ("en", "between April 2013 and September 2015", ("2013-04", "2015-09")),
    ("it", "dal 1 aprile 2016 al 31 marzo 2019", ("2016-04-01", "2019-03-31")),
    ("hu", "2016. május 1. – 2018. április 30.", ("2016-05-01", "2018-04-30")),
    ("hu", "2016 májusától 2018 áprilisáig", ("2016-05", "2018-04")),
    ("hu", "2016.05.01-től 2018.04.30-ig", ("2016-05-01", "2018-04-30")),
    ("ro", "între data 15.02.2017 și data 14.08.2019", ("2017-02-15", "2019-08-14")),
    ("hr", "od 1. svibnja 2016. do 30. travnja 2018. godine", ("2016-05-01", "2018-04-30")),
    # year first is always year, month, day
    ("hu", "Kezdés: 2016/09/01", ("2016-09-01", None)),
    ("hu", "Zárás: 2018. 08. 31.", ("2018-08-31", None)),
]


@pytest.mark.parametrize("lang,text,expected", RANGES_IN_PROSE, ids=[r[1] for r in RANGES_IN_PROSE])
def test_ranges_in_prose(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected


def test_first_day_that_would_follow_its_end_is_not_guessed():
    """'1.10. – 31.3.2013' may start in 2012: no year is borrowed for the first day."""
    ranges = find_ranges("1.10. – 31.3.2013", load("cs"))
    assert [(r.start.iso, r.end) for r in ranges] == [("2013-03-31", None)]


def test_days_joined_by_and_are_a_range_only_when_consecutive():
    ranges = find_ranges("dne 3. a 10. června 2014", load("cs"))
    assert [(r.start.iso, r.end) for r in ranges] == [("2014-06-03", None), ("2014-06-10", None)]


def test_day_and_month_without_year_need_a_reference():
    lex = load("de")
    assert find_ranges("am 3. Dezember im Rathaus", lex) == []
    (r,) = find_ranges("am 3. Dezember im Rathaus", lex, "2021-01-15")
    assert r.start.iso == "2020-12-03" and r.start.inferred
    (r,) = find_ranges("Dne 12. – 14. května se sešli", load("cs"), "2019-05-20")
    assert (r.start.iso, r.end.iso) == ("2019-05-12", "2019-05-14")


def test_this_year_takes_the_reference_year():
    lex = load("sl")
    assert find_ranges("se je začel 3. marca letos", lex, "2022-06", nearest=False)[0].start.iso == "2022-03-03"
    assert find_ranges("se je začel 3. marca", lex, "2022-06", nearest=False) == []


def test_impossible_date_lends_nothing_to_the_day_before_it():
    """'30. – 31. 4. 2014': 31 April is flagged, and 30 April is not read from it."""
    ranges = find_ranges("30. – 31. 4. 2014", load("cs"))
    assert [(r.start.iso, r.start.valid, r.end) for r in ranges] == [("2014-04-31", False, None)]


MONTH_FORMS = [
    ("cs", ["v lednu 2012", "ledna 2012", "před lednem 2012"], "2012-01"),
    ("sk", ["v januári 2012", "januára 2012", "pred januárom 2012"], "2012-01"),
    ("pl", ["w styczniu 2012", "stycznia 2012", "przed styczniem 2012"], "2012-01"),
    ("pl", ["w maju 2012", "maja 2012", "maj 2012"], "2012-05"),
    ("sl", ["v januarju 2012", "januarja 2012", "pred januarjem 2012"], "2012-01"),
    ("hr", ["u siječnju 2012", "siječnja 2012", "siječanj 2012"], "2012-01"),
    ("hu", ["2012 januárjában", "2012. január", "2012 januárjától"], "2012-01"),
    ("hu", ["2012 áprilisában", "2012. április", "2012 áprilisi"], "2012-04"),
    ("de", ["im Jänner 2012", "Januar 2012"], "2012-01"),
    ("fr", ["en aout 2012", "août 2012"], "2012-08"),
    ("en", ["Sept 2012", "September 2012"], "2012-09"),
]


@pytest.mark.parametrize("lang,texts,iso", MONTH_FORMS, ids=[m[0] + " " + m[2] for m in MONTH_FORMS])
def test_month_names_in_their_cases(lang, texts, iso):
    for text in texts:
        assert find_ranges(text, load(lang))[0].start.iso == iso, text


def test_slash_dates_are_day_first_unless_the_text_shows_month_first():
    lex = load("en")
    r = find_ranges("05/01/2012 – 04/30/2015", lex)[0]
    assert (r.start.iso, r.end.iso) == ("2012-05-01", "2015-04-30")
    r = find_ranges("05/01/2012 – 30/04/2015", lex)[0]
    assert (r.start.iso, r.end.iso) == ("2012-01-05", "2015-04-30")
    assert find_ranges("05/01/2012", lex)[0].start.iso == "2012-01-05"


def test_a_second_year_written_short_takes_the_first_ones_century():
    lex = load("en")
    r = find_ranges("a school partnership 2018-20", lex)[0]
    assert (r.start.iso, r.end.iso) == ("2018", "2020")
    r = find_ranges("Projekt 2009 – 12", load("de"))[0]
    assert (r.start.iso, r.end.iso) == ("2009", "2012")
    # a later year only: "2019-10" may be October 2019, and an ISO date stays one date
    assert [(r.start.iso, r.end) for r in find_ranges("in 2019-10", lex)] == [("2019", None)]
    assert find_ranges("2019-10-01", lex)[0].start.iso == "2019-10-01"


def test_a_year_mark_glued_to_the_dash_still_joins_a_range():
    r = find_ranges("Okres realizacji: 1.03.2020r.-30.06.2020r.", load("pl"))[0]
    assert (r.start.iso, r.end.iso) == ("2020-03-01", "2020-06-30")
    r = find_ranges("Trvání: 1.3.2020 r.–30.6.2020 r.", load("cs"))[0]
    assert (r.start.iso, r.end.iso) == ("2020-03-01", "2020-06-30")


def test_name_in_quotes_as_a_whole_loses_them():
    assert clean_name("„Stadtwerke Nordhausen GmbH“") == "Stadtwerke Nordhausen GmbH"
    assert clean_name("«Commune de Valmont»") == "Commune de Valmont"
    assert clean_name("Spolek „Zelený Brod“") == "Spolek „Zelený Brod“"
    assert clean_name("„Alfa“ a „Beta“") == "„Alfa“ a „Beta“"


def test_country_adjectives_from_country_names():
    from pipeline import gazetteer
    cases = [("cs", "rakouský svaz obcí", "AT"), ("de", "die schweizerische Stiftung", "CH"),
             ("it", "il comune austriaco", "AT"), ("en", "an Austrian museum", "AT"),
             ("nl", "de Oostenrijkse gemeente", "AT"), ("pl", "szwajcarski instytut", "CH"),
             ("fr", "des écoles suisses", "CH"), ("fr", "une ville autrichienne", "AT"), ("sk", "belgická univerzita", "BE")]
    for lang, text, cc in cases:
        hits = [h for h in gazetteer.find(text, load(lang), adjectives=True) if h.kind == "adjective"]
        assert hits and hits[0].cc == cc, (lang, text)
    # another country's name is no adjective of the first: "australský" is Australian
    assert all(h.cc != "AT" for h in gazetteer.find("australský partner", load("cs"), adjectives=True))
    assert not gazetteer.find("liberální paragraf", load("cs"), adjectives=True)


def test_one_quote_table_pairs_marks_for_names_and_organisations():
    from pipeline.extractors import name_text
    from pipeline.normalise.orgs import clean_name
    from pipeline.textnorm import QUOTE_MARKS, QUOTES
    assert name_text.QUOTES is QUOTES
    assert set("„“”\"«»‚‘’'") <= set(QUOTE_MARKS) and "," not in QUOTE_MARKS
    # an organisation quoted as a whole loses the quotes in any pairing the table knows
    assert clean_name("„Sdružení Pro Krkonoše“") == "Sdružení Pro Krkonoše"
    assert clean_name("‘Associazione Ponte’") == "Associazione Ponte"
    assert clean_name("”Egyesület a Tiszáért”") == "Egyesület a Tiszáért"
    assert clean_name("Spolek „Pro Prahu“") == "Spolek „Pro Prahu“"


def test_day_month_year_with_dashes():
    """"14-02-2018" (Dutch, Romanian, Italian, Spanish pages); not inside a code."""
    assert [(r.start.iso, r.end.iso if r.end else None)
            for r in find_ranges("De workshop vond plaats op 14-02-2018 in Gent.", load("nl"))] == [("2018-02-14", None)]
    assert [(r.start.iso, r.end.iso) for r in find_ranges("Durata: 01-10-2017 - 30-09-2019", load("it"))] == [
        ("2017-10-01", "2019-09-30")]
    assert not any(r.start.iso == "2018-12" or len(r.start.iso) == 10
                   for r in find_ranges("Cod proiect ROHU-12-2018", load("ro")))


def test_money_closing_with_a_dash_or_grouped_two_ways():
    assert find_money("celkem 23 529,– EUR", load("cs"))[0].amount == Decimal("23529")
    assert find_money("Totaal budget 12 345.678 EUR", load("nl"))[0].amount == Decimal("12345678")


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Les 27, 28 et 29 novembre 2017, les équipes se sont réunies.", [("2017-11-27", "2017-11-29")]),
    ("de", "am 12., 13. und 14. März 2020 in Linz", [("2020-03-12", "2020-03-14")]),
    ("pl", "w dniach 2, 3 i 4 czerwca 2021 r.", [("2021-06-02", "2021-06-04")]),
    # days that do not follow one another are no range
    ("cs", "ve dnech 1, 2, 5 a 6. května 2019", [("2019-05-05", "2019-05-06")]),
])
def test_days_listed_with_commas_before_a_range(lang, text, expected):
    assert [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang))] == expected


def test_region_adjectives_name_their_country():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    cases = [("nl", "in de Vlaams-Nederlandse grensregio", ["BE", "NL"]),
             ("en", "the Catalan partners met a Welsh college", ["ES", "GB"]),
             ("cs", "moravští a bavorští partneři", ["CZ", "DE"]),
             ("fr", "les partenaires wallons et flamands", ["BE", "BE"])]
    for lang, text, ccs in cases:
        assert [h.cc for h in gazetteer.find(text, load(lang), adjectives=True)] == ccs, (lang, text)
    # a country's own adjective still comes from its name
    assert [h.cc for h in gazetteer.find("belgická univerzita", load("sk"), adjectives=True)] == ["BE"]



def test_and_alone_does_not_join_two_years_and_a_roman_numeral_needs_its_year_glued():
    """"in 2016 and 2018" are two years; "Phase II. 2014" is a phase, not February."""
    assert [(r.start.iso, r.end) for r in find_ranges("Treffen in 2016 and 2018", load("en"))] == \
        [("2016", None), ("2018", None)]
    assert [r.start.iso for r in find_ranges("Phase II. 2014 begann", load("de"))] == ["2014"]
    assert [(r.start.iso, r.end) for r in find_ranges("mezi lety 2018 a 2016", load("cs"))] == \
        [("2018", None), ("2016", None)]


@pytest.mark.parametrize("lang,text,amount,currency", [
    ("it", "un contributo di 312 mila 480 euro per il comune", "312480.00", "EUR"),
    ("it", "riceveranno 4 milioni e 750 mila euro complessivi", "4750000.00", "EUR"),
    ("hu", "a támogatás összege 3 millió 200 ezer forint", "3200000.00", "HUF"),
    ("es", "con 1 millón 350 mil euros de ayuda", "1350000.00", "EUR"),
    ("cs", "dotace ve výši 2 miliony 400 tisíc Kč", "2400000.00", "CZK"),
    ("pl", "kwota 1 mln 150 tys. zł", "1150000.00", "PLN"),
])
def test_a_scaled_amount_with_a_smaller_part_before_the_currency(lang, text, amount, currency):
    found = find_money(text, load(lang))
    assert [(str(m.amount), m.currency) for m in found] == [(amount, currency)]


@pytest.mark.parametrize("lang,text", [
    ("it", "3 milioni e 400 partecipanti, con 20 euro a testa"),
    ("hu", "2 millió és 300 diák"),
])
def test_a_number_after_a_scaled_amount_without_a_currency_stays_apart(lang, text):
    amounts = [m.amount for m in find_money(text, load(lang))]
    assert all(a < 1000 for a in amounts)


@pytest.mark.parametrize("raw,value", [("524.117.25", "524117.25"), ("1.207.330.08", "1207330.08"),
                                       ("12,480,15", "12480.15"), ("1.207.330", "1207330")])
def test_a_last_group_of_two_digits_after_thousands_groups_is_the_cents(raw, value):
    assert parse_number(raw, ",")[0] == Decimal(value)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Gmina otrzymała 18408 euro dofinansowania."),
    ("de", "Die Stadt erhielt 20154 Euro."),
    ("en", "The school received 19876 euros."),
])
def test_no_year_inside_a_longer_number(lang, text):
    assert find_ranges(text, load(lang)) == []


# Portuguese: amounts with "mil", "milhões" and "mil milhões", and ranges of days, months and years
MONEY_PT = [
    ("um orçamento de 1,6 milhões de euros", "1600000.00", "EUR"),
    ("um investimento de 613 mil euros", "613000.00", "EUR"),
    ("3.093.854,95 €", "3093854.95", "EUR"),
    ("uma dotação de 2,5 mil milhões de euros", "2500000000.00", "EUR"),
]


RANGES_PT = [
    ("de 1 de março de 2019 a 31 de dezembro de 2021", ("2019-03-01", "2021-12-31")),
    ("entre os dias 12 e 17 de janeiro de 2020, em Braga", ("2020-01-12", "2020-01-17")),
    ("de 12 a 14 de maio de 2019", ("2019-05-12", "2019-05-14")),
    ("de janeiro de 2018 a junho de 2020", ("2018-01", "2020-06")),
    ("entre 2017 e 2019", ("2017", "2019")),
]


# Albanian: "mijë" and "milionë", a thousands comma, and months in the genitive ("të vitit")
MONEY_SQ = [
    ("një buxhet prej 2,6 milionë euro", "2600000.00", "EUR"),
    ("një grant prej 196 mijë eurosh", "196000.00", "EUR"),
    ("€ 448.854.79", "448854.79", "EUR"),
    ("38.705.060 lekë", "38705060.00", "ALL"),
]


RANGES_SQ = [
    ("nga data 24 prill deri më 5 maj 2017", ("2017-04-24", "2017-05-05")),
    ("nga viti 2020 deri në gusht të vitit 2022", ("2020", "2022-08")),
    ("gjatë periudhës 1 janar 2020 - 31 dhjetor 2022", ("2020-01-01", "2022-12-31")),
    ("nga 12 deri më 15 qershor 2023", ("2023-06-12", "2023-06-15")),
]


MONEY_BG = [
    ("общата стойност е 587 177,58 евро", "587177.58", "EUR"),
    ("на стойност 1,2 млн. лв.", "1200000.00", "BGN"),
    ("бюджет от 850 хил. лева", "850000.00", "BGN"),
    ("над два милиона евро", "2000000.00", "EUR"),
]


RANGES_BG = [
    ("от 1 март 2017 г. до 28 февруари 2019 г.", ("2017-03-01", "2019-02-28")),
    ("в периода 01.09.2019 – 31.08.2021 г.", ("2019-09-01", "2021-08-31")),
    ("между 2016 и 2018 г.", ("2016", "2018")),
    ("На 22-и ноември 2019 г. в Просочани", ("2019-11-22", None)),
    ("от 1-ви до 3-ти октомври 2020 г.", ("2020-10-01", "2020-10-03")),
]


MONEY_EL = [
    ("συνολικός προϋπολογισμός 218.500 ευρώ", "218500.00", "EUR"),
    ("προϋπολογισμού 1,2 εκατ. ευρώ", "1200000.00", "EUR"),
    ("ύψους 850 χιλ. ευρώ", "850000.00", "EUR"),
    ("δύο εκατομμύρια ευρώ", "2000000.00", "EUR"),
]


RANGES_EL = [
    ("από 1 Σεπτεμβρίου 2018 έως 28 Φεβρουαρίου 2021", ("2018-09-01", "2021-02-28")),
    ("Στις 25-26 Ιανουαρίου 2018, στη Θεσσαλονίκη", ("2018-01-25", "2018-01-26")),
    ("από τον Μάρτιο του 2019", ("2019-03", None)),
    ("μεταξύ 2016 και 2018", ("2016", "2018")),
]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "La semana europea se celebró del 28 de noviembre al 4 de diciembre de 2021 en Toledo.", ("2021-11-28", "2021-12-04")),
    ("es", "Las jornadas, entre el 3 de marzo y el 7 de abril de 2019, reunieron a los socios.", ("2019-03-03", "2019-04-07")),
    ("pt", "A mobilidade decorreu entre 28 de novembro e 4 de dezembro de 2021 em Braga.", ("2021-11-28", "2021-12-04")),
    ("en", "The exchange ran from the 2nd of May to 9 June 2022.", ("2022-05-02", "2022-06-09")),
])
def test_a_range_whose_first_day_joins_its_month_with_a_connector(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected


# Lithuanian, Latvian and Estonian: "mln." and "milj.", the year first with "m." or "gada"
# ("2020 m. liepos 1 d.", "2024. gada 22.-23. maijā"), months in their case forms ("jūlijam", "märtsist")
MONEY_BALTIC = [
    ("lt", "bendra vertė – 1,2 mln. eurų", "1200000.00", "EUR"),
    ("lt", "ERPF lėšos – 850 tūkst. Eur", "850000.00", "EUR"),
    ("lv", "kopējās izmaksas ir 1,5 milj. eiro", "1500000.00", "EUR"),
    ("lv", "ERAF finansējums: 195 030,79 EUR", "195030.79", "EUR"),
    ("et", "kogueelarve on 1,2 miljonit eurot", "1200000.00", "EUR"),
    ("et", "toetus 8576,50 eurot", "8576.50", "EUR"),
]


RANGES_BALTIC = [
    ("lt", "2020 m. liepos 1 d. – 2022 m. birželio 30 d.", ("2020-07-01", "2022-06-30")),
    ("lt", "nuo 2021 m. sausio iki 2022 m. gruodžio", ("2021-01", "2022-12")),
    ("lt", "2019 m. gegužės 14–16 d. Vilniuje", ("2019-05-14", "2019-05-16")),
    ("lv", "no 01.07.2020. līdz 31.10.2022.", ("2020-07-01", "2022-10-31")),
    ("lv", "no 2019. gada 1. aprīļa līdz 2021. gada 31. martam", ("2019-04-01", "2021-03-31")),
    ("lv", "2024. gada 22.-23. maijā", ("2024-05-22", "2024-05-23")),
    ("et", "1. märtsist 2020 kuni 28. veebruarini 2022", ("2020-03-01", "2022-02-28")),
    ("et", "Projekti periood: 01.01.2019–20.01.2020", ("2019-01-01", "2020-01-20")),
]


@pytest.mark.parametrize("lang,text,amount,currency", [
    ("en", "a grant of half a million euros", "500000.00", "EUR"),
    ("pl", "otrzymała pół miliona złotych", "500000.00", "PLN"),
    ("pl", "inwestycja za 2,4 miliona złotych", "2400000.00", "PLN"),
    ("de", "eine halbe Million Euro aus dem Fonds", "500000.00", "EUR"),
    ("de", "rund 3,2 Mill. Euro", "3200000.00", "EUR"),
    ("fr", "un demi-million d'euros", "500000.00", "EUR"),
    ("hu", "fél millió forint támogatás", "500000.00", "HUF"),
    ("it", "mezzo milione di euro", "500000.00", "EUR"),
    ("en", "a £1.5mn grant", "1500000.00", "GBP"),
])
def test_half_a_scale_word_and_more_inflected_scale_words(lang, text, amount, currency):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == [(amount, currency)]


@pytest.mark.parametrize("lang,text", [
    ("en", "one and a half million euros"),
    ("cs", "jeden a půl milionu korun"),
    ("sl", "ena in pol milijona evrov"),
])
def test_half_after_a_conjunction_is_not_read_alone(lang, text):
    # "one and a half million" is not half a million: better nothing than a wrong figure
    assert all(m.amount != 500000 for m in find_money(text, load(lang)))


MONEY_NORDIC = [
    ("sv", "en budget på 4,5 miljoner kronor", "4500000.00", "SEK"),
    ("sv", "totalt 12 MSEK", "12000000.00", "SEK"),
    ("sv", "Totalt har 1 374 779 EUR beviljats", "1374779.00", "EUR"),
    ("sv", "ett bidrag på 850 000 kr", "850000.00", "SEK"),
    ("da", "et budget på 4,5 mio. kr.", "4500000.00", "DKK"),
    ("da", "36.248.620 EUR", "36248620.00", "EUR"),
    ("da", "700 millioner kroner", "700000000.00", "DKK"),
    ("da", "knap 1,2 mia. kr.", "1200000000.00", "DKK"),
]


RANGES_NORDIC = [
    ("sv", "från 1 mars 2021 till 28 februari 2024", ("2021-03-01", "2024-02-28")),
    ("sv", "Projektperiod: 2015-09-01–2018-08-31", ("2015-09-01", "2018-08-31")),
    ("sv", "mellan 2019 och 2022", ("2019", "2022")),
    ("sv", "den 12–14 juni 2023 i Malmö", ("2023-06-12", "2023-06-14")),
    ("da", "fra 1. marts 2021 til 28. februar 2024", ("2021-03-01", "2024-02-28")),
    ("da", "i perioden 01.09.2019 – 31.08.2021", ("2019-09-01", "2021-08-31")),
    ("da", "mellem 2016 og 2018", ("2016", "2018")),
    ("da", "fra september 2018 til august 2020", ("2018-09", "2020-08")),
]


MONEY_FI_CA = [
    ("fi", "kokonaisbudjetti on 1,2 milj. euroa", "1200000.00", "EUR"),
    ("fi", "noin 850 000 euroa", "850000.00", "EUR"),
    ("fi", "50 miljoonan euron rahoituksella", "50000000.00", "EUR"),
    ("fi", "379,5 miljoonaa euroa", "379500000.00", "EUR"),
    ("fi", "noin miljoonalla eurolla", "1000000.00", "EUR"),
    ("ca", "un pressupost de 1,5 milions d'euros", "1500000.00", "EUR"),
    ("ca", "1 376 386 euros", "1376386.00", "EUR"),
    ("ca", "894.650,00 €", "894650.00", "EUR"),
    # a lone separator with three zeros after it groups thousands, even before a scale word
    ("ca", "més de 3.000 milions d’euros", "3000000000.00", "EUR"),
    ("es", "3.000 millones de euros", "3000000000.00", "EUR"),
]


RANGES_FI_CA = [
    ("fi", "1.3.2023–31.12.2025", ("2023-03-01", "2025-12-31")),
    ("fi", "1. maaliskuuta 2023 – 31. joulukuuta 2025", ("2023-03-01", "2025-12-31")),
    ("fi", "maaliskuussa 2023", ("2023-03", None)),
    ("fi", "vuosina 2016–2018", ("2016", "2018")),
    ("fi", "vuodesta 2020 vuoteen 2026", ("2020", "2026")),
    ("fi", "12.–14.6.2023 Oulussa", ("2023-06-12", "2023-06-14")),
    # an elative month before its year is no year-first date of the next month ("2024 joulukuuhun")
    ("fi", "tammikuusta 2024 joulukuuhun 2026", ("2024-01", None)),
    ("ca", "de març de 2023", ("2023-03", None)),
    ("ca", "del 28 de novembre al 3 de desembre de 2022", ("2022-11-28", "2022-12-03")),
    ("ca", "de l’1 de gener de 2018 al 31 de desembre de 2020", ("2018-01-01", "2020-12-31")),
    ("ca", "1 de gener 2018 – 31 de desembre 2020", ("2018-01-01", "2020-12-31")),
    ("ca", "entre 2019 i 2022", ("2019", "2022")),
    ("ca", "des de setembre de 2018 fins a agost de 2020", ("2018-09", "2020-08")),
    ("ca", "Del 15 al 17 d’octubre de 2019 a Girona", ("2019-10-15", "2019-10-17")),
    ("hu", "2011 áprilisától 2013 márciusáig", ("2011-04", "2013-03")),
]

MONEY_UK_NO = [
    ("uk", "загальна вартість проєкту становить 1,2 млн євро", "1200000.00", "EUR"),
    ("uk", "грант у розмірі 850 000 євро", "850000.00", "EUR"),
    ("uk", "понад 500 тисяч гривень", "500000.00", "UAH"),
    ("uk", "461 355 грн.", "461355.00", "UAH"),
    ("uk", "2,5 мільйона євро", "2500000.00", "EUR"),
    ("no", "et totalbudsjett på 12,5 millioner kroner", "12500000.00", "NOK"),
    ("no", "60 mill. NOK", "60000000.00", "NOK"),
    ("no", "drøyt 550 000 euro", "550000.00", "EUR"),
    ("no", "1 169 747 €", "1169747.00", "EUR"),
    ("no", "3,5 millioner euro", "3500000.00", "EUR"),
]


RANGES_UK_NO = [
    ("uk", "з 1 березня 2023 року по 28 лютого 2025 року", ("2023-03-01", "2025-02-28")),
    ("uk", "з 1.03.2023 по 28.02.2025", ("2023-03-01", "2025-02-28")),
    ("uk", "у березні 2023", ("2023-03", None)),
    ("uk", "з 9 по 16 жовтня 2025 року в місті Кордова", ("2025-10-09", "2025-10-16")),
    ("uk", "з січня 2024 року до грудня 2026 року", ("2024-01", "2026-12")),
    ("uk", "у 2019–2021 роках", ("2019", "2021")),
    ("no", "fra 1. mars 2023 til 28. februar 2026", ("2023-03-01", "2026-02-28")),
    ("no", "fra mars 2023 til februar 2026", ("2023-03", "2026-02")),
    ("no", "for perioden 2019 – 2021", ("2019", "2021")),
    ("no", "mellom 2016 og 2018", ("2016", "2018")),
    ("no", "12.–14. juni 2023 i Tromsø", ("2023-06-12", "2023-06-14")),
    ("no", "1. desember 2024", ("2024-12-01", None)),
]

MONEY_SR_MK = [
    ("sr", "ukupne vrednosti 173.600 evra", "173600.00", "EUR"),
    ("sr", "vredan 3,7 miliona evra", "3700000.00", "EUR"),
    ("sr", "budžet od 2,5 miliona dinara", "2500000.00", "RSD"),
    ("sr", "u iznosu od 350.000 dinara", "350000.00", "RSD"),
    ("sr", "укупна вредност пројекта је 1,2 милиона евра", "1200000.00", "EUR"),
    ("sr", "износ од 450 хиљада динара", "450000.00", "RSD"),
    ("sr", "sa 440 hiljada evra", "440000.00", "EUR"),
    ("sr", "grant od 120.000,00 EUR", "120000.00", "EUR"),
    ("mk", "вкупниот буџет изнесува 459.435 евра", "459435.00", "EUR"),
    ("mk", "речиси три милиони евра", "3000000.00", "EUR"),
    ("mk", "во износ од 26.349.547 денари", "26349547.00", "MKD"),
    ("mk", "337 илјади евра", "337000.00", "EUR"),
    ("mk", "2,9 милиони евра", "2900000.00", "EUR"),
]

RANGES_SR_MK = [
    ("sr", "od 1. marta 2023. do 31. decembra 2025. godine", ("2023-03-01", "2025-12-31")),
    ("sr", "од 1. марта 2023. до 31. децембра 2025. године", ("2023-03-01", "2025-12-31")),
    ("sr", "01. januar 2021. – 31. decembar 2027.", ("2021-01-01", "2027-12-31")),
    ("sr", "u periodu 2014-2020", ("2014", "2020")),
    ("sr", "od 12. do 14. juna 2023. godine u Nišu", ("2023-06-12", "2023-06-14")),
    ("sr", "од 2019. до 2022. године", ("2019", "2022")),
    ("mk", "од 1 март 2023 до 31 декември 2025", ("2023-03-01", "2025-12-31")),
    ("mk", "за периодот 2014 – 2020", ("2014", "2020")),
    ("mk", "од 15 до 17 октомври 2019 година", ("2019-10-15", "2019-10-17")),
]

MONEY_MT_IS = [
    ("mt", "baġit totali ta' €2.5 miljun", "2500000.00", "EUR"),
    ("mt", "investiment ta’ €18-il miljun", "18000000.00", "EUR"),
    ("mt", "madwar €28,000 f’fondi Ewropej", "28000.00", "EUR"),
    ("mt", "1.3 miljun ewro", "1300000.00", "EUR"),
    ("mt", "Lm 5,000", "5000.00", "MTL"),
    ("is", "225 milljóna króna", "225000000.00", "ISK"),
    ("is", "1,5 milljónir evra", "1500000.00", "EUR"),
    ("is", "tæpar 90 milljónir íslenskra króna", "90000000.00", "ISK"),
    ("is", "2,5 milljarða króna", "2500000000.00", "ISK"),
    ("is", "167.193 €", "167193.00", "EUR"),
    ("ga", "maoiniú suas le €2.38 milliún", "2380000.00", "EUR"),
    ("ga", "infheistíocht iomlán d’os cionn €4.39m", "4390000.00", "EUR"),
    ("ga", "os cionn 256m euro", "256000000.00", "EUR"),
]

RANGES_MT_IS = [
    ("mt", "mill-1 ta' Jannar 2019 sal-31 ta' Diċembru 2021", ("2019-01-01", "2021-12-31")),
    ("mt", "mill-1 ta’ Marzu 2023 sat-28 ta’ Frar 2026", ("2023-03-01", "2026-02-28")),
    ("mt", "bejn l-2007 u l-2013", ("2007", "2013")),
    ("mt", "minn Jannar 2024 sa Diċembru 2026", ("2024-01", "2026-12")),
    ("mt", "mis-17 sal-21 ta' Novembru 2025", ("2025-11-17", "2025-11-21")),
    ("mt", "mill-2014 sal-2020", ("2014", "2020")),
    ("mt", "fil-15 ta' Novembru 2020", ("2020-11-15", None)),
    ("is", "frá 1. janúar 2019 til 31. desember 2021", ("2019-01-01", "2021-12-31")),
    ("is", "frá mars 2023 til febrúar 2026", ("2023-03", "2026-02")),
    ("is", "á árunum 2014-2020", ("2014", "2020")),
    ("is", "dagana 12.–14. júní 2023 í Reykjavík", ("2023-06-12", "2023-06-14")),
    ("is", "þann 25. september 2025", ("2025-09-25", None)),
    ("ga", "ó Eanáir 2019 go Nollaig 2021", ("2019-01", "2021-12")),
    ("ga", "ón 1 Márta 2023 go dtí an 28 Feabhra 2026", ("2023-03-01", "2026-02-28")),
    ("ga", "an 9 Samhain 2022", ("2022-11-09", None)),
    ("ga", "idir 2014 agus 2020", ("2014", "2020")),
]

# the languages added after the first thirteen: money and date ranges in each
@pytest.mark.parametrize("lang,text,amount,currency", [(lang, *case) for lang, cases in (
    ("pt", MONEY_PT), ("sq", MONEY_SQ), ("bg", MONEY_BG), ("el", MONEY_EL)) for case in cases]
    + MONEY_BALTIC + MONEY_NORDIC + MONEY_FI_CA + MONEY_UK_NO + MONEY_SR_MK + MONEY_MT_IS)
def test_money_in_the_languages_added_later(lang, text, amount, currency):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == [(amount, currency)]


@pytest.mark.parametrize("lang,text,expected", [(lang, t, e) for lang, cases in (
    ("pt", RANGES_PT), ("sq", RANGES_SQ), ("bg", RANGES_BG), ("el", RANGES_EL)) for t, e in cases]
    + RANGES_BALTIC + RANGES_NORDIC + RANGES_FI_CA + RANGES_UK_NO + RANGES_SR_MK + RANGES_MT_IS)
def test_ranges_in_the_languages_added_later(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected
