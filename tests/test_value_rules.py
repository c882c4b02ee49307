"""Issue 6, value rules: a value that breaks a rule is flagged on its record, never written
as a clean value (pipeline/rules.py, and the date flags of the date readers)."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline import rules
from pipeline.build import extract_one
from pipeline.validate import problems

GOLDEN = Path(__file__).resolve().parent / "golden"

BUDGETS = [  # (amount, currency, rule broken or None)
    ("2053050.00", "EUR", None),
    ("0.00", "EUR", None),
    ("392000000000.00", "EUR", None),  # the cohesion policy's seven-year budget
    ("-5000.00", "EUR", "negative-budget"),
    ("5000000000000.00", "EUR", "absurd-budget"),
    ("5000000000000.00", "HUF", None),  # 5 trillion forints: about 13 billion euros
    ("900000000000000000.00", "HUF", "absurd-budget"),
    ("5000000000000000.00", "XYZ", None),  # an unknown currency gets the most generous cap
    ("not a number", "EUR", "absurd-budget"),
]


@pytest.mark.parametrize("amount,currency,broken", BUDGETS)
def test_budget_rules(amount, currency, broken):
    assert rules.budget_rule(amount, currency) == broken


@pytest.mark.parametrize("code,known", [("CZ", True), ("GB", True), ("XK", True), (None, True),
                                        ("UK", False), ("XX", False), ("ZZ", False), ("EU", False)])
def test_country_codes(code, known):
    assert rules.known_country(code) is known


def _ev(start: int) -> dict:
    return {"page": 1, "start": start, "end": start + 4, "text": "abcd"}


def _record() -> dict:
    project = {
        "project_id": "x#p", "kind": "project", "name": "P", "title": None, "programme": None, "funder": None,
        "call": None, "lead_partner": None,
        "partners": [{"name": "Alpha", "acronym": None, "country": "XX", "role": "partner", "url": None,
                      "evidence": _ev(10)},
                     {"name": "Beta", "acronym": None, "country": "AT", "role": "partner", "url": None,
                      "evidence": _ev(20)}],
        "countries": ["XX", "AT"],
        "budgets": [{"amount": "-10.00", "currency": "EUR", "kind": "total", "ambiguous": False, "evidence": _ev(30)},
                    {"amount": "9000000000000.00", "currency": "EUR", "kind": "other", "ambiguous": False,
                     "evidence": _ev(40)},
                    {"amount": "1000.00", "currency": "EUR", "kind": "total", "ambiguous": False, "evidence": _ev(50)}],
        "start": "2019-13-01", "end": "2020-12-31", "duration_months": 900,
        "stated_partner_count": None, "stated_country_count": None, "stated_member_count": None,
        "activities": [], "flags": [],
        "evidence": {"start": _ev(60), "end": _ev(70), "duration_months": _ev(80)},
    }
    event = {"date": "2019-00-05", "end": None, "place": None, "country": "QQ", "description": "d",
             "flags": [], "evidence": _ev(90)}
    return {"projects": [project], "events": [event]}


def test_apply_takes_broken_values_out_of_their_fields_and_flags_them():
    record = rules.apply(_record())
    p, e = record["projects"][0], record["events"][0]
    assert [b["amount"] for b in p["budgets"]] == ["1000.00"]
    assert [x["country"] for x in p["partners"]] == [None, "AT"]
    assert p["countries"] == ["AT"]
    assert (p["start"], p["end"], p["duration_months"]) == (None, "2020-12-31", None)
    assert p["flags"] == ["absurd-budget", "absurd-duration", "impossible-date", "negative-budget", "unknown-country"]
    # the reviewer finds each broken value's sentence under its flag
    assert p["evidence"]["negative-budget"]["start"] == 30
    assert p["evidence"]["absurd-budget"]["start"] == 40
    assert p["evidence"]["unknown-country"]["start"] == 10
    assert p["evidence"]["absurd-duration"]["start"] == 80
    assert p["evidence"]["impossible-date"]["start"] == 60
    assert "start" not in p["evidence"] and "duration_months" not in p["evidence"]
    assert (e["date"], e["country"], e["flags"]) == (None, None, ["impossible-date", "unknown-country"])


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_clean_records_are_left_alone(path):
    record = json.loads(path.read_text("utf-8"))
    assert rules.apply(copy.deepcopy(record)) == record


def test_event_without_date_must_be_flagged():
    record, _ = extract_one(b"Project SUPERNOVA\n\nThe final conference of SUPERNOVA took place on 2019-13-05 "
                            b"in Vienna.\n", "ev.txt", "ev")
    assert [(e["date"], e["flags"]) for e in record["events"]] == [(None, ["impossible-date"])]
    assert problems(record) == []
    record["events"][0]["flags"] = []
    assert any("events/0" in p for p in problems(record))  # a null date is allowed only flagged


def test_month_13_is_flagged_not_a_rejected_document():
    record, _ = extract_one("Projekt SUPERNOVA\n\nProjekt SUPERNOVA: realizace od 1. 13. 2019 do 31. 12. 2020. "
                            "Rozpočet 1 000 000 EUR.\n".encode(), "d.txt", "d")
    p = record["projects"][0]
    assert (p["start"], p["end"], p["flags"]) == (None, "2020-12-31", ["impossible-date"])
    assert [b["amount"] for b in p["budgets"]] == ["1000000.00"]


def test_impossible_date_and_end_before_start_stay_flagged():
    record, _ = extract_one(b"Project SUPERNOVA\n\nThe project SUPERNOVA started on 31 February 2019 and ended on "
                            b"30 April 2018. Total budget: EUR 1,000,000.\n", "d.txt", "d")
    p = record["projects"][0]
    assert (p["start"], p["end"]) == ("2019-02-31", "2018-04-30")
    assert p["flags"] == ["end-before-start", "impossible-date"]


def test_absurd_duration_from_text():
    record, _ = extract_one(b"Project SUPERNOVA\n\nThe project SUPERNOVA will run for 900 months. "
                            b"Total budget: EUR 1,000,000.\n", "d.txt", "d")
    p = record["projects"][0]
    assert (p["duration_months"], p["flags"]) == (None, ["absurd-duration"])
    assert p["evidence"]["absurd-duration"]["text"].startswith("900 months")


def test_country_codes_are_iso_3166_without_a_runtime_dependency():
    import pycountry  # a dev dependency: the runtime reads the generated lexicon

    assert rules.country_codes() == {c.alpha_2 for c in pycountry.countries} | {"XK"}
