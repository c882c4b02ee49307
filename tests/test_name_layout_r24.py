"""Round 24, a name for a nameless project read from the page's layout and scored
(`name_layout`): a quotation after a project, programme or naming word (a programme's brand
inside it left out), a coined CamelCase word after a project compound, a coined acronym in
brackets after its long form, the title line's other side from its programme and project word;
and what is no name however it is written: an organisation's quoted name, a programme's period,
a fund's or a body's acronym, a quotation nothing introduces."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_layout import layout_name
from tests.section_context import section_context


def _name(lang: str, text: str):
    found = layout_name(section_context(text, lang))
    return found and found[0]


NAMED = [
    # a quotation after a programme compound, the brand inside it the programme's
    ("de", "Zwei Lehrkräfte arbeiteten in Spanien am Austauschprogramm „Erasmus+ Blue Rivers“ mit. "
           "Die Schüler reisen im Mai nach Valencia.", "Blue Rivers"),
    ("pl", "Uczniowie wzięli udział w wymianie w ramach programu „Zielona Przyszłość Europy“ razem z "
           "partnerami z Litwy.", "Zielona Przyszłość Europy"),
    # after a naming word
    ("sv", "Skolan deltar i ett utbyte med namnet ”Bridges of Friendship” tillsammans med skolor i Polen.",
     "Bridges of Friendship"),
    # a CamelCase word after a project compound
    ("de", "Die Gemeinde beteiligt sich seit März am Kooperationsprojekt WaterWise mit Partnern aus Tschechien.",
     "WaterWise"),
    ("is", "Skólinn tekur þátt í samstarfsverkefninu GreenBridge ásamt skólum frá Póllandi og Spáni.", "GreenBridge"),
    # a coined acronym in brackets after its long form, or initials after a project word
    ("sv", "Nya projekt i regionen:\nGreen Harbour Network (GREENHARB) samlar hamnar i Sverige och Finland.",
     "GREENHARB"),
    ("it", "La Regione ha presentato il progetto Turismo lento transfrontaliero (Tlt) con sei partner sloveni.", "Tlt"),
    # the title line beside a programme's brand and a project word
    ("is", "Erasmus+ verkefni – Blue Planet\n\nSkólinn tekur þátt í verkefninu ásamt skólum frá Finnlandi.", "Blue Planet"),
]


@pytest.mark.parametrize("lang,text,name", NAMED)
def test_a_layout_mark_names_the_project(lang, text, name):
    assert _name(lang, text) == name


NOT_NAMED = [
    # an organisation's word before the quotation: its name
    ("pl", "Projekt realizuje Gimnazjum „Nowa Szkoła“ w Cieszynie razem z partnerami z Czech."),
    # a programme's period in the quotation
    ("pl", "Środki pochodzą z programu „Polska – Saksonia 2014–2020“ i budżetu gminy."),
    # a fund's acronym in brackets, and a body's three letters
    ("pl", "Projekt jest współfinansowany z Europejskiego Funduszu Rozwoju Regionalnego (EFRR)."),
    ("sk", "Projekt schválilo uznesenie mestského zastupiteľstva (MsZ) v máji."),
    # a quotation nothing introduces
    ("de", "Die Ausstellung „Blaue Stunde“ ist bis Juni im Rathaus zu sehen."),
    # a word in capitals after a programme word is the programme's acronym
    ("de", "Das Vorhaben wird aus dem Programm ETZ gefördert und läuft zwei Jahre."),
]


@pytest.mark.parametrize("lang,text", NOT_NAMED)
def test_what_names_no_project(lang, text):
    assert _name(lang, text) is None


def test_the_pipeline_names_a_nameless_project_from_its_layout():
    text = ("Zwei Lehrkräfte arbeiteten in Spanien am Austauschprogramm „Erasmus+ Blue Rivers“ mit. Die Partnerschulen "
            "kommen aus Spanien, Finnland und Estland. Das Projekt läuft von September 2023 bis August 2025.")
    doc = extract_one(text.encode("utf-8"), "layout_de.txt", "layout")[0]
    assert [p["name"] for p in doc["projects"]] == ["Blue Rivers"]
