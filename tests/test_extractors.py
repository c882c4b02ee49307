"""Extractors on small documents in layouts and languages the seeds do not show."""
import pytest

from pipeline.build import extract_one

EN = """CluStrat – Boosting innovation through new cluster concepts

The project CluStrat is funded by the Interreg Central Europe programme. Lead partner: Steinbeis-Europa-Zentrum (Germany)

Project partners:
- Fondazione Democenter-Sipe, Modena (IT)
- Regional Development Agency of the Pardubice Region, Czech Republic
- Slovak Business Agency (SK)

Total budget: EUR 2.4 million, of which ERDF contribution: € 1,958,000.
Duration: 06/2016 – 05/2019

The 10 partners from 7 countries will organise a kick-off meeting in Stuttgart on 21 June 2016.
"""

SK = """Projekt InnoHPC

Vedúci partner: Univerzita v Mariboru
Partneri:
• Slovenská technická univerzita v Bratislave
• Technická univerzita Košice

Celkový rozpočet: 1 234 567,89 EUR
Doba trvania: 1. 1. 2016 – 30. 6. 2018

Konferencia sa uskutoční 12. mája 2017 v Bratislave.
"""


def record(text: str, name: str) -> dict:
    return extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]


def test_english_project_page():
    rec = record(EN, "en.md")
    assert rec["language"] == "en"
    (p,) = rec["projects"]
    assert p["name"] == "CluStrat"  # not "The", which only opens the sentence
    assert p["title"] == "Boosting innovation through new cluster concepts"
    assert p["programme"] == "Interreg Central Europe"
    assert (p["lead_partner"], p["partners"][0]["country"]) == ("Steinbeis-Europa-Zentrum", "DE")
    assert [x["country"] for x in p["partners"][1:]] == ["IT", "CZ", "SK"]
    assert [(b["amount"], b["kind"]) for b in p["budgets"]] == [("2400000.00", "total"), ("1958000.00", "eu_contribution")]
    assert (p["start"], p["end"]) == ("2016-06", "2019-05")
    assert (p["stated_partner_count"], p["stated_country_count"]) == (10, 7)
    assert [(e["date"], e["place"], e["country"]) for e in rec["events"]] == [("2016-06-21", "Stuttgart", "DE")]


def test_slovak_project_page():
    rec = record(SK, "sk.txt")
    assert rec["language"] == "sk"
    (p,) = rec["projects"]
    assert p["name"] == "InnoHPC"  # the heading's cue word is not part of the name
    assert (p["lead_partner"], p["partners"][0]["country"]) == ("Univerzita v Mariboru", "SI")
    assert [x["country"] for x in p["partners"][1:]] == ["SK", "SK"]
    assert [(b["amount"], b["currency"]) for b in p["budgets"]] == [("1234567.89", "EUR")]
    assert (p["start"], p["end"]) == ("2016-01-01", "2018-06-30")
    assert [(e["date"], e["place"]) for e in rec["events"]] == [("2017-05-12", "Bratislava")]


def test_end_before_start_is_flagged():
    text = "Projekt ABCdef\n\nDoba trvání: 1. 4. 2014 – 31. 3. 2011\n"
    (p,) = record(text, "x.txt")["projects"]
    assert "end-before-start" in p["flags"]


DURATIONS = [
    ("cs", "Projekt ABCnet\n\nDoba trvání: 36 měsíců\n\nZahájení projektu: 1. 1. 2012\n\nUkončení projektu: 31. 12. 2014\n",
     ("2012-01-01", "2014-12-31", 36)),
    ("de", "Projekt ClusterX\n\nLaufzeit: 36 Monate (März 2012 bis Februar 2015)\n", ("2012-03", "2015-02", 36)),
    ("pl", "Projekt KlasterY trwa 3 lata. Okres realizacji: od 1 grudnia 2010 r. do 31 maja 2012 r.\n",
     ("2010-12-01", "2012-05-31", 36)),
    ("en", "Project DANUBE-X\n\nProject duration: 24 months, from 1 January 2012 to 31 December 2013.\n",
     ("2012-01-01", "2013-12-31", 24)),
]


