"""Latin letters typed inside Cyrillic or Greek words ("мiсто" with a Latin i, "Пpoект"):
keyboards switched mid-word write look-alikes that no cue of the word's own script matches.
`script_fold` puts each look-alike into the script of the rest of its word, letter for
letter (the same length, so offsets found on the folded text hold for the original); it is
for matching only: values and evidence are cut from the original text."""
from __future__ import annotations

import re

# Latin look-alike -> (Cyrillic, Greek); None where the script has no such letter
_LOOK = {
    "a": ("а", "α"), "c": ("с", None), "e": ("е", "ε"), "i": ("і", "ι"), "o": ("о", "ο"),
    "p": ("р", "ρ"), "x": ("х", "χ"), "y": ("у", "γ"), "A": ("А", "Α"), "B": ("В", "Β"),
    "C": ("С", None), "E": ("Е", "Ε"), "H": ("Н", "Η"), "I": ("І", "Ι"), "K": ("К", "Κ"),
    "M": ("М", "Μ"), "O": ("О", "Ο"), "P": ("Р", "Ρ"), "T": ("Т", "Τ"), "X": ("Х", "Χ"),
    "Y": ("У", "Υ"),
}
_WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> int | None:
    o = ord(ch)
    if 0x400 <= o <= 0x4FF:
        return 0
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return 1
    return None


def _fold_word(m: re.Match) -> str:
    w = m.group()
    scripts = {_script(c) for c in w if c not in _LOOK}
    # only a word whose other letters are all of one script, and that has some of them
    if len(scripts) != 1 or None in scripts or not any(c in _LOOK for c in w):
        return w
    k = scripts.pop()
    out = [(_LOOK[c][k] or c) if c in _LOOK else c for c in w]
    return "".join(out)


def script_fold(text: str) -> str:
    if text.isascii():
        return text
    return _WORD.sub(_fold_word, text)
