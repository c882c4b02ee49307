"""Round 27: a day and month written with their year after a space ("20.12. 2012") is one
date, not a sentence end; and the future and infinitive forms of end verbs ("se bo
zaključila", "plānots pabeigt") end a project's period."""
import pytest

from pipeline import nlp
from pipeline.extractors import durations
from pipeline.lexicons import load
from tests.section_context import section_context


@pytest.mark.parametrize("lang,text", [
    ("sl", "Projekt se je začel 3.4. 2017 in traja dve leti."),
    ("hr", "Radovi su počeli 15.6. 2019 i traju godinu dana."),
    ("cs", "Stavba byla zahájena 1.9. 2016 a skončí v létě."),
])
def test_day_month_then_year_is_one_sentence(lang, text):
    assert len(nlp.sentences(text, load(lang))) == 1


def test_sentence_still_ends_after_a_day_and_month_before_a_word():
    assert len(nlp.sentences("Srečanje bo 3.4. Vsi so vabljeni.", load("sl"))) == 2


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Projekt se je začel 3.4. 2017 in se bo zaključil 31.3. 2019.", ("2017-04-03", "2019-03-31")),
    ("sl", "Operacija se bo zaključila 30. 6. 2021.", (None, "2021-06-30")),
    ("lv", "Projektu plānots pabeigt 2019. gada 31. martā.", (None, "2019-03-31")),
])
def test_end_verbs_date_the_period(lang, text, expected):
    p = durations.extract(section_context(text, lang), None)
    assert (p.start, p.end) == expected
