"""Cue words inside hyphenated compounds.

Tokenisers of Germanic, Nordic, Finnish, Hungarian and Romance languages keep "EU-Förderung",
"LEADER-steun", "Interreg-hanke" one word, so the cue "Förderung", "steun", "hanke" is not
matched there (Czech, English and the rest split at the hyphen and match it anyway). A part of
such a compound is read as the cue when the part beside it is a name, not an ordinary word:
- an acronym or code ("EU", "EFRO", "LEADER", "H2020", "T2K"), or a coined CamelCase word;
- a programme's brand of the language or of English ("Interreg", "Erasmus", "Leader");
- a capitalised word before a cue part the language writes in lower case ("Roskilde-projektet",
  "Nordsø-programmet"): a capital inside a sentence marks a proper name there. German and
  Luxembourgish write every noun so: there it takes a brand or an acronym;
- any word at all before a tail the cue file writes with a hyphen ("-hanke", "-ohjelman": the
  language writes that word as a compound's tail after anything).
Ordinary words joined by a hyphen ("Projekt-Partner", "co-financiering", "Partner-Universitäten")
stay unmatched. Only cues that name a field or count a noun are read inside a compound: a
function word ("s" in Hungarian "EU-s") is a case ending there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import FIELD_KEYS, load

# nouns counted or naming a kind of thing, besides the field cues
NOUN_KEYS = frozenset({"country_nouns", "member_nouns", "event_heads", "consortium", "company_nouns", "school_nouns"})
# project words in a compound are read by `name_hyphen` (the name before the hyphen) and
# `section_list_leads` (a list's lead); partner words in one ("Interreg-Partner", "Lead-Partner")
# speak of a programme's partners at large and are counted by `counts`: a cue of their own there
# opened partner lists and project sections on prose (gold: 13 partners more wrong, 6 lost)
OWN_READERS = frozenset({
    "project_before", "project_after", "project_label", "project_plural", "projects_counted", "title",
    "cluster_names", "partners", "partner_nouns", "lead_partner", "coordinator", "founding",
})
KEYS = (FIELD_KEYS | NOUN_KEYS) - OWN_READERS
MONEY_NOUNS = frozenset({"budget", "budget_total"})  # the EU's when its fund is the other part
# languages that capitalise every noun: a capital is no sign of a name there
NOUN_CAPITALS = frozenset({"de", "lb"})
MIN_PART = 3  # a cue part this long at least: shorter ones are endings ("EU-s", "EU:n")
_PART = re.compile(r"[^\W_]+")


def _acronym(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    if not letters:
        return False
    if not any(c.islower() for c in letters):
        return len(part) >= 2  # "EU", "EFRO", "4A"
    # a code with figures ("H2020", "Horisont2020") or a CamelCase coinage ("BonePain")
    return any(c.isdigit() for c in part) or any(a.islower() and b.isupper() for a, b in zip(part, part[1:]))


@lru_cache(maxsize=None)
def _brands(lang: str) -> frozenset[str]:
    from pipeline.extractors.name_text import name_cues  # the extractors' helpers import nlp
    return frozenset(b for b in name_cues(lang).get("programme_names", []) if " " not in b)


def name_part(part: str, cue_part: str, lang: str, opens: bool = False) -> bool:
    """`part`, joined by a hyphen to `cue_part`, is a name: the cue part is the compound's cue.
    `opens`: the word opens its line or sentence, where any word is capitalised ("Co-financement")."""
    if _acronym(part):
        return True
    if not part[:1].isupper() or len(part) < 2:  # a lone capital is a strand or an initial ("V-programma")
        return False
    if part.lower() in _brands(lang):
        return True
    return lang not in NOUN_CAPITALS and cue_part[:1].islower() and not opens


@lru_cache(maxsize=None)
def dashed_tails(lang: str) -> dict[str, tuple[str, ...]]:
    """Tails the cue file writes with a hyphen ("-hankkeessa") -> their keys."""
    out: dict[str, list[str]] = {}
    for key, words in load(lang).cues.items():
        for w in words:
            if key in KEYS and w.startswith("-") and re.fullmatch(r"-[^\W_]+", w):
                out.setdefault(w[1:].lower(), []).append(key)
    return {w: tuple(keys) for w, keys in out.items()}


def parts(word: str) -> list[tuple[int, int]]:
    """Offsets of the parts of a word joined by hyphens; one part when there is no hyphen."""
    if not re.fullmatch(r"[^\W_]+(?:-[^\W_]+)+", word):
        return []
    return [(m.start(), m.end()) for m in _PART.finditer(word)]


def cue_parts(word: str, lang: str, opens: bool = False) -> list[tuple[int, int, tuple[str, ...] | None]]:
    """(start, end, keys) of the parts of a hyphenated word that may be read as cues: the
    last part after a name or after anything when it is a dashed tail (its keys given),
    the first part before a name (keys None: any field cue it matches)."""
    spans = parts(word)
    if len(spans) < 2:
        return []
    out = []
    (a, b), (pa, pb) = spans[-1], spans[-2]
    last, before = word[a:b], word[pa:pb]
    if len(last) >= MIN_PART:
        tails = dashed_tails(lang).get(last.lower())
        if tails:
            out.append((a, b, tails))
        elif name_part(before, last, lang, opens and (pa, pb) == spans[0]):
            out.append((a, b, None))
    (a, b), (na, nb) = spans[0], spans[1]
    first = word[a:b]
    if len(first) >= MIN_PART and _acronym(word[na:nb]) and not _acronym(first):
        out.append((a, b, None))
    return out
