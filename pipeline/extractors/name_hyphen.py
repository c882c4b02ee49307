"""A project's name joined by a hyphen to the project word, which then takes its case ending
or runs on into a compound: "das ASCEND-Projektes", "ABC-projektet", "SUMANU-hankehakemuksen",
"Liito-orava-LIFE-hankkeeseen", "Beetles LIFE -hankkeessa" (a space before the hyphen)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.extractors.name_text import alternation, is_name_like
from pipeline.extractors.programme_names import programme_end
from pipeline.lexicons import load


class Joined(NamedTuple):
    start: int      # the part before the hyphen
    end: int
    word_end: int   # the end of the project word (and its compound)
    programme: bool  # the part before the hyphen is a programme's brand ("EU-Projekt", "Interreg-hanke")


def project_words(lang: str) -> tuple[str, ...]:
    """The one-word project words of a language, without the hyphen some cue files write
    on them ("-hankkeessa"): the words after a name and those before it (Swedish, Danish and
    Norwegian list their forms before only; a name joined by a hyphen precedes any of them)."""
    cues = load(lang).cues
    source = list(cues.get("project_after", [])) + list(cues.get("project_before", []))
    return tuple(sorted({w.lstrip("-").lower() for w in source if " " not in w.strip() and w.lstrip("-")}))


@lru_cache(maxsize=None)
def _joined_re(lang: str) -> re.Pattern | None:
    words = project_words(lang)
    if not words:
        return None
    # the part before the hyphen may hold hyphens itself ("Liito-orava-LIFE"); a space may
    # stand before the hyphen ("Beetles LIFE -hankkeessa"); the word may run on into a
    # compound ("hanke" + "hakemuksen") but not into another hyphen
    return re.compile(r"(?<![\w-])([\w@+.]*\w(?:-[\w@+.]*\w)*?)[^\S\n]?-(?:" + alternation(list(words)) + r")\w*(?![\w-])", re.I)


def hyphen_joined(text: str, lang: str) -> list[Joined]:
    """Names (or brands) joined by a hyphen to a project word in `text`."""
    pattern = _joined_re(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        s, e = m.start(1), m.end(1)
        if programme_end(text, s, lang) == e:
            out.append(Joined(s, e, m.end(), True))
            continue
        name = _name_before(text, s, e, lang)
        if name is not None:
            out.append(Joined(name, e, m.end(), False))
    return out


def _name_before(text: str, s: int, e: int, lang: str) -> int | None:
    """Where the name ending at e starts, or None when the part before the hyphen is no name."""
    if "-" not in text[s:e]:
        # "het KISS ME-project": a name of words in capitals, the last one joined to the word
        caps = re.search(r"(?<![\w-])(?:[A-Z0-9À-Þ]{2,}[^\S\n]){1,2}$", text[:s]) if text[s:e].isupper() else None
        s0 = caps.start() if caps and is_name_like(text[caps.start():e]) else s
        if is_name_like(text[s0:e]):
            return s0
    # a programme's brand as the last part, after a capitalised name: the LIFE projects'
    # names ("Liito-orava-LIFE", "Beetles LIFE")
    last = max(text.rfind("-", s, e), text.rfind(" ", s, e)) + 1 if "-" in text[s:e] else s
    if programme_end(text, last, lang) != e:
        return None
    if last > s:
        head = text[s:last - 1]
    else:
        before = re.search(r"(?<![\w-])([\w@+.'’-]+)[^\S\n]$", text[:s])
        if not before:
            return None
        head, s = before.group(1), before.start(1)
    if head[:1].isupper() and programme_end(text, s, lang) is None and not head.isdigit():
        return s
    return None
