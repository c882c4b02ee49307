"""A list of partners read as one name whose items are not all written as full names.

partner_clean._split_commas divides "A, B, C" only when every item is an organisation of two
capitalised words at least. Lists in running text mix in other items, and then stayed one
false partner holding several true ones:
- an acronym ("la UGR, Laurea University of Applied Sciences, Kiel University …");
- an item opened by its article, which the language repeats before each item of a list
  ("la Universitat de Lleida, la Universitat Tecnològica de Rezeknes");
- a country between two items, which says where the item before it is
  ("Дирекція водного господарства, Угорщина, Виноградівське … управління").
Such a list is divided when at least two of its items are organisations of their own and
every other item is an acronym or a country's name. A name holding a list of its domains
("Ministry of Economy, Medium-sized Businesses and Energy, North Rhine-Westphalia") has
items that are neither, and stays whole.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name, country_of
from pipeline.extractors.partner_names import has_org_word, own_organisation
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from pipeline.textnorm import UPPER

# one word of capitals (digits, "&" or a hyphen inside): "UGR", "SNSPA", "HES-SO"
ACRONYM = re.compile(rf"[{UPPER}][{UPPER}\d&]*(?:-[{UPPER}\d]+)?")


def _kind(item: str, ctx: Context) -> str | None:
    if item[:1].isupper() and len(item.split()) >= 2 and (own_organisation(item) or has_org_word(item)):
        return "org"
    if len(item) >= 2 and ACRONYM.fullmatch(item) and not country_name(item, ctx):
        return "acronym"
    return "country" if country_name(item, ctx) else None


def _items(name: str, ctx: Context) -> list[tuple[int, str]]:
    """(offset in name, item) of each comma-separated item, a lower-case article before a
    capitalised item left out."""
    articles = {a for a in ctx.lex.cues.get("articles", []) if a[-1:].isalpha()}
    elided = tuple(a for a in ctx.lex.cues.get("articles", []) if a[-1:] in "'’")
    out, pos = [], 0
    for part in name.split(", "):
        off, item = pos, part
        head, _, rest = part.partition(" ")
        if head in articles and rest[:1].isupper():
            off, item = pos + len(head) + 1, rest
        elif elided and part.startswith(elided):  # "l'Istituto"
            cut = next(len(a) for a in elided if part.startswith(a))
            if part[cut:cut + 1].isupper():
                off, item = pos + cut, part[cut:]
        out.append((off, item))
        pos += len(part) + 2
    return out


def split_mixed_list(p: Partner, ctx: Context) -> list[Partner]:
    """[p], or the partners of the list p's name holds."""
    text = ctx.doc.text
    if ", " not in p.name or not text[p.start:p.end].startswith(p.name):
        return [p]  # the span may go on over the last item's bracket
    items = _items(p.name, ctx)
    kinds = [_kind(x, ctx) for _, x in items]
    if None in kinds or kinds.count("org") < 2 or kinds[0] == "country"\
            or any(a == b == "country" for a, b in zip(kinds, kinds[1:])):
        return [p]
    # a bracket or dash after the list gives its last item's country; a country the reader found
    # otherwise (a heading, an adjective before the list) is every item's, unless items name theirs
    after = text[p.start + len(p.name):p.end + 3].lstrip()
    shared = p.country if not after.startswith(("(", "-", "–")) and "country" not in kinds else None
    out: list[Partner] = []
    for (off, item), kind in zip(items, kinds):
        if kind == "country":
            out[-1].country = country_name(item, ctx)
            continue
        role = p.role if not out else (PARTNER if p.role == LEAD else p.role)
        out.append(Partner(item, role, p.start + off, p.start + off + len(item),
                           country=country_of(item, ctx) or shared, flags=list(p.flags)))
    if p.country and not shared and after.startswith(("(", "-", "–")):
        out[-1].country = out[-1].country or p.country
    if p.acronym:
        for q in out:
            q.acronym = p.acronym if p.acronym in q.name else None
    return out
