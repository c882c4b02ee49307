"""Headings a count of projects announces: "De første fire projekter … er meget forskellige."
then "Knogleskørhed" over a paragraph, "Et chip-laboratorium" over the next."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.model import HEADING, PARAGRAPH
from pipeline.extractors.partner_names import has_org_word
from pipeline.section_names import LABEL_CUES, has_fact_or_money, NAME_WORDS, QUOTES, Opener, counts_projects, unit_name

LEAD_GAP = 1  # blocks between the block that counts the projects and the first heading


def counted_heading_openers(ctx: Context) -> list[Opener]:
    """Short headings, two or more, right after a block that counts projects ("Mittuniversitetet
    medverkar i tre projekt …", "De første fire projekter …"), each over paragraphs of its
    own. The count says the page goes on to present several projects; a heading under it,
    whatever its words, titles one of them. The headings run on until one is a field label
    or a heading with no paragraph under it; only units with facts or organisations of
    their own count, so a closing "More news" opens nothing."""
    doc = ctx.doc
    n = len(doc.blocks)
    for lead in range(n):
        if ctx.block(lead).kind == HEADING or not counts_projects(ctx, lead):
            continue
        first = next((j for j in range(lead + 1, min(lead + 2 + LEAD_GAP, n)) if ctx.block(j).kind == HEADING), None)
        if first is None:
            continue
        heads = []
        for j in range(first, n):
            if ctx.block(j).kind != HEADING:
                continue
            if not _title(ctx, j):
                break
            heads.append(j)
        heads = [h for n_, h in enumerate(heads) if _own_facts(ctx, h, heads[n_ + 1] if n_ + 1 < len(heads) else n)]
        if len(heads) >= 2:
            return [(j, ctx.block(j).start + len(ctx.text(j)) - len(ctx.text(j).lstrip()), ctx.block(j).end) for j in heads]
    return []


def _own_facts(ctx: Context, head: int, stop: int) -> bool:
    """The unit under a heading states a fact (a budget, a date, a lead) or names an
    organisation by its type word ("mellem Odense Universitets Hospital og …"): who carries
    out a project is what a news item on approved projects says of each."""
    return has_fact_or_money(ctx.doc, ctx.lang, head + 1, stop) or any(
        has_org_word(ctx.text(j)) for j in range(head + 1, stop))


def _title(ctx: Context, i: int) -> bool:
    """Heading i titles a unit: a few words, no sentence end or label colon, no field label
    or programme unit, and a paragraph right under it."""
    text = ctx.text(i).strip().strip(QUOTES)
    words = text.split()
    return (1 <= len(words) <= NAME_WORDS and (text[0].isupper() or text[0].isdigit())
            and not re.search(r"[.:;!?]$|:\s", text) and i + 1 < len(ctx.doc.blocks)
            and ctx.block(i + 1).kind == PARAGRAPH and not nlp.cues(text, ctx.lang, LABEL_CUES)
            and not unit_name(ctx.doc, ctx.lang, (i, -1, -1)))
