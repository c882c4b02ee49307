"""Does this part of the page speak of one project at all?

A page about a programme, a call or a fund ("Programul a încheiat primul apel …", "I
progetti brevi (di durata non superiore ai 18 mesi) …", "Ansökningarna söker sammanlagt
om 25,2 miljoner euro") states amounts, lengths, periods and counts, but they are the
programme's or the call's, or the sum over many projects. When the names extractor found
no project name and no sentence of the section names a project in the singular ("the
project", "projektu", "Το έργο", "a projekt", the cluster words), no project is described,
so none of those figures is a project's fact.

A project word counts unless it is a plural form ("projects", "proiecte", "progetti":
`project_plural`) or a counted form right after a number ("három projekt", "5 projekata").
The counted forms alone do not decide: in Hungarian, Croatian or Finnish the word after a
numeral is a singular form that also names one project ("a projekt", "vrijednost projekta").

The test reads only the language's project words, never a field's cue, so it holds for any
phrasing of the figures themselves. Where it may fail: a fact box that never says "project"
and whose name the names extractor missed.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import project_sentence
from pipeline.extractors.context import Context
from pipeline.textnorm import fold

NUMBER_BEFORE = re.compile(r"\d[\d.,\s]*\s*$")


def speaks_of_one(ctx: Context, name: str | None) -> bool:
    """A project name was found, or a sentence of the section names a project in the singular."""
    if name:
        return True
    plural = {fold(w) for w in ctx.lex.cues.get("project_plural", [])}
    counted = {fold(w) for w in ctx.lex.cues.get("projects_counted", [])}
    for i in ctx.indices:
        text = ctx.text(i).replace("-", " ")
        for c in nlp.cues(text, ctx.lang, project_sentence.PROJECT_KEYS):
            word = fold(c.text)
            if word in plural:
                continue
            if word in counted and NUMBER_BEFORE.search(text[max(0, c.start - 20):c.start]):
                continue  # "3 projekt", "12 projekata": several
            return True
    return False
