"""Facts read in sentences about the project without a field cue (pipeline/extractors/project_sentence.py)."""
import pytest

from pipeline.build import extract_one


def _project(text: str, name: str) -> dict:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc


def _period(text: str, lang: str) -> tuple:
    doc = _project(text, f"psd_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    return p["start"], p["end"], p["duration_months"]


@pytest.mark.parametrize("lang,text,expected", [
    # a "for the next" length in the sentence after the one naming the project
    ("de", "Zu den geförderten Vorhaben gehört das Projekt „Digitale Wälder“ der Universität Leipzig. "
           "Sie werden in den nächsten drei Jahren neue Modelle der Wälder erstellen.\n", (None, None, 36)),
    ("en", "The project GREENWAY links the cycle paths of the two regions and builds new bridges. "
           "The partners will work together over the next two years on the missing links.\n", (None, None, 24)),
])
def test_duration_in_a_sentence_carrying_on_from_the_project(lang, text, expected):
    assert _period(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("es", "El proyecto LAGUNAS restaurará zonas húmedas durante los próximos cinco años, superando los "
           "objetivos del Plan Estratégico de Humedales 2030.\n"),
    ("it", "Il progetto BOSCHI curerà i boschi della valle per i prossimi quattro anni, secondo la "
           "Strategia Forestale Nazionale 2030.\n"),
])
def test_a_year_after_a_capitalised_word_names_a_plan_not_a_date(lang, text):
    start, end, _ = _period(text, lang)
    assert start is None and end is None


@pytest.mark.parametrize("lang,text,expected", [
    # a lone date after an "until" word in a sentence naming the project is its end
    ("es", "El proyecto RIBERA ha recibido financiación del programa Interreg Sudoe y se desarrollará "
           "hasta finales de 2027.\n", (None, "2027", None)),
    ("fr", "Ce projet Montagnes entre dans le cadre du partenariat franco-suisse. Il se tient sur deux ans, "
           "jusqu’en 2026.\n", (None, "2026", 24)),
    ("en", "The project SEAGRASS restores the meadows of the northern coast and will run until the end of "
           "2028.\n", (None, "2028", None)),
])
def test_until_a_date_in_a_sentence_naming_the_project_is_its_end(lang, text, expected):
    assert _period(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # the programme is the subject; a call's deadline
    ("de", "Das Kooperationsprogramm stellt bis 2027 Mittel für das Projekt WALDWEG und andere Vorhaben bereit.\n"),
    ("en", "Project proposals can be submitted in the call until 15 March 2025.\n"),
])
def test_until_a_date_that_is_not_the_projects_end(lang, text):
    doc = _project(text, f"psu_{lang}.txt")
    assert all(p["end"] is None for p in doc["projects"])
