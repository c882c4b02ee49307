"""Round 32, silent mistakes in countries and dates: a value written wrong is worse than none.
Each test is a real shape from the gold or study pages, written anew."""
from pipeline.build import extract_one


def _record(text: str, name: str) -> dict:
    return extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]


def _partners(text: str, name: str) -> dict[str, str | None]:
    rec = _record(text, name)
    return {p["name"]: p["country"] for q in rec["projects"] for p in q["partners"]}


# ---------------------------------------------------------------- province codes

def test_a_province_code_after_a_municipality_whose_name_is_shared():
    # "Tirano" is also a name of Tirana: on an Italian page the municipality is Italy's, and
    # "(SO)" its province, Sondrio, not Somalia
    it = ("Progetto CON VALORE\n\nCapofila italiano Comune di Tirano (SO). Il progetto, con un budget di "
          "1,3 milioni di euro per la parte italiana, intende valorizzare i legami tra Valtellina e "
          "Valposchiavo nel programma Interreg Italia-Svizzera.\n")
    got = _partners(it, "tirano_it.txt")
    assert got.get("Comune di Tirano") == "IT"


# ---------------------------------------------------------------- legal forms spelt like codes

def test_a_legal_form_opening_a_name_closes_no_country_item():
    # "SA" (sihtasutus, a foundation) opens an Estonian name: it is no Saudi Arabia closing the
    # partner before it, and without it "Eesti" alone opens no glued country either
    et = ("Projekt SÕBRALIKE SAARTE MATKARAJAD\n\nJuhtpartner: Viimsi vald. Partnerid: Tallinna linn, "
          "Paldiski linn, Eesti Rahvusringhääling, MTÜ Muusa Kapriis, SA Kalana Jahisadam, Kotka linn.\n")
    got = _partners(et, "sa_et.txt")
    assert "SA" not in got.values()
    assert got.get("MTÜ Muusa Kapriis") != "SA" and "Eesti Rahvusringhääling" in got


# ---------------------------------------------------------------- numbers of acts are no dates

import pytest  # noqa: E402


@pytest.mark.parametrize("lang,text", [
    ("ro", "aprobarea Regulamentului (CE) nr. 614/2007 al Parlamentului European"),
    ("hr", "popisa invazivnih stranih vrsta (Uredba EU br. 1143/2014) te kroz"),
    ("ro", "conform Ordonanţei Guvernului nr. 29/2015 privind"),
    ("en", "under Directive 2009/147/EC on the conservation of wild birds"),
])
def test_a_number_and_its_year_is_no_date(lang, text):
    from pipeline.lexicons import load
    from pipeline.normalise.dates import find_dates
    assert find_dates(text, load(lang)) == []


@pytest.mark.parametrize("lang,text,expected", [
    # two years: a school year; the act's number beside it is none
    ("cs", "ve školním roce 2018/2019 podle nařízení (ES) 1828/2006", ["2018", "2019"]),
    ("it", "dal 1/2014 al 12/2015 (Decisione 2011/833/UE)", ["2014-01", "2015-12"]),  # months
])
def test_years_and_months_around_a_slash_stay(lang, text, expected):
    from pipeline.lexicons import load
    from pipeline.normalise.dates import find_dates
    assert [d.iso for d in find_dates(text, load(lang))] == expected




# ---------------------------------------------------------------- day ordinals glued to the day

@pytest.mark.parametrize("lang,text,expected", [
    ("el", "Η έναρξη του έργου προβλέπεται την 1η Μαΐου 2017, μετά", [("2017-05-01", None)]),
    ("el", "Ξεκίνησε την 1η Ιανουαρίου 2016 και θα διαρκέσει 40 μήνες", [("2016-01-01", None)]),
    ("mk", "Од 9ти до 13ти мај 2022 година се реализира мобилноста", [("2022-05-09", "2022-05-13")]),
    # an ordinal before a noun is no day: "the 1st meeting"
    ("el", "Η 1η Συνάντηση του έργου έγινε την 1η Μαρτίου 2018.", [("2018-03-01", None)]),
])
def test_a_day_with_its_ordinal_glued_on(lang, text, expected):
    from pipeline.lexicons import load
    from pipeline.normalise.dates import find_ranges
    got = [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang))]
    assert got == expected



# ---------------------------------------------------------------- ISO dates with spaces

@pytest.mark.parametrize("lang,text,expected", [
    ("lt", "Projekto trukmė: 2017 04 01 – 2018 09 30.", [("2017-04-01", "2018-09-30")]),
    ("de", "Erasmus Koordinatorentreffen 2019 05 29", [("2019-05-29", None)]),
    # grouped digits around it are an amount or a number, not a date
    ("de", "Budget: 1 2017 04 01 EUR im Jahr 2017 04 05", [("2017", None), ("2017-04-05", None)]),
])
def test_a_year_month_and_day_with_spaces(lang, text, expected):
    from pipeline.lexicons import load
    from pipeline.normalise.dates import find_ranges
    got = [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang))]
    assert got == expected


