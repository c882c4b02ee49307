"""Round 23 (periods): (1) an EU budget period (2014–2020 …) is the programme's beside a
programming-period word, right after a cross-border programme's two countries, or in a
sentence that does not name the project; a project's own sentence keeps it. (2) English and
French ordinal marks written apart from the day ("15 th to 19 th October"). (3) A group of
thousands set off by a dot and a space ("38. 210 euros"). Invented texts."""
from decimal import Decimal

import pytest

from pipeline.extractors import durations
from pipeline.lexicons import load
from pipeline.normalise.dates import find_ranges
from pipeline.normalise.money import find_money
from tests.section_context import section_context


def _period(text: str, lang: str) -> tuple[str | None, str | None, int | None]:
    p = durations.extract(section_context(text, lang), None)
    return p.start, p.end, p.months


PROGRAMMES = [
    ("it", "Progetto Rifugio\n\nNel periodo di programmazione 2014-2020 il progetto Rifugio è stato finanziato dal programma."),
    ("cs", "Projekt Lávka\n\nProjekt byl realizován v programovacím období 2007–2013 z Evropského fondu pro regionální rozvoj."),
    ("hu", "A Híd projekt\n\nA partnerek a 2014–2020-as programozási időszakra készültek fel a projekt során."),
    ("pl", "Projekt Kładka\n\nProjekt realizowany jest w ramach współpracy transgranicznej Polska – Słowacja 2007 – 2013."),
    ("en", "Bridge project\n\nThe programme runs for seven years, from 2014 to 2020, and funds schools every year."),
]


@pytest.mark.parametrize("lang,text", PROGRAMMES)
def test_budget_period_of_the_programme_dates_no_project(lang, text):
    assert _period(text, lang) == (None, None, None)


OWN = [
    ("pt", "Projeto Ponte\n\nAs câmaras fizeram parte, no período 2007-2013, do projeto Ponte de cidades."),
    ("en", "Bridge project\n\nThe project was implemented in 2014-2020 by four towns."),
]


@pytest.mark.parametrize("lang,text", OWN)
def test_budget_period_in_the_projects_own_sentence_stays(lang, text):
    start, end, _ = _period(text, lang)
    assert (start[:4], end[:4]) == ({"pt": "2007", "en": "2014"}[lang], {"pt": "2013", "en": "2020"}[lang])


def test_a_short_span_beside_a_programming_period_word_is_still_read():
    # only the EU's seven-year periods are a programme's
    assert _period("Projekt Lávka\n\nProjekt byl realizován v letech 2016–2018.", "cs")[:2] == ("2016", "2018")


SPACED_ORDINALS = [
    ("en", "The meeting was held on the 15 th to 19 th October, 2017 in Lisbon.", ("2017-10-15", "2017-10-19")),
    ("en", "The project runs from 1 st March 2019 to 28 th February 2021.", ("2019-03-01", "2021-02-28")),
    ("fr", "Le projet se déroule du 1 er janvier 2020 au 31 décembre 2021.", ("2020-01-01", "2021-12-31")),
]


@pytest.mark.parametrize("lang,text,expected", SPACED_ORDINALS)
def test_ordinal_mark_apart_from_its_day(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso) == expected


SPLIT_GROUPS = [
    ("pt", "O projeto foi financiado com o montante de 38. 210 euros.", Decimal("38210.00")),
    ("de", "Die Förderung beträgt 17. 350,50 Euro.", Decimal("17350.50")),
    ("pl", "Dofinansowanie wyniosło 5. 300 zł.", Decimal("5300.00")),
]


@pytest.mark.parametrize("lang,text,amount", SPLIT_GROUPS)
def test_thousands_after_a_dot_and_a_space(lang, text, amount):
    assert [m.amount for m in find_money(text, load(lang))] == [amount]


def test_a_list_number_is_no_group_of_thousands():
    assert [m.amount for m in find_money("1. 250 000 euros", load("pt"))] == [Decimal("250000.00")]
