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


@pytest.mark.parametrize("lang, text, names", [
    ("en", "Town news\n\nOur towns take part in new European networks. These are the networks:\n\n"
           "- River Towns (Riverside): Towns along the river share ways to clean their water.\n"
           "- Old Mills (Milltown): Restoring old mills as places for young makers and artists.\n"
           "- Green Roofs (Hilltop): Planting roofs of public buildings with the help of schools.\n",
     ["River Towns", "Old Mills", "Green Roofs"]),
    ("es", "Noticias\n\nNuestros municipios participan en nuevas redes europeas, que son las siguientes:\n\n"
           "- Ríos Vivos (Alcalá): Recuperar las orillas del río con la ayuda de los vecinos.\n"
           "- Molinos Viejos (Toledo): Restaurar los molinos antiguos como espacios para jóvenes.\n"
           "- Techos Verdes (Cuenca): Plantar los techos de los edificios públicos con las escuelas.\n",
     ["Ríos Vivos", "Molinos Viejos", "Techos Verdes"]),
])
def test_an_unannounced_run_of_bracketed_items_lists_projects(lang, text, names):
    # no project word announces the list: the repeated "Name (place): description" shape does
    rec = record(text, f"{lang}_bracket_run.txt")
    assert [p["name"] for p in rec["projects"]] == names


def test_a_bracketed_partner_list_is_no_list_of_projects():
    text = ("Strong Rivers\n\nThe project Strong Rivers links towns along the river. Its partners are:\n\n"
            "- Town Council (Riverside): runs the works on the river banks and the park.\n"
            "- Water Board (Milltown): measures the quality of the water every month.\n"
            "- Green School (Hilltop): teaches pupils how to care for the river and its fish.\n")
    rec = record(text, "en_bracket_partners.txt")
    assert len(rec["projects"]) <= 1
