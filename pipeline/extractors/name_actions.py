"""A programme's action types ("Strategic Partnership", "Youth Exchange", "Stratejik Ortaklık"):
words that classify a project and name none. A name often follows one ("Youth Exchange
„Democracy Paradoxes“", "Strategické partnerstvá – Plánovanie kariéry …") or precedes it
("Dance With Me adlı Stratejik Ortaklık Projesi"); a name read that is only one, or only a
programme's strand, gives way. The types are the `action_types` of each language's [names] cues.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.name_text import alternation, name_cues
from pipeline.lexicons import load
from pipeline.textnorm import fold

# an inflected or suffixed form: "Youth Exchange-n", "strategických partnerstiev" is not read
_INFLECTION = r"[\w-]{0,4}"


@lru_cache(maxsize=None)
def action_re(lang: str) -> re.Pattern:
    types = name_cues(lang).get("action_types", [])
    return re.compile(r"(?<!\w)(?:" + alternation(types) + r")" + _INFLECTION + r"(?!\w)", re.I)


def ends_with_action(before: str, lang: str) -> bool:
    """The text before a candidate ends with an action type, a separator after it allowed."""
    tail = before.rstrip(" \t:,–—-")
    return any(m.end() == len(tail) for m in action_re(lang).finditer(tail))


def action_only(name: str, lang: str) -> bool:
    """The name is an action type, or a programme's strand, alone or with a project word
    ("Stratejik Ortaklık", "Strategic Partnership Project", "KA2")."""
    rest = action_re(lang).sub(" ", name)
    cues = load(lang).cues
    project = {fold(w) for w in cues.get("project_before", []) + cues.get("project_after", [])}
    words = [w for w in re.findall(r"[^\W_]+", rest) if fold(w) not in project]
    if rest != name and not words:
        return True
    strands = {fold(s) for s in name_cues(lang).get("programme_strands", [])}
    return fold(name.strip(" .,;:")) in strands
