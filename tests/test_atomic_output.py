"""The output folder is replaced as a whole: builds killed with SIGKILL at random (seeded)
moments leave it exactly the complete old or the complete new version, and the next build
succeeds and leaves no temp folder behind."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from pipeline import write
from pipeline.build import build

ROOT = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.is_dir():
        return None
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def restore(folder: Path, snap: dict[str, bytes]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    for rel, data in snap.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def no_process_left(marker: str, seconds: float = 10.0) -> bool:
    """True once no process holds the marker; a killed worker may take a moment to go on a
    busy machine, so this waits up to `seconds` rather than judging after a fixed sleep."""
    deadline = time.monotonic() + seconds
    while processes_with(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def processes_with(marker: str) -> list[int]:
    """Processes (workers included) whose environment holds the marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def kill_at(command: list[str], delay: float, env: dict, after: str | None = None) -> None:
    """Start `command`, wait for the line `after` on its stdout (if given), then `delay`
    seconds, and SIGKILL it."""
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if after is not None:
        assert proc.stdout.readline().decode().strip() == after
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()


@pytest.fixture
def env():
    marker = f"ATOMIC_OUTPUT_TEST={uuid.uuid4().hex}"
    return {**os.environ, "PYTHONPATH": str(ROOT), marker.split("=")[0]: marker.split("=")[1]}, marker


def test_builds_killed_at_random_moments_leave_the_old_or_the_new_version(tmp_path, env):
    env, marker = env
    old_raw, new_raw = tmp_path / "old", tmp_path / "new"
    shutil.copytree(ROOT / "raw", old_raw)
    shutil.copytree(ROOT / "raw", new_raw)
    seeds = sorted(new_raw.glob("*.txt"))
    seeds[0].unlink()  # the new version loses a document's records...
    seeds[1].write_bytes(seeds[1].read_bytes() + "\nTotal budget: EUR 1 234 567.\n".encode())  # ...changes one
    out = tmp_path / "extracted"
    build(old_raw, out, quiet=True)
    old = snapshot(out)
    command = [sys.executable, "-m", "pipeline", "build", "--raw", str(new_raw), "--out", str(out),
               "--jobs", "2", "--quiet"]
    started = time.monotonic()
    assert subprocess.run(command, cwd=ROOT, env=env).returncode == 0
    took = time.monotonic() - started
    new = snapshot(out)
    assert new != old

    rng = random.Random(6)
    for delay in sorted(rng.uniform(0.3, took) for _ in range(4)):
        restore(out, old)
        kill_at(command, delay, env)
        got = snapshot(out)
        assert got in (old, new), f"killed after {delay:.2f} s: a mix of old and new"
        assert no_process_left(marker)  # the workers died with the build
    # and a build after a kill completes, leaving no temp or old folder
    assert subprocess.run(command, cwd=ROOT, env=env).returncode == 0
    assert snapshot(out) == new
    assert leftovers(out) == []


WRITER = """
import sys, time
from pathlib import Path
from pipeline import write
out, version, fallback = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "fallback"
if fallback:
    write._exchange_call = None  # as on an OS without renameat2
n = 400 if version == "old" else 300
records = [{"doc_id": f"d{i:05d}", "version": version} for i in range(n)]
texts = {f"d{i:05d}": f"{version} {i} " * 20 for i in range(n)}
print("writing", flush=True)
started = time.monotonic()
write.write_outputs(out, records, texts, {})
print(f"{time.monotonic() - started:.3f}", flush=True)
"""


@pytest.mark.parametrize("mode", ["exchange", "fallback"])
def test_writes_killed_at_random_moments_leave_the_old_or_the_new_version(tmp_path, env, mode):
    """The write itself (thousands of files, then the swap), killed at moments spread over
    it: with renameat2 the folder is always complete; with the fallback the next build's
    recovery step puts the old version back when the kill fell between the two renames."""
    env, _ = env
    if mode == "exchange":
        assert write._exchange_call is not None, "renameat2 is missing: the atomic swap is not in use"
    out = tmp_path / "extracted"
    runs = {}
    for version in ("new", "old"):  # old last: the folder starts each round as the old version
        done = subprocess.run([sys.executable, "-c", WRITER, str(out), version, mode], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        runs[version] = (snapshot(out), float(done.stdout.split()[1]))
    old, new, took = runs["old"][0], runs["new"][0], runs["new"][1]

    rng = random.Random(17 if mode == "exchange" else 18)
    outcomes = []
    # one kill at once (inside the write whatever the machine's load), five spread over it
    for delay in [0.0] + sorted(rng.uniform(0, took * 1.1) for _ in range(5)):
        restore(out, old)
        kill_at([sys.executable, "-c", WRITER, str(out), "new", mode], delay, env, after="writing")
        got = snapshot(out)
        if mode == "fallback" and got is None:
            write.recover(out)  # what the next build does first
            got = snapshot(out)
            assert got == old
        assert got in (old, new), f"killed {delay:.3f} s into the write: a mix of old and new"
        outcomes.append("new" if got == new else "old")
        write.recover(out)
        assert leftovers(out) == []  # temp and old folders of the killed build are gone
        assert snapshot(out) == (new if outcomes[-1] == "new" else old)
    assert "old" in outcomes  # some kills fell inside the write (the seed spreads them over it)


def test_stale_folders_are_removed_without_following_symbolic_links(tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("keep")
    out = tmp_path / "site" / "extracted"
    out.parent.mkdir()
    (out.parent / ".extracted.old").symlink_to(precious)
    (out.parent / ".extracted.new-abc123").mkdir()
    (out.parent / ".extracted.new-abc123" / "link").symlink_to(precious)
    (out.parent / ".other").mkdir()
    write.write_outputs(out, [], {}, {})
    assert (precious / "keep.txt").read_text() == "keep"
    assert leftovers(out) == []
    assert (out.parent / ".other").is_dir()  # not ours: left alone
    assert (out / "errors.csv").read_text() == "path,doc_id,code,message\n"


def test_a_build_killed_between_the_two_renames_of_the_fallback_is_recovered(tmp_path):
    out = tmp_path / "extracted"
    write.write_outputs(out, [{"doc_id": "a"}], {"a": "old"}, {})
    old = snapshot(out)
    os.rename(out, tmp_path / ".extracted.old")  # the state a kill between the renames leaves
    (tmp_path / ".extracted.new-xyz").mkdir()
    write.recover(out)
    assert snapshot(out) == old
    assert leftovers(out) == []
