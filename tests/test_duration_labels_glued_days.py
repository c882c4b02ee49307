"""A period label whose whole value is a length of time states the duration ("Period: 24
months", "Период: 24 месеца"); Scandinavian verbs of lasting in the infinitive ("skal vare i
36 måneder", "ska pågå i"); a day's full stop glued to the month's name ("31.mart 2020")."""
import pytest

from pipeline.build import extract_one
from pipeline.lexicons import load
from pipeline.normalise.dates import find_dates


def period(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"period_{lang}.txt", "period")[0]
    return [(p["start"], p["end"], p["duration_months"]) for p in doc["projects"]]


LABELS = [
    ("en", "Project HARBOUR\n\nThe HARBOUR project is funded by Erasmus+.\n\nPeriod: 24 months", 24),
    ("bg", "Проект МОСТ\n\nПроектът МОСТ се финансира по програма Еразъм+.\n\nПериод: 18 месеца", 18),
    ("pl", "Projekt LAS\n\nProjekt LAS jest finansowany z programu Interreg.\n\nOkres: 30 miesięcy", 30),
]


@pytest.mark.parametrize("lang,text,months", LABELS)
def test_a_period_label_with_a_length_states_the_duration(lang, text, months):
    assert period(text, lang) == [(None, None, months)]


def test_a_few_days_under_a_period_label_are_no_duration():
    text = "Project HARBOUR\n\nThe HARBOUR project is funded by Erasmus+.\n\nPeriod: 3 days"
    assert period(text, "en") == [(None, None, None)]


VERBS = [
    ("no", "Prosjekt FJORD\n\nProsjektet FJORD skal vare i 30 måneder.", 30),
    ("da", "Projekt KYST\n\nProjektet KYST skal vare i tre år.", 36),
    ("sv", "Projekt SKOG\n\nProjektet SKOG ska pågå i 24 månader.", 24),
]


@pytest.mark.parametrize("lang,text,months", VERBS)
def test_verbs_of_lasting_in_the_infinitive(lang, text, months):
    assert period(text, lang) == [(None, None, months)]


GLUED = [
    ("sr", "Kraj projekta: 31.mart 2020. godine", "2020-03-31"),
    ("de", "Projektende: 28.Februar 2021", "2021-02-28"),
    ("pl", "Projekt trwa do 30.czerwca 2022 r.", "2022-06-30"),
    ("cs", "Dne 1.12.2020 začal projekt.", "2020-12-01"),
]


@pytest.mark.parametrize("lang,text,iso", GLUED)
def test_a_days_full_stop_glued_to_the_month(lang, text, iso):
    assert [d.iso for d in find_dates(text, load(lang))] == [iso]
