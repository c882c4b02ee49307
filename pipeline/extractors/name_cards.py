"""A project card's title line: a short line standing alone right above two labelled project
facts ("AYA NİKOLA YOLU" over "Ana Yararlanıcı: …", "Proje Ortağı: …"; "Name of the project"
over "Lead partner: …", "Budget: …"). The card may sit anywhere in the page, below the site's
own headlines, which is why the page's first line (`names.top_heading`) misses it."""
from __future__ import annotations

from pipeline.extractors.context import Context
from pipeline.extractors.name_candidates import plausible_name
from pipeline.extractors.name_guards import page_section, programme_only
from pipeline.extractors.name_headline import PROJECT_WORDS
from pipeline.extractors.name_text import is_name_like
from pipeline.lexicons import org_word_in
from pipeline.model import HEADING, PARAGRAPH


def _title_shape(text: str) -> bool:
    """One line of a few words, no sentence and no label: how a card writes its title."""
    words = text.split()
    return ("\n" not in text and 1 <= len(words) <= 15 and ":" not in text
            and not text.endswith((".", "?", "!", ",", ";")) and (text[:1].isupper() or text[:1].isdigit()))


def card_title(ctx: Context, fact_labels: set[str]) -> tuple[str, int, int] | None:
    """The one line of the section over two labelled facts; none when several lines are (a
    list of cards is the section splitter's to divide) or when the line is itself a cue's line."""
    found = []
    idx = ctx.indices
    for pos, i in enumerate(idx[:-2]):
        b = ctx.block(i)
        text = ctx.text(i).strip()
        if b.kind not in (HEADING, PARAGRAPH) or not _title_shape(text):
            continue
        if not all(ctx.label(j, fact_labels) for j in idx[pos + 1:pos + 3]):
            continue
        # a caption that speaks of the project ("Le projet LIFE X en quelques lignes"), a one-word
        # label of the facts ("Projektinformation"), a fact's own line or an organisation over its
        # contact lines ("Institute of …") is no title
        if ctx.cues(i, fact_labels | PROJECT_WORDS | {"title", "events"}) or page_section(text, ctx.lex) \
                or len(text.split()) < 2 and not is_name_like(text) or org_word_in(text.split()[0]) \
                or programme_only(text, ctx.lang) or not plausible_name(text, ctx.doc.text):
            continue
        start = b.start + ctx.text(i).find(text)
        found.append((text, start, start + len(text)))
    return found[0] if len(found) == 1 else None
