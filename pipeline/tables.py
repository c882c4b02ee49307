"""Flatten document records into the CSV tables: one row per fact, stable keys first.

Column lists are the contract for users' scripts; datapackage.json describes them.
"""
from __future__ import annotations

EVIDENCE = [("page", "integer"), ("start", "integer"), ("end", "integer"), ("evidence", "string")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [("doc_id", "string"), ("path", "string"), ("sha256", "string"), ("format", "string"),
                  ("encoding", "string"), ("language", "string"), ("language_confidence", "number"),
                  ("published", "string"), ("projects", "integer"), ("events", "integer")],
    "projects": [("doc_id", "string"), ("project_id", "string"), ("kind", "string"), ("name", "string"),
                 ("title", "string"), ("programme", "string"), ("funder", "string"), ("call", "string"),
                 ("lead_partner", "string"), ("countries", "string"), ("start", "string"), ("end", "string"),
                 ("duration_months", "integer"), ("stated_partner_count", "integer"),
                 ("stated_country_count", "integer"), ("stated_member_count", "integer"), ("flags", "string")],
    "partners": [("doc_id", "string"), ("project_id", "string"), ("position", "integer"), ("name", "string"),
                 ("acronym", "string"), ("country", "string"), ("role", "string"), ("url", "string"), *EVIDENCE],
    "budgets": [("doc_id", "string"), ("project_id", "string"), ("position", "integer"), ("amount", "number"),
                ("currency", "string"), ("kind", "string"), ("ambiguous", "boolean"), *EVIDENCE],
    "activities": [("doc_id", "string"), ("project_id", "string"), ("position", "string"),
                   ("parent_position", "string"), ("kind", "string"), ("text", "string"), *EVIDENCE],
    "events": [("doc_id", "string"), ("position", "integer"), ("date", "string"), ("end_date", "string"),
               ("place", "string"), ("country", "string"), ("description", "string"), ("flags", "string"),
               *EVIDENCE],
    "errors": [("path", "string"), ("doc_id", "string"), ("code", "string"), ("message", "string")],
}
KEYS = {
    "documents": ["doc_id"], "projects": ["doc_id", "project_id"],
    "partners": ["doc_id", "project_id", "position"], "budgets": ["doc_id", "project_id", "position"],
    "activities": ["doc_id", "project_id", "position"], "events": ["doc_id", "position"],
    "errors": ["path", "code", "message"],
}


def _ev(ev: dict) -> dict:
    return {"page": ev["page"], "start": ev["start"], "end": ev["end"], "evidence": ev["text"]}


def _activities(doc_id: str, pid: str, items: list[dict], parent: str | None) -> list[dict]:
    rows = []
    for a in items:
        rows.append({"doc_id": doc_id, "project_id": pid, "position": a["position"], "parent_position": parent,
                     "kind": a["kind"], "text": a["text"], **_ev(a["evidence"])})
        rows.extend(_activities(doc_id, pid, a["children"], a["position"]))
    return rows


def rows_of(record: dict) -> dict[str, list[dict]]:
    doc_id = record["doc_id"]
    out: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    src = record["source"]
    out["documents"].append({
        "doc_id": doc_id, "path": src["path"], "sha256": src["sha256"], "format": src["format"],
        "encoding": src["encoding"], "language": record["language"],
        "language_confidence": record["language_confidence"], "published": record["published"],
        "projects": len(record["projects"]), "events": len(record["events"])})
    for p in record["projects"]:
        pid = p["project_id"]
        out["projects"].append({
            "doc_id": doc_id, **{k: p[k] for k in ("project_id", "kind", "name", "title", "programme", "funder",
                                                   "call", "lead_partner", "start", "end", "duration_months",
                                                   "stated_partner_count", "stated_country_count",
                                                   "stated_member_count")},
            "countries": ";".join(p["countries"]), "flags": ";".join(p["flags"])})
        for n, x in enumerate(p["partners"], start=1):
            out["partners"].append({"doc_id": doc_id, "project_id": pid, "position": n,
                                    **{k: x[k] for k in ("name", "acronym", "country", "role", "url")},
                                    **_ev(x["evidence"])})
        for n, b in enumerate(p["budgets"], start=1):
            out["budgets"].append({"doc_id": doc_id, "project_id": pid, "position": n, "amount": b["amount"],
                                   "currency": b["currency"], "kind": b["kind"], "ambiguous": b["ambiguous"],
                                   **_ev(b["evidence"])})
        out["activities"].extend(_activities(doc_id, pid, p["activities"], None))
    for n, e in enumerate(record["events"], start=1):
        out["events"].append({"doc_id": doc_id, "position": n, "date": e["date"], "end_date": e["end"],
                              "place": e["place"], "country": e["country"], "description": e["description"],
                              "flags": ";".join(e["flags"]), **_ev(e["evidence"])})
    return out


def datapackage() -> dict:
    resources = []
    for name, cols in COLUMNS.items():
        # a tabular-data-package's resources must each say they are tabular (frictionless
        # refuses the package otherwise)
        resources.append({
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "encoding": "utf-8", "mediatype": "text/csv",
            "schema": {"fields": [{"name": c, "type": t} for c, t in cols], "primaryKey": KEYS[name],
                       "missingValues": [""]},
        })
    return {"name": "extracted", "profile": "tabular-data-package", "resources": resources}
