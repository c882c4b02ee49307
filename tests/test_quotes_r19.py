"""Round 19: one reader of quotations (pipeline.quotes) for names, section openers and quoted
amounts, with every European pair of marks, the single guillemets ‹…› and ›…‹ among them."""
import pytest

from pipeline.quotes import quotation, quotation_ending, quotations
from pipeline.section_names import name_after


def _words(text, qs):
    return [text[q.start:q.end] for q in qs]


@pytest.mark.parametrize("text,names", [
    ("Le projet ‹ Jardins partagés › reçoit 20 000 euros.", ["Jardins partagés"]),
    ("Das Projekt ›Grüne Höfe‹ und das Projekt »Blaue Wege« wurden gefördert.", ["Grüne Höfe", "Blaue Wege"]),
    ("Projekt „Zelené město“ a projekt ,,Čistá řeka” získaly podporu.", ["Zelené město", "Čistá řeka"]),
    ("Il progetto «Mare Nostrum» e l'iniziativa 'Terra Viva' sono finanziati.", ["Mare Nostrum", "Terra Viva"]),
    ("Projektet ”Gröna skolor” och ‚Blå hav‘ fick stöd.", ["Gröna skolor", "Blå hav"]),
])
def test_quotations_in_several_languages(text, names):
    assert _words(text, quotations(text, 0, len(text))) == names


def test_apostrophe_inside_a_word_opens_no_quotation():
    text = "L'association dell'arte e il progetto 'Viva' "
    assert _words(text, quotations(text, 0, len(text))) == ["Viva"]


def test_inner_quotation_kept_whole_and_read_too():
    text = "Centrum Euroregionu „Tatry“ podpísalo zmluvu „Spolok „Dobrý deň“ pre región“."
    assert _words(text, quotations(text, 0, len(text))) == ["Tatry", "Spolok „Dobrý deň“ pre región", "Dobrý deň"]


def test_names_quoted_inside_a_quoted_speech_ro():
    text = "„Școala va primi, prin proiectul «Viitor deschis», 20.000 euro și prin proiectul «Mare și munte» alți 15.000 euro”, a spus directorul."
    assert _words(text, quotations(text, 0, len(text)))[1:] == ["Viitor deschis", "Mare și munte"]


def test_quotation_ending_reads_the_quotation_before_a_phrase():
    text = "A ‹Vízparti› nevű projekt"
    q = quotation_ending(text, 0, text.index(" nevű"))
    assert q and text[q.start:q.end] == "Vízparti"


def test_quotation_spaces_inside_are_trimmed():
    text = "le projet « Vignes du Jura » a démarré"
    q = quotation(text, text.index("«"))
    assert text[q.start:q.end] == "Vignes du Jura"


@pytest.mark.parametrize("lang,text,cue_end,name", [
    ("fr", "Le projet ‹ Ville verte › a commencé.", len("Le projet"), "Ville verte"),
    ("de", "Das Projekt › Neue Wege ‹ beginnt.", len("Das Projekt"), "Neue Wege"),
    ("en", "The project “ Open Seas ” began.", len("The project"), "Open Seas"),
])
def test_name_after_a_cue_reads_single_guillemets_and_trims(lang, text, cue_end, name):
    span = name_after(text, cue_end, len(text), lang)
    assert span and text[span[0]:span[1]] == name
