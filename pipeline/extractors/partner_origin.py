"""Partners listed by their countries after "partners from": "sa partnerima iz Italije (Gioiosa
Ionica), Malte (Birgu) te Udrugom X (Italija)", "with partners from Italy (A), Malta (B) and
Portugal (C)", "mit Partnern aus Polen (Gmina X) und Tschechien (Obec Y)".

A partner noun, then a preposition of origin (the [partners_from] cue list) and a list whose
first item is a country with its partner in brackets. Each item must come with its country,
either before the bracket or in it ("X (Italija)"); an item not in the country-first form must
also read as an organisation (a type word), so that "partners from Rome (Italy)" names no town.
"""
from __future__ import annotations

from pipeline.extractors.context import Context
from pipeline.extractors.partner_clean import clean
from pipeline.extractors.partner_items import enumerated, list_end, sentence_end
from pipeline.extractors.partner_names import has_org_word, people, typed_len
from pipeline.extractors.partner_record import PARTNER, Partner

_FIRST = "country-first"  # the flag parse_item sets on "Country (Partner)"


def by_country(ctx: Context, i: int, sent) -> list[Partner]:
    """The partners of a list of countries, each with its partner in brackets, after a partner
    noun and a preposition of origin."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    nouns = [c for c in ctx.cues(i, {"partners", "partner_nouns"}) if inside(c)]
    origins = [c for c in ctx.cues(i, {"partners_from"}) if inside(c)]
    out: list[Partner] = []
    for o in origins:
        if not any(n.end <= o.start and not text[n.end:o.start].strip() for n in nouns):
            continue  # the preposition must follow the partner noun at once
        start = o.end + len(text[o.end:sent.end]) - len(text[o.end:sent.end].lstrip())
        found = enumerated(ctx, start, list_end(ctx, start, sentence_end(ctx, i, sent)), PARTNER, running=True)
        if len(found) < 2 or _FIRST not in found[0].flags or people(found, ctx):
            continue
        found = clean(found, ctx)  # "Udrugom X" -> "Udruga X": the type word in the nominative
        if all(p.country and (_FIRST in p.flags or has_org_word(p.name) or typed_len(p.name, ctx)) for p in found):
            out.extend(found)
    return out
