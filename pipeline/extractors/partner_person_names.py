"""A person's name where a partner or lead could be, told by the shape of the name itself.

Pages of school and small projects name their teacher or contact as "Koordinátor: Erdélyi
Lajosné" or "la coordinadora del proyecto, Ana Mª Moral García"; no title stands before such a
name, so `partner_names.person` does not see it. Two signs need no title: an abbreviated given
name ("Mª", "J.") among capitalised words, and a last word with an ending the language gives
surnames ("Kovácsné", "Nováková", "Horvatić", "Jonaitienė", the [surname_endings] cue). The name
must be short (two to four words), with no organisation-type word, acronym, digit or legal form,
and not a place the gazetteer knows ("Moravská Třebová").
"""
from __future__ import annotations

import re

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEGAL_FORM_WORD, Partner
from pipeline.textnorm import LOWER, UPPER

_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")
_INITIAL = re.compile(rf"[{UPPER}](?:[{LOWER}]?ª|\.)")  # "Mª", "J."


def named_person(p: Partner, ctx: Context) -> bool:
    """The name has the shape of a person's: see the module's docstring."""
    words = p.name.split()
    if not 2 <= len(words) <= 4 or p.acronym or has_org_word(p.name) or LEGAL_FORM_WORD.search(words[-1].lower()):
        return False
    if not all(_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words) or not _WORD.fullmatch(words[-1]):
        return False
    initial = any(_INITIAL.fullmatch(w) for w in words[:-1])
    endings = [e for e in ctx.lex.cues.get("surname_endings", []) if e]
    surname = any(words[-1].endswith(e) and len(words[-1]) > len(e) + 2 for e in endings)
    if not (initial or surname):
        return False
    return not (gazetteer.village_in_name(p.name, ctx.lex, ctx.named_countries) or gazetteer.town(words[-1], ctx.lex))
