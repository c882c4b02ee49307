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


NAMES = [
    # a programme between the project word and the name is the programme, not the name
    ("en", "Last week the partners of the Interreg Alpine Space project GREENPATH met in Lyon for the "
           "first time. The project partners discussed the work plan and the budget of the project.",
     ("GREENPATH", None, "Interreg Alpine Space")),
    ("de", "Das Projekt „Grüne Höfe“ wird von der Europäischen Union gefördert. Die Partner aus Bayern und "
           "Böhmen haben sich zum ersten Mal in Passau getroffen.", ("Grüne Höfe", None, None)),
    ("fr", "Le projet « Rivières Vivantes » a été lancé mardi à Namur. Les partenaires belges et français "
           "travailleront ensemble pendant trois ans.", ("Rivières Vivantes", None, None)),
    ("cs", "Naše škola se zapojila do projektu „Zelené město – Green City (ZEMĚ)“, který podporuje program "
           "Erasmus+. Projekt potrvá dva roky a zapojí se do něj pět partnerských škol.",
     ("ZEMĚ", "Zelené město – Green City", "Erasmus+")),
    ("pl", "Gmina realizuje projekt Interreg V-A Republika Czeska – Polska pod nazwą „Wspólne szlaki”. "
           "Projekt obejmuje budowę ścieżek rowerowych po obu stronach granicy.",
     ("Wspólne szlaki", None, "Interreg V-A Republika Czeska – Polska")),
    ("it", "Il progetto ALPWATER – Acque alpine condivise, finanziato nell'ambito del programma Interreg "
           "Italia-Svizzera 2014-2020. I partner si sono riuniti a Como.",
     ("ALPWATER", "Acque alpine condivise", "Interreg Italia-Svizzera 2014-2020")),
]


