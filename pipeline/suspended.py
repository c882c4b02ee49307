"""Suspended compounds: languages that build compounds write a shared last part once and leave
the first part with a hyphen ("Umwelt- und Naturschutzverband", "mikro- a nanoelektroniku",
"Umhverfis- og orkustofnun", "elinkeino-, liikenne- ja ympäristökeskus"). A word that ends in
a hyphen, perhaps with a comma after it, waits for the rest of its word further on: a
conjunction or comma right after it joins the parts of one name and is no place to cut a
name or a list. Read from the shape alone, so it holds in every language."""
from __future__ import annotations

import re

# a letter, then a hyphen (a comma may follow in a longer run: "leik-, grunn- og"), at the end
_OPEN_PART = re.compile(r"[^\W\d_]-,?\s*$")


def suspended_before(text: str, pos: int | None = None) -> bool:
    """The text before pos (all of it when pos is None) ends with the first part of a
    suspended compound: a letter and a hyphen ("Natur-", "mikro-", "liikenne-,")."""
    left = text if pos is None else text[:pos]
    return bool(_OPEN_PART.search(left[-40:]))


# put before a separator's pattern (" und ", ", "): no match right after an open first part
NOT_AFTER_OPEN_PART = r"(?<![^\W\d_]-)"
