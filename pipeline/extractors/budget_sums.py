"""Budgets that add up: the roles a breakdown gives its amounts.

A page that breaks a project's money down ("504 000 € … of which 403 000 € from the ERDF …
101 000 € from the council", "Rozpočet: 46 993,05 € / z toho EÚ (ERDF) 85 %: 39 944,09 € /
zo štátneho rozpočtu 10 %: 4 699,31 €") states amounts of which one is the sum of the
others (a = b + c, or a = b + c + d, to the rounding of the stated figures). The arithmetic
tells the roles wherever the words sit: the parts are shares, never the total; of the parts,
the one whose own clause names the EU or a fund is the EU's contribution, the others are
other (national, own) money; the sum is the project's total, or, when the project states a
larger total, a share of it (kind other: a grant made of EU and national money, a partner's
budget). A part stated as a percentage of another amount ("Cofinanțarea beneficiarului de
2%: 49.722,91 lei", "24.159,35 euro, čo je 60,78% z celkového rozpočtu") is a share too.

An amount's own clause: the text between it and the amounts beside it, a gap split at its
first clause break (a line break, comma, semicolon, opening bracket, full stop or
conjunction), or at its middle when it has none. The cue nearest the amount in it says
whose money it is ("Dotacja z budżetu państwa: …": the state's, the qualifier nearer than
the head noun).
"""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from pipeline import nlp
from pipeline.extractors import budget_owners
from pipeline.extractors.context import Context
from pipeline.normalise.money import find_money, format_amount, parse_number

TOLERANCE = Decimal("0.002")  # at most this share of the whole, however coarsely a figure is rounded
CENTS = Decimal("0.02")  # figures stated to the cent add up to the cent
MAX_PARTS = 3
SPAN = 800  # the whole and its parts stand this close together: one breakdown, not figures of several sections
WINDOW = 200  # how far from an amount its clause reaches, at most
EU_KEYS = {"budget_eu", "funder"}
OTHER_KEYS = {"budget_other"}
PERCENT = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
PERCENT_SLACK = Decimal("0.1")  # percentage points beyond the stated figure's rounding


def apply(ctx: Context, budgets: list) -> list:
    """The budgets, kinds set by the breakdowns among them."""
    if len(budgets) < 2:
        return budgets
    places = _amount_places(ctx)
    added = _completing_figures(ctx, budgets, places)
    budgets = budgets + added
    places = sorted(places + [(b.evidence.start, b.evidence.end) for b in added])
    local = {id(b): _local_kind(ctx, b, places) for b in budgets}
    unread = {id(b) for b in added}  # a figure completed by the arithmetic has no kind read yet
    for whole, parts in _breakdowns(budgets):
        _assign(ctx, budgets, whole, parts, local, unread)
    for part, whole in _percent_parts(ctx, budgets, places):
        if part.kind == "total":
            part.kind = "eu_contribution" if local[id(part)] == "eu_contribution" else "other"
    _wholes_of_eu_parts(ctx, budgets)
    return budgets


def _wholes_of_eu_parts(ctx: Context, budgets: list) -> None:
    """An amount read as EU money that an "of which" word right after it breaks down into a
    smaller EU amount ("skirta 746 161,24 Eur, iš kurių 634 237,05 Eur ERPF lėšos") holds the EU's
    part and more: the project's total, or a share of a larger total stated beside it."""
    from pipeline.extractors.budgets import OF_WHICH_WORDS, _part_of_which
    text = ctx.doc.text
    for whole in budgets:
        if whole.kind != "eu_contribution":
            continue
        after = [b for b in budgets if b.evidence.start >= whole.evidence.end and b.currency == whole.currency]
        if not after:
            continue
        part = min(after, key=lambda b: b.evidence.start)
        gap = text[whole.evidence.end:part.evidence.start]
        if part.kind == "eu_contribution" and _value(part) < _value(whole) and "\n" not in gap \
                and _part_of_which(ctx, gap, OF_WHICH_WORDS):
            larger = any(b.kind == "total" and b.currency == whole.currency and _value(b) > _value(whole)
                         for b in budgets)
            whole.kind = "other" if larger else "total"


GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:[.\u00a0 ]\d{3})+(?:,\d{1,2})?(?![\w%]|[.,]\d)|"
                     r"(?<![\w.,])\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d{1,2})?(?![\w%]|[.,]\d)")


def _completing_figures(ctx: Context, budgets: list, places: list[tuple[int, int]]) -> list:
    """A figure written without its currency beside amounts with one, that is exactly what
    one of them lacks to make up a larger one ("2.436.422,78 lei, din care contribuție FEDR
    2.113.223,84 și contribuție din bugetul național 323.198,94 lei"; "8.540.514,05 lei … (7.407.588,71
    lei – contribuția UE și 1.132.925,34 leo – …)"): the missing part, in their currency. Its
    kind is set later, as a part's."""
    from pipeline.extractors.budgets import Budget
    text = ctx.doc.text
    out = []
    held = {(b.amount, b.currency) for b in budgets}
    for whole in budgets:
        for part in budgets:
            if part is whole or part.currency != whole.currency or _value(part) >= _value(whole):
                continue
            lo = min(whole.evidence.start, part.evidence.start)
            hi = max(whole.evidence.end, part.evidence.end)
            if hi - lo > SPAN:
                continue
            missing = _value(whole) - _value(part)
            for m in GROUPED.finditer(text, lo, min(len(text), hi + WINDOW)):
                if any(s <= m.start() < e for s, e in places):
                    continue
                parsed = parse_number(m.group(), "," if "," in m.group()[-3:] else ".")
                if parsed is None or abs(parsed[0] - missing) > Decimal("0.01"):
                    continue
                key = (format_amount(parsed[0]), whole.currency)
                if key not in held:
                    held.add(key)
                    out.append(Budget(key[0], key[1], "other", ctx.evidence(m.start(), m.end())))
    return out


def _value(b) -> Decimal:
    return Decimal(b.amount)


def _unit(b) -> Decimal:
    """The last stated digit's unit: 0.01 for a figure with cents, 1000 for "504 000"."""
    value = _value(b)
    if value != value.to_integral_value():
        return Decimal("0.01")
    digits = str(int(value))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def _slack(whole, parts: tuple) -> Decimal:
    """How far a sum may miss: the coarsest figure's rounding ("19 490 000 = 11 690 504 +
    7 793 669"), to the cent for exact figures, never more than a small share of the whole."""
    unit = max(_unit(b) for b in (whole, *parts))
    return min(max(CENTS, unit), TOLERANCE * _value(whole))


def _breakdowns(budgets: list) -> list[tuple[object, tuple]]:
    """(whole, parts) for each amount that is the sum of two (else three) smaller ones of its
    currency stated near it; a whole with several such sums is left alone (a coincidence)."""
    out = []
    for whole in budgets:
        value = _value(whole)
        smaller = [b for b in budgets if b is not whole and b.currency == whole.currency and _value(b) < value
                   and abs(b.evidence.start - whole.evidence.start) <= SPAN]
        for n in range(2, MAX_PARTS + 1):
            found = [combo for combo in itertools.combinations(smaller, n)
                     if abs(sum(_value(b) for b in combo) - value) <= _slack(whole, combo)]
            if len(found) == 1:
                out.append((whole, found[0]))
            if found:
                break
    return out


