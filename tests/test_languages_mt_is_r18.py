"""Maltese and Icelandic (round 18): detection of the languages langdetect has no profile
for (Irish too), their cue files, and the forms they write money and dates in. Invented
sentences, not copied text."""
import json

import pytest

from pipeline.build import extract_one
from pipeline.language import detect
from pipeline.lexicons import kin, languages, load, reading_language
from pipeline.lexicons.generate import GENERATED_DIR
from pipeline.normalise.dates import find_ranges
from pipeline.normalise.money import find_money

MT = """Proġett ġdid għall-ħarsien tal-kosta

Il-proġett SEACARE, iffinanzjat mill-programm Interreg Italja-Malta, se jdum 30 xahar u jibda fl-1 ta' Marzu 2023. \
Is-sħab tal-proġett huma: Università ta' Palermo, Kunsill Lokali tal-Marsaskala u BirdLife Malta. \
Il-baġit totali tal-proġett huwa ta' €1.2 miljun, li minnhom €1,020,000 huma fondi tal-UE.
"""

IS = """Nýtt samstarfsverkefni styrkt úr Erasmus+

Verkefnið GREENSKILLS hlaut styrk upp á 250.000 evrur úr Erasmus+ áætlun Evrópusambandsins. Verkefnið hefst \
1. september 2024 og lýkur 31. ágúst 2026. Háskólinn á Akureyri leiðir verkefnið en samstarfsaðilar eru frá \
Noregi, Svíþjóð og Finnlandi. Verkefnið er til tveggja ára.
"""

GA = """Tionscadal nua don chósta thiar

Tá an tionscadal SEASHORE á mhaoiniú ag an Aontas Eorpach faoi chlár Interreg na hEorpa. Beidh comhpháirtithe \
ón bhFrainc agus ón Spáinn ag obair leis an gcomhairle contae ar feadh trí bliana, agus tá siad ag súil le \
ceardlann i gCorcaigh freisin.
"""

# English pages that quote Maltese, Icelandic and Irish names keep their reading
EN_QUOTING = [
    "The tools will be installed at the Għar Dalam Museum and at Ħaġar Qim, both run by Heritage Malta, and at a "
    "centre of Din l-Art Ħelwa in Mellieħa; the partners meet in Valletta in May.",
    "The project is coordinated by Háskóli Íslands with Þróunarstofa Austurlands and Vegagerðin as partners in "
    "Iceland, and it runs for three years with a budget of two million euro.",
    "The partners are Ollscoil na Gaillimhe, Údarás na Gaeltachta and Comhairle Contae Mhaigh Eo; the kick-off "
    "took place in Conamara, where the project was presented to the people of the islands.",
]

# the neighbours langdetect gives the new languages keep their own reading
NEIGHBOURS = [
    ("no", "Prosjektet skal utvikle grønne havner i Nordsjøregionen. Partnere er Aalborg Universitet og Bergen "
           "kommune, og prosjektet varer fra 1. januar 2024 til 31. desember 2026."),
    ("it", "Il progetto è finanziato dal programma Interreg Italia-Malta e coinvolge l'Università di Malta e il "
           "Comune di Palermo per trenta mesi, con un budget di 1,2 milioni di euro."),
    ("da", "Projektet er støttet af Interreg og ledes af Aalborg Universitet i samarbejde med partnere fra Sverige "
           "og Norge; det løber fra 2023 til 2026."),
]


@pytest.mark.parametrize("text,lang", [(MT, "mt"), (IS, "is"), (GA, "ga")])
def test_languages_langdetect_lacks_are_detected(text, lang):
    assert detect(text)[0] == lang


@pytest.mark.parametrize("text", EN_QUOTING)
def test_english_quoting_their_names_stays_english(text):
    assert detect(text)[0] == "en"


@pytest.mark.parametrize("lang,text", NEIGHBOURS)
def test_neighbours_keep_their_reading(lang, text):
    assert detect(text)[0] == lang


def test_maltese_and_icelandic_have_their_own_cue_files():
    assert {"mt", "is"} <= set(languages())
    assert "mt" not in kin() and "is" not in kin()
    assert reading_language("mt") == "mt" and reading_language("is") == "is"
    assert load("is").inflecting and not load("mt").inflecting


def test_maltese_country_names_are_read_without_their_joined_article():
    countries = json.loads((GENERATED_DIR / "mt.json").read_text("utf-8"))["countries"]
    assert countries["l-italja"] == countries["italja"] == "IT"
    assert countries["il-ġermanja"] == countries["ġermanja"] == "DE"


