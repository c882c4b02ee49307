"""The worker pool: a file that hangs, eats memory, crashes its worker or is too large
becomes an error row with its code, and every other document comes out exactly as in a
build without it; the number of workers does not change a byte."""
import csv
import io
import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from pipeline import pool
from pipeline.build import build
from pipeline.pool import Options
from pipeline.readers import BINARY_READERS

ROOT = Path(__file__).resolve().parent.parent
PY = [sys.executable, "-m", "pipeline"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def errors(folder: Path) -> dict[str, tuple[str, str]]:
    rows = csv.DictReader(io.StringIO((folder / "errors.csv").read_text("utf-8")))
    return {r["path"]: (r["code"], r["message"]) for r in rows}


def _rss() -> int:
    return pool.resident(os.getpid()) // pool.MB


# Test-only readers, registered for made-up extensions; the workers inherit them by fork.
def _sleep(data):
    time.sleep(600)


def _hog(data):
    chunks = []
    while True:  # gradually, as a reader that leaks would: the parent's poll catches it
        chunks.append(b"x" * (8 << 20))
        time.sleep(0.01)


def _bomb(data):
    return bytearray(256 << 30)  # at once: the RLIMIT_AS backstop makes it a MemoryError


def _child(data):
    # a child process that holds the memory, as tesseract would: only the poll sees it
    mb = int(data)
    code = (f"import os,sys,time; print(os.getpid(), flush=True); sys.stdin.readline(); "
            f"b = b'x' * ({mb} << 20); time.sleep(600)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    Path(os.environ["POOL_TEST_PIDFILE"]).write_text(proc.stdout.readline().decode().strip())
    proc.stdin.write(b"go\n")
    proc.stdin.flush()
    proc.wait()


def _segv(data):
    import ctypes
    ctypes.string_at(0)


def _exit(data):
    os._exit(3)


def _kill(data):
    import signal
    os.kill(os.getpid(), signal.SIGKILL)


READERS = {".sleep": _sleep, ".hog": _hog, ".bomb": _bomb, ".child": _child, ".segv": _segv, ".exit": _exit,
           ".kill": _kill}


@pytest.fixture
def test_readers(monkeypatch):
    for suffix, func in READERS.items():
        name = f"_pool_test_{suffix[1:]}"
        monkeypatch.setitem(sys.modules, f"pipeline.readers.{name}", types.SimpleNamespace(read=func))
        monkeypatch.setitem(BINARY_READERS, suffix, name)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    out = tmp_path_factory.mktemp("baseline") / "extracted"
    build(ROOT / "raw", out, quiet=True, options=Options(jobs=2))
    return out


def test_files_over_a_limit_or_crashing_become_rows_and_the_rest_is_unchanged(baseline, tmp_path, test_readers,
                                                                              monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in sorted((ROOT / "raw").glob("*.txt")):
        (raw / seed.name).write_bytes(seed.read_bytes())
    memory = _rss() + 300
    (raw / "big.txt").write_bytes(b"Projekt " * (300 << 10))  # 2.3 MB, over --max-size 1
    for suffix in READERS:
        (raw / f"bad{suffix}").write_bytes(str(int(memory * 0.8)).encode())  # _child's megabytes
    monkeypatch.setenv("POOL_TEST_PIDFILE", str(tmp_path / "child.pid"))
    out = tmp_path / "extracted"
    started = time.monotonic()
    # one worker: every crash must be replaced for the next file to be read at all
    build(raw, out, quiet=True, options=Options(jobs=1, timeout=15, memory=memory, max_size=1))
    took = time.monotonic() - started

    rows = errors(out)
    assert {path: code for path, (code, _) in rows.items()} == {
        "big.txt": "too-large", "bad.sleep": "timeout", "bad.hog": "memory", "bad.bomb": "memory",
        "bad.child": "memory", "bad.segv": "internal", "bad.exit": "internal", "bad.kill": "internal"}
    assert rows["big.txt"][1] == "the file is 2.3 MB; the limit is 1 MB (--max-size)"
    assert rows["bad.sleep"][1] == "reading took longer than 15 s (the limit; --timeout)"
    assert rows["bad.hog"][1] == f"reading needed more than {memory} MB of memory (the limit; --memory)"
    assert "SIGSEGV" in rows["bad.segv"][1] and "status 3" in rows["bad.exit"][1] and "SIGKILL" in rows["bad.kill"][1]
    # the child process holding the memory was killed with its worker
    pid = int((tmp_path / "child.pid").read_text())
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]

    ours, theirs = snapshot(out), snapshot(baseline)
    assert ours.pop("errors.csv") != theirs.pop("errors.csv")
    ours.pop("manifest.json"), theirs.pop("manifest.json")  # lists the sources, bad ones too
    assert ours == theirs  # every seed's JSON, text and table rows, byte for byte
    assert took < 15 + 120  # the sleeper cost its limit, not its 600 s


def test_a_memory_error_inside_the_reader_is_a_memory_row(tmp_path, monkeypatch):
    def oom(data):
        raise MemoryError

    monkeypatch.setitem(sys.modules, "pipeline.readers._pool_test_oom", types.SimpleNamespace(read=oom))
    monkeypatch.setitem(BINARY_READERS, ".oom", "_pool_test_oom")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.oom").write_bytes(b"x")
    (raw / "b.txt").write_bytes((ROOT / "raw" / "000_cc6f0a5265530618.txt").read_bytes())
    build(raw, tmp_path / "out", quiet=True, options=Options(jobs=1))
    assert {p: c for p, (c, _) in errors(tmp_path / "out").items()} == {"a.oom": "memory"}
    assert len(list((tmp_path / "out" / "documents").iterdir())) == 1


def test_pool_returns_every_outcome_by_key_whatever_the_order_of_finishing():
    def job(n):
        time.sleep(0.05 * (n % 3))
        return ("ok", {"n": n}, str(n * n))

    got = pool.run(job, [(f"k{n}", (n,)) for n in range(12)], Options(jobs=3))
    assert got == {f"k{n}": ("ok", {"n": n}, str(n * n)) for n in range(12)}


@pytest.mark.parametrize("flag, value", [("--jobs", "0"), ("--timeout", "-1"), ("--memory", "lots"),
                                         ("--max-size", "0")])
def test_bad_limit_values_are_one_line_usage_errors(tmp_path, flag, value):
    done = subprocess.run(PY + ["build", "--raw", str(ROOT / "raw"), "--out", str(tmp_path / "o"), flag, value],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and flag in done.stderr
    assert not (tmp_path / "o").exists()


def _stderr_of_build(tmp_path, name: str, terminal: bool, jobs: int) -> str:
    command = PY + ["build", "--raw", str(ROOT / "raw"), "--out", str(tmp_path / name), "--jobs", str(jobs)]
    if not terminal:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stderr
    import fcntl
    import pty
    import struct
    import termios
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal 80 columns wide
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the build closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait() == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_jobs_1_and_2_give_the_same_bytes_and_a_progress_bar_shows_only_on_a_terminal(tmp_path):
    shown = _stderr_of_build(tmp_path, "j1", terminal=True, jobs=1)
    assert "5/5" in shown and "doc/s" in shown  # tqdm's bar, counting documents
    piped = _stderr_of_build(tmp_path, "j2", terminal=False, jobs=2)
    assert piped.count("\n") == 1 and piped.startswith("5 documents: 5 new, 0 changed")  # the summary line alone
    assert snapshot(tmp_path / "j1") == snapshot(tmp_path / "j2")
    assert len(list((tmp_path / "j1" / "documents").iterdir())) == 5
