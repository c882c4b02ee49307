"""Round 21 (lex2): a dash lost to a wrong encoding ("2012 ? 2014", "2012 \ufffd 2014") between a year
and a year or a date is put back as an en dash; a question mark after a year in a sentence is
kept. Invented texts."""
import pytest

from pipeline.textnorm import clean_inline


@pytest.mark.parametrize("text,expected", [
    ("Το πρόγραμμα διαρκεί δύο έτη (2016 ? 2018).", "Το πρόγραμμα διαρκεί δύο έτη (2016 – 2018)."),
    ("Projekt trval 1.9.2016 ? 31.8.2018.", "Projekt trval 1.9.2016 – 31.8.2018."),
    ("Il progetto (2019 \ufffd 2021) è concluso.", "Il progetto (2019 – 2021) è concluso."),
])
def test_lost_dash_between_years(text, expected):
    assert clean_inline(text) == expected


@pytest.mark.parametrize("text", ["Wie geht es weiter nach 2020? 2021 wird zeigen", "Seite 3 ? 4", "Kod 12016 ? 2018"])
def test_other_question_marks_kept(text):
    assert clean_inline(text) == text
