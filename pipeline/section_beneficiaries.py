"""Sections from a beneficiary list: list items that each open with the organisations
funded, then a dash and their project's title ("• Gmina A z Gminą B – Budowa ścieżki
rowerowej, 50 tys. euro", "• Obec Hať – Oprava návsi – 1 200 000 Kč", "• Comune di X e
Comune di Y – Sentieri senza confini (40.000 euro)"), as pages announcing approved
small projects or micro-projects lay them out."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_clean import adjectives_then_type
from pipeline.extractors.partner_names import has_org_word
from pipeline.lexicons import load
from pipeline.model import LIST_ITEM, Document, Section
from pipeline.normalise.money import find_money
from pipeline.section_items import names_of_one
from pipeline.section_names import NAME_WORDS, capitalised, label_value, name_core
from pipeline.textnorm import fold

HEAD_WORDS = 16  # the organisations before the dash: one or two names of a few words each
TITLE_WORDS = 20  # a small project's title may be a long phrase ("Budowa ścieżki … w miejscowości X")
# a dash between the organisations and the title: spaced, or closing a word ("Fankova- Trasa")
_DASH = re.compile(r"\s+[–—-]\s+|(?<=[^\W\d_])[–—-]\s+(?=[^\W\d_])")
# a short joining word before another organisation's capitalised name ("z Gminą", "und Stadt",
# "e Comune", "with the"): the head names one more organisation there
_JOIN = re.compile(r"\s+(?:[^\W\d_]{1,4}\s+){1,2}(?=[^\W\d_]*[A-ZÀ-ÞĀ-Ž])")
_BULLET = re.compile(r"\s*(?:[•*·▪◦]|\d{1,2}[.)])?\s*")


def beneficiary_sections(doc: Document) -> list[Section]:
    """One section per item of a list whose items each read "organisations – title": the
    title is the project's name, the organisations its partners. Two items at least, most
    of the list, with distinct titles; the list is announced by a block that talks of
    funding or projects, not of partners ("Dofinansowanie otrzymali:", "Approved
    projects:"), or every item states an amount of its own. The text before the list is
    a section of its own (the page's own project or the programme's news), so a total or
    an umbrella project's partners stay out of the listed projects."""
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    best: list[tuple[int, tuple[int, int], tuple[tuple[int, int], ...]]] = []
    i = 0
    while i < len(doc.blocks):
        if doc.blocks[i].kind != LIST_ITEM:
            i += 1
            continue
        j = i
        while j < len(doc.blocks) and doc.blocks[j].kind == LIST_ITEM:
            j += 1
        found = _run(ctx, i, j)
        if len(found) > len(best):
            best = found
        i = j
    if len(best) < 2:
        return []
    first = best[0][0]
    lead = (first - 1,)  # "Dofinansowanie otrzymali:": it says what the items' amounts are
    out = [Section(blocks=(*lead, b), name=name, partners=orgs, shared=lead) for b, name, orgs in best]
    # the text before the list is a project of its own where it names one (the umbrella
    # project the listed ones are funded from); otherwise it is the programme's news
    intro = Context(doc, Section(blocks=tuple(range(first))))
    if first > 1 and names_of_one(intro):
        out.insert(0, intro.section)
    return out


def _run(ctx: Context, i: int, j: int) -> list[tuple[int, tuple[int, int], tuple[tuple[int, int], ...]]]:
    """The parsed items of the list blocks i..j-1, if the list is a beneficiary list."""
    if i == 0 or j - i < 2:
        return []
    lead = i - 1
    if ctx.cues(lead, {"partners", "partner_nouns", "lead_partner", "coordinator", "activities", "themes",
                       "sectors", "work_packages"}):
        return []  # "Project partners:" lists partners with their roles or shares
    parsed = [(k, _item(ctx, k)) for k in range(i, j)]
    typed = [(k, p) for k, p in parsed if p and p[2]]
    # the items are parallel: beside those whose head holds an organisation word, one whose
    # head is capitalised words ("Pieniński Park Narodowy – …") is an organisation too
    found = [(k, p) for k, p in parsed if p and (p[2] or len(typed) >= 2 and capitalised(ctx.doc.text[slice(*p[1][0])]))]
    if len(typed) < 2 or 2 * len(found) <= j - i:
        return []
    names = [name_core(ctx.doc.text[slice(*p[0])]) for _, p in found]
    if len(set(names)) < len(names):
        return []
    announced = bool(ctx.cues(lead, {"budget_eu", "money_approved", "projects_counted"}))
    if not announced and not all(find_money(ctx.text(k), ctx.lex) for k, _ in found):
        return []
    return [(k, p[0], tuple(p[1])) for k, p in found]


def _item(ctx: Context, k: int) -> tuple[tuple[int, int], list[tuple[int, int]], bool] | None:
    """(the title's span, the organisations' spans, whether the head holds an organisation
    word) of a list item "organisations – title [amount]"."""
    block = ctx.block(k)
    text = ctx.doc.text[block.start:block.end]
    at = _BULLET.match(text).end()
    dashes = list(_DASH.finditer(text, at))
    if not dashes:
        return None
    # the head runs to the first dash, or on to a later one where the piece between goes on
    # naming organisations ("Stowarzyszenie … Spisz – Podhale z Gminą X – title")
    cut = 0
    while cut + 1 < len(dashes) and _joins_org(text[dashes[cut].end():dashes[cut + 1].start()], ctx.lang):
        cut += 1
    head = text[at:dashes[cut].start()]
    rest_at = dashes[cut].end()
    if not head or not head[0].isupper() or len(head.split()) > HEAD_WORDS or re.search(r"[.:;!?]\s", head):
        return None
    stop = len(text)
    money = find_money(text[rest_at:], ctx.lex)
    if money:
        stop = rest_at + money[0].start
    num = re.search(r"[,(]?\s*(?:\S+\s+)?\d", text[rest_at:stop])  # "ok. 96 tyś euro", "(40.000 euro)"
    if num:
        stop = rest_at + num.start()
    title = text[rest_at:stop].rstrip(" ,;:(–—-")
    approx = [a for a in ctx.lex.cues.get("approx", []) if title.lower().endswith(" " + a)]
    if approx:
        title = title[:len(title) - len(approx[0])].rstrip(" ,;:(–—-")
    words = title.split()
    if not words or not title[0].isupper() or len(words) > TITLE_WORDS or label_value(title, ctx.lang) \
            or ctx.cues(k, {"lead_partner", "coordinator", "partners"}):
        return None  # "Uni X – Lead partner – 200 000 EUR" is a partner list's row
    orgs = _orgs(head, block.start + at, ctx.lang)
    if not orgs:
        return None
    s = block.start + rest_at
    return (s, s + len(title)), orgs, has_org_word(head)


def _joins_org(piece: str, lang: str) -> bool:
    """A piece between two dashes that goes on naming organisations: it holds a joining
    word before a name with an organisation word ("Podhale z Gminą Velka Fankova")."""
    m = _JOIN.search(piece)
    rest = piece[m.end():].split() if m else []
    return bool(rest) and _org_word(rest[0], lang)


def _org_word(word: str, lang: str) -> bool:
    """An organisation-type word of any language, or an inflected type word of the page's
    ("Miastem", "Gminou", "Comune")."""
    return has_org_word(word) or fold(word) in {fold(w) for w in load(lang).cues.get("org_types", [])}


def _orgs(head: str, base: int, lang: str) -> list[tuple[int, int]]:
    """The organisations a head names: split where a short joining word opens another
    organisation's name ("Gmina A z Gminą B", "Stadt X und Gemeinde Y"); each piece a few
    capitalised words."""
    out, pos = [], 0
    for m in list(_JOIN.finditer(head)) + [None]:
        end = m.start() if m else len(head)
        after = head[m.end():].split() if m else []
        nxt = after[0] if after else ""
        # "ze Słowackim Pienińskim Parkiem": adjectives agreeing with the type word after them
        if m and not _org_word(nxt, lang) and not adjectives_then_type(after, lang):
            continue  # "Park Narodowy w Krakowie": a place, not another organisation
        piece = head[pos:end].strip(" ,")
        if not piece or len(piece.split()) > NAME_WORDS + 2 or not piece[0].isupper():
            return []
        s = base + pos + head[pos:end].find(piece)
        out.append((s, s + len(piece)))
        if m:
            pos = m.end()
    return out
