"""The HTML review page in a real headless browser (Debian's chromium and chromedriver, which
`make test` installs through scripts/install-chromium.sh, driven by selenium): the page loads
without console errors and fetches nothing, each highlight's text is the document text at
its evidence offsets and sits at those offsets in the page's copy of the text, and text
from the documents is escaped, never markup."""
import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from tests import diffdata as D

ROOT = Path(__file__).resolve().parent.parent

# every highlight of the page: its pieces (a piece is cut where another span begins or ends)
# must follow one another; offsets count code points, as Python's do
HIGHLIGHTS = """
const out = [];
document.querySelectorAll("section.doc[data-doc]").forEach(function (sec) {
  sec.querySelectorAll(".text").forEach(function (pane) {
    const groups = {};
    pane.querySelectorAll("mark").forEach(function (m) {
      const r = document.createRange();
      r.setStart(pane, 0);
      r.setEndBefore(m);
      const at = Array.from(r.toString()).length;
      const len = Array.from(m.textContent).length;
      m.dataset.h.split(" ").forEach(function (id) {
        (groups[id] = groups[id] || []).push([at, at + len, m.textContent]);
      });
    });
    Object.keys(groups).forEach(function (id) {
      const pieces = groups[id];
      let joined = true;
      for (let i = 1; i < pieces.length; i++) { joined = joined && pieces[i][0] === pieces[i - 1][1]; }
      out.push({doc: sec.dataset.doc, side: pane.dataset.side, id: id, start: pieces[0][0],
                end: pieces[pieces.length - 1][1], text: pieces.map(function (p) { return p[2]; }).join(""),
                joined: joined});
    });
  });
});
return out;
"""
PANES = """
return Array.from(document.querySelectorAll("section.doc[data-doc] .text")).map(function (p) {
  return [p.closest("section").dataset.doc, p.dataset.side, p.textContent];
});
"""


@pytest.fixture(scope="module")
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.fail("needs Debian's chromium and chromium-driver: run scripts/install-chromium.sh (make test does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    b = webdriver.Chrome(options=options, service=Service(driver))
    b.set_page_load_timeout(60)
    b.set_script_timeout(60)
    yield b
    b.quit()


def review(capsys, new: Path, old: Path, page: Path) -> dict:
    """Writes the page and returns the JSON diff it shows."""
    assert main(["diff", str(new), "--against", str(old), "--format", "html", "--output", str(page)]) == 1
    assert main(["diff", str(new), "--against", str(old), "--format", "json"]) == 1
    return json.loads(capsys.readouterr().out.split("\n", 1)[1])  # after the "page written" line


def expected(diff: dict, new: Path, old: Path) -> set:
    """(doc, pane, start, end) of every value the page must mark: new and changed values in the
    new text, removed values (and a changed value's old place) in the old text, or all in the
    one text when it did not change."""
    out = set()
    for d in diff["documents"]:
        doc = d["doc_id"]
        same = not d["text"]["changed"] and d["status"] == "changed"
        for p in [d] + d["projects"]:
            for c in p["changes"]:
                nev, oev = c["new_evidence"], c["old_evidence"]
                if nev and c["change"] != "removed":
                    out.add((doc, "new", nev["start"], nev["end"]))
                if oev and (c["change"] == "removed" or (c["change"] == "changed" and not (
                        same and nev and (oev["start"], oev["end"]) == (nev["start"], nev["end"])))):
                    out.add((doc, "new" if same else "old", oev["start"], oev["end"]))
    return out


def load(browser, page: Path) -> None:
    browser.get(page.as_uri())
    assert browser.execute_script("return document.body.dataset.ready") == "1"  # the page's script ran
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]  # console errors, CSP refusals
    assert errors == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def check_highlights(browser, diff: dict, new: Path, old: Path) -> list[dict]:
    texts = {"new": lambda doc: (new / "text" / f"{doc}.txt").read_bytes().decode("utf-8"),
             "old": lambda doc: (old / "text" / f"{doc}.txt").read_bytes().decode("utf-8")}
    for doc, side, shown in browser.execute_script(PANES):
        assert shown == texts[side](doc), (doc, side)  # the page holds the text exactly
    marks = browser.execute_script(HIGHLIGHTS)
    for m in marks:
        assert m["joined"], m
        assert m["text"] == texts[m["side"]](m["doc"])[m["start"]:m["end"]], m
    assert {(m["doc"], m["side"], m["start"], m["end"]) for m in marks} == expected(diff, new, old)
    return marks


