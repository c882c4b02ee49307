"""Round 20 cue words and closing-cue labels: "until" words of the Scandinavian languages make
an end date, Catalan/Spanish/Italian "del" joins a month to its year, Catalan start and
duration verbs, Estonian "kestvus", "offentlig finansiering" as other money, the short
money scales of Danish, Norwegian and Swedish; and a label whose cue closes it after a short
noun phrase of its own ("Projekti elluviimise aeg: …") is read as the cue's label."""
import pytest

from pipeline.build import extract_one


def project(text: str, lang: str) -> dict:
    return extract_one(text.encode("utf-8"), f"r20lex_{lang}.txt", "r20lex")[0]["projects"][0]


def period(text: str, lang: str) -> tuple:
    p = project(text, lang)
    return p["start"], p["end"], p["duration_months"]


UNTIL = [
    ("da", "Projektet Grøn Kyst\n\nProjektet vil løbe indtil midten af 2015.\n"),
    ("da", "Projektet Grøn Kyst\n\nProjektet løber indtil udgangen af 2015.\n"),
    ("no", "Prosjektet Grønn Kyst\n\nProsjektet skal løpe inntil utgangen av 2015.\n"),
    ("sv", "Projektet Grön Kust\n\nProjektet ska pågå fram till slutet av 2015.\n"),
]


@pytest.mark.parametrize("lang,text", UNTIL)
def test_an_until_word_makes_an_end(lang, text):
    start, end, _ = period(text, lang)
    assert (start, end) == (None, "2015")


DEL = [
    ("ca", "El projecte Mar Viva\n\nEl projecte va iniciar-se el març del 2017 i acabarà el 2019.\n", "2017-03"),
    ("ca", "El projecte Mar Viva\n\nEl projecte es va iniciar l'octubre del 2016.\n", "2016-10"),
    ("es", "El proyecto Mar Viva\n\nEl proyecto comenzó en marzo del 2017 y terminará en 2019.\n", "2017-03"),
    ("it", "Il progetto Mare Vivo\n\nIl progetto è iniziato a marzo del 2017 e terminerà nel 2019.\n", "2017-03"),
]


@pytest.mark.parametrize("lang,text,start", DEL)
def test_del_joins_month_and_year(lang, text, start):
    assert period(text, lang)[0] == start


@pytest.mark.parametrize("lang,text,months", [
    ("ca", "El projecte Mar Viva\n\nEl projecte s'allargarà durant 30 mesos.\n", 30),
    ("et", "Projekt Roheline Rand\n\nProjekti kestvus: 30 kuud\n", 30),
    ("es", "El proyecto Mar Viva\n\nEl proyecto se prolongará durante 30 meses.\n", 30),
])
def test_duration_verbs_and_nouns(lang, text, months):
    assert period(text, lang)[2] == months


def budgets(text: str, lang: str) -> list[tuple]:
    return sorted((b["amount"], b["currency"], b["kind"]) for b in project(text, lang)["budgets"])


@pytest.mark.parametrize("lang,text,expected", [
    ("da", "Projektet Grøn Kyst\n\nBudgettet er på € 4 mil. Partnerne mødes i Aarhus.\n",
     [("4000000.00", "EUR", "total")]),
    ("da", "Projektet Grøn Kyst\n\nBudgettet er på 4 mill. euro.\n", [("4000000.00", "EUR", "total")]),
    ("no", "Prosjektet Grønn Kyst\n\nBudsjettet er på 4 mio. euro.\n", [("4000000.00", "EUR", "total")]),
])
def test_short_money_scales(lang, text, expected):
    assert budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("sv", "Projektet Grön Kust\n\nProjektets totala budget är 900 000 euro.\n\nOffentlig finansiering: 300 000 euro\n"),
    ("no", "Prosjektet Grønn Kyst\n\nProsjektets totale budsjett er 900 000 euro.\n\nOffentlig finansiering: 300 000 euro\n"),
])
def test_public_funding_is_other_money(lang, text):
    assert [k for _, _, k in budgets(text, lang)] == ["other", "total"]


# a period sentence in the prose (the funding period) comes first; the label is the project's
LABELS = [
    ("et", "Projekt Roheline Rand\n\nPraegune periood hõlmab aastaid 2014-2020.\n\n"
           "Projekti elluviimise aeg: 01.03.2011-28.02.2014\n"),
    ("sv", "Projektet Grön Kust\n\nDen nuvarande perioden omfattar åren 2014-2020.\n\n"
           "Hela projektperioden: 1 mars 2011 - 28 februari 2014\n"),
    ("cs", "Projekt Zelená obec\n\nSoučasné období zahrnuje roky 2014-2020.\n\n"
           "Celková plánovaná doba realizace: 1. 3. 2011 - 28. 2. 2014\n"),
    ("de", "Projekt Grüne Küste\n\nDie aktuelle Periode umfasst die Jahre 2014-2020.\n\n"
           "Geplante gesamte Laufzeit: 01.03.2011 - 28.02.2014\n"),
]


@pytest.mark.parametrize("lang,text", LABELS)
def test_a_cue_closing_a_short_label_reads_its_value(lang, text):
    assert period(text, lang)[:2] == ("2011-03-01", "2014-02-28")


def test_a_sentence_holding_the_cue_before_a_colon_is_no_label():
    # a digit among the words before the cue: a sentence, not a label
    text = "Projekt Roheline Rand\n\nMeie 2 projekti kestus: vaata allpool\n"
    assert period(text, "et")[:2] == (None, None)


@pytest.mark.parametrize("lang,text,expected", [
    ("hu", "A Zöld Part projekt\n\nA projekt 2019. március 1-jén vette kezdetét.\n", ("2019-03-01", None)),
    ("hu", "A Zöld Part projekt\n\nA munka a projekt 2021. június 30-i zárásáig tart.\n", (None, "2021-06-30")),
    ("ro", "Proiectul Malul Verde\n\nData încheierii proiectului: 30/06/2021\n", (None, "2021-06-30")),
])
def test_start_and_end_phrases_hu_ro(lang, text, expected):
    assert period(text, lang)[:2] == expected
