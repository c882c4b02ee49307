"""Shapes of a name that say it is an organisation's, beyond a type word among several words."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.partner_names import org_words
from pipeline.textnorm import fold

MIN_HEAD = 5  # the type word ending the compound: "skola", "fonden", "universitet", not "ab"
MIN_MODIFIER = 3  # the word before it in the compound: "Mitt-", "Luspen-", "Fugleværns-"
MAX_ENDING = 3  # a definite or case ending after the type word: "-et", "-en", "-an", "-ssa"


@lru_cache(maxsize=None)
def _heads() -> tuple[str, ...]:
    """Type words that may end a compound name; not the words of a town or municipality, which end
    place names too ("Darmstadt", "Novigrad", "Ingolstadt")."""
    from pipeline.lexicons import languages, load
    towns = {fold(w) for lang in languages() for w in load(lang).cues["municipality_nouns"]}
    return tuple(sorted((o for o in org_words() if len(o) >= MIN_HEAD and " " not in o and o not in towns),
                        key=len, reverse=True))


def compound_name(word: str, text: str, nouns_capitalised: bool) -> bool:
    """One capitalised word that is a compound ending in an organisation-type word, in a language
    that writes its nouns in lower case, and that the document never writes in lower case
    ("Mittuniversitetet", "Luspengymnasiet", "Fugleværnsfonden"): a proper name, since the common
    noun ("gymnasieskolan") would be written small somewhere. German capitalises every noun, so
    "Fachhochschule" alone says nothing there."""
    if nouns_capitalised or " " in word or not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    w = fold(word)
    hit = any(0 <= len(w) - len(h) - k and len(w) - len(h) - k >= MIN_MODIFIER and w[len(w) - len(h) - k:len(w) - k] == h
              for h in _heads() for k in range(MAX_ENDING + 1))
    return hit and not re.search(r"(?<![\w])" + re.escape(word[:1].lower() + word[1:]) + r"(?!\w)", text)
