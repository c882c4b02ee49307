"""Round 19 fixes of general forms: a bullet alone on its line, "among others" before real
partners, abbreviations inside a sentence, country codes other than ISO alpha-2, a type word
that keeps its town, a lead-in sentence dating several projects, every apostrophe as a decimal
mark, Maltese joined articles. Invented sentences, several languages each."""
import pytest

from pipeline import nlp
from pipeline.build import extract_one
from pipeline.lexicons import load
from pipeline.normalise.money import find_money
from pipeline.readers import read_document


def blocks(text: str, name: str) -> list[tuple[str, str]]:
    doc = read_document(text.encode("utf-8"), name, "t")
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def record(text: str, lang: str) -> dict:
    return extract_one(text.encode("utf-8"), f"r19_{lang}.txt", "r19")[0]


def partners(text: str, lang: str) -> list[tuple]:
    return [(x["name"], x["country"]) for p in record(text, lang)["projects"] for x in p["partners"]]


# 1. a bullet alone on its line opens the item on the next line, in markdown as in page text

@pytest.mark.parametrize("bullet", ["-", "–", "•"])
def test_markdown_lone_bullet_opens_the_next_line(bullet):
    text = (f"# Schulprojekt\n\nAn dem Projekt nahmen diese Schulen teil:\n{bullet}\nGymnasium Nord (Deutschland)\n"
            f"{bullet}\nLiceo Galilei (Italien)\nDie Schüler arbeiteten zusammen.\n")
    items = [t for k, t in blocks(text, "a.md") if k == "list_item"]
    assert items == ["Gymnasium Nord (Deutschland)", "Liceo Galilei (Italien)"]


@pytest.mark.parametrize("bullet", ["•", "–"])
def test_markdown_reads_typographic_bullets(bullet):
    text = f"# Projekt\n\nPartnerzy:\n\n{bullet} Politechnika Gdańska\n{bullet} Uniwersytet Gdański\n"
    items = [t for k, t in blocks(text, "a.md") if k == "list_item"]
    assert items == ["Politechnika Gdańska", "Uniwersytet Gdański"]


def test_a_bullet_before_a_blank_line_stays_a_separator():
    text = "# Projekt\n\nErster Absatz über das Projekt.\n\n-\n\nZweiter Absatz über das Projekt.\n"
    assert not [t for k, t in blocks(text, "a.md") if k == "list_item"]


def test_lone_bullets_give_partners_in_a_markdown_page():
    text = ("Το πρόγραμμα Erasmus+ GREEN BRIDGES υλοποιήθηκε από το σχολείο μας.\n"
            "Στο πρόγραμμα συμμετείχαν τα εξής σχολεία:\n-\nNoord College (Ολλανδία) – συντονιστικό σχολείο\n"
            "-\nLiceo Scientifico Galilei (Ιταλία)\nΟι μαθητές συνεργάστηκαν.\n")
    doc = extract_one(text.encode("utf-8"), "r19_el.md", "r19")[0]
    found = [(x["name"], x["country"], x["role"]) for p in doc["projects"] for x in p["partners"]]
    assert found == [("Noord College", "NL", "lead"), ("Liceo Scientifico Galilei", "IT", "partner")]


# 2. "among others" names real partners; abbreviations with a dot do not end a sentence

