"""Round 16, programmes read on fresh pages: forms typed without diacritics, an acronym with its
years in brackets, a period alone, a brand the text makes the project's own name."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.programme import _no_code, operational, programme_forms
from pipeline.extractors.programme_names import programme_end


def _programme(text: str, name: str) -> str | None:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc["projects"][0]["programme"] if doc["projects"] else None


@pytest.mark.parametrize("lang,text,expected", [
    # a page typed without diacritics names its operational programme as it writes it
    ("ro", "Proiectul este finantat prin Programului Operational Regional 2014-2020, axa 3.",
     "Programul Operational Regional 2014-2020"),
    ("cs", "Projekt byl podpořen z Operacniho programu Zamestnanost, výzva 12.", "Operacni program Zamestnanost"),
    # and with them, as before
    ("ro", "Proiectul este finanțat prin Programului Operațional Capital Uman, axa 6.",
     "Programul Operațional Capital Uman"),
])
def test_an_operational_programme_typed_without_diacritics(lang, text, expected):
    cue = text.lower().find("program")
    cue_end = text.find(" ", cue)
    found = operational(text, cue, cue_end, lang)
    assert found and found[0] == expected


def test_folded_forms_map_to_folded_nominatives():
    forms = programme_forms("ro")
    assert forms["programului operational"] == "programul operational"
    assert forms["programului operațional"] == "programul operațional"


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "en el marco del Programa Interreg V-A España-Francia-Andorra (POCTEFA 2014-2020). El objetivo",
     "Interreg V-A España-Francia-Andorra (POCTEFA 2014-2020)"),
    ("ca", "Interreg V-A Espanya-França-Andorra (POCTEFA 2014–2020) i el Govern", "Interreg V-A Espanya-França-Andorra (POCTEFA 2014–2020)"),
    ("fr", "Interreg V-A France-Suisse (FRCH 2014-2020) finance le projet", "Interreg V-A France-Suisse (FRCH 2014-2020)"),
    # years alone in brackets are no acronym: the period is prose ("Horizon 2020 (2014–2020)")
    ("en", "Horizon 2020 (2014–2020) funding scheme", "Horizon 2020"),
    # a funder in brackets stays out, with or without years
    ("en", "Interreg Europe (EU 2014-2020) funds it", "Interreg Europe"),
])
def test_an_acronym_with_its_years_in_brackets_stays_with_the_programme(lang, text, expected):
    start = text.find("Interreg") if "Interreg" in text else text.find("Horizon")
    assert text[start:programme_end(text, start, lang)] == expected


@pytest.mark.parametrize("value", ["2014-2020", "2021–2027", "2014 - 2020"])
def test_years_alone_are_no_programme(value):
    assert _no_code((value, 0, len(value))) is None
    assert _no_code(("Interreg Europe " + value, 0, 30)) is not None


def test_a_programme_period_label_gives_no_programme():
    en = ("GreenPort project\n\nProgramme period: 2014-2020\nLead partner: Port of Tallinn (Estonia)\n"
          "Partners: Port of Turku (Finland), Port of Riga (Latvia)\nBudget: EUR 1.5 million\n")
    assert _programme(en, "period_en.txt") is None


@pytest.mark.parametrize("lang,text,expected", [
    # the project is called by a brand's word; the programme that funds it is another brand
    ("pt", "O projeto INTERACT só é possível graças ao apoio financeiro do NORTE 2020. O NORTE 2020 é o "
           "instrumento de apoio ao desenvolvimento regional do Norte, com 3,4 mil milhões de euros.\n", "NORTE 2020"),
    ("en", "The project URBACT started in 2019 with a budget of 1.2 million euros. It is funded by Horizon 2020 "
           "and brings together partners from Spain and Italy.\n", "Horizon 2020"),
])
def test_a_brand_the_text_makes_the_projects_name_yields_to_another_brand(lang, text, expected):
    assert _programme(text, f"named_{lang}.txt") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # one brand on the page: the project word marks a project of that programme, as before
    ("pl", "Projekt Erasmus+ realizowany jest przez szkołę od 2019 roku z budżetem 30 000 euro.\n", "Erasmus+"),
    # more of a name after the brand: a programme's project named after it
    ("it", "Il progetto LIFE IMAGINE è finanziato dal programma LIFE con 2 milioni di euro e dura 48 mesi.\n", "LIFE"),
    # a brand written as a brand, not in capitals, after an indefinite project word: a project of it
    ("it", "Gli studenti dell'Istituto “Leonardo da Vinci” partecipano a un progetto Erasmus+ con scuole di Spagna "
           "e Grecia. Il progetto dura due anni.\n", "Erasmus+"),
])
def test_a_brand_after_a_project_word_stays_the_programme_otherwise(lang, text, expected):
    assert _programme(text, f"kept_{lang}.txt") == expected


def test_portugals_regional_programmes_are_brands():
    pt = ("O projeto AQUAMON só é possível graças ao apoio do NORTE 2020. O programa integra o Acordo de Parceria "
          "Portugal 2020. Parceiros: Universidade do Minho e Universidade de Vigo (Espanha).\n")
    assert _programme(pt, "norte_pt.txt") == "NORTE 2020"


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Interreg B Mitteleuropaprogramm fördert das Projekt", "Interreg B"),
    ("nl", "Interreg A project GRENSWERK", "Interreg A"),
    ("en", "INTERREG 4A funds it", "INTERREG 4A"),
    ("en", "Interreg IVA project", "Interreg IVA"),
    # an article opening the next words is no strand
    ("ro", "Interreg a finanțat proiectul", "Interreg"),
    ("en", "Interreg. A project of three towns", "Interreg"),
])
def test_interregs_strand_letter_stays_with_the_brand(lang, text, expected):
    assert text[:programme_end(text, 0, lang)] == expected


def test_a_brand_inside_a_run_after_a_programme_noun_is_read_to_its_end():
    pt = ("Projeto TeUnesco\n\nEste projeto tem um orçamento global de 2,37 milhões de euros, 75% financiado pelo "
          "Programa de Cooperação Transfronteiriça Interreg VI Espanha – Portugal (Poctep) 2021-2027, através do "
          "Fundo Europeu de Desenvolvimento Regional (FEDER).\n")
    assert _programme(pt, "run_pt.txt") == "Interreg VI Espanha – Portugal (Poctep) 2021-2027"
