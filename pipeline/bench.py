"""`make bench` per source format: the test fixtures (tests/fixtures/generate.py) copied
under varied names into one corpus per format, large enough that each measurement takes
at least `seconds`, and read and extracted file by file. PDFs are measured in pages per
second (text pages and scanned pages apart), the rest in documents per second.

The extractors cache their work per block text, so identical copies would be almost free
after the first; those caches are emptied before every file, so that a copy costs what a
new document costs."""
from __future__ import annotations

import itertools
import re
import resource
import shutil
import time
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from pipeline import build as B
from pipeline import nlp
from pipeline.extractors import programme_names
from pipeline.errors import PipelineError
from pipeline.readers import BINARY_READERS

# name, variants of tests/fixtures/generate.py, unit
GROUPS = [
    ("pdf (text pages)", r"^pdf-(1col|2col|table)$", "pages"),
    ("pdf (scanned pages)", r"^pdf-scan$", "pages"),
    ("html", r"^html", "documents"),
    ("docx", r"^docx", "documents"),
    ("pptx", r"^pptx$", "documents"),
    ("text", r"^txt-|^text$", "documents"),  # "text": the UTF-8 sources themselves
]


@dataclass
class Measure:
    files: int = 0
    pages: int = 0
    seconds: float = 0.0
    reading: float = 0.0  # of which in the reader (bytes -> blocks)
    failed: dict[str, int] = field(default_factory=dict)


def _pages(path: Path) -> int:
    if path.suffix != ".pdf":
        return 1
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(path.read_bytes()))


def _cold() -> None:
    for name in ("_sentences", "_all_cues", "_tokens"):
        getattr(getattr(nlp, name, None), "cache_clear", lambda: None)()
    programme_names._programme_mentions.cache_clear()


def measure(files: list[Path], corpus: Path, seconds: float) -> Measure:
    """Copy the files under new names into `corpus`, round after round, reading each as it
    is written, until `seconds` have been spent reading."""
    m = Measure()
    real = B.read_document
    pages_of = {p: _pages(p) for p in files}

    def timed(*args):
        started = time.perf_counter()
        try:
            return real(*args)
        finally:
            m.reading += time.perf_counter() - started

    B.read_document = timed  # extract_one calls it; timed apart to give the reader's own speed
    corpus.mkdir(parents=True)
    try:
        for k in itertools.count():
            for path in files:
                if m.seconds >= seconds:
                    break
                target = corpus / f"{k:03d}-{path.parent.name}-{path.stem}{path.suffix}"
                shutil.copyfile(path, target)
                _cold()
                started = time.perf_counter()
                try:
                    B.extract_one(target.read_bytes(), target.name, target.stem)
                except PipelineError as e:
                    m.failed[e.code] = m.failed.get(e.code, 0) + 1
                m.seconds += time.perf_counter() - started
                m.files += 1
                m.pages += pages_of[path]
            if m.seconds >= seconds or m.failed.get("unsupported-format", 0) == m.files:
                break  # done, or nothing to time
    finally:
        B.read_document = real
    return m


def _missing_reader(files: list[Path]) -> str | None:
    for suffix in sorted({p.suffix for p in files}):
        module = BINARY_READERS.get(suffix)
        if module and find_spec(f"pipeline.readers.{module}") is None:
            return f"no reader yet (pipeline/readers/{module}.py)"
    return None


