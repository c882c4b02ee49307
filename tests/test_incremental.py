"""Incremental builds: the manifest in the output folder decides what is read again (by
content hash), and an incremental build gives the bytes a build from scratch gives."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import build as B
from pipeline import cache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p.name for p in (ROOT / "raw").glob("*.txt"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture
def calls(monkeypatch):
    """The tasks every build hands to extract_files, one list per build."""
    seen: list[list[tuple[str, str]]] = []
    real = B.extract_files

    def spy(raw, tasks, options):
        seen.append(list(tasks))
        return real(raw, tasks, options)

    monkeypatch.setattr(B, "extract_files", spy)
    return seen


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The seeds and a file that fails, built once from scratch."""
    root = tmp_path_factory.mktemp("base")
    raw = root / "raw"
    shutil.copytree(ROOT / "raw", raw)
    (raw / "empty.txt").write_bytes(b"")
    B.build(raw, root / "out", quiet=True)
    return root


@pytest.fixture
def work(base, tmp_path):
    """A copy of the base raw/ and out/ (fresh modification times) to change."""
    for name in ("raw", "out"):
        shutil.copytree(base / name, tmp_path / name, copy_function=shutil.copyfile)
    return tmp_path


def from_scratch(raw: Path, tmp: Path) -> dict[str, bytes]:
    out = tmp / "scratch"
    B.build(raw, out, quiet=True)
    return snapshot(out)


def doc_id_of(out: Path, rel: str) -> str:
    return json.loads((out / cache.NAME).read_text())["sources"][rel]["doc_id"]


def test_the_manifest_lists_sources_outputs_and_the_key(base):
    m = json.loads((base / "out" / cache.NAME).read_text("utf-8"))
    assert m["key"] == cache.code_key()
    assert sorted(m["sources"]) == sorted(SEEDS + ["empty.txt"])
    assert m["sources"]["empty.txt"] == {"doc_id": "empty", "error": "empty", "message": m["sources"]["empty.txt"]["message"],
                                         "sha256": cache.sha256_bytes(b"")}
    seed = m["sources"][SEEDS[0]]
    assert seed == {"doc_id": Path(SEEDS[0]).stem, "sha256": cache.sha256_file(base / "raw" / SEEDS[0])}
    assert set(m["outputs"]) == set(cache.files_of(base / "out"))
    for rel, digest in m["outputs"].items():
        assert cache.sha256_file(base / "out" / rel) == digest
    text = (base / "out" / cache.NAME).read_text("utf-8")
    assert str(base) not in text and "time" not in text


def test_touch_reads_nothing_and_writes_nothing(base, calls, tmp_path):
    out = base / "out"
    before, files = stats(out), snapshot(out)
    for p in (base / "raw").iterdir():
        os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10**10))
    s = B.build(base / "raw", out, quiet=True)
    assert calls == [] and s.read == 0 and not s.written
    assert (s.documents, s.unchanged, s.new, s.changed, s.deleted, s.failed) == (6, 6, 0, 0, 0, 1)
    assert stats(out) == before and snapshot(out) == files


def test_a_fresh_copy_with_new_mtimes_reads_nothing(base, work, calls):
    before = stats(work / "out")
    s = B.build(work / "raw", work / "out", quiet=True)
    assert calls == [] and not s.written
    assert stats(work / "out") == before
    assert snapshot(work / "out") == snapshot(base / "out")


def test_a_changed_file_alone_is_read_and_the_result_equals_a_full_build(work, calls, tmp_path):
    raw, out = work / "raw", work / "out"
    changed = raw / SEEDS[2]
    changed.write_bytes(changed.read_bytes() + b"\nThe project budget is EUR 1,250,000.\n")
    s = B.build(raw, out, quiet=True)
    assert calls == [[(SEEDS[2], Path(SEEDS[2]).stem)]]
    assert (s.read, s.changed, s.unchanged, s.new, s.written) == (1, 1, 5, 0, True)
    assert json.loads((out / cache.NAME).read_text())["sources"][SEEDS[2]]["sha256"] == cache.sha256_file(changed)
    assert snapshot(out) == from_scratch(raw, tmp_path)


