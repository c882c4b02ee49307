"""Acronyms defined beside their long form, read by their letters, not by the words around them.

A short form and the words it abbreviates stand side by side in every language, whatever
the sentence says about them: "Long Form Words (LFW)", "LFW (long form words)", "LFW – Long
Form Words", "LFW: Long Form Words". The pair is read as Schwartz and Hearst read biomedical
abbreviations: the short form's first letter opens the long form's first word and its other
letters follow in the long form's words, in order; and most of them are initials
(`initials_cover`), so that function words may be skipped ("Start in Mountains (SIM)") and a
letter may come from inside a word ("ClusteriX", "healThy"). The long form before a bracket
is the fewest words back that spell the short form; after a dash or colon it is a run of
capitalised words with the language's small words between ("Accelerating ERA by Sharing
Unique Talents for healThy Life and Environment has started" ends at "Environment"), or, in a
bracket, the bracket's words up to a translation after a spaced dash.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from pipeline import nlp
from pipeline.extractors.name_text import abbreviates, is_name_like

# a short form: one token (two when the second is a code or number: "RECOM HU-AT"), letters in it
_SHORT = r"[^\W_][\w&+.'’@!-]{1,24}"
# a long form stays inside its clause: no sentence mark, bracket or quotation break inside it
_CLAUSE_STOP = re.compile(r"[.;:!?()\[\]„“”\"«»\n]")
MAX_EXTRA_WORDS = 5


class Pair(NamedTuple):
    short: tuple[int, int]  # offsets in the text given
    long: tuple[int, int]


def _letters(short: str) -> int:
    return sum(c.isalnum() for c in short)


def _short_ok(short: str) -> bool:
    """A short form of at least three letters, written as an acronym, a coined word or a
    capitalised word ("e-VIVA", "ClusteriX", "Cesme"; "W3" is too short to be spelled)."""
    if sum(c.isalpha() for c in short) < 3 or " " in short:
        return False
    return is_name_like(short) or sum(c.isupper() for c in short) >= 2 or short[:1].isupper()


def initial_hits(short: str, long: str) -> int:
    """How many of the short form's letters are, in order, initials of the long form's words
    (a letter taken from inside a word, "ClusteriX", is passed over, not counted)."""
    initials = [w[0].lower() for w in re.findall(r"[^\W_]+", long)]
    j = hits = 0
    for c in (c.lower() for c in short if c.isalnum()):
        if c in initials[j:]:
            j = initials.index(c, j) + 1
            hits += 1
    return hits


def spells(short: str, long: str, *, max_words: int | None = None, loose: bool = False) -> bool:
    """The long form's first word opens with the short form's first letter, all its letters
    follow in order, and at least half of them are initials (`loose`: a bracket after a known
    name says enough, "INVEST (INnoVations of REgional Sustainability: …)"), or the short form
    is clipped from the long form's words ("GoInt" for "Go International")."""
    words = long.split()
    limit = max_words or _letters(short) + MAX_EXTRA_WORDS
    return 2 <= len(words) <= limit and abbreviates(short, long) and (
        loose or initial_hits(short, long) * 2 >= _letters(short) or clipped(short, long))


def clipped(short: str, long: str) -> bool:
    """A short form clipped from the long form's words ("GoInt" for "Go International",
    "InnoVet" for "Innovative Veterinary"): its parts, marked by capitals, are as many as the
    long form's capitalised words, each the opening of its word, two letters at least."""
    parts = re.findall(r"[A-ZÀ-Þ][a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])", short)
    words = [w for w in re.findall(r"[^\W\d_]+", long) if w[:1].isupper()]
    if len(parts) < 2 or "".join(parts) != short or len(parts) != len(words):
        return False
    return all(len(p) >= 2 and w.lower().startswith(p.lower()) for p, w in zip(parts, words))


