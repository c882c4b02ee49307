"""The build end to end: outputs, determinism, bad input isolated, CLI behaviour."""
import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build import build

ROOT = Path(__file__).resolve().parent.parent
TABLES = ["documents", "projects", "partners", "budgets", "activities", "events", "errors"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "extracted"
    build(ROOT / "raw", out, quiet=True)
    return out


def test_outputs_follow_the_contract(built):
    for name in TABLES:
        assert (built / f"{name}.csv").exists(), name
    assert json.loads((built / "datapackage.json").read_text())["resources"][0]["name"] == "documents"
    docs = read_csv(built / "documents.csv")
    assert len(docs) == 5
    for row in docs:
        rec = json.loads((built / "documents" / f"{row['doc_id']}.json").read_text("utf-8"))
        assert rec["source"]["path"] == row["path"]
        assert (built / rec["text_path"]).exists()
    assert read_csv(built / "errors.csv") == []


def test_csv_rows_carry_evidence_that_matches_the_text(built):
    for row in read_csv(built / "partners.csv") + read_csv(built / "budgets.csv"):
        text = (built / "text" / f"{row['doc_id']}.txt").read_text("utf-8")
        assert text[int(row["start"]):int(row["end"])] == row["evidence"]


def test_two_builds_are_byte_identical(built, tmp_path):
    again = tmp_path / "again"
    build(ROOT / "raw", again, quiet=True)
    assert snapshot(again) == snapshot(built)


def test_bad_files_become_error_rows_and_the_batch_survives(built, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_text("   \n\n \n")
    (raw / "sheet.xyz").write_bytes(b"PK\x03\x04 not ours")
    (raw / "outside.txt").symlink_to("/etc/hostname")
    (raw / "empty.docx").write_bytes(b"")
    (raw / "fake.pdf").write_bytes(b"not a PDF at all")
    (raw / "noise.html").write_bytes(bytes(range(256)) * 20)
    (raw / "cut.pptx").write_bytes(b"PK\x03\x04\x14\x00 truncated zip")
    out = tmp_path / "out"
    build(raw, out, quiet=True)
    errors = {(r["path"], r["code"]) for r in read_csv(out / "errors.csv")}
    assert errors == {("binary.txt", "decode"), ("empty.txt", "empty"), ("blank.txt", "empty"),
                      ("sheet.xyz", "unsupported-format"), ("outside.txt", "unreadable"),
                      ("empty.docx", "empty"), ("fake.pdf", "unreadable"), ("noise.html", "decode"),
                      ("cut.pptx", "unreadable")}
    for name in snapshot(built):
        if name.startswith("documents/") or name.startswith("text/"):
            assert (out / name).read_bytes() == (built / name).read_bytes(), name


def test_a_record_that_fails_its_schema_is_an_error_row(tmp_path, monkeypatch):
    import pipeline.build as b

    real = b.document_record

    def broken(doc):
        rec = real(doc)
        rec["language_confidence"] = 7  # out of range
        return rec

    monkeypatch.setattr(b, "document_record", broken)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next((ROOT / "raw").glob("002*")), raw)
    build(raw, tmp_path / "out", quiet=True)
    rows = read_csv(tmp_path / "out" / "errors.csv")
    assert [(r["code"], "language_confidence" in r["message"]) for r in rows] == [("validation", True)]
    assert list((tmp_path / "out" / "documents").iterdir()) == []


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_help_explains_every_option():
    out = cli("build", "--help").stdout
    for option in ("--raw", "--out", "--quiet"):
        assert option in out


def test_cli_usage_errors_exit_non_zero(tmp_path):
    r = cli("build")
    assert r.returncode == 2 and r.stderr.startswith("error:") and r.stderr.count("\n") == 1
    r = cli("build", "--raw", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0


def test_cli_unwritable_output_exits_non_zero(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = cli("build", "--raw", str(ROOT / "raw"), "--out", str(blocker / "sub"), "--quiet")
    assert r.returncode == 1 and r.stderr.startswith("error: cannot write")
