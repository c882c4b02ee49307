"""Small outputs folders for the diff and review-page tests: schema-valid records over a short
text, written the way the build writes them (JSON, text, CSV tables, errors.csv,
datapackage.json), so each test can change one thing and see what the diff makes of it."""
from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
from pathlib import Path

from pipeline.tables import COLUMNS, datapackage, rows_of
from pipeline.validate import problems
from pipeline.write import dumps, table_csv

DOC = "003-clustercoop-slides"
TEXT = ("ClusterCOOP\n"
        "Celkový rozpočet projektu: 2.053.050 EUR\n"
        "Doba trvání: 1.4. 2011 – 31.3. 2014\n"
        "Lead partner: Maďarské ministerstvo hospodářství\n"
        "Partneři:\n"
        "CzechInvest,\n"
        "Piemonte Region,\n"
        "Univerzita v Lublani\n"
        "Aktivity\n"
        "1. Zlepšování rámce\n"
        "1.1 Akční plány\n"
        "2. Identifikace potenciálu\n"
        "Konference 24. 10. 2011 v Miláně.\n"
        "CENTRAMO\n"
        "Celkový rozpočet: 425 698,75 EUR\n")


def ev(text: str, snippet: str, page: int = 1) -> dict:
    start = text.index(snippet)
    return {"page": page, "start": start, "end": start + len(snippet), "text": snippet}


def partner(text: str, name: str, snippet: str, country: str | None, role: str = "partner") -> dict:
    return {"name": name, "acronym": None, "country": country, "role": role, "url": None,
            "evidence": ev(text, snippet)}


def activity(text: str, position: str, label: str, children=()) -> dict:
    return {"position": position, "text": label, "kind": "activity", "children": list(children),
            "evidence": ev(text, label)}


def project(doc_id: str, name: str, **fields) -> dict:
    p = {"project_id": f"{doc_id}#{name.lower()}", "kind": "project", "name": name, "title": None,
         "programme": None, "funder": None, "call": None, "lead_partner": None, "partners": [],
         "countries": [], "budgets": [], "start": None, "end": None, "duration_months": None,
         "stated_partner_count": None, "stated_country_count": None, "stated_member_count": None,
         "activities": [], "flags": [], "evidence": {}}
    p.update(fields)
    return p


def record(doc_id: str = DOC, text: str = TEXT) -> dict:
    """The ClusterCOOP slides in miniature: two projects, partners, budgets, activities, an event."""
    coop = project(
        doc_id, "ClusterCOOP",
        lead_partner="Maďarské ministerstvo hospodářství",
        partners=[partner(text, "Maďarské ministerstvo hospodářství", "Maďarské ministerstvo hospodářství", "HU",
                          "lead"),
                  partner(text, "CzechInvest", "CzechInvest,", "CZ"),
                  partner(text, "Piemonte Region", "Piemonte Region,", "IT"),
                  partner(text, "Univerzita v Lublani", "Univerzita v Lublani", "SI")],
        countries=["HU", "CZ", "IT", "SI"],
        budgets=[{"amount": "2053050.00", "currency": "EUR", "kind": "total", "ambiguous": False,
                  "evidence": ev(text, "2.053.050 EUR")}],
        start="2011-04-01", end="2014-03-31",
        activities=[activity(text, "1", "Zlepšování rámce", [activity(text, "1.1", "Akční plány")]),
                    activity(text, "2", "Identifikace potenciálu")],
        evidence={"name": ev(text, "ClusterCOOP"), "period": ev(text, "1.4. 2011 – 31.3. 2014")})
    centramo = project(
        doc_id, "CENTRAMO",
        budgets=[{"amount": "425698.75", "currency": "EUR", "kind": "total", "ambiguous": False,
                  "evidence": ev(text, "425 698,75 EUR")}],
        evidence={"name": ev(text, "CENTRAMO")})
    rec = {"doc_id": doc_id,
           "source": {"path": f"{doc_id}.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(),
                      "format": "slides", "encoding": "utf-8"},
           "language": "cs", "language_confidence": 1.0, "published": None,
           "text_path": f"text/{doc_id}.txt", "projects": [coop, centramo],
           "events": [{"date": "2011-10-24", "end": None, "place": "Milán", "country": "IT",
                       "description": "Konference 24. 10. 2011 v Miláně.", "flags": [],
                       "evidence": ev(text, "Konference 24. 10. 2011 v Miláně.")}]}
    assert problems(rec) == [], problems(rec)
    return rec


def other_record() -> tuple[dict, str]:
    """A second, unrelated document (one project, one budget)."""
    doc_id, text = "004-news", "Projekt Alpha\nRozpočet 1 000 000 CZK.\n"
    p = project(doc_id, "Alpha", budgets=[{"amount": "1000000.00", "currency": "CZK", "kind": "total",
                                           "ambiguous": False, "evidence": ev(text, "1 000 000 CZK")}],
                evidence={"name": ev(text, "Alpha")})
    rec = {"doc_id": doc_id, "source": {"path": f"{doc_id}.txt", "sha256": "0" * 64, "format": "page_text",
                                        "encoding": "utf-8"},
           "language": "cs", "language_confidence": 1.0, "published": None, "text_path": f"text/{doc_id}.txt",
           "projects": [p], "events": []}
    assert problems(rec) == [], problems(rec)
    return rec, text


def write(folder: Path, docs: dict[str, tuple[dict, str]], errors: list[dict] = ()) -> Path:
    """An outputs folder as the build writes it, from {doc_id: (record, text)} and error rows."""
    (folder / "documents").mkdir(parents=True, exist_ok=True)
    (folder / "text").mkdir(exist_ok=True)
    tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for doc_id, (rec, text) in docs.items():
        (folder / "documents" / f"{doc_id}.json").write_text(dumps(rec), "utf-8")
        (folder / "text" / f"{doc_id}.txt").write_text(text, "utf-8", newline="")
        for name, rows in rows_of(rec).items():
            tables[name].extend(rows)
    tables["errors"] = [dict(e) for e in errors]
    for name in COLUMNS:
        (folder / f"{name}.csv").write_text(table_csv(name, tables[name]), "utf-8", newline="")
    (folder / "datapackage.json").write_text(dumps(datapackage()), "utf-8")
    return folder


def base(folder: Path, errors: list[dict] = ()) -> Path:
    rec, (other, other_text) = record(), other_record()
    return write(folder, {DOC: (rec, TEXT), other["doc_id"]: (other, other_text)}, errors)


def load(folder: Path, doc_id: str = DOC) -> dict:
    return json.loads((folder / "documents" / f"{doc_id}.json").read_text("utf-8"))


def save(folder: Path, rec: dict, doc_id: str = DOC) -> None:
    (folder / "documents" / f"{doc_id}.json").write_text(dumps(rec), "utf-8")


def clone(rec: dict) -> dict:
    return copy.deepcopy(rec)


def csv_rows(data: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data)))