def test_a_new_file_alone_is_read(work, calls, tmp_path):
    raw, out = work / "raw", work / "out"
    (raw / "new").mkdir()
    shutil.copyfile(ROOT / "tests" / "gold" / "de_81_borderlabs-ce.txt", raw / "new" / "de.txt")
    s = B.build(raw, out, quiet=True)
    assert calls == [[("new/de.txt", "de")]]
    assert (s.new, s.unchanged, s.read) == (1, 6, 1)
    assert (out / "documents" / "de.json").exists()
    assert snapshot(out) == from_scratch(raw, tmp_path)


def test_a_deleted_file_loses_its_rows(work, calls, tmp_path):
    raw, out = work / "raw", work / "out"
    gone = Path(SEEDS[1]).stem
    assert gone in (out / "partners.csv").read_text() + (out / "projects.csv").read_text()
    (raw / SEEDS[1]).unlink()
    s = B.build(raw, out, quiet=True)
    assert calls == [] and s.deleted == 1 and s.written
    for name in snapshot(out):
        assert gone not in name
        assert gone not in (out / name).read_text("utf-8"), name
    assert snapshot(out) == from_scratch(raw, tmp_path)


def test_a_code_change_reads_everything(work, calls, monkeypatch):
    monkeypatch.setattr(cache, "code_key", lambda package=cache.PACKAGE: "0" * 64)
    s = B.build(work / "raw", work / "out", quiet=True)
    assert sorted(rel for rel, _ in calls[0]) == sorted(SEEDS + ["empty.txt"])
    assert s.read == 6 and s.reason == "the pipeline's code or data changed"
    assert json.loads((work / "out" / cache.NAME).read_text())["key"] == "0" * 64