def _assign(ctx: Context, budgets: list, whole, parts: tuple, local: dict, unread: set[int]) -> None:
    if all(p.kind == local[id(p)] == "eu_contribution" for p in parts):
        whole.kind = "eu_contribution"  # two partners' EU grants together ("no kurām … finansē INTERREG")
        return
    # a part read as other money stays so (a partner's or a source's share said so by its label), unless
    # the sum and all its parts were read other and the sum is the project's largest amount: its own
    # breakdown, the uniform reading the layout's (a table whose rows all repeat a label)
    largest = not any(b.currency == whole.currency and _value(b) > _value(whole) for b in budgets)
    uniform = largest and all(b.kind == "other" for b in (whole, *parts))
    eu = [p for p in parts if (p.kind != "other" or id(p) in unread or uniform) and local[id(p)] == "eu_contribution"]
    if len(eu) != 1:
        # no clause tells, or several do: the one part read as EU money, unless its clause names other money
        eu = [p for p in parts if p.kind == "eu_contribution"]
        eu = eu if len(eu) == 1 and local[id(eu[0])] != "other" else []
    if not eu and whole.kind == "eu_contribution":
        # a grant read as EU money, whose other parts' clauses name other money: the one left is the EU's
        rest = [p for p in parts if local[id(p)] != "other"]
        eu = rest if len(rest) == 1 and (rest[0].kind != "other" or id(rest[0]) in unread) else []
    if not eu:
        if _one_row(ctx, whole, parts):
            # the sum and its parts are cells of one table row: the columns' shares (each country's or
            # partner's), never a project's total
            for p in parts:
                if p.kind == "total":
                    p.kind = "other"
        return  # a sum of shares none of which is the EU's (two projects' budgets "together 1,13 M€"): left as read
    for p in parts:
        p.kind = "eu_contribution" if p is eu[0] else "other"
    larger = any(b.kind == "total" and b.currency == whole.currency and _value(b) > _value(whole) for b in budgets)
    if whole.kind == "eu_contribution":
        # EU and other money together: the project's whole, or a grant within a larger total
        whole.kind = "other" if larger else "total"
    elif whole.kind == "other":
        if largest and not _owned(ctx, whole):
            whole.kind = "total"  # "Výše dotace: 43 015,78 Eur z toho: 36 563,40 Eur z EFRR …": the largest, nobody's share
    elif larger and any(b.kind == "eu_contribution" and b not in parts and b.currency == whole.currency
                        and _value(b) > _value(eu[0]) for b in budgets):
        # a larger total with EU money of its own: this breakdown is one partner's share of it
        whole.kind = "other"


CELL_BORDER = re.compile(r"[|\t]")


def _one_row(ctx: Context, whole, parts: tuple) -> bool:
    """The whole and its parts stand on one line, each beside the next across a cell border
    ("Coût total | 658 384,08 € | 329 511,44 € | 987 895,52 €"): a table row."""
    spans = sorted((b.evidence.start, b.evidence.end) for b in (whole, *parts))
    text = ctx.doc.text
    return all("\n" not in text[e:s] and CELL_BORDER.search(text[e:s]) for (_, e), (s, _) in zip(spans, spans[1:]))


def _owned(ctx: Context, b) -> bool:
    """An organisation heads the amount's clause ("Projekto lėšų dalis tenkanti X savivaldybei
    sudarytų 776 000 Eur"): that organisation's share."""
    start = b.evidence.start
    line = ctx.doc.text.rfind("\n", 0, start) + 1
    return bool(budget_owners.owner_ends(ctx, max(line, start - WINDOW), start))


