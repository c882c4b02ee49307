"""Partners listed after a country label, one line per country: "Austria: A, B" /
"Slovenia: C and D", "Per l'Italia: …", "Rakousko – A, B". The label gives every partner of
its line its country, as a country heading does for the lines below it."""
from __future__ import annotations

import re

from pipeline.extractors import partner_lists
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_items import enumerated
from pipeline.extractors.partner_names import proper
from pipeline.extractors.partner_record import PARTNER, Partner

# a short label, a colon or a dash, then the line's list
_LABELLED = re.compile(r"^\s*(?:[-•*·▪]\s*)?(?P<label>[^:\n–—]{2,40}?)\s*(?::|\s[–—-])\s+(?P<value>\S.*)$")


def country_label(line: str, ctx: Context) -> tuple[str, int] | None:
    """(country, where the value starts) when a line opens with a country as its label."""
    m = _LABELLED.match(line)
    if not m:
        return None
    head = partner_lists.without_preposition(m.group("label").strip(), ctx)
    code = country_name(head, ctx) if len(head.split()) <= 3 else None
    return (code, m.start("value")) if code else None


def from_country_lines(ctx: Context) -> list[Partner]:
    """Partners on lines that a country labels, where two such lines at least stand in the
    section (a lone "Austria: …" line may be a budget or a remark): each named item of the
    line is a partner of that country. Items that are amounts or numbers are no names."""
    lines = []
    for i in ctx.indices:
        text = ctx.text(i)
        if "\n" in text.strip() or not (found := country_label(text, ctx)):
            continue
        value = text[found[1]:]
        if re.search(r"\d", value) and not re.search(r"[^\W\d_]{3}", re.sub(r"\d[\d\s.,]*\S*", "", value)):
            continue  # "Austria: 120 000 EUR"
        lines.append((i, found))
    if len(lines) < 2:
        return []
    out = []
    for i, (code, at) in lines:
        start = ctx.block(i).start
        for p in enumerated(ctx, start + at, start + len(ctx.text(i).rstrip()), PARTNER, open_end=False):
            if proper(p.name) or len(p.name.split()) >= 2 and p.name[:1].isupper():
                p.country = code
                out.append(p)
    return out
