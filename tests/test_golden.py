"""Golden files: the full record of every document in raw/, compared in full.

Regenerate on purpose with `make golden` (pytest --update-golden) and review the diff.
"""
import json
from pathlib import Path

import pytest

from pipeline.build import doc_ids, extract_one
from pipeline.write import dumps

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
RAW_FILES = sorted(p.name for p in (ROOT / "raw").iterdir() if p.is_file())


@pytest.mark.parametrize("name", RAW_FILES)
def test_golden(name, update_golden):
    doc_id = doc_ids(RAW_FILES)[name]
    record, text = extract_one((ROOT / "raw" / name).read_bytes(), name, doc_id)
    path = GOLDEN / f"{doc_id}.json"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(dumps(record), "utf-8")
    assert path.exists(), f"no golden file for {name}: run `make golden` and review it"
    assert json.loads(path.read_text("utf-8")) == record
