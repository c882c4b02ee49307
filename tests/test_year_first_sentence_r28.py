"""Round 28: the day's period that closes a date written year first ends the sentence before a
capitalised word ("2021. május 31. A partnerek …"), as a year's period does; a day written
first ("am 27. September") and a range's first date before its dash go on."""
import pytest

from pipeline import nlp
from pipeline.lexicons import load


@pytest.mark.parametrize("lang,text,first", [
    ("hu", "A projekt vége 2022. június 30. A partnerek Szegeden találkoztak.", "A projekt vége 2022. június 30."),
    ("hu", "Kezdés: 2019. 03. 01. Befejezés: 2021. 02. 28.", "Kezdés: 2019. 03. 01."),
    ("sl", "Začetek 2019. 03. 01. Konec 2021. 02. 28.", "Začetek 2019. 03. 01."),
])
def test_year_first_date_ends_the_sentence(lang, text, first):
    assert nlp.sentences(text, load(lang))[0].text == first


@pytest.mark.parametrize("lang,text", [
    ("hu", "Időtartam: 2019. 03. 01. – 2021. 02. 28. között."),
    ("de", "Das Treffen fand am 27. September statt."),
    ("hu", "A projekt 2020. szeptember 1. és 2022. augusztus 31. között zajlott."),
])
def test_other_dates_go_on(lang, text):
    assert len(nlp.sentences(text, load(lang))) == 1