def _amount_places(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of every amount with a currency on the page."""
    out = []
    for blk in ctx.doc.blocks:
        text = ctx.doc.text[blk.start:blk.end]
        out += [(blk.start + m.start, blk.start + m.end) for m in find_money(text, ctx.lex)]
    return sorted(set(out))


def _clause(ctx: Context, start: int, end: int, places: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of the amount's own clause: up to the amounts beside it, each gap split at
    its first clause break (or its middle)."""
    before = [e for s, e in places if e <= start]
    after = [s for s, e in places if s >= end]
    lo = max(before[-1] if before else 0, start - WINDOW)
    hi = min(after[0] if after else len(ctx.doc.text), end + WINDOW)
    if before and before[-1] >= start - WINDOW:
        lo = lo + _split(ctx, ctx.doc.text[lo:start])
    elif before or lo > 0:
        # no amount just before: the clause opens after the last full stop
        stop = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", ctx.doc.text[lo:start])]
        lo = lo + stop[-1] if stop else lo
    if after and after[0] <= end + WINDOW:
        hi = end + _split(ctx, ctx.doc.text[end:hi])
    else:
        stop = re.search(r"[.!?](?:\s|$)|\n", ctx.doc.text[end:hi])
        hi = end + stop.start() if stop else hi
    return lo, hi


def _split(ctx: Context, gap: str) -> int:
    """Where a gap between two amounts splits: after a bracket opened right after the first
    amount and closed in the gap (its gloss: "5 025 880,00 EUR (prostriedky EÚ - EFRR); 217 080,00
    EUR"), else at its first clause break; a label ending in a colon is the next amount's
    ("… lei Valoarea contribuției nerambursabile: 2.436.422,78 lei", lines run together); else
    at its middle."""
    lo = 0
    # a bracket or a dash right after the amount glosses it ("7.407.588,71 lei – contribuția UE și …")
    gloss = re.match(r"\s*\([^()]*\)", gap)
    if gloss:
        lo = gloss.end()
    elif re.match(r"\s*[–—-]\s", gap):
        lo = re.match(r"\s*[–—-]\s", gap).end()
    conj = [re.escape(w) for w in ctx.lex.cues.get("conjunctions", [])]
    pattern = r"\n|[,;(|]|[.!?](?:\s|$)|\s[–—-]\s"
    if conj:
        pattern += rf"|(?<!\w)(?:{'|'.join(conj)})(?!\w)"
    m = re.compile(pattern, re.IGNORECASE).search(gap, lo)
    if m:
        return m.start()
    if gloss:
        return lo
    return 0 if gap.rstrip().endswith(":") else len(gap) // 2


def _local_kind(ctx: Context, b, places: list[tuple[int, int]]) -> str | None:
    """eu_contribution or other, by the EU or other money cue nearest the amount in its
    own clause; None when the clause names neither."""
    start, end = b.evidence.start, b.evidence.end
    lo, hi = _clause(ctx, start, end, places)
    span = nlp.Span(lo, hi, ctx.doc.text[lo:hi])
    found = [(c.start, c.end, "eu_contribution" if c.key in EU_KEYS else "other")
             for c in ctx.doc_cues(span, EU_KEYS | OTHER_KEYS)]
    found += [(lo + m.start(), lo + m.end(), "eu_contribution") for m in _eu_marks(ctx, span.text)]
    # a longer cue over a shorter one of the other kind ("kofinanzjament nazzjonali" over "kofinanzjament")
    found = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0]
                                         for g in found)]
    found = [f for f in found if f[1] <= start or f[0] >= end]
    if not found:
        return None

    def distance(f) -> int:
        return start - f[1] if f[1] <= start else f[0] - end
    return min(found, key=distance)[2]


def _eu_marks(ctx: Context, text: str):
    """The EU's abbreviation in capitals ("EU", "UE", "EÚ")."""
    for w in ctx.lex.cues.get("eu_abbrev", []):
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE):
            if not any(ch.islower() for ch in m.group()):
                yield m


def _percent_parts(ctx: Context, budgets: list, places: list[tuple[int, int]]) -> list[tuple[object, object]]:
    """(part, whole): an amount whose clause states a percentage that it is of a larger
    amount of its currency, to the percentage's rounding."""
    out = []
    for b in budgets:
        lo, hi = _clause(ctx, b.evidence.start, b.evidence.end, places)
        for m in PERCENT.finditer(ctx.doc.text[lo:hi]):
            raw = m.group(1).replace(",", ".")
            share = Decimal(raw)
            if not 0 < share < 100:
                continue
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            slack = Decimal(5) / Decimal(10) ** (decimals + 1) + PERCENT_SLACK
            for w in budgets:
                if w is not b and w.currency == b.currency and _value(w) > _value(b) and \
                        abs(_value(b) * 100 / _value(w) - share) <= slack:
                    out.append((b, w))
                    break
    return out
