"""Round 22, project lists: a list whose items repeat "name, organisation, amount" holds one
project per item; the item's organisation takes part in it and its amount is its grant (one
amount: the EU's; several, one per organisation: each one's share). A list of partners with
their amounts opens its items with organisations or places, and is no list of projects."""
import pytest

from pipeline.build import _stage, extract_one
from pipeline.section_amount_items import amount_item_sections

LISTS = [
    ("sv", "Tre projekt har beviljats stöd från regionalfonden.\n\nProjekten är:\n\n"
           "  • Grön Hamn, Sundsvalls Hamn AB, 2 400 000 kronor\n"
           "  • Digitalt lyft, Region Gävleborg, 1 150 000 kronor\n"
           "  • Skogens värde, Mittuniversitetet, 820 000 kronor\n"),
    ("fi", "Uusia rahoitettuja hankkeita on kolme.\n\nKaikki uudet hankkeet:\n\n"
           " • POLARIS (MSCA): Oulun yliopisto, 310 000 €\n"
           " • BALTICSENSE (ICT): Nokia Oyj, 450 000 €\n"
           " • COLDWAVE (ERC): Helsingin yliopisto, 1 500 000 €\n"),
    ("en", "Three new projects were signed this spring.\n\nThe projects are:\n\n"
           " • TIDEWAY, Harbour Systems Ltd, €410,000\n"
           " • NorthStar, Scottish Marine Institute, €275,500\n"
           " • GreenLoop, Cardiff Council, €198,000\n"),
]


def _projects(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"items_{lang}.txt", "items")[0]
    return {p["name"]: p for p in doc["projects"]}


@pytest.mark.parametrize("lang,text", LISTS)
def test_each_item_of_a_priced_list_is_a_project(lang, text):
    projects = _projects(text, lang)
    assert len(projects) == 3
    for p in projects.values():
        assert len(p["budgets"]) == 1 and p["budgets"][0]["kind"] == "eu_contribution"
        assert len(p["partners"]) == 1


def test_several_organisations_of_one_item_each_have_their_share():
    text = ("Uusia hankkeita on kaksi.\n\nHankkeet:\n\n"
            " • MERIVIRTA, Turun kaupunki, 700 000 €; Vinka Oy, 120 000 €\n"
            " • KAUPUNKIVALO, Tampereen yliopisto, 400 000 €\n")
    projects = _projects(text, "fi")
    assert sorted((b["amount"], b["kind"]) for b in projects["MERIVIRTA"]["budgets"]) == [
        ("120000.00", "other"), ("700000.00", "other")]
    assert [b["kind"] for b in projects["KAUPUNKIVALO"]["budgets"]] == ["eu_contribution"]


PARTNER_LISTS = [
    ("en", "The partners and their shares:\n\n"
           " • Lund University, Sweden, €250,000\n"
           " • University of Tartu, Estonia, €180,000\n"
           " • Ghent University, Belgium, €90,000\n"),
    ("de", "Die Partner und ihre Anteile:\n\n"
           " • Universität Wien, Österreich, 250 000 €\n"
           " • Technische Universität Graz, Österreich, 180 000 €\n"),
]


@pytest.mark.parametrize("lang,text", PARTNER_LISTS)
def test_a_list_of_partners_with_amounts_is_no_list_of_projects(lang, text):
    doc = _stage("read_document")(text.encode("utf-8"), f"p_{lang}.txt", "p")
    doc.language = lang
    assert amount_item_sections(doc) == []


PARTNER_LEADS = [
    ("de", "Projektpartner:\n\n • WasserWerk – Anteil 200.000 Euro\n • StadtLabor – Anteil 150.000 Euro\n"),
    ("en", "Project partners:\n\n • GreenGrid, Energy Agency of Leeds, €200,000\n"
           " • SolarNet, Harbour Systems Ltd, €150,000\n"),
]


@pytest.mark.parametrize("lang,text", PARTNER_LEADS)
def test_a_list_under_a_partner_word_is_no_list_of_projects(lang, text):
    doc = _stage("read_document")(text.encode("utf-8"), f"p_{lang}.txt", "p")
    doc.language = lang
    assert amount_item_sections(doc) == []
