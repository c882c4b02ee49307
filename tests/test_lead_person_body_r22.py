"""A lead cue that names a person with the body they work for ("coordinated by Dr Mary Jones
from the University of Galway", "Projektleder Mette Lund Hansen fra Aalborg Universitet"):
the body is the lead, whatever the person's post before the name, a middle name or the
word of belonging ("fra", "vid", "from the", "von der")."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.partner_not_partner import _PERSON_THEN_BODY


def lead(text: str, lang: str) -> str | None:
    rec = extract_one(text.encode("utf-8"), f"{lang}_test.txt", f"{lang}_test")[0]
    return next((p["lead_partner"] for p in rec["projects"] if p.get("lead_partner")), None)


CASES = [
    ("da", "Projektet Grøn Havn\n\nProjektleder Mette Lund Hansen fra Aalborg Universitet, som er lead partner på "
           "projektet, fortæller om planerne.", "Aalborg Universitet"),
    ("sv", "Projektet Blå Skog\n\nProjektet koordineras av Anna Karin Berg vid Umeå universitet och pågår i tre år.",
     "Umeå universitet"),
    ("en", "Project Green Port\n\nThe project is coordinated by Dr Mary Jones from the University of Galway and runs "
           "for three years.", "University of Galway"),
    ("de", "Projekt Grüner Hafen\n\nDas Projekt wird koordiniert von Sabine Maria Keller von der Hochschule Kiel.",
     "Hochschule Kiel"),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_the_body_of_a_person_named_as_lead_is_the_lead(lang, text, expected):
    assert lead(text, lang) == expected


@pytest.mark.parametrize("name", [
    "Universitat Politècnica de València",  # an organisation word among the capitalised words
    "Comune di Trento",
    "Europa Nostra from the Netherlands",  # no organisation word in what follows
])
def test_names_that_are_no_person_with_a_body(name):
    from pipeline.extractors.partner_names import has_org_word
    m = _PERSON_THEN_BODY.match(name)
    assert not m or has_org_word(m.group("person")) or not has_org_word(m.group("body"))
