"""A body's list of portfolios is one name: the comma after "Ministry of X" does not end it
when short parts with no type word and no place follow, the last joined by a conjunction."""
from pipeline.extractors.partner_names import name_span
from tests.section_context import partners_in, section_context


def _span(text: str, lang: str) -> str:
    ctx = section_context(text, lang)
    a, b = name_span(text, ctx)
    return text[a:b]


def test_series_kept_english():
    text = "Ministry of Fisheries, Food and Rural Affairs, which leads the work."
    assert _span(text, "en") == "Ministry of Fisheries, Food and Rural Affairs"


def test_series_kept_spanish_lead():
    found = partners_in("El proyecto está coordinado por la Consejería de Cultura, Turismo y Deporte del Gobierno. "
                        "Los socios son dos ayuntamientos.", "es")
    assert ("Consejería de Cultura, Turismo y Deporte del Gobierno", None, "lead") in [
        (n, None, r) for n, _c, r in found]


def test_series_kept_slovene_lowercase_parts():
    text = "Ministrstvo za kmetijstvo, gozdarstvo in prehrano Republike Slovenije."
    assert _span(text, "sl") == "Ministrstvo za kmetijstvo, gozdarstvo in prehrano Republike Slovenije"


def test_places_after_comma_end_the_name():
    # towns after the comma are partners or seats, not portfolios
    assert _span("Ministry of Culture, Vienna and Graz are partners.", "en") == "Ministry of Culture"


def test_organisations_after_comma_end_the_name():
    text = "Ministry of Education, University of Ljubljana and Foundation Y."
    assert _span(text, "en") == "Ministry of Education"


def test_long_head_is_no_series():
    # a full name before the comma: what follows is a list of other partners
    text = "Regional Development Agency of Kras, Green Line and Blue Sky."
    assert _span(text, "en") == "Regional Development Agency of Kras"
