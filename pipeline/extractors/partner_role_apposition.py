"""A role said of a list item between commas ("A, kot vodilnega partnerja, B, C", "A, as lead
partner, B and C"): an apposition inside the list, not its end."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import LEAD_KEYS

MAX_WORDS = 6  # "in qualità di capofila del progetto"
ROLE_KEYS = LEAD_KEYS | {"partners", "partner_predicate"}


def role_apposition(rest: str, ctx: Context) -> str | None:
    """The key of the role when rest opens with "as" and a role noun closed by a comma or
    semicolon ("kot vodilnega partnerja, …", "als Lead Partner, …"); None otherwise."""
    m = re.match(r"([^,;:()]*)[,;]", rest)
    if not m or len(m.group(1).split()) > MAX_WORDS:
        return None
    piece = m.group(1).strip()
    low = piece.lower()
    if not any(low == a or low.startswith(a + " ") for a in ctx.lex.cues["role_as"]):
        return None
    roles = nlp.cues(piece, ctx.lang, ROLE_KEYS)
    return next((c.key for c in roles if c.key in LEAD_KEYS), None) or (roles[0].key if roles else None)
