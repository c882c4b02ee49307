"""Partners on the plain lines below a partner label that no other reader takes: a label
that is more than a bare cue ("Projekt partnerek:", "Außerdem sind die folgenden Städte am
Projekt beteiligt:") or lines that each open with a partner's code ("LP: A (Italia)",
"P1: B (Slovenia)", "A2: C (Serbia)").

Page text often loses a list's bullets: each partner is then a short line of its own, read
as a heading or a paragraph. A run of two or more such name lines right after a short
block that ends with a colon and speaks of partners is the list the colon opens. The run
ends at the first line that is no name (a sentence, a label, a line with a cue of another
field); a single line is no run (a label's value is the label readers' to take).
"""
from __future__ import annotations

from pipeline.extractors.context import Context
from pipeline.extractors.partner_blocks import PARTY_KEYS, _ends_list, _name_line, _typed_line
from pipeline.extractors.partner_countries import placed
from pipeline.extractors.partner_codes import LEAD_CODES, coded
from pipeline.extractors.partner_items import parse_item
from pipeline.extractors.partner_own_cues import name_cues
from pipeline.extractors.partner_record import LEAD, LEAD_KEYS, PARTNER, Partner
from pipeline.model import LIST_ITEM, TABLE_ROW

# cues that make a short label ending in a colon speak of the project's partners
_LABEL_KEYS = PARTY_KEYS | {"partner_nouns", "member_nouns", "participation"}
_LABEL_WORDS = 12  # "Außerdem sind die folgenden Städte am EU-Projekt X beteiligt:" is a label; a paragraph is not
# a line with one of these cues opens the next group ("Weitere Akteure im Konsortium"), it names no one
_GROUP_KEYS = {"partners", "consortium", "count_other", "project_next", "project_before", "project_label"}


def _one_word_name(text: str, ctx: Context) -> bool:
    """A line of one capitalised word that is a town or an acronym ("Prag", "DKSR"): in a run
    under a partner label, a partner named by its place or short name."""
    word = text.strip()
    return len(word.split()) == 1 and word[:1].isupper() and not word.endswith((".", ":"))\
        and (sum(c.isupper() for c in word) >= 2 or placed(word, ctx))


def _entry(text: str, ctx: Context) -> bool:
    """A line that names one organisation and nothing more."""
    return _name_line(text, ctx) or _typed_line(text, ctx) or _one_word_name(text, ctx)


def _label(ctx: Context, pos: int) -> str | None:
    """The role (LEAD or PARTNER) of block pos when it is a short block ending in a colon
    whose last sentence holds a partner cue; else None."""
    i = ctx.indices[pos]
    text = ctx.text(i).rstrip()
    if not text.endswith(":") or ctx.block(i).kind in (LIST_ITEM, TABLE_ROW):
        return None
    sents = ctx.sentences(i)
    opens = sents[-1].start if sents else ctx.block(i).start
    if len(ctx.doc.text[opens:ctx.block(i).end].split()) > _LABEL_WORDS:
        return None
    cues = [c for c in ctx.cues(i, _LABEL_KEYS) if c.start >= opens]
    if not cues:
        return None
    party = [c for c in cues if c.key in PARTY_KEYS]
    return LEAD if party and party[0].key in LEAD_KEYS else PARTNER



def _run(ctx: Context, pos: int) -> list[tuple[int, int, bool]]:
    """The name lines right after position pos: (block index, offset of the name in the
    block, whether the line carried a code). Lines with codes and bare lines do not mix."""
    run: list[tuple[int, int, bool]] = []
    for j in ctx.indices[pos + 1:pos + 41]:
        b = ctx.block(j)
        if b.kind in (LIST_ITEM, TABLE_ROW):
            break  # a real list: the list readers take it
        text = ctx.text(j)
        code = coded(text)
        at = code[1] if code else 0
        if run and run[0][2] != bool(code):
            break
        # "P11: Consorzio Puglia": a cue that is the name's own type word opens no group
        if code is None and _ends_list(ctx, j) or name_cues(text[at:].strip(), ctx.lang, _GROUP_KEYS)\
                or not _entry(text[at:], ctx):
            break
        run.append((j, at, bool(code)))
    return run


def from_label_runs(ctx: Context) -> list[Partner]:
    out: list[Partner] = []
    for pos, i in enumerate(ctx.indices):
        role = _label(ctx, pos)
        if role is None:
            continue
        run = _run(ctx, pos)
        if len(run) < 2:
            continue
        if not run[0][2] and ctx.label_alone(i, PARTY_KEYS):
            continue  # a bare cue label: from_label_blocks reads its lines
        for n, (j, at, has_code) in enumerate(run):
            b = ctx.block(j)
            code = coded(ctx.text(j))[0] if has_code else ""
            # a lead label's run: its first line is the lead, the others its partners
            line_role = LEAD if code in LEAD_CODES or not has_code and n == 0 and role == LEAD else PARTNER
            p = parse_item(ctx.text(j)[at:], b.start + at, ctx, line_role)
            if p:
                out.append(p)
    return out
