"""Project cards told apart by their shape: a title line over the same run of label lines,
repeated ("Bioraff Botnia" / "Leadpartner: …" / "Partnere i: …" / "Budsjett: …", then the
next title over the same labels). Pages that list the projects a programme approved lay
them out so, whatever the block kind each line was rendered as (a title may be a heading
on one card and a paragraph on the next), and whether or not the title looks like a name.
The repeated labels, not the words of any language, tell the cards apart."""
from __future__ import annotations

from collections import Counter

from pipeline.extractors.context import Context
from pipeline.model import Section
from pipeline.quotes import QUOTE_MARKS, quotation
from pipeline.section_names import Opener, has_fact_or_money
from pipeline.section_openers import card_label
from pipeline.textnorm import fold

TITLE_WORDS = 25  # a card's title: a name, or a long title with its name quoted
MIN_LABELS = 2  # a card states two labelled facts or more under its title


def _card(ctx: Context, t: int) -> list[str] | None:
    """The labels of the card block t titles: the label lines right under it, two or more;
    None when t is no title (a label line itself, a sentence, a lead-in ending in a colon)."""
    text = ctx.text(t).strip()
    if not text or card_label(ctx, t) or text.endswith((":", ".", "!", "?")) or len(text.split()) > TITLE_WORDS:
        return None
    labels = []
    for j in range(t + 1, len(ctx.doc.blocks)):
        label = card_label(ctx, j)
        if not label:
            break
        labels.append(label)
    return labels if len(labels) >= MIN_LABELS else None


def card_sections(ctx: Context) -> list[Section]:
    """One section per card of the page's repeated shape: the cards whose label runs share
    two labels or more with the shape (the labels two cards or more repeat), each stating a
    fact or an amount. A card runs to the next card's title, the last one to the end of its
    labels (text after the run tells of them again or of none); the text before the first
    card (the programme, the call, their total) is every card's, its amounts none's own."""
    doc = ctx.doc
    cards = {t: labels for t in ctx.indices if (labels := _card(ctx, t))}
    repeated = Counter(label for labels in cards.values() for label in set(labels))
    shape = {label for label, n in repeated.items() if n >= 2}
    # a card that names its title again ("Gemeente X" over "Name: Gemeente X") is a partner's
    titles = [t for t, labels in cards.items() if len(shape & set(labels)) >= MIN_LABELS
              and has_fact_or_money(doc, ctx.lang, t + 1, t + 1 + len(labels))
              and fold(ctx.text(t).strip()) not in fold(doc.text[ctx.block(t + 1).start:ctx.block(t + len(labels)).end])]
    if len(titles) < 2:
        return []
    names = [_name(ctx, t) for t in titles]
    if len({fold(doc.text[s:e]) for s, e in names}) < len(names):
        return []  # cards that repeat a title ("Partner", "Partner") are no projects' cards
    shared = tuple(range(titles[0]))
    out = []
    for n, t in enumerate(titles):
        stop = titles[n + 1] if n + 1 < len(titles) else t + 1 + len(cards[t])
        out.append(Section(blocks=shared + tuple(range(t, stop)), name=names[n], shared=shared))
    return out


def _name(ctx: Context, t: int) -> tuple[int, int]:
    """The title's quoted words where it quotes them ("projekt parasolowy oś 1 - "X""), else
    the title line itself."""
    block = ctx.block(t)
    text = ctx.doc.text
    for pos in range(block.start, block.end):
        if text[pos] in QUOTE_MARKS and (q := quotation(text, pos, block.end, skip=False)) and q.end > q.start:
            return q.start, q.end
    raw = ctx.text(t)
    start = block.start + len(raw) - len(raw.lstrip())
    return start, block.start + len(raw.rstrip())
