"""`python -m pipeline diff` and `accept`: records matched by key, field-by-field changes with
their evidence, diff(1)'s exit statuses, the JSON report, git's accepted version."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.diff import all_changes
from tests import diffdata as D

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def old(tmp_path) -> Path:
    return D.base(tmp_path / "old")


@pytest.fixture
def new(tmp_path, old) -> Path:
    folder = tmp_path / "new"
    shutil.copytree(old, folder)
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["diff", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def report(capsys, new: Path, old: Path) -> tuple[int, dict]:
    code, out, _ = run(capsys, new, "--against", old, "--format", "json")
    return code, json.loads(out)


def changes(diff: dict) -> list[tuple]:
    """(doc, project name or None, change, record, key, changed fields) for every change."""
    out = []
    for d in diff["documents"]:
        for p in [None] + d["projects"]:
            for c in (p or d)["changes"]:
                out.append((d["doc_id"], p and p["name"], c["change"], c["record"], c["key"],
                            tuple(f["field"] for f in c["fields"])))
    return out


def test_identical_folders_exit_0(capsys, old, new):
    code, out, err = run(capsys, new, "--against", old)
    assert (code, err) == (0, "")
    assert out == f"no change: {new} is the same as {old}\n"


def test_changed_budget_is_reported_field_by_field_with_evidence(capsys, old, new):
    rec = D.load(new)
    budget = rec["projects"][0]["budgets"][0]
    budget["amount"] = "2053500.00"
    budget["evidence"]["text"] = "2.053.500 EUR"  # the source said otherwise
    D.save(new, rec)
    code, out, err = run(capsys, new, "--against", old)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    i = lines.index("~ 003-clustercoop-slides / ClusterCOOP / budget total: 2053050.00 EUR -> 2053500.00 EUR")
    start = D.TEXT.index("2.053.050 EUR")
    assert lines[i + 1] == f'      old: "2.053.050 EUR" (page 1, {start}-{start + 13})'
    assert lines[i + 2] == f'      new: "2.053.500 EUR" (page 1, {start}-{start + 13})'
    assert lines[0] == "003-clustercoop-slides (003-clustercoop-slides.txt): changed"
    assert "values 0 added, 0 removed, 1 changed, 0 moved" in lines[-1]
    code, diff = report(capsys, new, old)
    assert code == 1
    assert changes(diff) == [("003-clustercoop-slides", "ClusterCOOP", "changed", "budget", "total",
                              ("amount", "evidence"))]
    c = diff["documents"][0]["projects"][0]["changes"][0]
    assert c["fields"][0] == {"field": "amount", "old": "2053050.00", "new": "2053500.00"}
    assert c["old_evidence"]["text"] == "2.053.050 EUR" and c["new_evidence"]["text"] == "2.053.500 EUR"


def test_added_removed_and_changed_records(capsys, old, new):
    rec = D.load(new)
    coop = rec["projects"][0]
    coop["partners"] = [p for p in coop["partners"] if p["name"] != "Univerzita v Lublani"]   # removed
    coop["partners"][1]["country"] = "SK"                                                    # CzechInvest
    coop["partners"].append(D.partner(D.TEXT, "CENTRAMO", "CENTRAMO", None))                 # added
    coop["activities"][0]["children"] = []                                                   # 1.1 removed
    coop["activities"][1]["text"] = "Identifikace"                                           # 2 changed
    coop["end"] = "2014-04-30"
    rec["events"][0]["place"] = "Milano"
    rec["language_confidence"] = 0.97
    D.save(new, rec)
    code, diff = report(capsys, new, old)
    assert code == 1
    doc = "003-clustercoop-slides"
    assert changes(diff) == [
        (doc, None, "changed", "document", "language_confidence", ("language_confidence",)),
        (doc, None, "changed", "event", "2011-10-24 Konference 24. 10. 2011 v Miláně.", ("place",)),
        (doc, "ClusterCOOP", "changed", "project", "end", ("end",)),
        (doc, "ClusterCOOP", "changed", "partner", "CzechInvest", ("country",)),
        (doc, "ClusterCOOP", "added", "partner", "CENTRAMO", ()),
        (doc, "ClusterCOOP", "removed", "partner", "Univerzita v Lublani", ()),
        (doc, "ClusterCOOP", "changed", "activity", "2", ("text",)),
        (doc, "ClusterCOOP", "removed", "activity", "1.1", ()),
    ]
    assert diff["summary"]["values"] == {"added": 1, "removed": 2, "changed": 5, "moved": 0}
    by_key = {c["key"]: c for c in diff["documents"][0]["projects"][0]["changes"]}
    assert by_key["CENTRAMO"]["new_evidence"] == D.ev(D.TEXT, "CENTRAMO") and by_key["CENTRAMO"]["old"] is None
    assert by_key["Univerzita v Lublani"]["old_evidence"]["text"] == "Univerzita v Lublani"
    assert by_key["end"]["new_evidence"]["text"] == "1.4. 2011 – 31.3. 2014"  # the period's evidence
    _, out, _ = run(capsys, new, "--against", old)
    assert f"~ {doc} / ClusterCOOP / partner CzechInvest / country: CZ -> SK" in out
    assert f"+ {doc} / ClusterCOOP / partner CENTRAMO: role partner" in out
    assert f"- {doc} / ClusterCOOP / partner Univerzita v Lublani: country SI, role partner" in out
    assert f"~ {doc} / ClusterCOOP / end: 2014-03-31 -> 2014-04-30" in out
    assert f"~ {doc} / event 2011-10-24 / place: Milán -> Milano" in out
    assert f"- {doc} / ClusterCOOP / activity 1.1: Akční plány (activity)" in out
    assert f"~ {doc} / language_confidence: 1.0 -> 0.97" in out


def test_reordering_alone_is_no_change(capsys, tmp_path):
    rec = D.record()
    coop = rec["projects"][0]
    coop["budgets"].append({"amount": "10.00", "currency": "EUR", "kind": "other", "ambiguous": False,
                            "evidence": D.ev(D.TEXT, "Celkový rozpočet")})
    rec["events"].append({**rec["events"][0], "date": "2011-10"})
    old = D.write(tmp_path / "old", {D.DOC: (rec, D.TEXT), "004-news": D.other_record()})
    new = tmp_path / "new"
    shutil.copytree(old, new)
    shuffled = D.clone(rec)
    shuffled["projects"].reverse()
    for key in ("partners", "activities", "countries", "budgets"):
        shuffled["projects"][1][key].reverse()
    shuffled["events"].reverse()
    # the JSON's key order and layout do not matter either
    (new / "documents" / f"{D.DOC}.json").write_text(json.dumps(shuffled, sort_keys=True), "utf-8")
    # nor CSV rows in another order, nor a file outside the contract
    lines = (new / "partners.csv").read_text("utf-8").splitlines()
    (new / "partners.csv").write_text("\n".join([lines[0]] + lines[:0:-1]) + "\n", "utf-8")
    (new / "manifest.json").write_text('{"built": "now"}', "utf-8")
    code, out, _ = run(capsys, new, "--against", old)
    assert (code, out) == (0, f"no change: {new} is the same as {old}\n")
    shuffled["projects"][1]["budgets"][0]["amount"] = "11.00"  # the control: a real change shows
    (new / "documents" / f"{D.DOC}.json").write_text(json.dumps(shuffled, sort_keys=True), "utf-8")
    code, diff = report(capsys, new, old)
    assert code == 1 and [c[2:5] for c in changes(diff)] == [("changed", "budget", "other")]


def test_same_key_twice_pairs_identical_records_first(capsys, old, new):
    for folder, amounts in ((old, ["1.00", "2.00"]), (new, ["2.00", "3.00"])):
        rec = D.load(folder)
        rec["projects"][0]["budgets"] = [{"amount": a, "currency": "EUR", "kind": "other", "ambiguous": False,
                                          "evidence": D.ev(D.TEXT, "2.053.050 EUR")} for a in amounts]
        D.save(folder, rec)
    code, diff = report(capsys, new, old)
    assert code == 1
    [c] = diff["documents"][0]["projects"][0]["changes"]
    assert (c["change"], c["fields"][0]["old"], c["fields"][0]["new"]) == ("changed", "1.00", "3.00")


def test_documents_added_and_removed_and_text_changed(capsys, old, new):
    (new / "documents" / "004-news.json").unlink()
    (new / "text" / "004-news.txt").unlink()
    rec, text = D.record("005-new", "\n\n" + D.TEXT), "\n\n" + D.TEXT
    D.write(new, {"005-new": (rec, text)})
    moved = D.record(D.DOC, "Nadpis\n" + D.TEXT)
    (new / "documents" / f"{D.DOC}.json").write_text(json.dumps(moved), "utf-8")
    (new / "text" / f"{D.DOC}.txt").write_text("Nadpis\n" + D.TEXT, "utf-8")
    code, diff = report(capsys, new, old)
    assert code == 1
    status = {d["doc_id"]: d["status"] for d in diff["documents"]}
    assert status == {D.DOC: "changed", "004-news": "removed", "005-new": "added"}
    assert diff["summary"]["documents"] == {"added": 1, "removed": 1, "changed": 1}
    changed = next(d for d in diff["documents"] if d["doc_id"] == D.DOC)
    assert changed["text"] == {"changed": True, "old_chars": len(D.TEXT), "new_chars": len(D.TEXT) + 7}
    kinds = {c["change"] for _, c in all_changes(changed)}
    assert kinds == {"moved", "changed"}  # same values, 7 characters later; sha256 changed
    added = next(d for d in diff["documents"] if d["doc_id"] == "005-new")
    assert {p["name"]: p["status"] for p in added["projects"]} == {"ClusterCOOP": "added", "CENTRAMO": "added"}
    assert ("added", "partner", "CzechInvest") in {(c["change"], c["record"], c["key"])
                                                   for c in added["projects"][0]["changes"]}
    _, out, _ = run(capsys, new, "--against", old)
    assert f"{D.DOC} (003-clustercoop-slides.txt): changed; text changed ({len(D.TEXT)} -> {len(D.TEXT) + 7} " \
           "characters)" in out
    assert "> 003-clustercoop-slides: 15 values unchanged but read at other offsets" in out
    assert "- 004-news / Alpha / budget total: 1000000.00 CZK" in out
    assert "+ 005-new / ClusterCOOP / name: ClusterCOOP" in out


def test_a_renamed_project_is_the_same_project(capsys, old, new):
    rec = D.load(new)
    rec["projects"] = rec["projects"][:1]
    rec["projects"][0].update(name="Cluster COOP", project_id=f"{D.DOC}#cluster-coop")
    D.save(new, rec)
    old_rec = D.load(old)
    old_rec["projects"] = old_rec["projects"][:1]
    D.save(old, old_rec)
    code, diff = report(capsys, new, old)
    assert code == 1
    assert [(c[2], c[3], c[4]) for c in changes(diff)] == [("changed", "project", "project_id"),
                                                           ("changed", "project", "name")]


def test_error_rows_added_removed_and_changed(capsys, tmp_path):
    row = {"path": "a.pdf", "doc_id": "a", "code": "encrypted", "message": "a password is needed"}
    old = D.base(tmp_path / "old", [row, {"path": "b.doc", "doc_id": "b", "code": "unsupported-format",
                                          "message": "legacy .doc"}])
    new = D.base(tmp_path / "new", [{**row, "code": "unreadable", "message": "truncated"},
                                    {"path": "c.txt", "doc_id": "", "code": "empty", "message": "no text"}])
    code, diff = report(capsys, new, old)
    assert code == 1
    assert [(e["change"], e["path"], [f["field"] for f in e["fields"]]) for e in diff["errors"]] == [
        ("changed", "a.pdf", ["code", "message"]), ("removed", "b.doc", []), ("added", "c.txt", [])]
    assert diff["errors"][2]["new"] == {"path": "c.txt", "doc_id": None, "code": "empty", "message": "no text"}
    assert diff["summary"]["errors"] == {"added": 1, "removed": 1, "changed": 1}
    _, out, _ = run(capsys, new, "--against", old)
    assert "~ errors.csv / a.pdf / code: encrypted -> unreadable" in out
    assert "- errors.csv / b.doc: unsupported-format: legacy .doc" in out
    assert "+ errors.csv / c.txt: empty: no text" in out


def test_json_report_shape(capsys, old, new):
    rec = D.load(new)
    rec["projects"][0]["partners"][1]["country"] = "SK"
    D.save(new, rec)
    _, diff = report(capsys, new, old)
    assert set(diff) == {"format", "old", "new", "changed", "summary", "datapackage_changed", "documents", "errors"}
    assert (diff["format"], diff["old"], diff["new"], diff["changed"]) == ("pipeline-diff/1", str(old), str(new), True)
    [doc] = diff["documents"]
    assert set(doc) == {"doc_id", "status", "path", "text", "changes", "projects"}
    [proj] = doc["projects"]
    assert set(proj) == {"project_id", "old_project_id", "name", "status", "changes"}
    [c] = proj["changes"]
    assert c == {"change": "changed", "record": "partner", "key": "CzechInvest", "label": "partner CzechInvest",
                 "fields": [{"field": "country", "old": "CZ", "new": "SK"}],
                 "old": {"name": "CzechInvest", "acronym": None, "country": "CZ", "role": "partner", "url": None},
                 "new": {"name": "CzechInvest", "acronym": None, "country": "SK", "role": "partner", "url": None},
                 "old_evidence": D.ev(D.TEXT, "CzechInvest,"), "new_evidence": D.ev(D.TEXT, "CzechInvest,")}


def test_exit_2_with_a_one_line_message(capsys, tmp_path, old, new):
    code, out, err = run(capsys, tmp_path / "missing", "--against", old)
    assert (code, out) == (2, "") and err == f"error: folder '{tmp_path / 'missing'}' does not exist or is not a " \
                                             "folder\n"
    code, _, err = run(capsys, new, "--against", tmp_path / "missing")
    assert code == 2 and err.count("\n") == 1
    (new / "documents" / f"{D.DOC}.json").write_text('{"doc_id": "003-clustercoop-slides", ', "utf-8")
    code, out, err = run(capsys, new, "--against", old)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {new}/documents/{D.DOC}.json is not valid JSON: ") and err.count("\n") == 1
    # outside git, with nothing accepted and no --against
    outside = tmp_path / "nogit" / "extracted"
    shutil.copytree(old, outside)
    env_free = subprocess.run([sys.executable, "-m", "pipeline", "diff", str(outside)], capture_output=True,
                              text=True, cwd=ROOT, env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert env_free.returncode == 2 and env_free.stdout == ""
    assert env_free.stderr == (f"error: nothing accepted to compare with: '{outside}' is not in a git work tree "
                               f"and '{outside}.accepted' does not exist; run 'python -m pipeline accept' or pass "
                               "--against DIR\n")


def test_exit_statuses_of_the_real_command(old, new):
    def status(*args):
        return subprocess.run([sys.executable, "-m", "pipeline", "diff", *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT).returncode
    assert status(new, "--against", old) == 0
    rec = D.load(new)
    rec["projects"][1]["name"] = "CENTRAMO 2"
    D.save(new, rec)
    assert status(new, "--against", old) == 1
    assert status(new, "--against", new.parent / "nowhere") == 2
    assert status(new, "--format", "yaml") == 2


def test_no_colour_unless_a_terminal(capsys, old, new):
    rec = D.load(new)
    rec["projects"][1]["name"] = "CENTRAMO 2"
    D.save(new, rec)
    _, out, _ = run(capsys, new, "--against", old)
    assert "\033[" not in out
    from pipeline.diff import compare, render_text, Snapshot
    from pipeline.accepted import read_folder
    coloured = render_text(compare(Snapshot(read_folder(old), "old"), Snapshot(read_folder(new), "new")), colour=True)
    assert "\033[33m~ 003-clustercoop-slides / CENTRAMO 2 / name: CENTRAMO -> CENTRAMO 2\033[0m" in coloured


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_git_default_index_rev_and_accept(capsys, tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    out = D.base(repo / "extracted")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "accepted")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.chdir(repo)
    code, text, _ = run(capsys)  # default folder: extracted, against git
    assert code == 0 and text == "no change: extracted is the same as git index:extracted\n"
    rec = D.load(out)
    rec["projects"][0]["budgets"][0]["amount"] = "2053500.00"
    D.save(out, rec)
    (out / "documents" / "004-news.json").unlink()
    status_before = git(repo, "status", "--porcelain")
    before = tree(repo)  # .git too: the index is not refreshed either
    code, text, _ = run(capsys)
    assert code == 1
    assert "~ 003-clustercoop-slides / ClusterCOOP / budget total: 2053050.00 EUR -> 2053500.00 EUR" in text
    assert "004-news (004-news.txt): removed" in text
    assert tree(repo) == before and git(repo, "status", "--porcelain") == status_before  # nothing touched
    # accept stages the folder: the next diff starts from it, the commit still holds the old one
    assert main(["accept"]) == 0
    assert capsys.readouterr().out == ("extracted/ staged as the accepted version; to record it: "
                                       "git commit -m 'Accept extraction changes' -- extracted\n")
    assert git(repo, "status", "--porcelain", "extracted") == "M  extracted/documents/003-clustercoop-slides.json\n" \
                                                              "D  extracted/documents/004-news.json\n"
    assert run(capsys)[0] == 0
    code, text, _ = run(capsys, "--rev", "HEAD")
    assert code == 1 and text.endswith("; error rows 0 added, 0 removed, 0 changed\n") and "git HEAD:extracted" in text
    git(repo, "commit", "-q", "-m", "Accept extraction changes", "--", "extracted")
    assert run(capsys, "--rev", "HEAD")[0] == 0
    assert run(capsys, "--rev", "HEAD~1")[0] == 1
    code, _, err = run(capsys, "--rev", "no-such-rev")
    assert (code, err) == (2, "error: git knows no commit 'no-such-rev'\n")


def test_git_repository_without_the_folder_committed_reports_everything_added(capsys, tmp_path):
    repo = tmp_path / "repo"
    out = D.base(repo / "extracted")
    git(repo, "init", "-q")
    code, diff = report_git(capsys, out)
    assert code == 1 and diff["summary"]["documents"] == {"added": 2, "removed": 0, "changed": 0}


def report_git(capsys, folder: Path):
    code, out, _ = run(capsys, folder, "--format", "json")
    return code, json.loads(out)


def test_accept_outside_git_copies_the_folder(capsys, tmp_path, old, new):
    folder = tmp_path / "plain" / "extracted"
    shutil.copytree(new, folder)
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    cmd = [sys.executable, "-m", "pipeline"]
    done = subprocess.run(cmd + ["accept", str(folder)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert done.returncode == 0
    assert done.stdout == f"copied {folder}/ to {folder}.accepted/ as the accepted version; the next diff " \
                          "compares with it\n"
    assert tree(Path(f"{folder}.accepted")) == tree(folder)
    diff = subprocess.run(cmd + ["diff", str(folder)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert diff.returncode == 0 and diff.stdout.startswith("no change")
    rec = D.load(folder)
    rec["events"] = []
    D.save(folder, rec)
    diff = subprocess.run(cmd + ["diff", str(folder)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert diff.returncode == 1 and "- 003-clustercoop-slides / event 2011-10-24: Konference" in diff.stdout
    # accepting again replaces the copy as a whole
    assert subprocess.run(cmd + ["accept", str(folder)], capture_output=True, cwd=ROOT, env=env).returncode == 0
    assert subprocess.run(cmd + ["diff", str(folder)], capture_output=True, cwd=ROOT, env=env).returncode == 0


def test_datapackage_change_counts(capsys, old, new):
    pkg = json.loads((new / "datapackage.json").read_text("utf-8"))
    pkg["resources"][0]["schema"]["fields"].append({"name": "extra", "type": "string"})
    (new / "datapackage.json").write_text(json.dumps(pkg), "utf-8")
    code, out, _ = run(capsys, new, "--against", old)
    assert code == 1 and "~ datapackage.json: the tables' schema changed" in out


def test_html_report_is_written_outside_the_folder(capsys, tmp_path, old, new, monkeypatch):
    rec = D.load(new)
    rec["projects"][1]["name"] = "CENTRAMO 2"
    D.save(new, rec)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, new, "--against", old, "--format", "html")
    assert code == 1
    assert out.startswith("review page written to build/review.html: ")
    assert (tmp_path / "build" / "review.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    page = tmp_path / "pages" / "r.html"
    assert run(capsys, new, "--against", old, "--format", "html", "--output", page)[0] == 1
    assert page.read_bytes() == (tmp_path / "build" / "review.html").read_bytes()  # deterministic
    assert sorted(p.name for p in new.iterdir()) == sorted(p.name for p in old.iterdir())
