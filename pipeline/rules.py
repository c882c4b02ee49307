"""Value rules: a value that cannot be true is never written as a clean value (issue 6).

Dates are checked where they are read (`normalise.dates`, `extractors.durations`,
`extractors.events`): an impossible date or an end before its start stays, with the flag
`impossible-date` or `end-before-start` on its project or event, so that a reviewer sees
what the text says. The rules here run on the assembled record; a value that breaks one
leaves its field (a budget leaves `budgets`, a country code becomes null or leaves
`countries`, a duration becomes null) and its project or event is flagged with the rule's
code; the project keeps the value's evidence under the flag's name, so the reviewer can
find the sentence. A date the schemas cannot hold (month 13) leaves its field the same way,
flagged `impossible-date`; an event keeps its sentence with `date` null. Pure: `apply(record)` returns the record it is given, changed.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pipeline.lexicons import iso_countries
from pipeline.normalise.money import PER_EUR

# the rules' codes, as they appear in a project's or event's `flags`
IMPOSSIBLE_DATE = "impossible-date"  # also set by the date readers
NEGATIVE_BUDGET = "negative-budget"
ABSURD_BUDGET = "absurd-budget"
UNKNOWN_COUNTRY = "unknown-country"
ABSURD_DURATION = "absurd-duration"

# Above this (in euros) no budget of a project, a programme or a whole cohesion policy
# goes: the EU's seven-year budget is about 1.2 trillion euros.
MAX_EUR = Decimal(10) ** 12
# units of a currency per euro are `money.PER_EUR`'s; a currency not listed gets the most generous rate
_PER_EUR_OTHER = 10_000
# 50 years: no funded project runs longer; a longer "duration" is a misreading
MAX_DURATION_MONTHS = 600
# codes ISO 3166-1 does not assign that documents about EU projects use for a country
_USER_ASSIGNED = {"XK"}  # Kosovo, as the EU and the gazetteer write it


# what the schemas accept as a date: a month or day out of range ("1. 13. 2019") cannot be
# written at all, so it is taken out of the field (a 31 April can: it stays, flagged)
_ISO = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 (the generated lexicon's 249 codes; pycountry is not a runtime
    dependency) and the user-assigned codes we write."""
    return iso_countries() | _USER_ASSIGNED


def budget_rule(amount: str, currency: str) -> str | None:
    """The rule a budget breaks (its code), or None."""
    try:
        value = Decimal(amount)
    except (InvalidOperation, TypeError):
        return ABSURD_BUDGET
    if value < 0:
        return NEGATIVE_BUDGET
    if value > MAX_EUR * PER_EUR.get(currency, _PER_EUR_OTHER):
        return ABSURD_BUDGET
    return None


def known_country(code: str | None) -> bool:
    return code is None or code in country_codes()


def _flag(holder: dict, code: str, evidence: dict | None = None) -> None:
    if code not in holder["flags"]:
        holder["flags"] = sorted({*holder["flags"], code})
    if evidence is not None:  # given for projects only, whose evidence is keyed by field
        holder["evidence"].setdefault(code, evidence)


def apply(record: dict) -> dict:
    for project in record["projects"]:
        kept = []
        for budget in project["budgets"]:
            broken = budget_rule(budget["amount"], budget["currency"])
            if broken:
                _flag(project, broken, budget["evidence"])
            else:
                kept.append(budget)
        project["budgets"] = kept
        for partner in project["partners"]:
            if not known_country(partner["country"]):
                _flag(project, UNKNOWN_COUNTRY, partner["evidence"])
                partner["country"] = None
        countries = [c for c in project["countries"] if known_country(c)]
        if len(countries) < len(project["countries"]):
            _flag(project, UNKNOWN_COUNTRY)
            project["countries"] = countries
        for key in ("start", "end"):
            if project[key] is not None and not _ISO.fullmatch(project[key]):
                _flag(project, IMPOSSIBLE_DATE, project["evidence"].get(key))
                project[key] = None
                project["evidence"].pop(key, None)
        months = project["duration_months"]
        if months is not None and months > MAX_DURATION_MONTHS:
            _flag(project, ABSURD_DURATION, project["evidence"].get("duration_months"))
            project["duration_months"] = None
            project["evidence"].pop("duration_months", None)
    for event in record["events"]:
        for key in ("date", "end"):
            if event[key] is not None and not _ISO.fullmatch(event[key]):
                _flag(event, IMPOSSIBLE_DATE)  # the event stays, with its sentence, undated
                event[key] = None
        if not known_country(event["country"]):
            _flag(event, UNKNOWN_COUNTRY)
            event["country"] = None
    return record
