"""Precision, recall and F1 per field against a hand-made gold set.

Every comparison is a pure function over plain dicts (a gold record and a pipeline
record); only `main` reads the gold folder. Scoring is set-based and micro-averaged:
each field yields true positives, false positives and false negatives per document, and
the counts are summed over all documents. A scalar counts as one item when it is non-null
in the gold or the output; a wrong value is both a false positive and a false negative.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

FIELDS = ("language", "name", "title", "programme", "lead_partner", "partners", "partner_country",
          "countries", "budgets", "dates", "counts", "activities", "events")
COUNT_FIELDS = ("stated_partner_count", "stated_country_count", "stated_member_count")
EMPTY = {"language": None, "projects": [], "events": []}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def scores(self) -> tuple[float, float, float, int]:
        """(precision, recall, F1, support); an empty side scores 1.0 (nothing to get wrong)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, self.tp + self.fn


# ---------------------------------------------------------------- normalisation

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›"})
# Romanian pages and annotators write ș ț with a cedilla (ş ţ) as often as with the comma: one
# letter either way (Turkish ş turns into ș on both sides alike, so its comparisons stay)
_CEDILLA = str.maketrans("şţ", "șț")


def norm(text) -> str | None:
    """Casefold, diacritics kept, dashes and quotes unified, whitespace collapsed (none before a
    brand's '+'), and punctuation at the ends dropped (a list item's final full stop is not content)."""
    if text is None:
        return None
    t = unicodedata.normalize("NFC", str(text)).casefold().translate(_QUOTES).translate(_CEDILLA)
    t = re.sub(r"\s+", " ", _DASHES.sub("-", t)).strip()
    # "Erasmus +" is "Erasmus+": a space before a closing '+' is typography, like a dash's kind
    t = re.sub(r"(?<=\w) \+(?!\w)", "+", t)
    return t.strip(" .,;:") or None


def norm_amount(amount) -> str | None:
    try:
        return f"{Decimal(str(amount)):.2f}"
    except (InvalidOperation, ValueError):
        return norm(amount)


def aliases(name, acronym=None) -> set[str]:
    """Every spelling under which a gold name may match an extracted name: the name, its
    acronym, and the name written together with its acronym."""
    out = {norm(name), norm(acronym)}
    if name and acronym:
        out |= {norm(f"{name} - {acronym}"), norm(f"{acronym} - {name}"), norm(f"{name} ({acronym})")}
    return out - {None}


# ---------------------------------------------------------------- comparisons

def compare_scalar(gold, out) -> Counts:
    if gold is None and out is None:
        return Counts()
    if gold is not None and gold == out:
        return Counts(tp=1)
    return Counts(fp=int(out is not None), fn=int(gold is not None))


def compare_multiset(gold: list, out: list) -> Counts:
    g, o = Counter(gold), Counter(out)
    tp = sum((g & o).values())
    return Counts(tp=tp, fp=sum(o.values()) - tp, fn=sum(g.values()) - tp)


