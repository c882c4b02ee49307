"""Budgets: amounts with a currency in a sentence that carries a budget cue; the cue
says which kind (total, EU contribution, other)."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extractors.context import Context
from pipeline.model import Evidence
from pipeline.normalise.money import find_money, format_amount

KINDS = {"budget_total": "total", "budget_eu": "eu_contribution", "budget": "other"}


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
            for money in find_money(sent.text, ctx.lex):
                start = sent.start + money.start
                # the nearest cue before the amount names its kind
                before = [c for c in cues if c.end <= start] or cues
                cue = max(before, key=lambda c: (c.end, c.end - c.start))
                key = (format_amount(money.amount), money.currency, KINDS[cue.key])
                if key in seen:
                    continue
                seen.add(key)
                out.append(Budget(key[0], key[1], key[2], ctx.evidence(start, sent.start + money.end), money.ambiguous))
    return out
