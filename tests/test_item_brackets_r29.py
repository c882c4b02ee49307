"""Round 29: a list of projects whose items put a bracket (place, holder, years) between the
name and its colon or dash: the head before the bracket is still each project's name."""
import pytest

from tests.test_extractors import record


@pytest.mark.parametrize("lang, text, names", [
    ("de", "Förderung für grenzüberschreitende Vorhaben\n\nDer Ausschuss hat neue Mittel bewilligt.\n\n"
           "Diese drei Projekte erhalten eine Förderung:\n\n"
           "- Flusstage (Stadt Passau): Ein Fest am Fluss für alle Generationen. Fördersumme: 12.000 Euro.\n"
           "- Musikbrücken (Landkreis Cham): Konzerte junger Bands in beiden Ländern. Fördersumme: 9.500 Euro.\n"
           "- Alte Wege (Gemeinde Lam): Wanderrouten im Grenzland werden markiert. Fördersumme: 7.000 Euro.\n",
     ["Flusstage", "Musikbrücken", "Alte Wege"]),
    ("it", "Nuovi progetti per il territorio\n\nIl comitato ha approvato nuovi finanziamenti.\n\n"
           "Ecco i tre progetti finanziati (tre progetti - 2 milioni di euro)\n"
           "Fiumi Vivi (Comune di Udine) - Il progetto vuole restaurare le sponde del fiume in città.\n"
           "Boschi Aperti (Parco delle Prealpi) - Obiettivo del progetto è aprire nuovi sentieri nei boschi.\n"
           "Mare Pulito (Provincia di Trieste) - Il progetto riduce i rifiuti di plastica lungo la costa.\n",
     ["Fiumi Vivi", "Boschi Aperti", "Mare Pulito"]),
])
def test_a_bracket_between_a_listed_name_and_its_separator(lang, text, names):
    rec = record(text, f"{lang}_item_brackets.txt")
    assert [p["name"] for p in rec["projects"]] == names


def test_bracketed_labels_of_one_project_are_no_list_of_projects():
    # repeated field labels with a bracket ("Budget (EUR): …") stay one project's fields
    text = ("Green Bridges\n\nThe project Green Bridges links two towns across the river.\n\n"
            "Total budget (EUR): 1 200 000 for the whole project period.\n\n"
            "Duration (months): 24 months from the start of the project.\n\n"
            "Lead partner (LP): Town of Riverside, which runs the works.\n")
    rec = record(text, "en_bracket_labels.txt")
    assert len(rec["projects"]) <= 1
