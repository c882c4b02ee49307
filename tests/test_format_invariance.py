"""Format invariance (issue 4): every rendered fixture (tests/fixtures/generate.py) must give
the records of its text version, field by field. The differences allowed are listed once,
in ALLOWED, each with its reason; everything else must be equal."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.build import extract_one
from pipeline.errors import PipelineError
from pipeline.textnorm import fold
from tests.fixtures import generate as G


@dataclass(frozen=True)
class Allowed:
    """A difference a fixture may show against its text version."""

    field: str  # regular expression over the flattened field path ("projects[0].partners[2].evidence.page")
    variants: str  # regular expression over the variant name ("pdf-scan", "html", ...)
    why: str


ALLOWED = (
    Allowed(r"^source\.", r".", "the file itself differs by construction: its path, bytes (sha256), "
                                  "format and encoding"),
    Allowed(r"(^|\.)(start|end)$", r"^(?!txt-)", "offsets point into each document's own normalised text, "
            "which in a binary format may differ between the values (a running header dropped, table cells "
            "joined); the evidence text at them is compared instead. A re-encoded text file has the same "
            "text, so its offsets must match too"),
    Allowed(r"(^|\.)ocr$", r"^pdf-scan$", "evidence read by OCR says so (\"ocr\": true)"),
    Allowed(r"^language_confidence$", r"^pdf-scan$", "OCR's character errors move langdetect's probability"),
)

# The scanned page goes through OCR, whose character errors (a diacritic lost, "rn" for
# "m") are not the reader's to repair. Its values are compared after folding (lowercase, no
# diacritics, letters and digits only) as multisets of (field without list positions,
# value), so one missed partner does not shift all the others; OCR_SHARE of the text
# version's values must be found, and OCR_SHARE of the scan's values must be right.
OCR_VARIANTS = r"^pdf-scan$"
OCR_SHARE = 0.9


def allowed(path: str, variant: str) -> bool:
    return any(re.search(a.field, path) and re.search(a.variants, variant) for a in ALLOWED)


def flatten(value, path: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        out: dict[str, object] = {}
        for k, v in value.items():
            out.update(flatten(v, f"{path}.{k}" if path else k))
        return out
    if isinstance(value, list):
        out = {f"{path}[]": len(value)}
        for n, v in enumerate(value):
            out.update(flatten(v, f"{path}[{n}]"))
        return out
    return {path: value}


def differences(expected: dict, got: dict, variant: str) -> list[str]:
    want = {k: v for k, v in flatten(expected).items() if not allowed(k, variant)}
    have = {k: v for k, v in flatten(got).items() if not allowed(k, variant)}
    keys = sorted(want.keys() | have.keys(), key=lambda k: (not k.endswith("[]"), k))  # list lengths first
    return [f"{k}: text {want.get(k, '—')!r} / fixture {have.get(k, '—')!r}"
            for k in keys if want.get(k, "—") != have.get(k, "—")]


def block_differences(text: Path, fixture: Path, doc_id: str, most: int = 6) -> list[str]:
    """Where the reader's blocks first part from the text reader's: what to fix in the reader."""
    import difflib

    from pipeline.readers import read_document

    def blocks(path: Path) -> list[tuple]:
        doc = read_document(path.read_bytes(), path.name, doc_id)
        return [(b.kind, doc.block_text(b), b.level, b.number, b.page) for b in doc.blocks]

    a, b = blocks(text), blocks(fixture)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(f"  blocks {op}: text {a[i1:i2][:3]} / fixture {b[j1:j2][:3]}")
    return out[:most]


def _folded(value) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(str(value)))


def ocr_differences(expected: dict, got: dict, variant: str) -> list[str]:
    def bag(record: dict) -> Counter:
        return Counter((re.sub(r"\[\d+\]", "[]", k), _folded(v)) for k, v in flatten(record).items()
                       if not allowed(k, variant) and not k.endswith("[]") and v is not None)

    want, have = bag(expected), bag(got)
    found = sum((want & have).values())
    recall, precision = found / max(sum(want.values()), 1), found / max(sum(have.values()), 1)
    if recall >= OCR_SHARE and precision >= OCR_SHARE:
        return []
    return [f"OCR: {found} of {sum(want.values())} values found (recall {recall:.2f}), precision "
            f"{precision:.2f}; need {OCR_SHARE}"] + \
           [f"missing {k} = {v!r}" for k, v in (want - have).elements()][:20] + \
           [f"extra {k} = {v!r}" for k, v in (have - want).elements()][:20]


# --- fixtures ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, list[tuple[Path, Path, str]]]:
    """Every fixture, generated once into a temporary folder, by source document."""
    by_doc: dict[str, list[tuple[Path, Path, str]]] = {}
    for fixture, text, variant in G.generate(tmp_path_factory.mktemp("fixtures")):
        by_doc.setdefault(fixture.parent.name, []).append((fixture, text, variant))
    return by_doc


_records: dict[Path, dict] = {}


def records_of(path: Path, doc_id: str) -> dict:
    if path not in _records:
        _records[path] = extract_one(path.read_bytes(), path.name, doc_id)[0]
    return _records[path]


FAMILIES = ("pdf", "html", "docx", "pptx", "txt")
DOCS = [p.stem for p in G.sources()]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("doc", DOCS)
def test_same_records_in_every_format(rendered, doc, family):
    fixtures = [f for f in rendered[doc] if f[0].suffix == "." + family]
    assert fixtures, f"no {family} fixture of {doc}"
    report = []
    for fixture, text, variant in fixtures:
        want = records_of(text, doc)
        try:
            got = records_of(fixture, doc)
        except PipelineError as e:
            report.append(f"{variant}: {e.code}: {e.message}")
            continue
        diff = (ocr_differences if re.search(OCR_VARIANTS, variant) else differences)(want, got, variant)
        report += [f"{variant} ({fixture.name} vs {text.name}): {d}" for d in diff[:12]]
        if len(diff) > 12:
            report.append(f"{variant}: … {len(diff) - 12} more differences")
        if diff:
            report += block_differences(text, fixture, doc)
    assert not report, f"{doc}: differences\n" + "\n".join(report)


# --- the fixtures themselves --------------------------------------------------------------

def test_generation_is_deterministic(rendered, tmp_path):
    again = G.generate(tmp_path)
    first = {(f.parent.name, f.name): f for fs in rendered.values() for f, _, _ in fs}
    assert {(f.parent.name, f.name) for f, _, _ in again} == set(first)
    changed = [f"{f.parent.name}/{f.name}" for f, _, _ in again
               if f.read_bytes() != first[(f.parent.name, f.name)].read_bytes()]
    assert not changed, f"not byte-identical on a second run: {changed}"


def test_every_format_is_rendered(rendered):
    variants = Counter(v for fs in rendered.values() for _, _, v in fs)
    for v in ("pdf-1col", "pdf-2col", "pdf-table", "pdf-scan", "html", "html-table", "html-cp1250", "docx",
              "docx-table", "pptx", "txt-cp1250", "txt-utf16"):
        assert variants[v] >= 1, v
    assert variants["pdf-1col"] == variants["html"] == variants["docx"] == variants["pptx"] == len(DOCS)
    languages = {G.C.load(p).language for p in G.sources()}
    assert len(languages) == 13, languages


def test_partner_tables_have_countries(rendered):
    """The table's text version itself reads partners with their countries, so the table
    fixtures test what they claim to."""
    for doc in G.PARTNER_TABLES:
        text = next(t for _, t, v in rendered[doc] if v == "pdf-table")
        partners = [p for pr in records_of(text, doc)["projects"] for p in pr["partners"]]
        assert len(partners) >= 5 and all(p["country"] for p in partners), partners


def test_scans_have_no_text_layer(rendered):
    import pypdfium2 as pdfium

    scans = [f for fs in rendered.values() for f, _, v in fs if v == "pdf-scan"]
    assert scans
    for f in scans:
        pdf = pdfium.PdfDocument(f.read_bytes())
        assert all(pdf[k].get_textpage().count_chars() == 0 for k in range(len(pdf)))


def test_pdf_pages_follow_the_text(rendered):
    """One PDF page per page or slide of the text version, so evidence pages compare as they are."""
    import pypdfium2 as pdfium

    for fs in rendered.values():
        for fixture, text, variant in fs:
            if fixture.suffix == ".pdf":
                pages = len(G.C.load(text).pages)
                assert len(pdfium.PdfDocument(fixture.read_bytes())) == pages, fixture


def _evidences(value):
    if isinstance(value, dict):
        if "start" in value and "text" in value:
            yield value
        for v in value.values():
            yield from _evidences(v)
    elif isinstance(value, list):
        for v in value:
            yield from _evidences(v)


def test_values_read_by_ocr_say_so(rendered):
    """Every evidence on a scanned page carries "ocr": true; no evidence of a text layer does."""
    for doc, fixtures in sorted(rendered.items()):
        for fixture, _, variant in fixtures:
            if variant in ("pdf-scan", "pdf-1col"):
                evidences = list(_evidences(records_of(fixture, doc)))
                assert evidences, (doc, variant)
                assert all(e.get("ocr") is (True if variant == "pdf-scan" else None) for e in evidences), (doc, variant)
