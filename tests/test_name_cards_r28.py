"""A card's title line: a short line right above two labelled project facts names the project,
wherever the card sits on the page (round 28)."""
from pipeline.extractors import names
from pipeline.extractors.name_cards import card_title
from tests.section_context import section_context


def _card(text: str, lang: str):
    found = card_title(section_context(text, lang), names.FACT_LABELS)
    return found and found[0]


GERMAN = """Nachrichten aus dem Landkreis

Der Landkreis fördert seit Jahren Vorhaben über die Grenze hinweg, und der Kreistag hat dafür neue Mittel bereitgestellt.

Beispielprojekt

Grüne Brücken am Fluss

Lead Partner: Stadtwerke Neuburg

Laufzeit: 01.03.2019 - 28.02.2021

Projektbudget: 420.000 EUR
"""

ITALIAN = """12 marzo 2021

Il Comune partecipa da anni alla cooperazione transfrontaliera con i vicini sloveni e austriaci.

Sentieri della memoria

Capofila: Comune di Valfredda

Durata: 24 mesi

Budget: 310.000 EUR
"""


def test_card_title_over_labelled_facts():
    assert _card(GERMAN, "de") == "Grüne Brücken am Fluss"
    assert _card(ITALIAN, "it") == "Sentieri della memoria"


def test_card_title_names_the_project_when_nothing_else_does():
    assert names.project_name(section_context(ITALIAN, "it"))[0] == "Sentieri della memoria"


def test_a_line_over_one_fact_or_over_prose_is_no_card():
    one = "Grüne Brücken am Fluss\n\nLead Partner: Stadtwerke Neuburg\n\nDer Fluss trennt zwei Städte, die nun gemeinsam planen.\n"
    assert not _card(one, "de")


def test_several_cards_are_left_to_the_splitter():
    two = ITALIAN + "\nBoschi aperti\n\nCapofila: Comune di Altopiano\n\nDurata: 18 mesi\n"
    assert not _card(two, "it")
