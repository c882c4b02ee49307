"""Project cards read by their shape: a title over the same run of label lines, repeated
(section_card_shapes), whatever block kind each title was rendered as."""
from pipeline.section_card_shapes import card_sections
from pipeline.sections import divide
from tests.section_context import section_context

GERMAN = """Förderung für drei Vorhaben

Der Begleitausschuss hat in seiner Sitzung drei Projekte genehmigt.

Grüne Höfe im Grenzland

Lead-Partner: Landkreis Görlitz
Partner aus: Deutschland und Polen
Budget: 1 200 000 €

Wasserwege – Wandern am Fluss

Lead-Partner: Stadt Zittau
Partner aus: Deutschland und Tschechien
Budget: 845 000 €

Kulturbrücke Neiße

Lead-Partner: Gemeinde Hirschfelde
Partner aus: Deutschland und Polen
Budget: 420 000 €

Die nächste Ausschreibung beginnt im Herbst.
"""

ENGLISH = """Approved projects

The committee approved two umbrella projects:

1) umbrella project axis 1 - "Small projects for nature and heritage in the border region"

Lead partner: Border Region Association
Project partner: County Council
Project period: 01.10.2016 - 30.06.2022
Total value: 6 275 399 EUR

2) umbrella project axis 3 "Small projects for education in the border region"

Lead partner: Border Region Association
Project partner: County Council
Project period: 01.10.2016 - 31.12.2019
Total value: 697 266 EUR
"""


def _names(text, lang):
    ctx = section_context(text, lang)
    return [ctx.doc.text[s.name[0]:s.name[1]] for s in card_sections(ctx)]


def test_titles_over_the_same_labels_are_projects_de():
    assert _names(GERMAN, "de") == ["Grüne Höfe im Grenzland", "Wasserwege – Wandern am Fluss", "Kulturbrücke Neiße"]


def test_a_quoted_title_gives_the_name_en():
    assert _names(ENGLISH, "en") == ["Small projects for nature and heritage in the border region",
                                     "Small projects for education in the border region"]


def test_lead_in_is_shared_and_last_card_ends_with_its_labels():
    ctx = section_context(GERMAN, "de")
    secs = card_sections(ctx)
    assert all(s.shared == secs[0].shared and s.shared for s in secs)
    last = ctx.doc.text[ctx.doc.blocks[secs[-1].blocks[-1]].start:ctx.doc.blocks[secs[-1].blocks[-1]].end]
    assert last.startswith("Budget")


def test_divide_uses_the_cards():
    ctx = section_context(GERMAN, "de")
    assert len(divide(ctx.doc)[1]) == 3


def test_contact_cards_without_facts_are_none():
    text = """Partners

University of Nowhere

Address: Main Street 1
Phone: 123 456

Town Museum

Address: Market Square 2
Phone: 654 321
"""
    assert _names(text, "en") == []


def test_one_card_is_no_list():
    text = """Grüne Höfe im Grenzland

Lead-Partner: Landkreis Görlitz
Budget: 1 200 000 €

Das Projekt stärkt die Landwirtschaft.
"""
    assert _names(text, "de") == []