def _peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(work: Path, seconds: float = 10.0) -> int:
    try:
        from tests.fixtures.generate import generate
    except ImportError as e:  # reportlab is a dev dependency; the generator lives in tests/
        print(f"formats: cannot generate the fixtures ({e}); run from the repository root after "
              "`pip install -e '.[dev]'`")
        return 1
    started = time.perf_counter()
    fixtures = generate(work / "fixtures")
    by_variant: dict[str, list[Path]] = {}
    for fixture, text, variant in fixtures:
        by_variant.setdefault(variant, []).append(fixture)
        if text.suffix == ".txt" and not text.stem.startswith("text-"):
            by_variant.setdefault("text", [])
            if text not in by_variant["text"]:
                by_variant["text"].append(text)
    print(f"fixtures: {len(fixtures)} files of {len({f.parent.name for f, _, _ in fixtures})} documents, "
          f"generated in {time.perf_counter() - started:.1f} s; each format read from rounds of copies for "
          f"at least {seconds:.0f} s, extractor caches emptied before every file")
    for path in sorted({t for _, t, _ in fixtures if t.suffix == ".txt" and not t.stem.startswith("text-")}):
        B.extract_one(path.read_bytes(), path.name, path.stem)  # warm-up: every language's lexicon loads once
    print(f"{'format':<22}{'files':>7}{'pages':>7}{'seconds':>9}{'docs/s':>9}{'pages/s':>9}"
          f"{'reader only/s':>15}  peak MiB  failed")
    for name, pattern, unit in GROUPS:
        files = [p for v, ps in sorted(by_variant.items()) if re.search(pattern, v) for p in ps]
        missing = _missing_reader(files)
        if not files or missing:
            print(f"{name:<22}{missing or 'no fixtures'}")
            continue
        m = measure(files, work / "corpus" / re.sub(r"\W+", "-", name).strip("-"), seconds)
        if m.failed.get("unsupported-format", 0) == m.files:
            print(f"{name:<22}no reader (unsupported-format)")
            continue
        failed = ", ".join(f"{n} {code}" for code, n in sorted(m.failed.items())) or "-"
        pdf = unit == "pages"
        per_page = f"{m.pages / m.seconds:9.1f}" if pdf else f"{'-':>9}"
        # the reader alone (bytes -> blocks): pages/s for PDF, documents/s for the rest
        reader = f"{(m.pages if pdf else m.files) / m.reading:15.1f}" if m.reading else f"{'-':>15}"
        print(f"{name:<22}{m.files:>7}{m.pages if pdf else '-':>7}{m.seconds:>9.1f}{m.files / m.seconds:>9.2f}"
              f"{per_page}{reader}{_peak():>10.0f}  {failed}")
    return 0


# --- the incremental build on a large corpus ------------------------------------------------

# Runs the build and reports on it from a small process of its own: a child's peak memory
# (ru_maxrss) starts from what its parent had when it forked, so the bench, which has spaCy
# loaded, must not be the parent.
_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
took = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": took, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss,
                  "status": done.returncode, "stderr": done.stderr.decode("utf-8", "replace")}))
"""


def _timed_build(raw: Path, out: Path) -> tuple[float, float, float, str]:
    """`python -m pipeline build` in a process of its own, as `make` runs it: wall seconds
    (start-up included), CPU seconds and peak resident memory in MiB of it and its worker
    processes, and its last line."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parents[1]), *filter(None, [os.environ.get("PYTHONPATH")])])}
    command = [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out)]
    done = subprocess.run([sys.executable, "-I", "-c", _WRAPPER, *command], capture_output=True, env=env, check=True)
    report = json.loads(done.stdout)
    if report["status"]:
        raise RuntimeError(f"build exited {report['status']}: {report['stderr'].strip()[-500:]}")
    lines = report["stderr"].strip().splitlines()
    return report["seconds"], report["cpu"], report["peak"] / 1024, lines[-1] if lines else ""


def corpus_builds(work: Path, n: int) -> int:
    """Generate an n-document corpus and time a full build, an incremental build after
    adding one file, a build with nothing to do, and one after deleting that file."""
    try:
        from tests.fixtures import corpus
    except ImportError as e:
        print(f"corpus: cannot generate it ({e}); run from the repository root after `pip install -e '.[dev]'`")
        return 1
    started = time.perf_counter()
    raw, out = work / "raw", work / "out"
    counts = corpus.generate(raw, n)
    print(f"corpus: {sum(counts.values())} documents ({', '.join(f'{f} {c}' for f, c in sorted(counts.items()))}), "
          f"generated in {time.perf_counter() - started:.0f} s")
    print(HEADER)
    _row("full (empty output folder)", raw, out)
    add_one(raw)
    _row("incremental (one new PDF)", raw, out)
    _row("nothing to do", raw, out)
    for path in (raw / "new").iterdir():
        path.unlink()
    _row("incremental (that file deleted)", raw, out)  # the cache's own cost: nothing to read
    return 0


HEADER = f"{'build':<34}{'documents':>10}{'read':>6}{'seconds':>9}{'CPU s':>8}{'docs/s':>9}{'peak MiB':>10}"


def add_one(raw: Path) -> None:
    """One more document, new/<gold text>-99999.pdf, as an analyst drops a file into raw/."""
    from tests.fixtures import corpus

    new = raw / "new"
    new.mkdir(exist_ok=True)
    corpus.render(corpus.sources()[7], 99999, "pdf", new, new)


def _row(name: str, raw: Path, out: Path) -> None:
    took, cpu, peak, line = _timed_build(raw, out)
    docs = int(line.split()[0]) if line[:1].isdigit() else 0
    read = re.search(r"; (\d+) read", line)
    print(f"{name:<34}{docs:>10}{read.group(1) if read else '?':>6}{took:>9.2f}{cpu:>8.2f}{docs / took:>9.1f}"
          f"{peak:>10.0f}")
    print(f"  {line}", flush=True)
