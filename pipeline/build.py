"""The build: the only place that touches the file system. Reads every file under the raw
folder, extracts, validates and writes. A file that fails becomes a row in errors.csv and
the rest of the batch goes on."""
from __future__ import annotations

import os
import re
import sys
import time
import traceback
from dataclasses import dataclass, field, replace
from functools import partial
from importlib import import_module
from pathlib import Path, PurePosixPath

from pipeline import pool
from pipeline.assemble import document_record
from pipeline.errors import PipelineError
from pipeline.language import detect
from pipeline.pool import MB, Options, Outcome
from pipeline.readers import BINARY_READERS, read_document
from pipeline.tables import COLUMNS, rows_of
from pipeline.textnorm import fold
from pipeline.validate import problems
from pipeline.write import recover, write_outputs


@dataclass
class Result:
    records: list[dict] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)


def doc_ids(paths: list[str]) -> dict[str, str]:
    """Stable, unique, file-system-safe ids from relative paths (sorted, so collisions
    resolve the same way every time)."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for path in sorted(paths):
        stem = re.sub(r"[^a-z0-9._-]+", "-", fold(Path(path).stem)).strip("-._") or "doc"
        candidate, n = stem[:80], 2
        while candidate in used:
            candidate, n = f"{stem[:80]}-{n}", n + 1
        used.add(candidate)
        ids[path] = candidate
    return ids


def extract_one(data: bytes, path: str, doc_id: str) -> tuple[dict, str]:
    """Bytes of one file -> (validated document record, normalised text). Pure."""
    doc = read_document(data, path, doc_id)
    doc.language, doc.language_confidence = detect(doc.text)
    record = document_record(doc)
    issues = problems(record)
    if issues:
        raise PipelineError("validation", "; ".join(issues[:3]))
    return record, doc.text


def list_raw(raw: Path) -> tuple[list[str], list[dict]]:
    """Relative paths of the files to read, and error rows for entries we refuse."""
    files, errors = [], []
    root = raw.resolve()
    for p in sorted(raw.rglob("*")):
        rel = p.relative_to(raw).as_posix()
        if any(part.startswith(".") for part in p.relative_to(raw).parts):
            continue  # hidden files (.gitkeep, editor swap files)
        if p.is_symlink() and not p.resolve().is_relative_to(root):
            errors.append({"path": rel, "doc_id": None, "code": "unreadable",
                           "message": "symbolic link to a file outside the raw folder; not followed"})
            continue
        if p.is_file():
            files.append(rel)
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
    if tasks:
        detect("preload")
    for suffix in sorted({PurePosixPath(rel).suffix.lower() for rel, _ in tasks}):
        if suffix in BINARY_READERS:
            try:
                import_module(f"pipeline.readers.{BINARY_READERS[suffix]}")
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


def run(raw: Path, quiet: bool = False, options: Options | None = None) -> Result:
    options = options or Options()
    if quiet:
        options = replace(options, quiet=True)
    result = Result()
    files, result.errors = list_raw(raw)
    ids = doc_ids(files)
    outcomes = extract_files(raw, [(rel, ids[rel]) for rel in files], options)
    for rel in files:
        outcome = outcomes[rel]
        if outcome[0] == "ok":
            result.records.append(outcome[1])
            result.texts[ids[rel]] = outcome[2]
        else:
            result.errors.append({"path": rel, "doc_id": ids[rel], "code": outcome[1], "message": outcome[2]})
    return result


def build(raw: Path, out: Path, quiet: bool = False, options: Options | None = None) -> Result:
    started = time.monotonic()
    recover(out)  # a build killed mid-swap where the OS cannot swap atomically
    result = run(raw, quiet, options)
    tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for record in result.records:
        for name, rows in rows_of(record).items():
            tables[name].extend(rows)
    tables["errors"] = result.errors
    write_outputs(out, result.records, result.texts, tables)
    if not quiet:
        print(f"{len(result.records) + len(result.errors)} files: {len(result.records)} extracted, "
              f"{len(result.errors)} failed; {sum(len(r['projects']) for r in result.records)} projects, "
              f"{len(tables['partners'])} partners, {len(tables['events'])} events; "
              f"{time.monotonic() - started:.1f} s -> {out}", file=sys.stderr)
    return result
