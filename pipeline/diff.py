"""Compare two versions of the outputs folder: what a build changed, record by record.

Pure: both versions come in as {relative path: bytes} of the contract's files (see
`pipeline/accepted.py` for reading a folder or git's copy). Records are matched by stable
keys, never by line, so that reordering alone is no change:

  documents   doc_id
  projects    project_id, else the same name, else the only project left on each side
  partners    name, within the project
  budgets     kind, within the project
  activities  position ("1.2"), within the project
  events      date and description, within the document
  errors      path

Records sharing a key (two "other" budgets) pair first with an identical twin, then in
order. A record whose values are equal but whose evidence sits at other offsets or on
another page is "moved"; evidence text that differs is a change of the field "evidence".
The result is plain JSON-ready data (its shape is documented in the README, "Reviewing a
change"); `render_text` writes it for the terminal.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

from pipeline.tables import COLUMNS

FORMAT = "pipeline-diff/1"
# the files of the output contract that the comparison reads; everything else (the CSV
# tables, which are derived from the JSON records, a manifest, stray files) is ignored
_CONTRACT = re.compile(r"^(documents/[^/]+\.json|text/[^/]+\.txt|errors\.csv|datapackage\.json)$")
# scalar fields of a project and a document in the tables' column order (the contract's
# one list); fields added to the schema later are compared too, after these
_IDS = ("doc_id", "project_id")
PROJECT_FIELDS = tuple(c for c, _ in COLUMNS["projects"] if c not in _IDS)
DOCUMENT_FIELDS = tuple(c for c, _ in COLUMNS["documents"] if c not in _IDS + ("projects", "events"))
_NESTED = {"partners", "budgets", "activities", "evidence", "project_id"}
# lists whose order carries no meaning: compared as sets
_SETS = {"countries", "flags"}
_RECORD_ORDER = {"document": 0, "project": 1, "partner": 2, "budget": 3, "activity": 4, "event": 5}


class DiffError(Exception):
    """A version that cannot be read: the message is one line."""


def contract_files(paths) -> list[str]:
    return sorted(p for p in paths if _CONTRACT.match(p))


@dataclass
class Snapshot:
    """One version of the outputs: the contract's files as bytes, and where they came from."""
    files: dict[str, bytes]
    where: str
    documents: dict[str, bytes] = field(init=False)
    texts: dict[str, bytes] = field(init=False)

    def __post_init__(self):
        self.files = {p: b for p, b in self.files.items() if _CONTRACT.match(p)}
        self.documents = {p[len("documents/"):-len(".json")]: b for p, b in self.files.items()
                          if p.startswith("documents/")}
        self.texts = {p[len("text/"):-len(".txt")]: b for p, b in self.files.items() if p.startswith("text/")}

    def record(self, doc_id: str) -> dict | None:
        data = self.documents.get(doc_id)
        if data is None:
            return None
        name = f"{self.where}/documents/{doc_id}.json"
        try:
            rec = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise DiffError(f"{name} is not valid JSON: {exc}") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("projects", []), list):
            raise DiffError(f"{name} is not a document record")
        return rec

    def text(self, doc_id: str) -> str | None:
        data = self.texts.get(doc_id)
        if data is None:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DiffError(f"{self.where}/text/{doc_id}.txt is not UTF-8: {exc}") from None

    def errors(self) -> list[dict]:
        data = self.files.get("errors.csv")
        if data is None:
            return []
        try:
            rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise DiffError(f"{self.where}/errors.csv cannot be read: {exc}") from None
        if rows and not {"path", "code", "message"} <= set(rows[0]):
            raise DiffError(f"{self.where}/errors.csv lacks the columns path, code, message")
        return [{k: (r.get(k) or None) for k in ("path", "doc_id", "code", "message")} for r in rows]

    def datapackage(self):
        data = self.files.get("datapackage.json")
        if data is None:
            return None
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise DiffError(f"{self.where}/datapackage.json is not valid JSON: {exc}") from None


@dataclass
class Fact:
    """One comparable thing: a scalar field, a partner, a budget, an activity, an event."""
    record: str
    key: str
    values: dict
    evidence: dict | None
    label: str
    position: int = 0  # its place in its version's list: report order


