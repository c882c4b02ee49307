"""Two organisations joined by "with" inside one span: "Gmina Hażlach z Gminną Biblioteką
Publiczną w Hażlachu", "Obec Lipany spolu s Mestom Prešov", "die Stadt Oberwald gemeinsam mit der
Gemeinde Unterwald", "the City of X together with the University of Y". A comitative names a
second actor beside the first, not a part of its name, so each side is a partner of its own
when each reads as an organisation (two capitalised words with a type word, a legal form or an
acronym: own_organisation). The words are the language's `together_with` and `comitative` cues;
"z" in Polish is also "from" ("z Republiki Czeskiej"), which the organisation test tells apart.
The second name is put back in the nominative as every partner name is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_of
from pipeline.extractors.partner_names import own_organisation
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from pipeline.textnorm import UPPER


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern | None:
    from pipeline.lexicons import load
    cues = load(lang).cues
    words = sorted({w for w in cues.get("together_with", []) + cues.get("comitative", []) if w.strip()},
                   key=len, reverse=True)
    if not words:
        return None
    articles = "|".join(re.escape(a) for a in cues.get("articles", []) if a.isalpha())
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    return re.compile(rf"\s(?:{'|'.join(re.escape(w) for w in words)})\s+{article}(?=[{UPPER}])", re.I)


def split_comitative(p: Partner, ctx: Context, nominative) -> list[Partner]:
    """p as two partners where "with" joins two organisations in its name; nominative puts a
    name in its nominative (partner_clean._nominative)."""
    pattern = _pattern(ctx.lang)
    m = pattern.search(p.name) if pattern else None
    if not m or "," in p.name[:m.start()]:
        return [p]
    left, right = p.name[:m.start()].rstrip(), p.name[m.end():]
    if not own_organisation(left) or not own_organisation(right):
        return [p]
    same_span = ctx.doc.text[p.start:p.end] == p.name
    b = Partner(right, PARTNER if p.role == LEAD else p.role, p.start + m.end() if same_span else p.start, p.end,
                country=country_of(right, ctx) or p.country)
    b = nominative(b, ctx)
    a = Partner(left, p.role, p.start, p.start + len(left) if same_span else p.end, country=country_of(left, ctx) or p.country,
                acronym=p.acronym if p.acronym and p.acronym in left else None, url=p.url, flags=p.flags)
    return [a, b]
