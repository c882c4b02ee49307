"""Project and cluster names, and titles.

A name is read from structure first (a slide or heading that is a bare name, such as
"ClusterCOOP") and otherwise from cue words: "projekt ChemClust", "das X Projekt",
"Klaster Chemii Specjalistycznej Chem-Ster" (the cue is part of a cluster's name).
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import fold

CONNECTORS = {"for", "of", "and", "in", "the", "&", "-", "–", "für", "und", "der", "des"}
MAX_NAME_TOKENS = 6


def is_name_like(text: str) -> bool:
    """A bare project name: one to three words, at least one an acronym or in CamelCase."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[\w&+\-.']+", w) for w in words):
        return False
    return any(_camel(w) or (w.isupper() and sum(c.isalpha() for c in w) >= 3) for w in words)


def _camel(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _is_name_token(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() or any(c.isupper() for c in tok[1:]))


def name_run(text: str, start: int, lang: str, *, forward: bool = True) -> tuple[int, int] | None:
    """The run of capitalised tokens starting at `start` (or ending there when not forward)."""
    toks = nlp.tokens(text, lang)
    if forward:
        seq = [t for t in toks if t.start >= start]
    else:
        seq = [t for t in reversed(toks) if t.end <= start]
    taken = []
    for t in seq[:MAX_NAME_TOKENS * 2 + 2]:
        if _is_name_token(t.text):
            taken.append(t)
        elif t.text.lower() in CONNECTORS and taken and forward:
            taken.append(t)
        else:
            break
        if sum(1 for x in taken if any(c.isalnum() for c in x.text)) >= MAX_NAME_TOKENS:
            break
    while taken and not _is_name_token(taken[-1].text):
        taken.pop()
    if not taken:
        return None
    return min(t.start for t in taken), max(t.end for t in taken)


def candidates(ctx: Context) -> list[tuple[str, int, int, str]]:
    """(name, start, end, core) for every cue-introduced name in the section."""
    out = []
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        for cue in ctx.cues(i, {"project_before", "project_after", "cluster_names"}):
            if cue.key == "project_before":
                run = name_run(text, cue.end - base, ctx.lang)
                if run:
                    out.append((text[run[0]:run[1]], run[0] + base, run[1] + base, fold(text[run[0]:run[1]])))
            elif cue.key == "project_after":
                run = name_run(text, cue.start - base, ctx.lang, forward=False)
                if run:
                    out.append((text[run[0]:run[1]], run[0] + base, run[1] + base, fold(text[run[0]:run[1]])))
            elif cue.text[:1].isupper():
                run = name_run(text, cue.end - base, ctx.lang)
                if run and run[0] - (cue.end - base) <= 1:
                    core = fold(text[run[0]:run[1]])
                    out.append((text[cue.start - base:run[1]], cue.start, run[1] + base, core))
    out = [c for c in out if not _plain_word(c[0], c[1], ctx)]
    # a "name" that is itself a cue word or a country is not a project name
    cue_words = {c for k in ("partners", "lead_partner", "programme", "activities") for c in ctx.lex.cues[k]}
    return [c for c in out if c[3] not in cue_words and len(c[0]) >= 3]


def _plain_word(name: str, start: int, ctx: Context) -> bool:
    """One ordinary word that is capitalised only because it opens a sentence ("The project X")."""
    if " " in name or _camel(name) or name.isupper():
        return False
    return any(s.start == start for i in ctx.indices for s in ctx.sentences(i))


def strip_cue(name: str, ctx: Context) -> str:
    """A heading "Projekt InnoHPC" names the project "InnoHPC"."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in ctx.lex.cues["project_before"]:
        return " ".join(words[1:])
    if len(words) > 1 and words[-1].lower() in ctx.lex.cues["project_after"]:
        return " ".join(words[:-1])
    return name


def project_name(ctx: Context) -> tuple[str, int, int] | None:
    if ctx.section.name is not None:
        # the splitter read the name that opens this section ("Projekt: X", "Das Projekt „X“ …")
        s, e = ctx.section.name
        return ctx.doc.text[s:e], s, e
    if ctx.section.heading is not None:
        b = ctx.block(ctx.section.heading)
        text = ctx.text(ctx.section.heading)
        name = strip_cue(text, ctx)
        start = b.start + text.find(name)
        return name, start, start + len(name)
    cands = candidates(ctx)
    if not cands:
        return None
    counts = Counter(c[3] for c in cands)
    # a name that recurs beats one seen once; among equals, the first one written
    best_core = max(counts, key=lambda core: (counts[core], -min(c[1] for c in cands if c[3] == core)))
    # the first form that starts with the cue's dictionary form ("Klaster", not "Klastra")
    forms = [c for c in cands if c[3] == best_core]
    return forms[0][0], forms[0][1], forms[0][2]


def project_title(ctx: Context, name: str | None) -> tuple[str, int, int] | None:
    for i in ctx.indices:
        found = ctx.label(i, {"title"})
        if found:
            _, start = found
            return ctx.doc.text[start:ctx.block(i).end], start, ctx.block(i).end
    if ctx.section.heading is not None:
        h = ctx.section.heading
        nxt = [i for i in ctx.indices if i > h][:1]
        if nxt:
            b = ctx.block(nxt[0])
            text = ctx.text(nxt[0])
            if (b.page == ctx.block(h).page and b.kind in (PARAGRAPH, HEADING) and len(text.split()) >= 3
                    and ":" not in text):
                return text, b.start, b.end
    if name:
        for i in ctx.indices:
            # "CluStrat – Boosting innovation through new cluster concepts"
            text = ctx.text(i)
            m = re.match(re.escape(name) + r"\s*[–—:-]\s+(.+)$", text)
            if m and ctx.block(i).kind == HEADING and len(m.group(1).split()) >= 3:
                s = ctx.block(i).start + m.start(1)
                return m.group(1), s, ctx.block(i).end
        for i in ctx.indices:
            text = ctx.text(i)
            for m in re.finditer(re.escape(name) + r"(?:\s+\w+){0,2}\s*\(([^()]{10,200})\)", text):
                inner = m.group(1)
                if len(inner.split()) >= 3 and inner[:1].isupper():
                    s = ctx.block(i).start + m.start(1)
                    return inner, s, s + len(inner)
    return None
