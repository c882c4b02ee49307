"""An English name, unquoted, in a page written in another language of Latin letters.

Schools write their Erasmus+ project's English name after their own project word, unquoted
and in sentence case: "srečanje projekta Erasmus+ Hand to hand with CLIL.", "il progetto
Learning through school projects …". A run of capitalised words stops at "to" or "hand"; the
change of language marks the name's extent as a change of script does (`name_script`): it runs
from the capitalised word to the end of its clause when the clause's small words are English
ones and none is a small word of the page's own language.
"""
from __future__ import annotations

import re

from pipeline import nlp

# a clause: up to a sentence's or a clause's punctuation, a bracket, a quotation mark or the line's end
_CLAUSE = re.compile(r"[A-Za-z][A-Za-z0-9'’&+\-]*(?:[^\S\n]+[A-Za-z0-9][A-Za-z0-9'’&+\-]*)+")
MAX_WORDS = 12


def english_clause(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """(start, end) of an English name opening at pos, or None: two to twelve words of plain
    Latin letters, the first capitalised, ending where the clause ends (punctuation, a bracket,
    a quotation mark or the line's end, not a word of another alphabet or an accented one),
    with an English small word among its lowercase words and no small word of the page's language.
    A comma goes on into the name when the part after it is English the same way ("Learning
    through school projects-Motivate, Create Awareness and Make Student More Responsible")."""
    if lang == "en" or not nlp.stop_words(lang):
        return None  # (a language with no list of small words cannot tell its own from English)
    first = _part(text, pos, lang)
    if not first or len(first[1]) < 2:
        return None
    end, words = first
    while text[end:end + 2] == ", ":
        more = _part(text, end + 2, lang)
        if not more or len(words) + len(more[1]) > MAX_WORDS:
            break
        end, words = more[0], words + more[1]
    return (pos, end) if len(words) <= MAX_WORDS else None


def _part(text: str, pos: int, lang: str) -> tuple[int, list[str]] | None:
    """One comma-free part of an English name: its end and its words."""
    m = _CLAUSE.match(text, pos) if text[pos:pos + 1].isupper() else None
    if not m:
        return None
    after = text[m.end():m.end() + 2]
    if after[:1] and not re.match(r"[\s.,;:!?()\[\]\"“”«»„]", after) or re.match(r" [^\W\d_]", after):
        return None  # the words go on in letters English does not use: not a clause of English alone
    words = m.group(0).split()
    lower = [w.lower() for w in words if w.islower()]
    english, own = nlp.stop_words("en"), nlp.stop_words(lang)
    if not any(w in english and w not in own for w in lower) or any(w in own and w not in english for w in lower):
        return None
    return m.end(), words
