"""Write the outputs: deterministic bytes, sorted rows, and the whole folder replaced at once
(built in a temporary folder beside it, then renamed into place)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from pipeline.tables import COLUMNS, KEYS, datapackage


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _natural(value) -> tuple:
    """Sort key that puts '2' before '10' and '1.2' before '1.10'."""
    if value is None or value == "":
        return (0, ())
    if isinstance(value, (int, float)):
        return (1, (value,))
    parts = str(value).split(".")
    if all(p.isdigit() for p in parts):
        return (1, tuple(int(p) for p in parts))
    return (2, (str(value),))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_csv(name: str, rows: list[dict]) -> str:
    """The bytes pandas' to_csv wrote (it writes with the csv module, as here), without
    importing pandas: an incremental build must start fast."""
    cols = [c for c, _ in COLUMNS[name]]
    rows = sorted(rows, key=lambda r: tuple(_natural(r.get(k)) for k in KEYS[name]))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(cols)
    writer.writerows([_cell(r.get(c)) for c in cols] for r in rows)
    return buf.getvalue()


def _carry(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # the old folder is removed after the swap: the link is the file
    except OSError:
        shutil.copyfile(source, target)


def write_outputs(out: Path, records: list[dict], texts: dict[str, str], tables: dict[str, list[dict]],
                  finish: Callable[[Path], None] | None = None, keep: list[str] = ()) -> None:
    """`keep`: files of the current folder carried into the new one as they are (an
    incremental build's unchanged documents and texts). `finish(folder)` runs on the
    complete new folder before it replaces the old one (the build puts its manifest there)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (tmp / "documents").mkdir()
        (tmp / "text").mkdir()
        for rel in keep:
            _carry(out / rel, tmp / rel)
        for rec in records:
            (tmp / "documents" / f"{rec['doc_id']}.json").write_text(dumps(rec), "utf-8")
        for doc_id, text in texts.items():
            (tmp / "text" / f"{doc_id}.txt").write_text(text, "utf-8", newline="")
        for name in COLUMNS:
            (tmp / f"{name}.csv").write_text(table_csv(name, tables.get(name, [])), "utf-8", newline="")
        (tmp / "datapackage.json").write_text(dumps(datapackage()), "utf-8")
        if finish:
            finish(tmp)
        os.chmod(tmp, 0o755)
        old = out.with_name(f".{out.name}.old")
        if old.exists():
            shutil.rmtree(old)
        if out.exists():
            os.rename(out, old)
        os.rename(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
