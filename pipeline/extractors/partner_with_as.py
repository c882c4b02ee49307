"""The organisation in "with X as lead partner": a comitative word, then the name, then "as"
and the role ("med hollandske NOFA som ledende partner", "mit der Universität Graz als
Leadpartner", "con il Comune di Trieste come capofila", "met het Nederlandse NOFA als
hoofdpartner"). The role is said of the name the comitative word governs, not of the
clause's subject ("Projektet arbejder … med X som …"): the name runs from after the
comitative word (and its articles or adjectives in lower case) to the "as" word."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.textnorm import UPPER

MAX_WORDS = 10  # a long name with its joiners ("Comune di San Dorligo della Valle")
MAX_LEAD_IN = 2  # lower-case words between the comitative word and the name: article, adjective


def with_as_subject(clause: str, ctx: Context) -> str | None:
    """The name after the last comitative word of clause when the rest of the clause is that
    name (capitalised words and short joiners); None when the clause holds no comitative word
    or more than a name follows it."""
    words = sorted({c.lower() for c in ctx.lex.cues.get("comitative", []) if c.strip()}, key=len, reverse=True)
    if not words:
        return None
    pattern = "|".join(re.escape(w) for w in words)
    found = list(re.finditer(rf"(?<!\w)(?:{pattern})(?:\s+|(?<=['’]))", clause, re.I))
    if not found:
        return None
    rest = clause[found[-1].end():].rstrip(" ,")
    stop = nlp.stop_words(ctx.lang)
    tokens = rest.split()
    k = 0
    while k < len(tokens) and k < MAX_LEAD_IN and tokens[k][:1].islower():
        k += 1  # "med hollandske NOFA", "mit der niederländischen NOFA"
    name = tokens[k:]
    if not name or not re.match(rf"[{UPPER}„\"“]", name[0]) or len(name) > MAX_WORDS:
        return None
    if not all(w.strip("„“\"'()")[:1].isupper() or w.strip("„“\"'()")[:1].isdigit() or w.lower() in stop for w in name):
        return None  # a verb or a noun in lower case: more than a name follows the comitative word
    if name[-1].lower() in stop:
        return None
    return " ".join(name)
