"""The countries a cross-border programme's name lists after its brand or its kind of
cooperation, read with the gazetteer in any case and any language's spelling: joined by dashes
("Shqipëri – Mali i Zi", where a country's own name holds the word "and"), by the language's
"and" ("sodelovanja Slovenije in Avstrije"), or by spaces alone when three or more are listed
("NEXT Угорщина Словаччина Румунія Україна"); a hard-wrapped line may fall between the parts
("Interreg V – A⏎Slovenija – Hrvatska")."""
from __future__ import annotations

import re

from pipeline import gazetteer
from pipeline.lexicons import load

_D = r"\-\u2010-\u2015\u2212"
_WINDOW = 200
# a space, or one line break where the text is hard-wrapped (no sentence ends before it)
_GAP = re.compile(r"[^\S\n]*\n?[^\S\n]*")
_DASHED = re.compile(rf"[^\S\n]*\n?[^\S\n]*[{_D}][^\S\n]*\n?[^\S\n]*")
MIN_SPACED = 3  # countries listed with spaces alone: fewer could be a sentence's words


def country_run_end(text: str, pos: int, lang: str) -> int | None:
    """End of two or more different countries listed right after pos, or None."""
    window = text[pos:pos + _WINDOW]
    gap = _GAP.match(window)
    if not gap.group(0):
        return None  # the name goes on glued to the word before it: no list of countries
    lex = load(lang)
    hits = [h for h in gazetteer.find(window, lex, adjectives=True) if h.kind in ("country", "adjective")]
    joiners = {c for c in lex.cues.get("conjunctions", []) if " " not in c}
    at, run, seps = gap.end(), [], []
    for hit in hits:
        if hit.start < at:
            continue
        between = window[at:hit.start]
        if not run:
            if between:
                break
        elif _DASHED.fullmatch(between):
            seps.append("dash")
        elif (m := re.fullmatch(r"[^\S\n]*\n?[^\S\n]+(\w+)[^\S\n]*\n?[^\S\n]+", between)) and m.group(1).lower() in joiners:
            seps.append("and")
        elif re.fullmatch(r"[^\S\n]*\n?[^\S\n]*", between) and between:
            seps.append("space")
        else:
            break
        run.append(hit)
        at = hit.end
    # an adjective counts only where dashes join it ("szlovák-magyar"); a name stands alone
    while run and (len({h.cc for h in run}) < len(run) or any(h.kind == "adjective" for h in run) and "dash" not in seps):
        run.pop()
        seps = seps[:max(len(run) - 1, 0)]
    if len(run) < 2:
        return None
    if "space" in seps and (len(run) < MIN_SPACED or set(seps) != {"space"}):
        return None
    if "and" in seps and len(run) != 2:
        return None
    if "\n" in window[:run[-1].end] and re.search(r"[.!?:;]\s*$", text[:pos]):
        return None
    return pos + run[-1].end
