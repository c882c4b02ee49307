"""Partners presented one entry each under a role heading, as project sites describe their
consortium: "Bénéficiaires associés" / "Ligue X (LPO) : première association …" / "Office Y
(OFB) : un établissement …", or "Geassocieerde partners" / "> Conservatoire Z www.z.fr" /
a paragraph about it. An entry is a line that is the name alone (right under the heading, or
with its web address or a marker once a description was passed), or a paragraph that opens
with the name and its acronym in brackets ("Ligue X (LPO) : …", "Het Agentschap voor Natuur en
Bos (ANB) is een …"). The paragraphs describing an entry are passed over; a heading of
another kind ends the list."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors import partner_lists
from pipeline.extractors.partner_blocks import _name_line
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_items import parse_item
from pipeline.extractors.partner_names import leading_noise
from pipeline.extractors.partner_own_cues import name_cues
from pipeline.extractors.partner_record import LEAD, LEAD_KEYS, PARTNER, URL, Partner
from pipeline.lexicons import FIELD_KEYS
from pipeline.model import HEADING, TABLE_ROW
from pipeline.textnorm import UPPER, fold

_PARTY_KEYS = LEAD_KEYS | {"partners"}
# "Het Agentschap X (ANB) is een …": an article, maybe, then the name and its acronym
_NAME_ACRONYM = re.compile(rf"^(?P<name>[{UPPER}][^()]{{2,160}}?)\s*\((?P<acr>[{UPPER}][\w&.-]{{1,12}})\)\s+\S")


def _role_heading(ctx: Context, i: int) -> str | None:
    """The role of a short heading or label that names a kind of partner ("Bénéficiaires
    associés", "Geassocieerde partners", "Coördinerende partner:", "Lead partner"): a partner
    or lead cue with at most two more words and no other field's cue. A word of coordinating
    beside it ("Coördinerende", "koordinierende") makes it the lead."""
    text = ctx.text(i).strip().rstrip(":").strip()
    words = text.split()
    if not 1 <= len(words) <= 4 or any(c.isdigit() for c in text) or URL.search(text):
        return None
    cues = ctx.cues(i, _PARTY_KEYS)
    if not cues or any(c.key in FIELD_KEYS and c.key not in _PARTY_KEYS for c in ctx.cues(i))\
            or len(words) - max(len(c.text.split()) for c in cues) > 2:
        return None
    if _marks_a_name(ctx.doc.text[ctx.block(i).start:min(c.start for c in cues)]):
        return None
    if any(c.key in LEAD_KEYS for c in cues):
        return LEAD
    stems = {fold(c)[:6] for k in LEAD_KEYS for c in ctx.lex.cues[k] if " " not in c and len(c) >= 6}
    covered = {w for c in cues for w in c.text.split()}
    return LEAD if any(fold(w)[:6] in stems for w in words if w not in covered) else PARTNER


def _marks_a_name(head: str) -> bool:
    """The cue closes a line that names an organisation before it, in brackets or after a dash
    ("Regione Lombardia (capofila)", "Town of X – lead partner"): that item's role marker, not
    a heading over the items below it."""
    head = head.rstrip()
    return bool(re.search(r"\S\s*(?:\(|\s[-–—])$", head)) and any(w[:1].isupper() for w in head.split())


def _lead_entry(ctx: Context, i: int) -> Partner | None:
    """A short line that is a name and its lead marker ("- Regione Lombardia (capofila)",
    "City of X – lead partner"): the lead, first of the entries below it."""
    text = ctx.text(i).strip()
    cues = ctx.cues(i, LEAD_KEYS)
    if not cues or len(text.split()) > 12 or any(c.key in FIELD_KEYS and c.key not in _PARTY_KEYS for c in ctx.cues(i)):
        return None
    base = ctx.block(i).start
    head = ctx.doc.text[base:min(c.start for c in cues)]
    tail = ctx.doc.text[max(c.end for c in cues):ctx.block(i).end].strip(" )]")
    if tail or not _marks_a_name(head):
        return None
    name = head.rstrip(" (–—-").strip()
    name = name[leading_noise(name, ctx):].strip()
    return parse_item(name, base + head.find(name), ctx, LEAD) if name else None


def _entry_name(text: str, ctx: Context, strong: bool) -> str | None:
    """The name an entry's block gives: the block alone (only a `strong` block, one with a web
    address or a marker, once a description was passed), or the name and its bracketed
    acronym opening its paragraph ("Ligue X (LPO) : …", "Het Agentschap Y (ANB) is een …")."""
    text = URL.sub(" ", text).strip(" >»›•*·")  # "> Département du Nord www.cg59.fr"
    text = text[leading_noise(text, ctx):].strip()
    if not text:
        return None
    if _name_line(text, ctx):
        # no contact, amount, date or sentence ("Kontrolle der X. um … zu sichern") is a name
        plain = "@" not in text and not re.search(r"\d|\.\s", text) and len(text.split()) <= 10
        return text if strong and plain and not name_cues(text, ctx.lang, set(FIELD_KEYS)) else None
    first, _, rest = text.partition(" ")
    bare = rest if first.lower() in nlp.stop_words(ctx.lang) else text  # "Het Agentschap …": the article is no part
    m = _NAME_ACRONYM.match(bare)
    if not m:
        return None
    name = m.group("name").strip()
    if len(name.split()) > 12 or name_cues(name, ctx.lang, set(FIELD_KEYS)):
        return None
    return f"{name} ({m.group('acr')})"


def _country_line(text: str, ctx: Context) -> bool:
    """A country heading between entries ("Per la Grecia", "Slovenia:"): no entry, no end."""
    head = partner_lists.without_preposition(text.strip().rstrip(":").strip(), ctx)
    return len(head.split()) <= 3 and bool(country_name(head, ctx))


def from_entries(ctx: Context) -> list[Partner]:
    out: list[Partner] = []
    pos = 0
    while pos < len(ctx.indices):
        role = _role_heading(ctx, ctx.indices[pos])
        first = None if role else _lead_entry(ctx, ctx.indices[pos])
        pos += 1
        if first:
            role = PARTNER  # the lead's own line opens the list of the others
        if not role:
            continue
        found: list[Partner] = [first] if first else []
        passed = False  # a paragraph describing an entry was passed over
        address = None  # a web address on a line of its own, before its entry
        while pos < len(ctx.indices) and len(found) < 40:
            i = ctx.indices[pos]
            if ctx.block(i).kind == TABLE_ROW:
                break  # a table under the heading: the table reader reads its cells
            again = _role_heading(ctx, i)
            text = ctx.text(i)
            url = URL.search(text)
            if again or _country_line(text, ctx):
                role = again or role
                pos += 1
                continue
            if not URL.sub("", text).strip(" >•*-–"):
                pos += 1  # the entry's web address on a line of its own, above or below its name
                address = url.group(0) if url else None
                continue
            marked = bool(url or address or re.match(r"\s*[>»›•*·]", text))
            name = _entry_name(text, ctx, strong=marked or not passed)
            p = parse_item(name, ctx.block(i).start + max(0, text.find(name.split(" (")[0])), ctx, role) if name else None
            if p:
                # its web address beside it or on the line above (its domain may give the country)
                p.url = p.url or (url.group(0) if url else address)
                found.append(p)
                if role == LEAD:
                    role = PARTNER  # a lead heading names one organisation
                pos += 1
                address = None
                continue
            if ctx.block(i).kind == HEADING or not found:
                break
            passed = True
            pos += 1  # a paragraph describing the entry above
        # one entry with a description is a page's paragraph as often as a partner's
        if len(found) >= 2 or any(p.role == LEAD for p in found):
            out += found
    return out
