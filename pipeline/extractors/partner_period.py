"""Places named in a programme's title, read as partners.

Cross-border programmes are named by the two states or regions they join and their
programming period: "Kooperationsprogramm … zwischen dem Freistaat Sachsen und der
Tschechischen Republik 2014-2020", "програмата за Погранична соработка меѓу РС Македонија и
Р. Грција 2014 – 2020", "Program Współpracy Transgranicznej Rzeczpospolita Polska –
Republika Słowacka 2007-2013". The readers of "cooperation between A and B" and of lists
take those places for partners. A programming period (two years a few years apart) right
after a name says the name belongs to a programme's title: that name is no partner, nor is
the name joined to it by a conjunction or a dash (the other side of the border).
An organisation named before a period is kept when it is no place ("Gmina X 2014–2020" is
not written; a body with a type word is not dropped unless the gazetteer places it).
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import placed
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner

_PERIOD = re.compile(r"[^\S\n]*((?:19|20)\d\d)[^\S\n]*[-–—][^\S\n]*((?:19|20)\d\d)(?!\d)")
_TRAILING = re.compile(r"[\s\d–—-]+$")


def _core(name: str) -> str:
    """The name without years or dashes at its end ("Р. Грција 2014" -> "Р. Грција")."""
    return _TRAILING.sub("", name)


def before_period(p: Partner, ctx: Context) -> bool:
    """A programming period follows the name (the name may hold its first years)."""
    text, core = ctx.doc.text, _core(p.name)
    if not core or text[p.start:p.start + len(core)] != core:
        return False
    m = _PERIOD.match(text, p.start + len(core))
    if not m or not 0 < int(m.group(2)) - int(m.group(1)) <= 10:
        return False
    return placed(core, ctx) or not has_org_word(core)


def drop_programme_places(found: list[Partner], ctx: Context) -> list[Partner]:
    """found without the places of a programme's title: see the module's docstring."""
    gone = [p for p in found if before_period(p, ctx)]
    if not gone:
        return found
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if " " not in c)
    arts = "|".join(re.escape(a) for a in ctx.lex.cues.get("articles", []) if a[-1:].isalpha())
    art = rf"(?:(?:{arts})\s+)?" if arts else ""
    join = re.compile(rf"\s*[-–—/]\s*|\s+(?:{conj})\s+{art}" if conj else r"\s*[-–—/]\s*", re.I)
    text = ctx.doc.text
    for b in list(gone):
        for a in found:
            if a not in gone and a.end <= b.start and join.fullmatch(text[a.end:b.start])\
                    and (placed(a.name, ctx) or not has_org_word(a.name)):
                gone.append(a)
    return [p for p in found if p not in gone]
