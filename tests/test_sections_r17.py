"""Round 17: pages of several projects told apart by a count of projects and what follows it
(pipeline/section_headings.py, sections.next_openers, section_openers.titled_openers):
invented texts in several languages."""
from pipeline.readers import read_document
from pipeline.sections import divide


def _sections(text: str, lang: str):
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    return divide(doc)


def _count(text: str, lang: str) -> int:
    return len(_sections(text, lang)[1])


# headings under a block that counts the projects, each over a paragraph naming who carries it out
DA_HEADINGS = """Nye projekter i grænseregionen

Udvalget har i dag valgt at støtte tre nye projekter, som alle er meget forskellige.

Vand i byen

Projektet er et samarbejde mellem Aabenraa Kommune og Hochschule Flensburg om regnvand i byerne.

Sprog for alle

Her arbejder Syddansk Universitet sammen med Universität Hamburg om sprogundervisning i skolerne.
"""

EN_HEADINGS = """Regional fund backs new cooperation

The monitoring committee approved four projects at its meeting in March.

Clean harbours

The University of Tartu and the Port Authority of Riga will test new cleaning methods in small harbours.

Rural bus lines

Valga Municipality and Valka Municipality will run a common bus line across the border.
"""

# the same page with no count before the headings: one project told in parts
EN_HEADINGS_NO_COUNT = """Regional fund backs new cooperation

The monitoring committee met in March in Valga.

Clean harbours

The University of Tartu and the Port Authority of Riga will test new cleaning methods in small harbours.

Rural bus lines

Valga Municipality and Valka Municipality will run a common bus line across the border.
"""


def test_headings_a_count_announces_open_projects():
    assert _count(DA_HEADINGS, "da") == 2
    assert _count(EN_HEADINGS, "en") == 2


def test_headings_without_a_count_stay_one_project():
    assert _count(EN_HEADINGS_NO_COUNT, "en") == 1


# blocks opening with "the second project", "another project", after a count
EN_ORDINALS = """Our school and Erasmus+

Since 2010 our school has taken part in three two-year projects with partner schools.

The first project (2010-2012) was about water in European cities, with schools from Spain and Italy.

The second project (2013-2015) was about old crafts, with schools from Greece, Latvia and Malta.

The third project (2016-2018) taught pupils to run small companies, with schools from Poland and Ireland.
"""

PT_ORDINALS = """A universidade ganhou financiamento para dois projetos europeus de investigação.

Um deles é o AQUAMAR, coordenado pela Universidade do Algarve com a Universidade de Vigo e um orçamento de 2 milhões de euros.

Já o outro projeto aprovado é o TERRAVIVA, da Universidade de Évora, com parceiros em Espanha e França.
"""

DE_ORDINALS = """Die Gemeinde ist an zwei Projekten im Programm Interreg beteiligt.

Im Projekt „Grüne Wege“ baut sie mit der Stadt Cheb einen Radweg, der 2024 fertig wird.

Ein weiteres Projekt verbindet die Musikschulen beider Orte; die Kosten betragen 80 000 Euro.
"""

# one more project mentioned, with no count of projects on the page: one project
EN_ORDINAL_NO_COUNT = """Our school and Erasmus+

Our school took part in a project with partner schools from Spain and Italy in 2019-2021.

The second project meeting took place in Valencia in May 2020, with schools from Spain and Italy.
"""


def test_next_project_blocks_open_projects_on_a_page_that_counts_them():
    assert _count(EN_ORDINALS, "en") == 3
    assert _count(PT_ORDINALS, "pt") == 2
    assert _count(DE_ORDINALS, "de") == 2


def test_next_project_without_a_count_stays_one_project():
    assert _count(EN_ORDINAL_NO_COUNT, "en") == 1


# titles over budget sentences, under an opening that names the programme of them all
SV_TITLES = """Nya projekt beviljades medel

Styrkommittén inom Interreg Sverige-Norge beviljade medel till åtta projekt och universitetet deltar i två.

Smartare skogsbruk i gränsregionen

Universitetet och Høgskolen i Innlandet ska samarbeta med skogsföretag. Den totala budgeten är 1 200 000 EUR.

Säkrare vägar vintertid

Kommunerna på båda sidor gränsen ska testa nya metoder. Den totala budgeten är 650 000 EUR.
"""


def test_titles_over_budgets_split_when_the_opening_names_the_programme():
    cut, sections = _sections(SV_TITLES, "sv")
    assert len(sections) == 2
    assert cut.text[sections[1].name[0]:sections[1].name[1]] == "Säkrare vägar vintertid"


def test_one_more_project_named_after_a_copula():
    cut, sections = _sections(PT_ORDINALS, "pt")
    assert cut.text[sections[1].name[0]:sections[1].name[1]] == "TERRAVIVA"
    cut, sections = _sections(EN_COPULA, "en")
    assert [cut.text[s.name[0]:s.name[1]] if s.name else None for s in sections][-1] == "SeaLab"


EN_COPULA = """The college won funding for two European projects this year.

One of them is BlueNet, run with the University of Malta and a budget of 400,000 euro.

Another project funded is SeaLab, with partners in Croatia and Greece and a budget of 250,000 euro.
"""
