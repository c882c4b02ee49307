"""Round 21: in "with X as lead partner" the role is said of the name the comitative word
governs ("med hollandske NOFA som ledende partner", "mit der niederländischen NOFA als
Leadpartner", "con il Comune di Trieste come capofila"), not of the clause's subject; a
clause in which more than a name follows "with" names none this way. Invented texts."""
import pytest

from tests.section_context import partners_in


def _lead(text: str, lang: str) -> str | None:
    return next((name for name, _, role in partners_in(text, lang) if role == "lead"), None)


GOVERNED = [
    ("da", "Projektet arbejder inden for rammerne af Interreg-programmet med hollandske Wadden Fonden som "
           "ledende partner og vil løbe indtil 2013.", "Wadden Fonden"),
    ("de", "Das Projekt läuft im Interreg-Programm Nordsee mit der niederländischen Waddenstichting als "
           "Leadpartner und endet 2013.", "Waddenstichting"),
    ("sv", "Projektet genomförs inom Interreg-programmet med norska Kystverket som ledande partner och pågår "
           "till 2013.", "Kystverket"),
    ("it", "Il progetto è realizzato nel programma Interreg con il Comune di Lucca come capofila e sei altri "
           "partner.", "Comune di Lucca"),
    ("no", "Prosjektet gjennomføres i Interreg-programmet med svenske Sjöfartsverket som ledende partner og "
           "varer til 2013.", "Sjöfartsverket"),
]


@pytest.mark.parametrize("lang,text,lead", GOVERNED)
def test_the_name_with_governs_is_the_lead(lang, text, lead):
    assert _lead(text, lang) == lead


def test_more_than_a_name_after_with_names_no_lead_this_way():
    # "with the help of the town as …": a noun in lower case follows "with"
    text = ("Projektet arbejder med hjælp fra kommunen som ledende kraft og vil løbe indtil 2013.")
    assert _lead(text, "da") is None
