"""Form labels and their values ("Title: …", "Acronym: …"), as name, title and fact readers read them."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_text import MAX_NAME_TOKENS, QUOTES, cue_re, is_name_like, span, split_acronym
from pipeline.model import HEADING, PARAGRAPH


def _unquote(text: str, start: int) -> tuple[str, int, int]:
    """A value without the quotes around it and a final full stop: „X“. -> X (and without the
    bars of a table's cell: "| „X“ |")."""
    cell = re.fullmatch(r"(\s*\|)?([^|]*?)(?:\|\s*)?", text)
    if cell and cell.group(1):
        start += cell.start(2)
        text = cell.group(2)
    value = text.strip()
    start += len(text) - len(text.lstrip())
    opening = "".join(QUOTES) + ","
    closing = "".join(QUOTES.values())
    if value[:1] in opening and value.rstrip(".")[-1:] in closing:
        value = value.rstrip(".")[1:-1]
        start += 1
        if value.startswith(","):  # ,,X”
            value, start = value[1:], start + 1
    elif value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    return value, start + lead, start + lead + len(value)


def value_block(ctx: Context, i: int, keys: set[str]) -> tuple[int, int] | None:
    """Offsets of a label's value: the rest of its line, or the next block when the label
    stands alone ("Název projektu:" above the title) — unless that block is itself a
    label, as in a flattened table whose labels come before their values."""
    found = ctx.label_value(i, keys) or label_alone(ctx, i, keys)
    if not found:
        return None
    _, start, end = found
    if ctx.doc.text[start:end].strip():
        if start < ctx.block(i).end:
            return start, end
        j = next((j for j in ctx.indices if ctx.block(j).start == start), None)
    else:
        pos = ctx.indices.index(i)
        j = ctx.indices[pos + 1] if pos + 1 < len(ctx.indices) else None
    if j is None:
        return None
    nxt = ctx.text(j).strip().rstrip(":").strip().lower()
    if not nxt or any(c.text.lower() == nxt for c in ctx.cues(j)) or cue_re(ctx.lang, "acronym").fullmatch(nxt):
        return None
    return ctx.block(j).start, ctx.block(j).end


def label_alone(ctx: Context, i: int, keys: set[str]):
    """A short line ending in a label's cue ("Project Title", "Dotační program") above its
    value, which a reader took for a heading as it is a short line too."""
    text = ctx.text(i).strip().rstrip(":").strip()
    pos = ctx.indices.index(i)
    cues = [c for c in ctx.cues(i, keys) if text.lower().endswith(c.text.lower())]
    if not cues or len(text.split()) > len(cues[-1].text.split()) + 1 or pos + 1 >= len(ctx.indices):
        return None
    nxt = ctx.block(ctx.indices[pos + 1])
    if nxt.kind not in (HEADING, PARAGRAPH) or not text[:1].isupper():
        return None
    if pos and _whole_label(ctx, ctx.indices[pos - 1]):
        return None  # a table's header row, labels one after another ("Rövid cím", "Projekt címe")
    return cues[-1], nxt.start, nxt.end


def _whole_label(ctx: Context, i: int) -> bool:
    text = ctx.text(i).strip().rstrip(":").strip().lower()
    return any(c.text.lower() == text for c in ctx.cues(i)) or bool(cue_re(ctx.lang, "acronym").fullmatch(text))


def before_next_label(value: str) -> str:
    """A value up to the next "Label:" that a reader joined onto its line
    ("Podpora inovácií … tém Participujúce krajiny: Slovensko, …")."""
    for m in re.finditer(r":\s", value):
        words = value[:m.start()].split()
        for n in (1, 2, 3):
            if len(words) > n and words[-n][:1].isupper() and all(w[:1].isalpha() for w in words[-n:]):
                cut = value[:m.start()].rstrip()
                for _ in range(n):
                    cut = cut[:cut.rfind(" ")].rstrip() if " " in cut else ""
                if len(cut.split()) >= 2 and not re.search(r"[:;]\s*$", cut):
                    return cut
    return value


def title_label(ctx: Context, *, whole: bool = False) -> tuple[str, int, int] | None:
    """The value after a title label ("Název projektu:", "Project title" on its own line);
    of a value that gives the title with its acronym ("Full title – ACR"), the title part
    unless `whole`."""
    for i in ctx.indices:
        found = value_block(ctx, i, {"title"})
        if found:
            line = before_next_label(ctx.doc.text[found[0]:found[1]].split("\n")[0])
            value = _unquote(line, found[0])
            if len(value[0]) >= 3:
                parts = label_parts(value)
                return value if whole or not parts else parts[1]
    return form_value(ctx, "title")


# labels of a form whose lines lost their colons and line breaks ("Project Title X Project
# Acronym Y Project Start Date …"): a value runs from its label to the next label
FORM_KEYS = {"title", "programme", "budget_total", "budget_eu", "duration", "start", "end",
             "lead_partner", "coordinator", "call"}
MAX_FORM_VALUE = 20


def _form_labels(ctx: Context, i: int) -> list[tuple[str, int, int]]:
    """(key, start, end) in block i's text of the capitalised labels a form writes, one
    label per place (the longest), in text order; the acronym labels are read as key "acronym"."""
    text = ctx.text(i)
    base = ctx.block(i).start
    found = [(c.key, c.start - base, c.end - base) for c in ctx.cues(i, FORM_KEYS) if c.text[:1].isupper()]
    found += [("acronym", m.start(), m.end()) for m in cue_re(ctx.lang, "acronym").finditer(text) if m.group(0)[:1].isupper()]
    out: list[tuple[str, int, int]] = []
    for f in sorted(found, key=lambda f: (f[1], f[1] - f[2])):
        if out and f[1] < out[-1][2]:
            continue
        out.append(f)
    return out


def _opens_with_label(ctx: Context, i: int) -> bool:
    """Block i is one line that opens with a capitalised label (a word or two before it:
    "A felhívás kódja …"), as a form's rows do."""
    text = ctx.text(i)
    if "\n" in text.strip() or not text.strip()[:1].isupper():
        return False
    base = ctx.block(i).start
    starts = [c.start - base for c in ctx.cues(i, FORM_KEYS)] + [l[1] for l in _form_labels(ctx, i)]
    return bool(starts) and len(text[:min(starts)].split()) <= 2


def form_value(ctx: Context, key: str) -> tuple[str, int, int] | None:
    """The value of a `key` label in a form written without colons: several labels on one line
    ("… Project Title Let us Bring … Project Acronym Let's BET … Project Start Date …"), the value
    running up to the next label; or a row that opens with the label, its value the rest of the
    line, between rows that open with labels too ("Rövid cím Sport" above "A felhívás kódja …")."""
    project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    for pos, i in enumerate(ctx.indices):
        text = ctx.text(i)
        labels = _form_labels(ctx, i)
        for n, (k, start, end) in enumerate(labels):
            if k != key or text[end:end + 2].lstrip(" ")[:1] in (":", ""):
                continue
            line_end = text.find("\n", end) % (len(text) + 1)
            nxt = labels[n + 1][1] if n + 1 < len(labels) and labels[n + 1][1] < line_end else None
            if nxt is not None:
                # "… Project Start Date": a project word opens the next label
                before = re.search(r"(?:^|\s)(\w+)\s*$", text[end:nxt])
                if before and before.group(1).lower() in project_words and before.group(1)[:1].isupper():
                    nxt = end + before.start(1)
                # a form line: a label before this one (its value short, no sentence) or two after it
                gap = text[labels[n - 1][2]:start] if n else ""
                line_start = text.rfind("\n", 0, start) + 1
                in_line = n and len(gap.split()) <= MAX_FORM_VALUE and not re.search(r"[.!?]\s", gap) \
                    or n + 2 < len(labels) and labels[n + 2][1] < line_end and len(text[line_start:start].split()) <= 2
                if not in_line:
                    continue
                value_end = nxt
            else:
                # a row of its own: the label opens the block, and a row beside it opens with a label
                rows = [j for j in ctx.indices[max(0, pos - 2):pos + 3] if j != i]
                if len(text[:start].split()) > 2 or "\n" in text.strip() or not any(_opens_with_label(ctx, j) for j in rows):
                    continue
                value_end = line_end
            raw = text[end:value_end]
            value = raw.strip(" |\t")
            words = value.split()
            if not 1 <= len(words) <= MAX_FORM_VALUE or re.search(r"[.!?;:]\s|,\s+[^\W\d_A-ZЀ-ЯΆΈ-ΏΑ-Ϋ]|www\.|https?:", value) \
                    or not (value[:1].isupper() or value[:1].isdigit() or _quoted_value(value)):
                continue  # a value is a name, a date or an amount, not a clause of prose
            s = ctx.block(i).start + end + raw.find(value)
            return _unquote(value, s)
    return None


def _quoted_value(value: str) -> bool:
    return value[:1] in "".join(QUOTES)


def label_parts(value: tuple[str, int, int]) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """(name, title) of a labelled title written with its acronym ("Full title – ACR",
    "Full title (ACR)"), else None."""
    m = re.fullmatch(r"(.+?)[^\S\n]*\(([^()]{5,200})\)", value[0])
    if m and is_name_like(m.group(1)) and len(m.group(2).split()) >= 2 and not is_name_like(m.group(2)):
        # "ConnReg SK-AT (Connecting Regions SK-AT)": the short name, then the title in brackets
        return span(value[0], value[1], *m.span(1)), span(value[0], value[1], *m.span(2))
    (ns, ne), title = split_acronym(value[0])
    if not title or not is_name_like(value[0][ns:ne]):
        return None  # "Obnova mlýna – naučná stezka": a title with a dash, no acronym
    return span(value[0], value[1], ns, ne), span(value[0], value[1], *title)


def name_label(ctx: Context) -> tuple[str, int, int] | None:
    """The value after a short-name label ("Acronym: FAB", "Akronim projektu:" then "X")."""
    pattern = cue_re(ctx.lang, "acronym")
    for pos, i in enumerate(ctx.indices):
        text = ctx.text(i)
        base = ctx.block(i).start
        m = pattern.match(text.strip())
        # "A kisprojekt rövid címe:": a word or two before the label, which a colon closes
        before = re.match(r"(?:[^\W\d_]+[^\S\n]+){1,2}", text.strip()) if not m else None
        if before:
            m = pattern.match(text.strip(), before.end())
            m = m if m and text.strip()[m.end():].lstrip().startswith(":") else None
        if not m:
            continue
        lead = len(text) - len(text.lstrip())
        rest = text.strip()[m.end():]
        if rest.lstrip().startswith(":") and rest.strip(" :"):
            start = base + lead + m.end() + rest.index(":") + 1
            value = _unquote(ctx.doc.text[start:ctx.block(i).end], start)
        elif rest[:1].isspace() and is_name_like(rest.strip()) and len(rest.split()) == 1:
            # "Project Acronym ECHOES": a form's label and its value on one line, without a colon
            start = base + lead + m.end() + len(rest) - len(rest.lstrip())
            value = rest.strip(), start, start + len(rest.strip())
        elif not rest.strip(" :") and pos + 1 < len(ctx.indices):
            nb = ctx.block(ctx.indices[pos + 1])
            value = _unquote(ctx.doc.text[nb.start:nb.end], nb.start)
            if ctx.cues(ctx.indices[pos + 1]) or pattern.match(value[0]):
                continue  # the next line is another label (a table's header row)
        else:
            continue
        if value[0] and len(value[0].split()) <= 3:
            return value
    found = form_value(ctx, "acronym")
    return found if found and len(found[0].split()) <= MAX_NAME_TOKENS else None
