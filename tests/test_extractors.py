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


BUDGETS = [
    # a label alone, its amount on the next line; the cue nearest the amount decides
    ("cs", "Projekt VodaSpolu\n\nCelkové způsobilé výdaje projektu\n\n2 450 000,00 EUR\n\nPříspěvek z EFRR\n\n"
           "2 082 500,00 EUR\n\nProjekt zlepší spolupráci obcí na obou stranách hranice a posílí turistický ruch.\n",
     [("2450000.00", "EUR", "total"), ("2082500.00", "EUR", "eu_contribution")]),
    # a part stated without scale and currency after "dont"
    ("fr", "Le projet AquaLien réunit des communes des deux côtés de la frontière. Son budget total atteint "
           "4,2 millions d'euros (dont 2,9 de subventions FEDER) pour trois ans de travaux communs.\n",
     [("4200000.00", "EUR", "total"), ("2900000.00", "EUR", "eu_contribution")]),
    # a funding cue after the amount, a bracket stating a share is not the amount's kind
    ("es", "El proyecto RutaVerde cuenta con un presupuesto de 3,1 millones de euros (con financiación FEDER "
           "del 75%) y terminará en el año 2026 con nuevas rutas ciclistas.\n",
     [("3100000.00", "EUR", "total")]),
    # a programme's budget and an amount shared by several projects are not the project's
    ("en", "The project GreenPort received 1.2 million euros from the programme. The programme has a budget "
           "of 485 million euros for the whole period. In total 3.5 million euros go to four projects in the "
           "region, as the managing authority announced after the committee meeting.\n",
     [("1200000.00", "EUR", "eu_contribution")]),
    # partners' shares under a partners heading, one budget label per partner
    ("en", "Project RiverLink\n\nTotal budget: EUR 1 500 000.00\n\nPartners (2)\n\nLead Partner: City of Example\n\n"
           "Partner budget: EUR 900 000.00\n\nRegional Agency of Sample\n\nPartner budget: EUR 600 000.00\n\n"
           "The project links river towns through shared planning, joint events and common services for "
           "visitors and residents along the whole river valley and its tributaries.\n",
     [("1500000.00", "EUR", "total"), ("900000.00", "EUR", "other"), ("600000.00", "EUR", "other")]),
]


@pytest.mark.parametrize("lang,text,expected", BUDGETS, ids=[f"{b[0]}-{n}" for n, b in enumerate(BUDGETS)])
def test_budget_kinds_labels_and_what_is_not_the_projects(lang, text, expected):
    doc = record(text, f"budget_{lang}.txt")
    assert doc["language"] == lang
    got = [(b["amount"], b["currency"], b["kind"]) for p in doc["projects"] for b in p["budgets"]]
    assert got == expected


COUNTS = [
    ("cs", "Projekt SilniceSpolu\n\nKonsorcium devíti partnerů ze šesti zemí připravilo společný plán údržby "
           "silnic v příhraniční oblasti a jeho zavedení do praxe.\n", (9, 6, None)),
    ("pl", "Projekt RzekaBez Granic\n\nW projekcie bierze udział dwunastu partnerów z 5 krajów, którzy wspólnie "
           "przygotują plan ochrony rzeki i jej doliny.\n", (12, 5, None)),
    ("fr", "Le projet PortLien est porté par la ville de Calais, à laquelle sont associés 7 autres partenaires "
           "venus de 3 pays pour améliorer les liaisons maritimes.\n", (None, 3, None)),
    ("de", "Das Netzwerk KunststoffNord wurde 2005 mit sechs Unternehmen gegründet und zählt heute über 80 "
           "Mitgliedsunternehmen aus der ganzen Region, die eng zusammenarbeiten.\n", (None, None, 80)),
    ("sk", "Projekt VodaBez Hraníc\n\nMedzinárodné konzorcium štyroch univerzít získalo financovanie na spoločný "
           "výskum kvality vody v povodí rieky.\n", (4, None, None)),
    ("en", "Project HarbourNet\n\nPartners (4)\n\nLead Partner: Port of Example\n\nThe partners will build a common "
           "booking system for small harbours along the coast and train their staff.\n", (4, None, None)),
]