def _long_before(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The fewest words ending at `end` that spell `short`, within the clause."""
    stop = max((m.end() for m in _CLAUSE_STOP.finditer(text, max(0, end - 300), end)), default=max(0, end - 300))
    words = list(re.finditer(r"\S+", text[stop:end]))
    for k in range(2, min(len(words), _letters(short) + MAX_EXTRA_WORDS) + 1):
        first = words[-k]
        if first.group(0)[:1].lower() != short[:1].lower():
            continue
        s = stop + first.start()
        if spells(short, text[s:end]):
            return s, end
    return None


def title_case_run(text: str, pos: int, lang: str) -> int | None:
    """End of a Title Case run from pos: capitalised words (or words with a capital inside,
    "healThy"), hyphenated ones, with the language's small words between; it ends at its last
    capitalised word, before the lowercase words of the sentence that goes on."""
    stop = nlp.stop_words(lang) | {"&", "-", "–"}
    end = prev = None
    for m in re.finditer(r"[^\s,;:()\[\].!?„“”\"«»]+", text[pos:pos + 300]):
        if prev is not None and text[pos + prev:pos + m.start()].strip():
            break  # a comma or other mark between words ends the run
        if "\n" in text[pos + (prev or 0):pos + m.start()]:
            break
        prev = m.end()
        w = m.group(0)
        if any(c.isupper() for c in w) or w[:1].isdigit():
            end = pos + m.end()
        elif w.lower() not in stop or end is None:
            break
    return end


def _long_after(text: str, pos: int, short: str, lang: str, bracket: bool, loose: bool = False) -> tuple[int, int] | None:
    while pos < len(text) and text[pos] in " \t„“\"«":
        pos += 1
    if bracket:
        close = text.find(")", pos)
        if close < 0 or close - pos > 300:
            return None
        inner = text[pos:close]
        # (a bracket says where the long form ends: it may be long, and its letters need not be initials)
        # (a translation after a spaced dash or slash, opening with a capital, is left out; a
        # lowercase part after a dash goes on with the title: "… Life Sciences - internationalisation of SMEs")
        parts = re.split(r"[^\S\n]+[-–—/][^\S\n]+(?=[^\W\d_])", inner.rstrip(" ,”“\"»"))
        first = parts[0]
        for k in range(1, len(parts)):
            if parts[k][:1].isupper():
                break
            first += inner[len(first):inner.index(parts[k], len(first)) + len(parts[k])]
        return (pos, pos + len(first)) if spells(short, first, max_words=30, loose=loose) else None
    end = title_case_run(text, pos, lang)
    if end and spells(short, text[pos:end]):
        return pos, end
    clause = re.match(r"[^,;.!?()\n„“”\"«»]+", text[pos:])
    if clause and spells(short, clause.group(0).strip()):
        return pos, pos + len(clause.group(0).rstrip())
    return None


_BESIDE = r"[^\S\n]*[”“\"»]?[^\S\n]*(\(|[-–—][^\S\n]|:[^\S\n])"


def pairs(text: str, lang: str) -> list[Pair]:
    """Every short form defined beside its long form in the text."""
    out: list[Pair] = []
    # "Long Form Words (LFW)"
    for m in re.finditer(r"\((" + _SHORT + r")\)", text):
        short = m.group(1)
        if _short_ok(short):
            before = text[:m.start()].rstrip(" \t”“\"»")
            long = _long_before(text, len(before), short)
            if long:
                out.append(Pair((m.start(1), m.end(1)), long))
    # "LFW (Long form words)", "LFW – Long Form Words", "LFW: Long Form Words"
    for m in re.finditer(r"(?<![\w-])(" + _SHORT + r")" + _BESIDE, text):
        short = m.group(1).rstrip(".")
        if not _short_ok(short):
            continue
        long = _long_after(text, m.end(), short, lang, m.group(2) == "(")
        if long:
            out.append(Pair((m.start(1), m.start(1) + len(short)), long))
    return out


def long_form(text: str, lang: str, short: str) -> tuple[int, int] | None:
    """The long form the text gives for a name already read: in a bracket after it (its letters
    in order suffice), before it with the name in brackets, or after a dash or colon."""
    if sum(c.isalpha() for c in short) < 3:
        return None
    esc = re.escape(short)
    for m in re.finditer(r"(?<![\w-])" + esc + r"(?![\w-])" + _BESIDE, text):
        long = _long_after(text, m.end(), short, lang, m.group(1) == "(", loose=True)
        if long:
            return long
    for m in re.finditer(r"\([^\S\n]*" + esc + r"[^\S\n]*\)", text):
        long = _long_before(text, len(text[:m.start()].rstrip(" \t”“\"»")), short)
        if long:
            return long
    return None
