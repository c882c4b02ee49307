"""A page's own headings and names: a site's section or navigation word over the article is no
project name; a one-word first line names the project when the line below spells it out or the
paragraph below speaks of the project; a programme's brand alone does not absorb a longer name
that opens with it; a number's slash stays inside a quoted name. Invented pages, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_text import split_acronym


def _names(text: str, lang: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"r19_{lang}.txt", f"r19_{lang}")[0]
    assert doc["language"] == lang
    return [p.get("name") for p in doc["projects"]]


SECTION_WORDS = [
    ("lt", "NAUJIENOS\n\nSavivaldybė pradėjo naują projektą\n\nNuo 2019 m. kovo mėn. savivaldybė kartu su partneriais iš "
           "Latvijos vykdo Europos Sąjungos finansuojamą projektą „Žalieji miestų kiemai“. Projekto biudžetas – 120 000 eurų, "
           "jis truks dvejus metus.", "Žalieji miestų kiemai"),
    ("ro", "COMUNICAT DE PRESA\n\nPrimăria a semnat contractul de finanțare\n\nPrimăria orașului a semnat contractul de "
           "finanțare a proiectului „Parcuri verzi pentru comunitate” în valoare totală de 2.000.000 lei. Proiectul se va "
           "derula timp de 24 de luni, cu sprijinul Fondului European de Dezvoltare Regională.", "Parcuri verzi pentru comunitate"),
    ("sq", "LAJME\n\nTakim pune në bashki\n\nNë kuadrin e zbatimit të projektit “Rrugët e gjelbra”, stafi i bashkisë zhvilloi "
           "një takim pune me partnerët nga Mali i Zi. Projekti zgjat 18 muaj dhe financohet nga Bashkimi Evropian.",
     "Rrugët e gjelbra"),
]


@pytest.mark.parametrize("lang,text,name", SECTION_WORDS, ids=[s[0] for s in SECTION_WORDS])
def test_a_site_section_word_over_the_article_is_no_name(lang, text, name):
    assert _names(text, lang) == [name]


def test_a_navigation_word_is_no_name():
    text = ("Tilbake\n\nKommunen har fått støtte til et nytt prosjekt. Prosjektet skal vare i tre år og har et budsjett på "
            "2 millioner kroner, og partnere fra Sverige og Finland deltar i arbeidet med nye sykkelveier.")
    assert "Tilbake" not in _names(text, "no")


ONE_WORD = [
    ("en", "R.I.V.E.R.S.\nRegions Investing in Valleys, Environment, Rivers and Schools\nOur partnership brings together four "
           "schools from Italy, Poland, Spain and Portugal. The schools will exchange pupils and teachers for two years.",
     "R.I.V.E.R.S."),
    ("lv", "Lighthouse\n\nProjekta mērķis ir stiprināt mazo piekrastes pašvaldību sadarbību un attīstīt kopīgus tūrisma "
           "maršrutus visā Baltijas jūras reģionā.\n\nProjektā piedalās 5 partneri no Latvijas, Lietuvas un Zviedrijas.",
     "Lighthouse"),
]


@pytest.mark.parametrize("lang,text,name", ONE_WORD, ids=[s[0] for s in ONE_WORD])
def test_a_one_word_first_line_names_the_project(lang, text, name):
    assert _names(text, lang) == [name]


def test_a_one_word_first_line_that_is_a_place_is_no_name():
    text = ("Riga\n\nProjekta mērķis ir stiprināt mazo piekrastes pašvaldību sadarbību un attīstīt kopīgus tūrisma maršrutus "
            "visā Baltijas jūras reģionā.\n\nProjektā piedalās 5 partneri no Latvijas, Lietuvas un Zviedrijas.")
    assert "Riga" not in _names(text, "lv")


def test_a_programme_brand_does_not_swallow_the_name_it_opens():
    text = ("Ministerija pradėjo vykdyti Europos Komisijos finansuojamą projektą „LIFE upių slėniai“. Projektas truks "
            "trejus metus, o jo biudžetas – 800 000 eurų.\n\nKvietimą teikti paraiškas visiems 2020 m. „LIFE“ programos "
            "projektams Europos Komisija paskelbs gegužę.")
    assert _names(text, "lt") == ["LIFE upių slėniai"]


def test_a_numbers_slash_is_no_split_of_a_quoted_name():
    (ns, ne), title = split_acronym("Gestionarea speciilor conform Regulamentului UE 1143/2014 privind speciile invazive")
    assert title is None and ne - ns == len("Gestionarea speciilor conform Regulamentului UE 1143/2014 privind speciile invazive")
