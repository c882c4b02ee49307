"""Cue words of a name line that are not the name's own type word.

A partner's name may open with a word that is also a cue of a field: "Consorzio Puglia",
"Konsortium Nordwest", "Partnerschaft Deutschland-Polen e.V.". Readers that end a list or
reject a line at a cue of another field (or of a new group of partners) would drop such a
name. A cue is the name's own type word when it opens the name, is written with a capital
and a capitalised word that is no cue follows it: a heading or sentence that carries the
cue ("Consortium partners", "Il consorzio è composto da") has no such shape.
"""
from __future__ import annotations

import re

from pipeline import nlp


def _own_type_word(name: str, cue: nlp.CueMatch, cues: list[nlp.CueMatch]) -> bool:
    if cue.start != 0 or " " in cue.text.strip() or not cue.text[:1].isupper():
        return False
    m = re.match(r"\s+(\S+)", name[cue.end:])
    if not m or not m.group(1)[:1].isupper():
        return False
    after = cue.end + m.start(1)
    return not any(c.start <= after < c.end for c in cues)  # "Consortium Partners": two cues


def name_cues(name: str, lang: str, keys: set[str]) -> list[nlp.CueMatch]:
    """The cues of `keys` in a name line, without the one that is the name's own type word."""
    everyone = nlp.cues(name, lang)
    return [c for c in everyone if c.key in keys and not _own_type_word(name, c, everyone)]
