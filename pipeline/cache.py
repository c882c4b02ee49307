"""The build's memory of what it read: `manifest.json` inside the output folder, committed
with it, so that `make` re-reads only the files whose content changed (by sha256, never by
modification time: a fresh clone or a `touch` re-reads nothing).

    {"manifest": 1,
     "key": sha256 of the pipeline's code, lexicons, generated data, schemas and pins,
     "sources": {raw path: {"doc_id", "sha256"[, "error", "message"]}},
     "outputs": {file in the output folder: its sha256}}

No time stamps and no machine paths: the same raw folder and code give the same bytes. A
source is read again when its bytes, its doc_id or the key changed, when its outputs are
missing or do not match their hashes (a damaged or hand-edited folder is repaired, not
trusted), or when its error depends on the machine rather than on the file (RETRY).
Only the standard library here: a no-op build must not import the readers or pandas."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

NAME = "manifest.json"
VERSION = 1
PACKAGE = Path(__file__).resolve().parent
# Modules that never touch a record (command line, measuring, comparing, lexicon
# generation: its output, lexicons/generated/, is hashed itself).
TOOLING = {"__main__.py", "cli.py", "bench.py", "evaluate.py", "html_compare.py", "language_compare.py",
           "readers/pdf_measure.py", "lexicons/generate.py"}
# Errors that say more about this machine or run than about the file (OCR not installed,
# a worker out of time or memory, a file over --max-size, which a run can raise): tried
# again at every build rather than remembered.
RETRY = {"ocr-unavailable", "timeout", "memory", "too-large"}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path | str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _pins(pyproject: Path) -> list[str]:
    """The runtime dependency pins: a new spaCy or PDFium may change what is read. Pins,
    not installed versions, so that the key is the same on every machine."""
    if not pyproject.is_file():
        return []
    import tomllib

    try:
        return sorted(tomllib.loads(pyproject.read_text("utf-8")).get("project", {}).get("dependencies", []))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return []


def code_key(package: Path = PACKAGE) -> str:
    """sha256 over everything that decides a document's record: the package's code and data
    files (minus TOOLING), the JSON Schemas and the dependency pins."""
    h = hashlib.sha256(f"manifest {VERSION}\n".encode())
    files = [p for p in package.rglob("*") if p.suffix in {".py", ".toml", ".json"} and "__pycache__" not in p.parts]
    named = [(p.relative_to(package).as_posix(), p) for p in files]
    named = [(rel, p) for rel, p in named if rel not in TOOLING]
    schemas = package.parent / "schemas"  # pipeline/validate.py reads them from there
    named += [(f"schemas/{p.name}", p) for p in schemas.glob("*.json")]
    for rel, p in sorted(named):
        h.update(f"{rel} {sha256_file(p)}\n".encode())
    for pin in _pins(package.parent / "pyproject.toml"):
        h.update(f"pin {pin}\n".encode())
    return h.hexdigest()


def outputs_of(doc_id: str) -> tuple[str, str]:
    return f"documents/{doc_id}.json", f"text/{doc_id}.txt"


def load(out: Path) -> dict | None:
    """The manifest of an output folder, or None when there is none we can trust the shape of."""
    try:
        m = json.loads((out / NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    ok = (isinstance(m, dict) and m.get("manifest") == VERSION and isinstance(m.get("key"), str)
          and isinstance(m.get("sources"), dict) and isinstance(m.get("outputs"), dict)
          and all(isinstance(e, dict) and "doc_id" in e and "sha256" in e for e in m["sources"].values()))
    return m if ok else None


def files_of(folder: Path) -> list[str]:
    """Every file under folder (relative, '/'-separated), the manifest left out."""
    found = []
    root = os.path.join(folder, "")
    for top, dirs, names in os.walk(folder):
        dirs.sort()
        base = os.path.join(top, "")[len(root):].replace(os.sep, "/")  # "" or "documents/"
        found += [base + name for name in sorted(names) if base or name != NAME]
    return found


def verify(out: Path, manifest: dict) -> tuple[set[str], bool]:
    """The outputs whose bytes match the manifest, and whether the folder holds exactly
    those files and nothing else."""
    expected = manifest["outputs"]
    present = files_of(out)
    good = set()
    for rel in present:
        want = expected.get(rel)
        if want is not None:
            try:
                if sha256_file(os.path.join(out, rel)) == want:
                    good.add(rel)
            except OSError:
                pass
    return good, good == set(expected) and len(present) == len(good)


def dumps(manifest: dict) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(folder: Path, key: str, sources: dict[str, dict], known: dict[str, str] | None = None) -> None:
    """Hash what was written into `folder` and put the manifest beside it; `known`: hashes
    of files carried over unchanged (checked when the build was planned)."""
    known = known or {}
    outputs = {rel: known.get(rel) or sha256_file(folder / rel) for rel in files_of(folder)}
    text = dumps({"manifest": VERSION, "key": key, "sources": sources, "outputs": outputs})
    (folder / NAME).write_text(text, "utf-8", newline="")


@dataclass
class Plan:
    key: str
    tasks: list[tuple[str, str]] = field(default_factory=list)  # (raw path, doc_id) to read
    reuse: dict[str, dict] = field(default_factory=dict)  # raw path -> manifest entry kept
    digests: dict[str, str | None] = field(default_factory=dict)  # raw path -> sha256 (None: unreadable)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    old: dict | None = None  # the manifest found
    intact: bool = False  # the output folder is exactly what the manifest says
    reason: str = ""  # why every file is read, if so


def plan(raw: Path, out: Path, files: list[str], ids: dict[str, str], key: str, full: bool = False) -> Plan:
    """Which files to read and which results to keep from the output folder."""
    p = Plan(key=key)
    p.old = load(out) if out.is_dir() else None
    old = p.old["sources"] if p.old else {}
    good: set[str] = set()
    if p.old:
        good, p.intact = verify(out, p.old)
    if full:
        p.reason = "--full"
    elif not out.is_dir():
        p.reason = "no output folder yet"
    elif p.old is None:
        p.reason = f"no {NAME} to trust in the output folder"
    elif p.old["key"] != key:
        p.reason = "the pipeline's code or data changed"
    reusable = not p.reason
    for rel in files:
        try:
            digest = sha256_file(os.path.join(raw, rel))
        except OSError:
            digest = None  # unreadable: read again, the reader reports why
        p.digests[rel] = digest
        entry = old.get(rel)
        if entry is None or entry.get("sha256") is None:
            p.new += entry is None
            p.changed += entry is not None
        elif entry["sha256"] != digest:
            p.changed += 1
        else:
            p.unchanged += 1
        if reusable and entry is not None and digest is not None and entry["sha256"] == digest \
                and entry["doc_id"] == ids[rel] and _kept(entry, good):
            p.reuse[rel] = entry
        else:
            p.tasks.append((rel, ids[rel]))
    p.deleted = sum(1 for rel, e in old.items() if rel not in ids and e.get("sha256") is not None)
    return p


def _kept(entry: dict, good: set[str]) -> bool:
    if "error" in entry:
        return entry["error"] not in RETRY
    return all(rel in good for rel in outputs_of(entry["doc_id"]))