def _same(a, b, name: str) -> bool:
    if name in _SETS and isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def _scalar_facts(record: str, obj: dict, known: tuple, skip: set, evidence_of) -> list[Fact]:
    names = [k for k in known if k in obj] + sorted(k for k in obj if k not in known and k not in skip)
    # an empty field has no evidence of its own (duration_months would borrow the period's)
    return [Fact(record, k, {k: obj[k]}, evidence_of(k) if obj[k] not in (None, "", []) else None, k)
            for k in names]


def _project_evidence(p: dict):
    ev = p.get("evidence") or {}

    def of(name: str):
        if name in ev:
            return ev[name]
        if name in ("start", "end", "duration_months"):
            return ev.get("period")
        if name == "lead_partner":  # the lead partner's own evidence
            return next((x.get("evidence") for x in p.get("partners", [])
                         if x.get("role") == "lead" and x.get("name") == p.get("lead_partner")), None)
        return None
    return of


def _values(item: dict, skip=("evidence", "children")) -> dict:
    return {k: v for k, v in item.items() if k not in skip}


def _activities(items: list, parent: str | None) -> list[Fact]:
    facts = []
    for a in items:
        values = {**_values(a), "parent_position": parent}
        pos = str(a.get("position"))
        facts.append(Fact("activity", pos, values, a.get("evidence"), f"activity {pos}"))
        facts.extend(_activities(a.get("children") or [], pos))
    return facts


def project_facts(p: dict) -> list[Fact]:
    facts = _scalar_facts("project", p, PROJECT_FIELDS, _NESTED, _project_evidence(p))
    for x in p.get("partners", []):
        facts.append(Fact("partner", str(x.get("name")), _values(x), x.get("evidence"), f"partner {x.get('name')}"))
    for b in p.get("budgets", []):
        facts.append(Fact("budget", str(b.get("kind")), _values(b), b.get("evidence"), f"budget {b.get('kind')}"))
    facts.extend(_activities(p.get("activities", []), None))
    return facts


def document_facts(rec: dict) -> list[Fact]:
    flat = {**{k: v for k, v in (rec.get("source") or {}).items()},
            **{k: v for k, v in rec.items() if k not in ("source", "projects", "events", "doc_id", "text_path")}}
    facts = _scalar_facts("document", flat, DOCUMENT_FIELDS, set(), lambda _: None)
    for e in rec.get("events", []):
        key = f"{e.get('date')} {e.get('description')}"
        facts.append(Fact("event", key, _values(e), e.get("evidence"), f"event {e.get('date')}"))
    return facts


def _pair(old: list, new: list, key, same) -> list[tuple]:
    """Pairs (old, new) with equal keys; an item with no partner pairs with None. Within a key,
    identical items pair first, then the rest in order; so reordering yields only pairs of
    identical items."""
    groups: dict = {}
    for side, items in ((0, old), (1, new)):
        for item in items:
            groups.setdefault(key(item), ([], []))[side].append(item)
    pairs = []
    for olds, news in groups.values():
        if len(olds) == 1 and len(news) == 1:  # the usual case: a key used once on each side
            pairs.append((olds[0], news[0]))
            continue
        for n in list(news):
            twin = next((o for o in olds if same(o, n)), None)
            if twin is not None:
                olds.remove(twin)
                news.remove(n)
                pairs.append((twin, n))
        pairs.extend(zip(olds, news))
        pairs.extend((o, None) for o in olds[len(news):])
        pairs.extend((None, n) for n in news[len(olds):])
    return pairs


def _location(ev: dict | None) -> tuple:
    ev = ev or {}
    return ev.get("page"), ev.get("start"), ev.get("end"), ev.get("ocr")


def _fact_change(old: Fact | None, new: Fact | None) -> dict | None:
    if old is not None and new is not None and old.values == new.values and old.evidence == new.evidence:
        return None
    if old is None or new is None:
        fact = new or old
        return {"change": "added" if old is None else "removed", "record": fact.record, "key": fact.key,
                "label": fact.label, "fields": [],
                "old": old.values if old else None, "new": new.values if new else None,
                "old_evidence": old.evidence if old else None, "new_evidence": new.evidence if new else None}
    fields = [{"field": k, "old": old.values.get(k), "new": new.values.get(k)}
              for k in list(old.values) + [k for k in new.values if k not in old.values]
              if not _same(old.values.get(k), new.values.get(k), k)]
    old_text = (old.evidence or {}).get("text")
    new_text = (new.evidence or {}).get("text")
    if old_text != new_text:
        fields.append({"field": "evidence", "old": old_text, "new": new_text})
    if fields:
        change = "changed"
    elif _location(old.evidence) != _location(new.evidence):
        change = "moved"
    else:
        return None
    return {"change": change, "record": new.record, "key": new.key, "label": new.label, "fields": fields,
            "old": old.values, "new": new.values, "old_evidence": old.evidence, "new_evidence": new.evidence}


