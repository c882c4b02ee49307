"""A bracketed note between a label and its value, as programme project cards print them:
"Dotacja z EFRR:" / "(85% całkowitych wydatków kwalifikowalnych)" / "42 500,00 €". The note
glosses the label; the value is the next line after it. Read from the shape alone: a note is
wholly in brackets and holds words and percentages, no figure of its own (an amount or a
date in brackets is a value: "(943.758,23 €)")."""
from __future__ import annotations

import re

# words, punctuation and percentages only: "(85% …)", "(10 % całkowitych wydatków)", "(IVA inclusa)"
_BODY = r"\(\s*(?:[^()\d]|\d+(?:[.,]\d+)?\s?%)+\)"
_NOTE = re.compile(rf"{_BODY}\s*[.;]?")
# a note after a label's colon, the reader having joined the two lines: "Dotacja z EFRR: (85% …)"
_TRAILING = re.compile(rf"(?P<head>.*?:)\s*{_BODY}\s*[.;]?\s*$", re.DOTALL)


def is_note(text: str) -> bool:
    """The text is a bracketed note and nothing else."""
    return _NOTE.fullmatch(text.strip()) is not None


def label_head(text: str) -> str:
    """The label without a bracketed note after its colon; the text itself otherwise. Same
    start, so offsets into it hold."""
    m = _TRAILING.fullmatch(text)
    return m.group("head") if m else text
