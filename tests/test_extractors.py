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


# ---------------------------------------------------------------- partners in prose, labels and headings

def _partners(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(name, country, role) of the partners found in text read as a document in lang."""
    from pipeline.extractors import partners
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = lang
    found = partners.extract(Context(doc, Section(blocks=tuple(range(len(doc.blocks))))))
    return [(p.name, p.country, p.role) for p in found]


PROSE_PARTNERS = [
    ("hr", "Općina Lukovica nositelj je projekta, dok su partneri na projektu Turistička zajednica Grada Zaboka, "
           "Razvojna agencija Krapina te Gradski muzej Varaždin.\n",
     [("Općina Lukovica", "lead"), ("Turistička zajednica Grada Zaboka", "partner"),
      ("Razvojna agencija Krapina", "partner"), ("Gradski muzej Varaždin", "partner")]),
    ("ro", "Primăria Orașului Zalău, în calitate de beneficiar lider, implementează proiectul împreună cu vecinii.\n",
     [("Primăria Orașului Zalău", "lead")]),
    ("it", "Il progetto, promosso dal Comune di Pordenone (capofila) in collaborazione con la Camera di Commercio "
           "di Udine e l’Università di Padova, è stato presentato ieri.\n",
     [("Comune di Pordenone", "lead"), ("Camera di Commercio di Udine", "partner"), ("Università di Padova", "partner")]),
    ("hu", "A konzorcium vezetője a Debreceni Egyetem, tagjai a Nyíregyházi Főiskola, a Tokaji Borvidék Egyesület.\n",
     [("Debreceni Egyetem", "lead"), ("Nyíregyházi Főiskola", "partner"), ("Tokaji Borvidék Egyesület", "partner")]),
    ("de", "Das Vorhaben entsteht gemeinsam mit den Projektpartnern Hochschule Zittau/Görlitz, Technische Universität "
           "Liberec und Landkreis Bautzen. Es beginnt im Mai.\n",
     [("Hochschule Zittau/Görlitz", "partner"), ("Technische Universität Liberec", "partner"),
      ("Landkreis Bautzen", "partner")]),
]


@pytest.mark.parametrize("lang,text,expected", PROSE_PARTNERS, ids=[p[0] for p in PROSE_PARTNERS])
def test_partners_in_running_text(lang, text, expected):
    """Lists after a partner cue with a copula or a partnership phrase, leads named
    before 'as' words or a bracketed cue, and a list that ends where the sentence goes on."""
    assert [(n, r) for n, _, r in _partners(text, lang)] == expected


def test_partner_countries_from_tails_and_from_words():
    found = _partners("Liderem jest Gmina Zator, a partnerami: Obec Lipany ze Słowacji, Dom Kultury Ostrava z Czech "
                      "oraz Park Narodowy Gesäuse z Austrii.\n", "pl")
    assert [(n, c) for n, c, _ in found if _ == "partner"] == [
        ("Obec Lipany", "SK"), ("Dom Kultury Ostrava", "CZ"), ("Park Narodowy Gesäuse", "AT")]
    found = _partners("Lead partner – University of Miskolc, Hungary\n\nTechnical University of Košice, Slovakia\n", "en")
    assert found == [("University of Miskolc", "HU", "lead"), ("Technical University of Košice", "SK", "partner")]


def test_partner_labels_with_values_on_the_next_lines():
    found = _partners("Lead Partner:\n\nStadtwerke Passau GmbH\n\nProjektpartner:\n\nJihočeská univerzita v Českých "
                      "Budějovicích\n\nLaufzeit:\n\n01.01.2020 - 31.12.2022\n", "de")
    assert [(n, r) for n, _, r in found] == [("Stadtwerke Passau GmbH", "lead"),
                                             ("Jihočeská univerzita v Českých Budějovicích", "partner")]
    found = _partners("Partneri projektu:\n\nVedúci partner – Mesto Skalica (SR)\n\n"
                      "Projektový partner 1 – Město Hodonín (ČR)\n", "sk")
    assert found == [("Mesto Skalica", "SK", "lead"), ("Město Hodonín", "CZ", "partner")]


def test_partners_under_country_headings():
    found = _partners("Partners\n\nAustria\n\nUniversity of Graz\n\nTechnical University of Vienna\n\nSlovenia\n\n"
                      "University of Ljubljana\n", "en")
    assert [(n, c) for n, c, _ in found] == [("University of Graz", "AT"), ("Technical University of Vienna", "AT"),
                                             ("University of Ljubljana", "SI")]


NOT_PARTNERS = [
    ("en", "The Partners Meeting took place in Vienna.\n"),
    ("de", "Die Partner des Projektes umfassen 11 verschiedene Länder aus dem Donauraum.\n"),
    ("de", "Erfahrene Organisationen werden Know-How und Erfahrungen weitergeben.\n"),
    ("cs", "Hlavním koordinátorem projektu je Španělsko, zúčastněné země jsou Irsko a Itálie.\n"),
    ("sk", "Zástupca vedúceho partnera viedol stretnutie a moderoval diskusiu.\n"),
]


@pytest.mark.parametrize("lang,text", NOT_PARTNERS, ids=[f"{n}-{p[0]}" for n, p in enumerate(NOT_PARTNERS)])
def test_no_partners_from_nouns_countries_or_cue_phrases(lang, text):
    assert _partners(text, lang) == []


LEADS_AFTER_CUE = [
    ("en", "The SmartHub project, coordinated by the University of Stuttgart, started in 2011.\n", "University of Stuttgart"),
    ("pl", "Projekt SmartHub, koordynowany przez Uniwersytet Łódzki, rozpoczął się w 2011 roku.\n", "Uniwersytet Łódzki"),
    ("fr", "Le projet SmartHub, piloté par la Région Grand Est, a démarré en 2019.\n", "Région Grand Est"),
    ("cs", "Vedoucím partnerem odpovědným za řízení celého projektu se stalo Statutární město Ostrava.\n",
     "Statutární město Ostrava"),
]


@pytest.mark.parametrize("lang,text,lead", LEADS_AFTER_CUE, ids=[x[0] for x in LEADS_AFTER_CUE])
def test_lead_named_after_an_agentive_cue_or_a_later_copula(lang, text, lead):
    """"coordinated by X" names its agent after the cue (never the project before it);
    a copula of several words may come a few words after the cue."""
    assert [(n, r) for n, _, r in _partners(text, lang)] == [(lead, "lead")]


def test_partner_list_in_the_paragraph_after_a_colon():
    found = _partners("Na setkání přijeli zástupci všech partnerských škol:\n\n1 - Gymnázium Nitra, Slovensko, "
                      "2 - Liceo Scientifico Galilei, Itálie, 3 - Escola Secundária de Tomar, Portugalsko.\n", "cs")
    assert [(n, c) for n, c, _ in found] == [("Gymnázium Nitra", "SK"), ("Liceo Scientifico Galilei", "IT"),
                                             ("Escola Secundária de Tomar", "PT")]


def test_partners_after_a_listing_cue():
    found = _partners("The consortium brings together twelve partner organisations, including Aalto University, "
                      "Fraunhofer Society and Politecnico di Milano, to test the new method.\n", "en")
    assert [n for n, _, _ in found] == ["Aalto University", "Fraunhofer Society", "Politecnico di Milano"]


def test_partners_after_namely_with_the_lead_among_them():
    found = _partners("V projektu sodeluje 4 partnerjev, in sicer Občina Bled v vlogi vodilnega partnerja, Razvojna "
                      "agencija Sora, Zavod za turizem Kranj ter 2 pridružena partnerja.\n", "sl")
    assert [(n, r) for n, _, r in found] == [("Občina Bled", "lead"), ("Razvojna agencija Sora", "partner"),
                                             ("Zavod za turizem Kranj", "partner")]


CONSISTS_OF = [
    ("en", "The consortium consists of Ghent University, Deltares and the Port of Antwerp.\n",
     ["Ghent University", "Deltares", "Port of Antwerp"]),
    ("de", "Das Konsortium besteht aus der Stadt Passau, der Universität Linz und dem Landkreis Freyung-Grafenau.\n",
     ["Stadt Passau", "Universität Linz", "Landkreis Freyung-Grafenau"]),
    ("de", "Die Partner bilden ein Netzwerk für die ganze Region.\n", []),
]


@pytest.mark.parametrize("lang,text,expected", CONSISTS_OF, ids=[f"{n}-{c[0]}" for n, c in enumerate(CONSISTS_OF)])
def test_partners_after_consists_of(lang, text, expected):
    assert [n for n, _, _ in _partners(text, lang)] == expected


def test_partner_records_in_a_partner_directory():
    found = _partners("Partners (2)\n\nLead Partner: Gemeinde Bad Radkersburg\n\nAddress: Hauptplatz 1, 8490 Bad "
                      "Radkersburg, Austria\n\nLegal status: public\n\nTotal budget: EUR 120 000.00\n\nMura Regional "
                      "Development Agency\n\nName: Mura Regional Development Agency\n\nAddress: Lendavska ulica 5a, "
                      "9000 Murska Sobota, Slovenia\n\nLegal status: public\n\nProject name (EN): Border towns\n", "en")
    assert found == [("Gemeinde Bad Radkersburg", "AT", "lead"), ("Mura Regional Development Agency", "SI", "partner")]