@pytest.mark.parametrize("lang,text,expected", NAMES, ids=[n[0] for n in NAMES])
def test_names_titles_programmes_in_prose(lang, text, expected):
    doc = record(text, f"names_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    assert (p["name"], p["title"], p["programme"]) == expected


def test_title_label_on_its_own_line_and_acronym_label():
    text = ("Podrobnosti projektu\n\nNázov projektu:\n\nZelené mosty cez hranice regiónov\n\n"
            "Akronym: GREENBRIDGE\n\nProgram: Interreg V-A Slovenská republika – Rakúsko\n\n"
            "Projekt trvá od roku 2017 do roku 2020 a spolupracujú v ňom obce z oboch strán hranice.\n")
    doc = record(text, "labels_sk.txt")
    p = doc["projects"][0]
    assert (p["name"], p["title"], p["programme"]) == (
        "GREENBRIDGE", "Zelené mosty cez hranice regiónov", "Interreg V-A Slovenská republika – Rakúsko")


def test_title_without_short_name_is_the_name_unless_an_acronym_abbreviates_it():
    text = ("Project title: Rivers And Valleys Enhanced Network\n\nThe RAVEN partnership brings together "
            "six regions. The project is funded by the Horizon 2020 programme of the European Union.\n")
    p = record(text, "acr_en.txt")["projects"][0]
    assert (p["name"], p["title"], p["programme"]) == ("RAVEN", "Rivers And Valleys Enhanced Network", "Horizon 2020")
    text = ("Tytuł projektu: „Wspólne dziedzictwo pogranicza”.\n\nProjekt realizowany jest przez gminę "
            "i jej partnerów ze Słowacji w latach 2019–2021.\n")
    p = record(text, "title_pl.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("Wspólne dziedzictwo pogranicza", None)


def test_first_line_followed_by_facts_is_the_name():
    text = ("Obnova mlýna a naučná stezka v Podkrkonoší\n\nOperační program: Interreg V-A Česká republika - Polsko\n"
            "Příjemce: Obec Horní Malá Úpa\nCelkové náklady: 1 200 000 Kč\n")
    p = record(text, "first_cs.txt")["projects"][0]
    assert p["name"] == "Obnova mlýna a naučná stezka v Podkrkonoší"
    assert p["programme"] == "Interreg V-A Česká republika - Polsko"


SUBJECT_NAMES = [
    ("en", "AQUALINK is a cross-border project of six water companies. The partners meet twice a year.", "AQUALINK"),
    ("sk", "RiverNet je medzinárodný projekt piatich miest na Dunaji. Partneri sa stretli v Komárne.", "RiverNet"),
    ("es", "La Diputación lidera el proyecto europeo Rutas del Vino (RDV) durante los próximos tres años "
           "junto con socios de Portugal y Francia.", "RDV"),
    ("hu", "Az önkormányzat a „Zöld Udvarok” címmel benyújtott pályázatával támogatást nyert. A projekt "
           "két évig tart, és négy partner vesz részt benne.", "Zöld Udvarok"),
]


@pytest.mark.parametrize("lang,text,expected", SUBJECT_NAMES, ids=[n[0] for n in SUBJECT_NAMES])
def test_names_as_subject_after_adjective_and_before_postposition(lang, text, expected):
    doc = record(text, f"subject_{lang}.txt")
    assert doc["language"] == lang
    assert doc["projects"][0]["name"] == expected


PROGRAMME_LABELS = [
    ("de", "Projekt GrenzWald\n\nFörderprogramm:\n\nInterreg Bayern – Tschechien 2021-2027\n\n"
           "Die Partner aus Bayern und Böhmen pflegen gemeinsam den Grenzwald.\n", "Interreg Bayern – Tschechien 2021-2027"),
    ("it", "Progetto VALLIS\n\nProgramma: Programma Interreg Italia-Austria\n\nIl progetto unisce sei comuni "
           "delle valli alpine e durerà tre anni.\n", "Interreg Italia-Austria"),
    ("en", "The partners of the FLOODSAFE project met in Győr. FLOODSAFE is funded under the "
           "Interreg V-A Slovakia-Hungary programme and runs until 2020.\n", "Interreg V-A Slovakia-Hungary"),
]


@pytest.mark.parametrize("lang,text,expected", PROGRAMME_LABELS, ids=[n[0] for n in PROGRAMME_LABELS])
def test_programme_label_below_and_generic_word_dropped(lang, text, expected):
    doc = record(text, f"prog_{lang}.txt")
    assert doc["language"] == lang
    assert doc["projects"][0]["programme"] == expected


def test_funder_after_programme_phrase_is_not_a_programme_and_operational_programme_keeps_its_words():
    text = ("The museum is one of the partners of the SMART-HERITAGE project funded by the European Union. "
            "The partners meet in Graz in May.\n")
    assert record(text, "funder_en.txt")["projects"][0]["programme"] is None
    text = ("Numele proiectului: Modernizarea drumului județean DJ 107\nBeneficiar: Consiliul Județean Alba\n"
            "Proiectul este finanțat prin Programul Operațional Regional 2014-2020 și are o durată de 24 de luni.\n")
    p = record(text, "por_ro.txt")["projects"][0]
    assert (p["name"], p["programme"]) == ("Modernizarea drumului județean DJ 107", "Programul Operațional Regional 2014-2020")


def test_news_item_about_several_projects_gives_one_record_each():
    text = ("Der Begleitausschuss des Programms Interreg Österreich-Bayern hat drei neue Projekte genehmigt.\n\n"
            "Das Projekt „Alpenwege“ erhält eine Förderung von 1,2 Millionen Euro. Die Partner bauen "
            "gemeinsam Wanderwege im Grenzgebiet.\n\n"
            "Mit dem Projekt „Grenzenlos lernen“ fließen rund 800.000 Euro in die berufliche Bildung. "
            "Beteiligt sind zwölf Schulen.\n")
    doc = record(text, "several_de.txt")
    assert [(p["name"], p["programme"]) for p in doc["projects"]] == [
        ("Alpenwege", "Interreg Österreich-Bayern"), ("Grenzenlos lernen", "Interreg Österreich-Bayern")]


def test_strand_written_onto_brand_and_life_project_names():
    text = ("De Europese Interreg2Seas programma steunt het onderzoek. Het project bouwt dijken met "
            "zes partners uit België en Nederland.\n")
    assert record(text, "seas_nl.txt")["projects"][0]["programme"] == "Interreg2Seas"
    text = ("Un ejemplo es LIFE AquaRios, que restaura riberas en Aragón con un presupuesto de 2 millones de "
            "euros y cinco socios.\n")
    assert record(text, "life_es.txt")["projects"][0]["name"] == "LIFE AquaRios"
