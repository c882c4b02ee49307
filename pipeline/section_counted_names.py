"""What a project cue reads beside it that opens no project of its own: a count of projects
("40 Eesti projekti", "in two LIFE projects") and a bare programme ("LIFE projektis"); and
where a naming word that follows its name ("Dance With Me adlı", "X-niminen") finds it."""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.name_guards import programme_only
from pipeline.extractors.name_text import name_cues
from pipeline.lexicons import load
from pipeline.textnorm import fold

_TOKEN = re.compile(r"[^\s\"'“”„«»‚‘’()\[\],;:]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
STEM_LETTERS = 4  # a number word this long takes a case ending ("kahe" -> "kahes")
ENDING_LETTERS = 3


def _is_count(token: str, lang: str) -> bool:
    """A cardinal: figures (a year names a project's date, not a count), or the language's
    number word, perhaps with a short case ending."""
    word = token.strip(".").casefold()
    if word.isdigit():
        return not _YEAR.fullmatch(word)
    numbers = load(lang).number_words
    if numbers.get(word) is not None:
        return True
    return any(len(word) - ENDING_LETTERS <= len(stem) < len(word) and word.startswith(stem)
               for stem in (word[:k] for k in range(STEM_LETTERS, len(word)))
               if numbers.get(stem) is not None)


def counted(text: str, span: tuple[int, int], lang: str) -> bool:
    """The words read as a name beside a project noun count projects by their country: a
    number and a country's name or adjective ("40 Eesti projekti": forty Estonian projects,
    "12 Latvian projects"). A name that opens with a number and goes on with other words
    ("Tri rijeke jedan cilj", "25 lat Euroregionu") is a name."""
    s, e = span
    inside = _TOKEN.findall(text[s:e])
    if len(inside) < 2 or not _is_count(inside[0], lang):
        return False
    rest = " ".join(inside[1:])
    if len(inside) <= 3 and programme_only(rest, lang):
        return True  # "13 NPA verkefni", "5 LIFE projects": a count of a programme's projects
    hits = gazetteer.find(rest, load(lang), adjectives=True)
    covered = sum(len(h.text) for h in hits if h.kind in ("country", "adjective", "iso"))
    return covered >= len(rest.replace(" ", "")) and len(inside) <= 3


def bare_programme(text: str, span: tuple[int, int], lang: str) -> bool:
    """"LIFE", "Erasmus+": a programme's brand alone funds projects and names none."""
    return programme_only(text[span[0]:span[1]], lang)


def names_before(cue_text: str, lang: str) -> bool:
    """The naming word follows the name it gives (Turkish "adlı", Finnish "niminen",
    Hungarian "nevű"): the language's `named_after` cue words (lexicon data)."""
    word = fold(cue_text)
    return any(fold(w) == word for w in name_cues(lang).get("named_after", []))


def after_programme_word(text: str, span: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """A name read backwards from its naming word that opens with the word for a programme
    ("Erasmus + Programı Dance With Me adlı"): the name starts after it."""
    if not span:
        return span
    s, e = span
    for cue in sorted(nlp.cues(text[s:e], lang, {"programme"}), key=lambda c: c.start):
        if text[s:s + cue.start].strip():
            break
        rest = len(text[s + cue.end:e]) - len(text[s + cue.end:e].lstrip())
        s = s + cue.end + rest
    return (s, e) if s < e else None
