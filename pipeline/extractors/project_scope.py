"""Does this part of the page speak of one project at all?

A page about a programme, a call or a fund ("Programul a încheiat primul apel …", "I
progetti brevi (di durata non superiore ai 18 mesi) …", "Ansökningarna söker sammanlagt
om 25,2 miljoner euro") states amounts, lengths, periods and counts, but they are the
programme's or the call's, or the sum over many projects. When the names extractor found
no project name and no sentence of the section names a project in the singular ("the
project", "projektu", "Το έργο", "a projekt", the cluster words), no project is described,
so none of those figures is a project's fact. A section that names neither a project nor
projects nor a programme (a fact box, a slide of figures) keeps its facts: nothing says
they are anyone else's.

A project word counts unless it is a plural form ("projects", "proiecte", "progetti":
`project_plural`) or a counted form right after a number ("három projekt", "5 projekata").
The counted forms alone do not decide: in Hungarian, Croatian or Finnish the word after a
numeral is a singular form that also names one project ("a projekt", "vrijednost projekta").

A name that is only a programme's ("INTERREG", "Programa INTERREG MED") is no project name.

The test reads only the language's project words, never a field's cue, so it holds for any
phrasing of the figures themselves. Where it may fail: a fact box that never says "project"
and whose name the names extractor missed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors import project_sentence
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import name_cues
from pipeline.lexicons import load
from pipeline.textnorm import fold
from pipeline.regex_cache import compiled

NUMBER_BEFORE = re.compile(r"\d[\d.,\s]*\s*$")
# what a programme's name carries besides its brand: years, a strand letter, roman numerals
PROGRAMME_TAIL = re.compile(r"^(?:\d{4}(?:\s*[-–]\s*\d{2,4})?|[ivx]+(?:-[abc])?|[abc]|[-–+/])$", re.IGNORECASE)


def programme_only(ctx: Context, name: str) -> bool:
    """The name is a programme's, not a project's: once the programme nouns ("Programa",
    "Programm", "програма"), years and strand letters are set aside, nothing but programme
    brands and strands is left ("INTERREG", "Programa INTERREG MED", "Interreg V-A 2014-2020")."""
    cues = name_cues(ctx.lang)
    brands = sorted({fold(b) for b in cues.get("programme_names", []) + cues.get("programme_strands", [])},
                    key=len, reverse=True)
    nouns = {fold(w) for w in ctx.lex.cues.get("programme", []) if " " not in w}
    rest = " ".join(w for w in fold(name).split() if w not in nouns and not PROGRAMME_TAIL.match(w))
    if not rest.strip():
        return False
    for b in brands:
        rest = compiled(rf"(?<!\w){re.escape(b)}(?!\w)").sub(" ", rest)
    return not re.sub(r"[\W\d_]+", "", rest)


def in_plural(ctx: Context, cue: nlp.CueMatch) -> bool:
    """The project word is one of the language's plural forms (`project_plural`), compared as
    written: folded, Czech "projektů" (several) would be "projektu" (one)."""
    return cue.text.lower() in _plural_words(ctx.lang)


@lru_cache(maxsize=None)
def _plural_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(lang).cues.get("project_plural", []))


def speaks_of_one(ctx: Context, name: str | None) -> bool:
    """A project name was found (not a programme's), or a sentence of the section names a
    project in the singular."""
    if name and not programme_only(ctx, name):
        return True
    counted = {fold(w) for w in ctx.lex.cues.get("projects_counted", [])}
    several = False
    for i in ctx.indices:
        text = ctx.text(i).replace("-", " ")
        for c in nlp.cues(text, ctx.lang, project_sentence.PROJECT_KEYS):
            if in_plural(ctx, c):
                several = True
                continue
            if fold(c.text) in counted and NUMBER_BEFORE.search(text[max(0, c.start - 20):c.start]):
                several = True  # "3 projekt", "12 projekata": several
                continue
            return True
        funders = nlp.cues(text, ctx.lang, {"funder"})
        several = several or any(not _funds_it(text, p, funders)
                                 for p in nlp.cues(text, ctx.lang, {"programme"}))
    # a section that speaks of no project and of no programme at all (a fact box, a slide
    # of figures) is read as the page's project: only another scope named takes its facts
    return not several


FUNDER_GAP = 6  # words between "financed by" and its programme word: an article, the brand ("the Interreg Baltic Sea Region Programme")


def _funds_it(text: str, prog: nlp.CueMatch, funders: list[nlp.CueMatch]) -> bool:
    """The programme word stands right after a funder phrase ("X χρηματοδοτείται από το
    Επιχειρησιακό Πρόγραμμα …", "co-funded by the Interreg Baltic Sea Region Programme"): the programme is what funds
    the thing the sentence speaks of, not a scope of its own with figures of its own."""
    # a programme cue that is the funder phrase itself ("funded by the") is no programme named
    return any(f.start <= prog.start < f.end or f.end <= prog.start and len(text[f.end:prog.start].split()) <= FUNDER_GAP
               and not re.search(r"[.;:!?]", text[f.end:prog.start]) for f in funders)
