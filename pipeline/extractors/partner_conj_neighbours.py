"""A name that a conjunction glued to a neighbour the readers also found on its own.

"Българска фондация Биоразнообразие и Кралското" beside "Кралското дружество за защита на птиците",
"Carinzia e Veneto" beside "Carinzia": one reader ran on over the "and" of a list whose other
mention, elsewhere in the text, bounds the next (or the first) body. The side that another partner already names is cut
off; what is left is a partner of its own. Read from the list of found partners, in every
language whose cue file lists the conjunction.
"""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner, reslice
from pipeline.extractors.partner_role_ends import closed_by_form
from pipeline.suspended import NOT_AFTER_OPEN_PART
from pipeline.textnorm import UPPER


def cut_known_sides(found: list[Partner], ctx: Context) -> list[Partner]:
    conj = [c for c in ctx.lex.cues["conjunctions"] if " " not in c and len(c) <= 8]
    if not conj or len(found) < 2:
        return found
    pattern = re.compile(rf"{NOT_AFTER_OPEN_PART}\s(?:{'|'.join(map(re.escape, conj))})\s(?=[{UPPER}])")
    for p in found:
        hits = list(pattern.finditer(p.name))
        if len(hits) != 1:
            continue
        m = hits[0]
        left, right = p.name[:m.start()].strip(), p.name[m.end():].strip()
        if not left or not right:
            continue
        if "," in left or closed_by_form(right) and not closed_by_form(left):
            continue  # a list of domains ("Ministry for A, B and C"), one company ("A and B GmbH")
        others = [q.name for q in found if q is not p and q.name != p.name]
        # the right side opens another partner's name: it was cut short there ("… и Кралското")
        if len(left.split()) >= 2 and any(o == right or o.startswith(right + " ") for o in others):
            reslice(p, 0, m.start(), ctx.doc.text)
        # the left side is another partner: the right one is this item's own ("Carinzia e Veneto")
        # a typed left side with a bare right one is one name's complement ("Universidade de A e B")
        elif any(o == left for o in others) and right[:1].isupper() and (has_org_word(right) or not has_org_word(left)):
            reslice(p, m.end(), len(p.name), ctx.doc.text)
            p.role = PARTNER if p.role == LEAD else p.role
            p.country = None
    return found
