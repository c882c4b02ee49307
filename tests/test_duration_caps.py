"""A length after an "up to" word or a bound ("fins a 48 mesos", "not more than 24 months",
"legfeljebb 36 hónap") is a call's rule, not the project's stated duration."""
import pytest

from pipeline.build import extract_one


def months(text: str, lang: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"cap_{lang}.txt", "cap")[0]
    return [p["duration_months"] for p in doc["projects"] if p["duration_months"]]


CAPPED = [
    ("ca", "BioPirineu\n\nEl projecte BioPirineu forma part del programa. Els projectes podran tenir "
           "una durada de fins a 48 mesos."),
    ("en", "SeaGrid\n\nThe SeaGrid project is funded by the programme. The duration of projects is "
           "not more than 30 months."),
    ("de", "AlpHealth\n\nDas Projekt AlpHealth wird gefördert. Die Laufzeit der Vorhaben beträgt "
           "höchstens 36 Monate."),
    ("es", "RutaVerde\n\nEl proyecto RutaVerde se financia con fondos FEDER. El período de ejecución de "
           "los proyectos no podrá ser superior a 24 meses."),
]


@pytest.mark.parametrize("lang,text", CAPPED)
def test_bounded_length_is_no_duration(lang, text):
    assert months(text, lang) == []


def test_stated_length_still_read():
    text = "SeaGrid\n\nThe SeaGrid project has a duration of 30 months."
    assert months(text, "en") == [30]
