"""Pages of several projects told apart by structure (pipeline/section_tables.py, the paragraph
runs and partner labels of pipeline/section_openers.py): invented texts in several languages."""
from pipeline.readers import read_document
from pipeline.sections import divide


def _names(text: str, lang: str) -> list[str | None]:
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    cut, sections = divide(doc)
    out = []
    for s in sections:
        if s.name:
            out.append(cut.text[s.name[0]:s.name[1]])
        elif s.heading is not None:
            out.append(cut.block_text(cut.blocks[s.heading]))
        else:
            out.append(None)
    return out


DE_TABLE = """Internationale Kooperationsprojekte

Die Hochschule koordiniert derzeit drei Projekte im Programm Erasmus+, die zusammen rund 1,2 Mio. Euro erhalten.

Akronym Titel Koordinator
GREENLAB Green laboratories for schools in small towns Prof. Dr. Anna Berg
Fachbereich Chemie
MOVEon Mobility of vocational teachers in Europe Dr. Karl Otto
Fachbereich Pädagogik
SKILLS4U Digital skills for young adults Dr. Eva Lind

Weitere Projekte, an denen die Hochschule als Partner beteiligt ist, sind hier nicht aufgeführt.
"""

EN_TABLE_LAST = """New projects under the Widening call

The Commission will invest 20 million euro in five new projects that start in 2025.

Project title Acronym
Stronger coastal universities for blue growth SEA-UNI
Digital archives of rural heritage DARCH
Open labs for regional health research OLHEALTH
"""

NO_TABLE_NAME_FIRST = """Styringskomiteen har godkjent tre nye prosjekter med norsk deltagelse.

Prosjektnavn Leadpartner Norsk partner
Snø og Is i Nord Lapin yliopisto Tromsø kommune
Grenseløs Handel Luleå tekniska universitet Narvik kommune
Nye Veier Oulun kaupunki Alta kommune

Totalt mottar prosjektene 2 millioner euro i støtte.
"""


def test_rows_under_an_acronym_column_first_are_projects():
    assert _names(DE_TABLE, "de") == ["GREENLAB", "MOVEon", "SKILLS4U"]


def test_rows_under_an_acronym_column_last_are_projects():
    assert _names(EN_TABLE_LAST, "en") == ["SEA-UNI", "DARCH", "OLHEALTH"]


def test_rows_under_a_name_column_first_end_at_the_organisation():
    names = _names(NO_TABLE_NAME_FIRST, "no")
    assert len(names) == 3 and names[1] == "Grenseløs Handel"


def test_a_label_value_page_is_no_table():
    # "Project: X" then facts: one project, not a header with rows
    text = """Project: GREENLAB
Acronym Title
Duration: 24 months
Budget: 300 000 EUR
Partners: University of Tartu, City of Riga
"""
    assert len(_names(text, "en")) == 1


IT_RUN = """Il GAL Valli Alte, capofila del partenariato, partecipa ai seguenti progetti di cooperazione:

ORTI – Orti condivisi nelle valli alpine

MIELE – Apicoltura di montagna e qualità dei prodotti
"""

ES_RUN = """La universidad obtiene tres proyectos europeos con una financiación total de 900.000 euros.

Los proyectos seleccionados son de investigación y la universidad es socia en todos ellos.

AquaSoil: “Water and soil monitoring for dry farming”, con la doctora Ana Ruiz como investigadora principal.

BeeNet: “Pollinator networks in Mediterranean landscapes”, con el doctor Luis Gil como investigador principal.

MedFood: “Healthy food chains for small producers”, con la doctora Eva Sanz como investigadora principal.
"""


def test_announced_paragraphs_each_opening_with_a_name_are_projects():
    assert _names(IT_RUN, "it") == ["ORTI", "MIELE"]
    assert _names(ES_RUN, "es") == ["AquaSoil", "BeeNet", "MedFood"]


def test_paragraphs_opening_with_labels_are_one_project():
    # one project's fields, each "Label: value", after a paragraph that counts projects
    text = """The town takes part in two projects of the Interreg programme; this page presents the first.

Duration: 1 January 2020 to 31 December 2022.

Budget: 1 200 000 euro, of which 85 % from the ERDF.

Partners: the towns of Valka and Valga.
"""
    assert len(_names(text, "en")) == 1


