"""A name in Latin letters inside a text in Greek or Cyrillic letters.

Schools and towns writing in Greek, Bulgarian, Macedonian, Ukrainian or Serbian Cyrillic give
their Erasmus+ or Interreg project's English name unquoted: "Το πρόγραμμα Erasmus+ Refugees
and Frontiers: Keep Europe United αποτέλεσε …". The change of script marks the name as
quotation marks would: it runs from the word after the project word or the programme's brand
to the last Latin word before the text's own script resumes.
"""
from __future__ import annotations

import re

_LATIN_WORD = r"[A-Za-zÀ-ɏ0-9][A-Za-zÀ-ɏ0-9'’&+.\-]*"
# Latin words joined by spaces and the punctuation titles hold (a colon, a comma, a dash, "&")
_RUN = re.compile(rf"{_LATIN_WORD}(?:[^\S\n]*[:,&–—-]?[^\S\n]+{_LATIN_WORD})+")
_OTHER = re.compile(r"[Ͱ-Ͽἀ-ῼЀ-ӿ]")  # Greek and Cyrillic letters


def other_script(text: str) -> bool:
    """Most letters of the text are Greek or Cyrillic."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _OTHER.match(c)) * 2 > len(letters)


def latin_name(text: str, pos: int) -> tuple[int, int] | None:
    """The run of Latin words that starts at pos (spaces skipped) and is followed by the text's
    own script: (start, end). At least two words, the first capitalised."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    m = _RUN.match(text, pos)
    if not m or not m.group(0)[:1].isupper():
        return None
    end = m.end()
    run = m.group(0).rstrip(" ,:–—-.")
    rest = text[pos + len(run):].lstrip(" \t,:–—-")
    if not _OTHER.match(rest[:1]):
        return None  # the Latin words go on into a bracket, a quotation or the line's end: not read here
    words = run.split()
    if len(words) < 2 or len(words) > 10 or end <= pos:
        return None
    return pos, pos + len(run)
