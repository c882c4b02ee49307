"""A partner name holding a year is a period, an event or a date; a sum after a dash closing a
name is the partner's share, cut off (partner_name_shapes)."""
from pipeline.extractors.partner_name_shapes import dated, sum_tail


def test_years_and_periods_are_no_partner():
    assert dated("LIFE III (2000-2006)")
    assert dated("Interreg Programm Bayern–Österreich 2014-2020")
    assert dated("Festival d'été 2019")
    assert dated("Wrzesień 2022")


def test_a_year_inside_quotes_or_a_code_stays():
    assert not dated("Kulturverein „Harmonie 1885“")
    assert not dated("Asociación Cultural Tierra")
    assert not dated("INCDO-INOE2000")
    assert not dated("Stowarzyszenie 12345")


def test_a_sum_after_a_dash_is_cut():
    name = "Asociación Amigos del Bosque - € 12 500"
    assert name[:sum_tail(name)] == "Asociación Amigos del Bosque"
    name = "Lesní správa Dobříš – 6 000 EUR"
    assert name[:sum_tail(name)] == "Lesní správa Dobříš"
    assert sum_tail("Gemeinde Oberau – Tirol") is None
