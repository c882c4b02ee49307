"""Partners read from structure this round: a role apposition inside a list ("A, as lead partner,
B, C") does not end it; a one-word compound ending in a type word that the page never writes
small is an organisation; verbs of cooperating and the sentence's subject are evidence of taking
part. Invented sentences, several languages."""
from types import SimpleNamespace

import pytest

from pipeline.build import extract_one
from pipeline.lexicons import load
from pipeline.extractors.partner_role_apposition import role_apposition
from pipeline.extractors.partner_span_shapes import compound_name


def _partners(text: str, lang: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), f"r18_{lang}.txt", f"r18_{lang}")[0]
    assert doc["language"] == lang
    return [p["name"] for proj in doc["projects"] for p in proj.get("partners") or []]


def _ctx(lang: str):
    return SimpleNamespace(lex=load(lang), lang=lang)


@pytest.mark.parametrize("lang,rest,key", [
    ("sl", "kot vodilnega partnerja, Zavod za gozdove Slovenije, …", "lead_partner"),
    ("en", "as lead partner, the Green Valley Agency and …", "lead_partner"),
    ("it", "in qualità di capofila, il Comune di Lago Verde e …", "lead_partner"),
])
def test_a_role_between_commas_is_an_apposition(lang, rest, key):
    assert role_apposition(rest, _ctx(lang)) in {key, "coordinator"}


@pytest.mark.parametrize("lang,rest", [
    ("en", "as well as many visitors from the region, …"),
    ("sl", "ki je bil ustanovljen leta 1990, …"),
])
def test_a_clause_between_commas_is_no_role_apposition(lang, rest):
    assert role_apposition(rest, _ctx(lang)) is None


LISTS = [
    ("sl", "Projekt Zelena meja združuje pet partnerjev iz Slovenije in Avstrije: Občino Zgornja Dolina, kot vodilnega "
           "partnerja, Zavod za turizem Sončna Reka, Razvojno agencijo Gornji Kraj, Občino Spodnji Breg in Mesto Novi Trg. "
           "Projekt traja tri leta.", ["Zavod za turizem Sončna Reka", "Mesto Novi Trg"]),
    ("en", "The Green Border project brings together five partners from Austria and Slovenia: the Upper Valley "
           "Municipality, as lead partner, the Sunny River Tourist Board, the Upper Karst Development Agency and the "
           "Lower Bank Municipality. The project runs for three years.", ["Sunny River Tourist Board",
                                                                           "Upper Karst Development Agency"]),
]


@pytest.mark.parametrize("lang,text,names", LISTS, ids=[x[0] for x in LISTS])
def test_a_list_goes_on_after_a_role_apposition(lang, text, names):
    found = _partners(text, lang)
    for name in names:
        assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize("word,text,lang", [
    ("Mittuniversitetet", "Mittuniversitetet deltar i projektet.", "sv"),
    ("Fugleværnsfonden", "Kommunen og Fugleværnsfonden arbejder sammen.", "da"),
    ("Handelshögskolan", "Projektet leds av Handelshögskolan.", "sv"),
])
def test_a_compound_ending_in_a_type_word_is_an_organisation(word, text, lang):
    assert compound_name(word, text, load(lang).nouns_capitalised)


@pytest.mark.parametrize("word,text,lang", [
    ("Darmstadt", "Partner aus Darmstadt nehmen teil.", "sv"),  # a town word ends place names
    ("Gymnasieskolan", "Gymnasieskolan deltar; gymnasieskolan i staden också.", "sv"),  # written small on the page
    ("Fachhochschule", "Die Fachhochschule kooperiert.", "de"),  # every German noun is capitalised
])
def test_a_common_noun_or_a_town_is_no_compound_name(word, text, lang):
    assert not compound_name(word, text, load(lang).nouns_capitalised)


SUBJECTS = [
    ("sv", "Projektet Norrsken startar i januari. Mittuniversitetet och Høyskolen i Nordland kommer att samarbeta "
           "inom projektet för att utveckla nya sensorer för skogsindustrin.", ["Mittuniversitetet"]),
    ("nl", "Het Noorderlicht project start in januari. Hanzehogeschool Groningen maakt samen met vier andere "
           "Europese hogescholen deel uit van het consortium van het project.", ["Hanzehogeschool Groningen"]),
]


@pytest.mark.parametrize("lang,text,names", SUBJECTS, ids=[x[0] for x in SUBJECTS])
def test_the_subject_of_a_sentence_on_the_project_and_cooperation_takes_part(lang, text, names):
    found = _partners(text, lang)
    for name in names:
        assert name in found, (name, found)


GOES_ON = [
    ("ro", "Universitatea Tehnică din Cluj, care va conduce consorțiul proiectului, a semnat acordul.",
     "Universitatea Tehnică", True),
    ("sk", "Mestský úrad Senica z Českej republiky je partnerom projektu.", "Mestský úrad Senica", True),
    ("nl", "Hanzehogeschool Groningen maakt deel uit van het consortium.", "Hanzehogeschool Groningen", False),
]


@pytest.mark.parametrize("lang,text,name,goes_on", GOES_ON, ids=[x[0] for x in GOES_ON])
def test_a_small_word_and_a_capital_after_a_name_say_it_goes_on(lang, text, name, goes_on):
    from pipeline.extractors.partner_sentence_role import name_goes_on
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text), lex=load(lang), lang=lang)
    assert name_goes_on(text.index(name) + len(name), ctx) is goes_on
