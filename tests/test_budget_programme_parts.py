"""The parts of a programme's total stated in the same sentence ("…, of which … from the
ERDF") are the programme's money too, not the project's EU contribution."""
import pytest

from pipeline.build import extract_one


def budgets(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"parts_{lang}.txt", "parts")[0]
    return sorted((b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"])


CASES = [
    ("en", "GreenLink\n\nThe GreenLink project has a total budget of EUR 1.250.000.\n\n"
           "The total budget of the programme amounts to EUR 80.000.000, of which EUR 68.000.000 "
           "come from the ERDF and EUR 12.000.000 from national funds.",
     [("1250000.00", "total")]),
    ("el", "AquaNet\n\nΤο έργο AquaNet έχει συνολικό προϋπολογισμό 950.000 ευρώ.\n\n"
           "Ο συνολικός προϋπολογισμός του Προγράμματος ανέρχεται στα €70.500.000, από τα οποία τα "
           "€59.925.000 προέρχονται από το ΕΤΠΑ και τα €10.575.000 από εθνικούς πόρους.",
     [("950000.00", "total")]),
    ("de", "RiverLab\n\nDas Projekt RiverLab hat Gesamtkosten von 640.000 Euro.\n\n"
           "Das Gesamtbudget des Programms beträgt 95.000.000 Euro, davon 76.000.000 Euro aus dem EFRE.",
     [("640000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_parts_of_programme_total_are_not_the_projects(lang, text, expected):
    assert budgets(text, lang) == expected
