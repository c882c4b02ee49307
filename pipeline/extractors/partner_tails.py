"""What a sentence says after a partner's name, read on into it by a reader that took the words
up to the sentence's end: a bracket giving its role, then the sentence going on ("X (as Lead
Partner) and …", "X (υπό την ιδιότητα του Επικεφαλής Εταίρου) καθώς"); its country after a
"from" word, then the verb ("X iš Rumunijos pakvietė …", "X z Polski zorganizowała …").

No organisation's name holds its own role in brackets, and no name goes on with lower-case
words after "from" and a country: the name ends there. The role bracket names the lead when it
holds a lead cue; the country after "from" is the partner's.
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD, Partner, reslice
from pipeline.textnorm import LOWER, UPPER

_LEAD_KEYS = {"lead_partner", "coordinator"}
_ROLE_KEYS = _LEAD_KEYS | {"partners"}


def cut_tail(p: Partner, ctx: Context) -> Partner:
    return _cut_conjunction_end(_cut_amount(_cut_adjective_seat(_cut_origin_clause(_cut_role_bracket(p, ctx), ctx), ctx), ctx), ctx)


def _cut_adjective_seat(p: Partner, ctx: Context) -> Partner:
    """"IC DE AMICIS-DA VINCI, v italské CASERTĚ", "Agrupamento de Escolas X v portugalské Baixa da
    Banheira": a place preposition, a country's adjective and a capitalised place after the
    name are its seat, not part of it; the adjective gives the country."""
    preps = "|".join(re.escape(w) for w in ctx.lex.cues.get("place_prepositions", []) if " " not in w)
    m = re.search(rf"(?:,\s*|\s+)(?:{preps})\s+([^\W\d_][\w-]*)\s+[{UPPER}][^,;()]*$", p.name) if preps else None
    if not m or len(p.name[:m.start()].split()) < 2:
        return p
    hits = [h for h in gazetteer.find(m.group(1), ctx.lex, adjectives=True) if h.kind == "adjective"]
    if not hits:
        return p
    code = hits[0].cc
    reslice(p, 0, m.start(), ctx.doc.text)
    p.country = p.country or code
    return p


def _cut_amount(p: Partner, ctx: Context) -> Partner:
    """"X 500.000.000 Ft", "X 120 000 EUR": an amount and its currency after the name (a budget
    list's row run into one line) are no part of it."""
    words = sorted(set(ctx.lex.currencies) | {"eur", "€"}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words if w)
    m = re.search(rf"\s+\d[\d .,]*\d\s*(?:{alt})\.?$", p.name, re.I) if alt else None
    if m and len(p.name[:m.start()].split()) >= 2:
        reslice(p, 0, m.start(), ctx.doc.text)
    return p


def _cut_conjunction_end(p: Partner, ctx: Context) -> Partner:
    """"Leibniz University Hannover a projektovým": a conjunction after a capitalised word, then
    one lower-case word that is no type word, closes the name: the sentence goes on with
    its next phrase. A list of domains keeps its end ("…, kulture i športa": no capital before)."""
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if " " not in c)
    m = re.search(rf"(?<=\S)\s+(?:{conj})(\s+[{LOWER}][\w-]*)$", p.name) if conj else None
    if not m or has_org_word(m.group(1)) or len(p.name[:m.start()].split()) < 2:
        return p
    before = p.name[:m.start()].split()[-1]
    if not before[:1].isupper():
        return p
    reslice(p, 0, m.start(), ctx.doc.text)
    return p


def _cut_role_bracket(p: Partner, ctx: Context) -> Partner:
    """The name ends before a bracket that holds a role cue and is not the name's end alone
    (a bracket closing the name is read by the readers as its role or acronym)."""
    for m in re.finditer(r"\s*\(([^()]{2,80})\)", p.name):
        if m.start() == 0 or m.end() == len(p.name.rstrip()):
            continue
        cues = nlp.cues(m.group(1), ctx.lang, _ROLE_KEYS)
        if not cues:
            continue
        lead = any(c.key in _LEAD_KEYS for c in cues)
        reslice(p, 0, m.start(), ctx.doc.text)
        if lead:
            p.role = LEAD
        return p
    return p


def _cut_origin_clause(p: Partner, ctx: Context) -> Partner:
    """"X iš Rumunijos pakvietė visus partnerius": a "from" word, a country, then lower-case
    words (the sentence's verb) to the end: the name is X, the country the partner's."""
    origin = [o for o in ctx.lex.cues["origin"] if o]
    if not origin:
        return p
    alt = "|".join(re.escape(o) for o in sorted(origin, key=len, reverse=True))
    m = re.search(rf"(?<=\S)\s+(?:{alt})\s+(\S+)\s+[{LOWER}][^()]*$", p.name)
    if not m or len(p.name[:m.start()].split()) < 2:
        return p
    code = country_name(m.group(1).strip(",."), ctx)
    if not code:
        return p
    reslice(p, 0, m.start(), ctx.doc.text)
    p.country = p.country or code
    return p
