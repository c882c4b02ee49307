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
