"""Round 32: the one length of one to six years in an undated sentence that names the project is
its duration, whatever word leads to it ("El projecte és de 2 anys", "Projekti 3 vjeçar"); a
length beside a word of time gone by ("déjà", "hace", "ago"), a second length, a date, a
mobility's months or a partnership's decades keep it unread."""
import pytest

from pipeline.extractors import durations
from tests.section_context import section_context


def months(text: str, lang: str, name: str) -> int | None:
    return durations.extract(section_context(text, lang), name).months


@pytest.mark.parametrize("lang,text,name,expected", [
    # real sentences of the gold set (ca_36, sq_64, de_58, pt_31)
    ("ca", "El projecte és de 2 anys i està adreçat a l’alumnat de 4t d’ESO i 1r de Batxillerat.",
     "Highway to Europe", 24),
    ("sq", "Projekti 3 vjeçar “Të lidhim Shkencën dhe Shoqërinë për Zhvillimin e Qëndrueshëm (ConSus)”, "
           "mbështet forcimin e lidhjeve.", "ConSus", 36),
    ("de", "Dafür wird das Projekt mit dem Namen UNIVERSEH von der Europäischen Kommission über die kommenden "
           "drei Jahre mit rund fünf Millionen Euro gefördert.", "UNIVERSEH", 36),
    ("pt", "O projeto de 18 meses “Developing Effective Culture for Inclusion and Diversity in Education "
           "(DECIDE)” tem como objetivos promover a inclusão.", "DECIDE", 18),
])
def test_the_one_length_of_a_sentence_naming_the_project(lang, text, name, expected):
    assert months(text, lang, name) == expected


@pytest.mark.parametrize("lang,text,name", [
    # time gone by (es_31, mt_43, the round-28 example)
    ("es", "Este proyecto, que nació hace más de tres años, se ha centrado en identificar seis áreas temáticas.",
     "ACCESS"),
    ("mt", "Il-LIFE+ Malta Seabird Project ilu għal dan l-aħħar erba’ snin jistudja mill-qrib tliet speċi.",
     "LIFE+ Malta Seabird Project"),
    ("fr", "Le projet GreenWays réunit les agriculteurs, déjà 18 mois de travail.", "GreenWays"),
    ("en", "The GreenWays project was first discussed three years ago in Galway.", "GreenWays"),
    # a partnership's history, a mobility's months
    ("it", "Grecia e Italia realizzano progetti di cooperazione da oltre 25 anni.", "BEST"),
    ("en", "Each student of the project stays 6 months abroad.", "GreenWays"),
    # a compound qualifies its own noun
    ("en", "The project builds on a five-year partnership between the two universities.", "GreenWays"),
    # two lengths: which one is the project's is not said
    ("en", "The project GreenWays has 3 years of work and 6 months of tests.", "GreenWays"),
    # no project named in the sentence
    ("fr", "Les écoles travailleront ensemble pendant trois ans.", "GreenWays"),
])
def test_no_length_without_a_plain_statement(lang, text, name):
    assert months(text, lang, name) is None
