"""A project word used as a line's label, its value a quotation ("ПРОЕКТ: „Реконструкция …“",
"Projekt: „ Spolu můžeme více – 20 let …“"): the quotation is the project's name, as a form's
label gives it. Only where the project word opens its line: inside a sentence the colon may
open a quoted remark ("mit dem neuen Projekt: „Zum Einen soll …“")."""
from __future__ import annotations

import re

from pipeline.extractors.context import Context
from pipeline.extractors.name_candidates import Candidate, plausible_name, quoted_name


def project_word_label(ctx: Context) -> Candidate | None:
    """The first line that opens with a project word, a colon and a quotation."""
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        for cue in ctx.cues(i, {"project_before"}):
            at = cue.start - base
            if text[:at].strip() and not re.search(r"\n[^\S\n]*$", text[:at]):
                continue  # the word does not open its line
            colon = re.match(r"[^\S\n]*:[^\S\n]*", text[cue.end - base:])
            if not colon:
                continue
            found = quoted_name(text, base, cue.end - base + colon.end())
            if found and plausible_name(found.name, ctx.doc.text):
                return found
    return None