def _sort_changes(pairs: list[tuple], changes: list[dict | None]) -> list[dict]:
    """Changes in reading order: by kind of record, then as the new version lists them
    (a removed record where the old version listed it)."""
    order = []
    for (old, new), change in zip(pairs, changes):
        if change is None:
            continue
        fact = new or old
        order.append(((_RECORD_ORDER.get(fact.record, 9), 0 if new is not None else 1,
                       fact.position, change["key"]), change))
    return [c for _, c in sorted(order, key=lambda t: t[0])]


def _compare_facts(old: list[Fact], new: list[Fact]) -> list[dict]:
    for n, f in enumerate(old):
        f.position = n
    for n, f in enumerate(new):
        f.position = n
    pairs = _pair(old, new, key=lambda f: (f.record, f.key),
                  same=lambda a, b: a.values == b.values and a.evidence == b.evidence)
    return _sort_changes(pairs, [_fact_change(o, n) for o, n in pairs])


def _project_name(p: dict) -> str:
    pid = str(p.get("project_id", ""))
    return p.get("name") or (f"#{pid.rsplit('#', 1)[1]}" if "#" in pid else pid) or "(unnamed project)"


def pair_projects(old: list[dict], new: list[dict]) -> list[tuple]:
    """Projects by project_id, then by name (case folded), then the only one left on each
    side (a project renamed in a one-project document)."""
    pairs, olds, news = [], list(old), list(new)
    for key in (lambda p: ("id", p.get("project_id")),
                lambda p: ("name", (p.get("name") or "").casefold() or None)):
        matched = [(o, n) for o, n in _pair(olds, news, key, lambda a, b: a == b)
                   if o is not None and n is not None and key(o)[1] is not None]
        pairs.extend(matched)
        olds = [o for o in olds if not any(o is m[0] for m in matched)]
        news = [n for n in news if not any(n is m[1] for m in matched)]
    if len(olds) == 1 and len(news) == 1:
        pairs.append((olds[0], news[0]))
        olds, news = [], []
    pairs.extend((o, None) for o in olds)
    pairs.extend((None, n) for n in news)
    # reading order: the new version's order, then removed projects in the old one's
    rank_new = {id(p): i for i, p in enumerate(new)}
    rank_old = {id(p): i for i, p in enumerate(old)}
    return sorted(pairs, key=lambda t: (0, rank_new[id(t[1])]) if t[1] is not None else (1, rank_old[id(t[0])]))


def compare_documents(doc_id: str, old: dict | None, new: dict | None,
                      old_text: str | None, new_text: str | None) -> dict | None:
    """One document's entry in the diff, or None when nothing differs."""
    projects = []
    for po, pn in pair_projects((old or {}).get("projects", []), (new or {}).get("projects", [])):
        changes = _compare_facts(project_facts(po) if po else [], project_facts(pn) if pn else [])
        if po and pn and po.get("project_id") != pn.get("project_id"):
            changes.insert(0, {"change": "changed", "record": "project", "key": "project_id",
                               "label": "project_id", "fields": [{"field": "project_id",
                                                                  "old": po.get("project_id"),
                                                                  "new": pn.get("project_id")}],
                               "old": {"project_id": po.get("project_id")},
                               "new": {"project_id": pn.get("project_id")},
                               "old_evidence": None, "new_evidence": None})
        if changes:
            projects.append({"project_id": (pn or po).get("project_id"),
                             "old_project_id": po.get("project_id") if po else None,
                             "name": _project_name(pn or po),
                             "status": "added" if po is None else "removed" if pn is None else "changed",
                             "changes": changes})
    changes = _compare_facts(document_facts(old) if old else [], document_facts(new) if new else [])
    text = {"changed": old_text != new_text, "old_chars": None if old_text is None else len(old_text),
            "new_chars": None if new_text is None else len(new_text)}
    if not projects and not changes and not text["changed"]:
        return None
    src = (new or old or {}).get("source") or {}
    return {"doc_id": doc_id, "status": "added" if old is None else "removed" if new is None else "changed",
            "path": src.get("path"), "text": text, "changes": changes, "projects": projects}


