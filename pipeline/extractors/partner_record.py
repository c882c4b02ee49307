"""The Partner record, the role names and the patterns the partner readers share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Evidence
from pipeline.textnorm import MT_JOINED_ARTICLES, UPPER
from pipeline.textnorm import WEB_ADDRESS as URL  # noqa: F401 (the partner readers import it from here)

LEAD, PARTNER, FOUNDING = "lead", "partner", "founding_member"
LEAD_KEYS = {"lead_partner", "coordinator", "lead_under"}
PAREN = re.compile(r"\s*\(([^()]*)\)")
LEGAL_FORM_WORD = re.compile(r"(?:a\.s|s\.r\.o|spol|gmbh|e\.\s?v|ltd|kft|nonprofit|s\.a|d\.o\.o|b\.v)\.?$", re.I)
DASH_TAIL = re.compile(r"\s+[-–—/]\s+([^-–—/]+)$")  # "X – Německo", "X - ČR", "X / DE"
# an elided article before a name ("l’Université", "dall’Associazione", "L’Université"), and the
# Maltese article joined by a hyphen ("il-Kunsill", "tal-Għarb", "mill-Università")
ELISION = re.compile(rf"(?:[A-Za-z]{{1,5}}['’]|(?i:{MT_JOINED_ARTICLES})-)(?=[{UPPER}])")


@dataclass
class Partner:
    name: str
    role: str
    start: int
    end: int
    country: str | None = None
    acronym: str | None = None
    url: str | None = None
    evidence: Evidence | None = None
    flags: list = field(default_factory=list)


def initials(name: str) -> str:
    """The capitals that open the words of a name: "Pisztráng Kör" -> "PK"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def reslice(p: Partner, a: int, b: int, text: str) -> Partner:
    """p with its name cut to name[a:b], stripped of the punctuation that joined it to what was
    cut off; its span follows when the name is the span's text (`text`, the document's)."""
    piece = p.name[a:b]
    lead = len(piece) - len(piece.lstrip(" ,;:–-"))
    piece = piece.strip(" ,;:–-")
    if text[p.start:p.end] == p.name:
        p.start, p.end = p.start + a + lead, p.start + a + lead + len(piece)
    p.name = piece
    return p