DA_PARTNER_LABELS = """Følgende projekter har fået tilskud:

Grøn turisme ved kysten

Projektet skal udvikle fælles vandreruter langs kysten.

Partnere:

Naturcenter Vest

Stadt Husum

Sunde skoler i grænselandet

Målet er at skabe sunde skoler på begge sider af grænsen.

Partnere:

Sønderborg Kommune
"""


def test_titles_each_over_a_partners_label_are_projects():
    assert _names(DA_PARTNER_LABELS, "da") == ["Grøn turisme ved kysten", "Sunde skoler i grænselandet"]


def test_one_title_over_a_partners_label_is_one_project():
    text = DA_PARTNER_LABELS.split("Sunde skoler")[0]
    assert len(_names(text, "da")) == 1


def test_fields_of_a_form_are_not_a_run_of_projects():
    # the lines before and after the run are the same form's fields
    text = """Projekt: Malé projekty pre obce

Prioritná os 2: Rozvoj miestnych iniciatív a projektov

Investičná priorita: Podpora spolupráce obcí na hraniciach regiónu

Špecifický cieľ: Zvýšenie úrovne spolupráce inštitúcií v regióne

Rozpočet projektu: 20 000 Eur
"""
    assert len(_names(text, "sk")) == 1


def test_lines_that_point_to_links_are_not_projects():
    text = """Heute wurden in Wien zwei neue Projekte des Netzwerks vorgestellt, mit einem Budget von 2 Mio. Euro.

Die ganze Pressemappe finden Sie hier: LINK (http://www.example.at/presse/2020.pdf)

Complete press release: LINK (http://www.example.at/press/2020.pdf)
"""
    assert len(_names(text, "de")) == 1


SV_BUDGET_UNITS = """Två nya projekt har beviljats stöd inom programmet.

Gröna Vägar

Projektet ägs av Region Värmland och vill utveckla cykelleder längs gränsen.

Den totala budgeten är 400 000 EUR, varav 200 000 EUR är stöd från fonden.

Kontaktpersoner är:

Anna Berg, e-post: anna@example.se

Unga Entreprenörer

Projektets fokus ligger på unga företagare i gränsregionen.

Den totala budgeten är 600 000 EUR.
"""


def test_titles_each_over_a_budget_sentence_are_projects():
    assert _names(SV_BUDGET_UNITS, "sv") == ["Gröna Vägar", "Unga Entreprenörer"]


def test_one_title_over_a_budget_sentence_is_one_project():
    assert len(_names(SV_BUDGET_UNITS.split("Unga Entreprenörer")[0], "sv")) == 1


RO_DESIGNATIONS = """Patru universități din țară au fost selectate de Comisia Europeană în noi alianțe:

1. Universitatea din Oradea, care va face parte din consorțiul ”GREENUNI – Green European University Network”,

2. Universitatea din Craiova, parte a consorțiului ”Ecu – European Coastal University”,

3. Universitatea din Sibiu, câștigătoare alături de consorțiul ”ART4EU – Arts and Technology for Europe”.
"""

EN_ONE_DESIGNATION = """Our university joins the alliance “GREENUNI – Green European University Network”, with eight partners.

The alliance “GREENUNI – Green European University Network” receives 14 million euro from Erasmus+.
"""


def test_items_each_with_one_quoted_designation_are_projects():
    assert _names(RO_DESIGNATIONS, "ro") == ["GREENUNI", "Ecu", "ART4EU"]


def test_one_designation_repeated_is_one_project():
    assert len(_names(EN_ONE_DESIGNATION, "en")) == 1


PL_ALLIANCES = """Komisja Europejska wybrała nowe sojusze uczelni finansowane z programu Erasmus+.

Uniwersytet Łódzki należy do sojuszu EUNICE, w którym są też uczelnie z Francji, Hiszpanii i Włoch.

Politechnika Gdańska weszła w skład konsorcjum "Baltic University of Technology", które tworzą uczelnie z Niemiec, Szwecji i Finlandii.
"""


def test_paragraphs_each_naming_an_alliance_are_projects():
    assert _names(PL_ALLIANCES, "pl") == ["EUNICE", "Baltic University of Technology"]


def test_an_alliance_word_before_a_member_is_no_name():
    text = """W skład konsorcjum Uniwersytet Łódzki wchodzi od 2020 roku, razem z uczelniami z Francji i Włoch.

Konsorcjum Politechnika Gdańska kieruje projektem od 2021 roku, z partnerami z Niemiec i Szwecji.
"""
    assert len(_names(text, "pl")) == 1
