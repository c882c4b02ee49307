"""Cue words inside hyphenated compounds the tokeniser keeps whole (round 27): the part is the
cue when the part beside it is a name (an acronym, a code, a programme's brand, a capitalised
word in a language that writes its nouns in lower case), or when the cue file writes the tail
with a hyphen; ordinary words joined by a hyphen stay unmatched."""
import pytest

from pipeline import compound_cues, nlp
from tests.section_context import section_context


def keyed(text, lang, key):
    return [c.text for c in nlp.cues(text, lang, {key})]


@pytest.mark.parametrize("text, lang, key, want", [
    ("Het gemeentebestuur ontving LEADER-steun voor de fietsroute.", "nl", "budget_eu", ["steun"]),
    ("Het Leader-budget van de stad is ruim.", "nl", "budget", ["budget"]),
    ("Die Stadt plant das LEADER-Budget für den Radweg.", "de", "budget", ["Budget"]),
    ("Kommunen fick Interreg-støtte til sykkelveien.", "da", "budget_eu", ["støtte"]),
    ("Kunta sai Kolarctic-rahoitusta pyörätielle.", "fi", "budget_eu", ["rahoitusta"]),
    ("Vi deltar i Nordsø-programmet sedan i fjol.", "da", "programme", ["programmet"]),
    ("Kaupunki osallistuu Kolarctic-ohjelmaan.", "fi", "programme", []),  # no cue "ohjelmaan"
    ("Hanke sai rahaa Leader-ohjelmasta.", "fi", "programme", ["ohjelmasta"]),  # a dashed tail
    ("Projektet har en Botnia-budget på 2 miljoner.", "sv", "budget", ["budget"]),
])
def test_part_after_a_name_is_the_cue(text, lang, key, want):
    assert keyed(text, lang, key) == want


@pytest.mark.parametrize("text, lang, key", [
    ("Die Projekt-Partner treffen sich in Wien.", "de", "partners"),  # two ordinary nouns
    ("Die Partner-Universitäten tauschen Studierende aus.", "de", "partners"),
    ("De co-financiering komt van de provincie.", "nl", "budget_eu"),
    ("Die Matchmaking-Veranstaltung war voll.", "de", "events"),
    ("Az EU-s forrásokból épült.", "hu", "conjunctions"),  # an ending, no conjunction
])
def test_ordinary_compound_stays_unmatched(text, lang, key):
    assert not [c for c in nlp.cues(text, lang, {key}) if "-" in text[c.start - 1:c.start]]


def test_evidence_is_the_part():
    text = "Das LEADER-Budget ist klein."
    [cue] = nlp.cues(text, "de", {"budget"})
    assert text[cue.start:cue.end] == "Budget"


def test_name_part_shapes():
    assert compound_cues.name_part("EU", "projekt", "sv")
    assert compound_cues.name_part("H2020", "projekt", "da")
    assert compound_cues.name_part("BonePain", "projektet", "da")
    assert compound_cues.name_part("Interreg", "Projekt", "de")  # a brand
    assert not compound_cues.name_part("Projekt", "Partner", "de")  # German capitalises every noun
    assert compound_cues.name_part("Roskilde", "projektet", "da")
    assert not compound_cues.name_part("stuurgroep", "bijeenkomst", "nl")


def test_budget_read_from_a_compound_cue():
    ctx = section_context("Projekt Radweg\n\nDas LEADER-Budget beträgt 250.000 Euro.\n", "de")
    assert [c.text for c in ctx.cues(1, {"budget"})] == ["Budget"]


def test_eu_fund_before_a_money_noun_makes_it_the_eus():
    assert keyed("- EFRO-budget: € 2.684.000", "nl", "budget_eu") == ["budget"]
    assert keyed("Das EFRE-Budget beträgt 100.000 Euro.", "de", "budget_eu") == ["Budget"]


def test_lone_capital_is_no_name():
    assert not keyed("binnen het INTERREG V-programma", "nl", "programme")


def test_project_and_partner_words_left_to_their_readers():
    assert not keyed("Das Interreg-Projekt verbindet zwei Städte.", "de", "project_before")
    assert not keyed("Die Interreg-Partner treffen sich.", "de", "partners")


def test_capital_at_a_line_start_is_no_name():
    assert not keyed("Budget du projet\nCo-financement européen : 40 %", "fr", "budget_eu")
    assert not keyed("Hanke alkoi.\nTutkimus-ohjelmasta saatiin tukea.", "sv", "programme")
    assert keyed("Vi deltar i Nordsø-programmet.", "da", "programme") == ["programmet"]
    assert not keyed("Nordsø-programmet startede i fjor.", "da", "programme")
