"""The build: the only place that touches the file system. Lists the raw folder, reads the
files whose content changed since the last build (pipeline/cache.py: the manifest in the
output folder), validates and writes. A file that fails becomes a row in errors.csv and the
rest of the batch goes on.

The readers, spaCy and pandas are imported only when a file must be read or the folder
written: a build with nothing to do costs little more than hashing raw/."""
from __future__ import annotations

import importlib
import json
import os
import re
import sys
import time
import traceback
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path, PurePosixPath

from pipeline import cache, pool
from pipeline.errors import PipelineError
from pipeline.pool import MB, Options, Outcome
from pipeline.textnorm import fold
from pipeline.write import recover


@dataclass
class Summary:
    documents: int = 0  # files in raw/ (refused ones included)
    read: int = 0  # files read this time
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0  # rows in errors.csv
    records: int = 0  # rows of the data tables written (0 when nothing was written)
    written: bool = False
    seconds: float = 0.0
    reason: str = ""  # why every file was read, if so

    def line(self, out: Path) -> str:
        why = f" ({self.reason})" if self.reason and self.read else ""
        wrote = (f"{self.records} records written -> {out}" if self.written
                 else f"nothing written ({out} is up to date)")
        return (f"{self.documents} documents: {self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
                f"{self.deleted} deleted; {self.read} read{why}, {self.failed} failed; {wrote}; "
                f"{self.seconds:.1f} s")


