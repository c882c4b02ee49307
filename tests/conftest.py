from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.json from the current output (review the diff!)")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def seeds() -> dict[str, tuple[dict, str]]:
    """Every seed document in raw/, extracted once: stem prefix ('000'…) -> (record, text)."""
    from pipeline.build import doc_ids, extract_one

    paths = sorted(p.name for p in RAW.iterdir() if p.is_file())
    ids = doc_ids(paths)
    return {p[:3]: extract_one((RAW / p).read_bytes(), p, ids[p]) for p in paths}
