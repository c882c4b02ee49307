"""Maltese typed without ċ, ġ and ħ is told by its joined articles when they are many."""
from pipeline.language_unprofiled import refine

BARE_MT = (
    "Il-Kunsill Lokali ta' Hal Ghargur ippartecipa fil-progett tal-Unjoni Ewropeja flimkien ma' "
    "l-iskejjel tar-rahal. Matul il-gimgha l-istudenti zaru l-muzew u l-librerija tal-belt, "
    "u fl-ahhar tal-gimgha saret il-konferenza fic-centru tal-komunita. Il-progett huwa "
    "ffinanzjat mill-Programm Erasmus+ u jibqa' sa l-2025."
)
IT = (
    "Il progetto, finanziato dall'Unione europea, coinvolge il comune e le scuole del paese. "
    "Il consiglio ha presentato il programma e il calendario delle attività per il 2025."
)


def test_bare_maltese_is_maltese():
    assert refine("it", BARE_MT) == "mt"


def test_italian_with_il_stays_italian():
    assert refine("it", IT) == "it"


def test_few_bare_articles_keep_the_reading():
    # three joined articles and no Maltese letters: too little to overrule the detector
    text = "The il-Birgu waterfront and tal-Qroqq campus hosted the kick-off of the project in fl-2020 with partners."
    assert refine("en", text) == "en"
