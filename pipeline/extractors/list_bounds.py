"""Where an enumeration in running text ends when the sentence splitter ran past its end.

"… workshopuri; egalitate de șanse și interculturalitate etc. „Proiectul va aduce …” a
declarat …": an "and so on" word keeps its full stop as an abbreviation, so the splitter
joins the next sentence to the list. A full stop followed by an opening quote, or an "and so
on" word followed by a capitalised word, closes the sentence and the list with it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.context import Context
from pipeline.textnorm import UPPER

_QUOTE = "„“”\"«»‚‘"


@lru_cache(maxsize=None)
def _end_re(words: tuple[str, ...]) -> re.Pattern:
    so_on = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    after_so_on = rf"(?<!\w)(?:{so_on})(?=\s+[{_QUOTE}]?[{UPPER}])" if so_on else r"(?!x)x"
    return re.compile(rf"{after_so_on}|(?<=\w)\.(?=\s+[{_QUOTE}]\s?[{UPPER}])", re.I)


def within_sentence(ctx: Context, body: str) -> str:
    """The body of an enumeration up to the end of its sentence, the "and so on" word kept."""
    words = tuple(w for w in ctx.lex.cues.get("and_so_on", []) if w.endswith("."))
    m = _end_re(words).search(body)
    return body[:m.end()] if m else body


def closed_by_so_on(ctx: Context, body: str) -> bool:
    """The enumeration ends with an "and so on" word ("… interculturalitate etc.")."""
    tail = body.rstrip(" .…").lower()  # (the caller may have dropped the closing full stop)
    words = [w.lower().rstrip(".") for w in ctx.lex.cues.get("and_so_on", [])]
    return any(w and tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalnum()) for w in words)
