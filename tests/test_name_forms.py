"""Names, titles and programmes in forms read this round: a quoted name after its owner, a
headline "ACR: title (PROGRAMME)", a quotation said to be a programme, a coined name beside an
alliance word, a long subtitle after a dash, a strand after a bare brand, and what is no name
or programme (a headline in capitals, a licence). Invented sentences, several languages."""
import pytest

from pipeline.build import extract_one


def _project(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"forms_{lang}.txt", f"forms_{lang}")[0]
    assert doc["language"] == lang
    return doc["projects"][0] if doc["projects"] else {}


OWNER = [
    ("sk", "Radi oznamujeme, že projekt obce Hlboké „Zelené cesty medzi dedinami“ získal podporu z programu "
           "Interreg V-A Slovensko – Česko. Partnerom projektu je mesto Strání.", "Zelené cesty medzi dedinami"),
    ("pl", "Wczoraj projekt gminy Lipowa „Wspólne dziedzictwo dwóch dolin” otrzymał dofinansowanie z Unii "
           "Europejskiej. Partnerem projektu jest miasto Frýdek.", "Wspólne dziedzictwo dwóch dolin"),
    ("de", "Gestern wurde das Projekt der Stadt Passau „Grüne Ufer am Inn“ im Rathaus vorgestellt. Die Partner "
           "aus Oberösterreich haben ebenfalls teilgenommen.", "Grüne Ufer am Inn"),
]


@pytest.mark.parametrize("lang,text,name", OWNER, ids=[o[0] for o in OWNER])
def test_a_quoted_name_after_the_project_word_and_its_owner(lang, text, name):
    assert _project(text, lang).get("name") == name


def test_the_programme_named_after_the_owner_words_is_no_name():
    text = ("Das Projekt wird durch das EU-Förderprogramm „Interreg Bayern-Österreich“ mit 1,2 Mio. Euro "
            "finanziert. Die Partner aus Passau und Linz arbeiten drei Jahre zusammen.")
    assert _project(text, "de").get("name") != "Interreg Bayern-Österreich"


HEADLINES = [
    ("sl", "GOZD4VSE: Skupno upravljanje gozdov ob meji (INTERREG SLO-HR)\n\nProjekt je bil odobren na javnem "
           "razpisu. Vodilni partner je Občina Kostel, partner je Javna ustanova Natura.\n",
     ("GOZD4VSE", "Skupno upravljanje gozdov ob meji")),
    ("en", "River2Sea – Restoring the migration routes of fish in the lower valleys\n\nThe project was approved in "
           "the second call. The lead partner is the Water Board of Zeeland.\n",
     ("River2Sea", "Restoring the migration routes of fish in the lower valleys")),
]


@pytest.mark.parametrize("lang,text,expected", HEADLINES, ids=[h[0] for h in HEADLINES])
def test_a_coined_acronym_opening_the_first_line_titles_the_page(lang, text, expected):
    p = _project(text, lang)
    assert (p.get("name"), p.get("title")) == expected


def test_a_headline_in_capitals_gives_no_acronym_before_the_quoted_name():
    text = ("ODRŽANA ZAVRŠNA KONFERENCIJA PROJEKTA „ZELENI GRAD ZA SVE“\nOpćina Sveti Ivan je u ponedjeljak "
            "predstavila rezultate projekta „Zeleni grad za sve“ koji je financiran iz Europskog socijalnog fonda.\n")
    assert _project(text, "hr").get("name") != "ODRŽANA ZAVRŠNA KONFERENCIJA"


def test_a_quotation_said_to_be_a_programme_of_its_own_is_the_name():
    text = ("Small Cooperation Projects\n\n'Songs Across Borders' is a two-year programme of concerts and "
            "workshops for young musicians in five countries. The lead partner is the Cork Music Hub.\n")
    p = _project(text, "en")
    assert p.get("name") == "Songs Across Borders"
    assert p.get("programme") != "Songs Across Borders"


def test_a_licence_is_no_programme():
    text = ("The project Danube Voices brings together choirs from Serbia and Hungary. Reuse of this document "
            "is authorised under the Creative Commons Attribution 4.0 International licence.\n")
    assert not (_project(text, "en").get("programme") or "").startswith("Creative Commons")


ALLIANCES = [
    ("cs", "Aliance 7EU+ spojuje sedm veřejných univerzit. Členové aliance společně usilují o novou úroveň "
           "spolupráce ve výuce a výzkumu.", "7EU+"),
    ("en", "Our university joined the NOVA4U Alliance in 2022, together with seven partner universities from "
           "five countries.", "NOVA4U"),
]


@pytest.mark.parametrize("lang,text,name", ALLIANCES, ids=[a[0] for a in ALLIANCES])
def test_a_coined_name_beside_an_alliance_word(lang, text, name):
    assert _project(text, lang).get("name") == name


def test_a_long_subtitle_after_a_dash_in_a_quoted_name_is_the_title():
    text = ("Na radnici podpísali partnerskú dohodu o realizácii projektu „Tajomstvá horských miest – vytvorenie "
            "spoločného turistického produktu miest na oboch stranách hranice“. Partnerom je mesto Krosno.")
    p = _project(text, "sk")
    assert (p.get("name"), p.get("title")) == (
        "Tajomstvá horských miest", "vytvorenie spoločného turistického produktu miest na oboch stranách hranice")


def test_a_title_line_that_quotes_the_name_before_its_code():
    text = ("NAZIV PROJEKTA:\n„Kuća za mlade u Sisku” KK.08.1.2.03.0011\n\nUKUPNA VRIJEDNOST PROJEKTA:\n250.000,00 EUR\n\n"
            "NOSITELJ PROJEKTA:\nGrad Sisak\n\nGrad Sisak potpisao je ugovor o dodjeli bespovratnih sredstava.\n")
    p = _project(text, "hr")
    assert (p.get("name"), p.get("title")) == ("Kuća za mlade u Sisku", None)


AREAS = [
    ("es", "El Comité del Programa Interreg Costa Atlántica aprobó el proyecto MARLINK, en el que participan "
           "ocho socios de cuatro países.", "Interreg Costa Atlántica"),
    ("en", "The project BALTIC4ALL is part of the programme Interreg Baltic Coast 2021-2027 and brings "
           "together nine partners.", "Interreg Baltic Coast 2021-2027"),
]


@pytest.mark.parametrize("lang,text,programme", AREAS, ids=[a[0] for a in AREAS])
def test_a_strand_in_title_case_after_a_bare_brand(lang, text, programme):
    assert _project(text, lang).get("programme") == programme