def test_changed_values_are_highlighted_at_their_evidence_offsets(browser, capsys, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(ROOT / "extracted", old)
    shutil.copytree(old, new)
    docs = sorted(p.stem for p in (old / "documents").glob("*.json"))
    assert len(docs) >= 3
    # one document: a budget changed, a partner removed, an activity changed; text unchanged
    rec = json.loads((new / "documents" / f"{docs[0]}.json").read_text("utf-8"))
    project = next(p for p in rec["projects"] if p["partners"])
    removed = project["partners"].pop()
    if project["budgets"]:
        project["budgets"][0]["amount"] = "1.00"
    project["name"] = (project["name"] or "") + " (renamed)"
    (new / "documents" / f"{docs[0]}.json").write_text(json.dumps(rec, ensure_ascii=False), "utf-8")
    # another: its text gained a first line, so every value moved and the old text is shown too
    rec = json.loads((new / "documents" / f"{docs[1]}.json").read_text("utf-8"))
    text = (new / "text" / f"{docs[1]}.txt").read_bytes().decode("utf-8")

    def shift(obj):
        if isinstance(obj, dict):
            if "start" in obj and "text" in obj:
                obj["start"] += 6
                obj["end"] += 6
            for v in obj.values():
                shift(v)
        elif isinstance(obj, list):
            for v in obj:
                shift(v)
    shift(rec)
    gone = next(p for p in rec["projects"] if p["partners"])["partners"].pop(0)
    (new / "documents" / f"{docs[1]}.json").write_text(json.dumps(rec, ensure_ascii=False), "utf-8")
    (new / "text" / f"{docs[1]}.txt").write_text("Title\n" + text, "utf-8", newline="")
    # and a third is gone
    (new / "documents" / f"{docs[2]}.json").unlink()
    (new / "text" / f"{docs[2]}.txt").unlink()

    page = tmp_path / "review.html"
    diff = review(capsys, new, old, page)
    load(browser, page)
    marks = check_highlights(browser, diff, new, old)
    sides = {(m["doc"], m["side"]) for m in marks}
    assert sides >= {(docs[0], "new"), (docs[1], "new"), (docs[1], "old"), (docs[2], "old")}
    ev = removed["evidence"]
    assert any(m["doc"] == docs[0] and (m["start"], m["end"], m["text"]) == (ev["start"], ev["end"], ev["text"])
               for m in marks)
    ev = gone["evidence"]  # shifted with the rest: its place in the old text is 6 earlier
    assert any((m["doc"], m["side"], m["start"], m["end"]) == (docs[1], "old", ev["start"] - 6, ev["end"] - 6)
               for m in marks)
    # clicking a change brings its highlight into view, outlined
    from selenium.webdriver.common.by import By
    item = [li for li in browser.find_elements(By.CSS_SELECTOR, "li[data-h]") if li.is_displayed()][-1]
    item.click()
    focused = browser.find_elements(By.CSS_SELECTOR, "mark.focus")
    assert focused and all(item.get_attribute("data-h") in m.get_attribute("data-h").split() for m in focused)
    assert focused[0].is_displayed()
    assert browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight",
        focused[0])


def test_document_text_and_values_are_escaped(browser, capsys, tmp_path):
    hostile = ("<script>window.pwned = 1</script> & &amp; \"quoted\" 'single'\r\n"
               "<img src=x onerror=\"window.pwned = 2\"> 😀 ClusterCOOP\n"
               "Partner: <b>Bold & Co</b>\n")
    text = hostile + D.TEXT
    rec = D.record(D.DOC, text)
    old = D.write(tmp_path / "old", {D.DOC: (rec, text)})
    rec = D.clone(rec)
    rec["projects"][0]["partners"].append(D.partner(text, "<b>Bold & Co</b>", "<b>Bold & Co</b>", None))
    rec["projects"][0]["budgets"][0]["evidence"] = D.ev(text, "😀 ClusterCOOP")  # after a character outside the BMP
    rec["projects"][0]["budgets"][0]["amount"] = "2.00"
    new = D.write(tmp_path / "new", {D.DOC: (rec, text)})
    page = tmp_path / "review.html"
    diff = review(capsys, new, old, page)
    html = page.read_text("utf-8")
    assert "<script>window.pwned" not in html and "<b>Bold" not in html and "<img" not in html
    assert "&lt;b&gt;Bold &amp; Co&lt;/b&gt;" in html and "&#13;" in html
    load(browser, page)
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.scripts.length") == 1
    assert browser.execute_script("return document.querySelectorAll('section.doc img, section.doc b').length") == 0
    marks = check_highlights(browser, diff, new, old)
    assert {m["text"] for m in marks} >= {"<b>Bold & Co</b>", "😀 ClusterCOOP"}
    from selenium.webdriver.common.by import By
    items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.changes li")]
    assert any("partner <b>Bold & Co</b>" in t for t in items)