def _compare_errors(old: list[dict], new: list[dict]) -> list[dict]:
    out = []
    for o, n in _pair(old, new, key=lambda r: r["path"], same=lambda a, b: a == b):
        if o == n:
            continue
        fields = [{"field": k, "old": o[k], "new": n[k]} for k in ("doc_id", "code", "message")
                  if o is not None and n is not None and o[k] != n[k]]
        out.append({"change": "added" if o is None else "removed" if n is None else "changed",
                    "path": (n or o)["path"], "fields": fields, "old": o, "new": n})
    return sorted(out, key=lambda c: (c["path"] or "", c["change"]))


def compare(old: Snapshot, new: Snapshot) -> dict:
    """The whole diff between two versions of the outputs (plain data, JSON-ready)."""
    documents = []
    for doc_id in sorted(set(old.documents) | set(new.documents) | set(old.texts) | set(new.texts)):
        if (old.documents.get(doc_id) == new.documents.get(doc_id)
                and old.texts.get(doc_id) == new.texts.get(doc_id)):
            continue  # same bytes: nothing to parse
        entry = compare_documents(doc_id, old.record(doc_id), new.record(doc_id),
                                  old.text(doc_id), new.text(doc_id))
        if entry:
            documents.append(entry)
    errors = _compare_errors(old.errors(), new.errors())
    datapackage_changed = old.datapackage() != new.datapackage()
    return {"format": FORMAT, "old": old.where, "new": new.where,
            "changed": bool(documents or errors or datapackage_changed),
            "summary": summary(documents, errors),
            "datapackage_changed": datapackage_changed,
            "documents": documents, "errors": errors}


def all_changes(doc: dict):
    """(project entry or None, change) for every change of one document, in report order."""
    for c in doc["changes"]:
        if c["record"] == "document":
            yield None, c
    for p in doc["projects"]:
        for c in p["changes"]:
            yield p, c
    for c in doc["changes"]:
        if c["record"] != "document":
            yield None, c


def summary(documents: list[dict], errors: list[dict]) -> dict:
    out = {"documents": dict.fromkeys(("added", "removed", "changed"), 0),
           "projects": dict.fromkeys(("added", "removed", "changed"), 0),
           "values": dict.fromkeys(("added", "removed", "changed", "moved"), 0),
           "errors": dict.fromkeys(("added", "removed", "changed"), 0)}
    for d in documents:
        out["documents"][d["status"]] += 1
        for p in d["projects"]:
            out["projects"][p["status"]] += 1
        for _, c in all_changes(d):
            out["values"][c["change"]] += 1
    for e in errors:
        out["errors"][e["change"]] += 1
    return out


# ---- text for the terminal ----

_COLOURS = {"added": "32", "removed": "31", "changed": "33", "moved": "36", "head": "1"}
_SIGN = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}


