"""A weekday beside a day and month without a year says which year it is (round 22: "Dé
Céadaoin 26 Meitheamh", "desta sexta-feira, 25 de setembro", "Sâmbătă, 23 martie" on pages
with no publication date were dropped); Slavic ranges name their weekdays in the genitive
after "od"/"do" ("od sobote, 25. do srede, 29. marca")."""
import pytest

from pipeline.lexicons import load
from pipeline.normalise.dates import find_dates, find_ranges, weekday_reference


@pytest.mark.parametrize("lang, text, iso", [
    ("ro", "Proiectul a început în 2021. Vineri, 12 martie, la Oradea a avut loc conferința de lansare.", "2021-03-12"),
    ("pt", "O projeto arrancou em 2022. Na sexta-feira, 4 de novembro, decorreu em Braga o seminário final.", "2022-11-04"),
    ("de", "Das Projekt läuft seit 2017. Am Samstag, 20. Mai, fand in Görlitz ein Workshop statt.", "2017-05-20"),
    ("en", "The project started in 2016. On Friday 14 October the partners met in Cork.", "2016-10-14"),
])
def test_weekday_picks_the_stated_year(lang, text, iso):
    assert weekday_reference(text, load(lang)) == iso


def test_weekday_that_fits_no_stated_year_gives_nothing():
    text = "The project started in 2016. On Monday 14 October the partners met in Cork."
    assert weekday_reference(text, load("en")) is None


def test_page_without_a_year_gives_nothing():
    assert weekday_reference("Vineri, 12 martie, la Oradea a avut loc conferința.", load("ro")) is None


def test_weekday_beats_the_nearest_year():
    # 27 December is nearer to 5 January 2019 in 2018, but it was a Friday in 2019
    dates = find_dates("On Friday, 27 December the consortium meets in Ghent.", load("en"), "2019-01-05")
    assert [d.iso for d in dates] == ["2019-12-27"]


@pytest.mark.parametrize("lang, text, start, end", [
    ("sl", "Od sobote, 25. do srede, 29. marca 2023 je potekalo srečanje.", "2023-03-25", "2023-03-29"),
    ("hr", "Od subote, 6. do srijede, 10. svibnja 2023. održan je sastanak.", "2023-05-06", "2023-05-10"),
    ("pl", "Od soboty, 6. do środy, 10. maja 2023 trwało spotkanie.", "2023-05-06", "2023-05-10"),
])
def test_slavic_genitive_weekdays_inside_a_range(lang, text, start, end):
    ranges = find_ranges(text, load(lang))
    assert [(r.start.iso, r.end.iso if r.end else None) for r in ranges] == [(start, end)]
