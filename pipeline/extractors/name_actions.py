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


def brand_not_name(name: str, lang: str) -> bool:
    """A programme's brand read as the project's name: the brand in the middle of the words,
    neither opening them ("LIFE Artina") nor closing them ("Beetles LIFE", "FRESHABIT LIFE-IP"),
    as in a heading or sentence about funding ("New Erasmus+ School"); or the brand with
    nothing beside it but project words ("Projekt LIFE")."""
    from pipeline.extractors.programme_names import programme_mentions
    kept = name.rstrip(" .,;:")
    found = programme_mentions(kept, lang)
    if any(s > 0 and re.search(r"[^\W\d_]{3}", kept[e:]) for s, e in found):
        return True
    if not found:
        return False
    rest = kept
    for s, e in sorted(found, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    cues = load(lang).cues
    project = {fold(w) for w in cues.get("project_before", []) + cues.get("project_after", [])}
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if fold(w) not in project]
    return not words and any(fold(w) in project for w in re.findall(r"[^\W\d_]+", rest))
