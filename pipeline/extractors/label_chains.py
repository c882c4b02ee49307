"""Labels run together in one block, as PDF and web captures flatten a fact sheet's rows:
"Lead Partner: Region X Övriga partners: Region Y, Z Projektperiod: 2015–2018",
"Főpályázó: A (AB) Partnerek: B, C Társfinanszírozó: D". Each label's value ends where the
next label starts, whatever words the values hold."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.lexicons import FIELD_KEYS
from pipeline.textnorm import UPPER, fold

# a label's colon: maybe a bracket first ("Partners (3):"), then a space or the block's end
_COLON = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*:(?=\s|$)")
# a capitalised word alone before its colon: a compound label ("Társfinanszírozó:", "Projektlaufzeit:")
_WORD_LABEL = re.compile(rf"(?<!\S)([{UPPER}][^\W\d]{{3,}}):(?=\s)")


def _label_start(text: str, at: int) -> int | None:
    """Where a label whose cue starts at `at` begins: the cue itself when capitalised or
    at the block's start, else the nearest capitalised word of the two before it ("Övriga
    partners:", "Projekt Partner:"); None when the cue is no label's (a sentence's "… the
    three partners: A and B")."""
    if text[at:at + 1].isupper() or not text[:at].strip():
        return at
    words = list(re.finditer(r"\S+", text[:at]))[-2:]
    for w in reversed(words):
        if w.group(0)[:1].isupper():
            return w.start()
    return None


def _compound_keys(ctx: Context) -> list[tuple[str, str]]:
    """(folded cue, key) for the one-word field cues of five letters or more: a compound
    word ending with one is a label of that field ("Társfinanszírozó" ends with "finanszírozó")."""
    return [(fold(c), k) for k in FIELD_KEYS for c in ctx.lex.cues.get(k, []) if " " not in c and "*" not in c and len(c) >= 5]


def chain_labels(ctx: Context, i: int) -> list[tuple[nlp.CueMatch, int, int]]:
    """The labels of block i, in order: (cue, where the label starts, where its value starts).
    A label is a field cue followed by a colon, or a capitalised word ending with a field cue
    followed by a colon."""
    text, base = ctx.text(i), ctx.block(i).start
    found: dict[int, tuple[nlp.CueMatch, int, int]] = {}
    for cue in ctx.cues(i, set(FIELD_KEYS)):
        m = _COLON.match(text, cue.end - base)
        start = _label_start(text, cue.start - base) if m else None
        if start is None:
            continue
        value = len(text) - len(text[m.end():].lstrip()) if m.end() < len(text) else len(text)
        if start not in found or found[start][0].end < cue.end:
            found[start] = (cue, base + start, base + value)
    compounds = _compound_keys(ctx)
    for m in _WORD_LABEL.finditer(text):
        if any(m.start() <= s < m.end() for s in found):
            continue
        word = fold(m.group(1))
        key = next((k for c, k in compounds if word.endswith(c) and word != c), None)
        if key:
            value = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
            found[m.start()] = (nlp.CueMatch(key, base + m.start(), base + m.end(1), m.group(1)), base + m.start(), base + value)
    out = sorted(found.values(), key=lambda f: f[1])
    # a label inside another's cue span ("Lead Partner" holding "Partner") is one label
    return [f for n, f in enumerate(out) if not n or f[1] >= out[n - 1][2]]


def chained_values(ctx: Context, i: int, keys: set[str]) -> list[tuple[nlp.CueMatch, int, int]] | None:
    """The values of the labels of `keys` in block i when the block runs two labels or more
    together: (cue, value start, value end), each value ending where the next label starts.
    None when block i holds fewer than two labels (one label's value is the block's rest)."""
    labels = chain_labels(ctx, i)
    if len(labels) < 2:
        return None
    text = ctx.doc.text
    out = []
    for n, (cue, _, value) in enumerate(labels):
        end = labels[n + 1][1] if n + 1 < len(labels) else ctx.block(i).end
        while end > value and text[end - 1] in " \t\n,;":
            end -= 1
        if cue.key in keys and end > value:
            out.append((cue, value, end))
    return out
