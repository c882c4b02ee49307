"""A list whose items each state one amount, each item a project of its own, under a lead-in
that names the money ("Folgende Projekte erhalten Förderung:" over "• 12.000 € für X",
"De volgende initiatieven krijgen steun:" over "- € 10.476 voor X"): every item's amount is
its project's, of the kind the lead-in names. The structure decides, not the item's words:
the item is its section's only block of the list, and every item of the run holds one amount."""
from __future__ import annotations

from pipeline.model import LIST_ITEM
from pipeline.normalise.money import find_money
from pipeline.section_amount_items import PARTNER_KEYS

MIN_ITEMS = 2


def own_item_kind(ctx, i: int, lead: int, keys: set[str], kinds: dict[str, str]) -> str | None:
    """The kind of list item i's amount when the item is its own project's (its section holds
    no other item of the list) and the lead-in above the list (block `lead`) names the money:
    the kind of the last cue of the lead's last sentence, the one that opens the list."""
    run = []
    k = lead + 1
    while k < len(ctx.doc.blocks) and ctx.doc.blocks[k].kind == LIST_ITEM:
        run.append(k)
        k += 1
    if len(run) < MIN_ITEMS or i not in run or any(j in ctx.section.blocks for j in run if j != i):
        return None
    if any(len(find_money(ctx.text(j), ctx.lex)) != 1 for j in run):
        return None  # a list of varied lines, or one item's several shares
    if ctx.cues(lead, PARTNER_KEYS):
        return None  # "Projektpartner:" over "• StadtWerk – 200.000 Euro": each partner's share
    # the lead's last sentence opens the list; a sentence before it may state the call's sum
    last = ctx.sentences(lead)[-1]
    cues = [c for c in ctx.cues(lead, keys | {"grant_received"}) if last.start <= c.start < last.end]
    if not cues:
        return None
    cue = max(cues, key=lambda c: c.start)
    # "De volgende initiatieven krijgen steun:": a verb of receiving a grant names the grant
    return "eu_contribution" if cue.key == "grant_received" else kinds[cue.key]
