"""A bulleted web list whose items also carry their own numbers ("• 1.- Name"): the number
is the item's marker, never part of its text, so activity items read clean."""
from pipeline.extractors import activities
from pipeline.model import LIST_ITEM
from pipeline.readers.lines import item_start
from tests.section_context import section_context


def test_inner_number_after_bullet_is_the_marker():
    assert item_start("• 1.- Restoring the river banks") == ("1", "•", "Restoring the river banks")
    assert item_start("- 2) Formación de docentes") == ("2", "-", "Formación de docentes")
    assert item_start("• 3. Obnova mokřadů") == ("3", "•", "Obnova mokřadů")


def test_plain_bullets_and_figures_stay():
    assert item_start("• Restoring the river banks") == (None, "•", "Restoring the river banks")
    # a figure without its enumerator's point is the item's own word
    assert item_start("• 14 bicycle routes tested") == (None, "•", "14 bicycle routes tested")
    # a day and month behind a bullet is a date, not a number
    assert item_start("• 24. Oktober 2011 Auftaktkonferenz") == (None, "•", "24. Oktober 2011 Auftaktkonferenz")


def _items(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_activity_items_lose_their_inner_numbers():
    en = ("The project's main activities:\n\n"
          " • 1.- Restoring the river banks along the lower valley.\n"
          " • 2.- Training local guides in bird monitoring.\n")
    assert _items(en, "en") == ["Restoring the river banks along the lower valley",
                                "Training local guides in bird monitoring"]
    es = ("Actividades del proyecto:\n\n"
          " • 1.- Restauración de las riberas del río.\n"
          " • 2.- Formación de guías locales.\n")
    assert _items(es, "es") == ["Restauración de las riberas del río", "Formación de guías locales"]


def test_numbered_blocks_are_list_items():
    ctx = section_context("Aktivity projektu:\n\n • 1. Obnova mokřadů\n • 2. Školení průvodců\n", "cs")
    items = [ctx.block(i) for i in ctx.indices if ctx.block(i).kind == LIST_ITEM]
    assert [b.number for b in items] == ["1", "2"]
