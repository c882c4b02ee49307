"""Round 28: activity lists narrowed by structure — a colon inside brackets glosses and
leads no list."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_colon_inside_brackets_leads_no_list_in_croatian():
    text = ("Projekt provodi grad.\n\n"
            "Sudionici su razvijali vlastite ideje (npr.: proizvodnja sapuna, oslikavanje keramike, "
            "učenje u oblaku) tijekom radionica.\n")
    assert _texts(text, "hr") == []


def test_colon_inside_brackets_leads_no_list_in_spanish():
    text = ("El proyecto lo lleva el ayuntamiento.\n\n"
            "Los alumnos prepararon varias propuestas (p. ej.: talleres de cerámica, visitas guiadas, "
            "charlas en el museo) durante el curso.\n")
    assert _texts(text, "es") == []


def test_colon_closing_the_clause_still_leads_its_list():
    text = ("Projekt provodi grad.\n\n"
            "Sudionici su razvijali vlastite ideje do završnog proizvoda: proizvodnja sapuna, "
            "oslikavanje keramike, učenje u oblaku.\n")
    assert _texts(text, "hr") == ["proizvodnja sapuna", "oslikavanje keramike", "učenje u oblaku"]

