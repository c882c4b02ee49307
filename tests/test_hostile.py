"""Issue 6, hostile input: the generated corpus (tests/hostile/generate.py) built together
with copies of the seeds. Every bad file gets its error code, every odd but valid file is
read, the seeds' records do not change, nothing reaches the network or leaves raw/, and
the build exits 0 within the sum of the limits and under 2 GB."""
from __future__ import annotations

import csv
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.build import extract_one
from pipeline.errors import CODES, PipelineError
from pipeline.pool import Options
from tests.hostile.generate import CORPUS, EVIL_NAME, OK_MARK, SECRET_TOKEN, generate, html_remote
from tests.hostile.guard import install

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p for p in (ROOT / "raw").iterdir() if p.is_file() and not p.name.startswith("."))
# The per-file time limit the build runs under (the default of pool.Options, in the README's
# "Limits"); the build must finish within that for every file, together.
PER_FILE_SECONDS = Options().timeout
MAX_RSS_BYTES = 2 * 1024 ** 3


def _build(raw: Path, out: Path, network_log: Path, timeout: float) -> tuple[int, float]:
    """Build in a child process under the socket guard: (exit status, seconds)."""
    code = (f"import sys; from tests.hostile.guard import install; install({str(network_log)!r}); "
            f"from pipeline.cli import main; sys.exit(main(['build', '--raw', {str(raw)!r}, "
            f"'--out', {str(out)!r}, '--quiet']))")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=timeout,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(raw.parent)})
    return done.returncode, time.monotonic() - started


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds_raw, raw = root / "seeds", root / "raw"
    for folder in (seeds_raw, raw):
        folder.mkdir()
        for seed in SEEDS:
            shutil.copy(seed, folder / seed.name)
    cases = generate(raw, root / "outside")
    files = sum(1 for p in raw.rglob("*") if p.is_symlink() or not p.is_dir())
    status, seconds = _build(raw, root / "out", root / "network.log", timeout=PER_FILE_SECONDS * files)
    seeds_status, _ = _build(seeds_raw, root / "seeds-out", root / "network.log",
                             timeout=PER_FILE_SECONDS * len(SEEDS))
    print(f"\nhostile build: {files} files ({len(SEEDS)} seeds) in {seconds:.1f} s, exit {status}", file=sys.stderr)
    return {"root": root, "out": root / "out", "seeds_out": root / "seeds-out", "cases": cases,
            "status": status, "seeds_status": seeds_status, "seconds": seconds, "files": files}


def _errors(out: Path) -> set[tuple[str, str]]:
    with (out / "errors.csv").open(encoding="utf-8", newline="") as f:
        return {(row["path"], row["code"]) for row in csv.DictReader(f)}


def _records(out: Path) -> dict[str, dict]:
    return {json.loads(p.read_text("utf-8"))["source"]["path"]: json.loads(p.read_text("utf-8"))
            for p in (out / "documents").glob("*.json")}


def test_corpus_is_large_enough_and_uses_known_codes():
    assert len(CORPUS) >= 30
    assert len({c.name for c in CORPUS}) == len(CORPUS)
    assert all(c.expected == "ok" or c.expected in CODES for c in CORPUS)
    assert sum(c.expected != "ok" for c in CORPUS) >= 30


def test_build_exits_0_within_the_limits(built):
    assert built["status"] == 0
    assert built["seeds_status"] == 0
    assert built["seconds"] < PER_FILE_SECONDS * built["files"]


def test_peak_memory_under_2_gb(built):
    # the children are the two builds (and anything else this session ran: an upper bound)
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # KiB on Linux
    assert peak < MAX_RSS_BYTES, f"peak {peak / 2 ** 20:.0f} MiB"


def test_each_bad_file_gets_its_code(built):
    expected = {(c.name, c.expected) for c in CORPUS if c.expected != "ok"}
    assert _errors(built["out"]) == expected  # nothing else failed: no seed, no "ok" file


def test_odd_but_valid_files_are_read(built):
    records = _records(built["out"])
    for case in (c for c in CORPUS if c.expected == "ok"):
        assert case.name in records, case.name
        doc_id = records[case.name]["doc_id"]
        assert "/" not in doc_id and "\n" not in doc_id and not doc_id.startswith(".")
        text = (built["out"] / "text" / f"{doc_id}.txt").read_text("utf-8")
        assert case.must_hold in text, case.name
        assert "lollol" not in text  # no entity was expanded


def test_seed_records_are_those_of_a_build_of_the_seeds_alone(built):
    alone, together = _records(built["seeds_out"]), _records(built["out"])
    assert sorted(alone) == [s.name for s in SEEDS]
    for path, record in alone.items():
        assert together[path] == record, path
        doc_id = record["doc_id"]
        assert (built["out"] / "text" / f"{doc_id}.txt").read_bytes() == \
               (built["seeds_out"] / "text" / f"{doc_id}.txt").read_bytes()


def test_nothing_fetched_and_nothing_leaves_raw(built):
    root = built["root"]
    assert not (root / "network.log").exists(), (root / "network.log").read_text("utf-8")
    # no member name became a file, anywhere near the build or in /tmp
    assert not list(root.rglob(EVIL_NAME)) and not Path("/tmp", EVIL_NAME).exists()
    # the file the external entity and the symbolic link point at never reaches the output
    for path in built["out"].rglob("*"):
        if path.is_file():
            assert SECRET_TOKEN.encode() not in path.read_bytes(), path


def test_remote_references_are_not_fetched_in_process(tmp_path, monkeypatch):
    """The same guard around the reader itself, whatever the build's worker model."""
    log = tmp_path / "network.log"
    with monkeypatch.context() as m:
        import socket

        for name in ("create_connection", "getaddrinfo", "gethostbyname"):
            m.setattr(socket, name, getattr(socket, name))
        for name in ("connect", "connect_ex", "sendto"):
            m.setattr(socket.socket, name, getattr(socket.socket, name))
        install(log)
        record, text = extract_one(html_remote(), "remote.html", "remote")
    assert OK_MARK in text and "203.0.113.7" not in text
    assert not log.exists()


@pytest.mark.parametrize("case", [c for c in CORPUS if c.expected not in ("ok",) and c.make is not None
                                  and c.expected in ("too-large", "unreadable", "decode", "encrypted", "empty")],
                         ids=lambda c: c.name)
def test_refused_fast_in_process(case, tmp_path):
    """Each refusal is the reader's own, not a limit's: seconds, not the time limit."""
    data = case.make(tmp_path)
    started = time.monotonic()
    with pytest.raises(PipelineError) as err:
        extract_one(data, case.name, "x")
    assert err.value.code == case.expected
    assert "\n" not in err.value.message
    assert time.monotonic() - started < 20


def test_pdfminer_has_the_cmap_code_execution_fix():
    """CVE-2025-64512 (GHSA-wf5f-4jwr-ppcp): pdfminer.six loaded CMaps with pickle, so a PDF
    naming a crafted CMap could run code; 20251230 stores CMaps as JSON (PR #1172)."""
    from importlib.metadata import version

    import pdfminer.cmapdb

    assert int(version("pdfminer.six")) >= 20251230
    assert '"pdfminer.six==' in (ROOT / "pyproject.toml").read_text("utf-8")
    cmaps = Path(pdfminer.cmapdb.__file__).parent / "cmap"
    assert list(cmaps.glob("*.json.gz")) and not list(cmaps.glob("*.pickle.gz"))