def match_partners(gold: list[dict], out: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pairs (gold partner, output partner), either side None when unmatched. A gold name
    matches an output partner when it equals its name, its acronym or both together."""
    free = list(out)
    pairs = []
    for gp in gold:
        key = norm(gp.get("name"))
        hit = next((op for op in free if key in aliases(op.get("name"), op.get("acronym"))), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((gp, hit))
    return pairs + [(None, op) for op in free]


def compare_partners(gold: list[dict], out: list[dict]) -> tuple[Counts, Counts]:
    """(names, name+country pairs)."""
    names, countries = Counts(), Counts()
    for gp, op in match_partners(gold, out):
        names += Counts(tp=int(bool(gp and op)), fp=int(gp is None), fn=int(op is None))
        countries += compare_scalar((gp or {}).get("country"), (op or {}).get("country"))
    return names, countries


def compare_lead(gold: dict, out: dict) -> Counts:
    g, o = gold.get("lead_partner"), out.get("lead_partner")
    if g is None or o is None:
        return compare_scalar(g, o)
    acronyms = [p.get("acronym") for p in out.get("partners") or [] if norm(p.get("name")) == norm(o)]
    ok = norm(g) in aliases(o, next((a for a in acronyms if a), None))
    return Counts(tp=1) if ok else Counts(fp=1, fn=1)


def flatten_activities(items: list[dict], prefix: str = "") -> list[str]:
    keys = []
    for a in items or []:
        key = prefix + (norm(a.get("text")) or "")
        keys.append(key)
        keys += flatten_activities(a.get("children") or [], key + " > ")
    return keys


def compare_project(gold: dict, out: dict) -> dict[str, Counts]:
    """Counts per field for one project; either side may be {} (an unmatched project)."""
    c = {f: Counts() for f in FIELDS}
    for f in ("name", "title", "programme"):
        c[f] += compare_scalar(norm(gold.get(f)), norm(out.get(f)))
    c["lead_partner"] += compare_lead(gold, out)
    c["partners"], c["partner_country"] = compare_partners(gold.get("partners") or [], out.get("partners") or [])
    c["countries"] += compare_multiset(sorted(set(gold.get("countries") or [])), sorted(set(out.get("countries") or [])))
    budget = lambda b: (norm_amount(b.get("amount")), (b.get("currency") or "").upper(), b.get("kind"))
    c["budgets"] += compare_multiset([budget(b) for b in gold.get("budgets") or []],
                                     [budget(b) for b in out.get("budgets") or []])
    for f in ("start", "end", "duration_months"):
        c["dates"] += compare_scalar(gold.get(f), out.get(f))
    for f in COUNT_FIELDS:
        c["counts"] += compare_scalar(gold.get(f), out.get(f))
    c["activities"] += compare_multiset(flatten_activities(gold.get("activities")),
                                        flatten_activities(out.get("activities")))
    return c


def match_projects(gold: list[dict], out: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs by normalised name, then the rest in order; unmatched sides become {}."""
    free = list(out)
    pairs: list[list] = []
    for gp in gold:
        hit = next((op for op in free if norm(op.get("name")) and norm(op.get("name")) == norm(gp.get("name"))), None)
        if hit is not None:
            free.remove(hit)
        pairs.append([gp, hit])
    for pair in pairs:
        if pair[1] is None and free:
            pair[1] = free.pop(0)
    return [(g, o or {}) for g, o in pairs] + [({}, o) for o in free]


def compare_document(gold: dict, out: dict | None) -> dict[str, Counts]:
    """Counts per field for one document; out=None (a failed extraction) misses everything."""
    out = out or EMPTY
    c = {f: Counts() for f in FIELDS}
    c["language"] += compare_scalar(gold.get("language"), out.get("language"))
    for gp, op in match_projects(gold.get("projects") or [], out.get("projects") or []):
        for f, n in compare_project(gp, op).items():
            c[f] += n
    event = lambda e: (e.get("date"), e.get("end"))
    c["events"] += compare_multiset([event(e) for e in gold.get("events") or []],
                                    [event(e) for e in out.get("events") or []])
    return c


def total(per_doc: list[dict[str, Counts]]) -> dict[str, Counts]:
    out = {f: Counts() for f in FIELDS}
    for doc in per_doc:
        for f, n in doc.items():
            out[f] += n
    return out


def overall(counts: dict[str, Counts]) -> float:
    """Micro F1 over every item of every field."""
    all_ = Counts()
    for n in counts.values():
        all_ += n
    return all_.scores()[2]


def format_table(counts: dict[str, Counts], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'TP':>5}{'FP':>5}{'FN':>5}")
    for f in FIELDS:
        n = counts[f]
        p, r, f1, s = n.scores()
        lines.append(f"{f:<16}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{s:>9}{n.tp:>5}{n.fp:>5}{n.fn:>5}")
    return "\n".join(lines)


# ---------------------------------------------------------------- the command

def _source_of(gold_path: Path) -> Path | None:
    stem = gold_path.name[: -len(".gold.json")]
    candidates = sorted(p for p in gold_path.parent.glob(f"{stem}.*")
                        if p.is_file() and not p.name.endswith(".gold.json"))
    return candidates[0] if candidates else None


def main(gold_dir: Path, by_language: bool = False) -> int:
    from pipeline.build import doc_ids, extract_one

    results: list[tuple[str, dict[str, Counts]]] = []
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source, record = _source_of(gold_path), None
        try:
            if source is None:
                raise FileNotFoundError("no source file beside the gold file")
            record, _ = extract_one(source.read_bytes(), source.name, doc_ids([source.name])[source.name])
        except Exception as exc:  # a failed extraction counts as all-missed
            print(f"failed: {gold_path.name}: {type(exc).__name__}: {exc}")
        results.append((gold.get("language") or "??", compare_document(gold, record)))

    counts = total([c for _, c in results])
    print(format_table(counts, f"all documents ({len(results)})"))
    if by_language:
        for lang in sorted({lang for lang, _ in results}):
            docs = [c for l, c in results if l == lang]
            print()
            print(format_table(total(docs), f"{lang} ({len(docs)})"))
    print(f"overall F1: {overall(counts):.3f}")
    return 0
