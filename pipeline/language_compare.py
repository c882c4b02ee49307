"""langdetect against lingua-language-detector on labelled blocks and whole documents.

Run by `make langid`. Each detector is tried open (every language it knows) and closed
(only the languages we have lexicons for). The blocks file is a TSV of `lang<TAB>text`
lines, short and mixed blocks taken from the gold documents; the documents are the gold
set's sources with the gold language. Prints accuracy per length band, errors, and time.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from pipeline.lexicons import languages

BANDS = ((0, 40, "< 40 chars"), (40, 100, "40-99 chars"), (100, 10**9, ">= 100 chars"))


def langdetect_detector(closed: bool) -> Callable[[str], str | None]:
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
    from langdetect.utils.lang_profile import LangProfile
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()
    factory.seed = 0
    if closed:
        names = languages()
        for i, name in enumerate(names):
            data = json.loads((Path(PROFILES_DIRECTORY) / name).read_text("utf-8"))
            factory.add_profile(LangProfile(**data), i, len(names))
    else:
        factory.load_profile(PROFILES_DIRECTORY)

    def detect(text: str) -> str | None:
        try:
            d = factory.create()
            d.append(text)
            return d.detect().split("-")[0]
        except LangDetectException:
            return None
    return detect


def lingua_detector(closed: bool) -> Callable[[str], str | None]:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    if closed:
        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in languages()]
        builder = LanguageDetectorBuilder.from_languages(*langs)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    detector = builder.build()

    def detect(text: str) -> str | None:
        lang = detector.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else None
    return detect


DETECTORS = {
    "langdetect (all 55)": lambda: langdetect_detector(False),
    "langdetect (our 13)": lambda: langdetect_detector(True),
    "lingua (all 75)": lambda: lingua_detector(False),
    "lingua (our 13)": lambda: lingua_detector(True),
}


def read_blocks(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((lang, text))
    return rows


def read_documents(gold_dir: Path) -> list[tuple[str, str]]:
    rows = []
    for gold in sorted(gold_dir.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        source = next((p for p in sorted(gold_dir.glob(stem + ".*")) if not p.name.endswith(".gold.json")), None)
        lang = json.loads(gold.read_text("utf-8")).get("language")
        if source and lang:
            rows.append((lang, source.read_text("utf-8", errors="replace")))
    return rows


def score(detect: Callable[[str], str | None], rows: list[tuple[str, str]]) -> dict:
    bands, errors = Counter(), []
    totals = Counter()
    t0 = time.perf_counter()
    for lang, text in rows:
        got = detect(text)
        band = next(name for lo, hi, name in BANDS if lo <= len(text) < hi)
        totals[band] += 1
        if got == lang:
            bands[band] += 1
        else:
            errors.append((lang, got, text[:70]))
    seconds = time.perf_counter() - t0
    right = sum(bands.values())
    return {"accuracy": right / len(rows) if rows else 1.0, "right": right, "n": len(rows),
            "bands": {name: (bands[name], totals[name]) for _, _, name in BANDS if totals[name]},
            "errors": errors, "ms_per_text": 1000 * seconds / max(1, len(rows))}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(blocks_path: Path, gold_dir: Path, show_errors: bool = False) -> int:
    blocks = read_blocks(blocks_path)
    docs = read_documents(gold_dir)
    print(f"{len(blocks)} blocks, {len(docs)} documents")
    print(f"{'detector':<22}{'blocks':>9}{'docs':>8}  {'per band (blocks)':<44}{'ms/block':>9}{'+RSS MB':>9}")
    for name, make in DETECTORS.items():
        before = _rss_mb()
        detect = make()
        b = score(detect, blocks)
        d = score(detect, docs)
        peak = _rss_mb() - before  # resident memory the detector's models added
        bands = "  ".join(f"{k} {r}/{n}" for k, (r, n) in b["bands"].items())
        print(f"{name:<22}{b['accuracy']:>9.3f}{d['accuracy']:>8.3f}  {bands:<44}{b['ms_per_text']:>9.2f}{peak:>9.0f}")
        if show_errors:
            for lang, got, text in b["errors"] + d["errors"]:
                print(f"    {lang} -> {got}: {text!r}")
    return 0
