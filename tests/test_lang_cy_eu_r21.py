"""Welsh and Basque read with cue files of their own (round 21): until now a Welsh page was read
with English's cues alone and a Basque one likewise, which lost their partners, amounts and dates.
The pages and sentences here are invented."""
import pytest

from pipeline.build import extract_one
from pipeline.lexicons import load, reading_language
from pipeline.normalise.dates import find_dates, find_ranges

CY_PAGE = """Prosiect newydd i warchod arfordir Môr Iwerddon

Mae prosiect MORLAN wedi derbyn cyllid gwerth €2.4 miliwn gan raglen Interreg Iwerddon-Cymru. Y partner arweiniol yw Prifysgol Aberystwyth. Partneriaid: Cyngor Sir Ceredigion, Coleg Prifysgol Corc (Iwerddon) a Sefydliad Morol Galway.
Bydd y prosiect yn rhedeg am dair blynedd, o 1 Ionawr 2024 tan 31 Rhagfyr 2026.
"""

CY_SCHOOLS = """Ysgolion yn cydweithio ar draws Ewrop

Mae Ysgol Gyfun Llangefni yn arwain prosiect Erasmus+ o'r enw GWYRDD. Partneriaid y prosiect yw Liceo Galilei o'r Eidal, Colegio San José o Sbaen ac Ysgol Gynradd Tallinn o Estonia.
Cyllideb y prosiect yw £180,000 a bydd yn para 24 mis, rhwng Medi 2023 ac Awst 2025.
"""

EU_PAGE = """IBAIAK proiektua martxan da

IBAIAK proiektuak 1,2 milioi euroko aurrekontua du, eta Europar Batasunak % 65 finantzatzen du. Proiektua 2023ko urtarrilaren 1etik 2025eko abenduaren 31ra arte gauzatuko da, eta 36 hilabeteko iraupena du. Bazkideak: Donostiako Udala, Deustuko Unibertsitatea eta Baionako Herri Elkargoa. Hasierako bilera 2023ko otsailaren 15ean egin zen Donostian.
"""

EU_SCHOOLS = """Ikastetxeen arteko Erasmus+ proiektua

BERDEA proiektua Erasmus+ programaren barruan gauzatzen ari da, eta bi urteko iraupena du. Proiektuaren koordinatzailea Hernaniko Institutua da.
Proiektuak 240.000 euroko diru-laguntza jaso du Europar Batasunaren eskutik. Proiektua 2022ko irailean hasi zen eta 2024ko ekainean amaituko da.
"""


def _project(text: str, lang: str) -> dict:
    rec = extract_one(text.encode("utf-8"), f"{lang}_page.txt", f"{lang}_page")[0]
    assert rec["language"] == lang
    (project,) = rec["projects"]
    return project


def test_welsh_and_basque_read_with_their_own_cue_files():
    assert reading_language("cy") == "cy"
    assert reading_language("eu") == "eu"
    assert "ionawr" in load("cy").months and "urtarrilaren" in load("eu").months


@pytest.mark.parametrize("form, code", [("ngwlad pwyl", "PL"), ("wlad pwyl", "PL"), ("almaen", "DE"),
                                        ("mhortiwgal", "PT"), ("nghymru", "GB"), ("iwerddon", "IE")])
def test_welsh_country_names_in_their_mutated_forms(form, code):
    assert load("cy").countries.get(form) == code


@pytest.mark.parametrize("text, iso", [
    ("Cynhaliwyd y gweithdy ar 12fed o Fawrth 2024.", "2024-03-12"),  # ordinal, "o", soft-mutated month
    ("Dechreuodd y gwaith ar 3ydd Rhagfyr 2022.", "2022-12-03"),
    ("ym mis Tachwedd 2019", "2019-11"),
])
def test_welsh_dates(text, iso):
    assert [d.iso for d in find_dates(text, load("cy"))] == [iso]


def test_welsh_until_is_no_month():
    # "hyd" is CLDR's abbreviation of Hydref (October) and the everyday word for "until"
    assert [d.iso for d in find_dates("Bydd yn rhedeg o 2014 hyd 2020.", load("cy"))] == ["2014", "2020"]


@pytest.mark.parametrize("text, iso", [
    ("Bilera 2021eko urtarrilaren 15ean egin zen.", "2021-01-15"),  # year first, endings glued on
    ("Proiektua 2020ko martxoan hasi zen.", "2020-03"),
    ("2023ko abuztuaren 13a", "2023-08-13"),
])
def test_basque_dates(text, iso):
    assert [d.iso for d in find_dates(text, load("eu"))] == [iso]


def test_basque_range_marked_by_its_endings():
    (r,) = find_ranges("2019ko urtarrilaren 1etik 2021eko abenduaren 31ra", load("eu"))
    assert (r.start.iso, r.end.iso) == ("2019-01-01", "2021-12-31")
    (r,) = find_ranges("2019tik 2022ra", load("eu"))
    assert (r.start.iso, r.end.iso) == ("2019", "2022")


def test_welsh_page_partners_budget_dates_duration():
    p = _project(CY_PAGE, "cy")
    assert p["name"] == "MORLAN"
    assert p["lead_partner"] == "Prifysgol Aberystwyth"
    partners = {x["name"]: x["country"] for x in p["partners"]}
    assert "Cyngor Sir Ceredigion" in partners and partners.get("Coleg Prifysgol Corc") == "IE"
    assert [(b["amount"], b["currency"]) for b in p["budgets"]] == [("2400000.00", "EUR")]
    assert (p["start"], p["end"], p["duration_months"]) == ("2024-01-01", "2026-12-31", 36)


def test_welsh_sentence_opening_verb_is_no_part_of_a_name():
    p = _project(CY_SCHOOLS, "cy")
    assert p["lead_partner"] == "Ysgol Gyfun Llangefni"  # not "Mae Ysgol Gyfun Llangefni"
    partners = {x["name"]: x["country"] for x in p["partners"]}
    assert partners.get("Liceo Galilei") == "IT" and partners.get("Colegio San José") == "ES"
    assert [(b["amount"], b["currency"]) for b in p["budgets"]] == [("180000.00", "GBP")]
    assert (p["start"], p["end"], p["duration_months"]) == ("2023-09", "2025-08", 24)


def test_basque_page_partners_budget_dates_duration():
    p = _project(EU_PAGE, "eu")
    assert p["name"] == "IBAIAK"
    assert {"Donostiako Udala", "Deustuko Unibertsitatea"} <= {x["name"] for x in p["partners"]}
    assert [(b["amount"], b["currency"]) for b in p["budgets"]] == [("1200000.00", "EUR")]
    assert (p["start"], p["end"], p["duration_months"]) == ("2023-01-01", "2025-12-31", 36)


def test_basque_coordinator_grant_and_months():
    p = _project(EU_SCHOOLS, "eu")
    assert p["lead_partner"] == "Hernaniko Institutua"
    assert [(b["amount"], b["currency"], b["kind"]) for b in p["budgets"]] == [("240000.00", "EUR", "eu_contribution")]
    assert (p["start"], p["end"], p["duration_months"]) == ("2022-09", "2024-06", 24)
