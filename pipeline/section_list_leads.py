"""The block that introduces a list of projects: where a list item's lead-in is, and
whether it speaks of projects when its project word is the head of a compound.

Languages that compound nouns write the plural project word as the last part of a longer
word ("Horisontti-hankkeet", "onderzoeksprojecten", "Interreg-Projekte",
"samarbejdsprojekter"); the cue matcher reads whole tokens and misses them. And a list of
projects often gives each item a line or two of its own labels ("Norsk partner: X",
"Mottagare: Y", "Finansiering: …") between the items: the list goes on across them."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.model import LIST_ITEM
from pipeline.textnorm import fold

COMPOUND_HEAD_MIN = 3  # letters before the project word: "EU-" is a compound's first part
LABEL_LINE_WORDS = 14  # an item's own label line ("Mottagare: Umeå universitet") is short
LABEL_LINES = 3  # label lines one item may carry before the next item


def compound_project_plural(text: str, lang: str, words: list[str]) -> bool:
    """`text` holds a compound whose last part is a plural project word of `words`
    ("allekirjoitetut Horisontti-hankkeet:", "De onderzoeksprojecten met …"): the
    compound's first part, joined by a hyphen or written together, names the kind."""
    folded = fold(text).lower()
    for w in words:
        cue = fold(w).lower()
        if " " in cue or len(cue) < 5:
            continue  # a short plural ("proj.") would end too many words
        if re.search(rf"[^\W\d_]{{{COMPOUND_HEAD_MIN - 1},}}[\w]-?{re.escape(cue)}(?![\w])", folded):
            return True
    return False


def list_lead(ctx: Context, i: int) -> int:
    """The block that introduces list item i: the first block before its run of items that
    is no item. Short label lines between two items ("• I2U: …" / "Norsk partnere: A og B"
    / "• Cirk-NSR: …") belong to the item above them, so the run goes on across them when
    an item stands right above those lines."""
    lead = i
    while lead > 0:
        if ctx.block(lead - 1).kind == LIST_ITEM:
            lead -= 1
            continue
        k = lead - 1
        while k >= 0 and lead - 1 - k < LABEL_LINES and ctx.block(k).kind != LIST_ITEM and _label_line(ctx, k):
            k -= 1
        if k >= 0 and k < lead - 1 and ctx.block(k).kind == LIST_ITEM:
            lead = k
            continue
        return lead - 1
    return 0


def _label_line(ctx: Context, k: int) -> bool:
    """A short "Label: value" line (its label one to three words, opening with a capital)."""
    text = ctx.text(k).strip()
    return len(text.split()) <= LABEL_LINE_WORDS and bool(
        re.match(r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*:\s*\S", text)) and text[0].isupper()
