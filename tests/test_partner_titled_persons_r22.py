"""A person where a partner could be, told by a title: a title that opens the name before a
word of belonging and a body ("Forskningschef Theis Raaschou Andersen fra X Hochschule") leaves
the body, a middle name allowed; a lower-case title after the name ("… kennara") and an
occupation after a comma ("Marc Dupont, Professeur des …") make the name a person's."""
import pytest
from section_context import section_context

from pipeline.extractors.partner_names import people, person
from pipeline.extractors.partner_not_partner import body_of_person
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner


def _partner(text: str, name: str, lang: str) -> tuple[Partner, object]:
    ctx = section_context(text, lang)
    at = text.index(name)
    return Partner(name, LEAD, at, at + len(name)), ctx


@pytest.mark.parametrize("text,name,lang,body", [
    ("Projektleder Mette Sørine Holm fra Nordjysk Erhvervsakademi leder projektet.",
     "Projektleder Mette Sørine Holm fra Nordjysk Erhvervsakademi", "da", "Nordjysk Erhvervsakademi"),
    ("Forskningschef Lars Erik Berg från Mälardalens Högskola leder projektet.",
     "Forskningschef Lars Erik Berg från Mälardalens Högskola", "sv", "Mälardalens Högskola"),
    ("Prosjektleder Kari Nordmann fra Nordland Fylkeskommune koordinerer.",
     "Prosjektleder Kari Nordmann fra Nordland Fylkeskommune", "no", "Nordland Fylkeskommune"),
])
def test_a_titled_person_of_a_body_leaves_the_body(text, name, lang, body):
    p, ctx = _partner(text, name, lang)
    q = body_of_person(p, ctx)
    assert q is not None and q.name == body and text[q.start:q.start + len(q.name)] == body


def test_a_titled_person_of_a_body_does_not_make_its_list_people():
    text = "Forskningschef Anne Marie Lund fra Sydvest Universitet og Odense Kommune deltager."
    ctx = section_context(text, "da")
    a = "Forskningschef Anne Marie Lund fra Sydvest Universitet"
    found = [Partner(a, PARTNER, 0, len(a)), Partner("Odense Kommune", PARTNER, text.index("Odense"), text.index("Odense") + 14)]
    assert not people(found, ctx)


@pytest.mark.parametrize("text,name,lang", [
    ("Verkefnið leiddi Sigrúnu Jónsdóttur kennara í skólanum.", "Sigrúnu Jónsdóttur kennara", "is"),
    ("Porté par Claire Martin, Professeure à l'Université de Nantes.", "Claire Martin", "fr"),
    ("Coordonné par Paul Moreau, Chercheur au laboratoire.", "Paul Moreau", "fr"),
])
def test_a_name_with_an_occupation_is_a_person(text, name, lang):
    p, ctx = _partner(text, name, lang)
    assert person(p, ctx)


@pytest.mark.parametrize("text,name,lang", [
    ("Le projet est porté par Université Lumière, partenaire du consortium.", "Université Lumière", "fr"),
    ("Samstarfsaðili er Félag Íslenskra kennara.", "Félag Íslenskra kennara", "is"),
])
def test_an_organisation_is_no_person(text, name, lang):
    p, ctx = _partner(text, name, lang)
    assert not person(p, ctx)
