"""A short name given in a bracket with its label after the long one: "„Kulturna baština kao
temelj … turizma (akronim: „Prebujanje/Buđenje“)", "Title of the work (acronym: ABC)",
"… (skrót: XYZ)". The label word is the language's acronym cue (the [names] table's
`acronym` list, e.g. akronim, acronym, Akronym, acronyme, acronimo, sigla, rövidítés):
what follows it is the name, what stands before the bracket is the title.
"""
from __future__ import annotations

import re

from pipeline.extractors.name_text import cue_re, quoted_at
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


LABEL_GAP = 12  # words between a long name and the acronym label that follows it in its sentence


def acronym_after(text: str, lang: str, end: int) -> tuple[int, int] | None:
    """(start, end) of a short name given under an acronym label after a long name that ends
    at `end`, in the same sentence: "„Tarptautinis bendradarbiavimas …“, akronimas – „Ežerai
    ateičiai“", "… Sustaining the Earth, cu acronimul YES: the Earth", "„Leave your …“ are
    numărul 1064 … cu acronimul „Spirit BSB online“". The value is a quotation or up to four
    words before a comma, a bracket or the sentence's end."""
    label = cue_re(lang, "acronym").pattern
    gap = re.compile(r"[" + _Q + r"]?(?:(?![.!?]\s)[^" + _Q + r"\n])*?(?<!\w)(?:" + label + r")(?!\w)[^\S\n]*[:–—-]?[^\S\n]*", re.I)
    m = gap.match(text, end)
    if not m or len(text[end:m.start() + len(m.group(0))].split()) > LABEL_GAP + 3:
        return None
    q = quoted_at(text, m.end())
    if q:
        s, e = q
    else:
        run = re.compile(r"[^\s,;()" + _Q + r"][^,;()\n" + _Q + r"]{0,40}?(?=[^\S\n]*(?:[,;()]|[.!?](?:\s|$)|$))").match(text, m.end())
        if not run:
            return None
        s, e = run.span()
    value = text[s:e].strip()
    if not value or len(value.split()) > 4:
        return None
    return s, s + len(value)