# ---------------------------------------------------------------- a month and its year after a hyphen

@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Termín realizácie / Termin realizacji01-2021 – 12-2021", [("2021-01", "2021-12")]),
    ("it", "Durata: 10-2019 - 09-2021", [("2019-10", "2021-09")]),
    # alone, or inside a code whose hyphens join its parts, only the year is read
    ("en", "project AT-CZ-12-2018 from 10-2019 – 2020", [("2018", None), ("2019", "2020")]),
])
def test_a_month_and_year_joined_by_a_hyphen(lang, text, expected):
    from pipeline.lexicons import load
    from pipeline.normalise.dates import find_ranges
    got = [(r.start.iso, r.end.iso if r.end else None) for r in find_ranges(text, load(lang))]
    assert got == expected


# ---------------------------------------------------------------- a capture stamp is no page date

def test_a_stamp_years_after_every_date_the_page_gives_dates_no_yearless_day():
    ro = (" date 2017-01 Autorităţile bulgare din Polski Trambesh au iniţiat, în martie 2007, un proiect pentru "
          "dezvoltarea turismului. Comuna Cumpăna este partener.\n\nÎn perioada 18-19 ianuarie, reprezentanţii "
          "celor două autorităţi s-au întîlnit în localitatea bulgară Polski Trambesh, pentru a demara prima "
          "etapă a proiectului.\n")
    rec = _record(ro, "stamp_ro.txt")
    assert not any(e["date"].startswith("2017") for e in rec["events"])
    assert rec["published"] != "2017-01"


def test_a_stamp_near_the_pages_dates_still_dates_it():
    from pipeline.extractors.events import page_stamp, stale_stamp
    from pipeline.lexicons import load
    hr = " date 2022-12 U Guimarãesu od 27. studenog do 3. prosinca održana je mobilnost, od 2020. godine."
    old = " date 2017-01 Proiectul a început în martie 2007. În perioada 18-19 ianuarie s-au întîlnit."
    assert not stale_stamp(hr, page_stamp(hr), load("hr"))
    assert stale_stamp(old, page_stamp(old), load("ro"))


# ---------------------------------------------------------------- a municipality of its type word's country

def test_a_municipality_is_its_type_words_countrys_place():
    # Croatia's Križevci and Vinica, named with Croatian type words, not Slovenia's municipality
    # Križevci or North Macedonia's Vinica; Slovenian's own type word keeps Slovenia's
    hr = ("Projekt BA-BIKING\n\nProjekt provode njegov glavni korisnik Grad Križevci u suradnji s projektnim "
          "partnerom Općinom Balatonszemes. Ukupna vrijednost projekta je 500.000 eura.\n")
    assert _partners(hr, "krizevci_hr.txt").get("Grad Križevci") == "HR"
    from types import SimpleNamespace
    from pipeline.extractors.partner_countries import country_of
    from pipeline.lexicons import load
    sl = SimpleNamespace(lex=load("sl"), lang="sl")
    assert country_of("Općina Vinica", sl) == "HR"
    assert country_of("Občina Križevci", sl) == "SI"


# ---------------------------------------------------------------- a cue spent on the programme's period

def test_a_duration_cue_spent_on_the_programmes_period_dates_nothing_else():
    # "în perioada" governs the programme's 2007 – 2013; the regulation's day of publication in
    # the same sentence is no start of the project
    ro = ("Proiectul LIFE FOR MARSH\n\nActualul Program LIFE+ se desfăşoară în perioada 2007 – 2013 şi a intrat "
          "în vigoare prin aprobarea Regulamentului (CE) nr. 614/2007 al Parlamentului European şi al Consiliului "
          "UE privind Instrumentul Financiar pentru Mediu (LIFE+), publicat în Jurnalul Oficial al Uniunii "
          "Europene nr. L149 din 9 iunie 2007.\n\nProiectul LIFE FOR MARSH are un buget de 1 200 000 euro.\n")
    rec = _record(ro, "reg_ro.txt")
    assert [(p["start"], p["end"]) for p in rec["projects"]] == [(None, None)]


# ---------------------------------------------------------------- Bulgarian places as Bulgaria spells them

def test_a_bulgarian_municipality_read_in_bulgarias_romanisation():
    # "Долна Митрополия" is GeoNames' "Dolna Mitropolia", not "Dolna Mitropolija"; its first word
    # alone is a Moldovan village ("Dolna")
    from pipeline import gazetteer
    assert gazetteer.municipality_in_name("Община Долна Митрополия") == "BG"
    bg = ("Община Долна Митрополия подписа договор за финансиране на проект по Програма INTERREG V-A "
          "Румъния – България. Общата стойност на проекта е 1 200 000 евро.\n")
    assert _partners(bg, "mitropolia_bg.txt").get("Община Долна Митрополия") != "MD"
