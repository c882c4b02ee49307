"""Round 32: a name read beside a programme word that shows none of a programme's marks (years,
an acronym in brackets, two countries joined by a dash) gives way to a programme's brand the
section writes; one that shows them keeps its place."""
from pipeline.extractors.programme import programme
from tests.section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme(section_context(text, lang))
    return found and found[0]


def test_a_plain_run_after_the_word_gives_way_to_the_brand():
    text = ("Mae'r cyngor yn derbyn €97,200 o gyllid Ewropeaidd Erasmus+ dros ddwy flynedd i helpu "
            "consortiwm o 18 o ysgolion i ddatblygu rhaglen Ysgolion y Goedwig yng Nghymru.")
    assert _programme(text, "cy") == "Erasmus+"
    text = ("Här är de godkända projekten, med reservation för slutlig prövning av programmets "
            "Övervakningskommitté. Projekten får stöd från Interreg Öresund-Kattegat-Skagerrak.")
    assert _programme(text, "sv") == "Interreg Öresund-Kattegat-Skagerrak"
    # a run with a programme's marks keeps its place before a brand written later
    text = ("El projecte forma part del programa Cooperació Transfronterera Espanya-França-Andorra (POCTEFA). "
            "També ha rebut fons del programa Horitzó2020.")
    assert _programme(text, "ca") == "Cooperació Transfronterera Espanya-França-Andorra (POCTEFA)"


def test_a_lowercase_word_after_the_programme_phrase_is_no_part_of_the_name():
    # Turkish writes "within" after the programme's phrase: the name ends with the phrase's capitals
    text = "Proje, INTERREG-IPA Bulgaristan-Türkiye Sınır Ötesi İşbirliği Programı kapsamında desteklenmektedir."
    assert _programme(text, "tr") == "INTERREG-IPA Bulgaristan-Türkiye Sınır Ötesi İşbirliği Programı"
    # the generic word alone after the brand is no part of it
    text = "Projemiz Avrupa Birliği Ufuk2020 Programı kapsamında desteklenmeye hak kazandı."
    assert _programme(text, "tr") == "Ufuk2020"
    # a capitalised phrase that ends with its programme word stays whole
    text = "A projekt az Interreg V-A Szlovákia – Magyarország Együttműködési Program keretében valósul meg."
    assert _programme(text, "hu") == "Interreg V-A Szlovákia – Magyarország Együttműködési Program"


def test_a_case_ending_after_the_joined_programme_word_is_no_part_of_the_name():
    # Turkish writes a name's case ending after an apostrophe; after the programme word it goes with the word
    text = "Proje, Interreg-IPA SÖİ Bulgaristan-Türkiye Programı’na sunuldu ve kabul edildi."
    assert _programme(text, "tr") == "Interreg-IPA SÖİ Bulgaristan-Türkiye"
