"""The HTML review page: every changed document with its changed values highlighted in the
document's normalised text at their evidence offsets.

Pure: (diff, the two versions' texts) -> one self-contained page (inline CSS and script,
nothing fetched, a Content-Security-Policy that forbids fetching), every text HTML-escaped,
the same bytes for the same input. New and changed values are marked in the new text,
removed values (and a changed value's old place) in the old text; when the text did not
change, one text carries both. Evidence spans may overlap (an event's sentence holds a
partner's name), so the text is cut at every span boundary and each piece is one <mark>
whose data-h lists the highlights covering it.
"""
from __future__ import annotations

from html import escape

from pipeline.diff import all_changes, change_lines, clip, summary_line

_PRIORITY = {"removed": 3, "changed": 3, "added": 3, "was": 2, "moved": 1}

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}
header h1{font-size:18px;margin:0 0 4px}
main{padding:0 20px 40px}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;margin:18px 0;padding:10px 16px}
section.doc h2{font-size:16px;margin:6px 0}
.status{font-size:12px;padding:1px 6px;border-radius:3px;background:#eee;margin-left:6px}
ul.changes{list-style:none;padding:0;margin:6px 0}
ul.changes li{padding:2px 6px;border-left:4px solid #ccc;margin:2px 0;cursor:pointer}
ul.changes li:hover,ul.changes li.current{background:#f0f4ff}
li.c-added{border-color:#2e7d32}li.c-removed{border-color:#c62828}
li.c-changed{border-color:#f9a825}li.c-moved{border-color:#90a4ae}
.sign{font-family:monospace;font-weight:bold;margin-right:4px}
.ev{color:#555;font-size:12px;margin-left:8px}
details{margin:4px 0}
.panes{display:flex;gap:14px;flex-wrap:wrap}
.pane{flex:1 1 420px;min-width:0}
.pane h3{font-size:13px;margin:8px 0 4px;color:#444}
.text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.5 ui-monospace,monospace;background:#fcfcfc;
 border:1px solid #e3e3e3;padding:8px;max-height:70vh;overflow:auto}
mark{border-radius:2px;padding:0;color:inherit}
mark.k-added{background:#c8e6c9}mark.k-removed{background:#ffcdd2;text-decoration:line-through}
mark.k-changed{background:#ffe082}mark.k-was{background:#ffecb3;text-decoration:line-through}
mark.k-moved{background:#e3eaee}
mark.focus{outline:2px solid #1565c0}
.warn{color:#b71c1c}
footer{color:#666;font-size:12px;padding:10px 20px}
"""

# click a change: its highlight scrolls into view and is outlined; n / p: next / previous change
SCRIPT = """
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-h]"));
  var current = -1;
  function show(i) {
    if (i < 0 || i >= items.length) { return; }
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    document.querySelectorAll("li.current").forEach(function (li) { li.classList.remove("current"); });
    current = i;
    var li = items[i];
    li.classList.add("current");
    var marks = document.querySelectorAll("mark[data-h~='" + li.dataset.h + "']");
    marks.forEach(function (m) { m.classList.add("focus"); });
    if (marks.length) { marks[0].scrollIntoView({block: "center"}); }
  }
  items.forEach(function (li, i) { li.addEventListener("click", function () { show(i); }); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "n") { show(current + 1); }
    if (e.key === "p") { show(current - 1); }
  });
  document.body.dataset.ready = "1";
})();
"""


def _e(text) -> str:
    """HTML-escaped text; a carriage return as a reference, since the parser would turn a raw
    one into a line feed and shift every offset after it."""
    return escape(str(text), quote=True).replace("\r", "&#13;")


def _valid(ev: dict | None, text: str | None) -> bool:
    return bool(ev) and text is not None and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int) \
        and 0 <= ev["start"] < ev["end"] <= len(text)


def marked_text(text: str, spans: list[tuple[str, int, int, str]]) -> str:
    """The text, escaped, with each span (id, start, end, kind) marked. Pieces between span
    boundaries are <mark data-h="ids"> with the kind of the most important span over them."""
    cuts = sorted({0, len(text)} | {s for _, s, _, _ in spans} | {e for _, _, e, _ in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [(hid, kind) for hid, s, e, kind in spans if s <= a and b <= e]
        piece = _e(text[a:b])
        if over:
            kind = max(over, key=lambda t: _PRIORITY[t[1]])[1]
            out.append(f'<mark class="k-{kind}" data-h="{" ".join(h for h, _ in over)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _evidence_note(ev: dict | None) -> str:
    if not ev:
        return ""
    return f'<span class="ev">“{_e(clip(ev.get("text", ""), 90))}” page {_e(ev.get("page"))}, ' \
           f'{_e(ev.get("start"))}–{_e(ev.get("end"))}</span>'


def _document(n: int, doc: dict, old_text: str | None, new_text: str | None) -> str:
    same_text = old_text is not None and old_text == new_text
    spans = {"new": [], "old": []}
    rows, moved_rows = [], []
    for k, (project, c) in enumerate(all_changes(doc), start=1):
        hid = f"h{n}-{k}"
        new_ev, old_ev = c["new_evidence"], c["old_evidence"]
        marked = []
        if c["change"] != "removed" and _valid(new_ev, new_text):
            spans["new"].append((hid, new_ev["start"], new_ev["end"], c["change"]))
            marked.append("new")
        if c["change"] in ("removed", "changed") and _valid(old_ev, old_text):
            side = "new" if same_text else "old"
            kind = "removed" if c["change"] == "removed" else "was"
            # a changed value read at the same place needs no second mark
            if not (c["change"] == "changed" and same_text and new_ev and _valid(new_ev, new_text)
                    and (old_ev["start"], old_ev["end"]) == (new_ev["start"], new_ev["end"])):
                spans[side].append((f"{hid}o" if marked else hid, old_ev["start"], old_ev["end"], kind))
                marked.append(side)
        sign = {"added": "+", "removed": "−", "changed": "~", "moved": "›"}[c["change"]]
        where = f"{_e(project['name'])} / " if project else ""
        lines = "<br>".join(f"{where}{_e(what)}: {_e(value)}" for what, value in change_lines(c))
        evs = _evidence_note(new_ev if c["change"] != "removed" and new_ev else old_ev)
        if c["change"] == "changed" and old_ev and new_ev and old_ev != new_ev:
            evs = _evidence_note(old_ev) + " → " + _evidence_note(new_ev)
        missing = "" if marked or not (new_ev or old_ev) else ' <span class="warn">(offsets outside the text)</span>'
        attrs = f' data-h="{hid}"' if marked else ""
        row = f'<li class="c-{c["change"]}"{attrs}><span class="sign">{sign}</span>{lines}{evs}{missing}</li>'
        (moved_rows if c["change"] == "moved" else rows).append(row)
    t = doc["text"]
    note = ""
    if doc["status"] == "changed" and t["changed"]:
        note = f" · text changed ({t['old_chars']} → {t['new_chars']} characters)"
    parts = [f'<section class="doc" id="doc-{n}" data-doc="{_e(doc["doc_id"])}">',
             f'<h2>{_e(doc["doc_id"])}<span class="status">{_e(doc["status"])}</span></h2>',
             f'<div>{_e(doc["path"] or "")}{_e(note)}</div>',
             '<ul class="changes">', *rows, "</ul>"]
    if moved_rows:
        parts += [f"<details><summary>{len(moved_rows)} value(s) unchanged but read at other offsets</summary>",
                  '<ul class="changes">', *moved_rows, "</ul></details>"]
    panes = []
    if new_text is not None:
        title = "text" if same_text else "new text"
        panes.append(f'<div class="pane"><h3>{title}</h3><div class="text" data-side="new">'
                     f'{marked_text(new_text, spans["new"])}</div></div>')
    if old_text is not None and not same_text and (spans["old"] or new_text is None):
        panes.append(f'<div class="pane"><h3>old text</h3><div class="text" data-side="old">'
                     f'{marked_text(old_text, spans["old"])}</div></div>')
    parts += ['<div class="panes">', *panes, "</div></section>"]
    return "\n".join(parts)


def _errors(diff: dict) -> str:
    if not diff["errors"]:
        return ""
    rows = []
    for e in diff["errors"]:
        row = e["new"] or e["old"]
        detail = "; ".join(f"{f['field']}: {f['old']} → {f['new']}" for f in e["fields"]) \
            or f"{row['code']}: {row['message']}"
        sign = {"added": "+", "removed": "−"}.get(e["change"], "~")
        rows.append(f'<li class="c-{e["change"]}"><span class="sign">{sign}</span>{_e(e["path"])}: {_e(detail)}</li>')
    return '<section class="doc" id="errors"><h2>errors.csv</h2><ul class="changes">' + "".join(rows) + \
        "</ul></section>"


def page(diff: dict, texts: dict[str, tuple[str | None, str | None]]) -> str:
    """The review page. texts: doc_id -> (old text, new text) for the documents in the diff."""
    docs = [_document(n, d, *texts.get(d["doc_id"], (None, None))) for n, d in enumerate(diff["documents"], 1)]
    toc = "".join(f'<a href="#doc-{n}">{_e(d["doc_id"])}</a> ' for n, d in enumerate(diff["documents"], 1))
    schema = '<p class="warn">datapackage.json: the tables\' schema changed</p>' if diff["datapackage_changed"] else ""
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'; script-src \'unsafe-inline\'">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {_e(diff['new'])} against {_e(diff['old'])}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<header><h1>Review: {_e(diff['new'])} against {_e(diff['old'])}</h1>",
        f"<div>{_e(summary_line(diff))}</div><nav>{toc}</nav></header>",
        "<main>", schema, *docs, _errors(diff), "</main>",
        "<footer>+ added (green) · − removed (red, in the old text) · ~ changed (amber; its old place struck "
        "through) · › same value at other offsets (grey). Click a change to find it; n / p: next / previous."
        "</footer>",
        f"<script>{SCRIPT}</script>",
        "</body></html>", ""])
