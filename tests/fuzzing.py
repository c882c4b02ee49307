"""Hypothesis profiles and input strategies for the fuzz tests (tests/test_fuzz.py).

Two profiles: "ci" (the default, used by `make test`) runs few examples with a fixed
seed, so the suite is deterministic and short; "fuzz" (`make fuzz`, HYPOTHESIS_PROFILE=fuzz)
runs FUZZ_FACTOR (default 15) times as many with fresh random seeds. Neither has a
deadline: a loaded 2-core machine must not turn a slow example into a failure.

The structured strategies take their words from the lexicons (month names, number and
scale words, currency words, country names), never from a hand-typed list, so a word
added to a lexicon is fuzzed too.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from pipeline.lexicons import HERE as LEXICONS, languages, load

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
RAW = ROOT / "raw"

_COMMON = dict(deadline=None, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.filter_too_much, HealthCheck.large_base_example])
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile("fuzz", derandomize=False, **_COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
FUZZ_FACTOR = int(os.environ.get("FUZZ_FACTOR", "15"))


def examples(n: int) -> settings:
    """`n` examples in `make test`, FUZZ_FACTOR times as many in `make fuzz`."""
    return settings(max_examples=n if PROFILE == "ci" else n * FUZZ_FACTOR)


LANGS = languages()


# --- real texts -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def real_texts() -> tuple[str, ...]:
    """The gold texts and the seeds in raw/, smallest first (Hypothesis shrinks towards the
    first), decoded."""
    paths = sorted(GOLD.glob("*.txt")) + sorted(p for p in RAW.iterdir() if p.suffix == ".txt")
    return tuple(sorted((p.read_text("utf-8") for p in paths), key=len))


def real_text() -> st.SearchStrategy[str]:
    return st.sampled_from(real_texts())


# Characters that break naive text handling: combining marks, bidi marks, zero-width
# and non-breaking spaces, soft hyphen, BOM, lone surrogates (as a Python str can hold
# them), form feed, NUL, a CJK letter, an emoji, line and paragraph separators.
ODDITIES = ["\u0301", "\u030c", "\u200f", "\u200e", "\u202e", "\u200b", "\u200d", "\u2060", "\ufeff",
            "\u00a0", "\u2009", "\u202f", "\u00ad", "\ud800", "\udfff", "\f", "\x00", "\x1b", "\u4e2d",
            "\U0001f600", "\u2028", "\u2029", "\r", "\t", "\ufffd", "\ufb01"]
JUNK = st.one_of(st.sampled_from(ODDITIES), st.text(max_size=20),
                 st.from_regex(r"\d{20,40} ?(EUR|€|Kč|mil\. Kč)", fullmatch=True),
                 st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000).map(lambda s: s.replace(" ", "")),
                 st.sampled_from(["€", "EUR", "2014", "31.02.2014", "1.234.567,89", "-", "|", "# ", "* ", "[x](y)",
                                  "„", "«", "(", ")", "\n\n", "    ", "1.", "a)", "•",
                                  "\\ud800", "\\ud83d\\ude00", "&#xD800;", "%ED%A0%80", "\\x00"]))


@st.composite
def mutated_text(draw, base: st.SearchStrategy[str] | None = None) -> str:
    """A real text with a few edits: lines deleted or duplicated, junk or odd characters
    inserted, a stretch replaced by one very long token, truncation anywhere, a line in capitals
    or in title case (Turkish "YIL", "MİLYON", "CUMARTESİ" lower to forms no table holds)."""
    text = draw(base if base is not None else real_text())
    for _ in range(draw(st.integers(0, 4))):
        lines = text.split("\n")
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "oddity", "long", "truncate", "swap", "case"]))
        if op == "delete" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            text = "\n".join(lines[:i] + lines[i + 1:])
        elif op == "duplicate" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines)))
            text = "\n".join(lines[:j] + [lines[i]] + lines[j:])
        elif op == "case" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = lines[i].upper() if draw(st.booleans()) else lines[i].title()
            text = "\n".join(lines)
        elif op == "swap" and len(lines) > 1:
            i = draw(st.integers(0, len(lines) - 2))
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "\n".join(lines)
        else:
            at = draw(st.integers(0, len(text)))
            if op == "insert":
                text = text[:at] + draw(JUNK) + text[at:]
            elif op == "oddity":
                text = text[:at] + draw(st.sampled_from(ODDITIES)) * draw(st.integers(1, 3)) + text[at:]
            elif op == "long":
                text = text[:at] + draw(st.sampled_from(["x", "9", "ž", "-", "€"])) * draw(st.integers(500, 20000)) + text[at:]
            else:
                text = text[:at]
    return text


# encodings the documents come in; "replace" keeps characters a code page lacks as "?"
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1250", "iso8859_2", "cp1252",
             "iso8859_1", "iso8859_16"]


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace" if encoding.startswith(("cp", "iso")) else "surrogatepass")


@st.composite
def mutated_bytes(draw, text: st.SearchStrategy[str] | None = None) -> bytes:
    """A (mutated) text encoded in one of ENCODINGS, then some bytes flipped, deleted or
    inserted and perhaps cut off mid-character."""
    data = encode(draw(text if text is not None else mutated_text()), draw(st.sampled_from(ENCODINGS)))
    for _ in range(draw(st.integers(0, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if op == "flip":
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1:]
        elif op == "delete":
            data = data[:at] + data[at + 1:]
        elif op == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
        else:
            data = data[:at]
    return data


def as_markdown(text: str) -> str:
    """A text as a markdown capture of a web page: a title heading, section headings,
    bullets and links (so the reader recognises it as markdown)."""
    out = []
    for i, line in enumerate(text.split("\n")):
        words = line.split()
        if i == 0 and line.strip():
            out.append("# " + line)
        elif len(words) <= 4 and line.strip():
            out.append("## " + line)
        elif len(words) > 4 and i % 3 == 0:
            out.append(f"- [{words[0]}](https://example.org/{i}) " + " ".join(words[1:]))
        elif len(words) > 4 and i % 5 == 1:
            out.append("| " + " | ".join(words[:3]) + " |\n|---|---|---|")
        else:
            out.append(line)
    return "\n".join(out) + "\n[home](/)\n[contact](/c)\n[news](/n)\n"


def as_slides(text: str, form_feeds: bool) -> str:
    """A text as a slide-deck dump: lines double-spaced, every few lines a new slide
    (a form feed, or an indented line right after the previous one)."""
    lines = [line for line in text.split("\n") if line.strip()]
    out = []
    for i, line in enumerate(lines):
        if i and i % 4 == 0:
            out.append(("\f" + line) if form_feeds else "  " + line)
            continue
        out.append(line + "\n")
    return "\n".join(out)


@st.composite
def text_file(draw) -> tuple[bytes, str]:
    """(bytes, file name) of a text file: page text, a markdown capture or a slide dump of a
    real text, mutated, encoded, perhaps damaged; or random bytes."""
    kind = draw(st.sampled_from(["page", "markdown", "slides", "slides_ff", "random"]))
    name = draw(st.sampled_from(["doc.txt", "doc.md", "doc", "doc.text"]))
    if kind == "random":
        return draw(st.binary(max_size=4000)), name
    shape = {"page": lambda t: t, "markdown": as_markdown, "slides": lambda t: as_slides(t, False),
             "slides_ff": lambda t: as_slides(t, True)}[kind]
    return draw(mutated_bytes(mutated_text().map(shape))), name


# --- lexicon words ------------------------------------------------------------------------

def lang() -> st.SearchStrategy[str]:
    return st.sampled_from(LANGS)


@lru_cache(maxsize=None)
def generated(lang: str) -> dict:
    path = LEXICONS / "generated" / f"{lang}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def words_of(mapping: dict) -> list[str]:
    return sorted(mapping) or [""]


def separators(lex) -> tuple[str, list[str]]:
    """(decimal mark, group separators) a language writes numbers with."""
    dec = lex.decimal
    groups = [" ", "\u00a0", "\u2009", "\u202f", "." if dec == "," else ","]
    if lex.lang == "de":
        groups.append("'")
    return dec, groups


def write_number(value: int, cents: int | None, group: str, dec: str) -> str:
    """An amount as a language writes it: 1234567 -> "1.234.567", with cents ",50"."""
    digits = f"{value:,}".replace(",", group)
    return digits + (f"{dec}{cents:02d}" if cents is not None else "")


FILLER = st.sampled_from(["", "Budget: ", "celkem ", "The project costs ", "(", "— ", "Gesamt: "])
