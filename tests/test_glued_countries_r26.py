"""Round 26: a flattened "name, town, country" list is split after each country only where the
countries are written in the form that stands alone; a country's case form opening items
("Sveriges …", "Danmarks …", "Latvijas …") is the names' own."""
from section_context import section_context

from pipeline.extractors.partner_items import _glued_countries


def _pieces(text: str, lang: str) -> list[str]:
    ctx = section_context(text, lang)
    items, at = [], 0
    for piece in text.split(", "):
        items.append((at, at + len(piece)))
        at += len(piece) + 2
    return [text[a:b] for a, b in _glued_countries(text, items, ctx)[0]]


def test_genitive_countries_keep_their_items_whole():
    text = "Nordlys AS, Danmarks Jordbrug Universitet, Sveriges Skog Institut, Molde kommune"
    assert _pieces(text, "no") == text.split(", ")
    text = "Rīgas dome, Latvijas Mežu Institūts, Lietuvos Sporto Universitetas, Valmieras novads"
    assert _pieces(text, "lv") == text.split(", ")


def test_countries_glued_to_the_next_name_still_split():
    text = "Cork Printmakers, Ireland Edinburgh Printmakers, Scotland Funen Studio, Odense, Denmark International Centre"
    assert "Denmark" in _pieces(text, "en") and "Ireland" in _pieces(text, "en")
