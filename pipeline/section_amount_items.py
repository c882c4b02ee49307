"""Sections from a list whose items repeat one shape: a project's name, then the
organisation it funds, then that organisation's amount ("• SIKT – Stärkt innovation,
Höga Kusten Industrigrupp, 18 104 432 kronor", "• HERMES (FET Open): Turun yliopisto,
401 984 €", "• SCALE-UP, Turun kaupunki, 1 433 174 €; Vinka Oy, 134 297 €").

Funding news lists the projects a call funded this way, one line each. The repetition is
the structure: two or more items of one list, each read as name, organisation(s) and an
amount that closes each organisation's part. A list of partners ("Lund University,
Sweden, 250 000 €") opens its items with an organisation or has a place where the
organisation stands, and is no list of projects."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import gazetteer, nlp
from pipeline.lexicons import load, org_word_in
from pipeline.model import LIST_ITEM, Document, Section
from pipeline.section_lead_names import lead_owners
from pipeline.normalise.money import Money, find_money
from pipeline.textnorm import UPPER, fold

ITEM_WORDS = 40  # one line per project: a longer item is a paragraph about it
NAME_WORDS = 14  # a project's name or short title before the organisation
ORG_WORDS = 8  # an organisation's name
MIN_ITEMS = 2

MARKER = re.compile(r"\s*(?:[•*·▪◦–-]|\d{1,2}[.)])?\s*")
# the name, an optional bracket (its programme or call), then a comma, colon or dash
HEAD = re.compile(r"([^,:;()]+?)\s*(?:\(([^()]{1,60})\))?\s*(?:[,:]|\s[–—-])\s*")


@dataclass(frozen=True)
class AmountItem:
    block: int
    name: tuple[int, int]  # document offsets
    orgs: tuple[tuple[int, int], ...]
    amounts: tuple[Money, ...]  # offsets relative to the document


def read_item(doc: Document, i: int) -> AmountItem | None:
    """The item's name, its organisations and their amounts, if list item i has the shape
    "Name[ (programme)], Org, amount[; Org, amount …]"."""
    block = doc.blocks[i]
    if block.kind != LIST_ITEM:
        return None
    text = doc.text[block.start:block.end]
    if len(text.split()) > ITEM_WORDS or re.search(r"[.!?]\s+[^\W\d_]", text):
        return None
    lex = load(doc.language or "en")
    at = MARKER.match(text).end()
    head = HEAD.match(text, at)
    if not head:
        return None
    name = head.group(1).strip()
    # "iNGENIOUS", "4CITY": a capital or digit in the name's first word
    if not name or not re.search(r"[\d" + UPPER + "]", name.split()[0]) or len(name.split()) > NAME_WORDS \
            or org_word_in(name) or _place(name, lex) or find_money(name, lex):
        return None
    orgs, amounts = [], []
    pos = head.end()
    for part in re.finditer(r"[^;]+", text[pos:]):
        piece = part.group(0)
        money = find_money(piece, lex)
        if len(money) != 1 or piece[money[0].end:].strip(" .,;") or money[0].start == 0:
            return None  # each part ends with its organisation's one amount
        org_text = piece[:money[0].start].rstrip(" ,:–—-")
        org = org_text.strip()
        if not org or not org[0].isupper() or len(org.split()) > ORG_WORDS or re.search(r"\d", org) \
                or _place(org, lex) or re.search(r"[,:()]", org) or nlp.cues(org, lex.lang, BUDGET_KEYS):
            return None  # "Nature and culture: budget EUR …": a label, not an organisation
        s = block.start + pos + part.start() + piece.index(org)
        orgs.append((s, s + len(org)))
        m = money[0]
        base = block.start + pos + part.start()
        amounts.append(Money(m.amount, m.currency, base + m.start, base + m.end, m.text, m.ambiguous, m.scale))
    if not orgs:
        return None
    s = block.start + head.start(1)
    return AmountItem(i, (s, s + len(name)), tuple(orgs), tuple(amounts))


def amount_item_sections(doc: Document) -> list[Section]:
    """One section per item of the longest run of list items that repeat the shape (see
    read_item); items of other shapes may stand between them ("• MOSES (SC4): Macgregor"
    with no amount). The blocks above the list are every project's (what funded them
    all); each item holds its own project."""
    runs: list[list[AmountItem]] = [[]]
    for i, block in enumerate(doc.blocks):
        if block.kind != LIST_ITEM:
            if runs[-1]:
                runs.append([])
            continue
        item = read_item(doc, i)
        if item:
            runs[-1].append(item)
    run = max(runs, key=len)
    if len(run) < MIN_ITEMS:
        return []
    names = [fold(doc.text[s:e]).lower() for s, e in (it.name for it in run)]
    if len(set(names)) < len(names):
        return []  # one name in every item: the items are one project's parts
    first = run[0].block
    lead = first
    while lead > 0 and doc.blocks[lead - 1].kind == LIST_ITEM:
        lead -= 1
    if 2 * len(run) < (run[-1].block - lead + 1):
        return []  # most of the list has another shape: a few lines of it are no list of projects
    # the lead-in stays with the first project, as a news item's lead does, but its amounts
    # and counts are the call's ("9,6 miljoonaa euroa … 18 hanketta"), none's own; each
    # item alone is its project (text after the list is about all of them or none)
    if lead > 0 and _partner_lead(doc, lead - 1):
        return []  # "Projektpartner:" over "• StadtWerk – Anteil 200.000 Euro": each partner's share
    # a lead-in block that tells one later project by name is that project's (section_lead_names)
    owners = lead_owners(doc, [doc.text[s:e] for s, e in (it.name for it in run)], lead)
    shared = tuple(i for i in range(lead) if i not in owners)
    out = []
    for n, item in enumerate(run):
        # its amounts and partners may still be the call's or all projects' ("with X"): shared too
        own = (shared if n == 0 else ()) + tuple(sorted(i for i, o in owners.items() if o == n))
        out.append(Section(blocks=own + (item.block,), name=item.name, shared=own, partners=item.orgs))
    return out


def item_budget_kind(item: AmountItem) -> str:
    """One amount is the EU's grant to the project; several are each organisation's share."""
    return "eu_contribution" if len(item.amounts) == 1 else "other"


BUDGET_KEYS = {"budget_total", "budget_eu", "budget", "budget_other", "budget_worth"}
PARTNER_KEYS = {"partners", "partner_nouns", "lead_partner", "coordinator"}


def _partner_lead(doc: Document, i: int) -> bool:
    """The line that introduces the list speaks of partners."""
    block = doc.blocks[i]
    return bool(nlp.cues(doc.text[block.start:block.end], doc.language or "en", PARTNER_KEYS))


def _place(text: str, lex) -> bool:
    return any(h.start == 0 and h.end == len(text) for h in gazetteer.find(text, lex))
