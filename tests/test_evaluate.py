"""The evaluator's pure comparison functions."""
import copy

from pipeline.evaluate import Counts, compare_document, compare_scalar, norm, overall, total

GOLD = {
    "language": "cs",
    "projects": [{
        "name": "ClusterCOOP", "title": "Enhancing Framework Conditions", "programme": None,
        "lead_partner": "Maďarské centrum rozvoje hospodářství",
        "partners": [{"name": "Maďarské centrum rozvoje hospodářství", "country": "HU", "role": "lead"},
                     {"name": "CzechInvest", "country": "CZ", "role": "partner"}],
        "countries": ["HU", "CZ"],
        "budgets": [{"amount": "2053050.00", "currency": "EUR", "kind": "total"}],
        "start": "2011-04-01", "end": "2014-03-31",
        "stated_partner_count": 9, "stated_country_count": None, "stated_member_count": None,
        "activities": [{"text": "Zlepšování rámce.", "kind": "activity",
                        "children": [{"text": "Doporučení EK", "kind": "activity", "children": []}]}],
    }],
    "events": [{"date": "2011-10-24", "end": None, "place": "Milán"}],
}


def output():
    out = copy.deepcopy(GOLD)
    for p in out["projects"][0]["partners"]:
        p["acronym"] = None
    return out


def test_perfect_match_scores_one():
    counts = total([compare_document(GOLD, output())])
    assert all(n.fp == 0 and n.fn == 0 for n in counts.values())
    assert overall(counts) == 1.0
    assert counts["activities"].tp == 2 and counts["dates"].tp == 2


def test_wrong_scalar_is_false_positive_and_false_negative():
    assert compare_scalar("2011-04-01", "2011-01-04") == Counts(fp=1, fn=1)
    out = output()
    out["projects"][0]["title"] = "Something else"
    assert compare_document(GOLD, out)["title"] == Counts(fp=1, fn=1)


def test_null_on_both_sides_is_not_an_item():
    assert compare_scalar(None, None) == Counts()
    assert compare_scalar(None, "x") == Counts(fp=1)


def test_acronym_matches_partner_and_lead():
    gold = copy.deepcopy(GOLD)
    gold["projects"][0]["lead_partner"] = "MAG"
    gold["projects"][0]["partners"][0]["name"] = "MAG"
    out = output()
    out["projects"][0]["partners"][0]["acronym"] = "MAG"
    counts = compare_document(gold, out)
    assert counts["partners"] == Counts(tp=2)
    assert counts["partner_country"] == Counts(tp=2)
    assert counts["lead_partner"] == Counts(tp=1)


def test_missing_partner_lowers_recall_only():
    out = output()
    del out["projects"][0]["partners"][1]
    counts = compare_document(GOLD, out)
    p, r, _, support = counts["partners"].scores()
    assert (p, r, support) == (1.0, 0.5, 2)
    assert counts["partner_country"] == Counts(tp=1, fn=1)


def test_failed_extraction_misses_everything():
    counts = compare_document(GOLD, None)
    assert all(n.tp == 0 and n.fp == 0 for n in counts.values())
    assert counts["partners"].fn == 2 and counts["language"].fn == 1


def test_projects_matched_by_name_not_order():
    gold = {"language": "cs", "events": [],
            "projects": [{"name": "A", "start": "2011"}, {"name": "B", "start": "2012"}]}
    out = {"language": "cs", "events": [],
           "projects": [{"name": "b", "start": "2012"}, {"name": "A", "start": "2011"}]}
    counts = compare_document(gold, out)
    assert counts["name"] == Counts(tp=2) and counts["dates"] == Counts(tp=2)


def test_romanian_cedilla_and_comma_letters_are_one_letter():
    # "Județean" on the page, "Judeţean" in the gold file: the same partner
    assert norm("Consiliul Judeţean Satu Mare") == norm("Consiliul Județean Satu Mare")
    assert norm("Ştiinţe") == norm("Științe")
    assert norm("Județean") != norm("Judetean")
