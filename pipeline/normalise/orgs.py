"""Organisation names: line-wrap damage repaired, list punctuation and acronyms split off."""
from __future__ import annotations

import re

from pipeline.textnorm import LOWER, QUOTES, UPPER

_WRAP_HYPHEN = re.compile(r"(\w)- (?=[A-ZÀ-ÖØ-ÞĀ-ſЀ-ЯΆΈ-ΏΑ-Ϋ])")  # "North Rhine- Westphalia"
# an acronym, a spaced dash and a capitalised word: the short and the long name, no broken word
_ACRONYM_DASH = re.compile(rf"(?<!\w)[{UPPER}0-9]*[{UPPER}][{UPPER}0-9]+$")
_CAPITALISED = re.compile(rf"[{UPPER}][{LOWER}]")
_ACRONYM_AFTER = re.compile(rf"^(?P<name>.+?)\s+[-–—]\s+(?P<acr>[{UPPER}0-9][{UPPER}0-9&.]{{1,11}})$")
_ACRONYM_BEFORE = re.compile(rf"^(?P<acr>[{UPPER}0-9][{UPPER}0-9&.]{{1,11}})\s+[-–—]\s+(?P<name>.+)$")
_ACRONYM_PAREN = re.compile(rf"^(?P<name>.+?)\s*\((?P<acr>[{UPPER}0-9][{UPPER}0-9&.]{{1,11}}(?: [{UPPER}0-9]{{2,6}})?)\)$")


def clean_name(text: str) -> str:
    text = _WRAP_HYPHEN.sub(lambda m: m.group(0) if _acronym_then_name(text, m) else m.group(1) + "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    if text.count(")") > text.count("("):
        text = text[:text.rfind(")")]  # a stray bracket: "University (Turecko). )" less its country
    text = re.sub(r"\s+\.$", "", text.strip(" ,;:")).strip(" ,;:")
    return _unquote(text)




def _acronym_then_name(text: str, m: re.Match) -> bool:
    """"ABMC- Centro per il management": an acronym before the dash and a capitalised word after it."""
    return bool(_ACRONYM_DASH.search(text[:m.end(1)]) and _CAPITALISED.match(text, m.end()))


def _unquote(text: str) -> str:
    """A name in quotes as a whole ("„Mühlviertel Marken GmbH“", "«X»") loses them;
    quotes inside a name ("Spolek „Pro Prahu“") stay."""
    if len(text) > 2 and text[-1:] in QUOTES.get(text[:1], "") \
            and not any(q in text[1:-1] for q in "„“”\"«»"):
        return text[1:-1].strip()
    return text


def split_acronym(name: str) -> tuple[str, str | None]:
    """"Maďarské centrum rozvoje hospodářství - MAG" -> (full name, "MAG")."""
    for pat in (_ACRONYM_AFTER, _ACRONYM_BEFORE, _ACRONYM_PAREN):
        m = pat.match(name)
        if m and len(m.group("name").split()) >= 2:
            return m.group("name").strip(), m.group("acr")
    return name, None
