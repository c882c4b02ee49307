"""Partners in a table flattened to one cell per line, as web captures print HTML tables:
a header whose cell words may be glued together ("Organisation nameFunctionCountryWebsite
link"), or a partners label, then each row's cells on lines of their own ("Croatian Wood
Cluster" / "Coordinator" / "Croatia" / "Yes"). The rows are read from what the cells hold,
not from the header's order, since empty cells leave no line: a cell that is a country
gives the row's country, a role word its role, a town its place; a value repeated down the
table ("Yes", "Partner") is a column of categories; the one other cell names the partner."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name, place
from pipeline.extractors.partner_items import parse_item
from pipeline.extractors.partner_record import LEAD, LEAD_KEYS, PARTNER, URL, Partner
from pipeline.lexicons import FIELD_KEYS, load
from pipeline.textnorm import LOWER, UPPER, fold

_MAX_CELL_WORDS = 12
_PARTY_KEYS = LEAD_KEYS | {"partners"}
# words split where glued cells meet ("nameFunction"), at spaces and at punctuation
_WORD = re.compile(rf"[{UPPER}]?[{LOWER}]+|[{UPPER}]+(?![{LOWER}])|\d+")
# a partner's number as a row's cell: "1", "LP", "PP3", "P2"
_NUMBER_CELL = re.compile(r"\W*\d{1,3}\W*|(?:LP|PP|P)\s?\d{0,2}")


def _heads(ctx: Context) -> tuple[list[str], list[str]]:
    """(name column heads, other column heads), folded, in the page's language and in English."""
    names, others = [], []
    for lang in dict.fromkeys((ctx.lang, "en")):
        cues = load(lang).cues
        names += [fold(c) for c in cues["org_name_label"]]
        others += [fold(c) for c in cues["table_columns"]]
    return names, others


def table_header(text: str, ctx: Context) -> bool:
    """A short line naming a partner table's columns: a name head and another column's head,
    as words of their own or glued ("Organisation nameFunctionCountry…")."""
    if len(text.split()) > 15 or URL.search(text):
        return False
    words = " " + " ".join(fold(w) for w in _WORD.findall(text)) + " "
    names, others = _heads(ctx)
    found = lambda heads: {h for h in heads if f" {h} " in words}
    return bool(found(names)) and len(found(others)) >= 1 and len(found(names) | found(others)) >= 2


def _role(cell: str, ctx: Context) -> str | None:
    """The role a cell names when it is a role word and nothing more ("Coordinator", "Lead
    partner", "Partner", "Associated partner", "PP3")."""
    low = cell.strip(" :.").lower()
    if re.fullmatch(r"lp|lb", low):
        return LEAD
    if re.fullmatch(r"pp\s?\d{0,2}|p\s?\d{1,2}", low):
        return PARTNER
    cues = [c for lang in dict.fromkeys((ctx.lang, "en")) for c in nlp.cues(cell, lang, _PARTY_KEYS | {"partner_predicate"})]
    if not cues or len(low.split()) > 4 or len(low.split()) - max(len(c.text.split()) for c in cues) > 1:
        return None
    return LEAD if any(c.key in LEAD_KEYS for c in cues) else PARTNER


def _kind(cell: str, repeated: bool, ctx: Context) -> str:
    if country_name(cell, ctx):
        return "country"
    if _role(cell, ctx):
        return "role"
    if URL.search(cell) or _NUMBER_CELL.fullmatch(cell) or not re.search(r"[^\W\d_]{2}", cell):
        return "other"
    if repeated or place(cell, ctx):
        return "place" if place(cell, ctx) and not repeated else "other"
    return "name"


def _cell(text: str) -> bool:
    """A line short enough to be one cell, and no sentence."""
    words = text.split()
    return 1 <= len(words) <= _MAX_CELL_WORDS and not re.search(rf"[{LOWER}]{{2}}[.!?]$", text) and ": " not in text


def _cells_after(ctx: Context, pos: int) -> list[int]:
    """The indices of the one-cell lines that follow position pos."""
    out = []
    for i in ctx.indices[pos + 1:pos + 301]:
        text = ctx.text(i).strip()
        if not _cell(text) or ctx.label(i, set(FIELD_KEYS)):
            break
        out.append(i)
    return out


def _rows(cells: list[tuple[int, str, str]]) -> list[list[tuple[int, str, str]]]:
    """The cells grouped into rows: a row opens at its name cell, with the cells after it
    up to the next name; when the table opens with another cell (a country first), a row
    ends at its name instead."""
    names = [n for n, c in enumerate(cells) if c[2] == "name"]
    if not names:
        return []
    if names[0] == 0:
        bounds = names + [len(cells)]
        return [cells[a:b] for a, b in zip(bounds, bounds[1:])]
    bounds = [-1] + names
    return [cells[a + 1:b + 1] for a, b in zip(bounds, bounds[1:])]


def _read(ctx: Context, rows_cells: list[int]) -> list[Partner]:
    texts = [ctx.text(i).strip() for i in rows_cells]
    counts = {t: texts.count(t) for t in texts}
    cells = [(i, t, _kind(t, counts[t] > 1, ctx)) for i, t in zip(rows_cells, texts)]
    rows = _rows(cells)
    # every row (all but one in a long table) carries a country or a role: a table of partners
    described = [r for r in rows if any(k in ("country", "role") for _, _, k in r)]
    if len(rows) < 2 or len(described) < len(rows) - (len(rows) >= 5):
        return []
    out = []
    for row in described:  # a row of one lone cell is a stray value ("No"), not a partner
        i, name = next((i, t) for i, t, k in row if k == "name")
        country = next((country_name(t, ctx) for _, t, k in row if k == "country"), None)
        roles = [_role(t, ctx) for _, t, k in row if k == "role"]
        town = next((t for _, t, k in row if k == "place"), None)
        p = parse_item(name + (f" ({town})" if town else ""), ctx.block(i).start, ctx, LEAD if LEAD in roles else PARTNER)
        if p:
            p.country = country or p.country
            p.start, p.end = ctx.block(i).start, ctx.block(i).start + len(name)
            out.append(p)
    return out


def from_flat_tables(ctx: Context) -> list[Partner]:
    """Partners of tables flattened to one cell per line, after a header line or a partners
    label standing alone."""
    out: list[Partner] = []
    pos = 0
    while pos < len(ctx.indices):
        i = ctx.indices[pos]
        opens = table_header(ctx.text(i), ctx) or ctx.label_alone(i, _PARTY_KEYS)
        cells = _cells_after(ctx, pos) if opens else []
        if cells and table_header(ctx.text(cells[0]), ctx):
            pos += 1
            continue  # the partners label over the header: read from the header
        found = _read(ctx, cells) if len(cells) >= 4 else []
        out += found
        pos += len(cells) + 1 if found else 1
    return out
