"""Budgets an organisation owns: once the project's total is stated, an amount whose clause
is headed by an organisation ("Naturvårdsverket bidrar med 20 miljoner kronor",
"Z toho príspevok pre našu obec: 20.535,44 EUR", "Pohjois-Pohjanmaan liiton rahoitusosuus
24 tuhatta euroa") is that organisation's share of the project, kind other.

Read from the clause's shape, not from one phrasing: an organisation word of any of our
languages (`org_words`: the word itself, a case form of it, or a compound ending in it,
"Naturvårdsverket") stands before the amount,
after the sentence's start or the amount before, a few words off, with no project word,
total cue, EU word or cue naming EU money between (so "Gmina X realizuje projekt o wartości …"
keeps the project's total and "Gmina X otrzymała dofinansowanie z UE …" the EU's grant).
Without a stated total the amount may be the whole project's money its one beneficiary
receives: left alone.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.lexicons import org_words
from pipeline.normalise.money import find_money
from pipeline.textnorm import fold

OWNER_WORDS = 8  # how far before the amount the organisation still heads its clause
STEM_KEEP = 4  # a case form keeps at least this many letters of the organisation word
STEM_CUT = 2  # … and changes at most this many at its end ("liitto" → "liiton")
STEM_GROW = 3  # … and adds at most this many
COMPOUND_MIN = 5  # a compound ends in an organisation word this long ("Naturvårds|verket")
# a verb of obtaining money ("otrzymała", "pozyskała", "received") makes the organisation the
# project's beneficiary: the money is the project's grant, not a share
BLOCK_KEYS = {"project_before", "project_after", "budget_total", "budget_worth", "funder", "programme",
              "grant_received", "actor_verbs"}
SOURCE_KEYS = {"budget_eu", "funder", "programme"}  # their words name where money comes from
EU_BEFORE = 2  # "EU FONDOVA": the EU named this close before an organisation word makes it a fund


def _org_token(word: str, words: frozenset[str]) -> bool:
    """An organisation word, a case form of it or a compound ending in it."""
    w = fold(word)
    if len(w) < 3:
        return False
    if w in words:
        return True
    for o in words:
        if len(o) >= COMPOUND_MIN and w.endswith(o) and len(w) > len(o) + 2:
            return True
        stem = o[:max(STEM_KEEP, len(o) - STEM_CUT)]
        if len(o) > STEM_KEEP and w.startswith(stem) and len(w) <= len(o) + STEM_GROW:
            return True
    return False


def _owner_ends(ctx: Context, lo: int, hi: int) -> list[int]:
    """End offsets of the organisation words in text[lo:hi]. A word the language's cues of
    EU money, funders or programmes use ("z Evropského fondu", "fundos europeus"), or one
    right after the EU's abbreviation ("IZ EU FONDOVA"), names a fund: where the money comes
    from, not who holds it. (The partners found are no better guide: they are few, and a
    span cut wrongly would end anywhere.)"""
    words = org_words()
    sources = _source_words(ctx)
    text = ctx.doc.text
    out = []
    for m in re.finditer(r"\w+", text[lo:hi]):
        if not _org_token(m.group(), words) or fold(m.group()) in sources:
            continue
        before = " ".join(text[:lo + m.start()].split()[-EU_BEFORE:])
        if not _eu_named(ctx, before):
            out.append(lo + m.end())
    return out


def _source_words(ctx: Context) -> set[str]:
    return {fold(w) for k in SOURCE_KEYS for c in ctx.lex.cues.get(k, []) for w in re.findall(r"\w+", c)}


def _eu_named(ctx: Context, text: str) -> bool:
    """The EU named by its abbreviation in capitals ("EU", "UE", "ЕС")."""
    return any(not any(ch.islower() for ch in m.group()) for w in ctx.lex.cues.get("eu_abbrev", [])
               for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE))


def _blocks(cue) -> bool:
    """A cue between the organisation and the amount that makes the money the project's or
    the EU's. Of the EU money cues only those that name the EU or a fund do: several words
    ("EU-stöd", "Európskeho fondu regionálneho rozvoja") or an abbreviation in capitals
    ("EFRR"); a bare "share" or "funding" noun ("rahoitusosuus", "príspevok") is what a
    partner's share is called too."""
    if cue.key != "budget_eu":
        return True
    return len(re.findall(r"\w+", cue.text)) > 1 or cue.text.isupper()


def organisation_shares(ctx: Context, budgets: list) -> list:
    """The budgets, those an organisation heads made kind other (once a total is stated)."""
    totals = {(b.amount, b.currency) for b in budgets if b.kind == "total"}
    if not totals:
        return budgets
    text = ctx.doc.text
    for b in budgets:
        if b.kind == "other" or (b.amount, b.currency) in totals:
            continue
        start = b.evidence.start
        i = next((k for k in ctx.indices if ctx.block(k).start <= start < ctx.block(k).end), None)
        if i is None:
            continue
        sent = ctx.sentence_at(i, start)
        if sent is None:
            continue
        lo = sent.start
        before = find_money(text[lo:start], ctx.lex)
        if before:
            lo += before[-1].end
        blockers = [c for c in ctx.cues(i, BLOCK_KEYS | {"budget_eu"}) if lo <= c.start < start and _blocks(c)]
        for end in _owner_ends(ctx, lo, start):
            gap = text[end:start]
            if len(gap.split()) > OWNER_WORDS or _eu_named(ctx, gap) or any(c.end >= end for c in blockers):
                continue
            b.kind = "other"
            break
    return budgets
