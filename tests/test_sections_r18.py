"""Round 18: pages of several projects told apart by structure (pipeline/section_cell_tables.py (then section_pipe_tables.py),
pipeline/section_quoted_amounts.py): invented texts in several languages."""
from pipeline.readers import read_document
from pipeline.sections import divide


def _sections(text: str, lang: str):
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    return divide(doc)


def _names(text: str, lang: str) -> list[str]:
    doc, secs = _sections(text, lang)
    return [doc.text[s.name[0]:s.name[1]] if s.name else None for s in secs]


# a pipe table whose cells run over lines: the name column gives a project per value
DE_PIPE = """Geförderte Verbünde 2024

Die Kommission hat drei Verbünde mit je 2 Millionen Euro gefördert.

Einrichtung |
Projekttitel |
---|---|
Universität Musterstadt | ALPHA - Alliance for Learning |
Hochschule Beispielburg |
BETA-NET - Bridging Education |
Technische Universität Irgendwo | GAMMA Alliance |
"""

EN_PIPE = """| Project title | Coordinator |
|---|---|
| SEAWAY | University of Northport |
| RiverLink | Eastford City Council |
"""

# a pipe table without a name column is not a list of projects
EN_PIPE_NO_NAME = """| City | Population |
|---|---|
| Northport | 12000 |
| Eastford | 9000 |
"""


def test_pipe_table_rows_spread_over_lines_de():
    names = _names(DE_PIPE, "de")
    assert len(names) == 3
    assert names[0].startswith("ALPHA") and names[1].startswith("BETA-NET") and names[2] == "GAMMA Alliance"


def test_pipe_table_row_organisation_is_partner_de():
    doc, secs = _sections(DE_PIPE, "de")
    orgs = [[doc.text[s:e] for s, e in sec.partners] for sec in secs]
    assert orgs == [["Universität Musterstadt"], ["Hochschule Beispielburg"], ["Technische Universität Irgendwo"]]


def test_pipe_table_leading_pipes_en():
    assert _names(EN_PIPE, "en") == ["SEAWAY", "RiverLink"]


def test_pipe_table_without_name_column_en():
    assert len(_sections(EN_PIPE_NO_NAME, "en")[1]) == 1


# quoted names each with an amount of its own, in running text
RO_QUOTED = """Școala Gimnazială „Mihai Eminescu” derulează trei proiecte

Școala Gimnazială „Mihai Eminescu” implementează în acest an trei proiecte europene. Proiectul „Learning by doing” este finanțat cu 21.500 de euro și durează un an. De asemenea, școala va primi 18.200 de euro pentru proiectul de parteneriat «Green minds together», iar pentru proiectul «Digital steps» suma este de 25.000 euro.
"""

BG_QUOTED = """Училища от Бургас печелят проекти

Проекти на училища от Бургас са одобрени за финансиране. За проектното предложение „Sea and Sky“ СУ „Христо Ботев“ ще получи 28 100 евро. ПГ „Васил Левски“ ще работи по проекта „Young Voices of Europe“, който е на стойност 19 900 евро.
"""

# one project, one amount; the other quotation names an organisation
PL_ONE = """Projekt „Zielona Szkoła” otrzymał dofinansowanie

Szkoła Podstawowa „Słoneczna” realizuje projekt „Zielona Szkoła”, na który otrzymała 40 000 euro.
"""


def test_quoted_names_with_amounts_ro():
    assert _names(RO_QUOTED, "ro") == ["Learning by doing", "Green minds together", "Digital steps"]


def test_quoted_names_with_amounts_bg():
    assert _names(BG_QUOTED, "bg") == ["Sea and Sky", "Young Voices of Europe"]


def test_quoted_organisation_is_no_project_pl():
    assert len(_sections(PL_ONE, "pl")[1]) == 1


# a count of projects matched by the paragraphs right below it, each naming one near its start
NL_COUNTED = """Drie projecten goedgekeurd

Het comité heeft deze week drie nieuwe projecten goedgekeurd, elk met een eigen thema.

Het Blue Rivers Network wil de waterkwaliteit in de grensrivieren verbeteren, samen met Waterschap Limburg en de Universiteit Twente.

Met het project SoilCare ondersteunen boeren uit beide landen elkaar bij het verbeteren van hun bodem; de Stichting Bodemleven leidt het.

Tot slot werken in het project EduBridge scholen uit Venlo en Kleve samen aan tweetalig onderwijs.
"""

EN_COUNTED = """Two new projects approved

The committee approved two projects on Tuesday.

The GreenPort Alliance will help small harbours cut emissions with shared charging points, led by the University of Northport.

In the project RailLink 2 the regions test a common timetable for cross-border trains over three years.
"""

# the count does not match the paragraphs below it: no split by it
EN_COUNT_MISMATCH = """Two new projects approved

The committee approved two projects on Tuesday.

The GreenPort Alliance will help small harbours cut emissions with shared charging points for boats.

The committee also discussed the budget of the programme and the next call for proposals in spring.
"""


def test_counted_run_nl():
    assert _names(NL_COUNTED, "nl") == ["Blue Rivers Network", "SoilCare", "EduBridge"]


def test_counted_run_en():
    assert _names(EN_COUNTED, "en") == ["GreenPort Alliance", "RailLink 2"]


def test_counted_run_needs_every_block_named_en():
    assert len(_sections(EN_COUNT_MISMATCH, "en")[1]) == 1


# a counted run where most units only describe their project: no project entries from it
DE_COUNTED_FACTLESS = """Drei Ideen für die Grenzregion

Die Jury hat drei Projekte ausgewählt, die im Herbst vorgestellt werden.

Das Projekt „Brückenlicht“ will die alten Brücken am Fluss abends mit Kunst beleuchten lassen.

Das Projekt „Waldklang“ bringt Musik in die Wälder beiderseits der Grenze, mit Konzerten im Sommer.

Das Projekt „Stadtfarben“ lädt Kinder ein, Hauswände in beiden Städten gemeinsam zu bemalen, betreut von der Stiftung Kunstraum.
"""


def test_counted_run_needs_facts_de():
    assert len(_sections(DE_COUNTED_FACTLESS, "de")[1]) < 3
