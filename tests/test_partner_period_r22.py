"""A place followed by a programming period ("… 2014-2020") is named in a programme's title,
not as a partner; so is the place joined to it by a conjunction or a dash. A body named
with its own type word before a single year, or a period of many years, stays."""
import pytest
from section_context import section_context

from pipeline.extractors.partner_period import before_period, drop_programme_places
from pipeline.extractors.partner_record import PARTNER, Partner


def _kept(text: str, names: list[str], lang: str) -> list[str]:
    ctx = section_context(text, lang)
    found = [Partner(n, PARTNER, text.index(n), text.index(n) + len(n)) for n in names]
    return [p.name for p in drop_programme_places(found, ctx)]


@pytest.mark.parametrize("text,names,lang", [
    ("Gefördert im Programm zwischen dem Freistaat Bayern und der Republik Österreich 2014-2020.",
     ["Freistaat Bayern", "Republik Österreich"], "de"),
    ("Финансиран от програмата за сътрудничество между Р. България и Р. Сърбия 2014 – 2020.",
     ["Р. България", "Р. Сърбия"], "bg"),
    ("Projekt dofinansowany z programu Rzeczpospolita Polska – Republika Słowacka 2007-2013.",
     ["Rzeczpospolita Polska", "Republika Słowacka"], "pl"),
    ("Funded by the programme between Hungary and Croatia 2021-2027.", ["Hungary", "Croatia 2021"], "en"),
])
def test_places_of_a_programme_title_are_no_partners(text, names, lang):
    assert _kept(text, names, lang) == []


@pytest.mark.parametrize("text,names,lang", [
    ("Partnerem projektu je Obec Dolní Lhota a Gmina Nowa Wieś 2019.", ["Obec Dolní Lhota", "Gmina Nowa Wieś"], "cs"),
    ("Partners: Harbour Institute of Technology, Northvale Agency 1990-2020.", ["Harbour Institute of Technology"], "en"),
])
def test_bodies_without_a_programming_period_stay(text, names, lang):
    assert _kept(text, names, lang) == names


def test_a_period_of_many_years_is_no_programme():
    text = "Partner: Valley Park 1950 - 2020."
    ctx = section_context(text, "en")
    assert not before_period(Partner("Valley Park", PARTNER, 9, 20), ctx)
