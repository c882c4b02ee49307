"""A start label and an end label side by side, then two dates side by side (a form or a
table flattened into text): the first date is the start, the second the end."""
import pytest

from pipeline.build import extract_one


def period(text: str, lang: str) -> tuple:
    doc = extract_one(text.encode("utf-8"), f"pair_{lang}.txt", "pair")[0]
    p = doc["projects"][0]
    return p["start"], p["end"]


CASES = [
    ("fi", "Hankehakemus\n\nHankkeen nimi Metsäpolku Alkamispäivämäärä Päättymispäivämäärä 1.3.2017 "
           "28.2.2019 Toimintalinja 3", ("2017-03-01", "2019-02-28")),
    ("en", "Project form\n\nProject name BlueHarbour Start date End date 01.04.2018 31.03.2021 Priority 2",
     ("2018-04-01", "2021-03-31")),
    ("cs", "Formulář projektu\n\nNázev projektu Zelená stezka Začátek projektu Konec projektu 1. 7. 2016 "
           "30. 6. 2018 Prioritní osa 1", ("2016-07-01", "2018-06-30")),
    ("pl", "Karta projektu\n\nTytuł projektu Zielony szlak Data rozpoczęcia Data zakończenia 01.02.2019 "
           "31.01.2021 Oś priorytetowa 4", ("2019-02-01", "2021-01-31")),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_labels_then_dates_read_in_order(lang, text, expected):
    assert period(text, lang) == expected
