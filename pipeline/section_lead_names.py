"""Which project a block before the first project's opener speaks of.

A news item's lead often tells one of the projects it lists below before the list
("Funding went among others to the SCALE-UP project, in which …" over "• DIGIPARENT, …",
"• SCALE-UP, …"). Such a block is the project's it names, not the first listed one's.
A lead block that names no project, or several, stays with the first project."""
from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.textnorm import fold

MIN_NAME_CHARS = 3  # a shorter name ("A", "EU") is found in too many words


def _named_in(name: str, text: str) -> bool:
    """The name stands in the text as a word of its own (an ending may follow a hyphen:
    "SCALE-UP-hankkeeseen")."""
    name = fold(name).strip(" \t\n\"'“”„«»‚‘’.,;:()")
    if len(name) < MIN_NAME_CHARS:
        return False
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def lead_owners(doc: Document, names: list[str], first: int) -> dict[int, int]:
    """Blocks before block `first` (the first opener's) that name exactly one project of
    `names` other than the first: block index -> that project's position in `names`."""
    out: dict[int, int] = {}
    for i in range(first):
        text = fold(doc.block_text(doc.blocks[i]))
        hits = {n for n, name in enumerate(names) if name and _named_in(name, text)}
        if len(hits) == 1 and 0 not in hits:
            out[i] = hits.pop()
    return out