def doc_ids(paths: list[str]) -> dict[str, str]:
    """Stable, unique, file-system-safe ids from relative paths (sorted, so collisions
    resolve the same way every time)."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for path in sorted(paths):
        stem = re.sub(r"[^a-z0-9._-]+", "-", fold(Path(path).stem)).strip("-._") or "doc"
        stem = stem[:80].rstrip("-._") or "doc"  # a cut must not leave a trailing "-"
        candidate, n = stem, 2
        while candidate in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate)
        ids[path] = candidate
    return ids


# The stages, imported on first use (build.read_document and the rest still work, and can
# be replaced by tests and the bench): a build that reads nothing does not load them.
_STAGES = {"read_document": "pipeline.readers", "detect": "pipeline.language",
           "document_record": "pipeline.assemble", "problems": "pipeline.validate"}


def __getattr__(name: str):
    if name in _STAGES:
        globals()[name] = getattr(importlib.import_module(_STAGES[name]), name)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _stage(name: str):
    return globals().get(name) or __getattr__(name)


def extract_one(data: bytes, path: str, doc_id: str) -> tuple[dict, str]:
    """Bytes of one file -> (validated document record, normalised text). Pure."""
    doc = _stage("read_document")(data, path, doc_id)
    doc.language, doc.language_confidence = _stage("detect")(doc.text)
    record = _stage("document_record")(doc)
    issues = _stage("problems")(record)
    if issues:
        raise PipelineError("validation", "; ".join(issues[:3]))
    return record, doc.text


def list_raw(raw: Path) -> tuple[list[str], list[dict]]:
    """Relative paths of the files to read, and error rows for entries we refuse. (os.walk,
    not Path.rglob: a build with nothing to do spends its time here and in hashing.)"""
    files, errors = [], []
    root = raw.resolve()
    for top, dirs, names in os.walk(raw):  # does not descend into linked folders
        base = Path(top).relative_to(raw).as_posix()
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders and what they hold
        for name in dirs + names:
            if name.startswith("."):
                continue  # hidden files (.gitkeep, editor swap files)
            path = os.path.join(top, name)
            rel = name if base == "." else f"{base}/{name}"
            if os.path.islink(path) and not Path(path).resolve().is_relative_to(root):
                errors.append({"path": rel, "doc_id": None, "code": "unreadable",
                               "message": "symbolic link to a file outside the raw folder; not followed"})
            elif name in names and os.path.isfile(path):
                files.append(rel)
    files.sort(key=lambda rel: rel.split("/"))
    errors.sort(key=lambda row: row["path"].split("/"))
    return files, errors


def read_one(raw: Path, rel: str, doc_id: str, max_size: int) -> Outcome:
    """Read and extract one file (run in a worker process): ("ok", record, text) or
    ("error", code, message). A file over `max_size` MB is refused before it is read."""
    try:
        with open(raw / rel, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_size * MB:
                return ("error", "too-large", f"the file is {size / MB:.1f} MB; the limit is {max_size} MB "
                                              "(--max-size)")
            data = fh.read(max_size * MB + 1)
        if len(data) > max_size * MB:  # grew while we looked
            return ("error", "too-large", f"the file is over the limit of {max_size} MB (--max-size)")
        record, text = extract_one(data, rel, doc_id)
        return ("ok", record, text)
    except PipelineError as e:
        return ("error", e.code, e.message)
    except OSError as e:
        return ("error", "unreadable", str(e))
    except MemoryError:
        raise  # the pool makes it a `memory` row and replaces the worker
    except Exception as e:  # a bug in a reader or extractor must not stop the batch
        where = traceback.extract_tb(e.__traceback__)[-1]
        return ("error", "internal", f"{type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})")


def _preload(tasks: list[tuple[str, str]]) -> None:
    """Load what every worker needs before they fork, so that they share it instead of
    each loading its own: the language profiles (1.7 s) and the readers the files need."""
    if not tasks:
        return
    from pipeline.readers import BINARY_READERS

    _stage("detect")("preload")
    for suffix in sorted({PurePosixPath(rel).suffix.lower() for rel, _ in tasks}):
        if suffix in BINARY_READERS:
            try:
                importlib.import_module(f"pipeline.readers.{BINARY_READERS[suffix]}")
            except Exception:  # noqa: BLE001 - the worker reports it, file by file
                pass


def extract_files(raw: Path, tasks: list[tuple[str, str]], options: Options) -> dict[str, Outcome]:
    """tasks = [(rel_path, doc_id)] -> {rel_path: Outcome}, read by a pool of workers (pool.py)
    under the per-file limits in `options`."""
    _preload(tasks)
    progress = None
    if not options.quiet and sys.stderr.isatty() and len(tasks) > 3:
        from tqdm import tqdm
        progress = tqdm(total=len(tasks), unit="doc", file=sys.stderr, leave=False)
    try:
        return pool.run(partial(read_one, raw, max_size=options.max_size),
                        [(rel, (rel, doc_id)) for rel, doc_id in tasks], options, progress)
    finally:
        if progress:
            progress.close()


def _record_bytes(record: dict) -> dict:
    """The record as it will be read back from its JSON file, so that a build from cached
    records and one from fresh records give the same tables."""
    return json.loads(json.dumps(record, ensure_ascii=False))


def run(raw: Path, out: Path, options: Options, full: bool = False) -> tuple[cache.Plan, dict[str, dict], dict]:
    """Plan against out's manifest and read what must be read: (plan, manifest sources of
    the new build, {raw path: (record, text)} of the files read and extracted)."""
    files, refused = list_raw(raw)
    ids = doc_ids(files)
    plan = cache.plan(raw, out, files, ids, cache.code_key(), full)
    outcomes = extract_files(raw, plan.tasks, options) if plan.tasks else {}
    sources: dict[str, dict] = {}
    fresh: dict[str, tuple[dict, str]] = {}
    for row in refused:
        sources[row["path"]] = {"doc_id": row["doc_id"], "sha256": None, "error": row["code"], "message": row["message"]}
    for rel in files:
        if rel in plan.reuse:
            sources[rel] = plan.reuse[rel]
            continue
        outcome = outcomes[rel]
        if outcome[0] == "ok":
            record = _record_bytes(outcome[1])
            fresh[rel] = (record, outcome[2])
            sources[rel] = {"doc_id": ids[rel], "sha256": record["source"]["sha256"]}
        else:  # the hash the plan took, so that an unchanged failed file is not read again
            sources[rel] = {"doc_id": ids[rel], "sha256": plan.digests[rel], "error": outcome[1],
                            "message": outcome[2]}
    return plan, dict(sorted(sources.items())), fresh


def build(raw: Path, out: Path, quiet: bool = False, full: bool = False, options: Options | None = None) -> Summary:
    """Bring `out` up to date with `raw`; rewrite it (as a whole) only if something changed."""
    started = time.monotonic()
    options = options or Options()
    if quiet:
        options = replace(options, quiet=True)
    recover(out)  # a build killed mid-swap where the OS cannot swap atomically
    plan, sources, fresh = run(raw, out, options, full)
    s = Summary(documents=len(sources), read=len(plan.tasks), new=plan.new, changed=plan.changed,
                unchanged=plan.unchanged, deleted=plan.deleted, reason=plan.reason,
                failed=sum(1 for e in sources.values() if "error" in e))
    if not (plan.intact and plan.old["key"] == plan.key and plan.old["sources"] == sources):
        s.records = _write(out, plan, sources, fresh)
        s.written = True
    s.seconds = time.monotonic() - started
    if not options.quiet:
        print(s.line(out), file=sys.stderr)
    return s


def _write(out: Path, plan: cache.Plan, sources: dict[str, dict], fresh: dict[str, tuple[dict, str]]) -> int:
    """Tables from every document's record (fresh, or read back from out), the whole folder
    replaced at once; the number of data rows written."""
    from pipeline.tables import COLUMNS, rows_of
    from pipeline.write import write_outputs

    records, texts, errors, keep = [], {}, [], []
    tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for rel, entry in sources.items():
        if "error" in entry:
            errors.append({"path": rel, "doc_id": entry["doc_id"], "code": entry["error"], "message": entry["message"]})
            continue
        if rel in fresh:
            record, texts[entry["doc_id"]] = fresh[rel]
            records.append(record)
        else:  # kept: its files matched the manifest's hashes; carried over as they are
            doc, txt = cache.outputs_of(entry["doc_id"])
            record = json.loads((out / doc).read_text("utf-8"))
            keep += [doc, txt]
        for name, rows in rows_of(record).items():
            tables[name].extend(rows)
    tables["errors"] = errors
    known = {rel: plan.old["outputs"][rel] for rel in keep}
    write_outputs(out, records, texts, tables, finish=lambda tmp: cache.write(tmp, plan.key, sources, known), keep=keep)
    return sum(len(rows) for name, rows in tables.items() if name != "errors")
