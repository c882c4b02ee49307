"""Partners in a list whose every item is a name, a comma and a country ("Istituto
Comprensivo Marassi, Italy." / "Agrupamento de Escolas X, Portugal."), whatever the colon
line above it says ("The schools that took part were:"): the repeated shape of an
organisation with its country is the partner list, in any language. A list of towns with
their countries ("Rome, Italy") names places, not organisations, and is left."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import bare_place, country_name
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.model import LIST_ITEM

_ITEM = re.compile(r"^\s*(?P<name>[^,;:()]+?),\s*(?P<country>[^,;:()]{3,40}?)\s*[.;]?\s*$")
MIN_ITEMS = 2  # one line with a country is a label's value, not a list


def _item(text: str, ctx: Context) -> tuple[str, str | None] | None:
    """(name, country code or None) of an item shaped "Name, Country": the name of two words
    or more, capitalised, that is no town; the tail of at most three capitalised words (a
    country the page misspells, "Madedònia del Nord", still closes its item)."""
    m = _ITEM.match(text)
    if not m:
        return None
    name, tail = m.group("name").strip(), m.group("country").strip()
    if len(name.split()) < 2 or not name[:1].isupper() or not tail[:1].isupper() or len(tail.split()) > 3:
        return None
    if bare_place(text.strip(" .;"), ctx):
        return None
    return name, country_name(tail, ctx)


def _runs(ctx: Context) -> list[list[int]]:
    """Runs of consecutive top-level list items that follow a line ending in a colon."""
    runs, run = [], []
    for pos, i in enumerate(ctx.indices):
        b = ctx.block(i)
        if b.kind == LIST_ITEM and b.level == 0 and (run or pos and ctx.text(ctx.indices[pos - 1]).rstrip().endswith(":")):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    return runs + ([run] if run else [])


def from_country_items(ctx: Context) -> list[Partner]:
    out: list[Partner] = []
    for run in _runs(ctx):
        items = [(i, _item(ctx.text(i), ctx)) for i in run]
        if len(items) < MIN_ITEMS or not all(hit for _, hit in items):
            continue
        if 2 * sum(1 for _, (_, code) in items if code) <= len(items) or sum(1 for _, (_, code) in items if code) < MIN_ITEMS:
            continue  # most tails must be countries: "Name, Town" lists are addresses
        for i, (name, code) in items:
            b = ctx.block(i)
            at = b.start + ctx.text(i).index(name)
            out.append(Partner(name, PARTNER, at, at + len(name), country=code))
    return out