def test_maltese_number_link_before_a_scale():
    """Maltese joins '-il' to a number from eleven up before its noun: '€18-il miljun'."""
    amounts = [(f"{m.amount:.2f}", m.currency) for m in find_money("b'investiment ta’ €18-il miljun", load("mt"))]
    assert amounts == [("18000000.00", "EUR")]


def test_maltese_article_joined_to_a_date_is_no_dash():
    """'sal-2021', 'u l-2013': the article glued to the second date joins a range, as 'sa' does."""
    lex = load("mt")
    assert [(r.start.iso, r.end.iso) for r in find_ranges("mill-2014 sal-2020", lex)] == [("2014", "2020")]
    assert [(r.start.iso, r.end.iso) for r in find_ranges("bejn l-2007 u l-2013", lex)] == [("2007", "2013")]
    assert [(r.start.iso, r.end.iso) for r in find_ranges("mis-17 sal-21 ta' Novembru 2025", lex)] \
        == [("2025-11-17", "2025-11-21")]


def test_icelandic_krona_is_a_currency_of_the_contract():
    amounts = [(f"{m.amount:.2f}", m.currency) for m in find_money("styrkur upp á 875 milljónir króna", load("is"))]
    assert amounts == [("875000000.00", "ISK")]


def test_maltese_page_is_read_with_its_cues():
    rec = extract_one(MT.encode("utf-8"), "mt_page.txt", "mt_page")[0]
    assert rec["language"] == "mt"
    (project,) = rec["projects"]
    assert project["name"] == "SEACARE"
    assert project["start"] == "2023-03-01" and project["duration_months"] == 30
    partners = {p["name"]: p["country"] for p in project["partners"]}
    assert partners.get("Università ta' Palermo") == "IT"
    assert partners.get("Kunsill Lokali tal-Marsaskala") == "MT"
    budgets = {(b["amount"], b["kind"]) for b in project["budgets"]}
    assert ("1200000.00", "total") in budgets and ("1020000.00", "eu_contribution") in budgets


def test_icelandic_page_is_read_with_its_cues():
    rec = extract_one(IS.encode("utf-8"), "is_page.txt", "is_page")[0]
    assert rec["language"] == "is"
    (project,) = rec["projects"]
    assert project["name"] == "GREENSKILLS"
    assert project["programme"] == "Erasmus+"
    assert project["lead_partner"] == "Háskólinn á Akureyri"
    assert (project["start"], project["end"], project["duration_months"]) == ("2024-09-01", "2026-08-31", 24)
    assert {"NO", "SE", "FI"} <= set(project["countries"])
    assert [(b["amount"], b["currency"]) for b in project["budgets"]] == [("250000.00", "EUR")]


@pytest.mark.parametrize("text", [
    "Project DIGISCHOOL\n\nThe project DIGISCHOOL is funded by Erasmus+. Its main themes are: (i) digital skills of "
    "teachers; (ii) open learning resources; and (iii) school leadership.\n",
    "Projekt DIGISCHOOL\n\nProjekt DIGISCHOOL je financován z programu Erasmus+. Hlavní témata projektu: (a) digitální "
    "dovednosti učitelů; (b) otevřené vzdělávací zdroje; a (c) vedení škol.\n",
])
def test_enumerators_run_into_a_sentence_are_no_part_of_an_item(text):
    """'(i) …; (ii) …', '(a) …; (b) …': the enumerator opens the item, it is not its text."""
    rec = extract_one(text.encode("utf-8"), "enum.txt", "enum")[0]
    items = [a["text"] for p in rec["projects"] for a in p["activities"]]
    assert items and not any(t.startswith("(") for t in items), items


def test_irish_has_its_own_cue_file_and_mutated_country_names():
    assert "ga" in languages() and reading_language("ga") == "ga"
    countries = json.loads((GENERATED_DIR / "ga.json").read_text("utf-8"))["countries"]
    assert countries["an fhrainc"] == countries["bhfrainc"] == countries["frainc"] == "FR"
    assert countries["an pholainn"] == countries["bpolainn"] == "PL"


def test_irish_page_finds_countries_behind_their_mutations():
    """'ón bhFrainc agus ón Spáinn': a name after a particle keeps its capital behind the mutation."""
    rec = extract_one(GA.encode("utf-8"), "ga_page.txt", "ga_page")[0]
    assert rec["language"] == "ga"
    (project,) = rec["projects"]
    assert {"FR", "ES"} <= set(project["countries"])