@pytest.mark.parametrize("lang,text,expected", [
    ("da", "Projektet AQUA\n\nProjektet AQUA er finansieret af Interreg. Et af dem er et samarbejde om vand mellem "
           "bl.a. Aalborg Kommune og Region Nordjylland.", [("Aalborg Kommune", "DK"), ("Region Nordjylland", "DK")]),
    ("no", "Prosjektet AQUA\n\nProsjektet AQUA er finansiert av Interreg. Det er et samarbeid om vann mellom "
           "bl.a. Nord Universitet og Troms Fylkeskommune.", [("Nord Universitet", None), ("Troms Fylkeskommune", "NO")]),
    ("sv", "Projektet AQUA\n\nProjektet AQUA finansieras av Interreg. Det är ett samarbete om vatten mellan bl.a. "
           "Malmö Universitet och Region Skåne.", [("Malmö Universitet", "SE"), ("Region Skåne", "SE")]),
])
def test_among_others_is_no_example(lang, text, expected):
    assert sorted(partners(text, lang)) == sorted(expected)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Partnerami są instytucje, tzn. Politechnika Gdańska i Uniwersytet Gdański."),
    ("cs", "Partnery jsou dvě školy, tzn. Gymnázium Brno a Gymnázium Jihlava."),
    ("sk", "Partnermi sú dve školy, tzn. Gymnázium Košice a Gymnázium Prešov."),
    ("ro", "Partenerii sunt două școli, resp. Liceul Teoretic din Arad și Colegiul Național din Deva."),
    ("en", "The partners are two schools, viz. Hill College and Bay School."),
])
def test_abbreviation_inside_a_sentence_does_not_end_it(lang, text):
    assert len(nlp.sentences(text, load(lang))) == 1


# 3. country codes other than ISO alpha-2 after a partner's name

@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Projekt BIKE\n\nProjekt BIKE je financiran iz programa Interreg. Partnerji projekta:\n"
           "- Razvojna agencija Sotla (SLO)\n- Razvojna agencija Zagorje (CRO)\n- Energieagentur Steiermark (AUT)",
     [("Razvojna agencija Sotla", "SI"), ("Razvojna agencija Zagorje", "HR"), ("Energieagentur Steiermark", "AT")]),
    ("hr", "Projekt RIVER\n\nProjekt RIVER financiran je iz programa Interreg. Partneri projekta:\n"
           "- Javna ustanova Priroda (HRV)\n- Zavod za varstvo narave (SVN)",
     [("Javna ustanova Priroda", "HR"), ("Zavod za varstvo narave", "SI")]),
    ("de", "Projekt BIKE\n\nDas Projekt BIKE wird aus dem Programm Interreg gefördert. Projektpartner:\n"
           "- Stadtwerke Nord (A)\n- Consorzio Sviluppo Est (I)",
     [("Stadtwerke Nord", "AT"), ("Consorzio Sviluppo Est", "IT")]),
])
def test_alpha3_olympic_and_vehicle_codes(lang, text, expected):
    assert partners(text, lang) == expected


# 4. a type word that keeps its town, read in running text

@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "Proiectul NOVA\n\n1. Universitatea Tehnică din Brașov, care va face parte din consorțiul ”NOVA – New "
           "Alliance”,\n\n2. Colegiul Național din Arad, parte a consorțiului ”ORBIS – Open Region”.",
     ("Universitatea Tehnică din Brașov", "RO")),
    ("ro", "Proiectul NOVA\n\nUniversitatea „Ion Creangă” din Chișinău, care va face parte din consorțiul "
           "”NOVA – New Alliance”, a primit finanțare.", ("Universitatea „Ion Creangă” din Chișinău", "MD")),
])
def test_type_word_keeps_its_town_in_running_text(lang, text, expected):
    assert expected[0] in [name for name, _ in partners(text, lang)]


# 5. a lead-in sentence dating several projects

@pytest.mark.parametrize("lang,text", [
    ("en", "School projects\n\nThe three projects, which started on 1 March 2020, are funded by Erasmus+.\n\n"
           "The project GREEN-SCHOOL has a grant of 20,000 EUR.\n\nThe project BLUE-SEA has a grant of 25,000 EUR.\n\n"
           "The project RED-LINE has a grant of 30,000 EUR."),
    ("ro", "Proiecte școlare\n\nȘcoala noastră implementează începând cu 1 martie 2020 trei proiecte finanțate prin "
           "Erasmus+.\n\nProiectul „GREEN-SCHOOL” este finanțat cu 20.000 de euro.\n\n"
           "Proiectul „BLUE-SEA” este finanțat cu 25.000 de euro.\n\nProiectul „RED-LINE” este finanțat cu 30.000 de euro."),
])
def test_lead_in_start_goes_to_every_project(lang, text):
    projects = record(text, lang)["projects"]
    assert len(projects) == 3 and [p["start"] for p in projects] == ["2020-03-01"] * 3


