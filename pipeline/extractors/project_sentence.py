"""Is this sentence about the project? A test that does not depend on a field's cue word.

A sentence is about the project when it names it: its name or acronym as the names
extractor chose it, or a project word of the language ("Projekt", "progetto", "projet",
the cluster words). The sentence right after one that names the project, in the same
paragraph, is about it too when it names no programme, call or other project of its own:
news prose names the project once and goes on with "Hier sind 3,6 Millionen Euro
vorgesehen", "Il coûte environ …", "Sie werden in den nächsten drei Jahren …".

Budgets and durations read facts in such sentences without a field cue: an amount with
its currency, a length after a "for" phrase.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context

PROJECT_KEYS = {"project_before", "project_after", "cluster_names"}
# words that make a sentence about something else than this project: its programme, a call,
# a programme's allocation, several projects
OTHER_KEYS = {"programme", "call", "budget_programme"}


def names_project(ctx: Context, i: int, sent: nlp.Span, name: str | None, own_name: bool = False) -> bool:
    """The sentence holds the project's name, or a project word in the singular (not "drei
    Projekte", "projecten": those speak of several). `own_name`: only the name counts (on a
    page about several projects a project word may be another's)."""
    if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sent.text):
        return True
    if own_name:
        return False
    plural = {(c.start, c.end) for c in _cues(ctx, i, sent, {"projects_counted"})}
    return any((c.start, c.end) not in plural for c in _cues(ctx, i, sent, PROJECT_KEYS))


def hyphen_cues(ctx: Context, i: int, keys: set[str]) -> list[nlp.CueMatch]:
    """Cues of `keys` in block i (document offsets), also inside hyphenated compounds
    ("Erasmus+-Programm", "EU-Projekt", "EFRE- / Gesamtmittel"): a hyphen is read as a space,
    so offsets stay."""
    base = ctx.block(i).start
    return [nlp.CueMatch(c.key, c.start + base, c.end + base, c.text)
            for c in nlp.cues(ctx.text(i).replace("-", " "), ctx.lang, keys)]


def _cues(ctx: Context, i: int, sent: nlp.Span, keys: set[str]) -> list[nlp.CueMatch]:
    """`hyphen_cues` that start in the sentence."""
    return [c for c in hyphen_cues(ctx, i, keys) if sent.start <= c.start < sent.end]


def _names_other(ctx: Context, i: int, sent: nlp.Span) -> bool:
    return bool(_cues(ctx, i, sent, OTHER_KEYS))


def previous(ctx: Context, i: int, sent: nlp.Span) -> nlp.Span | None:
    """The sentence before, in the same block."""
    before = [s for s in ctx.sentences(i) if s.end <= sent.start]
    return before[-1] if before else None


CARRY = 2  # how many sentences on a paragraph may go on speaking of the project named before them


def carries_on(ctx: Context, i: int, sent: nlp.Span, name: str | None, own_name: bool = False) -> bool:
    """The sentence names nothing, and one of the sentences just before it in its
    paragraph names the project, those between naming nothing either: it goes on
    speaking of the project ("Ce projet X … . Il se tient sur trois ans. Il coûte …")."""
    for _ in range(CARRY):
        if names_project(ctx, i, sent, name) or _names_other(ctx, i, sent):
            return False
        sent = previous(ctx, i, sent)
        if sent is None:
            return False
        if names_project(ctx, i, sent, name, own_name):
            return True
    return False


def about(ctx: Context, i: int, sent: nlp.Span, name: str | None, own_name: bool = False) -> bool:
    """The sentence names the project, or carries on from one that does. `own_name`: the
    page describes several projects, so only the project's own name counts."""
    return names_project(ctx, i, sent, name, own_name) or carries_on(ctx, i, sent, name, own_name)