@pytest.mark.parametrize("lang,text,expected", COUNTS, ids=[f"{c[0]}-{n}" for n, c in enumerate(COUNTS)])
def test_stated_counts(lang, text, expected):
    doc = record(text, f"counts_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    assert (p["stated_partner_count"], p["stated_country_count"], p["stated_member_count"]) == expected


def test_activity_items_whose_markers_were_lost():
    """Under "Plánované aktivity:", paragraphs ending with a comma are the items of a
    list whose bullets the capture lost; the first one without a comma closes it."""
    text = ("Projekt ZelenáCesta\n\nCieľom projektu je prepojiť cyklotrasy na oboch stranách hranice.\n\n"
            "Plánované aktivity:\n\nvýstavba nových úsekov cyklotrás,\n\nspoločná propagácia regiónu,\n\n"
            "školenia pre sprievodcov v cestovnom ruchu\n\nViac informácií nájdete na stránke projektu a "
            "v tlačových správach partnerov, ktoré pravidelne uverejňujeme.\n")
    doc = record(text, "acts_sk.txt")
    assert doc["language"] == "sk"
    assert [a["text"] for a in doc["projects"][0]["activities"]] == [
        "výstavba nových úsekov cyklotrás", "spoločná propagácia regiónu", "školenia pre sprievodcov v cestovnom ruchu"]


def test_a_colon_far_from_the_activity_cue_is_not_an_activity_list():
    text = ("Project RiverSchool\n\nThis timetable contains the main activities related to the project objective: "
            "exchanges of pupils between the partner schools, partly financed by the programme.\n")
    doc = record(text, "acts_en.txt")
    assert [a["text"] for p in doc["projects"] for a in p["activities"]] == []


def test_a_calls_allocation_is_not_the_projects_budget():
    text = ("Projekt ŘekaBezHranic\n\nAlokace výzvy činí 500 mil. Kč a podpořeno bylo celkem dvanáct projektů "
            "v obou regionech. Projekt ŘekaBezHranic získal dotaci ve výši 2,5 mil. Kč na obnovu břehů řeky.\n")
    doc = record(text, "alloc_cs.txt")
    assert doc["language"] == "cs"
    assert [(b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"]] == [
        ("2500000.00", "eu_contribution")]


KIND_SENTENCES = [
    ("cs", "Projekt za 12,5 milionu korun podpořila EU dotací ve výši 10,6 milionu korun.",
     [("12500000.00", "total"), ("10600000.00", "eu_contribution")]),
    ("de", "Die Gesamtkosten belaufen sich auf 2.450.000 €, davon werden 1.960.000 € aus EFRE-Mitteln gefördert.",
     [("2450000.00", "total"), ("1960000.00", "eu_contribution")]),
    ("it", "Il progetto ha un costo totale di 1.200.000 euro, di cui 1.020.000 euro di contributo FESR.",
     [("1200000.00", "total"), ("1020000.00", "eu_contribution")]),
    ("hu", "A 120 millió forintos projektet 85 százalékban az Európai Unió támogatja.", [("120000000.00", "total")]),
    ("nl", "De totale projectkosten bedragen 3,2 miljoen euro, waarvan 1,6 miljoen euro EFRO-subsidie.",
     [("3200000.00", "total"), ("1600000.00", "eu_contribution")]),
    ("en", "Budget\n\nTotal: EUR 2 300 000\n\nERDF: EUR 1 955 000",
     [("2300000.00", "total"), ("1955000.00", "eu_contribution")]),
]


@pytest.mark.parametrize("lang,text,expected", KIND_SENTENCES, ids=[k[0] for k in KIND_SENTENCES])
def test_budget_kind_from_the_cue_nearest_each_amount(lang, text, expected):
    """One sentence or label block per language, read in that language: the cue that
    belongs to each amount gives its kind; an amount whose sentence's cues all belong to
    the other amounts is the whole."""
    from pipeline.assemble import document_record
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "kind.txt", "kind")
    doc.language = lang
    rec = document_record(doc)
    assert [(b["amount"], b["kind"]) for p in rec["projects"] for b in p["budgets"]] == expected


NOT_THE_PROJECTS = [
    ("cs", "Program Interreg V-A ČR–PL má k dispozici 226 mil. EUR z EFRR.", [], (None, None, None)),
    ("de", "Zwei der Partner erhalten zusammen 300.000 Euro Förderung.", [("300000.00", "eu_contribution")],
     (None, None, None)),
    ("en", "The call supported 25 projects with EUR 30 million of ERDF funding.", [], (None, None, None)),
]


@pytest.mark.parametrize("lang,text,budgets,counts", NOT_THE_PROJECTS, ids=[k[0] for k in NOT_THE_PROJECTS])
def test_programme_money_and_partial_counts_are_not_the_projects(lang, text, budgets, counts):
    from pipeline.assemble import document_record
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "not.txt", "not")
    doc.language = lang
    projects = document_record(doc)["projects"] or [{"budgets": [], "stated_partner_count": None,
                                                       "stated_country_count": None, "stated_member_count": None}]
    p = projects[0]
    assert [(b["amount"], b["kind"]) for b in p["budgets"]] == budgets
    assert (p["stated_partner_count"], p["stated_country_count"], p["stated_member_count"]) == counts


def test_an_enumeration_after_a_cue_and_such_as():
    text = ("Projekt StudnaSpolu\n\nProjekt se zaměří na aktivity jako společná školení hasičů, výměnné pobyty "
            "a na přípravu společného krizového plánu.\n")
    doc = record(text, "such_cs.txt")
    assert doc["language"] == "cs"
    assert [a["text"] for a in doc["projects"][0]["activities"]] == [
        "společná školení hasičů", "výměnné pobyty", "přípravu společného krizového plánu"]


def test_amounts_under_labels_of_their_own_in_a_list_are_partners_lines():
    from pipeline.assemble import document_record
    from pipeline.readers import read_document
    text = "EU grant: 250.000,00 EUR, City of Sample: 12.500,00 EUR, River Agency: 8.000,00 EUR"
    doc = read_document(text.encode("utf-8"), "lines.txt", "lines")
    doc.language = "en"
    (p,) = document_record(doc)["projects"]
    assert [(b["amount"], b["kind"]) for b in p["budgets"]] == [
        ("250000.00", "eu_contribution"), ("12500.00", "other"), ("8000.00", "other")]

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
