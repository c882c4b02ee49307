"""A slide dump is told from a web page with indented bullet lists by its layout: a dump
double-spaces every line and starts each slide on an indented line that stands alone; an
indented list is a run of consecutive lines at one indentation."""
from pipeline.model import LIST_ITEM
from pipeline.readers import detect_format, read_document
from pipeline.readers.slides import slide_starts

SLIDE_DUMP = """Projekt GreenLink

Spolupráce měst v regionu

na podporu čisté dopravy
 Cíle projektu:

• snížení emisí ve městech

• sdílená data o dopravě
 Partneři:

• Město Brno,

• Stadt Wien
 Rozpočet

Celkem 1.200.000 EUR
"""

# English page, nested list: indented bullets in runs, sub-items more indented.
WEB_EN = """Our activities

The project brings partners from three regions together around shared goals.

Main work packages:
 • Training of local staff in three pilot towns
 • Exchange visits between the partner regions
  • study tours for mayors
  • a joint summer school
 • Publication of a handbook

Contact us for more.
"""

# German page, a second list, the whole page indented by the site's template.
WEB_DE = """    Aktivitäten im Projekt

    Das Projekt verbindet Gemeinden beiderseits der Grenze.

    Geplant sind:
    • gemeinsame Workshops
    • ein Radweg entlang des Flusses
      • Beschilderung
      • Rastplätze
    • eine Abschlusskonferenz

    Kontakt
    Gemeindeamt
"""


def test_slide_dump_is_still_slides():
    assert detect_format(SLIDE_DUMP, ".txt") == "slides"
    assert len(slide_starts(SLIDE_DUMP.splitlines())) == 4


def test_indented_bullet_runs_are_no_slide_breaks():
    assert slide_starts(WEB_EN.splitlines()) == [0]
    assert detect_format(WEB_EN, ".txt") == "page_text"
    assert detect_format(WEB_DE, ".txt") == "page_text"


def test_unspaced_lines_that_are_not_breaks_mean_a_web_page():
    # two lone indented sub-items look like breaks, but the page's other unspaced pairs
    # (a contact block, a list) outnumber them
    text = ("Projekte\n\nWir arbeiten mit Partnern.\n\n • Gesundheit\n  • Projekt Alpha\n\n"
            "   Ziel: weniger Infektionen\n\n   • Anna Muster\n   • Telefon 01 23 45\n   Mehr\n"
            "  • Projekt Beta\n\n   Ziel: bessere Versorgung\n\n   • Ben Muster\n   Mehr\n")
    assert detect_format(text, ".txt") == "page_text"


def test_nested_bullets_keep_their_levels():
    for text in (WEB_EN, WEB_DE):
        d = read_document(text.encode(), "x.txt", "x")
        items = [(d.block_text(b), b.level) for b in d.blocks if b.kind == LIST_ITEM]
        assert [level for _, level in items] == [0, 0, 1, 1, 0], items



NESTED_EN = """Project Bridge

Further plans of the partners:

 • setting up a joint office for the two towns
 • carrying out the following activities in three areas:
  • mobility
  • culture
  • tourism

The project runs until 2026.
"""

NESTED_DE = """Projekt Brücke

Weitere Pläne der Partner:

 • Gründung eines gemeinsamen Büros beider Städte
 • Durchführung folgender Aktivitäten in drei Bereichen:
  • Mobilität
  • Kultur
  • Tourismus

Das Projekt läuft bis 2026.
"""


def test_sub_list_of_a_running_list_item_is_not_the_activities():
    from pipeline.extractors import activities
    from tests.section_context import section_context
    for text, lang in ((NESTED_EN, "en"), (NESTED_DE, "de")):
        ctx = section_context(text, lang)
        idx = list(ctx.indices)
        lead = next(p for p, i in enumerate(idx) if activities._kind_of(ctx, i))
        assert activities._sub_list_lead_in(ctx, idx, lead)  # the second item, over its sub-items
        assert activities.extract(ctx) == []


def test_first_item_label_keeps_its_sub_items():
    from pipeline.extractors import activities
    from tests.section_context import section_context
    ctx = section_context("Project activities:\n • Workshops:\n  • for teachers\n  • for pupils\n • Study visits\n", "en")
    got = [(it.text, [c.text for c in it.children]) for it in activities.extract(ctx)]
    assert got == [("Workshops:", ["for teachers", "for pupils"]), ("Study visits", [])]
