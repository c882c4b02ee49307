"""An acronym with a colon right after it opens its title ("ACR: Full title"). Invented
sentences, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_text import split_acronym


def _names(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    doc = extract_one(text.encode("utf-8"), f"r26_{lang}.txt", f"r26_{lang}")[0]
    assert doc["language"] == lang
    return [(p["name"], p.get("title")) for p in doc["projects"]]


@pytest.mark.parametrize("text,name,title", [
    ("AGROLINK: Building a Network of Small Farms in the Danube Region", "AGROLINK", "Building a Network of Small Farms in the Danube Region"),
    ("EduNet: Rede de escolas para a inclusão digital", "EduNet", "Rede de escolas para a inclusão digital"),
    ("SEAWAYS 2: Mejora de los puertos pequeños", "SEAWAYS 2", "Mejora de los puertos pequeños"),
])
def test_an_acronym_and_a_colon_open_a_title(text, name, title):
    (ns, ne), t = split_acronym(text)
    assert text[ns:ne] == name
    assert t and text[t[0]:t[1]] == title


@pytest.mark.parametrize("text", [
    "Cel: poprawa jakości powietrza w mieście",  # a plain word and a colon open a sentence
    "AGROLINK: Kick-off",  # too short for a title
    "VET: Ready, Steady, Move",  # one of a series, no title
])
def test_a_plain_word_or_a_short_tail_after_a_colon_is_no_title(text):
    (ns, ne), t = split_acronym(text)
    assert t is None


def test_a_quotation_of_an_acronym_and_its_title_gives_both():
    text = ("Die Partner des Projekts „AGROLINK: Building a Network of Small Farms in the Danube Region“ trafen sich "
            "am 3. Mai 2023 in Ulm. Das Projekt wird aus dem Programm Interreg Donauraum gefördert.")
    assert _names(text, "de") == [("AGROLINK", "Building a Network of Small Farms in the Danube Region")]


def test_an_acronym_of_three_words_and_a_spaced_colon_open_a_title():
    text = "APD NLF EAP : Études d’avant-projet de la nouvelle liaison ferroviaire"
    (ns, ne), t = split_acronym(text)
    assert text[ns:ne] == "APD NLF EAP"
    assert t and text[t[0]:t[1]].startswith("Études")
