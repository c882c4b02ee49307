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


def org_token(word: str) -> bool:
    """An organisation word of any language, a case form of it or a compound ending in it."""
    return _org_token(word, org_words())


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
        if not eu_named(ctx, before):
            out.append(lo + m.end())
    return out


def owner_ends(ctx: Context, lo: int, hi: int) -> list[int]:
    """End offsets of the organisation words heading text[lo:hi] (see `_owner_ends`)."""
    return _owner_ends(ctx, lo, hi)


def _source_words(ctx: Context) -> set[str]:
    return {fold(w) for k in SOURCE_KEYS for c in ctx.lex.cues.get(k, []) for w in re.findall(r"\w+", c)}


def eu_named(ctx: Context, text: str) -> bool:
    """The EU named by its abbreviation in capitals ("EU", "UE", "ЕС"); "eu" in lower case is
    no EU. (Also the budget reader's test.)"""
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
            if len(gap.split()) > OWNER_WORDS or eu_named(ctx, gap) or any(c.end >= end for c in blockers):
                continue
            b.kind = "other"
            break
    return budgets


OWNED_AFTER = 2  # "proračun Grada Rijeke", "бюджетът на община X", "orçamento do Município": at most one word between
OWNED_BEFORE = 3  # "Valkas novada pašvaldības budžets": a name this many words before the organisation word
FUNCTION_LETTERS = 4  # "na", "do", "der", "of the": the one word that may link a cue to its owner
OWNED_KEYS = {"budget", "budget_total", "budget_worth"}  # cues that would make the amount the whole


def owned_total(ctx: Context, i: int, cue, start: int, lo: int) -> bool:
    """The total or budget cue that names the amount is a named organisation's budget: the
    organisation word stands right after the cue, at most one word between and the word after
    it or the organisation word itself capitalised ("proračun Grada Rijeke iznosi …",
    "Бюджетът на община Благоевград е …", "Vrednost projekta opštine Žagubica je …"), or right
    before it, under a capitalised name ("Valkas novada pašvaldības budžets ir …", "Biržų
    regioninio parko direkcijos biudžetas – …"): that organisation's share of the project, kind
    other, whether or not the project's total is stated. A name is needed: "investice do
    školy" (into a school building) owns nothing. No project word, punctuation or number may
    stand between. `lo`: where the amount's clause starts (the sentence or the amount before)."""
    if cue is None or cue.key not in OWNED_KEYS:
        return False
    words, sources = org_words(), _source_words(ctx)
    text = ctx.doc.text
    projects = [c for c in ctx.cues(i) if c.key in {"project_before", "project_after", "cluster_names", "programme", "call"}]

    def org(w: str) -> bool:
        # a short word's case form too: "Grada" of "grad" (two letters at most: not "gradnja")
        short = any(len(o) == STEM_KEEP and fold(w).startswith(o) and len(w) - len(o) <= STEM_CUT for o in words)
        return (short or _org_token(w, words)) and fold(w) not in sources

    def capital(w: str) -> bool:
        # a name's capital; a word in capitals is a shouted label ("BUDGET COMUNE:"), no name
        return w[:1].isupper() and not w.isupper()

    # after the cue: "<cue> [short word] ORG [Name]", only spaces between
    hi = start if cue.end <= start else len(text)
    run = re.match(r"(?:[^\S\n]+[^\W\d_]+){1,3}", text[cue.end:hi])
    after = run.group().split() if run else []
    for k in range(min(OWNED_AFTER, len(after))):
        if k and len(after[0]) > FUNCTION_LETTERS:
            break  # "investice do školy" keeps its "do"; a longer word between is no owner's link
        if org(after[k]) and (capital(after[k]) or k + 1 < len(after) and capital(after[k + 1])):
            gap_end = cue.end + run.group().find(after[k]) + len(after[k])
            return not any(cue.end <= c.start < gap_end for c in projects) and not eu_named(ctx, run.group())
    # before the cue: "[Name …] ORG <cue>", only words between the clause's start and the cue
    head = text[max(lo, text.rfind("\n", 0, cue.start) + 1):cue.start]
    tail = re.search(r"((?:[^\W\d_]+[^\S\n]+){0,%d})([^\W\d_]+)[^\S\n]+$" % OWNED_BEFORE, head)
    if tail and org(tail.group(2)):
        at = cue.start - len(head) + tail.start()
        named = tail.group(1).split() + [tail.group(2)]
        return any(capital(t) for t in named) and not eu_named(ctx, tail.group(0)) and \
            not any(at <= c.start < cue.start for c in projects)
    return False
