"""A partner's code before its name: "LP:", "P1:", "PP 3:", "A2:" (one to three capitals, a
number), and the codes that make it the lead partner. Shared by the readers of coded lines
and of list items, so a lead written "LP: X" is the lead wherever its line is read."""
from __future__ import annotations

import re

CODE = re.compile(r"^\s*(?P<code>[A-Z]{1,3}\s?\d{0,2})\s*:\s*(?=\S)")
LEAD_CODES = {"LP", "LB", "LEAD"}  # lead partner, lead beneficiary


def coded(text: str) -> tuple[str, int] | None:
    """(code, offset of the name) when the line opens with a partner's code and a colon."""
    m = CODE.match(text)
    return (m.group("code").replace(" ", ""), m.end()) if m else None


def lead_coded(text: str) -> bool:
    """The line opens with a lead partner's code: "LP: Università di X (Italia)"."""
    c = coded(text)
    return bool(c) and c[0] in LEAD_CODES
