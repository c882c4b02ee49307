"""Projects a news item reports one after another by a quoted name and the amount each
receives: "За проектното предложение „A“ … 30 283 евро. … 24 098 евро с проектното
предложение „B“. 30 428 евро е бюджетът на проекта „C“, а за „D“ финансирането е 31 532
евро.", "Proiectul „X” … finanțat cu 19.000 de euro …, a proiectului «Y», cu 27.320 euro".

The signal is structural, not a phrasing: two or more distinct quoted names on a page that
speaks of projects, each with an amount of money of its own in its sentence (an amount
goes to the name said before it in the sentence, else to the one after it). A quotation that names an organisation (an
organisation word inside it or just before it: ОУ „Йордан Йовков“, Școala «X») or the
programme (Erasmus+) names no project; nor does a quoted sentence. Each name opens its
part at its sentence, or right after the part before when that sentence holds it.
"""
from __future__ import annotations

import re

from pipeline.extractors import programme
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.model import LIST_ITEM, PARAGRAPH, Section
from pipeline.normalise.money import find_money
from pipeline.quotes import quotations
from pipeline.section_names import Opener
from pipeline.textnorm import UPPER, fold

NEAR = 300  # characters between a name and its amount, at most
ORG_WORDS = 5  # a quoted organisation is short ("Școala Gimnazială nr. 5"); a title may open with one
TITLE_WORDS = 16  # a quoted title with its amount may be long ("The Secret Life of Writing: People, …")
PROJECT_KEYS = {"project_before", "project_after", "project_other", "project_named", "projects_counted"}


def _named_org(text: str, s: int, e: int) -> bool:
    """The quotation names an organisation: it opens with an organisation word and is short, or the word
    just before it is one or an abbreviation of one (ОУ, СУ, SC); a project's title may
    hold one further on ("For open future school")."""
    if has_org_word(text[s:e].split()[0]) and len(text[s:e].split()) <= ORG_WORDS:
        return True
    before = re.search(r"(\S+)\s*$", text[max(0, s - 41):s - 1])
    if not before:
        return False
    word = before.group(1).strip(",;:()")
    return has_org_word(word) or bool(re.fullmatch(rf"[{UPPER}]{{2,5}}", word))


def _candidates(ctx: Context, i: int, page: str) -> list[tuple[int, int]]:
    text = ctx.doc.text
    b = ctx.block(i)
    prog = programme.programme(Context(ctx.doc, Section(blocks=(i,))))
    out = []
    spans = [(q.start, q.end) for q in quotations(text, b.start, b.end)]
    for s, e in spans:
        name = text[s:e].strip()
        if not name or not re.match(rf"[{UPPER}\d]", name) or len(name.split()) > TITLE_WORDS or name[-1] in ".!" or ";" in name:
            continue  # a quoted sentence names no project
        if prog and (prog[1] < e and s < prog[2] or fold(name) in fold(prog[0])) or fold(name) in page:
            continue  # „Еразъм+“: the programme
        if _named_org(text, s, e) or find_money(name, ctx.lex):
            continue
        if not any(s < e2 and s2 < e for s2, e2 in out):
            out.append((s, e))
    return out


def _window(ctx: Context, i: int, s: int, e: int) -> tuple[int, int]:
    """The sentence that holds the name, and the next one too where a mark inside the
    quotation ended it („How to become better?” are …)."""
    sent = ctx.sentence_at(i, s)
    end = sent.end
    if end <= e + 2:
        end = ctx.sentence_at(i, min(end + 1, ctx.block(i).end - 1)).end
    return sent.start, max(end, e)


def quoted_amount_parts(ctx: Context) -> dict[int, list[Opener]]:
    """Per block, the parts it reports (where the part opens, name start, name end), when
    the page names two or more projects each by a quotation with an amount; else {}."""
    if not any(ctx.cues(i, PROJECT_KEYS) for i in ctx.indices):
        return {}
    text = ctx.doc.text
    page = fold((programme.programme(ctx) or ("",))[0]) or "\0"
    found: dict[int, list[Opener]] = {}
    names: set[str] = set()
    for i in ctx.indices:
        if ctx.block(i).kind not in (PARAGRAPH, LIST_ITEM):
            continue
        cands = _candidates(ctx, i, page)
        if not cands:
            continue
        b = ctx.block(i)
        owned: dict[int, int] = {}
        windows = [_window(ctx, i, s, e) for s, e in cands]
        for money in find_money(text[b.start:b.end], ctx.lex):
            ms, me = b.start + money.start, b.start + money.end
            # the amount is the name's said before it in its sentence, else the one after it
            mine = [k for k, (ws, we) in enumerate(windows) if ws <= ms < we and not cands[k][0] <= ms < cands[k][1]]
            before = [k for k in mine if cands[k][1] <= ms and ms - cands[k][1] <= NEAR]
            after = [k for k in mine if cands[k][0] >= me and cands[k][0] - me <= NEAR]
            k = before[-1] if before else after[0] if after else None
            if k is not None:
                owned[k] = max(owned.get(k, 0), me)
        parts: list[Opener] = []
        last = b.start
        for k, (s, e) in enumerate(cands):
            if k not in owned or fold(text[s:e]) in names:
                continue
            sent = ctx.sentence_at(i, s)
            start = sent.start if sent.start >= last else last
            parts.append((max(start, b.start), s, e))
            names.add(fold(text[s:e]))
            last = max(e, owned[k])
        if parts:
            found[i] = parts
    return found if sum(len(p) for p in found.values()) >= 2 else {}
