"""Command line: python -m pipeline build | eval | bench | langid | diff | accept."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """A usage error is one line, not the whole usage text."""
        self.exit(2, f"error: {message} (see '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m pipeline",
        description="Extract partners, budgets, dates, activities and events from project documents.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("build", help="read every file in a raw folder and write the datasets",
                       description="Read every file under --raw, extract and validate the records, and "
                                   "replace --out with documents/<doc_id>.json, text/<doc_id>.txt, the CSV "
                                   "tables, errors.csv and datapackage.json. Files that cannot be read become "
                                   "rows in errors.csv; the exit status is still 0. Only files whose content "
                                   "changed since the last build are read again (--out's manifest.json says "
                                   "what was read); when nothing changed, --out is left as it is.")
    b.add_argument("--raw", required=True, type=Path, metavar="DIR", help="folder of source files (read only)")
    b.add_argument("--out", required=True, type=Path, metavar="DIR",
                   help="output folder; replaced as a whole when the build succeeds")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _limits(b)
    b.add_argument("--full", action="store_true",
                   help="read every file again, ignoring what --out's manifest.json says was read before")

    e = sub.add_parser("eval", help="precision, recall and F1 per field against a gold set",
                       description="Extract every document in the gold folder and compare with its "
                                   "hand-made gold JSON (<name>.gold.json beside <name>.<ext>).")
    e.add_argument("--gold", required=True, type=Path, metavar="DIR", help="folder of documents and gold files")
    e.add_argument("--by-language", action="store_true", help="also print a table per language")

    m = sub.add_parser("bench", help="time a full build of a raw folder, and each source format",
                       description="Build --raw into a temporary folder --repeat times and print wall time, "
                                   "documents per second and peak memory (resident set size). With --formats, "
                                   "also generate the test fixtures (tests/fixtures/generate.py; run from the "
                                   "repository root) and time each format on a corpus of their copies: pages "
                                   "per second for PDF (text and scanned pages), documents per second for HTML, "
                                   ".docx, .pptx and text.")
    m.add_argument("--raw", required=True, type=Path, metavar="DIR", help="folder of source files")
    m.add_argument("--repeat", type=int, default=3, metavar="N", help="number of builds (default 3)")
    m.add_argument("--formats", action="store_true", help="also measure each source format on generated fixtures")
    m.add_argument("--corpus", type=int, default=0, metavar="N",
                   help="also generate an N-document corpus from the gold texts (tests/fixtures/corpus.py) and "
                        "time a full build of it, an incremental build after adding one file, and a build with "
                        "nothing to do (at least 2000 for the issue's figures)")
    m.add_argument("--seconds", type=float, default=10.0, metavar="S",
                   help="least time each format's measurement takes (default 10)")

    lg = sub.add_parser("langid", help="compare language detectors on labelled blocks and the gold documents",
                        description="Run langdetect and lingua-language-detector (each with every language it "
                                    "knows, and with only ours) over a TSV of labelled short and mixed blocks "
                                    "and over the gold documents; print accuracy, time and memory.")
    lg.add_argument("--blocks", required=True, type=Path, metavar="TSV", help="lines of lang<TAB>text")
    lg.add_argument("--gold", required=True, type=Path, metavar="DIR", help="gold folder (documents + gold JSON)")
    lg.add_argument("--errors", action="store_true", help="list every wrong answer")

    d = sub.add_parser("diff", help="what changed in the outputs against the accepted version",
                       description="Compare an outputs folder with its accepted version record by record "
                                   "(matched by stable keys, so reordering is no change) and report the values "
                                   "added, removed and changed, each with its evidence. The accepted version is "
                                   "--against DIR, else what git's index holds for the folder (the last commit "
                                   "plus what 'accept' staged), else DIR.accepted beside it. Exit status: 0 no "
                                   "change, 1 changes, 2 error.")
    d.add_argument("folder", nargs="?", type=Path, default=Path("extracted"), metavar="DIR",
                   help="the freshly built outputs folder (default extracted)")
    which = d.add_mutually_exclusive_group()
    which.add_argument("--against", type=Path, metavar="DIR", help="compare with this outputs folder")
    which.add_argument("--rev", metavar="REV", help="compare with what git commit REV holds (e.g. HEAD)")
    d.add_argument("--format", choices=("text", "json", "html"), default="text",
                   help="text for the terminal (default), json for scripts, html for the review page")
    d.add_argument("--output", type=Path, metavar="FILE",
                   help="write the report here (html: default build/review.html; others: standard output)")

    a = sub.add_parser("accept", help="record the outputs as the accepted version for the next diff",
                       description="In a git work tree, stage the folder (git add -A) and print the commit "
                                   "command; outside git, copy it to DIR.accepted beside it.")
    a.add_argument("folder", nargs="?", type=Path, default=Path("extracted"), metavar="DIR",
                   help="the outputs folder (default extracted)")
    return p


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: '{text}'") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0: '{text}'")
        return value
    return parse


def _limits(p: argparse.ArgumentParser) -> None:
    """Worker pool and per-file limits (pipeline/pool.py; README "Limits")."""
    from pipeline.pool import Options

    d = Options()
    p.add_argument("--jobs", type=_positive(int), default=None, metavar="N",
                   help="worker processes (default: one per core)")
    p.add_argument("--timeout", type=_positive(float), default=d.timeout, metavar="S",
                   help=f"seconds one file may take (default {d.timeout:g})")
    p.add_argument("--memory", type=_positive(int), default=d.memory, metavar="MB",
                   help=f"memory one file's worker may use (default {d.memory})")
    p.add_argument("--max-size", type=_positive(int), default=d.max_size, metavar="MB",
                   help=f"larger files are refused unread (default {d.max_size})")


def _options(args):
    from pipeline.pool import Options

    return Options(jobs=args.jobs or 0, timeout=args.timeout, memory=args.memory, max_size=args.max_size,
                   quiet=getattr(args, "quiet", False))


def _bench(raw: Path, repeat: int, formats: bool = False, seconds: float = 10.0, corpus: int = 0) -> int:
    import resource
    import tempfile

    for n in range(1, max(repeat, 1) + 1):
        docs, took = _timed_build(raw)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"build {n}: {docs} documents in {took:.2f} s = {docs / took:.1f} documents/s; "
              f"peak memory {peak:.0f} MiB" + (" (includes start-up)" if n == 1 else ""))
    _bench_jobs(raw)
    if corpus:
        from pipeline.bench import corpus_builds

        with tempfile.TemporaryDirectory() as tmp:
            status = corpus_builds(Path(tmp), corpus)
        if status:
            return status
    if formats:
        from pipeline.bench import run

        with tempfile.TemporaryDirectory() as tmp:
            return run(Path(tmp), seconds)
    return 0


def _timed_build(raw: Path, options=None) -> tuple[int, float]:
    """A build of `raw` into a temporary folder, in this process: (documents, seconds)."""
    import tempfile
    import time

    from pipeline.build import build

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = build(raw, Path(tmp) / "out", quiet=True, options=options)
        return summary.documents, time.perf_counter() - started


def _bench_jobs(raw: Path) -> None:
    """The same build with one worker and with two: the pool's speed-up and its workers' memory."""
    import resource

    from pipeline.pool import Options

    line = []
    for jobs in (1, 2):
        docs, took = _timed_build(raw, Options(jobs=jobs))
        line.append(f"--jobs {jobs} {took:.2f} s = {docs / took:.1f} documents/s")
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"workers: {'; '.join(line)}; largest worker {worker:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        from pipeline.build import build

        if not args.raw.is_dir():
            print(f"error: raw folder '{args.raw}' does not exist or is not a folder", file=sys.stderr)
            return 2
        try:
            build(args.raw, args.out, quiet=args.quiet, full=args.full, options=_options(args))
        except OSError as exc:
            print(f"error: cannot write output folder '{args.out}': {exc.strerror or exc}", file=sys.stderr)
            return 1
        return 0
    if args.command == "eval":
        from pipeline.evaluate import main as eval_main

        return eval_main(args.gold, by_language=args.by_language)
    if args.command == "bench":
        return _bench(args.raw, args.repeat, args.formats, args.seconds, args.corpus)
    if args.command == "langid":
        from pipeline.language_compare import main as langid_main

        return langid_main(args.blocks, args.gold, show_errors=args.errors)
    if args.command == "diff":
        from pipeline.accepted import diff_command

        return diff_command(args.folder, args.against, args.rev, args.format, args.output)
    if args.command == "accept":
        from pipeline.accepted import accept_command

        return accept_command(args.folder)
    return 2
