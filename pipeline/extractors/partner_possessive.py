"""The organisation whose project the sentence calls "its": the subject that opens the sentence.

"El Consell Comarcal de l'Alt Penedès va presentar … el seu projecte", "Město X představilo svůj
projekt", "The Y Foundation launched its project": a possessive of the third person that points
back to the subject (the [possessive_own] cue), right before the word for the project, makes the
sentence's subject the project's owner, which is a partner (its beneficiary). The subject must open
the sentence (after an article at most) and be an organisation: a type word in a name of two
capitalised words or more, no funder or programme, no person.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_items import parse_item
from pipeline.extractors.partner_names import funding_body, has_org_word, leading_noise, name_span, people, proper
from pipeline.extractors.partner_subjects import name_only
from pipeline.extractors.partner_record import ELISION, PARTNER, Partner
from pipeline.textnorm import UPPER

_GAP = 2  # words at most between the possessive and the project noun ("its new cross-border project")


def owners(ctx: Context, i: int, sent) -> list[Partner]:
    text = ctx.doc.text
    projects = [c for c in ctx.cues(i, {"project_before"}) if sent.start <= c.start < sent.end]
    mine = [c for c in ctx.cues(i, {"possessive_own"}) if sent.start <= c.start < sent.end]
    if not any(0 <= len(text[m.end:p.start].split()) <= _GAP and p.start >= m.end and text[m.end:p.start].islower()
               or not text[m.end:p.start].strip() and p.start >= m.end for m in mine for p in projects):
        return []
    a, b = name_span(text[sent.start:sent.end], ctx)
    if b <= a:
        return []
    skip = leading_noise(text[sent.start + a:sent.start + b], ctx)  # "The Riverside Council": the article
    a += skip
    name = name_only(text[sent.start + a:sent.start + b], ctx)  # "… Council presented": the verb is no part of it
    b = a + len(name)
    tail = re.match(rf"\s+\w{{1,3}}\s+{ELISION.pattern}[^\s,.;:]+(?:\s+[{UPPER}][^\s,.;:]*)*", text[sent.start + b:sent.end])
    b += tail.end() if tail else 0  # "Consell Comarcal [de l’Alt Penedès]": the elided article joins the place
    name = text[sent.start + a:sent.start + b]
    first = min(m.start for m in mine)
    if sent.start + b > first or not has_org_word(name) or not proper(name) or funding_body(name, ctx)\
            or nlp.cues(name, ctx.lang, {"project_before", "project_after", "programme"}):
        return []
    stop = nlp.stop_words(ctx.lang)
    if any(w[:1].islower() and (w.lower() not in stop or w.lower() in ctx.lex.number_words) and not ELISION.match(w)
           or any(c.isdigit() for c in w) for w in name.split()[1:]):
        return []  # "Insgesamt neun Vereine bzw. Einrichtungen … ihre Projekte": a count of bodies, not a name
    if re.search(r"[,;:]\s*$", text[sent.start + b:sent.start + b + 2]):
        return []  # "X, Y and Z presented their project": a list, read by the list readers
    p = parse_item(name, sent.start + a, ctx, PARTNER)
    return [p] if p and not people([p], ctx) else []
