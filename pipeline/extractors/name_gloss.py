"""Names whose end the text shows by what follows them, not by their capitals.

A name written without quotes after a project word may hold commas, dashes and lowercase
words ("projekt Moja država, tvoja država – naša Evropa (Mein Land, dein Land – unser
Europa)"): a run of capitalised words stops at the first of them. Two layouts mark the end
in any language:

- a gloss in brackets right after it, the name again in another language ("(Our Cultures –
  Our Treasures)", "(v originalu …)", "(Обединени цветове …)"): the name runs to the bracket;
- the end of its clause after a naming phrase ("με τίτλο Young Historians of Europe, το …",
  "with the title Eco Thinking for eco Living."): a name in Title Case runs to the comma or
  full stop, its small words included.
"""
from __future__ import annotations

import re

from pipeline.textnorm import LOWER, UPPER

MAX_WORDS = 12
# the name: no sentence punctuation, no bracket, on one line
_NAME = re.compile(rf"[{UPPER}0-9][^.;:!?()\[\]\n]{{1,120}}?(?=[^\S\n]*\()")
# the gloss: up to three lowercase words ("v originalu", "in English"), then a capitalised phrase
_GLOSS = re.compile(rf"\((?:[{LOWER}]+[^\S\n]+){{0,3}}([{UPPER}][^()\n\d]{{2,120}})\)")


def glossed(text: str, pos: int) -> tuple[int, int] | None:
    """The name that starts at pos and runs to a bracket glossing it: (start, end) in text."""
    m = _NAME.match(text, pos)
    if not m:
        return None
    name = m.group(0).rstrip(" ,–-")
    g = _GLOSS.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t")))
    if not g or not parallel(name, g.group(1)):
        return None
    return pos, pos + len(name)


def parallel(name: str, gloss: str) -> bool:
    """The bracket says the name again: a phrase of about as many words, not a list of single
    words (countries, towns: "(Poland, Spain, Italy)")."""
    n, k = len(name.split()), len(gloss.split())
    if not 2 <= n <= MAX_WORDS or k < 2 or not (n <= 2 * k + 1 and k <= 2 * n + 1):
        return False
    pieces = [p.split() for p in re.split(r"[,;]", gloss)]
    return any(len(p) >= 2 for p in pieces)


def clause_title(text: str, pos: int) -> tuple[int, int] | None:
    """A name in Title Case that starts at pos and ends with its clause (a comma, a full stop
    before a space or the line's end): its words after the first are capitalised or small
    connecting words, most capitalised ("Young Historians of Europe", "Eco Thinking for eco Living")."""
    m = re.match(rf"[{UPPER}][^,;:.!?()\[\]\n«»“”„\"]{{1,100}}?(?=[^\S\n]*(?:[,;(]|\.(?:\s|$)|$))", text[pos:], re.M)
    if not m:
        return None
    words = m.group(0).split()
    if not 2 <= len(words) <= 8:
        return None
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    small = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())]
    # small words are few and short (connectors), the capitalised ones the most
    if caps * 2 <= len(words) or any(len(w) > 4 for w in small) or len(small) > 2:
        return None
    return pos, pos + len(m.group(0))