def test_a_project_with_its_own_start_keeps_it():
    text = ("School projects\n\nThe three projects, which started on 1 March 2020, are funded by Erasmus+.\n\n"
            "The project GREEN-SCHOOL has a grant of 20,000 EUR.\n\nThe project BLUE-SEA started on 1 May 2021 "
            "and has a grant of 25,000 EUR.\n\nThe project RED-LINE has a grant of 30,000 EUR.")
    assert [p["start"] for p in record(text, "en")["projects"]] == ["2020-03-01", "2021-05-01", "2020-03-01"]


# 6. every apostrophe mark as a decimal mark

@pytest.mark.parametrize("lang,text,expected", [
    ("ca", "El projecte té un pressupost de 2’5 M€.", [("2500000.00", "EUR")]),
    ("ca", "El projecte té un pressupost de 2‘5 M€.", [("2500000.00", "EUR")]),
    ("es", "El proyecto cuenta con 2´5 millones de euros.", [("2500000.00", "EUR")]),
    ("ca", "El pressupost és de 3,2 M€.", [("3200000.00", "EUR")]),
    ("ca", "El projecte costa 1´400´000 €.", [("1400000.00", "EUR")]),
])
def test_apostrophe_marks_r19(lang, text, expected):
    assert [(f"{m.amount:.2f}", m.currency) for m in find_money(text, load(lang))] == expected


# 7. Maltese joined articles

def test_maltese_joined_article_before_a_name():
    text = ("Proġett ta’ ġemellaġġ\n\nAktar kmieni din is-sena, il-kunsill lokali ta’ Ħal Safi implimenta proġett "
            "ta’ ġemellaġġ mal-Comune di Lagosanto fil-Provinċja ta’ Ferrara fl-Italja.")
    names = [n.lower() for n, _ in partners(text, "mt")]
    assert "comune di lagosanto" in names and "kunsill lokali ta’ ħal safi" in names


def test_maltese_name_after_tal():
    text = ("Proġett GĦARB\n\nIl-Ministru inawgura r-restawr tal-kappella wara li fuqha sar proġett bħala parti minn "
            "proġett ikbar li qed iwettaq il-Kunsill Lokali tal-Qala b’fondi tal-UE.")
    assert ("Kunsill Lokali tal-Qala", "MT") in partners(text, "mt")


# a list under a block whose last sentence is the partners' label

@pytest.mark.parametrize("lang,text,expected", [
    ("ro", "Proiectul AQUA\n\nProiectul AQUA este finanțat prin Interreg. Partenerii proiectului:\n"
           "- Liceul Teoretic de Informatică din Iași\n- Primăria Municipiului Deva",
     [("Liceul Teoretic de Informatică din Iași", "RO"), ("Primăria Municipiului Deva", "RO")]),
    ("pt", "Projeto AQUA\n\nO projeto AQUA é financiado pelo Interreg. Parceiros:\n- Instituto Politécnico de Leiria\n"
           "- Câmara Municipal de Braga", [("Instituto Politécnico de Leiria", "PT"), ("Câmara Municipal de Braga", "PT")]),
])
def test_list_under_a_label_that_closes_a_paragraph(lang, text, expected):
    assert partners(text, lang) == expected


def test_a_long_sentence_ending_in_a_colon_is_no_partners_label():
    text = ("Project RESTORE\n\nThe meeting of project RESTORE took place in Graz. Participants attended workshops and "
            "trainings of the project's thematic work packages:\n- building on available knowledge;\n"
            "- creating Integrated Heritage Plans testing;\n- evaluating and disseminating the approach.")
    assert partners(text, "en") == []
