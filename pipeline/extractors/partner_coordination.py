"""Organisations named in a coordinated list in running text, wherever the sentence's partner
cue stands: "Neben A, B und C sind auch D, E und F als Partner beteiligt", "X, Y e Z participam
como parceiros", "A, B a C jsou partnery projektu".

The items are the sentence's runs of name words (partner_evidence.spans: articles stripped)
joined only by commas, semicolons, the language's "and" and articles. The list is one of
organisations when its first item holds a type word or a legal form and at least half of its
items do; its other capitalised items then count as organisations too ("die SATT Conectus
Alsace" between two universities). A list of at least MIN_ITEMS such items shares the partner
cue of its sentence, however far the cue stands from most of them: a speaker who lists a
dozen organisations beside "partners" lists the partners.

In a language that writes an article before each item, a piece without one after a comma or
"and" goes on with the item before it ("die Hochschule für Technik, Wirtschaft und Medien
Offenburg, die Hochschule Karlsruhe"); a country alone between items closes the item before it
("Cork Printmakers, Ireland") and is no item of its own.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import partner_evidence as pe
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name
from pipeline.extractors.partner_names import has_org_word

MIN_ITEMS = 3  # two organisations beside a cue are read by the nearness rules of partner_evidence


def _article_before(start: int, ctx: Context) -> bool:
    words = ctx.doc.text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in set(ctx.lex.cues.get("articles", []))


def _continued(chain: list[tuple[str, int, int, str]], ctx: Context) -> list[tuple[str, int, int, str]]:
    """Items without their article joined to the item before, where most items have one."""
    if not ctx.lex.cues.get("articles") or len(chain) < 3:
        return chain
    arts = [_article_before(s[1], ctx) for s in chain[1:]]
    if sum(arts) < 2 or sum(arts) * 2 < len(arts):
        return chain
    out = [chain[0]]
    for s, art in zip(chain[1:], arts):
        if not art and s[3] == pe.UNTYPED and len(s[0].split()) <= 3 and not country_name(s[0], ctx):
            _, a, _, kind = out[-1]
            out[-1] = (ctx.doc.text[a:s[2]], a, s[2], kind)
        else:
            out.append(s)
    return out


def _dash_tail(prev: tuple[str, int, int, str], s: tuple[str, int, int, str], ctx: Context) -> bool:
    """s goes on with the name before it after a dash ("Centre National de la Recherche
    Scientifique – Délégation Alsace"): capitalised words with no type word, no country and no cue."""
    # a typographic dash only: " - " before a person's name is how programmes and lists of speakers
    # write "organisation - speaker"
    return s[3] == pe.UNTYPED and ctx.doc.text[prev[2]:s[1]].strip() in ("–", "—") and len(s[0].split()) <= 3 \
        and not country_name(s[0], ctx) and not nlp.cues(s[0], ctx.lang)


def _article_tail(prev: tuple[str, int, int, str], s: tuple[str, int, int, str], ctx: Context) -> bool:
    """s hangs on the name before it by an article alone, no comma or "and" ("Institut National des
    Sciences Appliquées" in a German sentence, whose joiners leave out its articles): an article is
    no separator of a list."""
    gap = ctx.doc.text[prev[2]:s[1]].split()
    return s[3] == pe.UNTYPED and len(gap) == 1 and gap[0].lower() in set(ctx.lex.cues.get("articles", []))


def _separated(prev: tuple[str, int, int, str], s: tuple[str, int, int, str], ctx: Context) -> bool:
    gap = ctx.doc.text[prev[2]:s[1]]
    conj = set(ctx.lex.cues["conjunctions"])
    return pe._listed([prev[:3], s[:3]], 1, ctx, only_before=True) \
        and bool(re.search(r"[,;]", gap) or any(w.lower() in conj for w in gap.split()))


def _common_word(name: str) -> bool:
    """One capitalised word with no second capital or digit: the first word of a name written in
    sentence case whose lower-case words the run left behind ("Lokalna akcijska grupa X"), or a
    common noun; an acronym or a brand ("WWF", "BioRN", "4EU") is a name of its own."""
    return " " not in name and sum(c.isupper() or c.isdigit() for c in name) < 2


def _shared_heads(items: list[tuple[str, int, int, str]], ctx: Context) -> list[tuple[str, int, int, str]]:
    """Single words before a name whose type word comes last share that type word: "Herlev och
    Gentofte Hospitaler", "Bispebjerg, Hvidovre och Holbaek Sjukhus", "Nord- und Südschule" are
    one item each, as written."""
    out, pending = [], []
    for s in items:
        if s[3] == pe.UNTYPED and _common_word(s[0]):
            pending.append(s)
            continue
        if pending and s[3] == pe.TYPED and has_org_word(s[0].split()[-1]) and not has_org_word(s[0].split()[0]):
            a = pending[0][1]
            s = (ctx.doc.text[a:s[2]], a, s[2], s[3])
        else:
            out += pending
        pending = []
        out.append(s)
    return out + pending


def _chains(items: list[tuple[str, int, int, str]], ctx: Context) -> list[list[tuple[str, int, int, str]]]:
    out: list[list[tuple[str, int, int, str]]] = []
    for s in items:
        if out and (_dash_tail(out[-1][-1], s, ctx) or _article_tail(out[-1][-1], s, ctx)):
            _, a, _, kind = out[-1][-1]
            out[-1][-1] = (ctx.doc.text[a:s[2]], a, s[2], kind)
        elif out and _separated(out[-1][-1], s, ctx):
            out[-1].append(s)
        else:
            out.append([s])
    return out


def listed_candidates(ctx: Context, i: int, sent) -> tuple[list[tuple[str, int, int]], set[int]]:
    """The sentence's candidates (partner_evidence.candidates) with the other items of its lists of
    organisations among them, and the indices of the candidates that stand in a list of at
    least MIN_ITEMS organisations."""
    out: list[tuple[str, int, int]] = []
    enumerated: set[int] = set()
    for chain in _chains(pe.spans(ctx, i, sent), ctx):
        chain = _continued(chain, ctx)
        items = _shared_heads([s for s in chain if not (s[3] == pe.UNTYPED and country_name(s[0], ctx))], ctx)
        items = [s for s in items if not (s[3] == pe.UNTYPED and _common_word(s[0]))]
        typed = [s[3] != pe.UNTYPED for s in items]
        organisations = len(items) >= MIN_ITEMS and typed[0] and sum(typed) * 2 >= len(items)
        for name, a, b, kind in items:
            if kind == pe.TYPED or organisations:
                if organisations:
                    enumerated.add(len(out))
                out.append((name, a, b))
    return out, enumerated