@pytest.mark.parametrize("lang,text,expected", DURATIONS, ids=[d[0] for d in DURATIONS])
def test_start_end_and_stated_duration(lang, text, expected):
    """Separate start and end labels both count; the months come from the stated
    number and unit, not from the dates."""
    doc = record(text, f"duration_{lang}.txt")
    assert doc["language"] == lang
    project = doc["projects"][0]
    assert (project["start"], project["end"], project["duration_months"]) == expected


PERIODS = [
    # a label alone on its line, the value on the next
    ("it", "Progetto ALPEVERDE\n\nIl progetto sostiene la mobilità sostenibile nelle valli alpine.\n\n"
           "Durata\n\n1 aprile 2016 – 31 marzo 2019\n\nCapofila\n\nComune di Belluno\n",
     ("2016-04-01", "2019-03-31", None)),
    ("de", "Projekt GRENZWEG\n\nDas Projekt verbindet Wanderwege beiderseits der Grenze.\n\n"
           "Laufzeit (von - bis):\n\n01. 07. 2019 - 30. 06. 2022\n",
     ("2019-07-01", "2022-06-30", None)),
    # a label glued to its value, and a bare number after a unit in brackets
    ("en", "Project RIVERLINK\n\nThe project restores river habitats along the border.\n\n"
           "Duration:01.03.2017 – 28.02.2020\n\nDuration (months): 36\n",
     ("2017-03-01", "2020-02-28", 36)),
    ("hu", "ZÖLDÚT projekt\n\nA projekt a határ menti kerékpárutakat fejleszti.\n\n"
           "Időtartam (hónapokban): 18\n\nKezdés időpontja: 2017/02/01\n\nZárás időpontja: 2018/07/31\n",
     ("2017-02-01", "2018-07-31", 18)),
    # one year under a duration label: the project ran within it
    ("pl", "Projekt MOSTY\n\nProjekt wspiera współpracę szkół po obu stronach granicy.\n\n"
           "Okres realizacji projektu: 2016\n",
     ("2016", "2016", None)),
    # start and end verbs with the project as their subject
    ("cs", "Projekt VODA2 pomáhá obcím s hospodařením s vodou. Projekt odstartoval v březnu 2016 "
           "a skončí 30. června 2018.\n",
     ("2016-03", "2018-06-30", None)),
    ("es", "El proyecto RUTAS mejora los caminos rurales. El proyecto, de dos años de duración, "
           "concluirá en marzo de 2020.\n",
     (None, "2020-03", 24)),
    ("de", "Das Projekt BERGWALD schützt Schutzwälder. Die Projektdauer erstreckt sich bis Oktober 2021 "
           "und umfasst zahlreiche Maßnahmen.\n",
     (None, "2021-10", None)),
    # durations in words and compounds
    ("cs", "Projekt LESY2 je koncipován jako tříletý, aby se spolupráce mezi partnery upevnila.\n",
     (None, None, 36)),
    ("en", "CROSSLAB is a two-year project that links laboratories in three regions.\n", (None, None, 24)),
    ("es", "La entidad liderará el proyecto europeo MONTES durante los próximos tres años con socios de cinco países.\n",
     (None, None, 36)),
    ("en", "Project ATLAS\n\nThe project duration is two years and a half, starting from March 1st, 2019.\n",
     ("2019-03-01", None, 30)),
    ("pl", "Szkoła przez dwa lata, od października 2019 roku do września 2021 roku, będzie współpracować "
           "z partnerami z czterech krajów w ramach projektu.\n",
     ("2019-10", "2021-09", 24)),
]


