"""A partner's country from the label of its list: "Slovenian partners: A, B; Croatian
partners: C", "HR partnerji: D, E", "Partner aus Österreich: F", "Partenaires français : G".
The label is a partner cue with a country, a country's adjective or its code beside it,
and the partner stands in the label's value: after its colon, in the same block, with no
sentence's end and no other partner label between them."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import adjective_country, country_name
from pipeline.extractors.partner_record import LEAD_KEYS, Partner

_PARTY_KEYS = LEAD_KEYS | {"partners", "partner_nouns"}
# a label of up to four words before its colon, after a block's start, a bracket or a list's break
_LABEL = re.compile(r"(?:^|[(;,.]\s*|\s[-–—/|]\s*)((?:[^\s:;,()]+\s+){0,3}[^\s:;,()]+)\s*:\s")


def _cues(text: str, ctx: Context) -> list:
    """Partner cues in text, in the page's language or in English, as labels often are."""
    return sorted((c for lang in dict.fromkeys((ctx.lang, "en")) for c in nlp.cues(text, lang, _PARTY_KEYS)),
                  key=lambda c: c.start)


def _label_country(label: str, ctx: Context) -> str | None:
    """The country a partner label names ("Slovenian partners", "HR partnerji", "Partner aus
    Österreich"), or None; the label must hold a partner cue."""
    cues = _cues(label, ctx)
    if not cues:
        return None
    rest = label[:cues[0].start] + " " + label[cues[-1].end:]
    words = rest.split()
    if not words or len(words) > 2:
        return None
    phrase = " ".join(words)
    return country_name(phrase, ctx) or adjective_country(phrase, ctx)


def label_country(p: Partner, ctx: Context) -> str | None:
    """The country the label over p's list gives, when p's block holds such a label before it."""
    block = next((ctx.block(i) for i in ctx.indices if ctx.block(i).start <= p.start < ctx.block(i).end), None)
    if block is None:
        return None
    before = ctx.doc.text[block.start:p.start]
    last = None
    for m in _LABEL.finditer(before):
        if _cues(m.group(1), ctx):
            last = m
    if not last or re.search(r"[.!?]\s", before[last.end():]):
        return None
    return _label_country(last.group(1), ctx)