def test_the_code_key_covers_code_lexicons_schemas_and_pins_but_not_tooling(tmp_path):
    shutil.copytree(ROOT / "pipeline", tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "pipeline"
    key = cache.code_key(package)
    assert key == cache.code_key(ROOT / "pipeline")  # the key does not depend on where the code is
    for rel in ["extractors/budgets.py", "lexicons/cues/cs.toml", "lexicons/generated/towns.json",
                "readers/boilerplate.toml", "../schemas/document.schema.json", "../pyproject.toml"]:
        path = package / rel
        saved = path.read_bytes()
        path.write_bytes(saved.replace(b"==", b"== ") if rel.endswith("pyproject.toml") else saved + b"\n")
        assert cache.code_key(package) != key, rel
        path.write_bytes(saved)
    (package / "cli.py").write_bytes((package / "cli.py").read_bytes() + b"\n# a comment\n")
    (package / "bench.py").write_bytes(b"")
    assert cache.code_key(package) == key


def test_a_new_file_that_takes_an_existing_id_rekeys_it(tmp_path, calls):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copyfile(ROOT / "raw" / SEEDS[0], raw / "report.txt")
    shutil.copyfile(ROOT / "raw" / SEEDS[3], raw / "report.md")
    B.build(raw, out, quiet=True)
    assert (doc_id_of(out, "report.md"), doc_id_of(out, "report.txt")) == ("report", "report-2")
    # "a/report.txt" sorts first and takes the id "report"; the two others move up one
    (raw / "a").mkdir()
    shutil.copyfile(ROOT / "raw" / SEEDS[4], raw / "a" / "report.txt")
    calls.clear()
    B.build(raw, out, quiet=True)
    assert sorted(calls[0]) == [("a/report.txt", "report"), ("report.md", "report-2"), ("report.txt", "report-3")]
    assert json.loads((out / "documents" / "report-3.json").read_text())["source"]["path"] == "report.txt"
    assert "report-3#" in (out / "projects.csv").read_text()
    assert snapshot(out) == from_scratch(raw, tmp_path)


def test_a_damaged_folder_is_repaired(base, work, calls, tmp_path):
    raw, out = work / "raw", work / "out"
    edited, lost = Path(SEEDS[0]).stem, Path(SEEDS[3]).stem
    doc = out / "documents" / f"{edited}.json"
    doc.write_text(doc.read_text().replace('"language": "', '"language": "x'))
    (out / "text" / f"{lost}.txt").unlink()
    (out / "partners.csv").write_text("hand-edited\n")
    (out / "notes.txt").write_text("not ours\n")
    B.build(raw, out, quiet=True)
    assert calls == [[(SEEDS[0], edited), (SEEDS[3], lost)]]
    assert snapshot(out) == snapshot(base / "out")
    # without a manifest nothing in the folder is trusted
    (out / cache.NAME).unlink()
    calls.clear()
    s = B.build(raw, out, quiet=True)
    assert len(calls[0]) == 6 and s.reason.startswith("no manifest.json")
    assert snapshot(out) == snapshot(base / "out")


def test_a_missing_output_folder_is_built_whole(base, work, calls):
    shutil.rmtree(work / "out")
    s = B.build(work / "raw", work / "out", quiet=True)
    assert len(calls[0]) == 6 and (s.new, s.read) == (6, 6)
    assert snapshot(work / "out") == snapshot(base / "out")


def test_errors_are_remembered_unless_they_depend_on_the_machine(work, calls, monkeypatch):
    raw, out = work / "raw", work / "out"
    (raw / "scan.txt").write_text("Projekt ChemClust.\n")
    real = B.read_one

    def no_ocr(raw_, rel, doc_id, max_size):  # as if Tesseract were not installed
        if rel == "scan.txt":
            return ("error", "ocr-unavailable", "install tesseract-ocr")
        return real(raw_, rel, doc_id, max_size)

    monkeypatch.setattr(B, "read_one", no_ocr)
    B.build(raw, out, quiet=True)
    assert calls == [[("scan.txt", "scan")]]
    assert "scan.txt,scan,ocr-unavailable" in (out / "errors.csv").read_text()
    calls.clear()
    before = stats(out)
    s = B.build(raw, out, quiet=True)  # tried again ("empty.txt" is not): same error, nothing written
    assert calls == [[("scan.txt", "scan")]] and not s.written and stats(out) == before
    monkeypatch.setattr(B, "read_one", real)  # Tesseract installed now
    calls.clear()
    s = B.build(raw, out, quiet=True)
    assert calls == [[("scan.txt", "scan")]] and s.written and s.failed == 1
    assert "ocr-unavailable" not in (out / "errors.csv").read_text()


def test_full_reads_everything_and_writes_the_same_bytes(base, work, calls):
    s = B.build(work / "raw", work / "out", quiet=True, full=True)
    assert len(calls[0]) == 6 and s.reason == "--full" and not s.written
    assert snapshot(work / "out") == snapshot(base / "out")


def test_the_last_line_counts_and_quiet_prints_nothing(work, capsys):
    raw, out = work / "raw", work / "out"
    (raw / SEEDS[0]).unlink()
    (raw / "blank.txt").write_text("  \n")
    B.build(raw, out)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("6 documents: 1 new, 0 changed, 5 unchanged, 1 deleted; 1 read, 2 failed; ")
    assert f"records written -> {out}" in err[0] and err[0].endswith(" s")
    B.build(raw, out)
    assert "nothing written" in capsys.readouterr().err
    B.build(raw, out, quiet=True, full=True)
    assert capsys.readouterr() == ("", "")


def test_a_build_with_nothing_to_do_imports_no_reader_spacy_or_pandas(base):
    code = ("import sys; from pathlib import Path; from pipeline.build import build; "
            f"s = build(Path({str(base / 'raw')!r}), Path({str(base / 'out')!r}), quiet=True); "
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'spacy', 'pypdfium2', 'bs4') "
            "or m.startswith('pipeline.readers')); print(s.read, s.written, heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "0 False []", done.stderr


def test_list_raw_skips_hidden_entries_and_refuses_links_out(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    for rel in ["z.txt", "a-c.txt", "a/b/c.txt", "a/d.md", ".hid/x/y.txt", "a/.swp", "A.txt", "a/b/.k/e.txt"]:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text("x")
    outside.mkdir()
    (outside / "f.txt").write_text("x")
    (raw / "out.txt").symlink_to(outside / "f.txt")
    (raw / "outdir").symlink_to(outside)
    (raw / "a" / "in.txt").symlink_to(raw / "z.txt")
    (raw / "indir").symlink_to(raw / "a")  # a folder inside: not walked twice
    (raw / ".hidlink").symlink_to(outside / "f.txt")
    files, errors = B.list_raw(raw)
    assert files == ["A.txt", "a/b/c.txt", "a/d.md", "a/in.txt", "a-c.txt", "z.txt"]
    assert [(e["path"], e["code"]) for e in errors] == [("out.txt", "unreadable"), ("outdir", "unreadable")]
