"""The tables load with standard tools: frictionless validates datapackage.json and every CSV
against it, and pandas loads every CSV with the types the Table Schema declares."""
import csv
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from frictionless import validate

from pipeline.build import build
from pipeline.tables import COLUMNS, KEYS
from tests import diffdata as D

ROOT = Path(__file__).resolve().parent.parent
# Table Schema type -> pandas dtype; "" is the one missing value (so the country "NA",
# Namibia, stays a string: pandas' default missing values must be off)
DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def load_with_pandas(folder: Path, resource: dict) -> pd.DataFrame:
    fields = resource["schema"]["fields"]
    assert resource["schema"]["missingValues"] == [""]
    return pd.read_csv(folder / resource["path"], encoding=resource["encoding"],
                       dtype={f["name"]: DTYPES[f["type"]] for f in fields},
                       keep_default_na=False, na_values=[""])


def cells(folder: Path, name: str) -> list[dict]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def check(folder: Path) -> dict[str, pd.DataFrame]:
    """Validate with frictionless and load with pandas; returns the frames."""
    report = validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["type", "message"])[:5]
    rows = {task.name: task.stats["rows"] for task in report.tasks}
    assert rows == {name: len(cells(folder, name)) for name in COLUMNS}
    package = json.loads((folder / "datapackage.json").read_text("utf-8"))
    assert [r["name"] for r in package["resources"]] == list(COLUMNS)
    frames = {}
    for resource in package["resources"]:
        name = resource["name"]
        frame = load_with_pandas(folder, resource)
        fields = resource["schema"]["fields"]
        assert list(frame.columns) == [f["name"] for f in fields] == [c for c, _ in COLUMNS[name]]
        assert [str(frame[f["name"]].dtype) for f in fields] == [DTYPES[f["type"]] for f in fields]
        assert resource["schema"]["primaryKey"] == KEYS[name]
        raw = cells(folder, name)
        assert len(frame) == len(raw)
        for col in frame.columns:  # nothing lost and nothing invented: empty cells, and only they, are missing
            assert [v == "" for v in (r[col] for r in raw)] == list(frame[col].isna()), (name, col)
        frames[name] = frame
    return frames


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("dp")
    raw = tmp / "raw"
    shutil.copytree(ROOT / "raw", raw)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "fake.pdf").write_bytes(b"not a PDF at all")
    (raw / "outside.txt").symlink_to("/etc/hostname")  # an error row without a doc_id
    build(raw, tmp / "out", quiet=True)
    return tmp / "out"


def test_built_tables_validate_and_load_with_declared_types(built):
    frames = check(built)
    assert len(frames["documents"]) == 5 and len(frames["errors"]) == 3
    assert frames["errors"]["doc_id"].isna().sum() == 1
    for name in ("partners", "budgets", "activities", "events"):
        assert len(frames[name]) > 0, name
    budgets = cells(built, "budgets")
    assert list(frames["budgets"]["amount"]) == [float(r["amount"]) for r in budgets]
    assert list(frames["budgets"]["ambiguous"]) == [r["ambiguous"] == "true" for r in budgets]
    for name in ("partners", "budgets", "activities", "events"):  # offsets are integers into the text
        frame = frames[name]
        for doc_id, start, end, evidence in zip(frame["doc_id"], frame["start"], frame["end"], frame["evidence"]):
            text = (built / "text" / f"{doc_id}.txt").read_bytes().decode("utf-8")
            assert text[start:end] == evidence


def test_awkward_values_keep_their_type(tmp_path):
    rec = D.record()
    coop = rec["projects"][0]
    coop["partners"][1].update(country="NA", acronym="NULL", url="https://example.org/a,b")
    coop["budgets"][0].update(amount="0.50", ambiguous=True)
    coop["activities"][0]["text"] = 'Line one, "quoted"\nline two'
    coop["stated_partner_count"] = 0
    rec["events"][0]["description"] = "N/A"
    folder = D.write(tmp_path / "out", {D.DOC: (rec, D.TEXT)},
                     [{"path": "x.pdf", "doc_id": None, "code": "unreadable", "message": "nan"}])
    frames = check(folder)
    partner = frames["partners"].set_index("name").loc["CzechInvest"]
    assert (partner["country"], partner["acronym"], partner["url"]) == ("NA", "NULL", "https://example.org/a,b")
    budget = frames["budgets"].iloc[frames["budgets"]["project_id"].tolist().index(coop["project_id"])]
    assert (budget["amount"], bool(budget["ambiguous"])) == (0.5, True)
    assert frames["activities"]["text"].iloc[0] == 'Line one, "quoted"\nline two'
    projects = frames["projects"].set_index("name")
    assert projects.loc["ClusterCOOP", "stated_partner_count"] == 0
    assert pd.isna(projects.loc["CENTRAMO", "stated_partner_count"])
    assert frames["events"]["description"].iloc[0] == "N/A"
    assert frames["errors"]["message"].iloc[0] == "nan"


def test_a_cell_of_the_wrong_type_fails_validation(built, tmp_path):
    folder = tmp_path / "broken"
    shutil.copytree(built, folder)
    rows = cells(folder, "budgets")
    rows[0]["amount"] = "2.053.050"
    with (folder / "budgets.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    report = validate(folder / "datapackage.json")
    assert not report.valid
    assert [(e.type, e.field_name) for e in report.tasks[3].errors] == [("type-error", "amount")]
