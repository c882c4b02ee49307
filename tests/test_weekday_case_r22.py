"""Weekday forms are found case-blind as their pattern matches them: a Turkish page in capitals
("CUMARTESİ", lowered "cumartesi̇") crashed its extraction; Maltese weekdays are read only with
their article, since bare "tnejn", "tlieta" and "erbgħa" are the numbers two to four."""
from pipeline.lexicons import load
from pipeline.normalise.dates import weekday_reference


def test_turkish_weekday_in_capitals():
    text = "Proje 2019 yılında başladı. Toplantı CUMARTESİ, 23 MART tarihinde Ankara'da yapıldı."
    assert weekday_reference(text, load("tr")) == "2019-03-23"


def test_maltese_weekday_with_its_article():
    text = "Il-proġett beda fl-2019. Is-Sibt 23 ta' Marzu saret konferenza f'Għawdex."
    assert weekday_reference(text, load("mt")) == "2019-03-23"


def test_maltese_number_is_no_weekday():
    # "erbgħa" (four) before a date must not pick a year where the date is a Wednesday
    text = "Il-proġett beda fl-2019 u ntemm fl-2021. Ġew erbgħa 22 ta' Mejju sħab minn Malta."
    assert weekday_reference(text, load("mt")) is None