def show(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(map(str, value)) or "(none)"
    return str(value)


def clip(text: str, width: int = 100) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _evidence(ev: dict | None) -> str:
    if not ev:
        return "(no evidence)"
    where = f"page {ev.get('page')}, {ev.get('start')}-{ev.get('end')}" + (", OCR" if ev.get("ocr") else "")
    return f'"{clip(ev.get("text", ""))}" ({where})'


def _record_value(c: dict, values: dict) -> str:
    """A whole added or removed record in one line."""
    r = c["record"]
    if r in ("document", "project"):
        return show(values.get(c["key"]))
    if r == "budget":
        return f"{show(values.get('amount'))} {show(values.get('currency'))}" + \
            (" (ambiguous)" if values.get("ambiguous") else "")
    if r == "activity":
        return f"{clip(show(values.get('text')), 80)} ({values.get('kind')})"
    if r == "event":
        extra = [f"{k} {show(values[k])}" for k in ("end", "place", "country") if values.get(k)]
        return clip(show(values.get("description")), 80) + (f" ({', '.join(extra)})" if extra else "")
    return ", ".join(f"{k} {show(v)}" for k, v in values.items() if v not in (None, "", []) and k != "name") \
        or show(values.get("name"))


def change_lines(c: dict) -> list[tuple[str, str]]:
    """(what, old -> new) lines for one change; budgets show amount and currency together."""
    if c["change"] in ("added", "removed"):
        return [(c["label"], _record_value(c, c["new"] if c["change"] == "added" else c["old"]))]
    if c["change"] == "moved":
        return [(c["label"], "same value, other place in the text")]
    fields = list(c["fields"])
    lines = []
    if len(fields) > 1:  # the old and new evidence lines under the change show its text
        fields = [f for f in fields if f["field"] != "evidence"]
    elif fields[0]["field"] == "evidence":
        why = "no evidence now" if fields[0]["new"] is None else "evidence found now" if fields[0]["old"] is None \
            else "read from other text"
        return [(c["label"], f"{_record_value(c, c['new'])} (same value, {why})")]
    if c["record"] == "budget" and any(f["field"] in ("amount", "currency") for f in fields):
        fields = [f for f in fields if f["field"] not in ("amount", "currency")]
        lines.append((c["label"], f"{show(c['old'].get('amount'))} {show(c['old'].get('currency'))} -> "
                                  f"{show(c['new'].get('amount'))} {show(c['new'].get('currency'))}"))
    for f in fields:
        what = c["label"] if c["record"] in ("document", "project") and f["field"] == c["key"] \
            else f"{c['label']} / {f['field']}"
        lines.append((what, f"{clip(show(f['old']), 80)} -> {clip(show(f['new']), 80)}"))
    return lines


def render_text(diff: dict, colour: bool = False) -> str:
    def paint(kind: str, s: str) -> str:
        return f"\033[{_COLOURS[kind]}m{s}\033[0m" if colour else s

    out = []
    for d in diff["documents"]:
        t = d["text"]
        text_note = ""
        if d["status"] == "changed" and t["changed"]:
            text_note = f"; text changed ({t['old_chars']} -> {t['new_chars']} characters)"
        out.append(paint("head", f"{d['doc_id']} ({d['path']}): {d['status']}{text_note}"))
        moved = 0
        for p, c in all_changes(d):
            if c["change"] == "moved":
                moved += 1
                continue
            prefix = f"{d['doc_id']} / " + (f"{p['name']} / " if p else "")
            for what, value in change_lines(c):
                out.append(paint(c["change"], f"{_SIGN[c['change']]} {prefix}{what}: {value}"))
            old_ev, new_ev = c["old_evidence"], c["new_evidence"]
            if c["change"] == "changed" and old_ev and new_ev and old_ev == new_ev:
                out.append(f"      evidence: {_evidence(new_ev)}")
            else:
                if old_ev and c["change"] != "added":
                    out.append(f"      old: {_evidence(old_ev)}")
                if new_ev and c["change"] != "removed":
                    out.append(f"      new: {_evidence(new_ev)}")
        if moved:
            out.append(paint("moved", f"> {d['doc_id']}: {moved} value{'s' if moved != 1 else ''} unchanged "
                                      f"but read at other offsets"))
        out.append("")
    for e in diff["errors"]:
        row = e["new"] or e["old"]
        if e["change"] == "changed":
            for f in e["fields"]:
                out.append(paint("changed", f"~ errors.csv / {e['path']} / {f['field']}: "
                                            f"{show(f['old'])} -> {show(f['new'])}"))
        else:
            out.append(paint(e["change"], f"{_SIGN[e['change']]} errors.csv / {e['path']}: "
                                          f"{row['code']}: {clip(show(row['message']))}"))
    if diff["errors"]:
        out.append("")
    if diff["datapackage_changed"]:
        out.append(paint("changed", "~ datapackage.json: the tables' schema changed"))
        out.append("")
    out.append(summary_line(diff))
    return "\n".join(out) + "\n"


def summary_line(diff: dict) -> str:
    if not diff["changed"]:
        return f"no change: {diff['new']} is the same as {diff['old']}"
    s = diff["summary"]

    def part(name: str, counts: dict) -> str:
        return f"{name} " + ", ".join(f"{n} {k}" for k, n in counts.items())
    return (f"{diff['new']} against {diff['old']}: " + part("documents", s["documents"]) + "; "
            + part("values", s["values"]) + "; " + part("error rows", s["errors"])
            + ("; datapackage.json changed" if diff["datapackage_changed"] else ""))
