"""Round 23, facts on a page whose project name is not found, and a project a sentence only
relates another to:
- a programme named as what funds the page's subject ("X is funded by the … Programme") is
  no scope of its own: the section still speaks of one funded thing, and keeps its figures;
- a list that states an amount on every item is a budget's breakdown, not work;
- a second project named in the same sentence in another form of the project word
  ("Projekt A je nastavak projekta B") is related to the first, not reported after it."""
import pytest

from pipeline.extractors import activities, project_scope
from pipeline.extractors.context import Context
from pipeline.model import Section
from pipeline.readers import read_document
from pipeline.sections import divide


def _ctx(text: str, lang: str) -> Context:
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", "t")
    doc.language = lang
    return Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))


FUNDED = [
    ("el", "Το σύστημα χρηματοδοτείται από το Επιχειρησιακό Πρόγραμμα Ανταγωνιστικότητα 2014-2020 "
           "και είναι συνολικού προϋπολογισμού 640.000,00€."),
    ("fr", "La plateforme est financée par le programme Interreg France-Suisse et dispose d'un budget "
           "total de 480 000 euros."),
    ("en", "The new ferry line is co-funded by the Interreg Baltic Sea Region Programme, with a "
           "total budget of EUR 2.1 million."),
]


@pytest.mark.parametrize("lang,text", FUNDED)
def test_a_programme_that_funds_the_subject_leaves_its_figures(lang, text):
    assert project_scope.speaks_of_one(_ctx(text, lang), None)


OWN_SCOPE = [
    ("fr", "Le programme Interreg France-Suisse dispose d'un budget total de 65 millions d'euros."),
    ("en", "The programme has a total budget of EUR 120 million for the period 2021-2027."),
]


@pytest.mark.parametrize("lang,text", OWN_SCOPE)
def test_a_programme_spoken_of_itself_keeps_the_figures_its_own(lang, text):
    assert not project_scope.speaks_of_one(_ctx(text, lang), None)


@pytest.mark.parametrize("lang,text", [
    ("el", "Ο προϋπολογισμός κατανέμεται στους εταίρους βάσει των δράσεων που υλοποιούν ως εξής:\n\n"
           "  • Δήμος Καβάλας: 412.300,00€\n  • Δήμος Xanthi: 96.100,00€\n  • Πανεπιστήμιο Θράκης: 51.700,00€\n"),
    ("en", "The budget is shared among the partners according to the activities each carries out:\n\n"
           "  • City of Tartu: 210,000 EUR\n  • University of Latvia: 145,500 EUR\n  • Riga Port Authority: 80,250 EUR\n"),
])
def test_a_list_with_an_amount_on_every_item_is_no_list_of_work(lang, text):
    assert activities.extract(_ctx(text, lang)) == []


@pytest.mark.parametrize("lang,text", [
    ("hr", "Projekt KOPNO je nastavak projekta MORSKO, a financiran je iz programa Interreg, "
           "ukupne vrijednosti 845.200,00 eura."),
    ("de", "Das Projekt „Grüne Wege“ ist die Fortsetzung des Projekts „Blaue Wege“ und wird mit "
           "insgesamt 420.000 Euro gefördert."),
])
def test_a_project_the_sentence_relates_its_subject_to_opens_no_part(lang, text):
    doc = read_document(("Neuigkeiten\n\n" if lang == "de" else "Novosti\n\n").encode() + text.encode("utf-8"),
                        f"p_{lang}.txt", "p")
    doc.language = lang
    _, sections = divide(doc)
    assert len(sections) == 1
