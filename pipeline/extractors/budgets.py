"""Budgets: amounts with a currency in a sentence that carries a budget cue; the cue
says which kind (total, EU contribution, other).

A plain "budget" is the project's total. The kind is read from a cue in the amount's
own clause right after it ("3,7 mil. EUR (z toho 2,9 mil. EUR z ERDF)", "dont 3,4 de
subventions FEDER") when there is one, else from the nearest cue before it."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.money import find_money, format_amount

KINDS = {"budget_total": "total", "budget_eu": "eu_contribution", "budget": "total", "budget_other": "other"}
AFTER_WORDS = 6  # how far after an amount a cue still qualifies it


@dataclass
class Budget:
    amount: str
    currency: str
    kind: str
    evidence: Evidence
    ambiguous: bool = False


def extract(ctx: Context) -> list[Budget]:
    out: list[Budget] = []
    seen = set()
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, set(KINDS)) if sent.start <= c.start < sent.end]
            if not cues:
                continue
            amounts = find_money(sent.text, ctx.lex)
            for n, money in enumerate(amounts):
                start = sent.start + money.start
                limit = sent.start + (amounts[n + 1].start if n + 1 < len(amounts) else len(sent.text))
                cue = _after(ctx, cues, sent.start + money.end, limit) or _before(cues, start)
                key = (format_amount(money.amount), money.currency, KINDS[cue.key])
                if key in seen:
                    continue
                seen.add(key)
                out.append(Budget(key[0], key[1], key[2], ctx.evidence(start, sent.start + money.end), money.ambiguous))
    return out


def _before(cues, start: int):
    """The nearest cue before the amount (the longest when two end together)."""
    before = [c for c in cues if c.end <= start] or cues
    return max(before, key=lambda c: (c.end, c.end - c.start))


def _after(ctx: Context, cues, end: int, limit: int):
    """An EU or other-funding cue a few words after the amount, before the next amount
    and not across a clause break."""
    for c in cues:
        if end <= c.start < limit and c.key in ("budget_eu", "budget_other"):
            gap = ctx.doc.text[end:c.start]
            if len(gap.split()) <= AFTER_WORDS and not any(ch in gap for ch in ";.") and (
                    "," not in gap or "(" in gap):
                return c
    return None
