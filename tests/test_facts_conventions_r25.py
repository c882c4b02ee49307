"""Round 25, dates and budgets by language convention: a period label whose value gives the
length and then the range it spans; cues typed without the language's marks; year-first
months after a year word; a day and month before the year after a "from" word; a verb of
carrying out that closes a verb-final sentence; compound year adjectives; the parts an
"of which" word announces; the EU's rural fund by its acronym."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors import budgets
from pipeline.lexicons import load, plain_letters
from pipeline.normalise.dates import find_ranges
from tests.section_context import section_context


def period(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"facts_{lang}.txt", "facts")[0]
    return [(p["start"], p["end"], p["duration_months"]) for p in doc["projects"]]


def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(b.amount, b.kind) for b in budgets.extract(section_context(text, lang), None)]


LENGTH_THEN_RANGE = [
    ("lv", "Zaļais ceļš\n\nProjekta nosaukums:\n\nZaļais ceļš\n\nProjekta periods:\n\n"
           "24 mēneši, no 2018. gada 1. marta līdz 2020. gada 28. februārim\n\nProjekta mērķis:\n\n"
           "Veloceļu tīkls pierobežā.", ("2018-03-01", "2020-02-28", 24)),
    ("sq", "Ura e Drinit\n\nEmri i projektit: Ura e Drinit\n\nKohezgjatja:    18 muaj (Janar 2019 – Qershor 2020)\n\n"
           "Qellimi: rindertimi i urës.", ("2019-01", "2020-06", 18)),
]


@pytest.mark.parametrize("lang,text,expected", LENGTH_THEN_RANGE)
def test_a_length_then_its_range_under_a_label(lang, text, expected):
    assert period(text, lang) == [expected]


def test_a_length_then_a_few_days_is_no_period():
    # an event's dates after a length that does not agree with them
    text = ("Vasaras skola\n\nProjekta nosaukums:\n\nVasaras skola\n\nProjekta periods:\n\n"
            "24 mēneši, no 2018. gada 1. marta līdz 2018. gada 3. martam\n")
    assert period(text, "lv") == [(None, None, None)]


def test_cues_match_without_marks_where_pages_drop_them():
    lex = load("sq")
    assert plain_letters("kohëzgjatja") == "kohezgjatja"
    assert "kohezgjatja" in lex.cues["duration"]
    assert "pana pe" in load("ro").cues["range_to"]
    assert lex.months["nentor"] == 11
    # languages not flagged keep their marks only
    assert "dlzka" not in load("sk").cues["duration"]


@pytest.mark.parametrize("lang,text,expected", [
    ("et", "2019. aasta märtsist kuni 2021. aasta veebruarini", ("2019-03", "2021-02")),
    ("bg", "от 01.03 2017 г. до 28.02.2019 г.", ("2017-03-01", "2019-02-28")),
    ("mk", "од 15.06 2020 до 14.06.2022", ("2020-06-15", "2022-06-14")),
])
def test_date_forms(lang, text, expected):
    r = find_ranges(text, load(lang))[0]
    assert (r.start.iso, r.end.iso if r.end else None) == expected


def test_a_day_and_month_before_a_year_needs_the_from_word():
    # "3.5 2019" with no "from" word before it may be a figure and a year
    assert [r.start.iso for r in find_ranges("коефициент 3.5 2019 г.", load("bg"))] == ["2019"]


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Yeşil Okul\n\nValilik, projenin 01 Mart 2023 – 30 Nisan 2024 tarihleri arasında "
           "gerçekleştirileceğini açıkladı.", ("2023-03-01", "2024-04-30", None)),
    ("et", "Roheline Kool\n\nLinnavalitsus kiitis heaks projekti. 2021. aasta septembrist kuni 2023. aasta "
           "augustini kestva projekti eelarve on 400 000 eurot.", ("2021-09", "2023-08", None)),
])
def test_a_closing_verb_dates_the_project(lang, text, expected):
    assert period(text, lang) == [expected]


@pytest.mark.parametrize("lang,text,months", [
    ("da", "Grøn Kyst\n\nDet treårige projekt Grøn Kyst skal genoprette klitterne ved Vestkysten.", 36),
    ("sv", "Grön Kust\n\nEtt tvåårigt projekt ska restaurera sanddynerna längs kusten.", 24),
])
def test_compound_year_adjectives(lang, text, months):
    assert period(text, lang)[0][2] == months


@pytest.mark.parametrize("lang,text,expected", [
    ("hu", "A projekt teljes költségvetése 3,2 millió euró (mintegy 1,2 milliárd forint), ebből az osztrák "
           "partnerre 1,1 millió eurót, a magyar partnerre 2,1 millió eurót fordítottak.",
     [("3200000.00", "total"), ("1100000.00", "other"), ("2100000.00", "other")]),
    ("pl", "Całkowita wartość projektu wynosi 80 000 euro, w tym wartość części realizowanej przez "
           "Gminę A – 50 000 euro, zaś przez Gminę B – 30 000 euro.",
     [("80000.00", "total"), ("50000.00", "other"), ("30000.00", "other")]),
    ("et", "Projekti kogueelarve on 2 miljonit eurot. Tartu osa on sellest 150 000 eurot.",
     [("2000000.00", "total"), ("150000.00", "other")]),
    ("sv", "Den totala budgeten är 500 000 EUR, varav 200 000 EUR är EU-stöd och 90 000 EUR är "
           "nationell medfinansiering från kommunen.",
     [("500000.00", "total"), ("200000.00", "eu_contribution"), ("90000.00", "other")]),
])
def test_parts_after_of_which(lang, text, expected):
    assert kinds(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("bg", "Общата стойност е 500 000 лева, от които 425 000 лв. (ЕЗФРСР) и 75 000 лв. национално съфинансиране."),
    ("fr", "Le projet coûte 300 000 euros, dont 240 000 euros du FEADER."),
])
def test_rural_fund_acronym_names_the_eu_share(lang, text):
    assert ("eu_contribution" in [k for _, k in kinds(text, lang)])
