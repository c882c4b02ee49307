"""The build: the only place that touches the file system. Reads every file under the raw
folder, extracts, validates and writes. A file that fails becomes a row in errors.csv and
the rest of the batch goes on."""
from __future__ import annotations

import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.assemble import document_record
from pipeline.errors import PipelineError
from pipeline.language import detect
from pipeline.readers import read_document
from pipeline.tables import COLUMNS, rows_of
from pipeline.textnorm import fold
from pipeline.validate import problems
from pipeline.write import write_outputs


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


def run(raw: Path, quiet: bool = False) -> Result:
    result = Result()
    files, result.errors = list_raw(raw)
    ids = doc_ids(files)
    progress = None
    if not quiet and sys.stderr.isatty() and len(files) > 3:
        from tqdm import tqdm
        progress = tqdm(total=len(files), unit="doc", file=sys.stderr)
    for rel in files:
        doc_id = ids[rel]
        try:
            data = (raw / rel).read_bytes()
            record, text = extract_one(data, rel, doc_id)
            result.records.append(record)
            result.texts[doc_id] = text
        except PipelineError as e:
            result.errors.append({"path": rel, "doc_id": doc_id, "code": e.code, "message": e.message})
        except OSError as e:
            result.errors.append({"path": rel, "doc_id": doc_id, "code": "unreadable", "message": str(e)})
        except Exception as e:  # a bug in a reader or extractor must not stop the batch
            where = traceback.extract_tb(e.__traceback__)[-1]
            result.errors.append({"path": rel, "doc_id": doc_id, "code": "internal",
                                  "message": f"{type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})"})
        if progress:
            progress.update()
    if progress:
        progress.close()
    return result


def build(raw: Path, out: Path, quiet: bool = False) -> Result:
    started = time.monotonic()
    result = run(raw, quiet)
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
