"""Tails a list sets after every name alike: a country after a plain space, or ", from Town
(Region)", on three items or more, are the list's column and leave the names."""
from section_context import section_context

from pipeline.extractors.partner_column_tails import cut_column_tails
from pipeline.extractors.partner_record import PARTNER, Partner


def _found(text: str, items: list[str], lang: str):
    ctx = section_context(text, lang)
    out = []
    for it in items:
        at = text.index(it)
        out.append(Partner(it, PARTNER, at, at + len(it)))
    return out, ctx


def test_a_country_after_every_item_is_cut_and_kept_as_the_country():
    items = ["Escola Basica da Ponte Portugal", "Zespol Szkol nr 3 w Rybniku Poland", "Osnovna skola Ivana Gundulica Croatia"]
    text = "Partneri\n" + "\n".join(items) + "\n"
    found, ctx = _found(text, items, "lv")
    out = cut_column_tails(found, ctx)
    assert [(p.name, p.country) for p in out] == [
        ("Escola Basica da Ponte", "PT"), ("Zespol Szkol nr 3 w Rybniku", "PL"), ("Osnovna skola Ivana Gundulica", "HR")]
    assert all(text[p.start:p.end] == p.name for p in out)


def test_one_name_ending_with_a_country_keeps_it():
    items = ["BirdLife Malta", "Stadtwerke Graz Holding", "Ente Parco Regionale Sud"]
    text = "Partners: " + ", ".join(items) + "."
    found, ctx = _found(text, items, "en")
    assert [p.name for p in cut_column_tails(found, ctx)] == items


def test_a_country_after_of_is_the_names():
    items = ["National Library of Latvia", "National Library of Estonia", "National Library of Lithuania"]
    text = "Partners:\n" + "\n".join(items) + "\n"
    found, ctx = _found(text, items, "en")
    assert [p.name for p in cut_column_tails(found, ctx)] == items


def test_a_seat_after_a_comma_on_every_item_is_cut():
    items = ["Liceo Classico “Dante”, di Verona (Veneto)", "Instituto Goya, de Huesca (Aragón)", "Escola Sant Jordi, de Manresa"]
    text = "Participen les escoles:\n- " + "\n- ".join(items) + "\n"
    found, ctx = _found(text, items, "ca")
    assert [p.name for p in cut_column_tails(found, ctx)] == ["Liceo Classico “Dante”", "Instituto Goya", "Escola Sant Jordi"]


def test_two_items_with_a_seat_keep_it():
    items = ["Instituto Goya, de Huesca", "Escola Sant Jordi, de Manresa"]
    text = "Participen: " + " i ".join(items) + "."
    found, ctx = _found(text, items, "es")
    assert [p.name for p in cut_column_tails(found, ctx)] == items
