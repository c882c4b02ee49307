"""A project card: consecutive "Label: amount" lines (one a block each), as a funding notice
or a project sheet lists the project's money ("Total value of the project: 2.493.309,49 lei",
"Non-refundable contribution: …", "Beneficiary's eligible co-financing of 2%: 49.722,91 lei").
A line of the card whose label names no budget is still one of the project's amounts when a
line beside it names the total: the card is the structure, the lines its parts. The label's
words do not say which part, so it is read as a further share ("other"): when the card
names the EU's line as well, or holds two or more uncued lines (the shares the total splits
into). Read last, only where the block's sentences gave no amount."""
from __future__ import annotations

import re

from pipeline.normalise.money import find_money

LABEL_WORDS = 12  # a label, not a sentence
LABEL = re.compile(r"\s*([^:\n]{2,120}?)\s*[:：]\s*")


def value_line(ctx, i: int):
    """The first amount of block i if the block is "Label: amount…" (the value opens with the
    amount), else None."""
    text = ctx.text(i)
    m = LABEL.match(text)
    if not m or len(m.group(1).split()) > LABEL_WORDS or re.search(r"[.!?]\s", m.group(1)):
        return None
    money = find_money(text[m.end():], ctx.lex)
    if not money or money[0].start > 2:
        return None
    return money[0], m.end()


def uncued_card_line(ctx, i: int, keys: set[str]) -> bool:
    """Block i is a label line with no budget cue in a run of label lines with amounts, one
    of which names the total, and which names the EU's line too or holds another uncued line."""
    if ctx.cues(i, keys) or value_line(ctx, i) is None:
        return False
    run = []  # (block, its value line) of the card's other lines
    for step in (-1, 1):
        j = i + step
        while j in ctx.indices and (line := value_line(ctx, j)) is not None:
            run.append((j, line))
            j += step
    named, uncued = set(), 0
    for j, (_, at) in run:
        label_end = ctx.block(j).start + at
        kinds = {c.key for c in ctx.cues(j, keys) if c.end <= label_end}
        named |= {"total"} if kinds & {"budget_total", "budget"} else set()
        named |= {"eu"} if "budget_eu" in kinds else set()
        uncued += not ctx.cues(j, keys)
    # with the total and the EU's lines named, the rest are shares; with the total alone, a
    # lone uncued line may be the EU's in a compound the cues miss ("EFRO-budget:"), but two or
    # more are the shares the total splits into ("Shkodra: …", "Ulqin: …")
    return "total" in named and ("eu" in named or uncued >= 1)
