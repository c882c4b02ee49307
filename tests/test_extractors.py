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


def _first_field(field: str, text: str, lang: str) -> str | None:
    """One field of the first project read from a text in `lang` (None without a project)."""
    doc = record(text, f"first_{lang}.txt")
    return doc["projects"][0][field] if doc["projects"] else None


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
    # "over the next N years" in a sentence about the project
    ("cs", "Projekt MOSTY spojuje obce na obou stranách řeky. V průběhu příštích dvou let bude sedm partnerů "
           "projektu obnovovat staré cesty a lávky.\n",
     (None, None, 24)),
    ("ro", "Proiectul PODURI unește comunitățile de pe ambele maluri. În următorii trei ani, partenerii "
           "proiectului vor restaura drumurile vechi și podurile.\n",
     (None, None, 36)),
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


EL = """Έργο «Πράσινες Διαδρομές» (GREEN ROUTES)

Το έργο «Πράσινες Διαδρομές» υλοποιείται στο πλαίσιο του Προγράμματος Συνεργασίας Interreg V-A Ελλάδα – Βουλγαρία 2014-2020. Επικεφαλής εταίρος είναι ο Δήμος Σερρών, ενώ εταίροι είναι το Πανεπιστήμιο Μακεδονίας και ο Δήμος Πετρίτσι (Βουλγαρία).

Ο συνολικός προϋπολογισμός του έργου ανέρχεται σε 1.150.000 ευρώ, εκ των οποίων 977.500 ευρώ προέρχονται από το Ευρωπαϊκό Ταμείο Περιφερειακής Ανάπτυξης. Η διάρκεια του έργου είναι 30 μήνες, από 1 Σεπτεμβρίου 2018 έως 28 Φεβρουαρίου 2021.

Οι κύριες δράσεις του έργου είναι:
• δημιουργία ποδηλατικών διαδρομών·
• εκπαίδευση νέων·
• κοινό φεστιβάλ.

Στις 12 Μαρτίου 2019 πραγματοποιήθηκε στις Σέρρες η εναρκτήρια συνάντηση των εταίρων.
"""


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


NEWS_THREE = {
    "en": """The monitoring committee approved three new cross-border projects worth 9 million euro in total.

The project "Green Valleys" has a total budget of 2.5 million euro for river restoration. The lead partner is the University of Graz.

With the project "Smart Ports" a total budget of 4.1 million euro goes into digital logistics. Lead partner: Port of Trieste.

The project AlpCareNet has a total budget of 1.2 million euro to connect rural care services.
""",
    "pl": """Komitet Monitorujący zatwierdził trzy nowe projekty transgraniczne.

Projekt „Zielone Doliny” o wartości projektu 2,5 mln euro dotyczy odbudowy rzek. Partnerem wiodącym jest Uniwersytet Opolski.

W ramach projektu „Inteligentne Porty” budżet projektu 4,1 mln euro trafi do logistyki cyfrowej.
""",
}


@pytest.mark.parametrize("lang", sorted(NEWS_THREE))
def test_a_news_item_reporting_project_after_project_gives_one_record_each(lang):
    rec = record(NEWS_THREE[lang], f"news_{lang}.txt")
    amounts = [[b["amount"] for b in p["budgets"]] for p in rec["projects"]]
    names = [p["name"] for p in rec["projects"]]
    assert len(rec["projects"]) >= 2
    assert amounts[0] == ["2500000.00"] and amounts[1] == ["4100000.00"]
    assert names[:2] in (["Green Valleys", "Smart Ports"], ["Zielone Doliny", "Inteligentne Porty"])


def test_project_labels_of_a_beneficiary_list_open_one_record_each():
    text = """Podpořené projekty

Název projektu: SolarSchool
Žadatel: Město Liberec
Celkový rozpočet: 1 200 000 Kč

Název projektu: VodaPlus
Žadatel: Obec Dolní Branná
Celkový rozpočet: 800 000 Kč
"""
    rec = record(text, "list_cs.txt")
    assert [p["name"] for p in rec["projects"]] == ["SolarSchool", "VodaPlus"]
    assert [[b["amount"] for b in p["budgets"]] for p in rec["projects"]] == [["1200000.00"], ["800000.00"]]


def test_one_project_with_a_label_repeated_per_partner_stays_one_record():
    text = """Projekt GrenzWeg

Gesamtbudget: 500.000,00 EUR
Laufzeit: 01.01.2020 – 31.12.2021

PARTNER
Lead Partner
Stadt Passau
EFRE-Mittel
200.000,00 EUR
Partner
Obec Horní Planá
EFRE-Mittel
150.000,00 EUR

Das Projekt GrenzWeg verbindet Wanderwege beider Länder; das Projekt GrenzWeg wird 2021 abgeschlossen.
"""
    rec = record(text, "one_de.txt")
    assert len(rec["projects"]) == 1


def test_nested_list_levels_from_indentation_and_marker_style():
    from pipeline.readers import read_document
    text = """Aktivnosti projekta:

 • Edukacija
   • radionice za učitelje
   • priručnik
 • Promocija
   o sajmovi
   o web stranica

Glavne teme:

1. Zaštita prirode
- obnova staništa
- praćenje vrsta
2. Turizam
"""
    doc = read_document(text.encode("utf-8"), "nested.txt", "nested")
    items = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("Edukacija", 0), ("radionice za učitelje", 1), ("priručnik", 1), ("Promocija", 0),
                     ("sajmovi", 1), ("web stranica", 1), ("Zaštita prirode", 0), ("obnova staništa", 1),
                     ("praćenje vrsta", 1), ("Turizam", 0)]
    rec = record(text, "nested_hr.txt")
    acts = rec["projects"][0]["activities"] if rec["projects"] else []
    assert [a["text"] for a in acts[:2]] == ["Edukacija", "Promocija"]
    assert [c["text"] for c in acts[0]["children"]] == ["radionice za učitelje", "priručnik"]


def test_a_word_o_opening_a_wrapped_line_is_not_a_sub_item():
    from pipeline.readers import read_document
    text = """Ciele:
 • Podpora spolupráce
   o klastroch v regióne a podpora
"""
    doc = read_document(text.encode("utf-8"), "o.txt", "o")
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert items == ["Podpora spolupráce o klastroch v regióne a podpora"]


def test_projects_of_a_news_item_share_the_programme_its_lead_names():
    text = """Il comitato di sorveglianza del programma Interreg Alpine Space ha approvato due nuovi progetti.

Il progetto „BoscoVivo” ha un costo totale di 1,5 milioni di euro.

Il progetto „NeveSmart” ha un costo totale di 900.000 euro.
"""
    rec = record(text, "news_it.txt")
    assert [p["name"] for p in rec["projects"]] == ["BoscoVivo", "NeveSmart"]
    assert [p["programme"] for p in rec["projects"]] == ["Interreg Alpine Space"] * 2


def test_a_programme_named_before_the_project_cue_does_not_open_a_project():
    text = """Das Interreg Bayern-Österreich Projekt GrenzWald hat ein Gesamtbudget von 1,2 Millionen Euro.

Das Projekt GrenzWald pflanzt 2022 neue Wälder; die Projektpartner treffen sich in Passau. Das Gesamtbudget beträgt 1,2 Millionen Euro.
"""
    rec = record(text, "prog_de.txt")
    assert len(rec["projects"]) == 1


def test_a_title_label_and_an_acronym_label_of_one_project_are_one_record():
    text = """Project: Sustainable Mobility for Small Towns
Total budget: EUR 1,500,000
Acronym: SUMOST
Duration: 24 months
Lead partner: Municipality of Ptuj
"""
    rec = record(text, "one_en.txt")
    assert len(rec["projects"]) == 1


def test_lettered_items_under_a_numbered_item_are_its_children():
    from pipeline.readers import read_document
    text = """Działania projektu:
1. Szkolenia
a) warsztaty dla nauczycieli
b) kursy online
2. Promocja
"""
    doc = read_document(text.encode("utf-8"), "letters.txt", "letters")
    items = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("Szkolenia", 0), ("warsztaty dla nauczycieli", 1), ("kursy online", 1), ("Promocja", 0)]


def test_a_project_mentioned_in_passing_does_not_take_the_rest_of_the_page():
    text = """Projekt ZelenáŠkola získal rozpočet projektu 2 mil. Kč.

Navazuje na projekt EkoDvůr, který v roce 2019 získal 500 tis. Kč.

Partnery projektu ZelenáŠkola jsou Město Tábor a Gymnázium Písek. Doba trvání: 24 měsíců.
"""
    rec = record(text, "passing_cs.txt")
    assert len(rec["projects"]) == 1


def test_items_of_a_list_of_projects_are_one_record_each():
    text = """Genehmigte Projekte:

• GreenWay – Gesamtbudget 1,2 Millionen Euro, Leadpartner Stadt Linz
• SmartPort – Gesamtbudget 800.000 Euro, Leadpartner Hafen Passau
"""
    rec = record(text, "list_de.txt")
    assert [p["name"] for p in rec["projects"]] == ["GreenWay", "SmartPort"]
    assert [[b["amount"] for b in p["budgets"]] for p in rec["projects"]] == [["1200000.00"], ["800000.00"]]


def test_a_partner_list_with_shares_is_not_a_list_of_projects():
    text = """Projekt RiverLink

Projektpartner:
• StadtWerk – Anteil 200.000 Euro
• FlussLab – Anteil 150.000 Euro

Gesamtbudget: 350.000 Euro
"""
    rec = record(text, "partners_de.txt")
    assert len(rec["projects"]) == 1


def test_hungarian_news_item_with_names_before_the_naming_phrase():
    text = """A monitoring bizottság két új projektet hagyott jóvá.

A „Zöld Határ” nevű projekt teljes költségvetése 1 200 000 euró.

A „Digitális Falu” nevű projekt teljes költségvetése 800 000 euró.
"""
    rec = record(text, "news_hu.txt")
    assert [p["name"] for p in rec["projects"]] == ["Zöld Határ", "Digitális Falu"]


def test_an_amount_after_a_project_cue_opens_no_project():
    text = ("Das Projekt SEENLAND erhält 1,2 Mio. Euro aus dem Programm.\n\n"
            "Auch das Projekt EUR 300.000 ist bewilligt, die Laufzeit beträgt 24 Monate.\n")
    doc = record(text, "amount_opener_de.txt")
    assert [p["name"] for p in doc["projects"]] == ["SEENLAND"]


COUNTRY_SENTENCES = [
    # a partner or participation cue, or a counted country noun: the countries taking part
    ("en", "The TRELLIS project brings together partners from Austria and Italy to restore old orchards.\n",
     ["AT", "IT"]),
    ("cs", "Projektu LUKA se účastní obce z Česka, Polska a Slovenska, které spolu obnovují mokřady.\n",
     ["CZ", "PL", "SK"]),
    ("de", "Am Projekt HECKENLAND sind Schulen aus Österreich, Slowenien und Ungarn beteiligt. Es beginnt im Mai.\n",
     ["AT", "SI", "HU"]),
    # two countries coordinated: over all gold pages nearly always the project's (round 30)
    ("fr", "Le projet RIVIERA compare les rivières de Slovénie et Croatie depuis 2019.\n", ["SI", "HR"]),
    # a programme's name: not the partners' countries
    ("en", "The ORCHARD project is funded by the Interreg Slovakia-Austria-Hungary programme.\n", []),
]


@pytest.mark.parametrize("lang,text,expected", COUNTRY_SENTENCES, ids=[f"{c[0]}{n}" for n, c in enumerate(COUNTRY_SENTENCES)])
def test_countries_only_from_sentences_about_who_takes_part(lang, text, expected):
    doc = extract_one(text.encode("utf-8"), f"ctry_{lang}.txt", "ctry")[0]
    assert doc["language"] == lang
    assert sorted(c for p in doc["projects"] for c in p["countries"]) == sorted(expected)


PARTICIPATION_LISTS = [
    ("it", "Al progetto Vigneti partecipano il Comune di Trieste, l’Università di Udine e la Camera di Commercio "
           "di Gorizia.\n",
     ["Comune di Trieste", "Università di Udine", "Camera di Commercio di Gorizia"]),
    ("es", "En el proyecto participan el Ayuntamiento de Huelva, la Universidad de Sevilla y la Câmara Municipal "
           "de Faro.\n",
     ["Ayuntamiento de Huelva", "Universidad de Sevilla", "Câmara Municipal de Faro"]),
    ("pl", "W projekcie biorą udział Zespół Szkół Technicznych w Rybniku, Liceum Ogólnokształcące w Opolu oraz "
           "Gimnazjum nr 2 w Żorach.\n",
     ["Zespół Szkół Technicznych w Rybniku", "Liceum Ogólnokształcące w Opolu", "Gimnazjum nr 2 w Żorach"]),
    ("nl", "Aan het project nemen deel: Universiteit Gent, Hogeschool Zeeland en Provincie Zeeland.\n",
     ["Universiteit Gent", "Hogeschool Zeeland", "Provincie Zeeland"]),
    ("sk", "Do projektu sa zapojili Obec Lipany, Mesto Prešov a Prešovský samosprávny kraj.\n",
     ["Obec Lipany", "Mesto Prešov", "Prešovský samosprávny kraj"]),
    ("fr", "Quatre établissements européens participent :\n\n- Université de Lorraine, Nancy, France\n"
           "- Hochschule Trier (Trier, Allemagne)\n- Universidade do Minho – Braga\n",
     ["Université de Lorraine", "Hochschule Trier", "Universidade do Minho"]),
    # people, places, events, countries and nouns after the verb are not partners
    ("cs", "Na setkání se účastnili Jana Horká a Petr Malý.\n", []),
    ("sk", "Na stretnutí sa zúčastnili zástupcovia: Úradu vlády pán Ján Kováč a pani Eva Malá, Mesta Poprad.\n", []),
    ("cs", "Semináře se zúčastnili: Ing. Jana Horká, Mgr. Petr Malý a Dr. Karel Novotný.\n", []),
    ("en", "The partners will take part in Vienna and Graz at the annual forum.\n", []),
    ("cs", "Účastnické země jsou Rakousko, Polsko a Itálie.\n", []),
    ("de", "Die Planungen der beteiligten Städte sollen gut ineinandergreifen und die Verbindung zur Politik "
           "sichern.\n", []),
]


@pytest.mark.parametrize("lang,text,expected", PARTICIPATION_LISTS,
                         ids=[f"{c[0]}{n}" for n, c in enumerate(PARTICIPATION_LISTS)])
def test_partners_after_a_verb_of_taking_part(lang, text, expected):
    assert [n for n, _, _ in _partners(text, lang)] == expected


def test_partner_items_with_city_and_country():
    found = _partners("Project partners:\n\n- Regional Development Agency, Celje, Slovenia\n"
                      "- Chamber of Commerce (Graz, Austria)\n- Agrarian Institute (Creta – GR)\n"
                      "- Ministry for Economic Affairs, Labour and Transport\n", "en")
    assert [(n, c) for n, c, _ in found] == [
        ("Regional Development Agency", "SI"), ("Chamber of Commerce", "AT"), ("Agrarian Institute", "GR"),
        ("Ministry for Economic Affairs, Labour and Transport", None)]


def test_a_conjunction_before_a_further_item_is_inside_a_name():
    found = _partners("I partner del progetto sono il Comune di Pola, l’Università di Economia e Commercio, "
                      "il Comune di Medulin e la Regione Istriana.\n", "it")
    assert [n for n, _, _ in found] == ["Comune di Pola", "Università di Economia e Commercio", "Comune di Medulin",
                                        "Regione Istriana"]


LEADS_IN_PROSE = [
    ("fr", "Le projet est coordonné par l’Université de Lorraine et réunit six partenaires.\n", "Université de Lorraine"),
    ("it", "Il progetto è coordinato dalla Regione del Veneto e durerà tre anni.\n", "Regione del Veneto"),
    ("sl", "Projekt koordinira Univerza v Mariboru, ki sodeluje z občinami.\n", "Univerza v Mariboru"),
    ("hr", "Projekt vodi Sveučilište u Rijeci u suradnji s partnerima.\n", "Sveučilište u Rijeci"),
    ("ro", "Proiectul este coordonat de Universitatea din Oradea.\n", "Universitatea din Oradea"),
    ("pl", "Koordynatorem projektu jest Uniwersytet Wrocławski.\n", "Uniwersytet Wrocławski"),
    ("sk", "Žilinská univerzita v Žiline je vedúcim partnerom projektu.\n", "Žilinská univerzita v Žiline"),
    ("nl", "De Universiteit Gent leidt het project samen met twee hogescholen.\n", "Universiteit Gent"),
]


@pytest.mark.parametrize("lang,text,lead", LEADS_IN_PROSE, ids=[c[0] for c in LEADS_IN_PROSE])
def test_lead_coordinating_the_project_in_prose(lang, text, lead):
    assert [n for n, _, r in _partners(text, lang) if r == "lead"] == [lead]


@pytest.mark.parametrize("lang,text", [
    ("hr", "Grad Zagreb vodi računa o okolišu.\n"),
    ("en", "The project coordinates activities in five regions.\n"),
    # a name cut short is worse than none (five lower-case words at most complete a type word)
    ("fr", "Le projet est porté par l’Office français de développement durable des territoires ruraux.\n"),
])
def test_no_lead_from_idioms_or_cut_names(lang, text):
    assert [n for n, _, r in _partners(text, lang) if r == "lead"] == []


def test_organisations_counted_then_listed_after_namely():
    found = _partners("Three universities lead the work in Austria, namely the University of Graz, TU Wien and the "
                      "University of Innsbruck.\n", "en")
    assert found == [("University of Graz", "AT", "partner"), ("TU Wien", "AT", "partner"),
                     ("University of Innsbruck", "AT", "partner")]
    found = _partners("Do projektu jsou zapojeny čtyři obce, a to Obec Lhota, Město Kolín, Obec Tuřany a Město Brno.\n", "cs")
    assert [n for n, _, _ in found] == ["Obec Lhota", "Město Kolín", "Obec Tuřany", "Město Brno"]
    # two names for a count of five: examples, not the list
    assert _partners("Pět škol se zapojí, například Gymnázium Jevíčko a Obchodní akademie Písek.\n", "cs") == []


def test_partner_table_with_header_number_city_and_country_cells():
    from pipeline.extractors import partners
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    text = ("Projektni partnerji:\n\n| Št. | Partner | Kraj | Država |\n|---|---|---|---|\n"
            "| 1 | Univerza v Mariboru | Maribor | Slovenija |\n| 2 | Technische Universität Graz | Graz | Avstrija |\n"
            "| PP3 | Comune di Udine | Udine | |\n")
    doc = read_document(text.encode("utf-8"), "t.md", "t")
    doc.language = "sl"
    found = partners.extract(Context(doc, Section(blocks=tuple(range(len(doc.blocks))))))
    assert [(p.name, p.country) for p in found] == [
        ("Univerza v Mariboru", "SI"), ("Technische Universität Graz", "AT"), ("Comune di Udine", "IT")]

def _period(text: str, name: str) -> tuple:
    p = record(text, name)["projects"][0]
    return p["start"], p["end"], p["duration_months"]


def test_start_and_end_words_that_hold_the_project_word():
    text = ("Die Gemeinde erhält 40.000 Euro Förderung. Projektstart war am 1. März 2019, "
            "Projektende ist am 28. Februar 2021.\n")
    assert _period(text, "compound_de.txt")[:2] == ("2019-03-01", "2021-02-28")
    text = "Il comune riceve 40.000 euro. Inizio del progetto: 1 marzo 2019.\n"
    assert _period(text, "compound_it.txt")[0] == "2019-03-01"


def test_years_in_brackets_beside_the_project():
    text = "Our school takes part in the Erasmus+ project GREEN STEPS (2019 – 2022) with four partners.\n"
    assert _period(text, "years_en.txt")[:2] == ("2019", "2022")
    text = "Nasza szkoła realizuje projekt Erasmus+ Woda Życia (2018-2020) z czterema partnerami.\n"
    assert _period(text, "years_pl.txt")[:2] == ("2018", "2020")
    # a programme's years are not the project's
    text = "The project is funded by the Interreg programme (2016-2019) with EUR 1 million.\n"
    assert _period(text, "programme_en.txt")[:2] == (None, None)
    text = "Our Erasmus+ project (2014-2020) has four partners.\n"
    assert _period(text, "budget_period_en.txt")[:2] == (None, None)


def test_range_right_after_the_stated_length():
    text = "Le projet VIVRE ENSEMBLE réunit quatre lycées sur trois ans (2017-2020) avec 5 partenaires.\n"
    assert _period(text, "length_fr.txt") == ("2017", "2020", 36)
    text = "Šest škol bude spolupracovat po dobu dvou let (2019-2021) a projekt má 6 partnerů.\n"
    assert _period(text, "length_cs.txt") == ("2019", "2021", 24)
    text = "The project runs for approximately 3 years from 2020-01-01 to 2022-12-31 with 6 partners.\n"
    assert _period(text, "length_en.txt") == ("2020-01-01", "2022-12-31", 36)


def test_implementation_of_the_project_dates_it():
    text = "Die Umsetzung des Projektes „Grüne Höfe“ erfolgte in den Jahren 2015-2018 mit 3 Partnern.\n"
    assert _period(text, "impl_de.txt")[:2] == ("2015", "2018")
    text = "La réalisation du projet « Haies vives » s'étend de 2016 à 2019 avec 4 partenaires.\n"
    assert _period(text, "impl_fr.txt")[:2] == ("2016", "2019")


def test_a_few_days_are_an_event_not_the_project():
    text = ("Projekt Zelené školy má 4 partnery. V období 3. – 7. května 2021 se žáci zúčastnili "
            "výměny v Krakově.\n")
    rec = record(text, "week_cs.txt")
    assert rec["projects"][0]["start"] is None
    assert [(e["date"], e["end"]) for e in rec["events"]] == [("2021-05-03", "2021-05-07")]


def test_events_told_by_their_verb_or_a_visit():
    text = "Nuestro instituto acogerá a los alumnos socios del 12 al 16 de marzo de 2018.\n"
    assert [(e["date"], e["end"]) for e in record(text, "host_es.txt")["events"]] == [("2018-03-12", "2018-03-16")]
    text = "Delegacija iz Avstrije je bila na obisku v Kopru 14. 11. 2019.\n"
    assert [(e["date"], e["end"]) for e in record(text, "visit_sl.txt")["events"]] == [("2019-11-14", None)]
    text = "Următoarea activitate va avea loc în Grecia, în luna mai 2019.\n"
    assert [e["date"] for e in record(text, "month_ro.txt")["events"]] == ["2019-05"]
    # a verb alone does not make the project's own long period an event
    text = "The project took place from March 2016 to June 2018 in five countries.\n"
    assert record(text, "long_en.txt")["events"] == []


def test_a_verb_reports_only_the_date_near_it():
    text = "W marcu 2019 będziemy gościć uczniów ze szkół partnerskich.\n"
    assert [e["date"] for e in record(text, "host_pl.txt")["events"]] == ["2019-03"]
    text = ("The final report was submitted on 3 May 2019 to the secretariat in Vienna, and later all "
            "partners from the five regions that joined the network participated.\n")
    assert record(text, "far_en.txt")["events"] == []

def test_implausible_names_are_dropped_and_a_registration_code_is_not_part_of_the_name():
    # a year range after the project word is no name
    text = ("Green Schools: an Erasmus+ Project 2019-21\n\nThe project partners met in Porto in May 2020 "
            "and the project received 30 000 EUR.\n")
    p = record(text, "years_en.txt")["projects"][0]
    assert p["name"] != "2019-21" and p["programme"] == "Erasmus+"
    # "A HUSK/1001/2.1.1 RIVERS projekt": the code and the article stay out
    text = ("A HUSK/1001/2.1.1 RIVERS projekt az Európai Unió támogatásával valósul meg. "
            "A projekt teljes költségvetése 500.000 EUR.\n")
    assert record(text, "code_hu.txt")["projects"][0]["name"] == "RIVERS"
    # "Projekt Ziele" as a line of its own is a heading of the page's parts
    text = ("Projekttitel\nWälder für morgen im Grenzraum\nProjekt Ziele\nDie Partner pflanzen Bäume; "
            "die Ziele sind klar. Gesamtkosten: 200.000 EUR.\n")
    assert record(text, "label_de.txt")["projects"][0]["name"] == "Wälder für morgen im Grenzraum"


def test_brand_spacing_and_quotation_after_a_brand():
    text = ("Nuestro colegio participa en el Programa Erasmus + «Caminos del agua» junto con dos "
            "institutos de Italia y Portugal. El proyecto dura 24 meses.\n")
    p = record(text, "brand_es.txt")["projects"][0]
    assert (p["name"], p["programme"]) == ("Caminos del agua", "Erasmus+")
    text = ("Gli studenti dell'Istituto “Leonardo da Vinci” partecipano a un progetto Erasmus+ "
            "con scuole di Spagna e Grecia. Il progetto dura due anni.\n")
    assert record(text, "school_it.txt")["projects"][0]["programme"] == "Erasmus+"
    text = ("Projekt MOSTY se realizuje v rámci IPA Adriatic CBC programu 2007-2013 a trvá 24 měsíců.\n")
    assert record(text, "ipa_cs.txt")["projects"][0]["programme"] == "IPA Adriatic CBC 2007-2013"


def test_acronym_after_quoted_or_long_title_and_glued_dash():
    text = ("Die Umsetzung des Projektes „Grüne Wege im Dreiländereck“ (GRÜWE K00123) begann 2019. "
            "Die Gesamtkosten betragen 400.000 Euro.\n")
    p = record(text, "acr_de.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("GRÜWE", "Grüne Wege im Dreiländereck")
    text = ("La universidad ha participado en el proyecto europeo Network of Young Researchers in Coastal and "
            "Marine Ecosystems (NYRCOME), que cuenta con un presupuesto de 500.000 euros y seis socios de España "
            "y Portugal.\n")
    p = record(text, "acr_es.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("NYRCOME", "Network of Young Researchers in Coastal and Marine Ecosystems")
    text = ("Școala noastră participă la proiectul Erasmus+ GREEN4ALL- CLEAN AND SAFE CITIES, "
            "alături de școli din Italia și Grecia, cu un buget de 25.000 euro.\n")
    p = record(text, "glued_ro.txt")["projects"][0]
    assert (p["name"], p["title"], p["programme"]) == ("GREEN4ALL", "CLEAN AND SAFE CITIES", "Erasmus+")


def test_single_quoted_and_dotted_names():
    text = ("Een van de projecten is het project 'Water & Bodem Samen', dat geleid wordt door de "
            "Universiteit Gent. Het project krijgt 2 miljoen euro.\n")
    assert record(text, "single_nl.txt")["projects"][0]["name"] == "Water & Bodem Samen"
    text = ("Le collège participe au projet Erasmus+ E.C.O. (2021 – 2023) avec des écoles "
            "d'Espagne et d'Italie. Le budget est de 30 000 euros.\n")
    assert record(text, "dotted_fr.txt")["projects"][0]["name"] == "E.C.O."


def test_page_title_lines_give_name_and_title():
    # the acronym, then the title, on the page's title line; the acronym written again below
    text = ("AQUANET Sustainable Water Networks for Alpine Towns\n\nCoordinator: Universität Innsbruck (AT)\n\n"
            "The AQUANET consortium of six partners received EUR 2.1 million.\n")
    p = record(text, "acrline_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("AQUANET", "Sustainable Water Networks for Alpine Towns")
    # "Name: a … project" says what the name is
    text = ("Green Cities 2030: an Erasmus+ Project 2021-23\n\nThe partners met in Lyon in March 2022. "
            "The project has five partner schools.\n")
    p = record(text, "typed_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("Green Cities 2030", None)
    # the title line above a line that holds only the code and the name
    text = ("Ochrana mokradí v povodí Moravy a Dyje\n\nLIFE20-NAT-CZ-LIFE Wetlands\n\n"
            "Projekt LIFE20-NAT-CZ-LIFE Wetlands obnoví tůně. Celkový rozpočet projektu: 3.200.000 EUR\n")
    p = record(text, "above_cs.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("LIFE Wetlands", "Ochrana mokradí v povodí Moravy a Dyje")


def test_heading_over_description_with_labelled_facts_below_is_the_name():
    text = ("Spoznajme sa cez hranice\n\nObe obce pripravili spoločné podujatia pre rodiny, seniorov a deti "
            "z oboch strán hranice.\n\nŽiadateľ\n\nObec Lipany\n\nProgram\n\nInterreg V-A Poľsko - Slovensko\n\n"
            "Rozpočet\n\nCelkový rozpočet 12.000 EUR.\n")
    assert record(text, "page_sk.txt")["projects"][0]["name"] == "Spoznajme sa cez hranice"
    # a menu line over another heading is not the page's title
    text = ("Zum Inhalt springen\n\nProjekt-Detail\n\nDie Gemeinden bauen einen Radweg an der Grenze.\n\n"
            "Lead Partner:\n\nGemeinde Furth\n\nProgramm:\n\nInterreg Bayern-Tschechien\n\nGesamtkosten: 80.000 EUR\n")
    assert record(text, "menu_de.txt")["projects"][0]["name"] != "Zum Inhalt springen"


def test_rural_development_programme_keeps_its_words_and_years_in_brackets_before_the_word():
    text = ("Obec Lipová dokončila novú materskú školu.\nProgram rozvoja vidieka SR 2014 – 2022\n"
            "Projekt trval 18 mesiacov.\n")
    assert record(text, "prv_sk.txt")["projects"][0]["programme"] == "Program rozvoja vidieka SR 2014 – 2022"
    text = ("The GREENFIELD project is funded by the European Union through the Horizon 2020 (2014–2020) "
            "programme, under the RIA funding scheme. It runs for 48 months.\n")
    assert record(text, "h2020_en.txt")["projects"][0]["programme"] == "Horizon 2020"


def test_programme_label_with_kind_words_before_the_brand():
    text = ("Tytuł projektu: Wspólne ścieżki rowerowe\nNazwa Programu: Program Współpracy Interreg Polska-Czechy "
            "2021-2027\nCzas trwania projektu: 12 miesięcy\n")
    assert record(text, "label_pl.txt")["projects"][0]["programme"] == "Interreg Polska-Czechy 2021-2027"


def test_name_before_a_naming_word_and_project_word_in_hungarian():
    text = ("A HUSK/1101/2.2.1 ZÖLDHÍD c. projekt a két ország együttműködésével valósult meg. "
            "A projekt teljes költségvetése 420.000 EUR.\n")
    assert record(text, "named_hu.txt")["projects"][0]["name"] == "ZÖLDHÍD"

OWNER_LABELS = [
    ("hr", "Projekt Zelena škola Rab\n\nUkupna vrijednost projekta: 2.400.000,00 HRK\n\n"
           "Sufinanciranje iz Europskog fonda za regionalni razvoj: 2.040.000,00 HRK\n\n"
           "Udio sufinanciranja projektnih partnera: 120.000,00 HRK\n\n"
           "Iznos sufinanciranja iz državnog proračuna: 240.000,00 HRK\n",
     [("2400000.00", "total"), ("2040000.00", "eu_contribution"), ("120000.00", "other"), ("240000.00", "other")]),
    ("hu", "A Zöld Hidak projekt\n\nA projekt teljes költségvetése: 1.200.000,00 EUR\n\n"
           "BNPI költségvetése: 310.000,00 EUR\n",
     [("1200000.00", "total"), ("310000.00", "other")]),
    ("en", "Project RIVERLINK\n\nTotal budget: 800,000.00 EUR\n\nPartner contribution: 40,000.00 EUR\n",
     [("800000.00", "total"), ("40000.00", "other")]),
]


@pytest.mark.parametrize("lang,text,expected", OWNER_LABELS, ids=[n[0] for n in OWNER_LABELS])
def test_budget_label_naming_a_partner_or_an_organisations_budget_is_other(lang, text, expected):
    doc = record(text, f"owner_{lang}.txt")
    assert doc["language"] == lang
    assert [(b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"]] == expected


def test_programme_money_in_billions_and_call_caps_are_not_a_projects_budget():
    text = ("Erasmus+ dispose d'un budget de 26,2 milliards d'euros pour la période 2021-2027. Le projet "
            "VERTS HORIZONS du lycée a un budget de 120 000 euros et réunit quatre partenaires.\n")
    doc = record(text, "billion_fr.txt")
    assert [b["amount"] for p in doc["projects"] for b in p["budgets"]] == ["120000.00"]
    text = ("Im Programm Interreg Bayern-Tschechien werden Kleinprojekte mit bis zu 20.000 Euro gefördert. "
            "Das Projekt „Grenzchor“ wird mit 12.500 Euro gefördert und läuft zwei Jahre.\n")
    doc = record(text, "cap_de.txt")
    assert [b["amount"] for p in doc["projects"] for b in p["budgets"]] == ["12500.00"]


def test_one_figure_with_two_roles_in_one_sentence_is_listed_for_both():
    text = ("The GREENPORT project started in 2020. It receives an EU contribution of EUR 2.0 million "
            "toward a total project budget of EUR 2.0 million.\n")
    doc = record(text, "two_roles_en.txt")
    assert sorted((b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"]) == [
        ("2000000.00", "eu_contribution"), ("2000000.00", "total")]


def test_word_for_one_is_an_article_not_a_count():
    text = ("Zum Projekt „Grenzwege“ gehören ein Lead Partner und ein Projektpartner aus Österreich. "
            "Das Projekt dauert zwei Jahre.\n")
    assert record(text, "one_de.txt")["projects"][0]["stated_partner_count"] is None


ACTIVITY_SHAPES = [
    ("cs", "Projekt Most přátelství propojuje dvě města. Hlavní aktivity projektu (výstava, seminář a "
           "společný festival) proběhnou v roce 2024.\n", ["výstava", "seminář", "společný festival"]),
    ("es", "El proyecto Rías Vivas reúne a seis socios en distintos ámbitos (pesca, turismo, "
           "educación ambiental) durante tres años.\n", ["pesca", "turismo", "educación ambiental"]),
    ("de", "Das Projekt Grenzgarten lief drei Jahre.\n\nDie Hauptaktivitäten des Projekts waren:\n\n"
           "Bau eines Lehrpfads am Fluss\n\nGemeinsame Sommerschule\n\nKräutergarten\n\n"
           "Das Projekt wurde 2019 abgeschlossen.\n",
     ["Bau eines Lehrpfads am Fluss", "Gemeinsame Sommerschule", "Kräutergarten"]),
    ("hu", "A Zöld Kapu projekt keretében Szegeden egy központ jön létre, ahol tanácsadás, képzés, "
           "ismeretterjesztés és szemléletformálás fő tevékenységek valósulnak meg.\n",
     ["tanácsadás", "képzés", "ismeretterjesztés", "szemléletformálás"]),
]


@pytest.mark.parametrize("lang,text,expected", ACTIVITY_SHAPES, ids=[n[0] for n in ACTIVITY_SHAPES])
def test_activities_in_brackets_short_lines_and_before_the_cue(lang, text, expected):
    doc = record(text, f"acts_{lang}.txt")
    assert doc["language"] == lang
    assert [a["text"] for p in doc["projects"] for a in p["activities"]] == expected


def test_inline_activity_list_does_not_cross_a_second_colon():
    text = ("A Lepkés Rétek projekt 2021-ben indult.\n\nA tervezett tevékenységek: A projekt három faj "
            "védelmére koncentrál: kis apolló, nagy tűzlepke, vérfű-hangyaboglárka. A munka 2025-ig tart.\n")
    acts = [a["text"] for p in record(text, "colon_hu.txt")["projects"] for a in p["activities"]]
    assert not any("koncentrál" in a for a in acts)


def test_funding_source_items_without_a_cue_are_other_and_money_pointing_back_to_several_projects_is_skipped():
    text = ("Projekt Zeleni trg Lendava\n\nCelotna vrednost projekta znaša 500.000,00 EUR.\n\n"
            "Viri financiranja:\n\n  • Evropski sklad za regionalni razvoj: 400.000,00 EUR;\n"
            "  • Ministrstvo za okolje: 60.000,00 EUR;\n\nProjekt traja dve leti.\n")
    got = [(b["amount"], b["kind"]) for p in record(text, "sources_sl.txt")["projects"] for b in p["budgets"]]
    assert ("60000.00", "other") in got and ("500000.00", "total") in got
    text = ("Het programma keurde twaalf nieuwe projecten goed. Met deze goedkeuring wordt ruim 40 miljoen euro "
            "geïnvesteerd. Het project Groene Haven krijgt een subsidie van 1,5 miljoen euro.\n")
    got = [b["amount"] for p in record(text, "back_nl.txt")["projects"] for b in p["budgets"]]
    assert "40000000.00" not in got


def test_number_before_an_event_noun_counts_events_not_partners():
    text = ("Projekt Zelené mosty sa skladá zo štyroch stretnutí partnerov v Nitre a v Brne. "
            "Projekt trvá dva roky.\n")
    assert record(text, "meetings_sk.txt")["projects"][0]["stated_partner_count"] is None
    text = "The RIVERSIDE project held three workshops of the partners in Linz and Graz in 2019.\n"
    assert record(text, "meetings_en.txt")["projects"][0]["stated_partner_count"] is None


def test_cue_right_after_the_previous_amount_is_that_amounts_when_this_one_has_its_own():
    text = ("Le projet VIGNES ALPINES coûte 800 000 euros, dont 600 000 euros proviennent du FEDER et "
            "150 000 euros du budget de la Région.\n")
    got = {b["amount"]: b["kind"] for p in record(text, "after_fr.txt")["projects"] for b in p["budgets"]}
    assert got.get("150000.00") == "other"  # not the FEDER cue that follows "600 000 euros"


def test_small_town_in_a_partner_name_gives_its_country():
    found = _partners("Projektpartner:\n\n- Stadt Zittau\n- Gemeente Harlingen\n", "de")
    assert ("Stadt Zittau", "DE", "partner") in found and ("Gemeente Harlingen", "NL", "partner") in found
    # a big city keeps its own country, a person's name is no town
    assert _partners("Partners:\n\n- Université de Lille\n- Fondazione Mario Rossi\n", "en") == [
        ("Université de Lille", "FR", "partner"), ("Fondazione Mario Rossi", None, "partner")]


def test_list_of_organisations_with_countries_below_a_counting_paragraph():
    text = ("Il progetto vede la presenza di 3 scuole di paesi diversi.\n\n"
            "- Istituto Tecnico Galileo Galilei, Vasto - Italia\n- Colegio Santa Ana,Haro - Spagna\n"
            "- Zespół Szkół Technicznych, Rybnik - Polonia\n")
    assert [(n, c) for n, c, _ in _partners(text, "it")] == [
        ("Istituto Tecnico Galileo Galilei", "IT"), ("Colegio Santa Ana", "ES"), ("Zespół Szkół Technicznych", "PL")]
    # a list of meetings with their countries after a sentence without partners or a count is not read
    text = "Le visite si sono svolte così.\n\n- Settimana della scienza, Vasto - Italia\n- Festa finale, Haro - Spagna\n"
    assert _partners(text, "it") == []


def test_lead_named_right_after_its_cue_by_a_long_name():
    text = ("A HUSK/1901/4.1 számú pályázat vezető partnere Kisvárosi Község Önkormányzata, "
            "a projekt 12 hónapig tart.\n")
    assert _partners(text, "hu")[0][:1] == ("Kisvárosi Község Önkormányzata",)
    text = "Nel bando il capofila Comune di Vasto Marina ha presentato la domanda.\n"
    assert [(n, r) for n, _, r in _partners(text, "it")][:1] == [("Comune di Vasto Marina", "lead")]


def test_partner_line_with_a_labelled_country():
    assert _partners("Project Coordinator\nGimnazjum Miejskie Nr 2 & Country: PL\n", "en") == [
        ("Gimnazjum Miejskie Nr 2", "PL", "lead")]
    assert _partners("Koordinátor projektu:\n\nGymnázium Kladno, Stát: Česká republika\n", "cs") == [
        ("Gymnázium Kladno", "CZ", "lead")]


def test_numbered_clause_names_partners_and_remarks_and_acronyms_are_dropped():
    text = ("1. Zmluvné strany sa dohodli na spolupráci pri realizácii projektu v rokoch 2020 až 2023.\n"
            "2. Žiadateľom projektu a príjemcom pomoci poskytnutej Európskou komisiou je Obec Lipany, "
            "projektovými partnermi sú Lesnícky výskumný ústav (ďalej len „ústav“), Horský Klub (HK) "
            "a Technická univerzita vo Zvolene.\n")
    # names and roles: the country is partner_home_body's (a Slovak type word on a page naming no other country)
    found = [(n, r) for n, _, r in _partners(text, "sk")]
    assert ("Lesnícky výskumný ústav", "partner") in found and ("Horský Klub", "partner") in found


def test_numbered_partner_label_names_one_partner_with_its_conjunction():
    text = ("Lead Partner (LP): Green Valley Association\n\n"
            "Project Partner (PP1): Institute of Soil and Water Research\n\n"
            "Project Partner (PP2): Hill Nature Society\n")
    assert [(n, r) for n, _, r in _partners(text, "en")] == [
        ("Green Valley Association", "lead"), ("Institute of Soil and Water Research", "partner"),
        ("Hill Nature Society", "partner")]


def test_partners_one_a_line_below_a_colon_and_a_lead_after_a_dash():
    text = ("Ziel ist ein gemeinsamer Naturpark. Am Projekt teilnehmende Partner:\n\n"
            "Verein zur Förderung des Naturparks\n\nGemeinde Oberwart\n\n"
            "Naturpark Entwicklungsgesellschaft GmbH - Lead-Partner\n\nDas Projekt dauert drei Jahre.\n")
    found = _partners(text, "de")
    assert found[0] == ("Naturpark Entwicklungsgesellschaft GmbH", None, "lead")
    assert ("Gemeinde Oberwart", "AT", "partner") in found and len(found) == 3  # Oberwart is an Austrian town
    text = "Partneri projektu:\n\nObec Lipany – vedúci partner\n\nMesto Sabinov\n"
    assert _partners(text, "sk")[0] == ("Obec Lipany", "SK", "lead")  # Lipany is a Slovak town


@pytest.mark.parametrize("lang,text", [
    ("sk", "Výzva 3: Aj projekt Zelené Mosty je podporený.\n\nProgram je rozdelený do dvoch osí a projekty sa "
           "podporujú v rámci nasledujúcich osí:\n\n  • Prioritná os 1 – Príroda a kultúra: rozpočet 2 000 000 EUR\n"
           "  • Prioritná os 2 – Mobilita: rozpočet 1 500 000 EUR\n"),
    ("en", "The Small Projects Fund supports projects along two axes:\n\n"
           "  • Priority axis 1 – Nature and culture: budget EUR 2,000,000\n"
           "  • PO2 – Cooperation of institutions: budget EUR 1,500,000\n"),
])
def test_priority_axes_listed_like_projects_are_not_projects(lang, text):
    names = [p["name"] for p in record(text, f"axes_{lang}.txt")["projects"]]
    assert not any(n and (n.lower().startswith(("prioritn", "priority", "po")) or n[:2] == "PO") for n in names)


@pytest.mark.parametrize("units,text,expected", [
    (["axe", "axe prioritaire"], "l’axe 3 « Protéger l’environnement »", True),
    (["prioritási tengely"], "2. prioritási tengely: Fenntartható turizmus", True),
    (["po", "priority"], "PO1: 1 833 046,40 EUR", True),
    (["priority", "measure"], "Measures to reduce flood risk", False),
    (["axe"], "Axel Springer", False),
])
def test_programme_unit_labels(units, text, expected):
    from pipeline.section_names import programme_unit
    assert programme_unit(units, text) is expected


def test_inline_themes_of_the_programme_are_not_the_projects():
    text = ("Le projet Rivières Vives réunit quatre partenaires.\n\nIl s’inscrit dans deux thèmes du programme : "
            "l’axe 2 « Préserver la biodiversité » et l’axe 5 « Renforcer la mobilité durable ».\n")
    assert [a for p in record(text, "axes_fr.txt")["projects"] for a in p["activities"]] == []


LISTS_THAT_ARE_NO_WORK = [
    ("cs", "Projekt Zelená Stezka spojuje dvě obce.\n\nAktivity projektu zajišťují tito partneři:\n\nMěsto Třeboň\n\n"
           "Spolek Krajina Pomoraví\n\nZákladní škola Hodonín\n\nProjekt skončí v roce 2026.\n"),
    ("en", "The project River Link started in 2022.\n\nThe activities are funded by the following partners:\n\n"
           "City of Linz\n\nDanube University Krems\n\nRegional Agency Vysočina\n\nThe project ends in 2025.\n"),
    ("de", "Das Projekt Grenzwald startete 2021.\n\nDie Aktivitäten des Projekts:\n\nEFRE-Mittel 400.000 EUR\n\n"
           "Eigenmittel 70.000 EUR\n\nDas Projekt endet 2024.\n"),
    ("pl", "Projekt Zielony Most trwa dwa lata.\n\nDziałania projektu:\n\nkontakt: biuro@zielonymost.pl\n\n"
           "ul. Długa 12, 00 950 Warszawa\n\nProjekt kończy się w 2025 roku.\n"),
]


@pytest.mark.parametrize("lang,text", LISTS_THAT_ARE_NO_WORK, ids=[n[0] for n in LISTS_THAT_ARE_NO_WORK])
def test_short_lines_of_partners_money_or_addresses_are_not_activities(lang, text):
    doc = record(text, f"nowork_{lang}.txt")
    assert doc["language"] == lang
    assert [a["text"] for p in doc["projects"] for a in p["activities"]] == []


@pytest.mark.parametrize("lang,name,expected", [
    ("sl", "2. 3. 2018", False), ("en", "12 May 2019", False), ("de", "2019–2021", False),
    ("fr", "MARS 2", True), ("de", "Brückenpark II", True), ("hr", "5G Hrvatska", True),
])
def test_a_date_after_a_project_cue_is_no_project_name(lang, name, expected):
    from pipeline.section_names import looks_like_name
    assert looks_like_name(name, lang) is expected


def test_numbered_work_packages_and_calls_are_units_not_names():
    from pipeline.section_names import programme_unit, programme_units
    assert programme_unit(("wp", "work package"), "WP1 – Project management")
    assert programme_unit(("arbeitspaket",), "Arbeitspaket 2: Pilotregionen")
    assert programme_unit(programme_units("it"), "Asse prioritario 2 – Ambiente")
    assert programme_unit(programme_units("pl"), "Oś priorytetowa 3. Innowacje")
    assert not programme_unit(programme_units("es"), "Medidas de adaptación al clima")

def test_organisation_type_word_in_lower_case_opens_a_partner_name():
    text = "Projekt podpořil kraj. Vedoucím partnerem projektu je polská obec Zebrzydowice.\n"
    assert _partners(text, "cs")[0] == ("obec Zebrzydowice", "PL", "lead")
    text = "Partnerami projektu są miasto Nowy Sącz, gmina Łącko i Stowarzyszenie Górali.\n"
    names = [n for n, _, _ in _partners(text, "pl")]
    assert "miasto Nowy Sącz" in names and "gmina Łącko" in names
    text = "Partnerzy projektu:\n\nmiasto Krosno miasto Bardejov\n"
    assert [n for n, _, _ in _partners(text, "pl")] == ["miasto Krosno", "miasto Bardejov"]
    # a type word inside a capitalised name does not split it
    text = "Partneri projektu sú Spojená škola Nitra a Gymnázium Levice.\n"
    assert "Spojená škola Nitra" in [n for n, _, _ in _partners(text, "sk")]
    # after "together with" and its article, no name starts: not the lead
    text = "Nuestro centro participa en calidad de coordinador, junto con el instituto Gran Capitán.\n"
    assert all(r != "lead" for _, _, r in _partners(text, "es"))


def test_lead_named_by_a_type_word_right_after_its_cue():
    text = "Dotaci obdrželi vedoucí partner projektu obec Jablunkov, partnerem je město Třinec.\n"
    assert _partners(text, "cs")[0] == ("obec Jablunkov", "CZ", "lead")  # Jablunkov is a Czech town
    text = "Finansowanie otrzymał lider projektu miasto Żywiec wraz z partnerami.\n"
    assert _partners(text, "pl")[0][0::2] == ("miasto Żywiec", "lead")


def test_type_word_name_in_its_country():
    text = "Liderem projektu jest miasto Tarragona w Hiszpanii, a partnerem Stowarzyszenie Kultury.\n"
    assert _partners(text, "pl")[0] == ("miasto Tarragona", "ES", "lead")
    text = "Vedoucím partnerem je obec Hrušov na Slovensku.\n"
    assert _partners(text, "cs")[0] == ("obec Hrušov", "SK", "lead")


def test_partner_country_after_a_slash():
    found = _partners("Project partners:\n\n- Stadtwerke Passau GmbH / DE\n- Jihočeská univerzita / CZ\n"
                      "- Europa-Stadt Zgorzelec / Görlitz\n", "en")
    assert [(n, c) for n, c, _ in found] == [("Stadtwerke Passau GmbH", "DE"), ("Jihočeská univerzita", "CZ"),
                                             ("Europa-Stadt Zgorzelec / Görlitz", None)]


BILATERAL_PROGRAMMES = [
    # a cross-border programme between two countries: its projects are on both sides
    ("cs", "Projekt MOKŘADY je financován z programu Interreg V-A Česká republika – Polsko.\n", ["CZ", "PL"]),
    ("de", "Das Projekt HEIDEWEG wird aus dem Programm Interreg Österreich-Bayern gefördert.\n", ["AT", "DE"]),
    ("it", "Il progetto SENTIERI è finanziato dal programma Interreg Italia-Svizzera.\n", ["CH", "IT"]),
    # three or more countries name a transnational programme
    ("en", "The ORCHARD project is funded by the Interreg Slovakia-Austria-Hungary programme.\n", []),
]


@pytest.mark.parametrize("lang,text,expected", BILATERAL_PROGRAMMES, ids=[f"{c[0]}{n}" for n, c in enumerate(BILATERAL_PROGRAMMES)])
def test_countries_of_a_bilateral_programme(lang, text, expected):
    doc = extract_one(text.encode("utf-8"), f"bil_{lang}.txt", "bil")[0]
    assert sorted(c for p in doc["projects"] for c in p["countries"]) == expected


def test_hyphenated_place_names_are_found_in_every_language():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    for lang, text, cc in (("fr", "La Région Provence-Alpes-Côte d'Azur soutient le projet.", "FR"),
                           ("nl", "De Provincie Noord-Brabant is partner.", "NL"),
                           ("de", "Das Land Sachsen-Anhalt fördert das Projekt.", "DE")):
        assert [h.cc for h in gazetteer.find(text, load(lang)) if h.kind == "region"] == [cc]
    # a dash between spaces keeps two names apart
    hits = gazetteer.find("Interreg Polen - Sachsen", load("de"))
    assert [h.text for h in hits] == ["Polen", "Sachsen"]


def test_country_of_a_municipality_named_after_its_noun():
    from pipeline import gazetteer
    # small places right after (or, in Hungarian and English, before) a municipality word
    assert gazetteer.municipality_in_name("Općina Kamanje") == "HR"
    assert gazetteer.municipality_in_name("Gmina Hażlach") == "PL"
    assert gazetteer.municipality_in_name("Obec Šilheřovice") == "CZ"
    assert gazetteer.municipality_in_name("Comune di Sgonico") == "IT"
    assert gazetteer.municipality_in_name("Öttevény Község Önkormányzata") == "HU"
    # a foreign partner named in its own language inside another language's text
    assert _partners("A projekt partnerei:\n\n- Gmina Píšť\n- Obec Tureň\n", "hu") == [
        ("Gmina Píšť", "CZ", "partner"), ("Obec Tureň", "SK", "partner")]
    # no municipality word, or a word no place of Europe bears alone: no country
    assert gazetteer.municipality_in_name("Základní škola Hať") is None
    assert gazetteer.municipality_in_name("Gemeinde Neustadt") is None


def test_country_sentences_that_count_projects_or_carry_codes_in_names():
    # countries listed beside a count of projects are a programme's, not this project's
    text = "Le programme finance 12 projets en France, Italie, Irlande et Finlande. Le projet VERGERS débute en mai.\n"
    doc = extract_one(text.encode("utf-8"), "cnt_fr.txt", "cnt")[0]
    assert all(p["countries"] == [] for p in doc["projects"])
    # an accented word is not an unaccented place's other name; a code opening a name is an acronym
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.find("Obec Tureň", load("sk")) == []
    assert _partners("Partneri projekta:\n\n- TZ Grada Karlovca\n", "hr")[0][1] != "TZ"


def test_countries_of_a_compound_of_two_country_adjectives():
    for lang, text, expected in (
            ("cs", "Projekt BROD posílí spolupráci v česko-polském příhraničí.\n", ["CZ", "PL"]),
            ("de", "Das Projekt WASSERWEG stärkt die deutsch-niederländische Zusammenarbeit im Bildungswesen.\n",
             ["DE", "NL"]),
            ("hu", "A HATÁRTALAN projekt a magyar-szlovák határ mentén működik.\n", ["HU", "SK"])):
        doc = extract_one(text.encode("utf-8"), f"adj_{lang}.txt", "adj")[0]
        assert sorted(c for p in doc["projects"] for c in p["countries"]) == expected, lang


def test_town_after_a_preposition_in_an_inflected_case():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.town_in_name("Gymnázium v Kroměříži", load("cs")) == "CZ"
    assert gazetteer.town_in_name("Politechnika w Krakowie", load("pl")) == "PL"
    assert gazetteer.town_in_name("Sveučilište u Puli", load("hr")) == "HR"
    assert gazetteer.town_in_name("Muzeum v Přírodě", load("cs")) is None


def test_compound_provinces_locate_their_organisations():
    from pipeline.extractors import partner_countries  # noqa: F401  (country_of reads the gazetteer)
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert [h.cc for h in gazetteer.find("Provincie West-Vlaanderen", load("nl"))] == ["BE"]
    assert [h.cc for h in gazetteer.find("Provincia di Ascoli Piceno", load("it"))] == ["IT"]


def _project_names(text: str, name: str) -> list:
    return [p["name"] for p in record(text, name)["projects"]]


def test_projects_opened_by_their_name_and_lead():
    text = ("Der Begleitausschuss hat am 12. März 2024 zwei neue Projekte genehmigt.\n\n"
            "HYDROLINK – Leadpartner: Technische Universität Graz: Ziel des Projekts ist der Aufbau eines "
            "grenzüberschreitenden Netzes von Wasserstofftankstellen für Busse und Lastwagen.\n\n"
            "Silva Verde – Leadpartner: Gemeinde Bad Leonfelden: Das Projekt entwickelt gemeinsame Wanderwege "
            "und Angebote für Besucher im Grenzwald zwischen beiden Ländern.\n")
    assert _project_names(text, "de.txt") == ["HYDROLINK", "Silva Verde"]
    text = ("Deux projets ont été retenus par le comité de suivi du programme.\n\n"
            "Le projet AQUALAC, porté par l'Université de Lausanne, étudie la qualité des eaux du lac et ses "
            "effets sur la pêche professionnelle.\n\n"
            "BIOSOL, porté par la Chambre d'agriculture du Doubs, est un projet de recherche sur la fertilité "
            "des sols et les pratiques agricoles durables.\n")
    assert _project_names(text, "fr.txt") == ["AQUALAC", "BIOSOL"]


def test_partner_descriptions_are_not_projects():
    # a role after the name, then a sentence: a partner's description, not a project's
    text = ("The project GreenPort brings together four partners from three countries to cut emissions in ports.\n\n"
            "Port of Rotterdam – Lead Partner. The port authority manages the largest port in Europe and "
            "hosts the pilot actions of the project.\n\n"
            "University of Gdansk – coordinator of the work on data collection and the monitoring of emissions "
            "in the three ports.\n")
    assert len(record(text, "en.txt")["projects"]) == 1


def test_titles_over_units_that_repeat_a_period_label():
    text = ("Een overzicht van de goedgekeurde projecten:\n\n"
            "* Groene Grens\nHet project legt nieuwe fietsroutes aan tussen de dorpen aan beide kanten van de grens.\n\n"
            "Projectduur: 01/01/2024 - 31/12/2026\n\nToegekende subsidie: 850.000 euro\n\n"
            "* Slimme Zorg\nDit project ontwikkelt digitale hulpmiddelen voor de thuiszorg in de grensregio.\n\n"
            "Projectduur: 01/04/2024 - 31/03/2027\n\nToegekende subsidie: 1.200.000 euro\n")
    assert _project_names(text, "nl.md") == ["Groene Grens", "Slimme Zorg"]
    # phases with their dates and nothing more are not projects
    text = ("The project SOILCARE runs in two phases and helps farmers to keep their soils healthy.\n\n"
            "* Pilot phase\nFarmers in three regions test the new methods on their own fields.\n\n"
            "Duration: 01/2020 - 12/2021\n\n"
            "* Roll-out phase\nThe methods are offered to all the farmers of the regions.\n\n"
            "Duration: 01/2022 - 12/2023\n")
    assert len(record(text, "en.md")["projects"]) == 1


def test_list_of_projects_with_a_plainly_written_name():
    text = ("La Commissione europea ha selezionato i seguenti progetti integrati del programma LIFE:\n\n"
            "- Alpine Water Network, Austria (12 milioni di euro);\n"
            "- LIFE-IP AQUA, Slovenia (15 milioni di euro);\n"
            "- GREENRIVER, Italia (10 milioni di euro).\n")
    assert _project_names(text, "it.md") == ["Alpine Water Network", "LIFE-IP AQUA", "GREENRIVER"]


def test_quoted_name_after_the_programme():
    text = ("Profesoara de limba engleză coordonează noul proiect Erasmus+ “Green Minds Together”, "
            "cu un buget de 30.000 euro, la Liceul Teoretic din Brașov.\n\n"
            "Școala a prezentat și proiectul Erasmus+ “SMART – Students Making Art and Research Together”, "
            "finanțat cu 25.000 euro.\n")
    assert _project_names(text, "ro.txt") == ["Green Minds Together", "SMART"]


def test_paragraph_reporting_project_after_project():
    text = ("Il Comune di Pesaro ha ottenuto finanziamenti per due progetti europei: il progetto Marenostro per "
            "la tutela delle coste (partner la Città di Zara e l'Università di Spalato) e il progetto Velabus per "
            "la mobilità sostenibile (partner la Regione Marche e il Comune di Fano).\n")
    assert _project_names(text, "it.txt") == ["Marenostro", "Velabus"]
    text = ("Im Projekt „RiverLink“ arbeiten die Stadt Passau und die Gemeinde Schärding zusammen, das Budget "
            "beträgt 1,2 Mio. Euro. Im zweiten Projekt „GrenzGesund“ erhalten Kliniken beider Länder eine "
            "Förderung von 800.000 Euro.\n")
    assert _project_names(text, "de.txt") == ["RiverLink", "GrenzGesund"]
    # a project a paragraph builds on is no project of its own when the text goes on about its own
    text = ("The project SMARTGRID, with a budget of 2 million euro, builds on the project EnerNet, coordinated "
            "by the University of Porto. The SMARTGRID partners will test the new tools in five cities.\n")
    assert _project_names(text, "en.txt") == ["SMARTGRID"]


def test_field_labels_are_not_project_names():
    from pipeline.section_names import label_value
    for text, lang in (("Start Date", "en"), ("Total Duration 24", "en"), ("Exchange of Good Practices Project Title", "en"),
                       ("Data di inizio", "it"), ("Laufzeit", "de"), ("Date de fin", "fr")):
        assert label_value(text, lang), text
    for text, lang in (("ClusterCOOP", "en"), ("Smart Production", "de"), ("Zero Waste Blue", "it")):
        assert not label_value(text, lang), text


OPERATIONAL = [
    ("cs", "Projekt ZELENÁ ŠKOLA je spolufinancován z Operačního programu Životní prostředí. Škola zateplí dvě budovy.\n",
     "Operační program Životní prostředí"),
    ("sk", "Projekt MOSTY bol podporený v rámci Operačného programu Integrovaná infraštruktúra 2014-2020 a potrvá dva roky.\n",
     "Operačný program Integrovaná infraštruktúra 2014-2020"),
    ("pl", "Projekt „Cyfrowa gmina” jest współfinansowany ze środków Regionalnego Programu Operacyjnego Województwa "
           "Lubuskiego. Gmina kupi sto komputerów.\n", "Regionalny Program Operacyjny Województwa Lubuskiego"),
    ("sl", "Projekt VODOVOD je sofinanciran iz Operativnega programa »Razvoj okolja in prometne infrastrukture« "
           "in bo zaključen leta 2015.\n", "Operativni program »Razvoj okolja in prometne infrastrukture«"),
    ("ro", "Proiectul Școala Verde este finanțat prin intermediul Programului Operațional Regional 2014-2020 și "
           "durează doi ani.\n", "Programul Operațional Regional 2014-2020"),
]


@pytest.mark.parametrize("lang,text,expected", OPERATIONAL, ids=[o[0] for o in OPERATIONAL])
def test_inflected_operational_programme_is_named_in_the_nominative(lang, text, expected):
    doc = record(text, f"op_{lang}.txt")
    assert doc["language"] == lang
    assert doc["projects"][0]["programme"] == expected


def test_operational_programme_outside_a_sentence_about_funding_or_without_a_name_is_not_read():
    # a committee of a programme is not the project's funding; a phrase with no name after it names nothing
    text = ("Klaster ROZVOJ združuje 40 firiem. Riaditeľ je členom Monitorovacieho výboru pre Operačný program "
            "Výskum a inovácie.\n")
    assert all(p["programme"] is None for p in record(text, "opc_sk.txt")["projects"])
    text = "Projekt STROM je spolufinancován z operačního programu, který řídí ministerstvo.\n"
    assert all(p["programme"] is None for p in record(text, "opn_cs.txt")["projects"])


def test_a_quoted_sentence_in_another_language_names_the_project_with_its_own_project_word():
    text = ("Notre collège participe au projet Erasmus+ SEAWAYS (2021 – 2023).\n\n"
            "Our students will travel to Spain and Portugal next spring. They will meet pupils from four "
            "countries, learn about the oceans and present their work to the families at the end of the year.\n")
    doc = record(text, "mixed_en.txt")
    assert doc["language"] == "en"
    assert doc["projects"][0]["name"] == "SEAWAYS"
    text = ("Die Gemeinde ist Partner im progetto VALLIS.\n\nDie Schülerinnen und Schüler besuchen im Frühling "
            "die Partnerschulen in Südtirol und arbeiten gemeinsam an einer Ausstellung über die Alpen.\n")
    doc = record(text, "mixed_de.txt")
    assert doc["language"] == "de"
    assert doc["projects"][0]["name"] == "VALLIS"


TITLED = [
    # a labelled title that gives the acronym after a dash
    ("sk", "Názov projektu: Obnova historických mostov v pohraničí – BRIDGES\nRozpočet projektu: 1 200 000 EUR\n"
           "Projekt sa realizuje v rámci programu Interreg V-A Slovenská republika – Rakúsko.\n",
     ("BRIDGES", "Obnova historických mostov v pohraničí")),
    ("en", "Project title: Smart Water Management in Alpine Towns – SWAT\nTotal budget: EUR 1.5 million\n"
           "The project brings together six towns from Austria and Italy.\n",
     ("SWAT", "Smart Water Management in Alpine Towns")),
    # the quoted full title between the acronym and "is a project"
    ("it", "VERDE “Valorizzazione delle Risorse Ecologiche del Delta” è un progetto finanziato dal Programma "
           "Interreg Italia-Croazia. Partecipano sei partner.\n",
     ("VERDE", "Valorizzazione delle Risorse Ecologiche del Delta")),
    ("en", "RIVERS “Restoring Inland Valleys and Estuaries” is a project of six regions funded by Interreg Europe.\n",
     ("RIVERS", "Restoring Inland Valleys and Estuaries")),
]


@pytest.mark.parametrize("lang,text,expected", TITLED, ids=[t[0] + str(n) for n, t in enumerate(TITLED)])
def test_title_with_its_acronym_after_a_dash_or_a_quoted_title_after_the_acronym(lang, text, expected):
    doc = record(text, f"titled_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    assert (p["name"], p["title"]) == expected


def test_a_dash_in_a_labelled_title_without_an_acronym_keeps_the_title_whole():
    text = ("Název projektu: Obnova mlýna – naučná stezka v Podkrkonoší\nCelkové náklady: 1 200 000 Kč\n"
            "Projekt podpořila Evropská unie.\n")
    p = record(text, "dash_cs.txt")["projects"][0]
    assert p["name"] == "Obnova mlýna – naučná stezka v Podkrkonoší"


def test_programme_years_with_a_slash_and_a_strand_after_the_country_pair():
    text = ("Le projet CIMES fait partie du Programme Interreg Italie-France Alcotra 2021/2027. Il réunit "
            "huit partenaires des deux côtés des Alpes.\n")
    p = record(text, "alcotra_fr.txt")["projects"][0]
    assert p["programme"] == "Interreg Italie-France Alcotra 2021/2027"


def test_cluster_long_name_followed_by_its_short_name():
    text = ("Śląski Klaster Energii Odnawialnej SolarSilesia skupia 40 firm i trzy uczelnie. "
            "SolarSilesia powstał w 2015 roku.\n")
    p = record(text, "cl_pl.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("SolarSilesia", "Śląski Klaster Energii Odnawialnej")


def test_name_after_a_lowercase_cluster_word_and_a_name_read_again_with_words_after_it():
    text = ("Întâlnirea a avut loc la Oradea. Membrii clusterului AGROVEST au semnat statutul, iar "
            "clusterul AGROVEST va organiza o conferință în mai.\n")
    assert record(text, "cl_ro.txt")["projects"][0]["name"] == "AGROVEST"
    # an event opened by a cluster word is weaker than the project named after the project word;
    # the run that reads on into a person's name is the same project
    text = ("Manažéri klastrov sa stretli na podujatí Cluster Matching Day v Žiline. Podujatie zorganizovala "
            "agentúra v rámci projektu InnoLink. Otvoril ho koordinátor projektu InnoLink Peter Novák.\n")
    assert record(text, "cl_sk.txt")["projects"][0]["name"] == "InnoLink"


ACRONYM_NAMED = [
    ("en", "The committee approved a project with the acronym BLUE CORRIDOR in the first call. The partners "
           "will restore wetlands along the river.\n", "BLUE CORRIDOR"),
    ("de", "Der Ausschuss genehmigte ein Projekt mit dem Akronym GRENZWASSER. Die Partner sanieren gemeinsam "
           "Feuchtgebiete entlang der Grenze.\n", "GRENZWASSER"),
    ("cs", "Výbor schválil projekt s akronymem VODNÍ CESTA v prvním kole výzvy. Partneři obnoví mokřady "
           "podél řeky.\n", "VODNÍ CESTA"),
]


@pytest.mark.parametrize("lang,text,expected", ACRONYM_NAMED, ids=[a[0] for a in ACRONYM_NAMED])
def test_name_after_a_phrase_that_gives_the_acronym(lang, text, expected):
    doc = record(text, f"acr_{lang}.txt")
    assert doc["language"] == lang
    assert doc["projects"][0]["name"] == expected


def test_acronym_with_its_long_form_a_word_after_the_project_word():
    text = ("Le collège présente le projet pédagogique GREEN (Gardens for Recycling and Energy Education Now, "
            "soit un réseau d'éducation) à ses partenaires italiens et polonais.\n")
    p = record(text, "acrlong_fr.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("GREEN", "Gardens for Recycling and Energy Education Now")


def test_amounts_codes_and_organisations_after_a_project_word_are_not_names():
    text = ("Název projektu: Zelené školní zahrady\n\nCelkové náklady projektu 52 300,00 EUR\n\n"
            "Kód projektu ITMS: 30410220011\n")
    p = record(text, "nm_cs.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("Zelené školní zahrady", None)
    text = ("Dzięki dofinansowaniu z funduszy unijnych w ramach projektu Gminy Lipowa powstała nowa ścieżka "
            "rowerowa o długości 12 km.\n")
    for p in record(text, "org_pl.txt")["projects"]:
        assert p["name"] != "Gminy Lipowa"


def test_acronym_label_and_value_on_one_line_without_a_colon():
    text = "Project Title\nRivers Across Borders\n\nProject Acronym RIVAB\n\nDuration 24 months\n"
    p = record(text, "form_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("RIVAB", "Rivers Across Borders")


def _budgets(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = record(text, f"budg_{lang}.txt")
    assert doc["language"] == lang
    return [(b["amount"], b["currency"], b["kind"]) for p in doc["projects"] for b in p["budgets"]]


def test_a_grant_made_of_eu_and_national_money_is_other():
    text = ("Projekt „Zielone Podwórka” realizuje gmina Lubomia.\nWartość projektu: 50 000,00 €\n"
            "Dofinansowanie: 45 000,00 €, w tym EFRR: 42 500,00 € oraz budżet państwa: 2 500,00 €\n")
    assert ("45000.00", "EUR", "other") in _budgets(text, "pl")
    assert ("42500.00", "EUR", "eu_contribution") in _budgets(text, "pl")
    text = ("Projekt „Zeleni park” provodi Općina Vrsar.\n\nVRIJEDNOST PROJEKTA: 200.000,00 kn\n\n"
            "UKUPAN IZNOS POTPORE: 180.000,00 kn\n\nIZNOS SUFINANCIRANJA IZ EU FONDOVA: 153.000,00 kn\n\n"
            "IZNOS SUFINANCIRANJA IZ DRŽAVNOG PRORAČUNA: 27.000,00 kn\n")
    assert ("180000.00", "HRK", "other") in _budgets(text, "hr")


def test_a_part_after_of_which_without_a_cue_of_its_own_is_other():
    text = ("Proiectul „Poduri verzi” este implementat de comuna Sacu. Valoarea totală a proiectului este "
            "de 900.000 de euro, din care 300.000 de euro revin comunei Sacu.\n")
    assert _budgets(text, "ro") == [("900000.00", "EUR", "total"), ("300000.00", "EUR", "other")]


def test_partner_budget_labels_and_rows_named_by_partners():
    text = ("Projekt ZELENÁ CESTA\n\nRozpočet projektu: 2 000 000,00 EUR\nNázov partnera: Obec Lúčky\n"
            "Rozpočet partnera: 600 000,00 EUR\n")
    assert _budgets(text, "sk") == [("2000000.00", "EUR", "total"), ("600000.00", "EUR", "other")]
    text = ("Projekt Most přátelství spojuje obce na obou stranách hranice.\n\nCelkové náklady projektu 90 000,00 EUR\n\n"
            "Obec Lipová Celkem 40 000,00 EUR / Dotace 34 000,00 EUR\n\n"
            "Gmina Głuchołazy Celkem 50 000,00 EUR / Dotace 42 500,00 EUR\n")
    assert _budgets(text, "cs") == [("90000.00", "EUR", "total"), ("40000.00", "EUR", "other"),
                                    ("34000.00", "EUR", "other"), ("50000.00", "EUR", "other"),
                                    ("42500.00", "EUR", "other")]


def test_a_cue_followed_by_and_closes_the_clause_of_the_amount_before():
    text = ("Le projet VERGERS relie les communes du Jura. Le budget total du projet est de 800 000 euros, dont "
            "600 000 euros proviennent du Fonds européen de développement régional et environ 200 000 euros "
            "du budget de la Région.\n")
    assert _budgets(text, "fr") == [("800000.00", "EUR", "total"), ("600000.00", "EUR", "eu_contribution"),
                                    ("200000.00", "EUR", "other")]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Projekt GRENZWALD\n\nAm 12. März 2024 tagte der Lenkungsausschuss des Projekts in Linz.\n",
     [("2024-03-12", None)]),
    ("fr", "Projet RIVIÈRES\n\nLes partenaires se sont réunis le jeudi 7 mars 2024 à Annecy pour le comité de pilotage.\n",
     [("2024-03-07", None)]),
    ("sk", "Projekt ZELENÉ MESTÁ\n\nZástupcovia partnerov sa stretli 5. apríla 2022 v Trnave na spoločnom podujatí.\n",
     [("2022-04-05", None)]),
    ("fr", "Projet CÔTES\n\nLe 9 juin 2021, cent personnes ont assisté à l’évènement de lancement du projet à Brest.\n",
     [("2021-06-09", None)]),
])
def test_meetings_told_by_their_verb_and_launch_events(lang, text, expected):
    doc = record(text, f"meet_{lang}.txt")
    assert doc["language"] == lang
    assert [(e["date"], e["end"]) for e in doc["events"]] == expected


def test_an_event_reported_twice_is_listed_once():
    text = ("Project BRIDGES\n\nThe partners held the opening conference in Graz on 3 May 2023.\n\n"
            "The opening conference of the project was held on 3 May 2023 in Graz with 80 guests.\n")
    assert [(e["date"], e["end"]) for e in record(text, "twice_en.txt")["events"]] == [("2023-05-03", None)]


def test_start_and_end_verbs_after_the_date_and_its_year_mark():
    text = ("U ponedjeljak, 3. travnja 2023. godine započeo je projekt „Zeleni grad” koji provodi "
            "Grad Pazin s partnerima iz Slovenije.\n")
    assert _period(text, "verb_hr.txt")[0] == "2023-04-03"
    text = ("Liceul a prezentat proiectul Erasmus+ „GREEN SCHOOLS”, încheiat la data de 30 iunie 2022, "
            "în fața profesorilor din județ.\n")
    assert _period(text, "verb_ro.txt")[1] == "2022-06-30"


def test_money_for_several_projects_named_by_a_pronoun_is_not_the_projects():
    text = ("Projet LACS\n\nLe comité de suivi a sélectionné quatre projets. Ils bénéficieront d’un soutien de "
            "plus de 2,1 millions d’euros de FEDER.\n")
    assert _budgets(text, "fr") == []
    text = ("Project LAKES\n\nThe committee selected five projects. They will receive EUR 3.2 million "
            "of ERDF funding.\n")
    assert _budgets(text, "en") == []


def test_counted_noun_at_the_end_of_a_hyphenated_compound():
    text = ("Project RIVERS\n\nHet project RIVERS bouwt aan kennis over water. Dat gebeurt tussen de zes "
            "RIVERS-partners en andere spelers.\n")
    assert record(text, "compound_nl.txt")["projects"][0]["stated_partner_count"] == 6


def test_a_long_range_is_the_projects_period_not_an_event():
    text = ("Projet FORÊTS\n\nLe projet FORÊTS, présenté et lancé le mardi 7 mars au siège de la Région, a une "
            "durée de 24 mois, à titre indicatif du 1er avril 2023 au 31 mars 2025.\n")
    doc = record(text, "long_fr.txt")
    assert (doc["projects"][0]["start"], doc["projects"][0]["end"]) == ("2023-04-01", "2025-03-31")
    assert all(e["end"] != "2025-03-31" for e in doc["events"])


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "Project BUREN\n\nHet project BUREN verbindt twee steden. Het accent ligt op de thema’s 'natuur & water', "
           "'cultuur & erfgoed' en 'jeugd & sport'. De partners werken samen.\n",
     ["natuur & water", "cultuur & erfgoed", "jeugd & sport"]),
    ("fr", "Projet ÉCOLES\n\nLes équipes ont défini chaque volet du projet : « Lire ensemble », « Chanter l’Europe » "
           "et « Courir sans frontières ».\n",
     ["Lire ensemble", "Chanter l’Europe", "Courir sans frontières"]),
    ("en", "Project BRIDGE\n\nThe project BRIDGE joins two towns. Its main activities are “Open Kitchens”, "
           "“Bridge Runs” and “Story Nights”.\n",
     ["Open Kitchens", "Bridge Runs", "Story Nights"]),
])
def test_quoted_names_after_a_cue_are_items(lang, text, expected):
    doc = record(text, f"quoted_{lang}.txt")
    assert doc["language"] == lang
    assert [a["text"] for p in doc["projects"] for a in p["activities"]] == expected


def test_a_sentence_that_lists_several_dated_events():
    text = ("Projekt GRANICA\n\nNajważniejsze działania: wystawa w Bielsku – październik 2016, jarmark w Cieszynie – "
            "grudzień 2016, warsztaty w Ustroniu – marzec 2017.\n")
    assert [(e["date"], e["end"]) for e in record(text, "several_pl.txt")["events"]] == [
        ("2016-10", None), ("2016-12", None), ("2017-03", None)]
    # a start date and an event's date in one sentence: only the event
    text = ("Project RIVERS\n\nThe project started on 1 March 2019 and the opening conference took place on "
            "12 April 2019 in Vienna.\n")
    assert [(e["date"], e["end"]) for e in record(text, "several_en.txt")["events"]] == [("2019-04-12", None)]


def test_a_bare_programme_brand_takes_the_fuller_form_written_later():
    text = ("Voortbouwend op eerdere Interreg-programmaperiodes werkt het project GRENSWERK met zes partners.\n\n"
            "Interreg V subsidie\n\nTotale subsidiabele kosten: € 1.200.000\n")
    assert record(text, "fuller_nl.txt")["projects"][0]["programme"] == "Interreg V"
    text = ("Programma LIFE – progetti integrati\n\nIl progetto AQUAVIVA ripristina tre fiumi. Il programma "
            "europeo LIFE 2014-2020 finanzia progetti per l'ambiente.\n")
    assert record(text, "fuller_it.txt")["projects"][0]["programme"] == "LIFE 2014-2020"


def test_quotation_closed_before_the_acronym_in_brackets_is_the_title():
    text = ("Das gemeinsam mit vier Partnern eingereichte Projekt „Grüne Wege entlang der bayerisch-böhmischen "
            "Grenze“ (GW BY-CZ) ist genehmigt. Die ersten Ideen zu GW BY-CZ entstanden 2019.\n")
    p = record(text, "qacr_de.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("GW BY-CZ", "Grüne Wege entlang der bayerisch-böhmischen Grenze")


def test_capitalised_programme_phrase_after_the_brand_is_part_of_its_name():
    text = ("A projekt az Interreg V-A Magyarország – Horvátország Együttműködési Program támogatásával valósul meg, "
            "a partnerek két kerékpárutat építenek.\n")
    p = record(text, "hu_prog.txt")["projects"][0]
    assert p["programme"] == "Interreg V-A Magyarország – Horvátország Együttműködési Program"
    text = "Interreg Europe\nFunded by the European Union\n\nThe project SOLARIS brings together eight regions.\n"
    assert record(text, "funded_en.txt")["projects"][0]["programme"] == "Interreg Europe"


def test_initiative_with_a_quoted_name_opens_a_project():
    text = ("La universidad liderará dos proyectos transfronterizos del programa POCTEP.\n\n"
            "Así, se pondrá en marcha la iniciativa 'Navalia', coordinada por el departamento de Ingeniería "
            "Naval, con un presupuesto de 1,1 millones de euros.\n\n"
            "Por otra parte, el proyecto 'MarViva' contará con un presupuesto de 900.000 euros y será "
            "coordinado por el Centro de Ciencias del Mar.\n")
    assert _project_names(text, "es.txt") == ["Navalia", "MarViva"]
    # an apostrophe inside words quotes nothing: "un’iniziativa" names no project
    text = ("C’è anche un’iniziativa italiana tra i progetti selezionati dalla Commissione, con un budget "
            "di 17 milioni di euro: il progetto GESTIRE 2020 della Regione Lombardia.\n")
    (name,) = _project_names(text, "it.txt")
    assert name.startswith("GESTIRE 2020")


def test_projects_enumerated_then_one_paragraph_each():
    text = ("De provincie steunt drie nieuwe Interreg-projecten. De projecten zijn Waterpoort, Slimme Delta en Kustlab.\n\n"
            "Waterpoort verbindt de havens van Vlissingen en Gent en ontvangt een subsidie van 1,2 miljoen euro.\n\n"
            "Het project Slimme Delta ontwikkelt sensoren voor de dijken en heeft een begroting van 800.000 euro.\n\n"
            "Kustlab is een proeftuin voor kustbescherming met een looptijd van drie jaar, van 2024 tot 2027.\n")
    assert _project_names(text, "nl.txt") == ["Waterpoort", "Slimme Delta", "Kustlab"]
    # places listed after "projects" are where the projects run, not their names
    text = ("The programme funds projects in Austria, Slovenia and Croatia with 12 million euro.\n\n"
            "Austria receives the largest share, with a budget of 5 million euro for research.\n\n"
            "Slovenia follows with 4 million euro for tourism and culture along the border.\n")
    assert len(record(text, "en.txt")["projects"]) <= 1


def test_partner_descriptions_with_a_role_label_are_not_projects():
    text = ("Das Projekt AlpenWasser verbindet Forschung und Verwaltung im Alpenraum.\n\n"
            "Die Projektpartner:\n\n"
            "Universität Innsbruck – Koordinator: Die Universität leitet die Messungen an den Gletschern und "
            "organisiert die Abschlusskonferenz im Jahr 2025.\n\n"
            "Landesamt Bozen – Leadpartner: Das Amt verwaltet die Daten der Pegelstationen und betreut die "
            "Pilotregionen im Vinschgau.\n")
    assert len(record(text, "de.txt")["projects"]) == 1


def test_a_labels_value_without_currency_after_amounts_in_one_currency():
    text = ("Proyecto FAROLAS\n\nEl ayuntamiento renueva el alumbrado público del municipio.\n\n"
            "INVERSIÓN TOTAL: 120.000,00€\n\nIMPORTE DE LA AYUDA FEDER: 96.000,00€\n\n"
            "APORTACIÓN MUNICIPAL CON RECURSOS PROPIOS: 24.000,00 (20% DEL PROYECTO)\n")
    assert ("24000.00", "EUR", "other") in _budgets(text, "es")
    # a number that is no amount of money stays out: a year, a count
    text = ("Proyecto FAROLAS\n\nEl ayuntamiento renueva el alumbrado público del municipio.\n\n"
            "INVERSIÓN TOTAL: 120.000,00€\n\nPUNTOS DE LUZ RENOVADOS EN EL MUNICIPIO: 1.250\n")
    assert _budgets(text, "es") == [("120000.00", "EUR", "total")]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Proyecto RAÍCES\n\nDel 4 al 9 de marzo de 2019 cinco alumnos participaron en la movilidad del proyecto en Oporto.\n",
     [("2019-03-04", "2019-03-09")]),
    ("pl", "Projekt KORZENIE\n\nW dniach 4-9 marca 2019 r. uczniowie wzięli udział w wymianie w Porto.\n",
     [("2019-03-04", "2019-03-09")]),
])
def test_a_mobility_of_a_few_days_is_an_event(lang, text, expected):
    doc = record(text, f"mobility_{lang}.txt")
    assert doc["language"] == lang
    assert [(e["date"], e["end"]) for e in doc["events"]] == expected


def test_a_mobility_project_is_no_mobility_event():
    text = ("Project INF4\n\nJanuary 18, 2002. The new mobility project (called INF4) was presented to the "
            "national agency.\n")
    assert record(text, "mobproject_en.txt")["events"] == []
    text = ("Projet INF4\n\nLe 18 janvier 2002, le projet de mobilité a été présenté à l’agence nationale à Paris.\n")
    assert record(text, "mobproject_fr.txt")["events"] == []


def test_beneficiary_label_names_a_partner_not_the_lead():
    # GUIDELINES: a project's beneficiary or applicant is a partner; lead only under a lead cue
    # (the village after "Obec" gives the country, from villages.json)
    assert _partners("Projekt: Most přátelství\nPříjemce: Obec Horní Lhota\n", "cs") == [
        ("Obec Horní Lhota", "CZ", "partner")]
    assert [n for n, _, r in _partners("Beneficjent: Stowarzyszenie Dolina Bobru\n", "pl") if r == "partner"] == [
        "Stowarzyszenie Dolina Bobru"]
    assert [r for _, _, r in _partners("Beneficiarul proiectului: Asociația Valea Mureșului\n", "ro")] == ["partner"]
    assert [n for n, _, _ in _partners("Bénéficiaire : Association Les Jardins du Nord\n", "fr")] == [
        "Association Les Jardins du Nord"]


def test_subject_of_a_partner_role_after_a_copula_or_as():
    found = _partners("Vedoucím partnerem je obec Dolany, město Kopřivnice je partnerem projektu.\n", "cs")
    assert ("město Kopřivnice", "partner") in [(n, r) for n, _, r in found]
    found = _partners("Liceul Teoretic Mihai Viteazul este beneficiarul unui proiect Erasmus+.\n", "ro")
    assert ("Liceul Teoretic Mihai Viteazul", "partner") in [(n, r) for n, _, r in found]
    found = _partners("The Regional Development Agency of Styria is a partner in the project.\n", "en")
    assert [r for _, _, r in found] == ["partner"]
    found = _partners("Partnerem projektu je Moravskoslezský kraj.\n", "cs")
    assert [n for n, _, _ in found] == ["Moravskoslezský kraj"]
    # a person is not a partner, nor a noun phrase without a name
    assert _partners("Ing. Jan Novák je partnerem firmy.\n", "cs") == []
    assert ("Projekt", None, "partner") not in _partners("Das Projekt ist ein Partner der Region.\n", "de")


def test_together_with_names_partners_beside_a_named_subject():
    found = _partners("Asociația Valea Someșului împreună cu Universitatea Babeș-Bolyai și Primăria Dej "
                      "organizează proiectul.\n", "ro")
    assert [n for n, _, _ in found] == ["Asociația Valea Someșului", "Universitatea Babeș-Bolyai", "Primăria Dej"]
    found = _partners("Samen met Hogeschool Zeeland, HZ University en Gemeente Vlissingen werken ze aan het project.\n", "nl")
    assert [n for n, _, _ in found] == ["Hogeschool Zeeland", "HZ University", "Gemeente Vlissingen"]
    # no named subject and not the sentence's opening: a person's company, not partners
    assert _partners("Der Bürgermeister kam zusammen mit seiner Frau Anna Berger.\n", "de") == []
    assert _partners("Za Gorico, ki skupaj z Novo Gorico nosi naslov prestolnice.\n", "sl") == []


def test_lead_label_inside_a_sentence_ends_at_a_colon_or_a_described_dash():
    text = "Spezifisches Ziel 2.1: Umwelt GREENLINK – Leadpartner: Jihočeský kraj: Ziel des Projekts ist ein Radweg.\n"
    assert _partners(text, "de")[0][0::2] == ("Jihočeský kraj", "lead")
    text = ("Spezifisches Ziel 1.1: Forschung NANOFAB – Leadpartner: Technische Universität Wien - Ziel des Projekts ist "
            "die Entwicklung neuer Werkstoffe.\n")
    assert _partners(text, "de")[0][0::2] == ("Technische Universität Wien", "lead")


def test_lead_after_the_programme_or_a_titled_person_is_not_them():
    text = "Az Erasmus+ program koordinátora a Debreceni Református Kollégium Gimnáziuma volt.\n"
    assert ("Erasmus+ program", "lead") not in [(n, r) for n, _, r in _partners(text, "hu")]
    text = "Echipa școlii este reprezentată de: prof. Ioana Marin (coordonator).\n"
    assert all(r != "lead" for _, _, r in _partners(text, "ro"))


def test_lead_named_after_its_cue_behind_an_article_or_in_apposition():
    text = "Il Lead Partner Comune di Gorizia, e i partner Univerza v Novi Gorici e GECT GO hanno firmato.\n"
    assert _partners(text, "it")[0][0::2] == ("Comune di Gorizia", "lead")
    text = "De Lead partner voor dit project, de Provincie Limburg, zal de subsidies verdelen.\n"
    assert _partners(text, "nl")[0][0::2] == ("Provincie Limburg", "lead")


def test_grant_receivers_are_partners():
    text = "Für das Projekt erhalten die Stadt Pirna und der Landkreis Děčín rund 450.000 Euro.\n"
    assert [n for n, _, _ in _partners(text, "de")] == ["Stadt Pirna", "Landkreis Děčín"]
    text = "Gmina Stary Sącz otrzymała dofinansowanie w wysokości 300 tys. zł.\n"
    assert [(n, r) for n, _, r in _partners(text, "pl")] == [("Gmina Stary Sącz", "partner")]
    text = "Die Gemeinde Aigen erhält 120.000 Euro aus dem Europäischen Fonds für regionale Entwicklung.\n"
    assert [n for n, _, _ in _partners(text, "de")] == ["Gemeinde Aigen"]
    text = "Asociația Munții Apuseni a obținut o finanțare de 150.000 euro.\n"
    assert [n for n, _, _ in _partners(text, "ro")] == ["Asociația Munții Apuseni"]
    # no amount nor grant word: news, not a grant
    assert _partners("Am Montag erhielt der Verein Brücke Linz eine Einladung.\n", "de") == []
    # the funder is not a beneficiary
    assert _partners("The project received 80,000 EUR from the European Regional Development Fund.\n", "en") == []


def test_lines_with_a_country_below_a_lead_label_with_its_country_are_partners():
    text = ("Lead partner: Steirische Wirtschaftsförderung SFG (AT)\n\nTechnologické centrum Zlín (CZ)\n\n"
            "Veneto Innovazione (IT)\n\nAvailable materials: reports\n")
    found = _partners(text, "en")
    assert [(n, c, r) for n, c, r in found] == [("Steirische Wirtschaftsförderung SFG", "AT", "lead"),
                                                ("Technologické centrum Zlín", "CZ", "partner"),
                                                ("Veneto Innovazione", "IT", "partner")]


def test_a_receiving_verb_alone_is_not_a_grant():
    # "erhalten" is a budget word in German too: without an amount or another grant word, no beneficiary
    assert _partners("Danach könnten die Stadtwerke Bayreuth und die Hochschule Hof Besuch erhalten.\n", "de") == []


def test_countries_of_lines_that_each_end_with_a_country():
    text = ("Projekt WIESEN\n\nDie Schulen im Projekt stellen sich vor.\n\n"
            "Volksschule Hallein, Salzburg, Österreich\n\nZespół Szkół w Nysie (PL)\n\nZákladní škola Cheb – Tschechien\n")
    doc = extract_one(text.encode("utf-8"), "lines_de.txt", "lines")[0]
    assert {"AT", "PL", "CZ"} <= {c for p in doc["projects"] for c in p["countries"]}
    # one line alone is a place the text mentions, not a list (a foreign one: a page that names
    # only its own language's country gives its projects that country, home_country)
    text = "Projekt WIESEN\n\nDas Treffen fand in der Szkoła Podstawowa Nysa statt, Polen\n\nEs gab Kuchen.\n"
    doc = extract_one(text.encode("utf-8"), "line_de.txt", "line")[0]
    assert all(p["countries"] == [] for p in doc["projects"])


def test_country_the_partners_come_from():
    for lang, text, expected in (
            ("sk", "Projekt LÚKY realizuje obec Habura spolu s partnermi z Poľska.\n", "PL"),
            ("en", "The MEADOW project was prepared together with the Hungarian partners.\n", "HU"),
            ("ro", "Proiectul LUNCA a fost pregătit împreună cu partenerii polonezi.\n", "PL")):
        doc = extract_one(text.encode("utf-8"), f"from_{lang}.txt", "from")[0]
        assert expected in {c for p in doc["projects"] for c in p["countries"]}, lang


def test_hungarian_town_adjective_locates_an_organisation():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.town_in_name("Soproni Egyetem", load("hu")) == "HU"
    assert gazetteer.town_in_name("Győri Szakképzési Centrum", load("hu")) == "HU"
    assert gazetteer.town_in_name("Magyar Nemzeti Bank", load("hu")) is None


def test_countries_of_erasmus_organisation_ids_in_a_table_of_contents():
    text = ("Project GARDENS\n\nParticipating Organisations 6\n\nEscola Bàsica Vall (E10000001 - ES) 7\n\n"
            "Zespół Szkół nr 2 (E10000002 - PL) 9\n\nIstituto Comprensivo Sud (E10000003 - IT) 12\n")
    doc = extract_one(text.encode("utf-8"), "toc_en.txt", "toc")[0]
    assert {"ES", "PL", "IT"} <= {c for p in doc["projects"] for c in p["countries"]}


def test_countries_where_the_project_is_carried_out():
    text = "Projekt SADY. Die Umsetzung des Projektes erfolgt in Österreich und Ungarn bis 2020.\n"
    doc = extract_one(text.encode("utf-8"), "impl_de.txt", "impl")[0]
    assert sorted(c for p in doc["projects"] for c in p["countries"]) == ["AT", "HU"]


def test_inflected_country_names_and_first_names():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    # Hungarian adds its suffix to the whole name, vowel kept
    hits = gazetteer.find("A partnerek Ausztriából és Szlovákiából érkeztek.", load("hu"))
    assert [h.cc for h in hits] == ["AT", "SK"]
    # a first name followed by a surname is not an inflected country ("Francesco" is not "Francie")
    assert [h.cc for h in gazetteer.find("Liceo Francesco Redi, Itálie", load("cs"))] == ["IT"]
    assert [h.cc for h in gazetteer.find("partneři z Polska a Slovenska", load("cs"))] == ["PL", "SK"]


@pytest.mark.parametrize("lang, text, names", [
    ("it", "Il comitato ha approvato nuove proposte per la montagna. I progetti finanziati sono: "
           "AlpiVerdi (Comune di Ostana, Unione Montana Valle Po); NeveLab (Camera di Commercio di Biella); "
           "Sentieri+ (Provincia di Varese, Fondazione Monti).\n",
     ["AlpiVerdi", "NeveLab", "Sentieri+"]),
    ("en", "This year the school succeeded with its applications. These are the projects: "
           "“Clean Seas Together” (24 500 EUR), “Code for Kids” (31 200 EUR) and “Roots and Routes” (18 900 EUR).\n",
     ["Clean Seas Together", "Code for Kids", "Roots and Routes"]),
    ("de", "Der Ausschuss hat drei Vorhaben bewilligt. Gefördert werden die Projekte: "
           "WaldWerk (Stadt Passau, Universität Linz); DigiMed (Klinikum Wels); Flusslabor 2 (Gemeinde Schärding).\n",
     ["WaldWerk", "DigiMed", "Flusslabor 2"]),
])
def test_projects_listed_inline_after_a_cue_and_colon_are_split(lang, text, names):
    rec = record(text, f"{lang}_inline.txt")
    assert [p["name"] for p in rec["projects"]] == names


@pytest.mark.parametrize("lang, text", [
    # topics, not names
    ("en", "The GreenRoute project links schools in Spain and Italy with 40 000 EUR. "
           "Its projects: recycling (paper, glass); gardening (two beds); energy (solar panels).\n"),
    # bare names with nothing of their own: related projects of one project
    ("fr", "Le projet AquaNet reçoit 200 000 euros du FEDER. Projets liés : RiverLab; EauVive; Hydro+.\n"),
])
def test_an_inline_list_of_topics_or_bare_names_is_not_split(lang, text):
    rec = record(text, f"{lang}_inline_no.txt")
    assert len(rec["projects"]) == 1


def test_a_field_label_after_a_project_cue_names_no_project():
    text = ("Erasmus+ KA2 partnership\n\nProject Start Date 01-09-2023\n\nProject End Date 31-08-2025\n\n"
            "The school coordinates a project about water with partners from Spain and Italy. The grant is 60 000 EUR.\n")
    names = [p["name"] for p in record(text, "en_labels.txt")["projects"]]
    assert len(names) == 1 and not any(n and "Date" in n for n in names)


@pytest.mark.parametrize("lang, text, names", [
    ("it", "- La scuola presenta oggi le sue esperienze europee a genitori e docenti nel teatro dell'istituto. "
           "Le classi terze hanno lavorato nel progetto biennale KA2 \"Green Minds\" con scuole di Spagna, Grecia e "
           "Portogallo, mentre le classi quarte hanno partecipato al progetto triennale KA2 \"Bridges of Words\" "
           "con studenti di Svezia, Belgio e Lituania, visitando musei, biblioteche e aziende locali e presentando "
           "i risultati in una mostra finale aperta alla cittadinanza.\n",
     ["Green Minds", "Bridges of Words"]),
])
def test_two_projects_in_one_long_list_item_with_their_countries(lang, text, names):
    assert [p["name"] for p in record(text, f"{lang}_long_item.txt")["projects"]] == names


@pytest.mark.parametrize("lang, text, name", [
    ("pl", "Szkoła realizuje projekt KA 210 „Zielona klasa. Green class.” wspólnie ze szkołami z Czech i Litwy.\n",
     "Zielona klasa. Green class."),
    ("en", "Our school joined the KA2 project “Water Ways” together with schools from Malta and Cyprus.\n", "Water Ways"),
])
def test_a_code_before_a_quoted_name_qualifies_it(lang, text, name):
    from pipeline import section_names
    from pipeline.extractors.context import Context
    from pipeline.language import detect
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode(), f"{lang}_code.txt", "x")
    doc.language, _ = detect(doc.text)
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    found = section_names.cue_names(ctx, 0, first=True)
    assert found and doc.text[found[0][1][0]:found[0][1][1]] == name


def test_a_pilot_project_with_a_quoted_name_keeps_one_section():
    # "the pilot project “X”": an ordinary word before the quotation is not a code, and one
    # project with a second mention stays one
    text = ("The university leads the Erasmus+ alliance EU-BRIDGE with 14.4 million EUR. It grew out of the pilot "
            "project “European Universities” launched by the Commission in 2019 with partners from Spain and Italy.\n")
    assert len(record(text, "en_pilot.txt")["projects"]) == 1


def test_a_bracket_listing_organisations_after_a_name_is_not_its_title():
    from pipeline.extractors.titles import _name_list
    assert _name_list("RivaVerde", "Comune di Ostana, Unione Montana Valle Po, Fondazione Monti")
    assert not _name_list("SMARTGREEN", "Smart Mobility for Green Regions")
    assert not _name_list("CLIMB", "Climate, Land, Innovation, Mountains, Biodiversity")


def test_an_inline_list_of_programmes_is_not_split():
    text = ("The GreenRoute project receives 300 000 EUR. Earlier projects: Interreg Europe (2016-2019, "
            "lead partner); Horizon 2020 (2018-2021, partner); Erasmus+ (2020-2022, partner).\n")
    assert len(record(text, "en_programmes.txt")["projects"]) == 1


def test_name_after_a_key_action_code_or_phrase():
    # the key action's code or phrase stands between the project word and the quoted name
    assert _first_field("name", "Naša škola realizuje projekt KA 220 „Zelená škola“ s partnermi z Talianska.\n", "sk") == "Zelená škola"
    assert _first_field("name", "Hemos iniciado el proyecto KA210, “Ríos limpios” con socios de Italia.\n", "es") == "Ríos limpios"
    assert _first_field("name", "Szkoła realizuje projekt akcji kluczowej 1 dla nauczycieli – „Nowe horyzonty” w latach 2022-2023.\n", "pl") == "Nowe horyzonty"
    # "le projet Interreg V, intitulé X": a comma before the word that introduces the name
    assert _first_field("name", "Le projet Interreg V, intitulé Lumina, réunit trois universités.\n", "fr") == "Lumina"


def test_quoted_name_with_its_translation_and_sentence_case_dash():
    assert _first_field("name", "Skończył się projekt „Clean rivers. Czyste rzeki.” realizowany z Hiszpanią.\n", "pl") == "Clean rivers"
    # a plain word, a dash and lowercase words are one title, not a name and a title
    assert _first_field("name", "Škola získala projekt „Jazyky – most medzi národmi“ na dva roky.\n", "sk") == "Jazyky – most medzi národmi"


def test_name_joined_to_the_project_word_by_a_hyphen():
    assert _first_field("name", "De provincie keurt het SOLARIS-project goed, met partners uit België.\n", "nl") == "SOLARIS"
    assert _first_field("name", "Im Jahr 2019 startete das Interreg-Projekt Grüne Wege mit Partnern aus Bayern.\n", "de") == "Grüne Wege"


def test_programme_pair_with_a_country_of_three_words():
    from pipeline.extractors.programme_names import programme_end
    text = "programa Interreg IPA Croatia – Bosnia and Herzegovina – Montenegro 2021-2027 u kolovozu"
    start = text.index("Interreg")
    assert text[start:programme_end(text, start, "hr")] == "Interreg IPA Croatia – Bosnia and Herzegovina – Montenegro 2021-2027"
    text = "del programa Erasmus+ E-Twinning en la escuela"
    start = text.index("Erasmus")
    assert text[start:programme_end(text, start, "es")] == "Erasmus+"


def test_partners_are_not_people_projects_or_programmes():
    # a title before a name, or a title after it, names a person, not an organisation
    text = "Kontaktní osoba partnera: Ing. Petr Novák\n\nPartneři projektu:\n\nMěsto Tábor\n\nObec Chýnov\n"
    assert all("Novák" not in name for name, _, _ in _partners(text, "cs"))
    text = "Projekt je vodil koordinator Janez Kranjc, prof., skupaj z Občino Kamnik.\n"
    assert all("Kranjc" not in name for name, _, _ in _partners(text, "sl"))
    # a project noun followed by lower-case words is the project itself
    text = "Das Projekt mit dem Namen „BRIDGE“ wird gemeinsam mit der Universität Graz und der Stadt Linz durchgeführt.\n"
    assert all(not name.startswith("Projekt") for name, _, _ in _partners(text, "de"))


def test_partner_role_in_brackets_and_an_open_bracket():
    # a lead word in lower case in brackets marks the lead, it is not a remark to drop
    text = "Partneri projektu:\n\nMesto Poprad (koordinátor)\n\nObec Spišská Teplica\n"
    assert _partners(text, "sk")[0][0] == "Mesto Poprad" and _partners(text, "sk")[0][2] == "lead"
    text = "The consortium is formed by the following cities: Ghent (the project leader), Porto and Turku.\n"
    assert all("(" not in name for name, _, _ in _partners(text, "en"))


def test_partner_after_an_article_and_a_describing_word():
    text = "Teachers came from the partner schools: Liceo Galilei (Italy), the bilingual Zespół Szkół nr 4 (Poland), and Colegio San José (Spain).\n"
    names = [n for n, _, _ in _partners(text, "en")]
    assert "Zespół Szkół nr 4" in names and "Liceo Galilei" in names


def test_label_listing_several_companies():
    text = "Prijímateľ: Mesto Senica, Alpha Consult GmbH, Beta Logistik G.m.b.H.\n\nCelkové náklady: 100 000 EUR\n"
    found = _partners(text, "sk")
    assert [n for n, _, _ in found][:2] == ["Mesto Senica", "Alpha Consult GmbH"] and len(found) == 3
    text = "Lead partner: Ministry of Regional Development, Public Works and Administration\n"
    assert len(_partners(text, "en")) == 1


def test_acronym_that_repeats_the_long_forms_last_words_and_labelled_name_with_title():
    text = "Das Projekt Green Border Network CZ-AT 2019 (GBN CZ-AT 2019) verbindet Gemeinden in Südböhmen.\n"
    doc = extract_one(text.encode("utf-8"), "acr_de.txt", "acr")[0]
    assert (doc["projects"][0]["name"], doc["projects"][0]["title"]) == ("GBN CZ-AT 2019", "Green Border Network CZ-AT 2019")
    text = "Názov: RiverNet HU-SK (River Network Hungary-Slovakia)\nRozpočet: 500 000 EUR\n"
    doc = extract_one(text.encode("utf-8"), "lab_sk.txt", "lab")[0]
    assert doc["projects"][0]["title"] == "River Network Hungary-Slovakia"


def test_total_amount_words_and_the_commission_contribution():
    text = ("Projekt „Zeleni vrt” Općine Kaštela odobren je u ukupnom iznosu od 412.300,50 eura. "
            "Sufinanciranje iz EU iznosi 350.455,43 eura.\n")
    assert ("412300.50", "EUR", "total") in _budgets(text, "hr")
    text = ("Projekt Zdrava šola izvaja osnovna šola v sodelovanju z občino in lokalnimi društvi.\n\n"
            "Vrednost projekta: 520.000,00 €\n\nPrispevek Evropske komisije: 390.000,00 €\n")
    assert ("390000.00", "EUR", "eu_contribution") in _budgets(text, "sl")
    text = "A Zöld Udvar projekt.\n\nA projekt főösszege: 150.000.000,- Ft\n\nTámogatási összeg: 120.000.000,- Ft\n"
    assert ("150000000.00", "HUF", "total") in _budgets(text, "hu")


def test_a_source_in_brackets_after_an_amount_is_that_amounts():
    text = ("Projekt Zelená cesta obce Dubnica.\nCelkové oprávnené výdavky projektu: 500 000,00 eur\n"
            "Z toho zdroj EÚ a štátneho rozpočtu: 425 000,00 eur (EFRR); 50 000,00 eur (štátny rozpočet)\n")
    found = _budgets(text, "sk")
    assert ("425000.00", "EUR", "eu_contribution") in found
    assert ("50000.00", "EUR", "other") in found


def test_a_rounded_headline_figure_restates_the_exact_one():
    text = ("Fast 2 Millionen Euro für ein neues Projekt\n\nDas Projekt GRÜNE STADT wird von der EU mit "
            "Fördermitteln in Höhe von 1.948.250 EUR gefördert.\n")
    assert _budgets(text, "de") == [("1948250.00", "EUR", "eu_contribution")]


def test_durations_in_words_after_the_project_noun_and_running_verbs():
    text = "Gli studenti partecipano al progetto triennale Erasmus+ \"Green Minds\" con scuole di Spagna e Francia.\n"
    assert _period(text, "tri_it.txt")[2] == 36
    text = "Le projet GREENLAB réunit trois universités. Il se déroule sur deux ans, jusqu'en 2021.\n"
    assert _period(text, "sur_fr.txt")[2] == 24
    text = "Das Projekt GREENLAB ist eine Koordinierungsmaßnahme, die 24 Monate lang läuft.\n"
    assert _period(text, "lauf_de.txt")[2] == 24


def test_an_event_date_before_its_cue_wins_over_a_background_year_after_it():
    text = ("Projekt Zeleni koraci.\n\nU Lisabonu od 14. do 19. ožujka 2023. godine održana je druga mobilnost "
            "Erasmus+ projekta, u kojem od 2021. godine sudjeluje naša škola.\n")
    doc = record(text, "mob_hr.txt")
    assert [(e["date"], e["end"]) for e in doc["events"]] == [("2023-03-14", "2023-03-19")]
    text = "Die diesjährige Fachexkursion des Projekts GRENZGRÜN führte vom 3. bis 5. Mai 2022 nach Sopron.\n"
    assert [(e["date"], e["end"]) for e in record(text, "exk_de.txt")["events"]] == [("2022-05-03", "2022-05-05")]


def test_an_abbreviated_thousand_scale_in_english():
    text = ("The project GREEN PORTS has a total budget of about 2 mio EUR, of which 310,5 thous. EUR "
            "is the budget of the City of Gdynia.\n")
    assert ("310500.00", "EUR", "other") in _budgets(text, "en")


def test_an_acronym_in_brackets_after_a_budget_label_names_a_partners_share():
    text = ("A Zöld Kert projekt Szegeden valósul meg a város és az egyetem együttműködésében.\n"
            "A projekt főösszege: 900.000.000,- Ft\nA projekt főösszege (SZTE): 40.000.000,- Ft\n"
            "Támogatási összeg (EU): 765.000.000,- Ft\n")
    found = _budgets(text, "hu")
    assert ("40000000.00", "HUF", "other") in found
    assert ("765000000.00", "HUF", "eu_contribution") in found


def test_an_age_is_no_duration():
    text = ("Elevii proiectului Erasmus+ GREEN au vizitat o școală din Spania, unde învață copii cu vârste "
            "cuprinse între 3 și 12 ani.\n")
    assert _period(text, "age_ro.txt")[2] is None
    text = "The project GREEN brings together pupils aged 10 to 14 years from three schools.\n"
    assert _period(text, "age_en.txt")[2] is None


def test_an_amount_after_a_percentage_of_it_is_the_whole():
    text = ("Le projet JARDINS est porté par la ville de Lille avec deux universités de la région.\n"
            "Le FEDER a financé 60 % des 2,4 millions d'euros du projet, le reste vient des partenaires.\n")
    assert _budgets(text, "fr") == [("2400000.00", "EUR", "total")]
    text = ("Das Projekt GRÜNE STADT wird von der Stadt Graz mit zwei Universitäten der Region umgesetzt.\n"
            "Der EFRE fördert 80 % der 1,5 Mio. Euro des Projekts, den Rest tragen die Partner.\n")
    assert _budgets(text, "de") == [("1500000.00", "EUR", "total")]


def test_another_project_opens_a_project_of_its_own():
    text = ("Nasza szkoła zakończyła właśnie projekt Erasmus+ „Zielona Szkoła”, realizowany wspólnie ze szkołami "
            "z Portugalii i Litwy. Projekt otrzymał grant w wysokości 30 tysięcy euro.\n"
            "Kolejny projekt, poświęcony historii naszego regionu, rozpoczynamy we wrześniu. Nosi tytuł „Nasze "
            "korzenie”. Będziemy go realizować ze szkołami z Francji i Węgier przez najbliższe 24 miesiące.\n")
    assert _project_names(text, "next_pl.txt") == ["Zielona Szkoła", "Nasze korzenie"]
    text = ("La nostra scuola ha concluso il progetto Erasmus+ “Acqua Viva” con le scuole di Spagna e Grecia, "
            "grazie a un contributo di 25.000 euro.\n"
            "Un altro progetto, dedicato al patrimonio culturale, è iniziato a settembre: si intitola “Radici "
            "Comuni” e coinvolge le scuole di Francia e Polonia per due anni.\n")
    assert _project_names(text, "next_it.txt") == ["Acqua Viva", "Radici Comuni"]


def test_the_second_project_of_one_paragraph_is_its_own():
    text = ("Der Begleitausschuss hat zwei neue Projekte genehmigt. Im Projekt „Grenzwald“ arbeiten die Stadt "
            "Zittau und die Gemeinde Bogatynia beim Waldschutz zusammen. Im zweiten Projekt „Flussweg“ wollen "
            "der Landkreis Görlitz und die Stadt Zgorzelec ihre Radwege über die Neiße verbinden.\n")
    assert _project_names(text, "next_de.txt") == ["Grenzwald", "Flussweg"]


def test_another_project_without_a_name_or_in_the_plural_opens_none():
    text = ("The GREENWAY project brings together partners from Austria, Slovenia and Italy with a budget of "
            "EUR 1.2 million. Another project is being prepared for the next call.\n")
    assert _project_names(text, "next_en.txt") == ["GREENWAY"]
    text = ("Das Projekt „Grenzwald“ wird mit 800.000 Euro gefördert. Zwei weitere Projekte „Flussweg“ und "
            "„Talbahn“ werden im Herbst geprüft.\n")
    assert _project_names(text, "next_de2.txt") == ["Grenzwald"]


def test_a_list_of_projects_with_their_years_in_brackets():
    text = ("Europese projecten\n\nLopende projecten:\n\n"
            " • GREENLINK (2019-2022): in GREENLINK werkt de gemeente samen met acht andere steden in Europa aan "
            "circulaire economie en duurzaam bouwen in de hele regio.\n"
            " • Waterkracht (2018 – 2021): de gemeente onderzoekt met twee waterschappen hoe rivieren schoon "
            "blijven en hoe het water beter kan worden gebruikt.\n"
            " • SMARTWIJK (2017-2020): bewoners, bedrijven en de hogeschool testen samen nieuwe diensten voor "
            "energie en vervoer in drie wijken van de stad.\n")
    assert _project_names(text, "years_nl.txt") == ["GREENLINK", "Waterkracht", "SMARTWIJK"]


def test_headings_of_a_project_cue_and_a_name_open_projects():
    text = ("Nové projekty naší školy\n\nProjekt „Zelená zahrada“\n\nŠkola bude dva roky spolupracovat se školami "
            "z Polska a Slovenska na výsadbě školní zahrady. Rozpočet projektu je 25 000 EUR.\n\n"
            "Projekt „Čtení bez hranic“\n\nŽáci budou číst a psát společně se školami z Itálie a Španělska. "
            "Rozpočet projektu je 30 000 EUR.\n")
    assert _project_names(text, "heads_cs.txt") == ["Zelená zahrada", "Čtení bez hranic"]


def test_a_quoted_place_after_the_next_project_meeting_names_no_project():
    text = ("The GREENWAY project brings together partners from Austria, Slovenia and Italy with a budget of "
            "EUR 1.2 million.\nThe next project meeting will be held in Graz at the “Haus der Region” centre, "
            "where the partners from Austria, Slovenia and Italy will plan the pilot actions.\n")
    assert _project_names(text, "next_en2.txt") == ["GREENWAY"]


def test_the_next_project_named_further_on_in_slovenian():
    text = ("Od septembra 2019 do junija 2021 smo bili vključeni v mednarodni projekt GreenEurope, pri katerem so "
            "sodelovale šole iz Italije, Španije in Finske.\n"
            "Septembra 2021 smo pričeli z naslednjim triletnim projektom, ki smo ga poimenovali SeaMinds. V projekt "
            "so poleg naše šole vključene še šole iz Grčije, Portugalske in Estonije.\n")
    assert _project_names(text, "next_sl.txt") == ["GreenEurope", "SeaMinds"]


def test_partners_after_a_participation_phrase():
    es = ("El proyecto SOLMAR será coordinado por la Universidad de Cádiz, con la participación del Instituto "
          "Andaluz de Tecnología, AGROTEC, el Centro de Investigação e Inovação y la Universidade do Algarve.\n")
    names = [n for n, _, _ in _partners(es, "es")]
    assert "Instituto Andaluz de Tecnología" in names and "AGROTEC" in names
    assert "Centro de Investigação e Inovação" in names and "Universidade do Algarve" in names
    de = ("Das Projekt RIVERLINK wird unter Beteiligung von Stadtwerke Passau, Technische Hochschule Deggendorf "
          "und Jihočeská univerzita umgesetzt.\n")
    names = [n for n, _, _ in _partners(de, "de")]
    assert "Stadtwerke Passau" in names and "Technische Hochschule Deggendorf" in names


def test_a_participation_phrase_before_one_person_names_no_partner():
    pl = "Konferencja odbyła się z udziałem Ministra Rozwoju p. Jana Kowalskiego oraz licznych gości.\n"
    assert _partners(pl, "pl") == []


def test_partners_after_a_copula_that_runs_on_to_a_colon_or_after_a_place():
    en = ("The project consortium is formed by the following organisations: Riverside Energy Agency, "
          "Northbridge Technical College and Harbour Logistics Ltd.\n")
    names = [n for n, _, _ in _partners(en, "en")]
    assert "Riverside Energy Agency" in names and "Northbridge Technical College" in names
    en2 = ("The local consortium of Bristol consists of Bristol City Council, Avon Transport Company "
           "and University of the West of England.\n")
    names = [n for n, _, _ in _partners(en2, "en")]
    assert "Bristol City Council" in names and "Avon Transport Company" in names


def test_a_bracketed_role_closes_its_item_in_a_list_with_countries():
    from pipeline.extractors.enumeration import split_items
    text = "Porto (lead partner), Bilbao (Spain), Gent (Belgium)"
    items = split_items(text, ["and"], lambda t: t.endswith(("(Spain)", "(Belgium)")))
    assert [text[a:b] for a, b in items] == ["Porto (lead partner)", "Bilbao (Spain)", "Gent (Belgium)"]


def test_partners_named_after_cooperation_between():
    pl = "Projekt wzmacnia współpracę pomiędzy Gminą Nowa Wieś a Miastem Stará Ves w dziedzinie kultury.\n"
    assert len(_partners(pl, "pl")) == 2
    it = "Il progetto nasce dalla collaborazione tra il Comune di Valbella e la Fondazione Monte Rosa.\n"
    names = [n for n, _, _ in _partners(it, "it")]
    assert "Comune di Valbella" in names and "Fondazione Monte Rosa" in names
    en = "The programme supports cooperation between Austria and Hungary in the field of tourism.\n"
    assert _partners(en, "en") == []


def test_partners_after_a_verb_of_bringing_together():
    fr = "Le projet regroupe l’Université de Lille, la Ville de Gand et Flanders Make.\n"
    names = [n for n, _, _ in _partners(fr, "fr")]
    assert names == ["Université de Lille", "Ville de Gand", "Flanders Make"]
    it = "Al progetto partecipano l’Università di Trento, il Comune di Rovereto e la Fondazione Bruno Kessler.\n"
    assert [n for n, _, _ in _partners(it, "it")][0] == "Università di Trento"
    es = "La red reúne a escuelas y asociaciones de toda la comarca.\n"
    assert _partners(es, "es") == []


def test_a_sentence_case_title_after_a_project_word_runs_to_the_end_of_its_clause():
    sl = "Občina je s projektom Urejanje poti ob potoku, ki ga sofinancira EU, prejela 40.000 EUR.\n"
    assert _first_field("name", sl, "sl") == "Urejanje poti ob potoku"
    cs = "Obec dokončila projekt Oprava chodníků v centru obce, který stál 1,2 mil. Kč.\n"
    assert _first_field("name", cs, "cs") == "Oprava chodníků v centru obce"
    es = "El proyecto Rutas verdes del interior es una iniciativa con socios de Portugal y Francia.\n"
    assert _first_field("name", es, "es") == "Rutas verdes del interior"
    # a clause that may go on into its predicate, or speaks of the funding, is no title
    hr = "Partneri na projektu Obnova stare škole u selu redovito se sastaju. Vrijednost projekta je 80.000 EUR.\n"
    assert _first_field("name", hr, "hr") != "Obnova stare škole u selu redovito se sastaju"
    pl = "Szkoła realizuje projekt Współfinansowany w ramach programu Erasmus+ z partnerami z Hiszpanii.\n"
    assert _first_field("name", pl, "pl") != "Współfinansowany w ramach programu Erasmus+ z partnerami z Hiszpanii"


def test_a_title_line_above_labelled_lines_of_project_facts():
    cs = ("Společně za poznáním přírody v pohraničí\n\nProgramové období: 2014-2020\nRegion: Liberecký kraj\n"
          "Operační program: INTERREG V-A Česká republika - Polsko\nPříjemce: Město Horní Ves\n")
    assert _first_field("name", cs, "cs") == "Společně za poznáním přírody v pohraničí"


def test_a_cross_border_programme_named_by_its_kind_of_cooperation_country_pair_and_years():
    sk = ("Projekt „Zelené mosty“ je spolufinancovaný z prostriedkov EÚ v rámci Programu cezhraničnej spolupráce "
          "Maďarsko – Slovenská republika 2007-2013. Rozpočet projektu je 200 000 EUR.\n")
    assert _first_field("programme", sk, "sk") == "cezhraničnej spolupráce Maďarsko – Slovenská republika 2007-2013"
    it = ("Il progetto Ponti Verdi, finanziato nell'ambito del programma per la cooperazione transfrontaliera "
          "Italia-Austria 2014-2020, ha un budget di 800.000 euro.\n")
    assert _first_field("programme", it, "it") == "cooperazione transfrontaliera Italia-Austria 2014-2020"
    cs = ("Monitorovací výbor Programu spolupráce „Česká republika–Bavorsko 2014 – 2020“ schválil projekt "
          "Stezky bez hranic s rozpočtem 1,5 mil. EUR.\n")
    assert _first_field("programme", cs, "cs") == "Česká republika–Bavorsko 2014 – 2020"


def test_a_title_in_brackets_or_quoted_after_a_dash_beside_the_name():
    fr = ("Le projet GLAB (“green laboratories for advanced biology”) réunit des partenaires de Belgique "
          "et des Pays-Bas, avec un budget de 2 millions d'euros.\n")
    assert _first_field("title", fr, "fr") == "green laboratories for advanced biology"
    hr = ('Projekt RIVERLINK - "Rivers linking local communities" Grad Osijek prijavio je s partnerima iz Mađarske; '
          "vrijednost projekta je 500.000 EUR.\n")
    assert _first_field("title", hr, "hr") == "Rivers linking local communities"


def test_a_title_line_above_an_acronym_label_and_a_name_in_capitals():
    sl = ("Obnova mokrišč ob reki Muri za ogrožene vrste ptic (projekt LIFE)\n\nAkronim projekta: LIFE MURA\n\n"
          "Čas trajanja projekta: 1. september 2019 do 31. avgust 2024\n")
    assert _first_field("title", sl, "sl") == "Obnova mokrišč ob reki Muri za ogrožene vrste ptic"
    pl = ("Razem przez polsko-słowackie góry\n\nPROJEKT „RAZEM PRZEZ POLSKO SŁOWACKIE GÓRY” to projekt Gminy "
          "Nowa Wieś realizowany z partnerem ze Słowacji. Wartość projektu: 50 000 EUR.\n")
    assert _first_field("name", pl, "pl") == "Razem przez polsko-słowackie góry"


def test_a_name_introduced_by_a_feminine_or_plural_naming_word_and_coined_names():
    es = "La asociación estratégica titulada “Aulas sin fronteras” reúne a escuelas de Italia y Grecia en este proyecto.\n"
    assert _first_field("name", es, "es") == "Aulas sin fronteras"
    hr = "Naša škola sudjeluje u projektu imena „Zeleni koraci” s partnerima iz Italije i Grčke.\n"
    assert _first_field("name", hr, "hr") == "Zeleni koraci"
    fr = "L’action appelée « Ponts numériques » est un projet mené avec des partenaires d’Espagne et de Pologne.\n"
    assert _first_field("name", fr, "fr") == "Ponts numériques"
    from pipeline.extractors.name_text import is_name_like
    assert is_name_like("DYN@MO") and is_name_like("UNITE!") and not is_name_like("Project")


def test_a_bare_brand_in_one_of_several_projects_takes_the_fuller_form_the_page_writes_once():
    it = ("Il programma europeo LIFE 2014-2020 finanzia progetti per la natura. La Commissione ha selezionato "
          "due progetti integrati.\n\nIl progetto LIFE-IP ALPI, Italia (15 milioni di euro), finanziato da LIFE.\n\n"
          "Il progetto LIFE-IP DANUBIO, Austria (12 milioni di euro), finanziato da LIFE.\n")
    doc = extract_one(it.encode("utf-8"), "life_it.txt", "l")[0]
    assert {p["programme"] for p in doc["projects"]} <= {"LIFE 2014-2020"}


def test_lead_named_by_a_verb_of_leading_the_project():
    cases = [("en", "The Technical University of Graz will lead the project until 2026.\n", "Technical University of Graz"),
             ("nl", "Het netwerk groeit. EnergyVille leidt dit project samen met de regio.\n", "EnergyVille"),
             ("es", "La Diputación de Soria liderará dos proyectos del programa.\n", "Diputación de Soria"),
             ("hu", "A projektet a Miskolci Egyetem koordinálja.\n", "Miskolci Egyetem"),
             ("de", "Das Projekt leitet die Hochschule Zittau/Görlitz.\n", "Hochschule Zittau/Görlitz"),
             ("it", "Il Comune di Bolzano guida il progetto con altri tre enti.\n", "Comune di Bolzano")]
    for lang, text, lead in cases:
        found = _partners(text, lang)
        assert (found[0][0], found[0][2]) == (lead, "lead"), (lang, found)
    # the project is not what is led: no lead
    assert _partners("The Technical University of Graz leads the ranking of Austrian schools.\n", "en") == []
    assert _partners("Das Projekt leitet eine neue Phase der Zusammenarbeit ein.\n", "de") == []


def test_places_named_after_a_noun_of_cooperation_and_municipalities():
    sk = "Projekt prehlbuje spoluprácu medzi obcami Horná Lehota a Kráľová.\n"
    assert [n for n, _, _ in _partners(sk, "sk")] == ["Horná Lehota", "Kráľová"]
    en = "The grant supports the cooperation between the towns of Gdynia and Aachen.\n"
    assert [n for n, _, _ in _partners(en, "en")] == ["Gdynia", "Aachen"]
    hu = "Tiszabecs és Nagypalád községek együttműködése tovább erősödik.\n"
    assert [n for n, _, _ in _partners(hu, "hu")] == ["Tiszabecs", "Nagypalád"]
    # a cooperation between countries names no partners
    assert _partners("Der Fonds stärkt die Zusammenarbeit zwischen Bayern und Tschechien.\n", "de") == []


def test_organisations_joined_by_and_before_a_word_of_doing_together():
    de = "Im Projekt werden die Stadt Annaberg und der Landkreis Most ihre Kooperation ausbauen.\n"
    assert [n for n, _, _ in _partners(de, "de")] == ["Stadt Annaberg", "Landkreis Most"]
    pl = "Gmina Nowa Wieś oraz miasto Horní Ves realizują wspólny projekt.\n"
    assert [n for n, _, _ in _partners(pl, "pl")] == ["Gmina Nowa Wieś", "miasto Horní Ves"]
    it = "Il Comune di Sacile e il Comune di Kanal lavorano insieme nel progetto.\n"
    assert [n for n, _, _ in _partners(it, "it")] == ["Comune di Sacile", "Comune di Kanal"]
    # people, and one organisation whose name holds "and", are not two partners
    assert _partners("Jana Horká a Petr Malý připravili společný program.\n", "cs") == []
    nl = "Het Agentschap voor Natuur en Bos diende samen met de provincie een dossier in.\n"
    assert [n for n, _, _ in _partners(nl, "nl")] in ([], ["Agentschap voor Natuur en Bos"])


def test_a_lead_label_value_ends_where_a_sentence_about_the_project_begins():
    de = "Leadpartner: Technische Universität Liberec - Ziel des Projekts ist die Entwicklung neuer Verfahren für kleine Betriebe.\n"
    assert _partners(de, "de")[0][0] == "Technische Universität Liberec"
    en = "Lead partner: Regional Agency Pilsen: the project is a pilot for new bus links between the two regions.\n"
    assert _partners(en, "en")[0][0] == "Regional Agency Pilsen"
    # a name's own dash part stays
    it = "Capofila: Regione Veneto – Direzione risorse rurali agroalimentari e forestali – Servizio del corpo forestale\n"
    assert _partners(it, "it")[0][0].endswith("Servizio del corpo forestale")


def test_lead_after_a_relative_pronoun_and_a_verb_of_leading():
    es = "Se presentó el proyecto europeo RIVERS, que lidera la Universidad de Oviedo, en Gijón.\n"
    assert _partners(es, "es")[0][::2] == ("Universidad de Oviedo", "lead")
    sk = "Projekt, ktorý vedie Technická univerzita v Košiciach, sa začal v januári.\n"
    assert _partners(sk, "sk")[0][::2] == ("Technická univerzita v Košiciach", "lead")
    assert _partners("El proyecto, que lidera la transformación digital, empezó en 2020.\n", "es") == []


def test_a_sentence_listing_several_projects_opens_one_per_name():
    es = ("La Diputación de Zamora coordina los proyectos 'Ríos Vivos', 'Tierra Alta' y 'Agua Clara', "
          "con un presupuesto total de 1.200.000 euros, dentro del programa Interreg V-A España-Portugal. "
          "La Diputación de Zamora es el socio principal de los tres proyectos.\n")
    rec = record(es, "lst_es.txt")
    assert [p["name"] for p in rec["projects"]] == ["Ríos Vivos", "Tierra Alta", "Agua Clara"]
    # the amount is the three projects' together, none's own
    assert all(p["budgets"] == [] for p in rec["projects"])
    nl = ("De goedgekeurde projecten zijn AquaLink, GreenPort en BioHub. Het Waterschap Brabant is leadpartner "
          "van alle drie.\n")
    assert [p["name"] for p in record(nl, "lst_nl.txt")["projects"]] == ["AquaLink", "GreenPort", "BioHub"]


def test_a_list_of_activities_or_places_after_a_project_word_opens_no_projects():
    en = "The project partners from Austria, Italy and Slovenia will run workshops, trainings and study visits.\n"
    assert len(record(en, "lst_en.txt")["projects"]) <= 1
    it = "I progetti in Piemonte, Liguria e Valle d'Aosta sono stati presentati dal capofila Comune di Cuneo.\n"
    assert len(record(it, "lst_it.txt")["projects"]) <= 1
    de = "Die Projekte Erasmus+ und Horizon 2020 werden von der Universität Linz koordiniert.\n"
    assert len(record(de, "lst_de.txt")["projects"]) <= 1


def test_list_items_naming_an_organisation_for_a_project():
    nl = ("De organisaties die subsidie krijgen zijn:\n\n"
          "  • Hogeschool Delta voor het project TIDAL. Dit project onderzoekt getijdenenergie.\n"
          "  • Gemeente Vlissingen voor het project PortGreen. Dit project vergroent de haven.\n")
    rec = record(nl, "itm_nl.txt")
    assert [(p["name"], [q["name"] for q in p["partners"]][:1]) for p in rec["projects"]] == [
        ("TIDAL", ["Hogeschool Delta"]), ("PortGreen", ["Gemeente Vlissingen"])]
    en = ("The grants go to:\n\n"
          "  • Harbour College for the project SEAWAY. It trains sailors.\n"
          "  • City of Portmouth for the project BlueDock. It builds a quay.\n")
    assert [p["name"] for p in record(en, "itm_en.txt")["projects"]] == ["SEAWAY", "BlueDock"]
    # items of one project's activities name no other project
    en2 = ("Activities:\n\n  • Workshops for the project SEAWAY in May.\n  • Training for the project SEAWAY in June.\n")
    assert len(record(en2, "itm_en2.txt")["projects"]) <= 1


def test_listed_project_names_take_the_organisations_in_their_brackets():
    es = ("La Diputación de Soria ha presentado los proyectos 'Monte Vivo' (Universidad de Burgos, Puerto Seco de Soria), "
          "'Río Limpio' (Ayuntamiento de Almazán) y 'Paso Verde' (Fundación Tierras Altas) en Valladolid.\n")
    rec = record(es, "brk_es.txt")
    assert [(p["name"], [q["name"] for q in p["partners"]]) for p in rec["projects"]] == [
        ("Monte Vivo", ["Universidad de Burgos", "Puerto Seco de Soria"]), ("Río Limpio", ["Ayuntamiento de Almazán"]),
        ("Paso Verde", ["Fundación Tierras Altas"])]
    it = "Sono stati approvati i progetti RivaNord (Comune di Spresiano, Parco del Sile) e MonteLink (Unione Montana Agordina).\n"
    assert [p["name"] for p in record(it, "brk_it.txt")["projects"]] == ["RivaNord", "MonteLink"]
    # years and places in brackets are no organisations, and a name listed with nothing said of it is no project
    en = "The projects ARCHE (2019-2022) and BLUEMED (Spain) are described below.\n"
    assert len(record(en, "brk_en.txt")["projects"]) <= 1


def test_partners_listed_after_a_project_word_are_no_projects():
    en = "The partners of the projects: Harbour College, City of Portmouth and Delta Water Board, met in May 2020.\n"
    assert [p["name"] for p in record(en, "prt_en.txt")["projects"]] in ([], [None])
    es = "Los socios de los proyectos 'Monte Vivo' y 'Río Limpio' son la Universidad de Burgos y el Ayuntamiento de Soria.\n"
    assert len(record(es, "prt_es.txt")["projects"]) <= 1
    nl = "Gestart zijn de projecten Lerende Regio en ZEEBRUG. Leadpartner van beide is de Provincie Zeeland.\n"
    assert [p["name"] for p in record(nl, "prt_nl.txt")["projects"]] == ["Lerende Regio", "ZEEBRUG"]


def test_topics_listed_after_a_project_word_are_no_projects():
    en = "Lead partner: City of Portmouth. The fund supports projects: Education, Health and Culture.\n"
    assert [p["name"] for p in record(en, "top_en.txt")["projects"]] in ([], [None])
    it = "Capofila: Comune di Bassano. Sono finanziati progetti: Turismo, Cultura e Ambiente.\n"
    assert [p["name"] for p in record(it, "top_it.txt")["projects"]] in ([], [None])


def test_an_organisation_type_word_makes_a_short_name_an_organisation():
    from pipeline.extractors.partner_names import has_org_word
    for name in ("Uniwersytet Jagielloński", "Technická univerzita", "Obec Lhota", "Gemeente Zwolle",
                 "Debreceni Egyetem", "Europastadt Görlitz", "Uniwersytetem Gdańskim", "Občina Kanal"):
        assert has_org_word(name), name
    for name in ("Jana Horká", "Petr Malý", "Fritz Kreisler", "Maria Rossi", "Szabó Gábor"):
        assert not has_org_word(name), name


def test_a_name_with_a_list_of_domains_is_one_partner():
    ro = "Beneficiarul proiectului este Ministerul Muncii, Familiei și Egalității de Șanse.\n"
    assert [n for n, _, _ in _partners(ro, "ro")] == ["Ministerul Muncii, Familiei și Egalității de Șanse"]
    en = "The project is led by the Ministry of Agriculture, Forestry and Water Management.\n"
    assert _partners(en, "en")[0][::2] == ("Ministry of Agriculture, Forestry and Water Management", "lead")
    es = "El proyecto lo lidera la Consejería de Agricultura, Ganadería y Desarrollo Rural.\n"
    assert _partners(es, "es")[0][0] == "Consejería de Agricultura, Ganadería y Desarrollo Rural"
    en = "The partners are the Ministry of Education, Science and Sport and the University of Ljubljana.\n"
    assert [n for n, _, _ in _partners(en, "en")] == ["Ministry of Education, Science and Sport", "University of Ljubljana"]
    # lists of organisations and of places stay lists
    en = "Partners are the University of Graz, Natuurpunt and Inverde.\n"
    assert [n for n, _, _ in _partners(en, "en")] == ["University of Graz", "Natuurpunt", "Inverde"]
    de = "Projektpartner sind die Stadt Annaberg, Chemnitz und Zwickau.\n"
    assert [n for n, _, _ in _partners(de, "de")] == ["Stadt Annaberg", "Chemnitz", "Zwickau"]
    cs = "Partnery projektu jsou Obec Lhota, Horní Ves a Dolní Ves.\n"
    assert [n for n, _, _ in _partners(cs, "cs")] == ["Obec Lhota", "Horní Ves", "Dolní Ves"]


def test_partners_named_by_their_share_of_the_budget():
    cs = "Celkové náklady projektu 20 000,00 EUR\n\nObec Lhota Celkem 12 000,00 EUR\n\nMěsto Dolní Ves Celkem 8 000,00 EUR\n"
    assert [n for n, _, _ in _partners(cs, "cs")] == ["Obec Lhota", "Město Dolní Ves"]
    pl = "Wartość projektu: 30 000,00 €, w tym Gmina Nowa Wieś: 20 000,00 €, Gmina Horní Ves: 10 000,00 €.\n"
    assert [n for n, _, _ in _partners(pl, "pl")] == ["Gmina Nowa Wieś", "Gmina Horní Ves"]
    de = "Gesamtkosten: 50.000 EUR\n\nStiftung Bergwald: 30.000 EUR\n\nVerein Grenzland: 20.000 EUR\n"
    assert [n for n, _, _ in _partners(de, "de")] == ["Stiftung Bergwald", "Verein Grenzland"]
    # budget labels and a single organisation's amount name no partners
    en = "Total budget: 100,000 EUR\n\nEU grant: 85,000 EUR\n\nCity of Sample: 15,000 EUR\n"
    assert _partners(en, "en") == []


def test_partner_countries_from_small_places_in_names():
    # a village or small town the name is, or that closes it after a preposition, counted when the text names its country
    cs = "Projekt česko-polské spolupráce. Partnery projektu jsou Střítež a Gminny Ośrodek Kultury w Sulikowie.\n"
    assert [(n, c) for n, c, _ in _partners(cs, "cs")] == [("Střítež", "CZ"), ("Gminny Ośrodek Kultury w Sulikowie", "PL")]
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.village_in_name("Asociación de Amigos de Mértola", load("es"), {"PT", "ES"}) == "PT"
    assert gazetteer.village_in_name("Asociación de Amigos de Mértola", load("es"), {"ES"}) is None
    assert gazetteer.village_in_name("Hortobágyi Nemzeti Park Igazgatóság", load("hu"), {"HU"}) == "HU"
    assert gazetteer.village_in_name("CEAGA", load("es"), {"ES", "PT"}) is None
    de = "Ein Projekt mit Tschechien. Projektpartner sind die Stadt Weiz und die Universität v Brně.\n"
    assert dict((n, c) for n, c, _ in _partners(de, "de"))["Universität v Brně"] == "CZ"


def test_partner_countries_not_from_organisation_words_or_minorities():
    from pipeline import gazetteer
    from pipeline.extractors import partner_countries
    from pipeline.lexicons import load

    class Ctx:
        lex = load("hr")
    # "Grad" and "Centar" are a Slovenian municipality and a Skopje district, but here organisation words
    assert partner_countries.country_of("Grad Novska", Ctx) is None
    assert partner_countries.country_of("Centar za socijalnu skrb Novska", Ctx) is None
    assert partner_countries.country_of("Hrvatski Crveni križ, Gradsko društvo Crvenog križa", Ctx) == "HR"
    # a country or adjective before a minority's word is the minority's, not the body's country
    assert partner_countries.country_of("Hrvatska samouprava Sumony", Ctx) is None
    Ctx.lex = load("sl")
    # the minority's adjective is left out; its town says where the body is
    assert partner_countries.country_of("Italijanska samoupravna narodna skupnost Piran", Ctx) == "SI"
    assert partner_countries.country_of("Madžarska samoupravna narodna skupnost", Ctx) is None
    assert partner_countries.country_of("Zavod RS za gozdove", Ctx) is None  # a code inside a name is an acronym
    assert partner_countries.country_of("Zavod RS", Ctx) == "SI"  # "RS" is Slovenia in Slovenian
    Ctx.lex = load("de")
    assert partner_countries.country_of("Verein der ungarischen Minderheit", Ctx) is None
    assert partner_countries.country_of("Ungarische Minderheit in Wien", Ctx) == "AT"
    assert partner_countries.country_of("Ungarische Akademie der Wissenschaften", Ctx) == "HU"
    assert gazetteer.region_with_inserted_word("Trenčiansky samosprávny kraj") == "SK"


def test_partner_countries_said_once_for_a_group_and_project_items_with_a_country():
    fr = ("Le projet réunit une vingtaine de participants à travers la Belgique, dont la Province de Namur, "
          "le Parc naturel des Deux Ourthes et l’Office du Tourisme.\n")
    assert {c for _, c, _ in _partners(fr, "fr")} == {"BE"}
    es = "El equipo viajó a Polonia para encontrarse con los socios polacos, checos e italianos del proyecto VERDE (Vida en la ciudad).\n"
    assert record(es, "socios_es.txt")["projects"][0]["countries"] == ["PL", "CZ", "IT"]
    pl = "Projekt „Zielona Szkoła” realizowany jest wspólnie ze szkołami z Portugalii i Litwy.\n"
    assert record(pl, "z_pl.txt")["projects"][0]["countries"] == ["PT", "LT"]
    it = ("Nell’ambito del programma LIFE 2014, la Commissione Ue ha selezionato i primi 2 progetti integrati del nuovo "
          "programma:\n\n  • LIFE-IP ALPINE WATERS, Austria (12 milioni di euro);\n  • KRAS LIFE-IP, Slovenia (9 milioni di euro).\n")
    got = [(p["name"], p["countries"]) for p in record(it, "items_it.txt")["projects"]]
    assert got == [("LIFE-IP ALPINE WATERS", ["AT"]), ("KRAS LIFE-IP", ["SI"])]


def test_partner_country_from_its_web_address():
    from pipeline.gazetteer import country_of_domain
    assert country_of_domain("www.obec-lhota.cz") == "CZ"
    assert country_of_domain("https://www.gemeinde-beispiel.at/kontakt") == "AT"
    assert country_of_domain("http://www.uni-example.ac.uk") == "GB"
    # generic and non-country domains say nothing
    assert country_of_domain("www.interreg-example.eu") is None
    assert country_of_domain("https://project.org") is None
    assert country_of_domain("www.club.me") is None
    de = "Projektpartner: Verein Waldfreunde (www.waldfreunde.at)\n"
    assert _partners(de, "de")[0][1] == "AT"


def test_municipality_written_without_its_diacritics():
    from pipeline import gazetteer
    assert gazetteer.municipality_in_name("Landkreis Luban") == "PL"  # Lubań
    assert gazetteer.municipality_in_name("Obec Kosice") == "SK"  # Košice


def test_verbs_of_carrying_out_date_the_project():
    text = "Obec Nová Ves v letech 2015–2016 zrealizovala projekt „Zelená stezka“ s partnerem z Polska.\n"
    assert _period(text, "real_cs.txt")[:2] == ("2015", "2016")
    text = "V projektu Zelena pot, ki se bo izvajal med leti 2020 in 2022, sodelujejo štirje partnerji.\n"
    assert _period(text, "izv_sl.txt")[:2] == ("2020", "2022")
    text = "Projekt Zeleni put provodio se od 1. ožujka 2016. godine u Osijeku.\n"
    assert _period(text, "prov_hr.txt")[:2] == ("2016-03-01", None)
    # a lone year beside the verb may be either end: none is written
    text = "The project Green Path was implemented in 2017 by the town of Tarnów.\n"
    assert _period(text, "impl_en.txt")[:2] == (None, None)


def test_a_length_with_a_postposition_or_a_period_phrase():
    text = "Októberben zárul a két éven át tartó ZÖLD KERT projektünk, amelyben öt iskola vett részt.\n"
    assert _period(text, "at_hu.txt")[2] == 24
    text = "Das Projekt GRÜNWEG läuft drei Jahre lang und verbindet vier Gemeinden.\n"
    assert _period(text, "lang_de.txt")[2] == 36
    text = "The partners of the GREEN PATH project will carry out their tasks within a period of 2 years.\n"
    assert _period(text, "period_en.txt")[2] == 24
    # a length that is not the project's: no project in the sentence, no dates
    text = "Das Projekt GRÜNWEG verbindet vier Gemeinden.\n\nDer Bürgermeister war zwölf Jahre lang im Amt.\n"
    assert _period(text, "amt_de.txt")[2] is None


def test_run_on_form_labels_without_colons():
    # a form whose labels lost their colons and line breaks: each value runs up to the next label
    en = ("Application form KA220\n\nProject Title Greener Schools for Tomorrow Project Acronym GREEN-ST "
          "Project Start Date 01-09-2022 Project End Date 31-08-2024. The schools met in Bergen in May 2023.\n")
    p = record(en, "form_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("GREEN-ST", "Greener Schools for Tomorrow")
    # a row that opens with its label, between rows that open with labels too
    hu = ("Rövid cím Határtalan\n\nA felhívás kódja SKHU/2101\n\nProjekt kezdete 2022. március 1.\n\n"
          "Projekt vége 2023. június 30.\n")
    assert record(hu, "form_hu.txt")["projects"][0]["name"] == "Határtalan"
    # a short label line and a sentence are no form
    cs = "Zkratka projektu se neuvádí. Projekt začal v roce 2020 a skončil v roce 2022.\n"
    assert all(p["name"] is None for p in record(cs, "form_cs.txt")["projects"])


def test_one_proper_word_after_a_programme_noun():
    it = "Il progetto VALLIS è finanziato dal programma Montelago e coinvolge 4 partner.\n"
    assert record(it, "prog_it.txt")["projects"][0]["programme"] == "Montelago"
    es = "El proyecto RIBERA, financiado por el programa Duero con 200.000 euros, empezó en 2021.\n"
    assert record(es, "prog_es.txt")["projects"][0]["programme"] == "Duero"
    # not a country, not the EU's abbreviation, not in German where every noun is capitalised
    it = "Il progetto VALLIS è finanziato dal programma Ue e coinvolge 4 partner.\n"
    assert record(it, "prog_it2.txt")["projects"][0]["programme"] != "Ue"
    de = "Das Projekt VALLIS wird im Rahmen der Partnerschaft mit 200.000 Euro gefördert.\n"
    assert record(de, "prog_de.txt")["projects"][0]["programme"] is None


def test_programme_acronym_and_years_lead_stay_with_the_programme():
    nl = "Het project DELTA-X ontvangt 50 % van zijn financiering van INTERREG IVB North-West Europe (NWE) sinds 2010.\n"
    assert record(nl, "pa_nl.txt")["projects"][0]["programme"] == "INTERREG IVB North-West Europe (NWE)"
    pl = "Projekt współfinansowany z Regionalnego Programu Operacyjnego Województwa Lubuskiego na lata 2014-2020, wartość 1 000 000 zł.\n"
    assert record(pl, "pa_pl.txt")["projects"][0]["programme"].endswith("na lata 2014-2020")
    de = "Das Projekt BORDERWAY wird im Interreg SI-AT-Programm mit 300.000 Euro gefördert.\n"
    assert record(de, "pa_de.txt")["projects"][0]["programme"] == "Interreg SI-AT"
    # a funder in brackets is no acronym of the programme
    en = "The project NORA was funded by Interreg Europe (EU) with 1.2 million euros.\n"
    assert record(en, "pa_en.txt")["projects"][0]["programme"] == "Interreg Europe"


def test_title_line_with_the_acronym_in_brackets():
    en = ("Search results\n\nCross-border Network for Mountain Rescue Training (CROSSRESCUE)\n\n"
          "Start date: 1 March 2018. PROJECT FINISHED\n\nCROSSRESCUE trained 200 rescuers in Slovakia and Poland.\n")
    p = record(en, "brh_en.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("CROSSRESCUE", "Cross-border Network for Mountain Rescue Training")


def test_title_case_names_with_small_words_and_measures():
    es = "El proyecto Learning Together through Music and Games across Borders está cofinanciado por Erasmus+.\n"
    assert record(es, "tc_es.txt")["projects"][0]["name"] == "Learning Together through Music and Games across Borders"
    en = "The large-scale, 2.5-year-long project of the Delta Association ended in 2022 with a budget of 1 million euros.\n"
    assert all(p["name"] != "2.5-year-long" for p in record(en, "tc_en.txt")["projects"])
    # a bracket that opens with an organisation word names a partner, not the title
    it = "Sono stati finanziati i progetti Fiumi Vivi (Provincia di Belluno) e AlpNet (Comune di Feltre, Ente Parco).\n"
    assert all(p["title"] is None for p in record(it, "tc_it.txt")["projects"])


def test_labels_after_a_word_or_two_and_table_cells():
    hu = ("A kisprojekt megnevezése: | Nyári fesztivál a határon |\n\nA kisprojekt rövid címe: | „Együtt a Tiszán” |\n\n"
          "A kisprojekt teljes költségvetése: | 20 000,00 € |\n")
    p = record(hu, "cell_hu.txt")["projects"][0]
    assert (p["name"], p["title"]) == ("Együtt a Tiszán", "Nyári fesztivál a határon")


def test_kind_of_cooperation_and_country_pair_stay_with_the_programme():
    from pipeline.extractors.programme_names import programme_end
    text = "INTERREG V-A za prekograničnu suradnju Slovenija-Hrvatska 2014-2020. Projekt …"
    assert text[:programme_end(text, 0, "hr")] == "INTERREG V-A za prekograničnu suradnju Slovenija-Hrvatska 2014-2020"
    text = "Interreg V-A for cross-border cooperation Austria-Czechia funded it."
    assert text[:programme_end(text, 0, "en")] == "Interreg V-A for cross-border cooperation Austria-Czechia"
    text = "Erasmus+ and the cooperation Austria-Czechia are two things."
    assert text[:programme_end(text, 0, "en")] == "Erasmus+"


def test_an_adjective_opening_a_longer_name_after_a_programme_noun_is_no_programme():
    cs = ("Projekt „Zelená škola“ získal prostředky ze vzdělávacího programu Evropské unie Erasmus+ "
          "a probíhá ve spolupráci se školou z Rakouska.\n")
    assert _first_field("programme", cs, "cs") == "Erasmus+"
    it = "Il progetto Ponti Verdi è finanziato dal programma Alcotra per la cooperazione tra Italia e Francia.\n"
    assert _first_field("programme", it, "it") == "Alcotra"


def test_a_dash_and_lead_role_inside_a_list_item_end_the_item_before():
    hu = ("Partnerek:\nKNP (SK) – konzorciumi vezető partner, Tatra Nature Trust (SK), Bükki Nemzeti Park Igazgatóság (HU), "
          "Fundatia Carpatica (RO), Slovak Research Institute (SK)\n")
    assert _partners(hu, "hu")[:2] == [("KNP", "SK", "lead"), ("Tatra Nature Trust", "SK", "partner")]
    en = "Partners: Porto City Council (PT) - lead partner, Bilbao Metropoli (ES), Gent University (BE)\n"
    assert [(n, r) for n, _, r in _partners(en, "en")] == [
        ("Porto City Council", "lead"), ("Bilbao Metropoli", "partner"), ("Gent University", "partner")]


def test_a_lead_cue_that_opens_a_term_with_its_acronym_names_no_lead():
    assert _partners("The Lead Partner Principle (LPP) has applied to every project since 2007.\n", "en") == []
    assert _partners("The lead partner Budapest Enterprise Agency (BEA) signed the contract.\n", "en")[0][::2] == \
        ("Budapest Enterprise Agency", "lead")


def test_lead_cues_of_applicants_and_coordinating_beneficiaries():
    cases = [("hu", "Főpályázó (LP): Szegedi Tudományegyetem\nProjekt Partner (PP1): Aradi Egyetem\n", "Szegedi Tudományegyetem"),
             ("en", "Coordinating beneficiary: Regional Conservation Association (RCA)\n", "Regional Conservation Association"),
             ("de", "Hauptantragsteller ist der Landkreis Görlitz.\n", "Landkreis Görlitz"),
             ("de", "Federführend ist die Stadt Passau, Partner ist die Gemeinde Schärding.\n", "Stadt Passau"),
             ("de", "Die Leitung des Projektes übernimmt die Hochschule Trier.\n", "Hochschule Trier"),
             ("fr", "La Région Grand Est assure la coordination du projet.\n", "Région Grand Est")]
    for lang, text, lead in cases:
        found = _partners(text, lang)
        assert found and found[0][::2] == (lead, "lead"), (lang, found)


def test_under_the_leadership_of_names_an_organisation_not_a_person():
    cases = [("nl", "Het project loopt onder leiding van de Universiteit Gent.\n", "Universiteit Gent"),
             ("it", "Il progetto nasce sotto la guida del Comune di Bologna.\n", "Comune di Bologna"),
             ("hu", "A projekt a Debreceni Egyetem vezetésével valósul meg.\n", "Debreceni Egyetem"),
             ("en", "The network works under the leadership of the University of Tartu.\n", "University of Tartu")]
    for lang, text, lead in cases:
        found = _partners(text, lang)
        assert found and found[0][::2] == (lead, "lead"), (lang, found)
    for lang, text in [("nl", "De workshop vond plaats onder leiding van Jan de Vries.\n"),
                       ("it", "Gli studenti hanno lavorato sotto la guida di Marco Rossi.\n"),
                       ("en", "The choir sang under the leadership of Mayor John Smith.\n"),
                       ("de", "Die Projektleitung übernimmt Maria Huber.\n")]:
        assert _partners(text, lang) == [], (lang, text)


def test_a_postal_address_after_a_lead_is_not_part_of_its_name():
    hr = "NOSITELJ PROJEKTA:\nGradska knjižnica Karlovac, Ulica Ljudevita Gaja 1, 47 000 Karlovac\nPARTNERI:\nGrad Ozalj\n"
    assert _partners(hr, "hr")[0][::2] == ("Gradska knjižnica Karlovac", "lead")
    de = "Lead Partner: Hochschule Trier, Schneidershof 1, 54293 Trier\n"
    assert _partners(de, "de")[0][::2] == ("Hochschule Trier", "lead")


def test_a_persons_post_in_apposition_names_no_lead():
    de = "Professor Anna Berger, Vizerektorin für Forschung der Universität Graz und Koordinatorin von ALPS, sagte: „Wir freuen uns.“\n"
    assert [p for p in _partners(de, "de") if p[2] == "lead"] == []


def test_a_capitalised_article_after_a_lead_cue_is_the_names():
    assert _partners("Le projet est coordonné par La Poste.\n", "fr")[0][::2] == ("La Poste", "lead")
    assert _partners("The project is coordinated by The Open University.\n", "en")[0][::2] == ("The Open University", "lead")
    assert _partners("Le projet est coordonné par l’Université de Lorraine.\n", "fr")[0][::2] == ("Université de Lorraine", "lead")


def test_a_lead_cue_after_a_noun_and_its_article_names_no_lead():
    assert _partners("Beratung der Projektträger bei der Antragstellung.\n", "de") == []
    assert _partners("Ecoplus ist der Leadpartner des Projekts.\n", "de")[0][::2] == ("Ecoplus", "lead")


def test_a_lead_named_by_a_type_word_and_its_lower_case_complement():
    fr = "Le projet est porté par l’Office national de la forêt et réunit neuf partenaires.\n"
    assert _partners(fr, "fr")[0][::2] == ("Office national de la forêt", "lead")
    fr = "AGRIVAL, porté par l’Institut de l’agriculture et Agroscope, est un projet de recherche.\n"
    assert _partners(fr, "fr")[0][::2] == ("Institut de l’agriculture", "lead")
    # "pour", "en colaboración con": no name goes on with them
    assert all(p[0] == "Région" for p in _partners("Un projet porté par la Région pour la première fois.\n", "fr"))
    es = "El proyecto está liderado por la Diputación en colaboración con los ayuntamientos.\n"
    assert all(p[0] == "Diputación" for p in _partners(es, "es"))


def test_a_coined_one_word_name_after_a_lead_cue():
    assert _partners("Dit project, geleid door Energy21, werkt aan aanbevelingen.\n", "nl")[0][::2] == ("Energy21", "lead")


def test_a_plural_type_word_spread_over_a_list_names_each_partner():
    hr = "U projektu sudjeluju kao vodeći partner Razvojna agencija Sjever, a kao pridruženi partneri općine Gornja Lika, Donje Polje i Zelenovac.\n"
    assert [n for n, _, _ in _partners(hr, "hr")][-3:] == ["Općina Gornja Lika", "Općina Donje Polje", "Općina Zelenovac"]
    it = "Il progetto E-Net (partner Regioni Veneto, Marche e Molise, la Città di Nuvola) è stato finanziato.\n"
    assert [n for n, _, _ in _partners(it, "it")] == ["Regione Veneto", "Regione Marche", "Regione Molise", "Città di Nuvola"]
    # the type word named again in the next item: no spreading ("Općine X i TZ Općine X")
    hr = "Partneri projekta su Općine Zelenovac i TZ Općine Zelenovac.\n"
    assert "Općina TZ Općine Zelenovac" not in [n for n, _, _ in _partners(hr, "hr")]


def test_a_list_after_consists_of_and_units_and_city_columns():
    de = "Die Zusammenarbeit besteht aus der Stadt Bergheim, der Gemeinde Talhausen und dem Verein Grenzland.\n"
    assert [n for n, _, _ in _partners(de, "de")] == ["Stadt Bergheim", "Gemeinde Talhausen", "Verein Grenzland"]
    en = "The project is run by a consortium consisting of the University of Northam, Riverside College and Hillbank Council.\n"
    assert [n for n, _, _ in _partners(en, "en")] == ["University of Northam", "Riverside College", "Hillbank Council"]
    # "consists of" after anything else is no list of partners
    en = "The programme consists of Workshops, Study Visits and Summer Schools.\n"
    assert _partners(en, "en") == []
    sl = ("V projektu sodeluje 4 partnerjev, Občina Breg kot vodilni partner in partnerji Mestni muzej Dolina, "
          "Univerza v Gorici, fakulteta za gradbeništvo, arhitekturo in geodezijo, Občina Sveti Jurij v Slovenskih goricah.\n")
    names = [n for n, _, _ in _partners(sl, "sl")]
    assert "Univerza v Gorici, fakulteta za gradbeništvo, arhitekturo in geodezijo" in names
    assert "Mestni muzej Dolina" in names and "Občina Sveti Jurij v Slovenskih goricah" in names
    en = ("Six schools take part:\n\n- Nordvik skole, Nordvik, Norway\n- Gymnasium, Bergstadt, Germany\n"
          "- Liceo Scientifico Galileo Galilei, Pisa, Italy\n- Colegio San Juan Bosco, Toledo, Spain\n"
          "- Escola Básica Central, Braga, Portugal\n- Lycée Victor Hugo, Nantes, France\n")
    found = _partners(en, "en")
    assert ("Gymnasium", "DE", "partner") in found and ("Nordvik skole", "NO", "partner") in found


def test_listed_partners_with_their_share_a_repeated_preposition_or_a_country_heading():
    en = "Partners: Riverside College (120 000 EUR), Hillbank Council (80 000 EUR), Northam University (50 000 EUR).\n"
    assert [n for n, _, _ in _partners(en, "en")] == ["Riverside College", "Hillbank Council", "Northam University"]
    fr = "Le consortium est composé de l’Université de Valmont, de la Ville de Roquebrune et de l’Association Sauveterre.\n"
    assert [n for n, _, _ in _partners(fr, "fr")] == ["Université de Valmont", "Ville de Roquebrune", "Association Sauveterre"]
    # a clause after a dash is no item: "um das Projekt" is not the preposition of a listed name
    de = "Alle Hochschulen – darunter die Universität Bergheim – trafen sich, um das Projekt „NETZ“ zu starten.\n"
    assert all("Projekt" not in n for n, _, _ in _partners(de, "de"))
    it = ("PARTNER\n\nPer la Grecia\n\nRegione delle Isole Nord (capofila)\n\nRegione dell’Olimpo\n\n"
          "Per l’Italia\n\nRegione Basilicata\n\nComune di Roccalta\n")
    found = _partners(it, "it")
    assert ("Regione dell’Olimpo", "GR", "partner") in found and ("Regione Basilicata", "IT", "partner") in found
    sk = ("Projekty sú implementované prostredníctvom nasledovného partnerstva:\n\n• Alfa Trade s.r.o.\n"
          "• Prešovský samosprávny kraj\n• Beta Programiroda Nonprofit Kft.\n")
    assert len(_partners(sk, "sk")) == 3
    en = "Cooperation:\n\n- Joint workshops\n- Study visits\n"
    assert _partners(en, "en") == []


def test_members_after_consisting_of_a_plural_type_word():
    de = "Die Arbeitsgemeinschaft Flussstädte, bestehend aus den Städten Talhausen, Bergheim und Grenzau, plant das Projekt.\n"
    # towns under a plural of towns are named bare, as the gold names them (round 27)
    assert [n for n, _, _ in _partners(de, "de")] == ["Talhausen", "Bergheim", "Grenzau"]
    # no plural type word and no noun of cooperation: what something consists of is no partner list
    de = "Das Programm, bestehend aus Workshops, Exkursionen und Vorträgen, beginnt im Mai.\n"
    assert _partners(de, "de") == []


def _activities(text: str, name: str) -> list[str]:
    return [a["text"] for p in record(text, name)["projects"] for a in p["activities"]]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Projekt Grenzwald fördert die Zusammenarbeit der Forstbetriebe. Es werden Maßnahmen wie z.B. "
           "Baumpflanzungen, Exkursionen und Schulungen unterstützt.\n", ["Baumpflanzungen", "Exkursionen", "Schulungen"]),
])
def test_an_enumeration_after_its_cue_in_running_text(lang, text, expected):
    assert _activities(text, f"run_{lang}.txt") == expected


@pytest.mark.parametrize("lang,text", [
    # the cue after a preposition: a phrase of the sentence, not the project's list
    ("de", "Das Projekt Grenzwald wird von Partnern in den Bereichen Forschung, Lehre und Verwaltung getragen.\n"),
    # a conjunction or a preposition between the cue and the words after it
    ("en", "The kick-off meeting of project RIVERLINK covered the work packages and financial rules, the "
           "reporting schedule and the communication plan.\n"),
    ("en", "The project SEALINK will improve transport in peripheral areas to reach growth, cohesion and "
           "cleaner mobility.\n"),
    # the programme's sectors, not the project's
    ("es", "El programa Erasmus+ apoya a todos los sectores de la educación: infantil, primaria, secundaria y "
           "adultos. Nuestro proyecto Puentes empezó en 2020.\n"),
])
def test_enumerations_that_are_not_the_projects_activities(lang, text):
    assert _activities(text, f"notrun_{lang}.txt") == []


def test_a_label_with_its_plural_in_brackets_announces_a_list():
    text = ("Projet VALLEE\n\nProgramme : Interreg France-Suisse\n\nThème(s) :\n\n- Tourisme durable\n- Mobilité\n\n"
            "Porteur du projet : Commune de Sample\n")
    assert _activities(text, "plural_fr.txt") == ["Tourisme durable", "Mobilité"]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto Erasmus+ Ponti vede la partecipazione di 4 scuole di paesi diversi.\n", (4, None, None)),
    ("pl", "W projekcie NaszaRzeka uczestniczy 5 szkół z Polski, Czech i Słowacji.\n", (5, None, None)),
    ("hu", "A HatárTalan projektzáró rendezvényén hat együttműködő nemzet diákjai vettek részt.\n", (None, 6, None)),
    # a lower bound, a range and an amount are no counts
    ("en", "Project CLEARWATER: each consortium needs at least three partners.\n", (None, None, None)),
    ("nl", "In het project Kustlijn bestaat het partnerschap meestal uit acht tot twaalf organisaties.\n", (None, None, None)),
    ("fr", "Le projet ALPAGE a trouvé ses deux premiers partenaires en Italie.\n", (None, None, None)),
])
def test_counts_of_schools_and_nations_and_numbers_that_are_no_counts(lang, text, expected):
    doc = record(text, f"cnt_{lang}.txt")
    p = doc["projects"][0] if doc["projects"] else {}
    assert (p.get("stated_partner_count"), p.get("stated_country_count"), p.get("stated_member_count")) == expected


def test_a_page_date_stamp_is_no_event_and_dates_the_page():
    text = (" date 2021-10 Sopron, 14. októbra - V Soproni sa konala konferencia projektu GreenBorder o spolupráci "
            "miest.\n")
    doc = record(text, "stamp_sk.txt")
    assert doc["published"] == "2021-10"
    assert [(e["date"], e["end"]) for e in doc["events"]] == [("2021-10-14", None)]


@pytest.mark.parametrize("lang,text,expected", [
    # a bare year is background unless it is part of the event's name
    ("it", "Dal 2016 la nostra scuola partecipa a molti progetti; il progetto Ponti è stato lanciato nel 2019.\n", []),
    ("de", "Die Idee zum Projekt Waldweg geht auf die Landesausstellung 2011 in Horn zurück.\n", [("2011", None)]),
    # "la" puts the date, it does not end a period
    ("ro", "Asociația Verde a organizat la 12 martie 2019 conferința de lansare a proiectului RiverLink.\n",
     [("2019-03-12", None)]),
    # a typographic apostrophe in the verb
    ("fr", "Le comité du projet LACS s’est réuni le mardi 4 juin 2024 à Annecy.\n", [("2024-06-04", None)]),
])
def test_event_dates_bare_years_on_words_and_apostrophes(lang, text, expected):
    assert [(e["date"], e["end"]) for e in record(text, f"ev_{lang}.txt")["events"]] == expected


def test_a_value_line_that_names_its_amount_is_not_read_under_the_label_above():
    text = ("Projekt Świetlica w Lipowcu\n\nŚrodki finansowe, wysokość dofinansowania:\n\n"
            "• 120 000,00 PLN – całkowita wartość projektu,\n• 90 000,00 PLN – kwota dofinansowania.\n")
    assert _budgets(text, "pl") == [("120000.00", "PLN", "total"), ("90000.00", "PLN", "eu_contribution")]
    text = ("Valoarea totală a proiectului Parcul Verde este de 50.000,00 lei, din care asistența financiară "
            "nerambursabilă este de 49.000,00 lei, iar contribuția solicitantului 1.000,00 lei.\n")
    assert ("1000.00", "RON", "other") in _budgets(text, "ro")


def test_an_event_name_on_its_line_over_a_day_alone_and_a_host_school():
    text = ("Projekt Zöld Határ\n\nKöltségvetés összesen | 120.000 |\nNyitórendezvény\n2019. június 3.\n")
    assert [(e["date"], e["end"]) for e in record(text, "dn_hu.txt")["events"]] == [("2019-06-03", None)]
    text = ("Projekt Mosty Erasmus+ spojil šest škol. Hostitelem mobility v květnu 2019 byla naše škola.\n")
    assert [(e["date"], e["end"]) for e in record(text, "host_cs.txt")["events"]] == [("2019-05", None)]


def test_a_day_with_its_posting_time_dates_the_page_but_a_labelled_deadline_does_not():
    text = ("Studenti a Lucca per il progetto Ponti\n\n14 marzo 2023 | 09:15 | Condividi\n\n"
            "Il progetto Erasmus+ Ponti ha accolto gli studenti della scuola partner.\n")
    assert record(text, "posted_it.txt")["published"] == "2023-03-14"
    text = ("Application form of project BRIDGES\n\nDeadline (Brussels Time) 05 Mar 2024 12:00:00\n\n"
            "The project BRIDGES connects two schools.\n")
    assert record(text, "deadline_en.txt")["published"] is None


def test_an_approximate_conversion_in_brackets_is_no_figure_of_its_own():
    text = "Celkový rozpočet projektu Zelená stezka činí 40 000,00 EUR (přibližně 1 000 000,- Kč).\n"
    assert _budgets(text, "cs") == [("40000.00", "EUR", "total")]
    # an exact figure in another currency is stated, not converted by the page
    text = "Ukupna vrijednost projekta Zeleni trg iznosi 7.536,45 HRK (1.000,26 €).\n"
    assert ("1000.26", "EUR", "total") in _budgets(text, "hr")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The project SEAWAY brings together 12 Czech and Polish partners.\n", 12),
    ("sk", "Do projektu Most sa zapojilo 5 slovenských a maďarských partnerov.\n", 5),
    ("de", "Im Projekt Grenzwald arbeiten 24 deutsche und niederländische Bildungsträger zusammen.\n", 24),
])
def test_country_adjectives_between_a_number_and_its_noun(lang, text, expected):
    assert record(text, f"adj_{lang}.txt")["projects"][0]["stated_partner_count"] == expected


@pytest.mark.parametrize("lang, text, partners", [
    ("it", "Il comitato ha approvato nuove proposte per la montagna. I progetti finanziati sono: "
           "AlpiVerdi (Comune di Ostana, Unione Montana Valle Po); NeveLab (Camera di Commercio di Biella, Sciclub); "
           "Sentieri+ (Provincia di Varese, Fondazione Monti).\n",
     [["Comune di Ostana", "Unione Montana Valle Po"], ["Camera di Commercio di Biella", "Sciclub"],
      ["Provincia di Varese", "Fondazione Monti"]]),
    ("de", "Der Ausschuss hat drei Vorhaben bewilligt. Gefördert werden die Projekte: "
           "WaldWerk (Stadt Passau, Universität Linz); DigiMed (Klinikum Wels, Medtec); Flusslabor 2 (Gemeinde Schärding).\n",
     [["Stadt Passau", "Universität Linz"], ["Klinikum Wels", "Medtec"], ["Gemeinde Schärding"]]),
])
def test_an_inline_project_list_gives_each_project_the_organisations_in_its_brackets(lang, text, partners):
    rec = record(text, f"{lang}_inline_orgs.txt")
    assert [[x["name"] for x in p["partners"]] for p in rec["projects"]] == partners


@pytest.mark.parametrize("lang, text", [
    # one organisation type shared by several places: not one organisation each
    ("it", "I progetti finanziati sono: AlpiVerdi (Comuni di Ostana, Paesana e Crissolo); "
           "NeveLab (Camera di Commercio di Biella, Sciclub).\n"),
    # a conjunction inside one organisation's name
    ("es", "Los proyectos aprobados son: RioVivo (Parque natural Sierra y Cazorla); "
           "MarAzul (Cabildo de Lanzarote, Turismo Lanzarote).\n"),
    # the acronym of the name, not an organisation
    ("en", "The approved projects are: Clean Water Action (CWA); Green Schools Network (GSN).\n"),
])
def test_brackets_of_an_inline_list_item_that_hold_no_clear_organisations_give_none(lang, text):
    rec = record(text, f"{lang}_inline_orgs_no.txt")
    first = rec["projects"][0]["partners"] if rec["projects"] else []
    assert not any(len(x["name"].split()) == 1 for x in first)


@pytest.mark.parametrize("lang, text, names", [
    ("es", "El ayuntamiento participa en nuevos trabajos europeos.\n\n"
           "Estos cuatro proyectos -- 'Aguaviva', 'Ruta Norte', 'Sierra Verde' y 'Costa Limpia' -- cuentan con "
           "un presupuesto total de 1.250.000 euros.\n",
     ["Aguaviva", "Ruta Norte", "Sierra Verde", "Costa Limpia"]),
    ("en", "The council is taking part in new European work.\n\n"
           "The projects 'Riverlink', 'Green Hills' and 'Blue Coast' have a total budget of 900,000 euros.\n",
     ["Riverlink", "Green Hills", "Blue Coast"]),
])
def test_projects_listed_in_a_sentence_that_states_their_amount_are_each_a_project(lang, text, names):
    rec = record(text, f"{lang}_listed_amount.txt")
    assert [p["name"] for p in rec["projects"]] == names


def test_a_list_of_topics_under_one_project_is_not_split():
    text = ("The RiverCare project receives 300 000 EUR from the ERDF.\n\n"
            "The project works on three topics:\n\n"
            "- Education: lessons for schools along the river.\n"
            "- Health: clean water checks with Water Board North.\n"
            "- Culture: a festival in two towns.\n")
    rec = record(text, "en_topics.txt")
    assert len(rec["projects"]) == 1


@pytest.mark.parametrize("lang, text, names", [
    ("de", "Förderung für grenzüberschreitende Vorhaben\n\nDer Ausschuss hat neue Mittel bewilligt.\n\n"
           "Diese drei Projekte erhalten eine Förderung:\n\n"
           "- Flusstage: Ein Fest am Fluss. Fördersumme: 12.000 Euro.\n"
           "- Musikbrücken: Konzerte junger Bands. Fördersumme: 9.500 Euro.\n"
           "- Alte Wege: Wanderrouten im Grenzland. Fördersumme: 7.000 Euro.\n",
     ["Flusstage", "Musikbrücken", "Alte Wege"]),
    ("nl", "Nieuwe steun voor de grensregio\n\nHet comité heeft nieuwe middelen toegekend.\n\n"
           "Deze drie projecten krijgen subsidie:\n\n"
           "- Rivierdagen: Een feest langs de rivier. Subsidie: 12.000 euro.\n"
           "- Muziekbruggen: Concerten van jonge bands. Subsidie: 9.500 euro.\n"
           "- Oude Wegen: Wandelroutes in het grensgebied. Subsidie: 7.000 euro.\n",
     ["Rivierdagen", "Muziekbruggen", "Oude Wegen"]),
])
def test_items_of_a_uniform_list_under_a_plural_project_word_are_projects(lang, text, names):
    rec = record(text, f"{lang}_uniform.txt")
    assert [p["name"] for p in rec["projects"]] == names
    assert all(len(p["budgets"]) == 1 for p in rec["projects"])


def test_a_uniform_list_of_countries_under_a_plural_project_word_is_not_split():
    text = ("Funding results\n\nThe committee approved new funding.\n\nThe projects per country:\n\n"
            "- Austria: three projects, 2 000 000 EUR.\n"
            "- Slovenia: two projects, 1 200 000 EUR.\n"
            "- Italy: four projects, 2 500 000 EUR.\n")
    rec = record(text, "en_uniform_places.txt")
    assert len(rec["projects"]) <= 1


@pytest.mark.parametrize("lang, text, org", [
    ("de", "Die Stadt Passau erhält 600.000 Euro für zwei Projekte aus dem Programm Interreg Bayern-Österreich. "
           "Im Projekt „Flussraum“ arbeitet sie mit der Universität Linz und der Gemeinde Schärding zusammen. "
           "Im zweiten Projekt „Grenzwald“ sind die Stadt Braunau und das Land Oberösterreich Partner.\n",
     "Stadt Passau"),
])
def test_the_lead_in_before_projects_reported_one_after_another_is_every_projects(lang, text, org):
    # the organisation that obtained them all is each one's partner; their total is none's own
    rec = record(text, f"{lang}_lead_in.txt")
    assert len(rec["projects"]) == 2
    assert all(org in [x["name"] for x in p["partners"]] for p in rec["projects"])
    assert not any(b["amount"] == "600000.00" for p in rec["projects"] for b in p["budgets"])


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Obec Dolní Újezd v roce 2019 získala dotaci na opravu hasičské zbrojnice.\n", "Obec Dolní Újezd"),
    ("cs", "Projekt realizuje obec Horní Lhota v letech 2020–2021.\n", "obec Horní Lhota"),
    ("cs", "ZŠ a MŠ Lipová získala grant z programu Erasmus+.\n", "ZŠ a MŠ Lipová"),
    ("pl", "Gmina Nowa Wieś otrzymała dofinansowanie na budowę świetlicy.\n", "Gmina Nowa Wieś"),
    ("pl", "Dofinansowanie otrzymała Gmina Stara Wieś.\n", "Gmina Stara Wieś"),
    ("de", "Für das Projekt erhielt die Stadt Neustadt eine Förderung.\n", "Stadt Neustadt"),
    ("en", "The Municipality of Riverton received a grant from the programme.\n", "Municipality of Riverton"),
    ("hu", "Kisfalu Község Önkormányzata pályázati támogatásban részesült.\n", "Kisfalu Község Önkormányzata"),
    ("sl", "Občina Zgornja Vas je pridobila sredstva za obnovo ceste.\n", "Občina Zgornja Vas"),
    ("es", "El Ayuntamiento de Villanueva ha obtenido una subvención europea.\n", "Ayuntamiento de Villanueva"),
    ("it", "Il Comune di Montevecchio ha ottenuto un finanziamento europeo.\n", "Comune di Montevecchio"),
    ("ro", "Primăria Comunei Valea Mare a obținut finanțare europeană.\n", "Primăria Comunei Valea Mare"),
    ("hr", "Općina Gornji Grad je dobila sredstva iz fondova EU.\n", "Općina Gornji Grad"),
])
def test_the_organisation_that_obtains_or_carries_out_the_project_is_a_partner(lang, text, expected):
    assert expected in [name for name, _, _ in _partners(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Petr Svoboda získal grant na výzkum.\n"),  # a person
    ("cs", "Jan Novák, starosta obce Dolní Újezd, získal dotaci.\n"),  # a post in apposition, not the subject
    ("en", "The European Commission received the application.\n"),  # a funder
    ("sk", "Projekt Zelená Ves realizuje výstavbu chodníka.\n"),  # the project itself
])
def test_no_beneficiary_from_a_person_a_funder_or_the_project(lang, text):
    assert _partners(text, lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Cieľom projektu Most, na ktorom participuje Slovenská technická univerzita v Bratislave, je výskum.\n",
     "Slovenská technická univerzita"),
    ("hr", "Projekt Most, u kojem od 2020. sudjeluje Osnovna škola Ivana Gorana Kovačića, završava.\n",
     "Osnovna škola Ivana Gorana Kovačića"),
    ("en", "The project GreenWays, in which the University of Riverton takes part, starts in May.\n",
     "University of Riverton"),
    ("es", "El proyecto Verde, en el que participa el Ayuntamiento de Villanueva, empieza hoy.\n",
     "Ayuntamiento de Villanueva"),
])
def test_the_organisation_taking_part_in_a_relative_clause_on_the_project(lang, text, expected):
    assert any(name.startswith(expected) for name, _, _ in _partners(text, lang))


def test_our_school_taking_part_is_no_name():
    assert _partners("Naša základná škola sa zapojila do projektu Erasmus+.\n", "sk") == []


def test_a_date_between_the_subject_and_its_verb_is_no_part_of_the_name():
    text = ("Zöld Udvar program\n\nKisvárda Város Önkormányzata 2019. március 4. napján támogatási kérelmet "
            "nyújtott be a Zöld Udvar projekt megvalósítására.\n")
    names = [x["name"] for p in record(text, "date_hu.txt")["projects"] for x in p["partners"]]
    assert names == ["Kisvárda Város Önkormányzata"]


def test_a_numbered_partner_code_and_a_bulleted_country_in_a_partner_directory():
    text = ("GREENLINK\n\nPartners\n\n  • PP2 Regional Development Agency of Trnava • SLOVAKIA\n"
            "  • PP3 Municipality of Koper • SLOVENIA\n  • PP4 Technical University of Graz • AUSTRIA\n")
    found = [(x["name"], x["country"]) for p in record(text, "pp_en.txt")["projects"] for x in p["partners"]]
    assert found == [("Regional Development Agency of Trnava", "SK"), ("Municipality of Koper", "SI"),
                     ("Technical University of Graz", "AT")]


@pytest.mark.parametrize("text", [
    "The Porto (Portugal) Development Agency as lead partner welcomed the guests.",
    "The meeting was held in Porto (Portugal). As lead partner of the project, ADR welcomed us.",
])
def test_a_subject_read_without_its_brackets_is_no_span_of_the_text(text):
    # "Porto (Portugal) Development Agency" read without the bracket is not in the text as
    # written: the role's subject gives no name rather than a name with no evidence
    from pipeline.extractors.context import Context
    from pipeline.extractors.partner_subjects import subject_before
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = "en"
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    assert subject_before(ctx, 0, text.index(" lead") - 3) == ("", -1)


@pytest.mark.parametrize("lang,text,expected", [
    # "following" after the cue vouches for the lines below, however far from the colon and however long
    ("pl", "Projekt Zielony Most połączył dwie gminy.\n\nDziałania projektu obejmują następujące, wspólnie "
           "przygotowane przez obie gminy przedsięwzięcia:\n\nWarsztaty kulinarne dla seniorów z obu gmin "
           "(Lipowo – kwiecień 2021, Horní Lhota – maj 2021, z udziałem lokalnych kół gospodyń wiejskich)\n\n"
           "Rajd rowerowy wzdłuż granicy\n\nWspólny festyn rodzinny\n",
     ["Warsztaty kulinarne dla seniorów z obu gmin (Lipowo – kwiecień 2021, Horní Lhota – maj 2021, "
      "z udziałem lokalnych kół gospodyń wiejskich)", "Rajd rowerowy wzdłuż granicy", "Wspólny festyn rodzinny"]),
    # function words, project words and a copula between the cue and the colon; "and" closes the list
    ("en", "Project RIVERSIDE\n\nRIVERSIDE is funded by Interreg Europe.\n\nThe main activities of the project are "
           "the following: workshops, study visits and a joint action plan.\n",
     ["workshops", "study visits", "a joint action plan"]),
    ("ro", "Proiectul Punți Verzi a început în 2020.\n\nActivitățile proiectului sunt: ateliere de lucru, "
           "vizite de studiu și o conferință finală.\n",
     ["ateliere de lucru", "vizite de studiu", "o conferință finală"]),
])
def test_lead_ins_that_announce_activities(lang, text, expected):
    assert _activities(text, f"lead_{lang}.txt") == expected


@pytest.mark.parametrize("lang,text", [
    # the words after the cue are the project's name in quotes
    ("it", "La scuola partecipa al progetto Erasmus+ “Learning with Stones, Rivers, Trees and Clouds Activities” "
           "dal 2021.\n"),
    # "following" announces another field's list
    ("en", "Project HARBOUR\n\nThe activities are carried out by the following partners:\n\n"
           "Port of Koper\n\nUniversity of Trieste\n"),
    # without a comma, a conjunction joins two parts of a sentence, not two items
    ("en", "Project HARBOUR\n\nThe week was full of activities: the first day was spent visiting the harbour "
           "together and on a boat trip along the coast.\n"),
])
def test_lead_ins_that_announce_no_activities(lang, text):
    assert _activities(text, f"nolead_{lang}.txt") == []


@pytest.mark.parametrize("lang,text,expected", [
    # a range of hours after a day: an invitation's date
    ("en", "Project HARBOUR closing event\n\nThe results of the project will be presented.\n\n"
           "Date: Tuesday, 14 May 2024, 9:30 a.m. to 1:00 p.m.\n", [("2024-05-14", None)]),
    ("cs", "Projekt Přes hranice\n\nZveme vás na představení výsledků projektu.\n\nTermín: 3. 6. 2022, "
           "10:00 – 14:00, radnice v Liberci\n", [("2022-06-03", None)]),
    # an event "today" on a page dated that day
    ("hr", "Objavljeno: 14.03.2022\n\nUvodna konferencija projekta Zeleni grad održana je danas u gradskoj "
           "vijećnici.\n", [("2022-03-14", None)]),
    ("de", "18.09.2023\n\nDie Partner des Projekts Grenzwald trafen sich heute in Passau zum Auftakt.\n",
     [("2023-09-18", None)]),
    # a programme's monitoring committee met on a day
    ("de", "Der Begleitausschuss des Programms hat am 12. März 2024 in Dresden neue Projekte genehmigt, darunter "
           "das Projekt Grenzwald.\n", [("2024-03-12", None)]),
    # a day without its year near the page's date
    ("it", "12 aprile 2023\n\nIl progetto Ponti ha ospitato sabato 15 aprile gli studenti di tre scuole "
           "partner.\n", [("2023-04-15", None)]),
])
def test_events_by_hours_today_committees_and_near_days(lang, text, expected):
    rec = record(text, f"ev_{lang}.txt")
    assert [(e["date"], e["end"]) for e in rec["events"]] == expected
    # a date whose year (or whole day, "today") came from the page's date says so
    inferred = "danas" in text or "heute" in text or "15 aprile" in text
    assert [("date-inferred" in e["flags"]) for e in rec["events"]] == [inferred] * len(expected)


@pytest.mark.parametrize("lang,text", [
    # one time of posting is no event's
    ("hr", "Objavljeno: 14.03.2022, 12:34h\n\nProjekt Zeleni grad povezuje dvije općine.\n"),
    # "today" with no event word
    ("en", "Published 14 March 2022\n\nToday the project GreenWays has twelve partners in five countries.\n"),
])
def test_no_events_from_a_posting_time_or_a_bare_today(lang, text):
    assert record(text, f"noev_{lang}.txt")["events"] == []


@pytest.mark.parametrize("lang,text,expected", [
    # a weekday before the second day of a range
    ("it", "5 marzo 2024\n\nMartedì 19 e mercoledì 20 marzo il Comune ospiterà a Trento il meeting dei partner del "
           "progetto Valli Unite.\n", [("2024-03-19", "2024-03-20")]),
    ("fr", "Le séminaire du projet Rives aura lieu du lundi 3 au mercredi 5 juin 2024 à Lyon.\n",
     [("2024-06-03", "2024-06-05")]),
    # year first, the second day after "and" and before "between"
    ("hu", "A Zöld Út projekt partnerei 2023. május 8. és 11. között workshopot tartottak Győrben.\n",
     [("2023-05-08", "2023-05-11")]),
    # hours written "9h30 à 12h" after the day
    ("fr", "Projet Rives\n\nLes partenaires du projet présenteront les résultats obtenus aux acteurs du territoire et "
           "aux élus de la vallée.\n\nDate : jeudi 7 novembre 2024, 9h30 à 12h\n", [("2024-11-07", None)]),
])
def test_event_ranges_with_weekdays_and_hours(lang, text, expected):
    rec = record(text, f"wd_{lang}.txt")
    assert [(e["date"], e["end"]) for e in rec["events"]] == expected


def test_a_lettered_activity_list_keeps_number_positions():
    text = ("Projekt Most Przyjaźni\n\nProjekt Most Przyjaźni połączył dwie gminy.\n\nW ramach projektu "
            "zrealizowano następujące działania:\n\na) Warsztaty plastyczne\n\nb) Rajd rowerowy\n\nc) Festyn rodzinny\n")
    acts = [a for p in record(text, "letters_pl.txt")["projects"] for a in p["activities"]]
    assert [(a["position"], a["text"]) for a in acts] == [
        ("1", "Warsztaty plastyczne"), ("2", "Rajd rowerowy"), ("3", "Festyn rodzinny")]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Die Partner des Projekts Grenzwald trafen sich zu einer zweitägigen Konferenz am 4. Juni 2024 in Passau.\n",
     [("2024-06-04", "2024-06-05")]),
    ("fr", "Le projet Rives a organisé un séminaire de trois jours le 7 mai 2024 à Annecy avec ses partenaires "
           "italiens.\n", [("2024-05-07", "2024-05-09")]),
    # a day within a three-day visit is one day of it
    ("sl", "V okviru tridnevnega obiska Slovenije se je delegacija projekta Most 5. 4. 2019 ustavila tudi v "
           "Kopru.\n", [("2019-04-05", None)]),
])
def test_an_event_of_two_or_three_days_ends_after_its_first(lang, text, expected):
    rec = record(text, f"days_{lang}.txt")
    assert [(e["date"], e["end"]) for e in rec["events"]] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "În perioada 3-5 aprilie 2023 s-au organizat două întâlniri ale partenerilor proiectului Dunărea Verde la "
           "Giurgiu.\n", [("2023-04-03", "2023-04-05")]),
    ("hr", "Sastanci partnera projekta Zeleni most održani su 14. i 15. ožujka 2022. u Osijeku.\n",
     [("2022-03-14", "2022-03-15")]),
])
def test_plural_meeting_words_report_events(lang, text, expected):
    rec = record(text, f"plural_ev_{lang}.txt")
    assert [(e["date"], e["end"]) for e in rec["events"]] == expected


def test_a_label_run_into_its_amount_and_a_bracket_that_ends_a_sentence():
    text = ("The RIVERLINK project connects the schools of two regions.\n\n  • EU Grant:250.400,00 EUR\n  • Partners contribution: 12.300,00 EUR\n")
    assert ("250400.00", "EUR", "eu_contribution") in _budgets(text, "en")
    text = ("The GreenBridge project connects two towns. Total budget: 640,000 EUR (including 80% co-financing "
            "from ERDF). Riverton Council’s budget: 42,000 EUR (including 20% own resources).\n")
    assert ("42000.00", "EUR", "other") in _budgets(text, "en")


def test_a_year_before_the_euro_sign_is_no_amount():
    text = ("Het project Groene Rivier wil de natuur langs de rivier herstellen en de waterkwaliteit verbeteren. "
            "Voor het project is eind 2019 € 4 miljoen Europese subsidie toegekend.\n")
    assert _budgets(text, "nl") == [("4000000.00", "EUR", "eu_contribution")]


def test_prices_and_ranges_are_no_budgets():
    text = "Projekt „Zelená stezka“ má celkový rozpočet 80 000 EUR. Vstupné na zahájení je 50 Kč.\n"
    assert _budgets(text, "cs") == [("80000.00", "EUR", "total")]
    text = ("Le projet Vélo Vert relie deux communes. Les subventions aux projets vont de 100.000 à 250.000 €. "
            "Le projet a un budget total de 900.000 €.\n")
    assert _budgets(text, "fr") == [("900000.00", "EUR", "total")]


def test_each_part_after_of_which_is_a_part():
    text = ("Projekt Lávka cez rieku. Celkové náklady projektu sú 900.000,00 €, z toho na poľskej strane "
            "500.000,00 €, čo je 55 % a na slovenskej strane 400.000,00 €, čo je 45 %.\n")
    found = _budgets(text, "sk")
    assert ("400000.00", "EUR", "other") in found and ("900000.00", "EUR", "total") in found


def test_private_sources_own_deposit_and_state_budget_abbreviation_are_other():
    text = "Projekt Kamenná cesta\n\nDotace EU: 90 000,00 EUR\nSoukromé zdroje: 4 000,00 EUR\n"
    assert ("4000.00", "EUR", "other") in _budgets(text, "cs")
    text = "Projekt Kultúrny dom\n\nCelková hodnota projektu: 100 000,00 EUR\nVlastný vklad partnerov: 5 000,00 EUR\n"
    assert ("5000.00", "EUR", "other") in _budgets(text, "sk")


def test_worth_names_the_whole_unless_a_funding_noun_comes_first():
    text = "Projekt Zeleni put financiran je iz Europskog socijalnog fonda, a vrijedan je 80.500,00 EUR.\n"
    assert _budgets(text, "hr") == [("80500.00", "EUR", "total")]
    text = "The RiverGuard project received a grant worth EUR 2.5 million from the Interreg programme.\n"
    assert _budgets(text, "en") == [("2500000.00", "EUR", "eu_contribution")]


def test_a_cue_written_onto_the_amount_names_it():
    text = ("A benyújtott és támogatásban részesített nettó 8 200 000 Ft összköltségű Zöld Kút projekt "
            "a Támogatói Okirat alapján 6 970 000 Ft összegű támogatásban részesült.\n")
    found = _budgets(text, "hu")
    assert ("8200000.00", "HUF", "total") in found and ("6970000.00", "HUF", "eu_contribution") in found


def test_a_headline_figure_cut_to_three_digits_restates_the_exact_one():
    text = ("Odobreno 512.000 kuna za projekt Zeleni trg\n\nGradu Pagu je odobreno 512.430,20 kuna "
            "bespovratnih sredstava za projekt Zeleni trg.\n")
    assert _budgets(text, "hr") == [("512430.20", "HRK", "eu_contribution")]


def test_these_projects_and_a_sentence_pointing_back_are_not_one_projects_money():
    text = ("Der Ausschuss hat die Förderung dieser neuen Projekte bestätigt. Sie erhalten zusammen 6,1 Millionen "
            "Euro Fördermittel. Zu den Projekten gehört das Projekt „Grüne Brücke“ der Stadt Zittau, das "
            "420.000 Euro Fördermittel erhält.\n")
    assert _budgets(text, "de") == [("420000.00", "EUR", "eu_contribution")]


def test_a_fund_name_before_a_co_financing_noun_makes_it_eu_money():
    text = "Zöld Határ projekt\n\nERFA TÁRSFINANSZÍROZÁS € 210 400,00\nTELJES KÖLTSÉGVETÉS € 247 529,41\n"
    assert ("210400.00", "EUR", "eu_contribution") in _budgets(text, "hu")


def test_a_grant_from_the_state_budget_stays_other():
    text = ("Projekt Zelená stezka. Výše dotace z Evropského fondu pro regionální rozvoj činí 18 000,00 EUR. "
            "Výše dotace ze státního rozpočtu činí 1 000,00 EUR.\n")
    assert ("1000.00", "EUR", "other") in _budgets(text, "cs")


def test_a_number_before_a_quoted_name_and_further_partners_are_no_partner_count():
    text = ("Projekt „Zielony most” realizuje gmina Lubomia. Wniosek złożono w osi priorytetowej 4 "
            "\"Współpraca instytucji i społeczności\" programu Interreg.\n")
    assert record(text, "cnt_pl.txt")["projects"][0]["stated_partner_count"] is None
    text = ("Bestätigt wurde das Projekt „Grüne Wege“ der Stadt Zittau und weiterer 6 Partner aus Sachsen "
            "und Tschechien.\n")
    assert all(p["stated_partner_count"] != 6 for p in record(text, "cnt_de.txt")["projects"])


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Projekt „Grüne Brücke“ startet im Mai. Die Projektpartner sind insgesamt 7 und kommen aus 4 Ländern.\n", 7),
    ("cs", "Projekt Zelená stezka začal v květnu. Partnerů je celkem 6, pocházejí ze tří zemí.\n", 6),
    ("en", "The GreenBridge project started in May. The partners are 2 universities and a city council.\n", None),
])
def test_a_partner_count_stated_as_the_predicate(lang, text, expected):
    assert record(text, f"pred_{lang}.txt")["projects"][0]["stated_partner_count"] == expected


def _names(text: str, lang: str) -> list:
    return [(p["name"], p["title"]) for p in record(text, f"names_{lang}.txt")["projects"]]


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "„Zielone podwórka naszej gminy” to projekt, na który gmina otrzymała 25 000 EUR.\n",
     "Zielone podwórka naszej gminy"),
    ("cs", "„Společně bez hranic“ je projekt, který získal dotaci 40 000 EUR.\n", "Společně bez hranic"),
    ("fr", "« Vivre ensemble au bord du lac » est un projet doté de 60 000 EUR.\n", "Vivre ensemble au bord du lac"),
    ("de", "„Brücken für morgen“ ist ein Projekt mit einem Budget von 80 000 EUR.\n", "Brücken für morgen"),
])
def test_a_quotation_that_opens_a_sentence_saying_it_is_a_project(lang, text, expected):
    assert [n for n, _ in _names(text, lang)] == [expected]


def test_a_quotation_followed_by_a_verb_is_no_project_named():
    text = ("Le projet \"RIVA\" soutient les entreprises pour 90 000 EUR.\n\n"
            "\"Le jury\" sélectionne les projets innovants.\n")
    assert [n for n, _ in _names(text, "fr")] == ["RIVA"]


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Vrednost operacije ˝Obnova vaškega doma v Podgorju˝ znaša 120.000 EUR.\n",
     "Obnova vaškega doma v Podgorju"),
    ("hu", "A község 30 millió forintot nyert el a 'Faluház felújítása Kisréten' című projekt megvalósítására.\n",
     "Faluház felújítása Kisréten"),
])
def test_a_quotation_in_double_acute_marks_or_apostrophes_before_its_label(lang, text, expected):
    assert [n for n, _ in _names(text, lang)] == [expected]


def test_a_registration_code_before_a_file_name_is_no_acronym():
    text = ("TOP-2.1.3-16-AB1-2017-00042 Faluház felújítása.docx\n\n"
            "Az önkormányzat a „Faluház felújítása Kisréten” című, TOP-2.1.3-16-AB1-2017-00042 azonosító számú "
            "pályázaton 30 millió forint támogatást nyert el.\n")
    assert [n for n, _ in _names(text, "hu")] == ["Faluház felújítása Kisréten"]


def test_a_title_label_inside_a_sentence_before_a_quotation():
    text = ("V rámci programu Interreg V-A Slovensko – Česko, názov projektu : \"Cesta - Lávka - Most: spojenie "
            "dvoch obcí\", kód projektu ABCD.01.02.00-12-345/16-00, sa začala výstavba za 200 000 EUR.\n")
    assert [n for n, _ in _names(text, "sk")] == ["Cesta - Lávka - Most: spojenie dvoch obcí"]


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "W ramach projektu Mali ogrodnicy Europy w Europejskim Programie Erasmus+ szkoła otrzymała 20 000 EUR.\n\n"
           "Mali ogrodnicy Europy to nasza wspólna praca.\n", "Mali ogrodnicy Europy"),
    ("sk", "V rámci projektu Zelená škola v programe Erasmus+ škola získala 20 000 EUR.\n\n"
           "Zelená škola pokračuje aj v roku 2020.\n", "Zelená škola"),
])
def test_a_sentence_case_title_ends_before_the_programme_it_is_funded_by(lang, text, expected):
    assert [n for n, _ in _names(text, lang)] == [expected]


def test_a_page_title_over_labels_and_values_on_lines_of_their_own():
    text = ("Projekty\n\nObnova parku pri rieke Hron\n\nStav\nUkončený\nDátum od\n1. marca 2018\n\n"
            "Operačný program: Interreg V-A Slovensko – Maďarsko\n\nRozpočet: 50 000 EUR\n")
    assert [n for n, _ in _names(text, "sk")] == ["Obnova parku pri rieke Hron"]


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "“Caminos del río”, un proyecto de tipo KA2, recibió 30 000 EUR.\n", "Caminos del río"),
    ("en", "\"Bridges of Memory\", a project of three schools, received EUR 30 000.\n", "Bridges of Memory"),
    ("ro", "“Împreună pe Dunăre. Valori comune” este denumirea proiectului, finanțat cu 50 000 EUR.\n",
     "Împreună pe Dunăre. Valori comune"),
])
def test_a_quotation_in_apposition_or_named_as_the_project_name(lang, text, expected):
    assert [n for n, _ in _names(text, lang)] == [expected]


def test_a_first_line_over_a_description_and_labelled_facts_is_the_title():
    text = ("Rete dei sentieri tra le valli alpine\n\nIl progetto collega i sentieri delle due valli e forma le guide.\n\n"
            "Programma: Interreg Italia-Austria\n\nBudget di progetto: 80.000 €\n\nDurata: 01.01.2018-31.12.2019\n")
    assert [n for n, _ in _names(text, "it")] == ["Rete dei sentieri tra le valli alpine"]


def test_a_quoted_organisation_said_to_be_a_partner_of_the_project_is_no_name():
    text = ("Projekt ZELENÝ MOST získal 40 000 EUR.\n\n"
            "„Sdružení obcí Podhůří“ je partnerem projektu ZELENÝ MOST.\n")
    assert [n for n, _ in _names(text, "cs")] == ["ZELENÝ MOST"]


def _clean_ctx(text: str, lang: str):
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = lang
    return Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))


@pytest.mark.parametrize("lang, text, expected", [
    # a role label before the name, a seat after it
    ("en", "Lead partner is Harbour Logistics Ltd", [("Harbour Logistics Ltd", None)]),
    ("de", "Teil des Konsortiums: Alpenkraft Energie GmbH", [("Alpenkraft Energie GmbH", None)]),
    ("de", "Bergland Solar GmbH mit Sitz in Österreich", [("Bergland Solar GmbH", "AT")]),
    ("nl", "Stichting Groene Dijk gevestigd in Belgium", [("Stichting Groene Dijk", "BE")]),
    ("it", "Cooperativa Sole Verde con sede a Francia", [("Cooperativa Sole Verde", "FR")]),
    ("en", "Riverside Vocational College in Zwolle", [("Riverside Vocational College", "NL")]),
    # a university's town is its name's
    ("en", "Technical University in Košice", [("Technical University in Košice", None)]),
    # two organisations joined by "and", and one company whose legal form closes the "and"
    ("en", "Harbour Logistics Ltd and Northern Port Authority", [("Harbour Logistics Ltd", None), ("Northern Port Authority", None)]),
    ("en", "Coastal Marine and Freight Services GmbH", [("Coastal Marine and Freight Services GmbH", None)]),
    ("cs", "Obchodní akademie a Jazyková škola", [("Obchodní akademie a Jazyková škola", None)]),
    # the nominative of an inflected type word
    ("pl", "Stowarzyszenia Dolina Bobru", [("Stowarzyszenie Dolina Bobru", None)]),
    ("hr", "Općinom Zlatna Dolina", [("Općina Zlatna Dolina", None)]),
    # no name at all
    ("en", "Cooperation Agreements were signed", []),
    ("es", "Reunión final: Organizada en Madrid por los socios del proyecto en el mes 24", []),
    ("fr", "La nature", []),
    ("it", "Italiani", []),
])
def test_partner_names_are_cleaned_of_labels_seats_and_joins(lang, text, expected):
    from pipeline.extractors.partner_clean import clean
    from pipeline.extractors.partner_record import PARTNER, Partner
    ctx = _clean_ctx(text + "\n", lang)
    found = clean([Partner(text, PARTNER, 0, len(text))], ctx)
    assert [(p.name, p.country) for p in found] == expected
    for p in found:  # every name but a restored nominative is still its span of the text
        assert p.name == text[p.start:p.end] or lang in ("pl", "hr")


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Projektpartner aus Polen mit der Gemeinde Nowa Ruda", [("Gemeinde Nowa Ruda", "PL")]),
    ("de", "Technische Universität Dresden uvm.", [("Technische Universität Dresden", None)]),
    ("pl", "Uniwersytet Opolski itd.", [("Uniwersytet Opolski", None)]),
    ("en", "Gdynia, Gdańsk", [("Gdynia", "PL"), ("Gdańsk", "PL")]),
    ("hr", "Osnovna škola Ivana Gundulića, Dubrovnik", [("Osnovna škola Ivana Gundulića, Dubrovnik", None)]),
])
def test_partner_names_lose_a_country_label_and_a_lists_etc(lang, text, expected):
    from pipeline.extractors.partner_clean import clean
    from pipeline.extractors.partner_record import PARTNER, Partner
    found = clean([Partner(text, PARTNER, 0, len(text))], _clean_ctx(text + "\n", lang))
    assert [(p.name, p.country) for p in found] == expected
    assert all(p.name == text[p.start:p.end] for p in found)


@pytest.mark.parametrize("lang, name", [
    ("hu", "Universiteit van Amsterdam"),  # "van" is a Hungarian copula and a Dutch joiner
    ("ro", "Universidade de Trás-os-Montes e Alto Douro"),
    ("en", "Faculty of Medicine in Pilsen"),
    ("pl", "Uniwersytet w Białymstoku"),
    ("cs", "Vysoké učení technické v Brně"),
])
def test_a_foreign_joiner_or_a_university_town_stays_in_the_name(lang, name):
    from pipeline.extractors.partner_clean import clean
    from pipeline.extractors.partner_record import PARTNER, Partner
    found = clean([Partner(name, PARTNER, 0, len(name))], _clean_ctx(name + "\n", lang))
    assert [p.name for p in found] == [name]


LEAD_LABEL_SENTENCE_CASE = [
    ("sl", "Vodilni partner:\n\nRazvojni center za podeželje\n\nTrajanje: 2019–2021\n", "Razvojni center za podeželje"),
    ("hr", "Vodeći partner:\n\nRegionalna razvojna agencija sjever\n\nTrajanje: 2019–2021\n",
     "Regionalna razvojna agencija sjever"),
    ("cs", "Vedoucí partner:\n\nRegionální rozvojová agentura pro venkov\n\nDoba trvání: 2019–2021\n",
     "Regionální rozvojová agentura pro venkov"),
]


@pytest.mark.parametrize("lang,text,lead", LEAD_LABEL_SENTENCE_CASE, ids=[x[0] for x in LEAD_LABEL_SENTENCE_CASE])
def test_lead_label_alone_takes_a_sentence_case_name_below(lang, text, lead):
    """A lead label alone on its line names one organisation on the next line, even when
    the name has one capital, as Slavic languages write names."""
    assert [(n, r) for n, _, r in _partners(text, lang)] == [(lead, "lead")]


def test_lead_label_alone_takes_no_sentence_below():
    assert _partners("Vodilni partner:\n\nProjekt je bil uspešno zaključen.\n", "sl") == []


def test_partner_country_from_the_address_in_its_contact_block():
    found = _partners("Lead Beneficiary: Kertész Sportegyesület (Gardeners Sport Club)\n\nContact:\n\n"
                      "Kertész Sportegyesület (Gardeners Sport Club)\n\nAddress: Fő utca 12, 6800 Hódmezővásárhely, "
                      "Hungary\n", "en")
    assert found == [("Kertész Sportegyesület", "HU", "lead")]
    found = _partners("Projektpartner:\n\nVerein Grenzenlos Wandern\n\nAdresse: Hauptstraße 3, 3830 Waidhofen, "
                      "Österreich\n", "de")
    assert found == [("Verein Grenzenlos Wandern", "AT", "partner")]


BORDER_COMPOUNDS = [
    ("fr", "Le projet Alpha, un nouveau projet franco-suisse financé par Interreg, a démarré en 2019.\n", ["FR", "CH"]),
    ("it", "Il progetto Alfa, finanziato dal programma di cooperazione italo-sloveno, è iniziato nel 2019.\n", ["IT", "SI"]),
    ("es", "El proyecto Alfa, una iniciativa hispano-portuguesa financiada por Interreg, comenzó en 2019.\n", ["ES", "PT"]),
    ("en", "The Alpha project, a Franco-German initiative funded by Interreg, started in 2019.\n", ["FR", "DE"]),
    ("de", "Das Projekt Alpha, gefördert aus dem Programm Interreg, stärkt seit 2019 die sächsisch-polnische "
           "Zusammenarbeit.\n", ["DE", "PL"]),
]


@pytest.mark.parametrize("lang,text,expected", BORDER_COMPOUNDS, ids=[x[0] for x in BORDER_COMPOUNDS])
def test_project_countries_from_a_combining_form_and_an_adjective(lang, text, expected):
    """A compound of a combining form ("franco-", "italo-") or a region's adjective and a
    country adjective names cooperation across that border."""
    assert sorted(_first_field("countries", text, lang)) == sorted(expected)


def test_no_border_countries_from_a_first_name_or_a_lone_prefix():
    text = "The Alpha project of the Franco Bianchi Foundation, funded by Interreg, started in 2019.\n"
    assert _first_field("countries", text, "en") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le projet Alpha, financé par Interreg, réunit des partenaires belges et suisses depuis 2019.\n", ["BE", "CH"]),
    ("es", "El proyecto Alfa, financiado por Interreg, reúne a socios belgas y suizos desde 2019.\n", ["BE", "CH"]),
    ("hu", "Az Alfa projekt az Interreg program támogatásával 2019-ben indult, belga és osztrák partnerek "
           "részvételével.\n", ["BE", "AT"]),
])
def test_partner_adjectives_of_countries_without_a_language_name(lang, text, expected):
    """Belgium, Switzerland, Austria and Cyprus have no language of their own, so their
    adjectives come from the cue files."""
    assert sorted(_first_field("countries", text, lang)) == sorted(expected)


SEATS = [
    ("de", "Das Projekt wird unter der Federführung von Alpina Consulting GmbH mit Sitz in Österreich umgesetzt.\n",
     ("Alpina Consulting GmbH", "AT")),
    ("en", "The project is coordinated by Alpine Research Institute, based in Graz, and runs until 2022.\n",
     ("Alpine Research Institute", "AT")),
    ("it", "Il progetto è coordinato dalla Fondazione Alpina per la Ricerca con sede a Trento e durerà tre anni.\n",
     ("Fondazione Alpina per la Ricerca", "IT")),
    ("fr", "Le projet est coordonné par l’Institut Alpin de Recherche, basé à Grenoble, et durera trois ans.\n",
     ("Institut Alpin de Recherche", "FR")),
]


@pytest.mark.parametrize("lang,text,expected", SEATS, ids=[x[0] for x in SEATS])
def test_partner_country_from_a_phrase_of_seat(lang, text, expected):
    """'mit Sitz in', 'based in', 'con sede a' and their place end the name and give its country."""
    assert [(n, c) for n, c, _ in _partners(text, lang)] == [expected]


def test_a_phrase_of_seat_before_a_lower_case_word_gives_no_country():
    assert [(n, c) for n, c, _ in _partners("The project is coordinated by Alpine Research Institute, based in "
                                             "several regions of the Alps.\n", "en")] == [("Alpine Research Institute", None)]


def test_no_border_countries_from_a_sentence_that_counts_projects():
    """"douze projets dans l’espace franco-germano-suisse": the programme's area, not this project's."""
    text = ("Le projet Alpha, financé par Interreg, a démarré en 2019.\n\n"
            "Le comité a retenu douze projets dans l’espace franco-germano-suisse du Rhin supérieur.\n")
    assert _first_field("countries", text, "fr") == []


@pytest.mark.parametrize("lang,text,lead", [
    ("it", "Il Comune di Alberobello è il principale beneficiario di questo progetto, avviato nel 2019.\n", "Comune di Alberobello"),
    ("en", "The Municipality of Ravne is the main beneficiary of the project, which started in 2019.\n",
     "Municipality of Ravne"),
])
def test_lead_called_the_main_beneficiary(lang, text, lead):
    assert [(n, r) for n, _, r in _partners(text, lang)] == [(lead, "lead")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La Région vient d'attribuer une aide à la Ville de Mulhouse et ses partenaires pour le projet.",
     ["Ville de Mulhouse"]),
    ("en", "The Galway Technology Centre and its partners launched the project in May.", ["Galway Technology Centre"]),
    ("de", "Die Stadtwerke Konstanz GmbH und ihre Partner haben das Projekt gestartet.", ["Stadtwerke Konstanz GmbH"]),
    ("nl", "Het project werd ingediend door het Waterschap Rivierenland en zijn partners Stichting Groen Erfgoed en Hogeschool Arnhem.",
     ["Waterschap Rivierenland", "Stichting Groen Erfgoed", "Hogeschool Arnhem"]),
    ("it", "Il Comune di Trento e i suoi partner hanno presentato il progetto.", ["Comune di Trento"]),
    ("es", "La Fundación Mar Azul y sus socios presentaron el proyecto en Vigo.", ["Fundación Mar Azul"]),
])
def test_an_organisation_named_beside_its_own_partners(lang, text, expected):
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "La France et ses partenaires européens soutiennent le projet."),
    ("en", "The European Union and its partners fund the project."),
    ("en", "The project and its partners met in Vienna."),
    ("de", "Das Projekt und seine Partner trafen sich in Wien."),
])
def test_a_country_a_funder_or_the_project_beside_its_partners_is_no_partner(lang, text):
    assert _partners(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Our pupils visited our partner school Liceo Scientifico Galilei (Italy) in March.",
     ("Liceo Scientifico Galilei", "IT")),
    ("ro", "Elevii au fost găzduiți de școala parteneră Istituto Comprensivo Dante Alighieri, Italia, timp de o săptămână.",
     ("Istituto Comprensivo Dante Alighieri", "IT")),
    ("fr", "Les élèves ont rendu visite à notre établissement partenaire, le Gimnazjum Adama Mickiewicza de Gniezno.",
     ("Gimnazjum Adama Mickiewicza de Gniezno", None)),
    ("de", "Die Partnerschule IES Lope de Vega (Spanien) empfing unsere Gruppe.", ("IES Lope de Vega", "ES")),
])
def test_one_partner_named_right_after_its_singular_noun(lang, text, expected):
    found = [(name, country) for name, country, _ in _partners(text, lang)]
    assert found[:1] == [expected] or expected[1] is None and found[:1] and found[0][0] == expected[0]


@pytest.mark.parametrize("lang, text", [
    ("en", "The students travelled to the partner school in Pisa."),
    ("it", "Gli studenti hanno visitato la scuola partner di Cracovia."),
])
def test_a_partner_school_named_by_its_town_alone_gives_no_name(lang, text):
    assert _partners(text, lang) == []


def test_a_list_item_naming_two_organisations_of_one_country():
    text = ("SEAROUTE\n\nProject partners:\n"
            "  • Baltic Ports Ltd and Klaipeda University of Applied Sciences from Lithuania\n"
            "  • Chamber of Commerce and Industry of Slovenia from Slovenia\n")
    found = [(x["name"], x["country"]) for p in record(text, "two_en.txt")["projects"] for x in p["partners"]]
    assert found == [("Baltic Ports Ltd", "LT"), ("Klaipeda University of Applied Sciences", "LT"),
                     ("Chamber of Commerce and Industry of Slovenia", "SI")]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto ALPI coinvolge i seguenti partner: Regionsmanagement Osttirol, GAL Val Pusteria, "
           "città di Brunico, città di Lienz e GAL Alto Bellunese.\n",
     ["Regionsmanagement Osttirol", "GAL Val Pusteria", "città di Brunico", "città di Lienz", "GAL Alto Bellunese"]),
    ("fr", "Le projet RIVES réunit les partenaires suivants : Eurométropole de Strasbourg, ville de Kehl, "
           "commune de Lauterbourg et Région Grand Est.\n",
     ["Eurométropole de Strasbourg", "ville de Kehl", "commune de Lauterbourg", "Région Grand Est"]),
])
def test_a_lower_case_type_word_with_its_preposition_goes_on_a_list(lang, text, expected):
    # "città di Brunico": a type word in lower case, its "di" and a name is a list item, not its end
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Projekt VodaZa\n\nTrajanje projekta:\n36 mesecev (od 1. 3. 2019 do 28. 2. 2022)\n",
     ("2019-03-01", "2022-02-28", 36)),
    ("en", "Project RiverLink\n\nDuration:\n24 months (from 1 October 2020 to 30 September 2022)\n",
     ("2020-10-01", "2022-09-30", 24)),
    ("cs", "Projekt Most\n\nDoba trvání: 18 měsíců (od 1. 1. 2018 do 30. 6. 2019)\n", ("2018-01-01", "2019-06-30", 18)),
])
def test_a_duration_label_gives_the_range_bracketed_after_its_length(lang, text, expected):
    assert _period(text, f"dur_label_{lang}.txt") == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "Proiectul ApaVie\n\nÎncepând cu luna martie 2019 a început implementarea proiectului ApaVie. Proiectul se "
           "desfășoară pe o perioadă de 24 de luni, de la 1 martie 2019 până la 28 februarie 2021.\n",
     ("2019-03-01", "2021-02-28")),
    ("en", "Project BlueRoad\n\nThe project started in May 2018. The project runs from 14 May 2018 to 13 May 2020.\n",
     ("2018-05-14", "2020-05-13")),
])
def test_a_range_completes_a_start_read_less_precisely(lang, text, expected):
    assert _period(text, f"refine_{lang}.txt")[:2] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Projekt Most cez Dunaj\n\nProjekt spája obce na oboch brehoch rieky a podporuje cestovný ruch v regióne."
           "\n\nZačiatok projektu\n01-03-2018\nDokončenie projektu\n31-08-2019\n",
     ("2018-03-01", "2019-08-31")),
    ("cs", "Projekt Lávka\n\nZahájení projektu: 1. 3. 2018\nDokončení projektu: 31. 8. 2019\n",
     ("2018-03-01", "2019-08-31")),
    ("hu", "A HídKapu projekt 2018. március 1-jén kezdődött, befejezési határideje 2019. augusztus 31.\n",
     ("2018-03-01", "2019-08-31")),
])
def test_a_completion_word_ends_the_project(lang, text, expected):
    assert _period(text, f"completion_{lang}.txt")[:2] == expected


def test_a_decimal_comma_inside_an_activity_is_no_item_break():
    text = ("Projekt Staza\n\nAKTIVNOSTI PROJEKTA: izgradnja pješačke staze duljine 2,4 km, postavljanje rasvjete, "
            "nabava 5 bicikala.\n")
    assert _activities(text, "decimal_hr.txt") == ["izgradnja pješačke staze duljine 2,4 km", "postavljanje rasvjete",
                                                    "nabava 5 bicikala"]


@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Projekt Voda Erasmus+\n\nPlánované mobility:\n\n- október 2022 v Portugalsku\n- apríl 2023 na Slovensku\n",
     [("2022-10", None), ("2023-04", None)]),
    ("en", "Project GreenSchools\n\nProject meetings:\n\n- 12 May 2022, Graz\n- 3-5 October 2022, Lyon\n",
     [("2022-05-12", None), ("2022-10-03", "2022-10-05")]),
])
def test_dated_items_under_a_lead_in_that_names_events(lang, text, expected):
    assert [(e["date"], e["end"]) for e in record(text, f"items_{lang}.txt")["events"]] == expected


def test_dated_items_under_a_lead_in_without_an_event_word_are_no_events():
    text = "Project GreenSchools\n\nProject phases:\n\n- May 2022 planning\n- October 2022 evaluation\n"
    assert record(text, "phases_en.txt")["events"] == []


def test_a_german_meeting_compound_is_an_event():
    text = "Projekt Brücke\n\nBeim ersten Partnertreffen vom 10.04.2019 bis 12.04.2019 in Linz wurden die Aufgaben verteilt.\n"
    assert [(e["date"], e["end"]) for e in record(text, "treffen_de.txt")["events"]] == [("2019-04-10", "2019-04-12")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Projekt SeaLink\n\nDas Budget des Aufrufs beträgt 12 Millionen Euro. Das Projekt SeaLink erhält 450.000 Euro "
           "aus dem EFRE.\n"),
    ("es", "Proyecto SeaLink\n\nEl presupuesto de la convocatoria es de 12 millones de euros. El proyecto SeaLink recibe "
           "450.000 euros del FEDER.\n"),
    ("cs", "Projekt SeaLink\n\nRozpočet výzvy je 12 mil. EUR. Projekt SeaLink získal 450 000 EUR z EFRR.\n"),
])
def test_the_budget_of_the_call_is_not_the_projects(lang, text):
    assert _budgets(text, lang) == [("450000.00", "EUR", "eu_contribution")]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Projekt Mosty přes Olši\n\nProjekt bude realizován v období 03/2022–02/2023 a v jeho rámci se uskuteční "
           "seminář pro starosty a výstava fotografií.\n"),
    ("de", "Projekt Grenzwald\n\nIn den zwölf Monaten der Projektlaufzeit vom 01.04.2021 bis 31.03.2022 finden in "
           "beiden Gemeinden Workshops für Schulen statt.\n"),
    ("pl", "Projekt Zielony Most\n\nProjekt realizowany jest w okresie od 1 lipca 2020 do 30 czerwca 2021, a w jego "
           "ramach odbędą się warsztaty i konferencja.\n"),
])
def test_a_twelve_month_project_period_is_no_event(lang, text):
    # the range covers its last month whole: twelve months, the project's period
    assert record(text, f"period_{lang}.txt")["events"] == []


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Projekt Mosty přes Olši\n\nStudijní cesta partnerů do Vídně, 14. – 16.5. 2019\n",
     ("2019-05-14", "2019-05-16")),
    ("sl", "Projekt Zeleni most\n\nDne 7. in 8. oktobra 2020 je v Mariboru potekala delavnica partnerjev.\n",
     ("2020-10-07", "2020-10-08")),
    ("en", "Project HARBOUR\n\nThe partner workshop took place in Split on 3 - 5 June 2021.\n",
     ("2021-06-03", "2021-06-05")),
])
def test_a_range_whose_year_stands_after_its_last_day_is_not_inferred(lang, text, expected):
    events = record(text, f"stated_{lang}.txt")["events"]
    assert [(e["date"], e["end"]) for e in events] == [expected]
    assert all("date-inferred" not in e["flags"] for e in events)


@pytest.mark.parametrize("lang,text", [
    ("de", "Projekt Grenzwald\n\nBeim Treffen wurden die Ergebnisse, die Aktivitäten der Partnerschulen, die "
           "Austausche der Lehrkräfte und vieles mehr besprochen.\n"),
    ("en", "Project HARBOUR\n\nAt the meeting the partners discussed the results, the activities of each school, "
           "the budget and the next steps.\n"),
    ("nl", "Project GroenLint\n\nTijdens de bijeenkomst werden de resultaten, de activiteiten van de scholen, "
           "de begroting en de planning besproken.\n"),
])
def test_a_cue_that_is_itself_an_item_of_an_enumeration_heads_no_list(lang, text):
    assert _activities(text, f"sibling_{lang}.txt") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Project HARBOUR\n\nThe project works in three fields: port logistics (rail, road, inland waterways), "
           "tourism and fisheries.\n",
     ["port logistics (rail, road, inland waterways)", "tourism", "fisheries"]),
    ("it", "Progetto PONTI\n\nIl progetto opera in tre settori: agricoltura (vino, olio, formaggi), turismo e "
           "artigianato.\n",
     ["agricoltura (vino, olio, formaggi)", "turismo", "artigianato"]),
])
def test_commas_inside_brackets_do_not_split_an_item(lang, text, expected):
    assert _activities(text, f"brackets_{lang}.txt") == expected


@pytest.mark.parametrize("lang,text,kept,dropped", [
    ("sk", "Projekt Priateľské mestá\n\nCelkový rozpočet projektu je 180.000,00 eur. Maximálny celkový rozpočet "
           "malého projektu je 50.000 eur.\n", "180000.00", "50000.00"),
    ("en", "Project HARBOUR\n\nThe total budget of the project is EUR 950,000. The maximum grant for a small "
           "project is EUR 40,000.\n", "950000.00", "40000.00"),
    ("de", "Projekt Grenzwald\n\nDie Gesamtkosten des Projekts betragen 420.000 Euro. Die maximale Förderung "
           "eines Kleinprojekts beträgt 25.000 Euro.\n", "420000.00", "25000.00"),
    ("pl", "Projekt Zielony Most\n\nWartość projektu wynosi 300 000 EUR. Maksymalna wartość mikroprojektu wynosi "
           "30 000 EUR.\n", "300000.00", "30000.00"),
])
def test_an_amount_stated_as_a_maximum_is_no_project_budget(lang, text, kept, dropped):
    amounts = [a for a, _, _ in _budgets(text, lang)]
    assert kept in amounts and dropped not in amounts


@pytest.mark.parametrize("lang,text,amount", [
    ("hr", "Projekt Zeleni grad\n\nVrijednost projekta je 900.000,00 kuna, a Općini Vrsar je odobren maksimalni "
           "iznos prihvatljivih troškova u iznosu od 750.000,00 kuna.\n", "750000.00"),
    ("de", "Projekt Grenzwald\n\nDer Gemeinde Hohenau wurde eine maximale Förderung von 80.000 Euro bewilligt.\n",
     "80000.00"),
])
def test_a_maximum_approved_for_the_project_is_its_own(lang, text, amount):
    assert amount in [a for a, _, _ in _budgets(text, lang)]


@pytest.mark.parametrize("lang,text,total,part", [
    ("sk", "Projekt Priateľské mestá\n\nCelkový rozpočet projektu je 320.500,00 eura, z toho rozpočet pre mesto "
           "Bytča je 140.000,00 eura.\n", "320500.00", "140000.00"),
    ("ro", "Proiectul Poduri verzi\n\nValoarea totală a proiectului este de 600.000 euro, din care bugetul "
           "partenerului din Ruse este de 250.000 euro.\n", "600000.00", "250000.00"),
])
def test_a_part_of_the_total_named_with_a_budget_word_is_no_total(lang, text, total, part):
    found = _budgets(text, lang)
    assert (total, "EUR", "total") in found and (part, "EUR", "other") in found


def test_a_town_and_its_statutory_city_are_one_partner():
    # the project's name lists the towns; the lead is named with its type words "statutární město"
    text = ("Projekt 15 let spolupráce měst Opava, Racibórz, Krnov získal dotaci\n\nProjekt \"15 let spolupráce měst "
            "Opava, Racibórz, Krnov\" získal dotaci z Fondu mikroprojektů. Dotaci obdrží všichni tři partneři "
            "projektu, statutární město Opava jako vedoucí partner projektu a město Racibórz a město Krnov jako "
            "partneři projektu.\n")
    names = [x["name"] for p in record(text, "stat_cs.txt")["projects"] for x in p["partners"]]
    assert "statutární město Opava" in names and "Opava" not in names


@pytest.mark.parametrize("text,expected", [
    ("x ‘Green Valleys’ y", "Green Valleys"),
    ("x ‘Learning Together!’ y", "Learning Together!"),
    ("x “Open Doors” y", "Open Doors"),
])
def test_single_curly_quotes_close_a_quotation(text, expected):
    # ’ closes ‘…’ although it opens nothing itself
    from pipeline.extractors.name_text import quoted_at
    q = quoted_at(text, 2)
    assert q and text[q[0]:q[1]] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "Met het tweejarige project ‘Samen Sterker Sporten’ werkt onze school samen met 4 partners uit Italië. "
           "Het project krijgt 120 000 EUR.\n", "Samen Sterker Sporten"),
    ("en", "Our school joined the project ‘Water Heroes’ with 5 partners from Spain and Greece. "
           "The project receives EUR 90 000.\n", "Water Heroes"),
])
def test_a_name_in_single_curly_quotes_after_a_project_word(lang, text, expected):
    assert _first_field("name", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Konsortium des neuen EU-Projekts „Digitale Dörfer im Grenzland“ (DIDOGRE) traf sich in Passau. "
           "Das Projekt erhält 400.000 Euro.\n", ("DIDOGRE", "Digitale Dörfer im Grenzland")),
    ("de", "Im Forschungsprojekt „Wasser für morgen“ arbeiten 6 Partner aus 3 Ländern zusammen. "
           "Das Projekt läuft 24 Monate.\n", ("Wasser für morgen", None)),
    ("nl", "Het onderzoeksproject “Slimme Dijken” krijgt 250 000 euro. Het project loopt 36 maanden.\n",
     ("Slimme Dijken", None)),
])
def test_a_quotation_after_a_compound_project_word(lang, text, expected):
    names = _names(text, lang)
    assert names[:1] == [expected]


def test_a_quoted_name_beats_an_organisation_after_a_project_word():
    # "projekte Razvojne agencije …" names an organisation; the quotation names the project
    text = ("Sastanku je prisustvovala voditeljica za razvojne projekte Lokalne Razvojne agencije Sjever. "
            "Općina namjerava kandidirati projekt “Obnova stare škole u središtu sela” vrijedan 300.000 eura.\n")
    assert _first_field("name", text, "hr") == "Obnova stare škole u središtu sela"


def test_a_hungarian_quotation_before_targyu():
    text = ("Az önkormányzat „Az óvoda energetikai felújítása” tárgyú projektje 25 000 000 Ft támogatást kapott. "
            "A projekt 2021. május 1-jén indult.\n")
    assert _first_field("name", text, "hu") == "Az óvoda energetikai felújítása"


def test_an_acronym_heading_with_a_colon_and_its_spelled_title():
    text = ("GROW: Growing Regional Opportunities for Women\n\n"
            "The GROW project brings together 8 partners from 5 countries. GROW runs for 30 months "
            "and has a budget of EUR 1 500 000.\n")
    assert _names(text, "en")[:1] == [("GROW", "Growing Regional Opportunities for Women")]


@pytest.mark.parametrize("text,expected", [
    ("A projekt a Széchenyi 2020 Gazdaságfejlesztési Operatív Programban (GINOP) valósult meg, "
     "50 000 000 Ft támogatással.\n", "Széchenyi 2020 Gazdaságfejlesztési Operatív Program"),
])
def test_a_hungarian_programme_named_before_its_inflected_phrase(text, expected):
    assert _first_field("programme", text, "hu") == expected


def test_eval_treats_a_space_before_a_brands_plus_as_typography():
    from pipeline.evaluate import norm
    assert norm("Erasmus +") == norm("Erasmus+") == norm("ERASMUS+")
    assert norm("Erasmus + KA2") == norm("Erasmus+ KA2")
    assert norm("Erasmus Plus") != norm("Erasmus+")  # another spelling, not typography


@pytest.mark.parametrize("lang,text,expected", [
    ("hu", "A projekt a Széchenyi 2020 Környezet- és Energiahatékonysági Operatív Program keretében valósult meg, "
           "100 000 000 Ft támogatással.\n", "Széchenyi 2020 Környezet- és Energiahatékonysági Operatív Program"),
    ("ro", "Proiectul este finanțat în cadrul Programului Operațional Competitivitate, cu o valoare de 500.000 lei.\n",
     "Programul Operațional Competitivitate"),
])
def test_an_operational_programme_with_a_suspended_compound_or_an_inflected_phrase(lang, text, expected):
    assert _first_field("programme", text, lang) == expected


def test_a_calls_code_is_no_programme():
    text = ("A projekt a Széchenyi Terv Plusz program keretében a GINOP_PLUSZ-2.1.1-21 kódszámú felhívásból valósul meg. "
            "A támogatás összege 30 millió Ft.\n")
    assert _first_field("programme", text, "hu") != "GINOP_PLUSZ-2.1.1-21"


@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Obec Horná Lehota podala v marci žiadosť o nenávratný finančný príspevok na projekt obnovy námestia.\n",
     "Obec Horná Lehota"),
    ("sl", "Občina Dolnji Grad je s projektom Zelena pot uspešno kandidirala na javni razpis.\n", "Občina Dolnji Grad"),
    ("es", "El IES Miguel Servet ha iniciado un proyecto Erasmus+ con dos centros europeos.\n", "IES Miguel Servet"),
    ("fr", "Le lycée Victor Hugo a déposé un projet Erasmus+ pour l'année prochaine.\n", "lycée Victor Hugo"),
    ("hu", "Kisfalud Község Önkormányzata sikeresen pályázott a Vidékfejlesztési Program keretében.\n",
     "Kisfalud Község Önkormányzata"),
])
def test_a_typed_name_opening_a_sentence_on_the_project_is_a_partner(lang, text, expected):
    # the subject named by its type word applies for or carries out the project: its beneficiary
    assert expected in [name for name, _, _ in _partners(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("sk", "Obec Horná Lehota leží v údolí rieky a má bohatú históriu.\n"),
    ("es", "El IES Miguel Servet celebra hoy su aniversario con una fiesta.\n"),
    ("hu", "Kisfalud Község Önkormányzata ünnepséget tartott a falu napján.\n"),
])
def test_a_typed_name_in_a_sentence_without_the_project_is_no_partner(lang, text):
    assert _partners(text, lang) == []


def test_a_hungarian_type_word_closing_a_name_is_put_back_in_the_nominative():
    text = "Kisfalud Község Önkormányzatának pályázata a Vidékfejlesztési Program támogatását nyerte el.\n"
    assert "Kisfalud Község Önkormányzata" in [name for name, _, _ in _partners(text, "hu")]


@pytest.mark.parametrize("lang,text,expected", [
    ("hu", "A projektet konzorciumban valósította meg: Alsófalu Község Önkormányzata, Felsőfalu Község Önkormányzata "
           "és Középfalu Község Önkormányzata.\n",
     ["Alsófalu Község Önkormányzata", "Felsőfalu Község Önkormányzata", "Középfalu Község Önkormányzata"]),
    ("en", "The consortium consists of: Northfield Energy Agency, Southport University and Eastbay Chamber of Commerce.\n",
     ["Northfield Energy Agency", "Southport University", "Eastbay Chamber of Commerce"]),
])
def test_a_list_after_a_consortium_word_and_a_colon_names_partners(lang, text, expected):
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,name,expected", [
    ("hr", "Splitsko-dalmatinskom županijom", "Splitsko-dalmatinska županija"),
    ("hr", "Istarsku županiju", "Istarska županija"),
    ("sk", "Technickou univerzitou v Košiciach", "Technická univerzita v Košiciach"),
    ("pl", "Śląską Fundacją Rozwoju", "Śląska Fundacja Rozwoju"),
    ("hr", "Udruga slijepih Splitsko-dalmatinske županije", "Udruga slijepih Splitsko-dalmatinske županije"),
    # adjectives before a masculine or neuter type word
    ("pl", "Mazowieckim Instytutem Badań", "Mazowiecki Instytut Badań"),
    ("pl", "Polskim Towarzystwem Przyjaciół Przyrody", "Polskie Towarzystwo Przyjaciół Przyrody"),
    ("cs", "Zlínským krajem", "Zlínský kraj"),
    ("cs", "Statutárním městem Kladno", "Statutární město Kladno"),
    ("sk", "Žilinským samosprávnym krajom", "Žilinský samosprávny kraj"),
    ("sl", "Razvojnim centrom Posavja", "Razvojni center Posavja"),
    ("sl", "Planinskim društvom Kamnik", "Planinsko društvo Kamnik"),
    ("hr", "Slavonskim zavodom za kulturu", "Slavonski zavod za kulturu"),
    # Polish adjectives after the type word, in the type word's case only
    ("pl", "Gminą Miejską Opole", "Gmina Miejska Opole"),
    ("pl", "Uniwersytetem Łódzkim", "Uniwersytet Łódzki"),
    ("pl", "Powiatu Nowosądeckiego", "Powiat Nowosądecki"),
    ("pl", "Sądeckim Parkiem Krajobrazowym", "Sądecki Park Krajobrazowy"),
    ("pl", "Fundacją Polskiej Sztuki", "Fundacja Polskiej Sztuki"),  # a genitive after it stays
    # a capitalised type word with a lower-case complement
    ("hr", "Ministarstvom turizma", "Ministarstvo turizma"),
    # a word before the type word with no agreeing ending: the name stays as written
    ("cs", "Knihovna Zlínského kraje", "Knihovna Zlínského kraje"),
])
def test_adjectives_agreeing_with_an_inflected_type_word_go_back_to_the_nominative(lang, name, expected):
    from pipeline.extractors.partner_clean import _nominative
    from pipeline.extractors.partner_record import Partner

    class _Ctx:  # _nominative reads only the language
        pass
    ctx = _Ctx()
    ctx.lang = lang
    assert _nominative(Partner(name, "partner", 0, len(name)), ctx).name == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "Școli din Turciei și din Ucrainei", ["TR", "UA"]),
    ("pl", "Szkoła z Turcji i z Japonii", ["TR", "JP"]),
    ("sk", "Partneri z Turecka", ["TR"]),
    ("hu", "Partnerek Törökországban és Japánban", ["TR", "JP"]),
    ("sl", "Partner iz Turčije", ["TR"]),
    ("de", "Stadt Bruneck und Gemeinde Toblach", []),
    ("ro", "Spitalul Municipal din Cluj", []),
])
def test_a_far_off_country_or_a_places_other_name_inflects_only_with_a_case_ending(lang, text, expected):
    # "Bruneck" starts like "Brunei", "Municipal" like "Munic" (München's Catalan name): no case ending follows
    from pipeline import gazetteer
    from pipeline.lexicons import load
    found = [h.cc for h in gazetteer.find(text, load(lang)) if h.kind in ("country", "city") and h.cc != "RO"]
    assert found == expected


@pytest.mark.parametrize("lang,place,cc", [
    ("sk", "Nitre", "SK"), ("cs", "Brně", "CZ"), ("de", "Zypern", "CY"), ("de", "Graz", "AT"),
    ("de", "Ljubljana/Slowenien", "SI"), ("fr", "Nancy, France", "FR"), ("en", "Trier / DE", "DE"),
])
def test_one_reading_of_the_place_after_a_phrase_of_seat(lang, place, cc):
    from pipeline.extractors.partner_countries import seat_country
    from pipeline.lexicons import load

    class _Ctx:
        pass
    ctx = _Ctx()
    ctx.lex, ctx.lang = load(lang), lang
    assert seat_country(place, ctx) == cc


@pytest.mark.parametrize("lang,text", [
    ("it", "Comunità Nazionale Italiana di Capodistria"),
    ("es", "Asociación de la minoría húngara"),
    ("fr", "Union de la minorité slovène"),
    ("hr", "Vijeće srpske nacionalne zajednice"),
])
def test_a_minority_body_takes_no_country_from_its_adjective(lang, text):
    # the adjective after (or before) a minority's noun is the minority's, not the country of the body's seat
    from pipeline.extractors.partner_countries import country_of

    class _Ctx:
        pass
    ctx = _Ctx()
    from pipeline.lexicons import load
    ctx.lex, ctx.lang = load(lang), lang
    assert country_of(text, ctx) is None


def test_a_name_holding_places_of_two_countries_gets_no_country():
    # "Euroregion Görlitz-Zgorzelec": a body across the border of the two
    from pipeline.extractors.partner_countries import country_of
    from pipeline.lexicons import load

    class _Ctx:
        pass
    ctx = _Ctx()
    ctx.lex, ctx.lang = load("de"), "de"
    assert country_of("Verein Euroregion Bratislava-Wien", ctx) is None
    assert country_of("Technische Universität Wien", ctx) == "AT"


@pytest.mark.parametrize("lang,text,cue", [
    ("it", "Il progetto ALBA è coordinato dall’Università di Padova.", "coordinato dall’"),
    ("fr", "Le projet NOVA est coordonné par l’Université de Nantes.", "coordonné par"),
])
def test_a_cue_ending_in_an_elided_article_matches_before_a_name(lang, text, cue):
    # "dall’" runs into the name after it; the cue phrase must be one token there too
    from pipeline import nlp
    assert cue in [c.text for c in nlp.cues(text, lang)]


def test_a_town_written_without_some_of_its_accents():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.town_in_name("Gymnasium Ceske Budejovice", load("de")) == "CZ"



@pytest.mark.parametrize("lang,text,expected", [
    # an en dash with no spaces, which the tokeniser leaves inside one token
    ("hu", "Magyarország–Szlovákia Határon Átnyúló Együttműködési Program", ["HU", "SK"]),
    # two country names side by side
    ("sk", "Interreg V-A Poľsko Slovensko 2014-2020", ["PL", "SK"]),
    ("pl", "Interreg Polska Słowacja", ["PL", "SK"]),
])
def test_countries_of_a_bilateral_programme_written_tight(lang, text, expected):
    from pipeline.assemble import bilateral
    from pipeline.lexicons import load

    class _Ctx:
        pass
    ctx = _Ctx()
    ctx.lex, ctx.lang = load(lang), lang
    assert sorted(bilateral(text, ctx)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Projektpartner\nStadtwerke Passau GmbH, Landkreis Cham, Kreis Pilsen / Strategische Partner: Stadt Linz, Stadt Budweis\n",
     ["Stadtwerke Passau GmbH", "Landkreis Cham", "Kreis Pilsen", "Stadt Linz", "Stadt Budweis"]),
    ("en", "Partners: Harbour Authority of Gdynia, Baltic Logistics Ltd; Associated partners: Port of Kalmar, Klaipeda City\n",
     ["Harbour Authority of Gdynia", "Baltic Logistics Ltd", "Port of Kalmar", "Klaipeda City"]),
])
def test_a_label_inside_a_one_line_list_splits_it(lang, text, expected):
    # "A, B / Strategische Partner: C": the second label is no part of a name; both lists are partners
    assert sorted(name for name, _, _ in _partners(text, lang)) == sorted(expected)


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Partnerji projekta smo Kmetijski zavod Celje, Razvojna agencija Sotla in Občina Kozje.\n",
     ["Kmetijski zavod Celje", "Razvojna agencija Sotla", "Občina Kozje"]),
    ("cs", "Partnery projektu jsme Základní škola Lipník, Město Hranice a Muzeum Komenského.\n",
     ["Základní škola Lipník", "Město Hranice", "Muzeum Komenského"]),
])
def test_a_first_person_copula_after_a_partner_cue_opens_a_list(lang, text, expected):
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Al progetto partecipano il Comune di Fano, il museo della Ceramica di Faenza e l’agenzia di sviluppo della "
           "contea di Spalato.\n",
     ["Comune di Fano", "museo della Ceramica di Faenza", "agenzia di sviluppo della contea di Spalato"]),
    ("fr", "Au projet participent la Ville de Nantes, le musée des Beaux-Arts de Rennes et l’office de tourisme de Quimper.\n",
     ["Ville de Nantes", "musée des Beaux-Arts de Rennes", "office de tourisme de Quimper"]),
])
def test_an_article_and_a_lower_case_type_word_open_a_list_item(lang, text, expected):
    # "…, il museo della X": the article and the type word start a new organisation, which keeps its type word
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Uczelnia należy do sojuszu CIVIS, w którym znajdują się również: Uniwersytet w Bukareszcie, "
           "Uniwersytet Sztokholmski i Uniwersytet w Tybindze.\n",
     ["Uniwersytet w Bukareszcie", "Uniwersytet Sztokholmski", "Uniwersytet w Tybindze"]),
    ("hu", "A város a projektet konzorciumi együttműködésben valósította meg: Kőszeg Város Önkormányzata, "
           "Bük Város Önkormányzata.\n",
     ["Kőszeg Város Önkormányzata", "Bük Város Önkormányzata"]),
])
def test_members_of_an_alliance_or_consortium_listed_after_a_colon(lang, text, expected):
    assert [name for name, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto vede il partenariato di Università di Padova, Regione Marche e Comune di Zara.\n",
     ["Università di Padova", "Regione Marche", "Comune di Zara"]),
    ("en", "The work is carried out by a partnership of Kent County Council, Ghent University and Brest Métropole.\n",
     ["Kent County Council", "Ghent University", "Brest Métropole"]),
])
def test_a_partnership_of_names_lists_them(lang, text, expected):
    assert [name for name, _, _ in _partners(text, lang)] == expected


def test_a_count_then_exactly_as_many_names_is_a_list():
    text = "Le projet SEAMAR est porté par un réseau composé de trois clusters, Cluster Aquimer, Cluster Maritime Breton et Technopole Brest-Iroise.\n"
    assert [name for name, _, _ in _partners(text, "fr")] == ["Cluster Aquimer", "Cluster Maritime Breton", "Technopole Brest-Iroise"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lycée a établi un projet avec trois autres établissements : Munich en Allemagne, Rome en Italie et Madrid en Espagne.\n"),
    ("en", "The school works with three other schools: Munich in Germany, Rome in Italy and Madrid in Spain.\n"),
])
def test_towns_standing_for_schools_are_no_partners(lang, text):
    # the towns say where the partner schools are; the schools are not named
    assert _partners(text, lang) == []


def test_a_participation_verb_before_the_project_name_lists_no_partner():
    text = "Los representantes de las instituciones participantes en el proyecto europeo Green Coast Network visitaron Vigo.\n"
    assert "Green Coast Network" not in [name for name, _, _ in _partners(text, "es")]


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "De provincie keurde een bijdrage van 2 miljoen euro goed voor ‘Waterrijk Zeeland’, een ambitieus project "
           "van drie gemeenten.\n", "Waterrijk Zeeland"),
    ("de", "Die Stiftung fördert „Grüne Höfe“, ein neues Projekt der Stadt Linz, mit 40.000 Euro.\n", "Grüne Höfe"),
    ("cs", "Kraj podpořil „Zelené stezky“, nový projekt tří obcí, částkou 2 mil. Kč.\n", "Zelené stezky"),
    ("en", "The region funds “Blue Rivers”, a project of four towns, with EUR 300,000.\n", "Blue Rivers"),
])
def test_a_quotation_in_apposition_to_a_project_word_is_its_name(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_a_quoted_measure_before_its_type_and_number_is_no_name():
    # "„X“, tip operacije 7.4.1": the measure a project is funded under, with its number
    text = ("Projekt Obnova trga financiran je iz mjere „Temeljne usluge i obnova sela“, tip operacije 7.4.1 "
            "Programa ruralnog razvoja.\n")
    assert _first_field("name", text, "hr") != "Temeljne usluge i obnova sela"


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "El consorcio reúne a 3 universidades europeas (la Universidad de Lugo en España, la Universidad de Brno "
           "en Chequia y la Universidad de Turku en Finlandia).\n",
     [("Universidad de Lugo", "ES"), ("Universidad de Brno", "CZ"), ("Universidad de Turku", "FI")]),
    ("en", "The network brings together four regional agencies (Agency North, Agency South, Agency East and "
           "Agency West) to share data.\n",
     [("Agency North", None), ("Agency South", None), ("Agency East", None), ("Agency West", None)]),
])
def test_a_counted_noun_then_its_list_in_brackets_names_partners(lang, text, expected):
    assert [(n, c) for n, c, _ in _partners(text, lang)] == expected


def test_a_bracketed_list_that_does_not_match_its_count_is_left_alone():
    text = "The network brings together four regional agencies (Agency North, Agency South) to share data.\n"
    assert _partners(text, "en") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Projekt STU podporuje mobilitu študentov.\n\nPartneri projektu:\nKanada, University of Alberta\n"
           "Srbsko, University of Novi Sad\n", [("University of Alberta", "CA"), ("University of Novi Sad", "RS")]),
    ("en", "The project supports student mobility.\n\nProject partners:\nCanada, University of Alberta\n"
           "Vietnam, National University of Civil Engineering\n",
     [("University of Alberta", "CA"), ("National University of Civil Engineering", "VN")]),
])
def test_a_list_item_opening_with_its_country_gives_the_country_not_the_name(lang, text, expected):
    assert [(n, c) for n, c, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "Zilte Dijken (Interreg Vlaanderen-Nederland)\n\nLooptijd: van 1 april 2016 tot 31 maart 2019\n\n"
           "De partners herstellen samen drie kilometer dijk langs de kust.\n", "Zilte Dijken"),
    ("cs", "Zelená stezka (Interreg V-A Slovensko – Česká republika)\n\nDoba realizace: 1. 4. 2017 – 31. 3. 2019\n\n"
           "Obce společně vybudují cyklostezku podél řeky.\n", "Zelená stezka"),
])
def test_a_title_line_with_its_programme_in_brackets_gives_the_name(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_hungarian_partners_in_their_case_form_after_partnerseg():
    text = ("A GREEN projekt a Pécsi Tudományegyetem kutatóinak munkája.\n\n"
            "A projekt szoros együttműködésben a finn Turku Egyetemmel és az osztrák Graz Egyetemmel valósul meg "
            "2025-ig.\n")
    assert [(n, c) for n, c, _ in _partners(text, "hu")][-2:] == [("Turku Egyetem", "FI"), ("Graz Egyetem", "AT")]


def test_hungarian_case_form_list_ends_at_a_name_with_no_type_word():
    text = ("A GREEN projekt a Pécsi Tudományegyetem kutatóinak munkája.\n\n"
            "A projekt szoros partnerségben a svéd Uppsala Egyetemmel és Kovács Péter kutatóval valósul meg.\n")
    names = [n for n, _, _ in _partners(text, "hu")]
    assert "Uppsala Egyetem" in names and not any("Kovács" in n for n in names)


def test_a_length_between_two_dates_in_a_flattened_form_row():
    text = ("The GREEN ROOTS project links four schools around urban gardens.\n\n"
            "Project Start Date Project Duration Project End Date\n\n"
            "01/10/2023 24 months 30/09/2025\n")
    assert _period(text, "row_en.txt") == ("2023-10-01", "2025-09-30", 24)
    # a length that does not agree with the dates around it says nothing about them
    text = ("The GREEN ROOTS project links four schools around urban gardens.\n\n"
            "01/10/2023 6 months 30/09/2025\n")
    assert _period(text, "row_bad_en.txt")[:2] == (None, None)


def test_a_period_label_with_its_value_styled_as_a_heading():
    text = ("# Sentiers du Sud\n\nLe projet Sentiers du Sud relie trois villages par des chemins balisés.\n\n"
            "## Durée du projet\n\n## Septembre 2019 - août 2022\n\nLes communes partenaires entretiennent les chemins.\n")
    assert _period(text, "heading_fr.md")[:2] == ("2019-09", "2022-08")
    text = ("# Zeleni koridor\n\nProjekt Zeleni koridor povezuje tri občine s kolesarsko potjo.\n\n"
            "## IZVAJANJE\n\n## April 2016 – junij 2018\n\nObčine skupaj vzdržujejo pot.\n")
    assert _period(text, "heading_sl.md")[:2] == ("2016-04", "2018-06")


def test_a_year_label_value_with_a_year_word_is_the_whole_period():
    text = "Projekt „Zielona Dolina” połączył dwie gminy.\n\n- okres realizacji: 2021 rok.\n- wartość projektu: 40 000 zł.\n"
    assert _period(text, "rok_pl.txt")[:2] == ("2021", "2021")


def test_termin_realizace_label_gives_years():
    text = "Projekt Mosty přes hranice spojil dvě školy.\n\nTermín realizace: 2019-2021\n\nŠkoly spolu pořádaly výměny žáků.\n"
    assert _period(text, "termin_cs.txt")[:2] == ("2019", "2021")


def test_the_stated_length_then_a_colon_then_its_dates():
    text = "Projekt Spoločná cesta prepojil dve obce.\n\nTrvanie projektu: 24 mesiacov: 1.3.2018 - 28.2.2020\n"
    assert _period(text, "colon_sk.txt") == ("2018-03-01", "2020-02-28", 24)


def test_a_length_with_a_postposition_for():
    text = "Le projet VéloMer a démarré à Nantes. 24 mois durant, ce projet reliera les pistes cyclables du littoral.\n"
    assert _period(text, "durant_fr.txt")[2] == 24
    text = "The BRIDGES project connects two universities. It is a 30 months long project funded by Erasmus+.\n"
    assert _period(text, "long_en.txt")[2] == 30


def test_an_inflected_duration_noun_before_the_length():
    text = ("Projekt Zeleni grad provodi Grad Zagreb. Plaće za vrijeme trajanja projekta od 18 mjeseci "
            "financiraju se iz EU fondova.\n")
    assert _period(text, "trajanja_hr.txt")[2] == 18


def test_eligible_expenditure_in_its_case_form_is_the_total():
    text = ("Projekt Zberný dvor realizuje obec Nová Ves.\n\nCelková výška oprávnených výdavkov projektu je 120.000,00 Eur.\n")
    assert ("120000.00", "EUR", "total") in _budgets(text, "sk")
    text = ("Projekt Sběrný dvůr realizuje obec Nová Ves.\n\nVýše způsobilých výdajů projektu činí 2 400 000 Kč.\n")
    assert ("2400000.00", "CZK", "total") in _budgets(text, "cs")


def test_a_for_phrase_beside_a_verb_of_carrying_out_gives_the_length():
    text = "Projekt Zelené školy, který má škola realizovat během dvou let, propojí pět škol.\n"
    assert _period(text, "realizovat_cs.txt")[2] == 24
    text = "Razem ze szkołami z Grecji będziemy go realizować przez najbliższe 24 miesiące.\n"
    assert _period(text, "realizowac_pl.txt")[2] == 24
    # a bare "for" beside no project and no such verb says nothing
    text = ("The GREENWAY project links four towns with a cycle path. The towns have worked together "
            "for 20 years in the region.\n")
    assert _period(text, "for_en.txt")[2] is None


def test_a_possessive_between_for_and_the_length_of_the_project():
    text = "The ten partners of the GREENWAY project will work together for its 30 months.\n"
    assert _period(text, "its_en.txt")[2] == 30


def test_the_total_amount_of_a_grant_is_no_total_budget():
    text = "Projekt Spolu je lépe realizovala naše škola. Celková výše grantu přiděleného škole činila 24 000 EUR.\n"
    assert ("24000.00", "EUR", "total") not in _budgets(text, "cs")


def test_start_and_end_date_labels_in_a_project_fact_sheet():
    text = ("Przebudowa rynku w Nowej Wsi\n\ninformacje o projekcie\nData początkowa: 1 kwietnia 2018\n"
            "Data końcowa: 30 czerwca 2020\nBudżet ogółem: 500 000,00 €\n\nProjekt obejmuje przebudowę rynku.\n")
    assert _period(text, "sheet_pl.txt")[:2] == ("2018-04-01", "2020-06-30")
    text = ("Projekt Zelená náves obce Dolní Ves\n\nDatum zahájení\n\n1. 4. 2018\n\nDatum ukončení\n\n30. 6. 2020\n\n"
            "Obec opravila náves a vysadila stromy.\n")
    assert _period(text, "sheet_cs.txt")[:2] == ("2018-04-01", "2020-06-30")


@pytest.mark.parametrize("lang,text,expected", [
    ("hr", "Projekt ZELENI TRG\n\nUKUPNA VRIJEDNOST PROJEKTA: 500.000,00 EUR\n\n4 PROJEKTNIH PARTNERA:\n\n"
           "1. Grad Karlovac – vodeći partner\n2. Općina Lasinja\n3. Razvojna agencija Sjever\n4. Udruga Zeleni put\n",
     [("Grad Karlovac", "lead"), ("Općina Lasinja", "partner"), ("Razvojna agencija Sjever", "partner"),
      ("Udruga Zeleni put", "partner")]),
    ("cs", "Projekt Zelený most\n\nCelkové náklady: 80 000 EUR\n\n3 partnerů projektu:\n\n"
           "1. Město Bruntál\n2. Obec Karlovice\n3. Gmina Głuchołazy\n",
     [("Město Bruntál", "partner"), ("Obec Karlovice", "partner"), ("Gmina Głuchołazy", "partner")]),
    ("en", "Project GREENWAY\n\nTotal budget: EUR 900,000\n\n3 Project partners\n\n"
           "1. Municipality of Alba\n2. University of Tartu\n3. Green Valley Association\n",
     [("Municipality of Alba", "partner"), ("University of Tartu", "partner"),
      ("Green Valley Association", "partner")]),
])
def test_a_partner_label_with_a_count_before_it_opens_the_list_below(lang, text, expected):
    assert [(n, r) for n, _, r in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto MARE si è concluso.\n\nIl Lead Partner del progetto è Comune di Grado che coordinerà 3 partner.\n",
     "Comune di Grado"),
    ("pl", "Projekt LAS ruszył.\n\nPartnerem wiodącym jest Gmina Lipnica, która realizuje działania w regionie.\n",
     "Gmina Lipnica"),
])
def test_a_relative_clause_after_a_partners_name_is_not_part_of_it(lang, text, expected):
    names = [n for n, _, _ in _partners(text, lang)]
    assert expected in names and not any(n.startswith(expected + " ") or n.startswith(expected + ",") for n in names)


def test_an_article_inside_a_german_name_is_no_relative_pronoun():
    from pipeline.extractors.partner_clean import _cut_relative
    from pipeline.extractors.partner_record import Partner
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document("Verein für das Museum der Stadt".encode("utf-8"), "x.txt", "x")
    doc.language = "de"
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    p = Partner(name="Verein für das Museum der Stadt", role="partner", start=0, end=31)
    assert _cut_relative(p, ctx).name == "Verein für das Museum der Stadt"


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Projekt RAZEM\n\nZakres projektu:\n\n1. Warsztaty plastyczne dla dzieci,\n2. Wspólny rajd rowerowy,\n"
           "3. Wydanie przewodnika turystycznego.\n", ["Warsztaty plastyczne dla dzieci", "Wspólny rajd rowerowy",
                                                      "Wydanie przewodnika turystycznego"]),
    ("en", "Project BRIDGE\n\nScope of the project:\n\n- joint training of firefighters\n- a shared emergency map\n"
           "- two cross-border drills\n", ["joint training of firefighters", "a shared emergency map",
                                           "two cross-border drills"]),
])
def test_a_list_under_the_scope_of_the_project_is_its_activities(lang, text, expected):
    acts = _first_field("activities", text, lang) or []
    assert [a["text"].rstrip(",.") for a in acts] == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the name after a partnership phrase is in the instrumental, which is not read back yet: no lead
    # rather than the words before the phrase ("Stavba probíhá")
    ("cs", "Projekt Most spojuje obě obce.\n\nStavba probíhá ve spolupráci s obcí Hať, která je také vedoucím partnerem projektu.\n",
     None),
    ("en", "Project BRIDGE links the towns.\n\nThe works are done with the County of Alba, which is also the lead partner of the project.\n",
     "County of Alba"),
    ("it", "Il progetto PONTE unisce i comuni.\n\nI lavori sono svolti con il Comune di Gorizia, che è anche capofila del progetto.\n",
     "Comune di Gorizia"),
])
def test_a_lead_named_in_a_relative_clause_after_the_organisation(lang, text, expected):
    leads = [n for n, _, r in _partners(text, lang) if r == "lead"]
    assert leads == [] if expected is None else len(leads) == 1 and leads[0].endswith(expected)


def test_a_single_bullet_of_sentences_under_an_activity_cue_is_a_description():
    text = ("Projekt RAZEM\n\nZakres projektu:\n\n  • projekt łączy dwie gminy partnerskie. W ramach projektu odbędą się "
            "spotkania mieszkańców. Posadzone zostaną drzewa.\n\nwww.example.pl\n")
    assert not _first_field("activities", text, "pl")


LEADS_AS_ROLE = [
    ("hr", "U projektu sudjeluju kao vodeći partner Razvojna Agencija Sjever, a kao partneri općine Lobor i Mače.\n",
     "Razvojna Agencija Sjever"),
    ("en", "Taking part as lead partner Regional Development Agency Ostrava, the project starts in May.\n",
     "Regional Development Agency Ostrava"),
    ("it", "Al progetto aderiscono il Comune di Bra, il Comune di Alba ed il Parco Naturale del Po, nella veste di "
           "capofila.\n", "Parco Naturale del Po"),
]


@pytest.mark.parametrize("lang,text,lead", LEADS_AS_ROLE, ids=[x[0] for x in LEADS_AS_ROLE])
def test_lead_after_an_as_word_or_in_apposition_to_the_last_name(lang, text, lead):
    """An "as" word with no subject before it names the lead after the cue; a role in
    apposition after "… ed il X" is the last name's only."""
    assert (lead, "lead") in [(n, r) for n, _, r in _partners(text, lang)]


def test_lead_after_a_coordinating_school_cue_and_a_possessive_role():
    found = _partners("Die koordinierende Schule ist das Gymnasium Am Markt Bad Hersfeld, die weiteren Partner "
                      "kommen aus Polen und Spanien.\n", "de")
    assert ("Gymnasium Am Markt Bad Hersfeld", "lead") in [(n, r) for n, _, r in found]
    found = _partners("A kétéves Erasmus+ projekt főpályázója a lengyel Fundacja Rozwoju Edukacji, "
                      "partnerei pedig iskolák Ausztriából.\n", "hu")
    assert ("Fundacja Rozwoju Edukacji", "PL", "lead") in found


def test_a_place_name_two_countries_share_is_read_in_the_texts_language():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert [h.cc for h in gazetteer.find("Université de Bretagne Occidentale, Brest", load("fr"))
            if h.text == "Brest"] == ["FR"]
    assert [h.cc for h in gazetteer.find("Universität Brest", load("de")) if h.text == "Brest"] == []
    assert [h.cc for h in gazetteer.find("Brest-Litowsk", load("pl"))] == ["BY"]


def test_a_letter_and_its_period_do_not_end_a_sentence():
    from pipeline import nlp
    from pipeline.lexicons import load
    text = "Partnerem je Caritasverband Köln e.V. Die Arbeit beginnt im Mai."
    assert [s.text for s in nlp.sentences(text, load("cs"))][0] == "Partnerem je Caritasverband Köln e.V. Die Arbeit beginnt im Mai."



@pytest.mark.parametrize("lang, text, first", [
    ("it", "Il capofila è Ferrovie Nord S.p.A. Milano ospita il primo incontro.", "Il capofila è Ferrovie Nord S.p.A. Milano ospita il primo incontro."),
    ("de", "Lead Partner ist die Autostrade S.P.A. Die Stadt Bozen ist Partner.", "Lead Partner ist die Autostrade S.P.A."),
])
def test_a_period_inside_a_legal_form_does_not_end_a_sentence(lang, text, first):
    from pipeline import nlp
    from pipeline.lexicons import load
    assert [s.text for s in nlp.sentences(text, load(lang))][0] == first

def test_partner_from_a_town_named_with_its_countrys_adjective():
    found = _partners("Projektu se zúčastnily také Gimnazjum Miejskie z polského Opole a Liceo Scientifico Galilei "
                      "z Itálie.\n", "cs")
    assert [(n, c) for n, c, _ in found] == [("Gimnazjum Miejskie", "PL"), ("Liceo Scientifico Galilei", "IT")]


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Projektu se zúčastnila také obec Lipník z Itálie.\n", ["IT"]),
    ("sk", "Na projekte sa zúčastnili žiaci školy Gymnázium Bilikova zo Slovinska.\n", ["SI"]),
    ("en", "Teachers of a school from Portugal took part in the project.\n", ["PT"]),
])
def test_countries_taking_part_after_a_verb_of_taking_part(lang, text, expected):
    from pipeline import assemble
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = lang
    assert assemble._countries(Context(doc, Section(blocks=tuple(range(len(doc.blocks))))), []) == expected


def test_a_place_of_several_words_keeps_its_capitals():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert [h.cc for h in gazetteer.find("Nova Gorica", load("sl"))] == ["SI"]
    assert [h.kind for h in gazetteer.find("Le Havre accueille la réunion", load("fr")) if h.kind == "region"] == []


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Program spolupráce Česká republika – Svobodný stát Bavorsko 2014–2020", ["CZ", "DE"]),
    ("sk", "Program cezhraničnej spolupráce Slovenská republika – Sasko", ["SK", "DE"]),
    ("de", "Kooperationsprogramm Freistaat Sachsen – Tschechische Republik", ["DE", "CZ"]),
    ("en", "Interreg Central Europe", []),
])
def test_a_cross_border_programme_with_a_region_named_by_its_title(lang, text, expected):
    from pipeline import assemble
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = lang
    assert assemble.bilateral(text, Context(doc, Section(blocks=(0,)))) == expected


def test_a_lead_read_before_its_cue_keeps_the_acronym_bracketed_after_its_name():
    from pipeline.extractors import partners
    from pipeline.extractors.context import Context
    from pipeline.model import Section
    from pipeline.readers import read_document
    text = "L’Office régional du tourisme de Bretagne (ORTB), chef de file, réunit huit partenaires.\n"
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = "fr"
    found = partners.extract(Context(doc, Section(blocks=tuple(range(len(doc.blocks))))))
    assert [(p.name, p.acronym, p.role) for p in found][:1] == [("Office régional du tourisme de Bretagne", "ORTB", "lead")]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Si chiama Ricucire il progetto europeo che dal 2019 al 2022 ha riunito sei comuni della valle. "
           "Ricucire ha ricevuto 400 000 euro dal programma Interreg.\n", "Ricucire"),
    ("fr", "Le projet s'appelle Lumière et vise à rénover l'éclairage public de quatre villages. "
           "Il a reçu une aide de 250 000 euros du programme Interreg.\n", "Lumière"),
    ("de", "Das neue Projekt heißt „Grüne Höfe“ und verbindet zwölf Bauernhöfe beiderseits der Grenze. "
           "Es wird mit 90 000 Euro gefördert.\n", "Grüne Höfe"),
    ("pl", "Projekt nosi nazwę „Wspólne łąki” i potrwa od 2021 do 2023 roku. "
           "Gmina otrzymała na niego 70 000 euro dofinansowania.\n", "Wspólne łąki"),
])
def test_a_naming_verb_whose_subject_is_the_project_gives_its_name(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_a_naming_verb_about_a_person_gives_no_name():
    text = ("Der Leiter des Projekts heißt Martin Berger und arbeitet seit 2010 an der Hochschule. "
            "Das Vorhaben wird mit 90 000 Euro gefördert.\n")
    assert _first_field("name", text, "de") != "Martin Berger"


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Aquatix, premier réseau transfrontalier de l'eau\n\nLes trois agences ont décidé de créer Aquatix, "
           "le premier cluster transfrontalier de l'eau, doté de 2 millions d'euros pour 2020-2023.\n", "Aquatix"),
    ("es", "Vialuz, una red de ciudades\n\nLos ayuntamientos presentaron ayer el proyecto Vialuz en Sevilla. "
           "El proyecto cuenta con 300 000 euros del programa Interreg para 2021-2023.\n", "Vialuz"),
])
def test_a_headline_name_written_again_beside_a_project_word_is_the_name(lang, text, expected):
    assert _first_field("name", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "Proiectul transfrontalier „Drumuri verzi” presupune amenajarea a 40 de kilometri de piste, "
           "cu un buget de 2 milioane de euro.\n", "Drumuri verzi"),
    ("de", "Ziel des Projektes (AquaNet CZ-AT) ist es, 2021 bis 2023 zwölf Wasserwerke zu vernetzen. "
           "Das Budget beträgt 500 000 Euro.\n", "AquaNet CZ-AT"),
])
def test_a_name_after_an_adjective_or_in_brackets_after_the_project_word(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_a_headline_in_capitals_does_not_make_its_first_word_an_acronym():
    text = ("DRUGI SASTANAK PARTNERA PROJEKTA U GRADU SPLITU\n\nDRUGI SASTANAK PARTNERA PROJEKTA U GRADU SPLITU\n\n"
            "Partneri su se sastali u Splitu, a projekt vrijedan 150 000 eura traje do 2024.\n")
    assert _first_field("name", text, "hr") != "DRUGI"


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Con l'Austria si lavora invece a Terranova, progetto per recuperare i suoli impoveriti, finanziato con "
           "800 000 euro. Terranova durerà fino al 2026.\n", "Terranova"),
    ("fr", "Les trois agences ont décidé de créer Hydrolink, le nouveau cluster de l'eau, avec 2 millions d'euros. "
           "Hydrolink réunira 40 entreprises d'ici 2025.\n", "Hydrolink"),
])
def test_a_name_a_comma_sets_before_a_project_or_cluster_word(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_a_weekday_before_a_comma_and_a_project_word_is_no_name():
    text = "Mardi, le projet a réuni les partenaires à Lyon pour lancer les travaux de 300 000 euros.\n"
    assert _first_field("name", text, "fr") != "Mardi"


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Eines der geförderten Projekte ist „Wege am Wasser“, das 2022 bis 2024 mit 120 000 Euro unterstützt wird.\n",
     "Wege am Wasser"),
    ("fr", "Le titre du projet est « Jardins partagés » et il reçoit 45 000 euros entre 2021 et 2023.\n", "Jardins partagés"),
])
def test_a_quotation_after_a_copula_whose_subject_is_a_project_word(lang, text, expected):
    assert _first_field("name", text, lang) == expected


def test_an_apposition_headed_by_a_noun_of_its_own_gives_no_name():
    text = "Școala din Valea Mare, beneficiara unui proiect european de 20 000 de euro, a organizat 2023 o vizită. " \
           "Școala din Valea Mare are 300 de elevi.\n"
    assert _first_field("name", text, "ro") != "Valea Mare"


@pytest.mark.parametrize("lang,text,expected", [
    ("hr", "Projekt traje dvije godine. Projekt se provodi s partnerima iz Slovenije (Občina Ormož), "
           "Njemačke (Gemeinde Heiningen) te Udrugom Zeleni Most (Italija).\n",
     [("Občina Ormož", "SI"), ("Gemeinde Heiningen", "DE"), ("Udruga Zeleni Most", "IT")]),
    ("en", "The project runs for two years. It brings together partners from Slovenia (Municipality of Ormož), "
           "Germany (Heiningen) and Hungary (Town of Sásd).\n",
     [("Municipality of Ormož", "SI"), ("Heiningen", "DE"), ("Town of Sásd", "HU")]),
    ("de", "Das Projekt läuft zwei Jahre. Es wird mit Partnern aus Polen (Gmina Nowy Targ) und der "
           "Slowakei (Mesto Poprad) umgesetzt.\n", [("Gmina Nowy Targ", "PL"), ("Mesto Poprad", "SK")]),
])
def test_partners_from_countries_each_with_its_partner_in_brackets(lang, text, expected):
    assert [(n, c) for n, c, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "The project runs for two years. It works with partners from Rome (Italy) and Porto (Portugal).\n"),
    ("hr", "Projekt traje dvije godine. Sudjeluju partneri iz Italije, Malte i Portugala.\n"),
])
def test_partners_from_places_or_bare_countries_name_no_partner(lang, text):
    assert _partners(text, lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto dura tre anni. L'iniziativa vede come partner anche Ecomuseo, che curerà la comunicazione.\n",
     "Ecomuseo"),
    ("fr", "Le projet dure trois ans. Il a comme partenaire l'Université de Nancy.\n", "Université de Nancy"),
    ("de", "Das Projekt dauert drei Jahre. Es hat als Partner die Hochschule Mittweida gewonnen.\n",
     "Hochschule Mittweida"),
])
def test_one_partner_named_after_as_partner(lang, text, expected):
    assert [n for n, _, _ in _partners(text, lang)] == [expected]


def test_as_partner_before_a_town_names_no_partner():
    text = "Il progetto dura tre anni. Il progetto vede come partner anche Bologna, che ospiterà gli incontri.\n"
    assert _partners(text, "it") == []


def test_romanian_county_councils_share_their_plural_type_word():
    text = ("Proiectul durează doi ani. A fost semnat un acord de parteneriat între Consiliile Județene "
            "Sibiu, Brașov și Mureș pentru turism.\n")
    assert [n for n, _, _ in _partners(text, "ro")] == [
        "Consiliul Județean Sibiu", "Consiliul Județean Brașov", "Consiliul Județean Mureș"]


def test_italian_feminine_plural_beneficiaries_open_a_list():
    text = "Il progetto dura tre anni. Beneficiarie del progetto sono Legambiente, Lipu e la Provincia di Cremona.\n"
    assert [n for n, _, _ in _partners(text, "it")] == ["Legambiente", "Lipu", "Provincia di Cremona"]


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Projekt traja dve leti. Projekt izvaja Društvo Zeleni Kras v partnerstvu z Občino Sežana.\n", "Društvo Zeleni Kras"),
    ("de", "Das Projekt dauert zwei Jahre. Das Projekt leitet der Verein Naturschutz Lausitz in Zusammenarbeit mit "
           "der Hochschule Mittweida.\n", "Verein Naturschutz Lausitz"),
])
def test_a_subject_name_ends_before_its_partnership_phrase(lang, text, expected):
    names = [n for n, _, _ in _partners(text, lang)]
    assert expected in names and not any(" partnerstvu " in n or " Zusammenarbeit " in n for n in names)


@pytest.mark.parametrize("lang,label,canada", [
    ("sk", "Partnerské krajiny a inštitúcie:", "Kanada"), ("cs", "Partnerské země a instituce:", "Kanada"),
    ("en", "Partner countries and institutions:", "Canada"),
])
def test_a_label_of_partner_countries_and_institutions_lists_partners(lang, label, canada):
    text = f"Mobility Erasmus+ KA107.\n\n{label}\n{canada}, University of Manitoba\nVietnam, Hanoi University of Science\n"
    assert [(n, c) for n, c, _ in _partners(text, lang)] == [
        ("University of Manitoba", "CA"), ("Hanoi University of Science", "VN")]


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Projekt trvá dva roky. Projekt je spoluprací Lékařské fakulty MU a Technické univerzity v Liberci.\n",
     ["Lékařská fakulta MU", "Technická univerzita v Liberci"]),
    ("sk", "Projekt trvá dva roky. Projekt je výsledkom spolupráce Prešovskej univerzity v Prešove a "
           "Technickej univerzity v Košiciach.\n", ["Prešovská univerzita v Prešove", "Technická univerzita v Košiciach"]),
])
def test_organisations_in_the_genitive_after_a_noun_of_cooperation(lang, text, expected):
    assert [n for n, _, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text", [
    ("cs", "Projekt trvá dva roky. Projekt je výsledkem spolupráce Česka a Saska v oblasti turistiky.\n"),
    ("pl", "Projekt trwa dwa lata. Projekt jest efektem współpracy Uniwersytetu Śląskiego i Politechniki Śląskiej.\n"),
])
def test_places_or_names_not_put_back_in_the_nominative_after_cooperation_are_left(lang, text):
    assert _partners(text, lang) == []


_BENEFICIARY_LISTS = [
    ("pl", "Nowe mikroprojekty wybrane do dofinansowania\n\n"
           "Komitet Monitorujący programu Interreg Polska – Czechy zatwierdził w czerwcu kolejne mikroprojekty "
           "w obszarze turystyki i kultury pogranicza.\n\nDofinansowanie otrzymali między innymi:\n\n"
           "  • Gmina Zielona Dolina z Gminą Horní Město – Wspólny szlak rowerowy nad rzeką Bobr, 45 tys. euro\n"
           "  • Stowarzyszenie Kulturalne Pogranicze z Miastem Trutnov – Festiwal muzyki ludowej pogranicza, 30 tys. euro\n",
     [("Wspólny szlak rowerowy nad rzeką Bobr", ["Gmina Zielona Dolina", "Gmina Horní Město"], ["45000.00"]),
      ("Festiwal muzyki ludowej pogranicza", ["Stowarzyszenie Kulturalne Pogranicze", "Miasto Trutnov"], ["30000.00"])]),
    ("cs", "Schválené mikroprojekty\n\nŘídicí výbor programu Interreg Česko – Polsko schválil na svém zasedání další "
           "mikroprojekty zaměřené na cestovní ruch a spolupráci obcí v pohraničí.\n\n"
           "Podporu získaly mimo jiné tyto projekty:\n\n"
           "  • Obec Horní Lhota a Gmina Nowa Wieś – Společná naučná stezka podél řeky, 40 000 EUR\n"
           "  • Město Broumov a Gmina Radków – Setkávání seniorů z obou stran hranice, 25 000 EUR\n",
     [("Společná naučná stezka podél řeky", ["Obec Horní Lhota", "Gmina Nowa Wieś"], ["40000.00"]),
      ("Setkávání seniorů z obou stran hranice", ["Město Broumov", "Gmina Radków"], ["25000.00"])]),
    ("it", "Progetti approvati\n\nIl comitato di sorveglianza del programma Interreg Italia – Austria ha approvato nuovi "
           "piccoli progetti per il turismo sostenibile e la cultura nelle valli alpine.\n\n"
           "Hanno ottenuto il finanziamento:\n\n"
           "  • Comune di Valfiorita e Comune di Lienz – Sentieri senza confini nelle Alpi, 40.000 euro\n"
           "  • Associazione Musica delle Valli – Concerti d'estate in montagna, 25.000 euro\n",
     [("Sentieri senza confini nelle Alpi", ["Comune di Valfiorita", "Comune di Lienz"], ["40000.00"]),
      ("Concerti d'estate in montagna", ["Associazione Musica delle Valli"], ["25000.00"])]),
]


@pytest.mark.parametrize("lang,text,expected", _BENEFICIARY_LISTS)
def test_a_beneficiary_list_gives_one_project_per_item(lang, text, expected):
    rec = record(text, f"funded_{lang}.txt")
    assert [(p["name"], [x["name"] for x in p["partners"]], [b["amount"] for b in p["budgets"]])
            for p in rec["projects"]] == expected


def test_a_partner_list_with_roles_and_shares_stays_one_project():
    text = ("Green Rivers project\n\nThe Green Rivers project restores river banks in three towns between 2023 and "
            "2026. It is funded by the Interreg North Sea programme.\n\nProject partners:\n\n"
            "  • University of Leeds – Lead partner – 400,000 EUR\n"
            "  • City of Ghent – Partner – 250,000 EUR\n"
            "  • Municipality of Aarhus – Partner – 200,000 EUR\n")
    assert [p["name"] for p in record(text, "partners_en.txt")["projects"]] == ["Green Rivers"]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Drei neue Projekte für die Grenzregion\n\nDer Begleitausschuss des Programms Interreg Bayern – Österreich "
           "hat im Mai drei neue Projekte genehmigt. Die Projekte erhalten jeweils 200.000 Euro aus dem Europäischen "
           "Fonds für regionale Entwicklung.\n\nDarunter sind Vorhaben wie\n\n"
           "„Grüne Wege am Inn“ der Partner Gemeinde Neuhaus am Inn und Stadt Schärding,\n\n"
           "„Musik ohne Grenzen“ der Partner Musikschule Passau und Landesmusikschule Ried sowie\n\n"
           "„Gesunde Wälder – Ein gemeinsamer Plan für die Forstwirtschaft“ der Partner Forstverein Bayerwald und Universität Salzburg.\n",
     [("Grüne Wege am Inn", "200000.00"), ("Musik ohne Grenzen", "200000.00"), ("Gesunde Wälder", "200000.00")]),
    ("en", "Two new cross-border projects approved\n\nThe monitoring committee of the Interreg Ireland – Wales "
           "programme approved two new projects last week. Each of them receives a grant of 150,000 euro.\n\n"
           "Among the approved projects are\n\n"
           "“Coastal Voices” led by the University of Galway together with Bangor University, and\n\n"
           "“Green Harbours” of the partners Wexford County Council and Pembrokeshire County Council.\n",
     [("Coastal Voices", "150000.00"), ("Green Harbours", "150000.00")]),
])
def test_paragraphs_opening_with_quoted_names_after_an_announcement_are_projects_each_getting_the_amount_said_of_each(
        lang, text, expected):
    rec = record(text, f"quoted_{lang}.txt")
    assert [(p["name"], p["budgets"][0]["amount"] if p["budgets"] else None) for p in rec["projects"]] == expected


def test_a_total_said_of_all_listed_projects_is_none_of_theirs():
    text = ("Trois nouveaux projets\n\nLe comité de suivi du programme Interreg France – Suisse a retenu trois "
            "projets pour un montant total de 3 millions d'euros.\n\nParmi les projets retenus :\n\n"
            "« Vignes du Jura » porté par la Chambre d'agriculture du Doubs,\n\n"
            "« Lac Léman propre » de l'Association pour la sauvegarde du Léman.\n")
    rec = record(text, "total_fr.txt")
    assert [p["name"] for p in rec["projects"]] == ["Vignes du Jura", "Lac Léman propre"]
    assert all(not p["budgets"] for p in rec["projects"])


def test_quoted_speech_after_an_announcement_opens_no_projects():
    text = ("Neue Projekte im Grenzraum\n\nDer Begleitausschuss hat gestern fünf neue Projekte des Programms "
            "Interreg Bayern – Tschechien genehmigt.\n\nDie Partner zeigten sich zufrieden:\n\n"
            "„Das ist ein großer Tag für die Region“, sagte der Bürgermeister der Stadt Furth im Wald.\n\n"
            "„Wir freuen uns auf die Arbeit.“ Das erklärte die Leiterin der Universität Passau.\n")
    assert len(record(text, "speech_de.txt")["projects"]) <= 1


def test_portuguese_budget_and_eu_share():
    text = ("O projeto VERDE tem um orçamento total de 2,4 milhões de euros, dos quais 1,8 milhões de euros "
            "são cofinanciados pelo FEDER.\n")
    assert _budgets(text, "pt") == [("2400000.00", "EUR", "total"), ("1800000.00", "EUR", "eu_contribution")]


@pytest.mark.parametrize("text,expected", [
    ("O projeto VERDE tem uma duração de 30 meses e decorre de 1 de março de 2019 a 31 de agosto de 2021.\n",
     ("2019-03-01", "2021-08-31", 30)),
    ("O projeto VERDE, com dois anos de duração, arrancou em janeiro de 2020.\n", ("2020-01", None, 24)),
    ("O projeto MARES tem uma duração de 36 meses, com início em 1 de novembro de 2024 e término em "
     "31 de outubro de 2027.\n", ("2024-11-01", "2027-10-31", 36)),
])
def test_portuguese_period_and_duration(text, expected):
    assert _period(text, "periodo_pt.txt") == expected


def test_portuguese_partner_list_with_countries():
    text = "Parceiros do projeto:\n- Universidade de Vigo (Espanha)\n- Câmara Municipal de Braga\n- Instituto Politécnico de Bragança\n"
    assert _partners(text, "pt") == [("Universidade de Vigo", "ES", "partner"), ("Câmara Municipal de Braga", "PT", "partner"),
                                     ("Instituto Politécnico de Bragança", "PT", "partner")]


@pytest.mark.parametrize("text,expected", [
    ("O projeto VERDE é coordenado pela Universidade do Porto e conta com parceiros de França e da Irlanda.\n",
     [("Universidade do Porto", "PT", "lead")]),
    ("O projeto tem como chefe de fila o Município de Viseu e como parceiros a Diputación de Salamanca "
     "e a Universidade da Beira Interior.\n",
     [("Município de Viseu", "PT", "lead"), ("Diputación de Salamanca", "ES", "partner"),
      ("Universidade da Beira Interior", "partner")]),
])
def test_portuguese_lead_partner(text, expected):
    found = _partners(text, "pt")
    assert [p if len(e) == 3 else (p[0], p[2]) for p, e in zip(found, expected)] == expected


def test_portuguese_counts_and_activities():
    text = ("O projeto SOLAR é liderado pela Câmara Municipal de Évora e conta com 12 parceiros de 5 países. "
            "Entre as atividades do projeto contam-se: workshops, visitas de estudo e uma conferência final.\n")
    (p,) = record(text, "solar_pt.txt")["projects"]
    assert (p["lead_partner"], p["stated_partner_count"], p["stated_country_count"]) == ("Câmara Municipal de Évora", 12, 5)
    assert [a["text"] for a in p["activities"]] == ["workshops", "visitas de estudo", "uma conferência final"]


def test_albanian_budget_period_and_duration():
    text = ("Projekti GJELBËR ka një buxhet total prej 1,2 milionë euro, nga të cilat 1 milion euro janë fonde IPA "
            "të Bashkimit Evropian. Projekti zgjat 24 muaj, nga 1 shkurt 2021 deri më 31 janar 2023.\n")
    assert _budgets(text, "sq") == [("1200000.00", "EUR", "total"), ("1000000.00", "EUR", "eu_contribution")]
    assert _period(text, "periudha_sq.txt") == ("2021-02-01", "2023-01-31", 24)


def test_albanian_partner_list_with_countries():
    text = ("Partnerët e projektit:\n- Bashkia Shkodër, Shqipëri\n- Komuna e Ulqinit, Mali i Zi\n"
            "- Universiteti i Patrës, Greqi\n")
    assert [(n, c) for n, c, _ in _partners(text, "sq")] == [
        ("Bashkia Shkodër", "AL"), ("Komuna e Ulqinit", "ME"), ("Universiteti i Patrës", "GR")]


@pytest.mark.parametrize("text,expected", [
    ("Projekti DETI udhëhiqet nga Universiteti i Shkodrës.\n", ("Universiteti i Shkodrës", "lead")),
    ("Projekti MALET, i koordinuar nga Bashkia Korçë, bashkon 8 partnerë nga 4 vende.\n", ("Bashkia Korçë", "lead")),
])
def test_albanian_lead_partner(text, expected):
    assert [(n, r) for n, _, r in _partners(text, "sq")][:1] == [expected]


def test_albanian_counts_and_activities():
    text = ("Projekti MALET, i koordinuar nga Bashkia Korçë, bashkon 8 partnerë nga 4 vende. Aktivitetet e projektit "
            "përfshijnë: trajnime, vizita studimore dhe një konferencë përmbyllëse.\n")
    (p,) = record(text, "malet_sq.txt")["projects"]
    assert (p["lead_partner"], p["stated_partner_count"], p["stated_country_count"]) == ("Bashkia Korçë", 8, 4)
    assert [a["text"] for a in p["activities"]] == ["trajnime", "vizita studimore", "një konferencë përmbyllëse"]


BG = """Проект „Речни мостове“ (RIVER BRIDGES)

Проектът „Речни мостове“ се изпълнява по Програмата за трансгранично сътрудничество Интеррег V-A Румъния – България 2014-2020. Водещ партньор е Община Видин, а партньори са Университетът в Крайова (Румъния) и Сдружение „Зелен Дунав“.

Общият бюджет на проекта е 940 000 евро, от които 799 000 евро са от Европейския фонд за регионално развитие. Срокът на изпълнение е 24 месеца – от 1 април 2018 г. до 31 март 2020 г.

Основните дейности по проекта са:
• съвместни учения на спасителни екипи;
• обучения за доброволци;
• информационна кампания.

На 14 и 15 ноември 2018 г. във Видин се проведе двудневна конференция по проекта.
"""


def test_bulgarian_project_page():
    p = record(BG, "bg_page.txt")
    assert p["language"] == "bg"
    project = p["projects"][0]
    assert project["name"] == "Речни мостове"
    assert project["programme"] == "Интеррег V-A Румъния – България 2014-2020"
    assert project["lead_partner"] == "Община Видин"
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]][:2] == [
        ("Община Видин", "BG", "lead"), ("Университетът в Крайова", "RO", "partner")]
    assert sorted(project["countries"]) == ["BG", "RO"]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("940000.00", "EUR", "total"), ("799000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2018-04-01", "2020-03-31", 24)
    assert [a["text"] for a in project["activities"]] == [
        "съвместни учения на спасителни екипи", "обучения за доброволци", "информационна кампания"]
    assert [(e["date"], e["end"]) for e in p["events"]] == [("2018-11-14", "2018-11-15")]


@pytest.mark.parametrize("text,expected", [
    ("Проектът „Чиста река“ е с продължителност две години и бюджет 300 000 лв.\n", 24),
    ("Проектът „Чиста река“ ще продължи 18 месеца.\n", 18),
    ("Проектът „Чиста река“ е с продължителност година и половина.\n", None),
])
def test_bulgarian_duration(text, expected):
    assert _first_field("duration_months", text, "bg") == expected


def test_bulgarian_partners_after_a_plural_type_word_take_its_singular():
    # "общините A и B": each municipality is named "Община …", its country from its Cyrillic name
    text = ("Проект „Мост“\n\nНа срещата в България присъстваха представители на всички партньорски "
            "организации: общините Гоце Делчев и Струмица и Сдружение „Планина“, Северна Македония.\n")
    project = record(text, "bg_plural.txt")["projects"][0]
    assert [(x["name"], x["country"]) for x in project["partners"]] == [
        ("Община Гоце Делчев", "BG"), ("Община Струмица", "MK"), ("Сдружение „Планина“", "MK")]


def test_cyrillic_capitals_open_a_name_as_latin_ones_do():
    # a capitalised Cyrillic name after the lead cue is the lead, as in Czech ("Regionální muzeum – Brno"):
    # the town after the dash gives its country
    text = "Проект „Мост“. Водещ партньор по проекта е Регионален исторически музей – Русе.\n"
    project = record(text, "bg_lead.txt")["projects"][0]
    assert project["lead_partner"] == "Регионален исторически музей"
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Регионален исторически музей", "BG", "lead")]


def test_greek_project_page():
    p = record(EL, "el_page.txt")
    assert p["language"] == "el"
    project = p["projects"][0]
    assert project["name"] == "Πράσινες Διαδρομές"
    assert project["programme"] == "Interreg V-A Ελλάδα – Βουλγαρία 2014-2020"
    assert project["lead_partner"] == "Δήμος Σερρών"
    assert [(x["name"], x["role"]) for x in project["partners"]] == [
        ("Δήμος Σερρών", "lead"), ("Πανεπιστήμιο Μακεδονίας", "partner"), ("Δήμος Πετρίτσι", "partner")]
    assert project["partners"][2]["country"] == "BG"
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("1150000.00", "EUR", "total"), ("977500.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2018-09-01", "2021-02-28", 30)
    # a list item closed by the Greek semicolon (ano teleia) is the item without it
    assert [a["text"] for a in project["activities"]] == [
        "δημιουργία ποδηλατικών διαδρομών", "εκπαίδευση νέων", "κοινό φεστιβάλ"]
    assert [e["date"] for e in p["events"]] == ["2019-03-12"]


@pytest.mark.parametrize("text,expected", [
    ("Το έργο «Καθαρό Νερό» έχει διάρκεια δύο έτη και προϋπολογισμό 300.000 ευρώ.\n", 24),
    ("Το έργο «Καθαρό Νερό» θα διαρκέσει 18 μήνες.\n", 18),
])
def test_greek_duration(text, expected):
    assert _first_field("duration_months", text, "el") == expected


def test_greek_countries_in_case_forms_and_a_partner_in_the_accusative():
    # "την Κύπρο" (accusative of Κύπρος) is Cyprus; "τον Σύλλογο" is named in the nominative
    text = ("Το έργο «Πράσινη Πόλη» υλοποιείται σε συνεργασία με την Αναπτυξιακή Εταιρεία Δήμου Δράμας "
            "και τον Σύλλογο Φίλων του Δάσους από την Κύπρο.\n")
    project = record(text, "el_case.txt")["projects"][0]
    assert "CY" in project["countries"]
    assert "Σύλλογος Φίλων του Δάσους" in [x["name"] for x in project["partners"]]


# Lithuanian, Latvian and Estonian (round 15): invented sentences in the way project pages in
# these languages write them (year-first dates with "m." and "gada", case forms of months and
# countries, amounts with "mln." and "milj.", partners listed with their countries)
BALTIC_PAGES = {
    "lt": ("Projektas „Žalieji keliai“ įgyvendinamas pagal Interreg Latvijos ir Lietuvos programą. Bendra projekto "
           "vertė – 1,2 mln. eurų, iš jų ERPF lėšos sudaro 1 020 000 eurų. Projekto įgyvendinimo laikotarpis: "
           "2021 m. sausio 1 d. – 2022 m. gruodžio 31 d. (24 mėn.).\n",
           [("1200000.00", "EUR", "total"), ("1020000.00", "EUR", "eu_contribution")], ("2021-01-01", "2022-12-31", 24)),
    "lv": ("Projekts “Zaļie ceļi” tiek īstenots Interreg Igaunijas–Latvijas programmā. Projekta kopējās izmaksas ir "
           "850 000 EUR, no tām ERAF finansējums ir 722 500 EUR. Projekta īstenošanas laiks: no 2019. gada 1. aprīļa "
           "līdz 2021. gada 31. martam (24 mēneši).\n",
           [("850000.00", "EUR", "total"), ("722500.00", "EUR", "eu_contribution")], ("2019-04-01", "2021-03-31", 24)),
    "et": ("Projekt „Rohelised teed“ viiakse ellu Interreg Eesti-Läti programmi raames. Projekti kogueelarve on "
           "450 000 eurot, millest ERF toetus on 360 000 eurot. Projekt kestab 24 kuud, 1. märtsist 2020 kuni "
           "28. veebruarini 2022.\n",
           [("450000.00", "EUR", "total"), ("360000.00", "EUR", "eu_contribution")], ("2020-03-01", "2022-02-28", 24)),
}


@pytest.mark.parametrize("lang", ["lt", "lv", "et"])
def test_baltic_budget_period_and_duration(lang):
    text, budgets, period = BALTIC_PAGES[lang]
    assert _budgets(text, lang) == budgets
    assert _period(text, f"periodas_{lang}.txt") == period


@pytest.mark.parametrize("lang,text,expected", [
    ("lt", "Projekto partneriai:\n- Panevėžio miesto savivaldybė, Lietuva\n- Daugpilio universitetas, Latvija\n"
           "- Balstogės technologijos universitetas, Lenkija\n",
     [("Panevėžio miesto savivaldybė", "LT"), ("Daugpilio universitetas", "LV"), ("Balstogės technologijos universitetas", "PL")]),
    ("lv", "Projekta partneri:\n- Valmieras novada pašvaldība, Latvija\n- Viljandi vallavalitsus, Igaunija\n"
           "- Šauļu universitāte, Lietuva\n",
     [("Valmieras novada pašvaldība", "LV"), ("Viljandi vallavalitsus", "EE"), ("Šauļu universitāte", "LT")]),
    ("et", "Projekti partnerid:\n- Tartu Ülikool, Eesti\n- Läti Ülikool, Läti\n- Vilniuse Ülikool, Leedu\n",
     [("Tartu Ülikool", "EE"), ("Läti Ülikool", "LV"), ("Vilniuse Ülikool", "LT")]),
])
def test_baltic_partner_list_with_countries(lang, text, expected):
    assert [(n, c) for n, c, _ in _partners(text, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("lt", "Projekto vadovaujantysis partneris yra Šiaulių universitetas.\n", "Šiaulių universitetas"),
    ("lv", "Projekta vadošais partneris: Vidzemes plānošanas reģions.\n", "Vidzemes plānošanas reģions"),
    ("et", "Projekti juhtpartner: Võru Vallavalitsus.\n", "Võru Vallavalitsus"),
])
def test_baltic_lead_partner(lang, text, expected):
    assert [(n, r) for n, _, r in _partners(text, lang)][:1] == [(expected, "lead")]


@pytest.mark.parametrize("lang,text,counts,activities", [
    ("lt", "Projektas „Žalieji keliai“ vienija 6 partnerius iš 3 šalių. Projekto veiklos: mokymai, studijų vizitai "
           "ir baigiamoji konferencija.\n", (6, 3), ["mokymai", "studijų vizitai", "baigiamoji konferencija"]),
    ("lv", "Projekts “Zaļie ceļi”, ko vada Vidzemes Augstskola, apvieno 6 partnerus no 3 valstīm. Projekta aktivitātes: "
           "apmācības, pieredzes apmaiņas braucieni un noslēguma konference.\n", (6, 3),
     ["apmācības", "pieredzes apmaiņas braucieni", "noslēguma konference"]),
    ("et", "Projekt „Rohelised teed“, mida juhib Tartu Ülikool, ühendab 6 partnerit kolmest riigist. Projekti tegevused: "
           "koolitused, õppereisid ja lõpukonverents.\n", (6, 3), ["koolitused", "õppereisid", "lõpukonverents"]),
])
def test_baltic_counts_and_activities(lang, text, counts, activities):
    (p,) = record(text, f"skaiciai_{lang}.txt")["projects"]
    assert (p["stated_partner_count"], p["stated_country_count"]) == counts
    assert [a["text"] for a in p["activities"]] == activities
    # "ko vada X", "mida juhib X": a relative clause after the project names its lead
    assert p["lead_partner"] == {"lt": None, "lv": "Vidzemes Augstskola", "et": "Tartu Ülikool"}[lang]


@pytest.mark.parametrize("text,lang,expected", [
    # a spaced dash sets the strand or the country pair off from the brand
    ("Το έργο «Νερό» χρηματοδοτείται από το πρόγραμμα Interreg – IPA Ελλάδα – Αλβανία και έχει προϋπολογισμό 300.000 ευρώ.\n",
     "el", "Interreg – IPA Ελλάδα – Αλβανία"),
    ("Le projet VERDURE est financé par le programme Interreg VA - Espagne-France-Andorre (POCTEFA) à hauteur de 400 000 euros.\n",
     "fr", "Interreg VA - Espagne-France-Andorre (POCTEFA)"),
    # quotes around a country pair and its years belong to the name
    ("Проектът „Зелен път“ се финансира по програма ИНТЕРРЕГ V-A „Румъния-България 2014-2020“ с бюджет 500 000 евро.\n",
     "bg", "ИНТЕРРЕГ V-A „Румъния-България 2014-2020“"),
    # a cross-border strand named for its region
    ("Das Projekt Radweg Nord wird vom Programm Interreg Oberrhein mit 250.000 Euro gefördert.\n",
     "de", "Interreg Oberrhein"),
])
def test_programme_strand_set_off_by_dash_or_quotes(text, lang, expected):
    assert _first_field("programme", text, lang) == expected


def test_programme_quoted_title_after_brand_is_not_its_strand():
    # a project's title in quotes after the brand is no country pair
    from pipeline.extractors.programme_names import programme_mentions
    text = "w ramach programu Erasmus+ „Zielony-Świat dla wszystkich” realizowanego w szkole"
    assert [text[a:b] for a, b in programme_mentions(text, "pl")] == ["Erasmus+"]


@pytest.mark.parametrize("text,lang,lead", [
    # an "as" word with the role's adjective before the lead cue
    ("Das Projekt Grenzweg wird von Interreg Österreich-Bayern gefördert, mit dem Tourismusverband Mühlviertel als österreichischem Leadpartner. Die Kosten betragen 300.000 Euro.\n",
     "de", "Tourismusverband Mühlviertel"),
    # the feminine role noun, and the verb of taking part before "como"
    ("La Diputación Provincial de Soria participa como socia principal del proyecto MONTES, con un presupuesto de 1,2 millones de euros.\n",
     "es", "Diputación Provincial de Soria"),
    ("A Câmara Municipal de Braga é a parceira principal do projeto RIOS, com um orçamento de 800 mil euros.\n",
     "pt", "Câmara Municipal de Braga"),
    ("Primăria Municipiului Craiova, în calitate de Beneficiar Conducător, a lansat proiectul DUNAREA, cu un buget de 900.000 euro.\n",
     "ro", "Primăria Municipiului Craiova"),
])
def test_lead_before_as_phrase_with_adjective_or_feminine_role(text, lang, lead):
    assert _first_field("lead_partner", text, lang) == lead


def test_programme_brand_before_a_lead_cue_is_no_lead():
    # the programme named in the clause before "como socia principal" is not the lead
    text = ("El Ayuntamiento de Huesca asistió en Lille al seminario del programa INTERREG EUROPE, "
            "como socia principal del proyecto RURALIA, con un presupuesto de 1,4 millones de euros.\n")
    project = record(text, "es_brand.txt")["projects"][0]
    assert "INTERREG EUROPE" not in [x["name"] for x in project["partners"]]
    assert project["lead_partner"] != "INTERREG EUROPE"


@pytest.mark.parametrize("text,lang,lead", [
    # a lead label inside a paragraph: its value ends with its sentence
    ("Projekt MOST se financira iz programa Interreg Slovenija-Hrvaška. Vodilni partner: Občina Ormož. Vrednost projekta je 600.000 EUR.\n",
     "sl", "Občina Ormož"),
    ("The project BRIDGE is funded by Interreg Europe. Lead partner: City of Linz. The total budget is EUR 900,000.\n",
     "en", "City of Linz"),
    # an abbreviation's full stop does not end the value
    ("The project BRIDGE is funded by Interreg Europe. Lead partner: FH St. Pölten. The total budget is EUR 900,000.\n",
     "en", "FH St. Pölten"),
])
def test_inline_lead_label_ends_with_its_sentence(text, lang, lead):
    assert _first_field("lead_partner", text, lang) == lead


def test_lead_of_relative_clause_after_a_copula():
    # "Partnerem je X, které projekt vede": the lead is X, not the predicate before the copula
    text = ("Projekt MOSTY je financován z programu Interreg V-A Česká republika - Polsko. "
            "Partnerem je Město Krnov, které projekt vede. Rozpočet činí 1,5 mil. EUR.\n")
    assert _first_field("lead_partner", text, "cs") == "Město Krnov"


@pytest.mark.parametrize("text,lang,lead", [
    # the relative clause names the last conjunct's role, not the whole subject
    ("The project GREENWAY is funded by Interreg Europe. Partners are the City of Braga and the University of Leuven, "
     "which is also the lead partner. The budget is EUR 1.5 million.\n", "en", "University of Leuven"),
    # a name with "and" inside stays whole
    ("The project GREENWAY is funded by Interreg Europe. Partners are the Ministry of Culture and Tourism, which is also "
     "the lead partner, and the City of Braga. The budget is EUR 1.5 million.\n", "en", "Ministry of Culture and Tourism"),
    # the verb of taking part that opens the clause is no part of the name
    ("Il progetto PONTE è finanziato da Interreg Italia-Slovenia. Partecipano il Comune di Udine, che è anche capofila, "
     "e il Comune di Tolmin. Il budget è di 1,5 milioni di euro.\n", "it", "Comune di Udine"),
])
def test_lead_named_in_a_relative_clause_after_a_list_or_verb(text, lang, lead):
    assert _first_field("lead_partner", text, lang) == lead


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Projekt realizuje Fundacja Zielony Las w partnerstwie z Beskidzkim Parkiem Krajobrazowym.\n",
     "Beskidzki Park Krajobrazowy"),
    ("sl", "Projekt izvaja Zavod Modri val v partnerstvu z Mladinskim centrom Kamnik.\n", "Mladinski center Kamnik"),
    ("cs", "Projekt realizuje spolek Zelené údolí ve spolupráci s Olomouckým krajem.\n", "Olomoucký kraj"),
])
def test_a_partner_after_a_cooperation_phrase_is_named_in_the_nominative(lang, text, expected):
    assert expected in [name for name, _, _ in _partners(text, lang)]


@pytest.mark.parametrize("name,expected", [
    ("Universității Politehnice din Iași", "Universitatea Politehnică din Iași"),
    ("Agenției Regionale de Dezvoltare", "Agenția Regională de Dezvoltare"),
    ("Consiliului Județean Suceava", "Consiliul Județean Suceava"),  # a masculine noun's adjective stays
    ("Comunei Vame", "Comuna Vame"),  # a village's name is no adjective
])
def test_romanian_type_words_and_their_adjectives_in_the_genitive_go_back_to_the_nominative(name, expected):
    from pipeline.extractors.partner_clean import _nominative
    from pipeline.extractors.partner_record import Partner

    class _Ctx:  # _nominative reads only the language
        pass
    ctx = _Ctx()
    ctx.lang = "ro"
    assert _nominative(Partner(name, "partner", 0, len(name)), ctx).name == expected


def test_a_beneficiary_item_names_a_second_organisation_opened_by_agreeing_adjectives():
    from pipeline.section_beneficiaries import _orgs
    head = "Gmina Zielona Dolina ze Śląskim Ogrodem Botanicznym"
    assert [head[a:b] for a, b in _orgs(head, 0, "pl")] == [head]  # "Ogrodem" is no type word: one name
    head = "Fundacja Nowa Wieś z Podhalańskim Parkiem Krajobrazowym"
    assert [head[a:b] for a, b in _orgs(head, 0, "pl")] == ["Fundacja Nowa Wieś", "Podhalańskim Parkiem Krajobrazowym"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The project is carried out by the Town of Millbrook together with the Harbour Authority of Eastport.\n",
     ["Town of Millbrook", "Harbour Authority of Eastport"]),
    ("pl", "Projekt jest realizowany przez Gminę Stary Bór we współpracy z Fundacją Leśny Dom.\n",
     ["Gmina Stary Bór", "Fundacja Leśny Dom"]),
    ("it", "Il progetto è realizzato dal Comune di Valfonda in collaborazione con l'Associazione Monti Aperti.\n",
     ["Comune di Valfonda", "Associazione Monti Aperti"]),
    ("fr", "Le projet est mis en œuvre par la Commune de Beauval en partenariat avec l'Association Terres Vives.\n",
     ["Commune de Beauval", "Association Terres Vives"]),
])
def test_the_organisation_a_project_is_carried_out_by_beside_a_partnership_phrase_is_a_partner(lang, text, expected):
    found = [name for name, _, _ in _partners(text, lang)]
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("lang,text", [
    ("en", "The project is funded by the European Union together with the national budget.\n"),
    ("en", "The project was carried out by 2020 in cooperation with schools.\n"),
])
def test_no_agent_partner_from_a_funder_or_a_date(lang, text):
    assert _partners(text, lang) == []


def test_two_type_words_before_one_town_name_two_bodies():
    text = "Das Projekt wird von der Stadt Eichenau gemeinsam mit dem Landkreis Eichenau umgesetzt.\n"
    found = [name for name, _, _ in _partners(text, "de")]
    assert "Stadt Eichenau" in found and "Landkreis Eichenau" in found


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Obec Horní Ves realizuje projekt ve spolupráci s obcí Dolní Lhota.\n", "obec Dolní Lhota"),
    ("pl", "Gmina Zielonki realizuje projekt we współpracy z gminą Nowa Wola.\n", "gmina Nowa Wola"),
])
def test_a_lower_case_type_word_in_a_case_form_after_a_partnership_phrase_opens_the_name(lang, text, expected):
    assert expected in [name for name, _, _ in _partners(text, lang)]


def test_a_programme_carried_out_by_its_authority_names_no_partner():
    text = ("The project is part of the Programme, which is implemented by the Ministry of Regional Development "
            "in cooperation with the Ministry of European Integration.\n")
    assert "Ministry of Regional Development" not in [name for name, _, _ in _partners(text, "en")]


@pytest.mark.parametrize("lang,text,expected", [
    # the call's figures: proposals or projects counted before the countries
    ("en", "The GREENWAY project (Interreg Europe) is led by the City of Graz. In the second call "
           "214 proposals were submitted from 25 countries.\n", None),
    ("it", "Il progetto GREENWAY (Interreg Europe) è guidato dal Comune di Trento. Dei 180 progetti "
           "candidati dai 29 paesi sono stati approvati 40.\n", None),
    # the programme's countries: the programme follows the noun
    ("ro", "Proiectul GREENWAY este cofinanţat de cele două state participante la program.\n", None),
    # a condition of the call: a floor a few words back
    ("cs", "Projekt GREENWAY (Interreg Europe) musel mít alespoň jednoho partnera ze všech pěti zemí.\n", None),
    # the project's own count stays
    ("de", "Das Projekt GREENWAY (Interreg Europe) verbindet Schulen in allen vier Partnerländern.\n", 4),
    ("en", "The GREENWAY project (Interreg Europe) brings together 9 partners from 6 countries.\n", 6),
])
def test_country_count_not_the_calls(lang, text, expected):
    assert _first_field("stated_country_count", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "employees and members": the number counts the first noun
    ("hr", "Na sastanku projekta ZELENI PUT sudjelovalo je 25 zaposlenica i članovi projektnog tima.\n", None),
    # one country's partners are a part of the whole
    ("it", "Il progetto GREENWAY (Interreg Italia-Slovenia) riunisce un partner sloveno e quattro "
           "partner italiani.\n", None),
    ("en", "The GREENWAY project (Interreg Italy-Slovenia) unites 3 Italian partners and the Slovenian "
           "lead partner.\n", None),
    ("en", "The GREENWAY project (Interreg Europe) unites 12 Czech and Polish partners.\n", 12),
    # Romanian with the cedilla letters reads as with the comma ones
    ("ro", "La reuniunea proiectului GREENWAY au participat 23 de organizaţii partenere.\n", 23),
])
def test_partner_count_of_the_whole(lang, text, expected):
    assert _first_field("stated_partner_count", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a dateline with the place after the date, under an event heading
    ("en", "Partner meeting\n\n14 March 2021, Ljubljana, Slovenia\n\nThe six partners of the RIVERLINK project "
           "met to plan the pilot actions.\n", [("2021-03-14", None)]),
    # the opening sentence under an event heading, its verb split around the date
    ("de", "Projektpartnertreffen in Linz\n\nDie Partner des Projekts WASSERWEG kamen am 3. Mai 2022 "
           "zusammen, diesmal im Schloss von Linz.\n", [("2022-05-03", None)]),
    # the date after the event word that a start word governs is the project's
    ("it", "Secondo incontro del progetto\n\nLo scorso 12 marzo 2019 si è tenuto a Trento il secondo Meeting "
           "del progetto ALPIVERDI, finanziato dal programma Interreg, ed avviato nel giugno 2018.\n",
     [("2019-03-12", None)]),
])
def test_event_heading_and_dateline(lang, text, expected):
    rec = record(text, f"{lang}_ev.txt")
    assert [(e["date"], e["end"]) for e in rec["events"]] == expected


def test_day_month_year_line_is_no_list_item():
    # "27 September 2017, Milan" opens a dateline, not item 27 of a list
    from pipeline.readers.lines import item_start
    assert item_start("27 September 2017, Milan, Italy") is None
    assert item_start("3 Oktober 2019 in Wien") is None
    assert item_start("2 Project partners") == ("2", None, "Project partners")


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Vorhaben BLUEPATH dauerte zwei Jahre und verband sechs Gemeinden.\n", 24),
    ("fr", "Le projet BLUEPATH a duré trois ans.\n", 36),
    ("fr", "Le projet BLUEPATH durera deux ans.\n", 24),
    ("es", "El proyecto BLUEPATH durará dos años.\n", 24),
    ("nl", "Het project BLUEPATH liep drie jaar.\n", 36),
    ("hu", "A BLUEPATH projekt két évig tartott.\n", 24),
    ("hr", "Projekt BLUEPATH trajao je tri godine.\n", 36),
    ("en", "The BLUEPATH project ran for two years.\n", 24),
])
def test_duration_verbs_in_past_and_future_tense(lang, text, expected):
    assert _first_field("duration_months", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il progetto BLUEPATH, iniziato nel 2018, si è concluso nel 2021.\n", "2018"),
    ("es", "El proyecto BLUEPATH, iniciado en 2018, terminó en 2021.\n", "2018"),
])
def test_a_start_participle_after_the_project(lang, text, expected):
    assert _first_field("start", text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Projekt Zelená stezka\nZahájení projektu: |\n1. 4. 2020 |\nUkončení projektu: |\n31. 3. 2022 |\n", ("2020-04-01", "2022-03-31")),
    ("de", "Projekt Grüner Weg\nLaufzeit: |\n01.03.2019 - 28.02.2022 |\n", ("2019-03-01", "2022-02-28")),
])
def test_labels_of_a_flattened_table_with_cell_bars(lang, text, expected):
    assert (_first_field("start", text, lang), _first_field("end", text, lang)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "The BLUEPATH project links two towns. The total budget of the programme amounts to EUR 226 million.\n"),
    ("de", "Das Projekt BLUEPATH verbindet zwei Städte. Das Gesamtbudget des Programms beträgt 140 Millionen Euro.\n"),
])
def test_a_total_cue_the_programme_qualifies_is_the_programmes(lang, text):
    assert _first_field("budgets", text, lang) == []


def test_the_projects_total_under_a_programme_stays():
    text = "Das Projekt BLUEPATH hat ein Gesamtbudget im Programm Interreg von 2 Millionen Euro.\n"
    assert [(b["amount"], b["kind"]) for b in _first_field("budgets", text, "de")] == [("2000000.00", "total")]


@pytest.mark.parametrize("lang,text", [
    ("it", "I progetti del bando, della durata massima di 24 mesi, coinvolgono almeno tre partner.\n"),
    ("en", "Under the new call, projects have a maximum duration of 36 months.\n"),
])
def test_a_calls_maximum_length_is_no_projects_duration(lang, text):
    assert _first_field("duration_months", text, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    # a quotation right after the short name is its title
    ("Projekt GREENLINK „Zelené propojení měst a obcí“ začal v lednu 2023 v rámci programu Interreg.\n", "cs",
     ("GREENLINK", "Zelené propojení měst a obcí")),
    # a quotation, then the short name in brackets, itself quoted
    ("Prin proiectul Erasmus+ intitulat «Digital Schools for Rural Areas» («DIGIRURAL»), școala lucrează cu parteneri.\n",
     "ro", ("DIGIRURAL", "Digital Schools for Rural Areas")),
    # the short name, then a word that says it abbreviates the quotation
    ("Il progetto Brava, finanziato dal programma Interreg Italia-Svizzera con 1,2 milioni di euro, è partito a "
     "marzo. Brava, acronimo di “Borders, Rivers and Valleys Alliance”, unisce "
     "dieci comuni.\n", "it", ("Brava", "Borders, Rivers and Valleys Alliance")),
    # the short name, a spaced dash and words whose initials spell it, in a list
    ("Die Kommission hat folgende Projekte ausgewählt:\n\n  • SOLAR – Sustainable Open Landscapes And Rivers, "
     "Österreich (5 Mio. Euro);\n  • das Projekt MIRA in Polen.\n", "de", None),
])
def test_title_written_beside_the_short_name(text, lang, expected):
    doc = record(text, f"title_{lang}.txt")
    p = doc["projects"][0]
    if expected:
        assert (p["name"], p["title"]) == expected
    else:
        assert p["title"] in (None, "Sustainable Open Landscapes And Rivers")


def test_title_after_a_dash_must_spell_the_name():
    from pipeline.extractors.name_text import initials_cover, plain_title as _plain_title
    text = "BRIDGE – Building Regional Innovation Dialogue in Green Economies, Belgium"
    s, e = _plain_title(text, text.index("–") + 1)
    assert text[s:e] == "Building Regional Innovation Dialogue in Green Economies"
    assert initials_cover("BRIDGE", text[s:e])
    # words that do not spell the name are no title
    assert not initials_cover("BRIDGE", "kick-off meeting in Ghent")


@pytest.mark.parametrize("text,lang,expected", [
    ("Die Hochschule startet im Herbst ein neues Vorhaben mit zwei Partnern aus Tschechien. RIVERA steht für "
     "„Rivers In Valleys – Education and Research Alliance“ und wird mit 800.000 Euro gefördert.\n", "de",
     ("RIVERA", "Rivers In Valleys – Education and Research Alliance")),
    ("La municipalité coopère avec trois villes italiennes. Tandem, l'acronyme de « Transports Alpins Nouveaux "
     "Durables En Montagne », est financé par Interreg ALCOTRA à hauteur de 2 millions d'euros.\n", "fr",
     ("Tandem", "Transports Alpins Nouveaux Durables En Montagne")),
    # the project word before the name is no part of it
    ("Neues aus der Region\n\nProjekt CAMP steht für „Climate Adaptation in Mountain Parks“. Die Stadt Graz leitet "
     "das Projekt mit 2,5 Mio. Euro.\n", "de", ("CAMP", "Climate Adaptation in Mountain Parks")),
])
def test_name_and_title_from_an_expansion(text, lang, expected):
    p = record(text, f"expansion_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Obec podepsala smlouvu na projekt CZ.11.2.45/0.0/0.0/16_013/0001234 „Společná cesta k přírodě“ "
     "v rámci programu Interreg V-A Česká republika – Polsko.\n", "cs", "Společná cesta k přírodě"),
    ("Общината изпълнява проект 300CB22IPO008-2019-3-04 „Зелени пътеки в планината“ по програма "
     "за трансгранично сътрудничество.\n", "bg", "Зелени пътеки в планината"),
])
def test_quoted_name_after_a_registration_code(text, lang, expected):
    p = record(text, f"code_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == (expected, None)


@pytest.mark.parametrize("text,lang,expected", [
    # a French guillemet closed after a space, then the acronym in brackets
    ("Le projet intitulé « Vallées vivantes et durables » (VIVA) a été lancé à Nice avec 2 millions d'euros "
     "du programme Interreg ALCOTRA.\n", "fr", ("VIVA", "Vallées vivantes et durables")),
    # an acronym label inside the sentence, after the quoted title
    ("Proiectul \"Dezvoltarea turismului transfrontalier în Bihor și Hajdú-Bihar\", acronim: TOURBIH, este finanțat "
     "prin Programul Interreg V-A România-Ungaria cu 1,2 milioane euro.\n", "ro",
     ("TOURBIH", "Dezvoltarea turismului transfrontalier în Bihor și Hajdú-Bihar")),
    ("The project \"Cleaner Air for Local European Neighbourhoods\" (acronym: CLEAN) received EUR 2 million "
     "from Interreg Europe.\n", "en", ("CLEAN", "Cleaner Air for Local European Neighbourhoods")),
])
def test_acronym_beside_a_quoted_title(text, lang, expected):
    p = record(text, f"acr_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The CLEAN project “Cleaner Air for Local European Neighbourhoods” launched in May with EUR 2 million from "
     "Interreg Europe. CLEAN gathers nine partners.\n", "en", ("CLEAN", "Cleaner Air for Local European Neighbourhoods")),
    ("Projekt MOSTY „Spolu přes hranice bez bariér“ získal podporu 80 000 EUR z programu Interreg Česko – Polsko.\n",
     "cs", ("MOSTY", "Spolu přes hranice bez bariér")),
])
def test_acronym_right_before_a_quoted_title(text, lang, expected):
    p = record(text, f"acrq_{lang}.txt")["projects"][0]
    assert (p["name"], p["title"]) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Projekt RAZEM\n\nW ramach projektu zorganizowano warsztaty ceramiczne dla seniorów, wspólny rajd rowerowy "
           "oraz spotkanie podsumowujące.\n",
     ["warsztaty ceramiczne dla seniorów", "wspólny rajd rowerowy", "spotkanie podsumowujące"]),
    ("cs", "Projekt SPOLU\n\nV rámci projektu proběhly kurzy vaření, jarmark řemesel a společná výstava fotografií.\n",
     ["kurzy vaření", "jarmark řemesel", "společná výstava fotografií"]),
    ("de", "Projekt BRÜCKE\n\nIm Rahmen des Projekts wurden Sprachkurse, eine Radtour und ein Bürgerfest durchgeführt.\n",
     ["Sprachkurse", "eine Radtour", "ein Bürgerfest"]),
    ("en", "Project BRIDGE\n\nWithin the project, the partners organised cooking classes, a craft fair and a photo "
           "exhibition.\n", ["cooking classes", "a craft fair", "a photo exhibition"]),
    # "projekti raames" frames the list: no activity cue, so the verb stays out of the first item
    ("et", "Projekt GREENLAB\n\nProjekti raames korraldati seminare, õppereise ja ühise konverentsi.\n",
     ["seminare", "õppereise", "ühise konverentsi"]),
])
def test_an_enumeration_of_work_done_within_the_project(lang, text, expected):
    acts = _first_field("activities", text, lang) or []
    assert [a["text"] for a in acts] == expected


@pytest.mark.parametrize("lang,text", [
    # places joined by the conjunction, or partners: no list of work
    ("pl", "Projekt RAZEM\n\nW ramach projektu powstały ścieżki rowerowe w Krakowie, Tarnowie i Nowym Sączu.\n"),
    ("cs", "Projekt SPOLU\n\nV rámci projektu byla realizována obnova kaple, oprava cesty, úprava parku v Hati "
           "a v Opavě.\n"),
])
def test_no_work_list_from_places(lang, text):
    assert not _first_field("activities", text, lang)


@pytest.mark.parametrize("lang,text", [
    ("cs", "Projekt SPOLU\n\nProjekt podpořil Fond mikroprojektů.\n\nTypy způsobilých aktivit:\n\n- společné plánování\n"
           "- rozvoj spolupráce institucí\n- řízení malého projektu\n"),
    ("en", "Project BRIDGE\n\nThe project is funded by Interreg.\n\nEligible activities:\n\n- joint planning\n"
           "- cooperation of institutions\n- management of the small project\n"),
    ("de", "Projekt BRÜCKE\n\nDas Projekt wird von Interreg gefördert.\n\nFörderfähige Aktivitäten sind Bürgertreffen, "
           "Sportfeste und Ausstellungen.\n"),
])
def test_a_list_of_eligible_activities_is_the_calls(lang, text):
    assert not _first_field("activities", text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("pl", "Projekt RAZEM\n\nW ramach projektu odbyły się:\n\n- zajęcia plastyczne,\n- wyjazd integracyjny,\n"
           "- piknik rodzinny.\n", ["zajęcia plastyczne", "wyjazd integracyjny", "piknik rodzinny"]),
    ("it", "Progetto PONTE\n\nNell'ambito del progetto sono stati realizzati:\n\n- corsi di lingua\n- una mostra fotografica\n"
           "- una festa finale\n", ["corsi di lingua", "una mostra fotografica", "una festa finale"]),
])
def test_a_list_after_a_lead_in_of_work_done_within_the_project(lang, text, expected):
    acts = _first_field("activities", text, lang) or []
    assert [a["text"] for a in acts] == expected


def test_an_enumeration_inside_one_phrase_is_no_list_of_work():
    text = ("Projekt SPOLU\n\nV rámci projektu byla realizována vzájemná komunikace mezi zástupci měst z oblasti "
            "školství, sportu, kultury a podnikání.\n")
    assert not _first_field("activities", text, "cs")




SV = """Projektet SkogsLab – hållbar skogsnäring i gränsregionen

Projektet SkogsLab finansieras av Interreg Sverige-Norge 2021–2027. Projektet leds av Region Västerbotten. Övriga partners är Norges teknisk-naturvetenskapliga universitet (Norge), Jämtlands läns landsting och Skogforsk.

Projektets totala budget är 2 400 000 euro, varav 1 200 000 euro är stöd från Europeiska regionala utvecklingsfonden. Projektet pågår från 1 september 2022 till 31 augusti 2025 och har en löptid på 36 månader.

Projektets aktiviteter:
• workshops för skogsägare
• fältförsök i Jämtland och Trøndelag
• en gemensam digital plattform

Den 14 mars 2023 hölls en konferens i Östersund.
"""


def test_swedish_project_page():
    p = record(SV, "sv_page.txt")
    assert p["language"] == "sv"
    project = p["projects"][0]
    assert project["name"] == "SkogsLab"
    assert project["programme"] == "Interreg Sverige-Norge 2021–2027"
    assert project["lead_partner"] == "Region Västerbotten"
    # "Norges" and "Jämtlands" are genitives: the name's stem gives the country
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        # "Västerbotten" is the head of the region "Västerbottens län" (name_places)
        ("Region Västerbotten", "SE", "lead"), ("Norges teknisk-naturvetenskapliga universitet", "NO", "partner"),
        ("Jämtlands läns landsting", "SE", "partner"), ("Skogforsk", None, "partner")]
    assert sorted(project["countries"]) == ["NO", "SE"]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("2400000.00", "EUR", "total"), ("1200000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2022-09-01", "2025-08-31", 36)
    assert [a["text"] for a in project["activities"]] == [
        "workshops för skogsägare", "fältförsök i Jämtland och Trøndelag", "en gemensam digital plattform"]
    assert [e["date"] for e in p["events"]] == ["2023-03-14"]


DA = """Projektet BlueHarbour – grønne havne i Vadehavet

Projektet BlueHarbour er støttet af Interreg Deutschland-Danmark. Leadpartner er Esbjerg Kommune. Øvrige partnere er Syddansk Universitet, Hochschule Flensburg (Tyskland) og Vadehavscentret.

Projektets samlede budget er 3.200.000 euro, heraf 1.920.000 euro i tilskud fra Den Europæiske Fond for Regionaludvikling. Projektet løber fra 1. september 2022 til 31. august 2025 og har en varighed på 36 måneder.

Projektets aktiviteter:
• workshops for havnene
• målinger af vandkvaliteten
• en fælles digital platform

Den 14. marts 2023 blev der afholdt en konference i Esbjerg.
"""


def test_danish_project_page():
    p = record(DA, "da_page.txt")
    assert p["language"] == "da"
    project = p["projects"][0]
    assert project["name"] == "BlueHarbour"
    assert project["programme"] == "Interreg Deutschland-Danmark"
    assert project["lead_partner"] == "Esbjerg Kommune"
    # "Syddansk" (South Danish) is a region's adjective: the university is in Denmark
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Esbjerg Kommune", "DK", "lead"), ("Syddansk Universitet", "DK", "partner"),
        ("Hochschule Flensburg", "DE", "partner"), ("Vadehavscentret", None, "partner")]
    assert sorted(project["countries"]) == ["DE", "DK"]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("3200000.00", "EUR", "total"), ("1920000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2022-09-01", "2025-08-31", 36)
    assert [a["text"] for a in project["activities"]] == [
        "workshops for havnene", "målinger af vandkvaliteten", "en fælles digital platform"]
    assert [e["date"] for e in p["events"]] == ["2023-03-14"]


@pytest.mark.parametrize("lang,text,expected", [
    ("sv", "Projektet SkogsLab pågår i tre år och samlar partners från Sverige och Norge kring skogsbruk.\n", 36),
    ("sv", "Projektet SkogsLab har en projekttid på 18 månader och genomförs i Jämtland och Trøndelag.\n", 18),
    ("da", "Projektet BlueHarbour løber over tre år og samler partnere fra Danmark og Tyskland om havnene.\n", 36),
    ("da", "Projektet BlueHarbour har en varighed på 18 måneder og gennemføres i Esbjerg og Husum.\n", 18),
])
def test_swedish_and_danish_durations(lang, text, expected):
    assert _first_field("duration_months", text, lang) == expected


def test_the_capital_class_takes_capitals_of_every_script_and_no_lower_case_letter():
    import re

    from pipeline.textnorm import UPPER

    capital = re.compile(f"[{UPPER}]")
    assert all(capital.match(c) for c in "AZÀÖØÞĀČŁŐŠŽȘȚЀЖЯΆΑΩ")
    # "À-Ž" held these too, so "är", "és", "über" and "účast" passed for capitalised words
    assert not any(capital.match(c) for c in "azßàäéöüáíúëāčłőšżžșțжяάαω×÷")


def test_the_lower_case_class_takes_small_letters_of_every_script_and_no_capital():
    import re

    from pipeline.textnorm import LOWER

    small = re.compile(f"[{LOWER}]")
    # "à-ž" lacked ß and Romanian ș ț
    assert all(small.match(c) for c in "azßàäéöüáíúëāčłőšżžșțжяάαωΐ")
    # and held the capitals of Latin Extended-A: "Že", "Łódź" passed for lower-case words
    assert not any(small.match(c) for c in "AZÀÖØÞĀČŁŐŠŽȘȚЀЖЯΆΑΩ×÷")


@pytest.mark.parametrize("lang,text,lead", [
    ("sv", "Projektet SkogsLab\n\nProjektet SkogsLab finansieras av Interreg Aurora. Lead partner är Umeå kommun. "
           "Budgeten är 2 miljoner euro.\n", "Umeå kommun"),
    ("sv", "Projektet SkogsLab\n\nProjektet finansieras av Interreg Aurora. Huvudpartner är Region Västerbotten.\n",
     "Region Västerbotten"),
])
def test_a_lead_after_its_cue_and_a_copula_opening_with_an_accented_letter(lang, text, lead):
    p = record(text, f"copula_lead_{lang}.txt")
    assert p["language"] == lang
    assert p["projects"][0]["lead_partner"] == lead


@pytest.mark.parametrize("lang,text,lead", [
    # the agent of a verb-final passive after the project (German, Dutch)
    ("de", "Projekt CLUSTERLINK\n\nDas Projekt CLUSTERLINK startete im März 2022. Ein zentrales Projekt, das von der "
           "Hochschule Landshut koordiniert wird, verbindet Cluster aus fünf Ländern.\n", "Hochschule Landshut"),
    ("nl", "Project WATERLINK\n\nHet project WATERLINK, dat door de Universiteit Gent gecoördineerd wordt, verbindt "
           "tien partners uit vier landen.\n", "Universiteit Gent"),
    # a fronted participle, the project, then the agent
    ("de", "Projekt WALDNETZ\n\nKoordiniert wird das Projekt WALDNETZ von der Universität Regensburg. Weitere Partner "
           "sind die Stadt Passau und die Gemeinde Hauzenberg.\n", "Universität Regensburg"),
    # the project's noun phrase before a verb of leading, its subject after it
    ("sk", "Projekt Zelený park\n\nProjekt Zelený park je realizovaný po niekoľkoročných prípravách. Konzorcium projektu "
           "vedie Samospráva obce Dunakeszi. Partnerom je mesto Štúrovo.\n", "Samospráva obce Dunakeszi"),
    # the role said in a relative clause after the name, then the sentence goes on
    ("de", "Projekt WALDNETZ\n\nDie Stadt Passau, die auch Lead Partner ist, und die Gemeinde Hauzenberg arbeiten im "
           "Projekt WALDNETZ zusammen.\n", "Stadt Passau"),
    # the lead in brackets after its cue
    ("pl", "Projekt Razem\n\nW dniach 23-27 listopada odbyła się wizyta studyjna przedstawicieli lidera projektu "
           "(Gmina Kraków) i partnerów projektu (AGH, UJ) w Żylinie.\n", "Gmina Kraków"),
    # a subject read up to an "as" role ends where its verb begins
    ("es", "Proyecto MONTANA\n\nLa Diputación de Huesca acude a esta cita en calidad de jefe de fila del proyecto "
           "MONTANA, financiado por Interreg Europe.\n", "Diputación de Huesca"),
    ("fr", "Projet VELOMED\n\nL’Agence de travaux publics de la Junte d’Andalousie, chef de file du projet VELOMED, "
           "a présenté le plan.\n", "Agence de travaux publics de la Junte d’Andalousie"),
    ("fr", "Projet CE4MED\n\nSous la houlette du français Pôle Santé Atlantique, quatre clusters européens collaborent "
           "dans le projet CE4MED.\n", "Pôle Santé Atlantique"),
    # a bracket that spells the cue is no name
    ("en", "Project GREENWAY\n\nThe Lead Partner (LP) of the project GREENWAY is the City of Graz. The budget is "
           "EUR 2 million.\n", "City of Graz"),
])
def test_the_lead_in_passives_relative_clauses_and_brackets(lang, text, lead):
    p = record(text, f"lead_forms_{lang}.txt")
    assert p["language"] == lang
    assert p["projects"][0]["lead_partner"] == lead


@pytest.mark.parametrize("lang,text,lead", [
    ("en", "Project GREENWAY\n\nThe project GREENWAY connects eight cities. Lead partner – City of Graz. The budget is "
           "EUR 2 million.\n", "City of Graz"),
    ("lt", "Projektas EZERAI\n\nProjektas EZERAI finansuojamas Interreg programos. Projekto vadovaujantysis partneris – "
           "Klaipėdos universitetas.\n", "Klaipėdos universitetas"),
    ("de", "Projekt GRENZLOS\n\nDas Projekt GRENZLOS wird von Interreg gefördert. Leadpartner – Landkreis Görlitz.\n",
     "Landkreis Görlitz"),
    ("sv", "Projektet SKOGLAB\n\nProjektet SKOGLAB finansieras av Interreg Aurora. Projektägare är Region Västerbotten.\n",
     "Region Västerbotten"),
])
def test_the_lead_after_a_dash_or_an_owner_word(lang, text, lead):
    p = record(text, f"lead_dash_{lang}.txt")
    assert p["language"] == lang
    assert p["projects"][0]["lead_partner"] == lead
FI = """MetsäLab-hanke – kestävää metsätaloutta raja-alueella

MetsäLab-hanketta rahoittaa Interreg Aurora -ohjelma. Hankkeen päätoteuttaja on Oulun yliopisto. Muut kumppanit ovat Luleån teknillinen yliopisto (Ruotsi), Lapin ammattikorkeakoulu ja Metsäntutkimuslaitos.

Hankkeen kokonaisbudjetti on 2 400 000 euroa, josta EU-rahoituksen osuus on 1 560 000 euroa. Hanke toteutetaan 1.9.2022–31.8.2025, ja sen kesto on 36 kuukautta.

Hankkeen toimenpiteet:
• työpajat metsänomistajille
• kenttäkokeet Lapissa ja Norrbottenissa
• yhteinen digitaalinen alusta

Hankkeen konferenssi järjestettiin 14. maaliskuuta 2023 Rovaniemellä.
"""


def test_finnish_project_page():
    p = record(FI, "fi_page.txt")
    assert p["language"] == "fi"
    project = p["projects"][0]
    assert project["name"] == "MetsäLab"  # "MetsäLab-hanke": the project word after a hyphen
    assert project["programme"] == "Interreg Aurora"
    assert project["lead_partner"] == "Oulun yliopisto"
    # "Oulun" is the genitive of Oulu, a city of the place lexicon: a city in a partner's name
    # locates it, in a case form too (a small town would need the page to name Finland)
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Oulun yliopisto", "FI", "lead"), ("Luleån teknillinen yliopisto", "SE", "partner"),
        ("Lapin ammattikorkeakoulu", None, "partner"), ("Metsäntutkimuslaitos", None, "partner")]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("2400000.00", "EUR", "total"), ("1560000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2022-09-01", "2025-08-31", 36)
    assert [a["text"] for a in project["activities"]] == [
        "työpajat metsänomistajille", "kenttäkokeet Lapissa ja Norrbottenissa", "yhteinen digitaalinen alusta"]
    assert [e["date"] for e in p["events"]] == ["2023-03-14"]


CA = """Projecte BosLab – gestió forestal sostenible al Pirineu

El projecte BosLab està cofinançat pel programa Interreg Espanya-França-Andorra. El cap de fila és la Universitat de Lleida. Els altres socis són el Centre Tecnològic Forestal de Catalunya, l'Office National des Forêts (França) i el Govern d'Andorra.

El pressupost total del projecte és de 2.400.000 euros, dels quals 1.560.000 euros són ajut FEDER. El projecte es desenvolupa de l'1 de setembre de 2022 al 31 d'agost de 2025 i té una durada de 36 mesos.

Activitats del projecte:
• tallers per a propietaris forestals
• assajos de camp al Pallars i a l'Arieja
• una plataforma digital comuna

El 14 de març de 2023 es va celebrar una jornada tècnica a la Seu d'Urgell.
"""


def test_catalan_project_page():
    p = record(CA, "ca_page.txt")
    assert p["language"] == "ca"
    project = p["projects"][0]
    assert project["name"] == "BosLab"
    assert project["programme"] == "Interreg Espanya-França-Andorra"
    assert project["lead_partner"] == "Universitat de Lleida"
    # "l'Office …": the elided article is no part of the name, and the comma before it ends the last one
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Universitat de Lleida", "ES", "lead"), ("Centre Tecnològic Forestal de Catalunya", "ES", "partner"),
        ("Office National des Forêts", "FR", "partner"), ("Govern d'Andorra", "AD", "partner")]
    assert sorted(project["countries"]) == ["AD", "ES", "FR"]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("2400000.00", "EUR", "total"), ("1560000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2022-09-01", "2025-08-31", 36)
    assert [a["text"] for a in project["activities"]] == [
        "tallers per a propietaris forestals", "assajos de camp al Pallars i a l'Arieja", "una plataforma digital comuna"]
    assert [e["date"] for e in p["events"]] == ["2023-03-14"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fi", "MetsäLab-hanke kestää kolme vuotta ja kokoaa kumppaneita Suomesta ja Ruotsista.\n", 36),
    ("fi", "Kahdeksanvuotinen MetsäLab-hanke käynnistyy ensi vuonna.\n", 96),
    ("fi", "MetsäLab-hanketta rahoitetaan 27 kk ajan Euroopan aluekehitysrahastosta.\n", 27),
    ("ca", "El projecte BosLab té una durada de tres anys i reuneix socis d'Espanya i França.\n", 36),
    ("ca", "El projecte BosLab tindrà una durada de 18 mesos al Pirineu.\n", 18),
])
def test_finnish_and_catalan_durations(lang, text, expected):
    assert _first_field("duration_months", text, lang) == expected


def test_finnish_partners_in_case_forms():
    """A country in a place case between partners is where the next ones are, no part of a
    name ("… ja Virossa Tallinnan yliopisto"); a town's genitive with consonant gradation
    gives the country of the name it opens ("Turun yliopisto" is in Turku); a business ID
    after a comma ends a name."""
    text = ("SustainBaltic-hanke\n\nTurun yliopisto koordinoi hanketta ja projektipartnereita ovat "
            "Suomen ympäristökeskus ja Virossa Tallinnan yliopisto.\n")
    project = record(text, "fi_case.txt")["projects"][0]
    assert project["lead_partner"] == "Turun yliopisto"
    assert [(x["name"], x["country"]) for x in project["partners"]] == [
        ("Turun yliopisto", "FI"), ("Suomen ympäristökeskus", "FI"), ("Tallinnan yliopisto", "EE")]
    text = ("INNOHEIMO-hanke\n\nHankkeen nimi: INNOHEIMO\n\nSuunnitelman mukainen toteutusaika: Alkaa 1.5.2018 ja "
            "päättyy 31.3.2021\n\nOsatoteuttajat\n\nRaision seudun koulutuskuntayhtymä, 0204427-7\n"
            "Turun ammattikorkeakoulu, 2528160-3\n\nTiivistelmä\n\nHanke kehittää yrittäjyyttä.\n")
    project = record(text, "fi_eura.txt")["projects"][0]
    assert [x["name"] for x in project["partners"]] == ["Raision seudun koulutuskuntayhtymä", "Turun ammattikorkeakoulu"]
    # the period label's value gives each date after its own start or end word
    assert (project["start"], project["end"]) == ("2018-05-01", "2021-03-31")


@pytest.mark.parametrize("lang,text,programme", [
    ("ca", "El projecte Alberapastur, presentat al Programa POCTEFA el 13 de desembre de 2016, és transfronterer.\n", "POCTEFA"),
    ("es", "El proyecto Alberapastur, presentado al Programa POCTEFA el 13 de diciembre de 2016, es transfronterizo.\n", "POCTEFA"),
])
def test_a_day_after_a_small_word_ends_a_programme_name(lang, text, programme):
    assert _first_field("programme", text, lang) == programme


def test_the_project_range_after_the_programme_period_in_one_sentence():
    text = ("EU Interreg Central Baltic Programme 2014-2020 rahoittaa vuosina 2016-2018 (27 kk ajan) "
            "SustainBaltic hanketta.\n")
    project = record(text, "fi_period.txt")["projects"][0]
    assert (project["start"], project["end"], project["duration_months"]) == ("2016", "2018", 27)


UK = """Проєкт ЕкоКарпати – спільна охорона довкілля на кордоні

Проєкт ЕкоКарпати фінансується Європейським Союзом у рамках Програми Interreg NEXT Угорщина-Словаччина-Румунія-Україна 2021-2027. Головним партнером проєкту є Ужгородський національний університет. Партнерами проєкту є Мукачівська міська рада (Україна), Ніредьгазький університет (Угорщина) та Пряшівський університет (Словаччина).

Загальний бюджет проєкту становить 1 200 000 євро, з яких внесок ЄС – 1 080 000 євро. Проєкт реалізується з 1 березня 2024 року по 28 лютого 2026 року, тривалість проєкту – 24 місяці.

Основні заходи проєкту:
• тренінги для рятувальників
• спільні навчання на кордоні
• закупівля обладнання

Стартова конференція проєкту відбулася 12 квітня 2024 року в Ужгороді.
"""


def test_ukrainian_project_page():
    p = record(UK, "uk_page.txt")
    assert p["language"] == "uk"
    project = p["projects"][0]
    assert project["name"] == "ЕкоКарпати"
    assert project["programme"] == "Interreg NEXT Угорщина-Словаччина-Румунія-Україна 2021-2027"
    assert project["lead_partner"] == "Ужгородський національний університет"
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Ужгородський національний університет", "UA", "lead"), ("Мукачівська міська рада", "UA", "partner"),
        ("Ніредьгазький університет", "HU", "partner"), ("Пряшівський університет", "SK", "partner")]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("1200000.00", "EUR", "total"), ("1080000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2024-03-01", "2026-02-28", 24)
    assert [a["text"] for a in project["activities"]] == [
        "тренінги для рятувальників", "спільні навчання на кордоні", "закупівля обладнання"]
    assert [(e["date"], e["place"]) for e in p["events"]] == [("2024-04-12", "Ужгород")]


NO = """Prosjektet SkogLab – bærekraftig skogbruk over grensen

Prosjektet SkogLab er finansiert av Interreg Sverige-Norge. Leadpartner er Høgskolen i Innlandet. Øvrige partnere er Karlstads universitet (Sverige), Innlandet fylkeskommune og Skogforsk.

Prosjektet har et totalbudsjett på 2 400 000 euro, hvorav EU-midler utgjør 1 200 000 euro. Prosjektperioden er fra 1. mars 2023 til 28. februar 2026, og prosjektet varer i 36 måneder.

Aktiviteter i prosjektet:
• kurs for skogeiere
• felles feltforsøk i Värmland og Innlandet
• en digital plattform

Prosjektets oppstartskonferanse ble holdt 14. mars 2023 i Hamar.
"""


def test_norwegian_project_page():
    p = record(NO, "no_page.txt")
    assert p["language"] == "no"
    project = p["projects"][0]
    assert project["name"] == "SkogLab"
    assert project["programme"] == "Interreg Sverige-Norge"
    assert project["lead_partner"] == "Høgskolen i Innlandet"
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Høgskolen i Innlandet", "NO", "lead"), ("Karlstads universitet", "SE", "partner"),
        ("Innlandet fylkeskommune", "NO", "partner"), ("Skogforsk", None, "partner")]
    assert [(b["amount"], b["currency"], b["kind"]) for b in project["budgets"]] == [
        ("2400000.00", "EUR", "total"), ("1200000.00", "EUR", "eu_contribution")]
    assert (project["start"], project["end"], project["duration_months"]) == ("2023-03-01", "2026-02-28", 36)
    assert [a["text"] for a in project["activities"]] == [
        "kurs for skogeiere", "felles feltforsøk i Värmland og Innlandet", "en digital plattform"]
    assert [e["date"] for e in p["events"]] == ["2023-03-14"]


def test_norwegian_kroner_and_a_norwegian_project_owner():
    p = record("""Prosjektet «Grønne havner» har fått 3,5 millioner kroner fra Interreg Øresund-Kattegat-Skagerrak. Norsk prosjekteier er Bergen kommune, og svensk partner er Göteborgs universitet. Prosjektet varer fra januar 2024 til desember 2026.
""", "no_owner.txt")
    project = p["projects"][0]
    assert project["name"] == "Grønne havner"
    # the Norwegian project owner is one side's owner, no lead partner of the whole project
    assert project["lead_partner"] is None
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == [
        ("Bergen kommune", "NO", "partner"), ("Göteborgs universitet", "SE", "partner")]
    assert [(b["amount"], b["currency"]) for b in project["budgets"]] == [("3500000.00", "NOK")]
    assert (project["start"], project["end"]) == ("2024-01", "2026-12")


@pytest.mark.parametrize("text,partner", [
    # a feminine type word in the instrumental with its adjectives: "селищною радою" -> "селищна рада"
    ("Проєкт «Чисті ріки» реалізується у партнерстві з Верховинською селищною радою та Жешувським університетом (Польща). Бюджет проєкту – 450 000 євро.",
     "Верховинська селищна рада"),
    ("Проєкт «Безпечне місто» реалізується у співпраці з Львівською міською радою. Бюджет проєкту – 300 000 євро.",
     "Львівська міська рада"),
    # a masculine type word: "Ужгородським національним університетом" -> "Ужгородський національний університет"
    ("Проєкт «Нові знання» реалізується у партнерстві з Ужгородським національним університетом. Бюджет проєкту – 300 000 євро.",
     "Ужгородський національний університет"),
])
def test_ukrainian_partners_in_case_forms_are_named_in_the_nominative(text, partner):
    project = record(text, "uk_case.txt")["projects"][0]
    assert partner in [x["name"] for x in project["partners"]]


@pytest.mark.parametrize("lang,text,partners", [
    ("uk", "Проєкт «Гори без кордонів» фінансується Програмою Interreg NEXT Румунія-Україна. Партнери проєкту: Головний партнер (Муніципалітет Сігету-Мармацієй, Румунія), Партнер 1 (Рахівська міська рада, м. Рахів, Україна) та Партнер 2 (Тячівська міська рада, Україна). Бюджет проєкту – 500 000 євро.",
     [("Муніципалітет Сігету-Мармацієй", "RO", "lead"), ("Рахівська міська рада", "UA", "partner"), ("Тячівська міська рада", "UA", "partner")]),
    ("en", "The project MOUNTAINS is funded by Interreg NEXT Romania-Ukraine. Project partners: Lead partner (Town Hall of Sighetu Marmatiei, Romania), Partner 1 (Rakhiv City Council, Ukraine) and Partner 2 (Tiachiv City Council, Ukraine). The project budget is EUR 500,000.",
     [("Town Hall of Sighetu Marmatiei", "RO", "lead"), ("Rakhiv City Council", "UA", "partner"), ("Tiachiv City Council", "UA", "partner")]),
    ("pl", "Projekt „Góry bez granic” jest finansowany z Programu Interreg NEXT Polska-Ukraina. Partnerzy projektu: Partner wiodący (Gmina Ustrzyki Dolne, Polska), Partner 1 (Rada Miasta Sambor, Ukraina) i Partner 2 (Gmina Lutowiska, Polska). Budżet projektu wynosi 500 000 euro.",
     [("Gmina Ustrzyki Dolne", "PL", "lead"), ("Rada Miasta Sambor", "UA", "partner"), ("Gmina Lutowiska", "PL", "partner")]),
])
def test_a_role_label_with_its_organisation_in_brackets(lang, text, partners):
    """'Lead partner (X, Romania), Partner 1 (Y, Ukraine)': the label gives the role, the brackets
    the name (up to its own comma) and its country; commas inside the brackets split nothing."""
    p = record(text, f"role_bracket_{lang}.txt")
    assert p["language"] == lang
    project = p["projects"][0]
    assert [(x["name"], x["country"], x["role"]) for x in project["partners"]] == partners
    assert project["lead_partner"] == partners[0][0]
