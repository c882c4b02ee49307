"""Partners of a project that every other reader left with none: the organisations that its
own sentences name by a type word ("Gmina X", "Comune di X", "X kaupunki", "Община X"), in a
sentence that speaks of the project or of taking part, and that nothing marks as a funder,
programme body, example or contact, nor as hanging on a noun or a preposition of place ("member
of the Institute X", "in the hall of the Municipality X": whose or where, not who), nor as
named after a funder cue ("financed by the Fund … and by Region X"). A page about one project
rarely names an organisation there that has no part in it; a page whose partners a phrase rule
read keeps its list as read (partners.unfilled keeps few such names, each naming one body).
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_evidence import PARTNER_KEYS, as_partner, weighed_candidates
from pipeline.extractors.partner_record import Partner


def _funded_by(start: int, sent, ctx: Context) -> bool:
    """A funder cue before the name in its clause, no partner cue between ("finanziato dal Fondo
    … e dalla Regione X", "gefördert durch das Land X"): the name pays, it does not take part."""
    before = ctx.doc.text[sent.start:start]
    funders = nlp.cues(before, ctx.lang, {"funder"})
    if not funders:
        return False
    last = max(c.end for c in funders)
    return not re.search(r"[.;:]\s", before[last:]) and not nlp.cues(before[last:], ctx.lang, PARTNER_KEYS)


def unfilled_partners(ctx: Context) -> list[Partner]:
    """The candidates the project's own sentences name with any evidence and nothing against them
    (the module's docstring); the caller keeps them only for a project left with no partner."""
    out = []
    for f, name, start, sent in weighed_candidates(ctx):
        if f["against"] or not (f["project"] or f["cue"] or f["near"]) or _funded_by(start, sent, ctx):
            continue
        if p := as_partner(name, start, ctx, ["evidence", "unfilled"]):
            out.append(p)
    return out