@pytest.mark.parametrize("lang,text,expected", PERIODS, ids=[f"{p[0]}-{n}" for n, p in enumerate(PERIODS)])
def test_periods_from_labels_verbs_and_words(lang, text, expected):
    doc = record(text, f"period_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    assert (p["start"], p["end"], p["duration_months"]) == expected


NOT_PERIODS = [
    # a programme's period, a programme that starts, an event's own date, partners' history
    ("cs", "Projekt KRAJINA je spolufinancován z programu Interreg V-A Česká republika – Polsko v období 2014–2020.\n"),
    ("en", "The programme started in 2014 and has since supported many projects in the region.\n"),
    ("cs", "Dvoudenní workshop projektu KRAJINA začal 12. 5. 2016 v Brně a pokračoval exkurzí.\n"),
    ("en", "The project partners have worked together for 20 years in many fields of research.\n"),
    ("en", "The project builds on a five-year partnership between the two universities.\n"),
    ("cs", "Výzva k předkládání projektů je otevřena od 1. 3. 2016 do 30. 6. 2016 pro všechny obce.\n"),
    ("de", "Projekt SEENLAND\n\nStart\n\n12.05.2016 Workshop in Graz über Seen und Tourismus in der Region\n"),
]


@pytest.mark.parametrize("lang,text", NOT_PERIODS, ids=[f"{p[0]}-{n}" for n, p in enumerate(NOT_PERIODS)])
def test_dates_that_are_not_the_projects(lang, text):
    doc = record(text, f"noperiod_{lang}.txt")
    for p in doc["projects"]:
        assert (p["start"], p["end"], p["duration_months"]) == (None, None, None)


EVENTS = [
    ("cs", "Projekt KRAJINA\n\nVe dnech 14. a 15. 3. 2013 se v Olomouci uskuteční setkání partnerů projektu.\n",
     [("2013-03-14", "2013-03-15")]),
    ("sk", "Projekt HORY\n\nÚvodné stretnutie projektu sa konalo 30. apríla – 2. mája 2016 v Žiline.\n",
     [("2016-04-30", "2016-05-02")]),
    ("fr", "Projet RIVES\n\nLe séminaire du projet aura lieu à Namur du 3 au 5 octobre 2017 avec tous les partenaires.\n",
     [("2017-10-03", "2017-10-05")]),
    ("en", "Project ATLAS\n\nOctober 4-6, 2016. Consortium meeting of the project partners in Ghent, Belgium.\n",
     [("2016-10-04", "2016-10-06")]),
    # the project's start is not the event; the event's date is the one after its cue
    ("cs", "Projekt KRAJINA\n\nProjekt byl zahájen 1. 1. 2016 a úvodní konference se konala 12. 2. 2016 v Brně.\n",
     [("2016-02-12", None)]),
    # a registration deadline is not the event, nor are a programme's years
    ("en", "Project ATLAS\n\nThe final conference of the project takes place in Graz on 14 May 2019. "
           "Please register for the conference until 30 April 2019.\n",
     [("2019-05-14", None)]),
    ("sk", "Projekt HORY\n\nPrvé stretnutie partnerov projektu v rámci programu Interreg Poľsko – Slovensko 2021 – 2027 "
           "sa uskutočnilo 16. 9. 2024 online.\n",
     [("2024-09-16", None)]),
    # a day and month without a year, read against the page's date
    ("de", "Projekt SEENLAND\n\n24.10.2018\n\nDer Lenkungsausschuss des Projekts hat in seiner Sitzung am 27. September "
           "die nächsten Schritte beschlossen.\n",
     [("2018-09-27", None)]),
]


@pytest.mark.parametrize("lang,text,expected", EVENTS, ids=[f"{e[0]}-{n}" for n, e in enumerate(EVENTS)])
def test_events_with_ranges_deadlines_and_years(lang, text, expected):
    doc = record(text, f"event_{lang}.txt")
    assert doc["language"] == lang
    assert [(e["date"], e["end"]) for e in doc["events"]] == expected


def test_period_label_takes_a_range_of_months_not_an_events_days():
    """'Dates :', 'Termín:' head a project's period and an event's days alike."""
    fr = "Projet RIVES\n\nDates : 1 octobre 2016-30 septembre 2019\n\nLe projet restaure les berges de la rivière.\n"
    p = record(fr, "plabel_fr.txt")["projects"][0]
    assert (p["start"], p["end"]) == ("2016-10-01", "2019-09-30")
    cs = ("Projekt KRAJINA\n\nTermín: 12. – 14. 5. 2016\n\nMísto: Olomouc, krajský úřad. "
          "Projekt obnovuje krajinu podél řeky a zapojuje místní obce.\n")
    for p in record(cs, "plabel_cs.txt")["projects"]:
        assert (p["start"], p["end"]) == (None, None)


def test_word_before_a_lone_date_under_a_duration_cue():
    """'a partir de' starts, 'až do konce roku' ends, whatever other words sit nearby."""
    es = ("El proyecto VIÑAS apoya a los viticultores de la comarca. La duración del proyecto "
          "es de 24 meses a partir de marzo de 2018.\n")
    p = record(es, "prep_es.txt")["projects"][0]
    assert (p["start"], p["end"], p["duration_months"]) == ("2018-03", None, 24)
    cs = "Projekt KRAJINA obnovuje remízky a meze v krajině. Projekt potrvá až do konce roku 2019.\n"
    p = record(cs, "prep_cs.txt")["projects"][0]
    assert (p["start"], p["end"]) == (None, "2019")


def test_cue_after_its_date_and_labels_on_one_line():
    """Hungarian puts the verb after the date; labels run on one line keep their dates."""
    hu = ("ZÖLDÚT projekt\n\nA projekt javítja a klaszterek együttműködését a régióban. "
          "A projekt 2016. március 1-jén kezdődött és 2019. február 28-án zárul.\n")
    p = record(hu, "after_hu.txt")["projects"][0]
    assert (p["start"], p["end"]) == ("2016-03-01", "2019-02-28")
    cs = "Projekt KRAJINA\n\nProjekt zlepšuje spolupráci obcí v regionu. Zahájení: 1. 1. 2012 Ukončení: 31. 12. 2014\n"
    p = record(cs, "after_cs.txt")["projects"][0]
    assert (p["start"], p["end"]) == ("2012-01-01", "2014-12-31")
    ro = ("Proiectul DUNAREA\n\nProiectul îmbunătățește cooperarea dintre clustere în regiune. "
          "Proiectul are o durată de 36 de luni.\n")
    assert record(ro, "after_ro.txt")["projects"][0]["duration_months"] == 36


COMPOUND_EVENTS = [
    ("de", "Projekt GRENZWEG\n\nDie Abschlusskonferenz des Projekts findet am 12. Juni 2019 in Passau statt.\n"),
    ("nl", "Project WATERLAND\n\nDe slotconferentie van het project vindt plaats op 12 juni 2019 in Gent.\n"),
    ("hu", "ZÖLDÚT projekt\n\nA projekt zárókonferenciáját 2019. június 12-én tartották Győrben.\n"),
]


@pytest.mark.parametrize("lang,text", COMPOUND_EVENTS, ids=[c[0] for c in COMPOUND_EVENTS])
def test_event_word_at_the_end_of_a_compound(lang, text):
    doc = record(text, f"compound_{lang}.txt")
    assert doc["language"] == lang
    assert [(e["date"], e["end"]) for e in doc["events"]] == [("2019-06-12", None)]


def test_founding_year_of_a_cluster_named_in_its_subject():
    sk = ("Základné informácie\n\nSlovenský drevársky klaster vznikol v roku 2009 ako záujmové združenie "
          "právnických osôb so sídlom v Zvolene. Združuje firmy a univerzity z regiónu.\n")
    assert record(sk, "since_sk.txt")["projects"][0]["start"] == "2009"
    # a partner's founding in a project page is not the project's start
    cs = ("Projekt KRAJINA obnovuje krajinu podél řeky. Partnerem projektu je obec Lhota, "
          "která vznikla v roce 1352.\n")
    for p in record(cs, "since_cs.txt")["projects"]:
        assert p["start"] is None


def test_from_to_range_without_a_cue_needs_the_project():
    """'od … do …' alone dates the project only in a sentence about it, or to complete
    a start already read; a pilot run or a stay abroad is not the project."""
    cs = ("Projekt KRAJINA obnovuje krajinu podél řeky. Pilotní provoz čistírny běžel "
          "od března 2015 do června 2015 bez poruch.\n")
    for p in record(cs, "span_cs.txt")["projects"]:
        assert (p["start"], p["end"]) == (None, None)
    cs = ("Projekt KRAJINA obnovuje krajinu podél řeky. Projekt KRAJINA poběží "
          "od března 2015 do června 2017 ve třech obcích.\n")
    p = record(cs, "span2_cs.txt")["projects"][0]
    assert (p["start"], p["end"]) == ("2015-03", "2017-06")
