"""A person-shaped name set off by a comma from a coordinator noun ("the project coordinator,
Oprea Tania", "Anna Berg, koordinator för projektet") is a person's post, not a partner or lead;
an organisation in the same place stays."""
import pytest

from pipeline.extractors.partner_person_names import contact_person
from pipeline.extractors.partner_record import LEAD, Partner
from tests.section_context import section_context


def _person(text: str, lang: str, name: str) -> bool:
    ctx = section_context(text, lang)
    start = ctx.doc.text.index(name)
    return contact_person(Partner(name, LEAD, start, start + len(name)), ctx)


@pytest.mark.parametrize("lang,text,name", [
    ("en", "The Dutch school was represented by the headmaster and the project coordinator, Pieter Smit.", "Pieter Smit"),
    ("en", "Maria Lopez, coordinator of the project in Spain, welcomed the guests.", "Maria Lopez"),
    ("sv", "Skolan representerades av projektets koordinator, Anna Berg.", "Anna Berg"),
    ("it", "Giulia Rossi, coordinatrice del progetto per il comune, ha aperto l'incontro.", "Giulia Rossi"),
])
def test_a_person_beside_a_coordinator_noun_after_a_comma(lang, text, name):
    assert _person(text, lang, name)


@pytest.mark.parametrize("lang,text,name", [
    # a lower-case word right after the name, without a comma, may be a verb said of a body
    ("en", "Green Valley coordinates the project with four schools.", "Green Valley"),
    # no coordinator noun beside the name
    ("it", "Giulia Rossi, sindaco del comune, ha aperto l'incontro.", "Giulia Rossi"),
])
def test_no_post_beside_the_name(lang, text, name):
    assert not _person(text, lang, name)
