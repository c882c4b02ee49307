"""A short name given in a bracket with its label after the long one: "„Kulturna baština kao
temelj … turizma (akronim: „Prebujanje/Buđenje“)", "Title of the work (acronym: ABC)",
"… (skrót: XYZ)". The label word is the language's acronym cue (the [names] table's
`acronym` list, e.g. akronim, acronym, Akronym, acronyme, acronimo, sigla, rövidítés):
what follows it is the name, what stands before the bracket is the title.
"""
from __future__ import annotations

import re

from pipeline.extractors.name_text import cue_re
from pipeline.textnorm import QUOTE_MARKS

_Q = re.escape("".join(QUOTE_MARKS))


def _label_re(lang: str) -> re.Pattern:
    label = cue_re(lang, "acronym").pattern
    # "(akronim: „X“)", "(acronym – X)", "(Akronym X)": the label, a colon or dash, the short
    # name (quoted or not) up to the bracket's end, a quotation's end or a comma
    return re.compile(r"\([^\S\n]*(?:" + label + r")[^\S\n]*[:–—-]?[^\S\n]*[" + _Q + r"]?"
                      r"([^\s" + _Q + r"(),;][^" + _Q + r"(),;\n]{0,40}?)[" + _Q + r"]?[^\S\n]*(?:\)|,|;|$)", re.I)


def labelled_short(text: str, lang: str) -> tuple[int, int, int] | None:
    """(bracket start, short name start, end) of a labelled short name inside `text`."""
    m = _label_re(lang).search(text)
    if not m or len(m.group(1).split()) > 4:
        return None
    return m.start(), m.start(1), m.end(1)


def title_before(text: str, bracket: int) -> tuple[int, int] | None:
    """The long name before the labelled bracket at `bracket`: the words from the quotation
    mark that opens it, unclosed before the bracket and in the same sentence; three words at
    least. (Unquoted words before the bracket may be the sentence's own: no title then.)"""
    head = text[:bracket]
    opening = max(head.rfind(q) for q in QUOTE_MARKS)
    if opening < 0 or re.search(r"[.!?]\s", head[opening:]):
        return None
    start = opening + 1
    start += len(head[start:]) - len(head[start:].lstrip())
    end = len(head.rstrip(" ,–—-"))
    if end - start <= 0 or len(head[start:end].split()) < 3 or not head[start:start + 1].isupper():
        return None
    return start, end
