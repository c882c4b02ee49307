"""Names read from a page's layout and letters when no cue word gives one.

Two readings that do not depend on how a sentence is phrased:

- an acronym the page defines beside its long form ("CLUNET: Cluster Networking and …",
  "… Learning through Mobile devices (ELMO)") names the project when the page writes the
  acronym again and a project or cluster word stands in the sentence that defines it or the
  definition is the page's headline; a name read as the long form's opening words is then
  named by its acronym;
- a project page's headline (its first line of some words, after menu words) is the
  project's name when the paragraph below it speaks of "the project" without naming one
  ("Projekt reagoval na potrebu …", "Cílem projektu je …", "The project aims …") or the body
  writes the headline again. A headline that reports an event, holds a date or a label, or
  ends as a sentence does is news, not a name.
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.acronym_pairs import pairs
from pipeline.extractors.context import Context
from pipeline.extractors.name_guards import page_section
from pipeline.extractors.name_text import abbreviates, is_name_like, split_acronym, written
from pipeline.extractors.programme_names import programme_end, programme_mentions
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import fold

Found = tuple[str, int, int]
PROJECT_WORDS = {"project_before", "project_after", "cluster_names"}
# a headline is read among the section's first blocks (menu lines may stand above it)
HEAD_BLOCKS = 4
MAX_HEAD_WORDS = 15


def not_project(ctx: Context, short: str, long: str, *, orgs: bool = True) -> bool:
    """A defined acronym that names a programme, fund or (`orgs`) organisation ("ERDF (European
    Regional Development Fund)", "Regionální rozvojová agentura (RRA)"), not a project."""
    if programme_mentions(short, ctx.lang) or programme_end(long, 0, ctx.lang):
        return True
    if not orgs:  # (the words after a headline's name may say what it is: "X: an Erasmus+ project")
        opening = sum(len(w) + 1 for w in long.split()[:2])  # a fund's word among the first words
        return any(c.start <= opening for c in nlp.cues(long, ctx.lang, {"funder", "budget_eu"}))
    if programme_mentions(long, ctx.lang) or nlp.cues(long, ctx.lang, {"programme", "funder", "budget_eu", "partners", "lead_partner", "coordinator"}):
        return True
    first = fold(long.split()[0]) if long.split() else ""
    orgs = {fold(t) for t in ctx.lex.cues.get("org_types", []) if " " not in t}
    return first in orgs or any(fold(w) in orgs for w in long.split()[:2])


def defined_acronyms(ctx: Context, *, headline_only: bool = False) -> list[tuple[Found, Found]]:
    """(short form, long form) pairs of the section that name a project (`headline_only`: those
    in the page's first lines, which title the page)."""
    out = []
    for pos, i in enumerate(ctx.indices):
        text = ctx.text(i)
        base = ctx.block(i).start
        for p in pairs(text, ctx.lang):
            short, long = text[p.short[0]:p.short[1]], text[p.long[0]:p.long[1]]
            if not_project(ctx, short, long) or len(written(short).findall(ctx.doc.text)) < 2:
                continue
            sent = ctx.sentence_at(i, base + min(p.short[0], p.long[0]))
            near = any(sent.start <= c.start < sent.end for c in ctx.cues(i, PROJECT_WORDS))
            head = pos < 3 and ctx.block(i).kind in (HEADING, PARAGRAPH) and len(text.split()) <= 30
            if head or near and not headline_only:
                out.append(((short, base + p.short[0], base + p.short[1]), (long, base + p.long[0], base + p.long[1])))
    return out


def acronym_of_long(ctx: Context, found: Found) -> Found | None:
    """A name read as the opening words of a defined acronym's long form ("Cluster Networking
    and Exchange" in "CLUNET: Cluster Networking and Exchange via …") is named by the acronym."""
    name = found[0]
    if is_name_like(name) or len(name.split()) < 2:
        return None
    for short, long in defined_acronyms(ctx):
        if fold(long[0]).startswith(fold(name)):
            return short
    return None


def _event_or_date(ctx: Context, i: int) -> bool:
    """A headline that reports an event or holds a number of two digits or more (a date, a year,
    an address, an amount) is news or a record line, not a project's name."""
    text = ctx.text(i)
    return bool(ctx.cues(i, {"events"}) or re.search(r"\d{2}", text))  # a date, a year, an address, an amount


def _opens_with_project(ctx: Context, j: int) -> bool:
    """A project word among the first three words of block j."""
    base = ctx.block(j).start
    text = ctx.text(j)
    return any(len(text[:c.start - base].split()) <= 2 for c in ctx.cues(j, {"project_before", "project_after"}))


def _one_word_name(ctx: Context, idx: list[int], word: str, nxt: str) -> bool:
    """A page's first line of one word names its project when the line below spells it out
    ("M.O.V.E.S." over "Multicultural Occasions Via Environment and Sports") or the paragraph
    below opens by speaking of the project ("Umbrella" over "Projekto tikslas – …"). A cue
    word, a place or a site's section word is no such name."""
    if not word[:1].isupper() or word.endswith((":", ".", ",")) and not is_name_like(word) \
            or page_section(word, ctx.lex) or re.search(r"\d{2}", word):
        return False
    if nlp.cues(word, ctx.lang) or gazetteer.find(word, ctx.lex) or gazetteer.town(word, ctx.lex):
        return False
    if len(nxt.split()) >= 3 and nxt[:1].isupper() and abbreviates(word, nxt) and not nxt.endswith((".", ":")):
        return True
    below = [j for j in idx[1:3] if ctx.block(j).kind == PARAGRAPH][:1]
    return bool(below) and _opens_with_project(ctx, below[0]) and len(ctx.text(below[0]).split()) >= 8


def headline(ctx: Context, labelled: bool = False) -> Found | None:
    """The section's headline that names its project (see the module's note); `labelled`: the
    section gives project facts under labels, so its headline titles a project's page."""
    idx = ctx.indices[:HEAD_BLOCKS + 3]
    for pos, i in enumerate(idx[:HEAD_BLOCKS]):
        b = ctx.block(i)
        raw = ctx.text(i)
        text = raw.strip()
        words = text.split()
        if b.kind not in (HEADING, PARAGRAPH) or "\n" in text:
            return None
        if text.endswith(":") or ctx.label(i, {"title", "partners", "lead_partner", "programme"}):
            return None  # a label ("NOSITELJ PROJEKTA:") over its value, which is no headline
        if page_section(text, ctx.lex):
            continue  # the site's section ("Aktuality", "NEWS") over the page's headline
        nxt = ctx.text(idx[pos + 1]).strip() if pos + 1 < len(idx) else ""
        if len(words) == 1 and pos == 0 and _one_word_name(ctx, idx, text, nxt):
            start = b.start + raw.find(text)
            return text, start, start + len(text)
        if len(words) < 2 or len(words) <= 3 and not ctx.cues(i) and len(nxt.split()) <= 3 \
                or len(words) <= 2 and len(nxt.split()) > 2 and not nxt.endswith((".", "!", "?", ":")) \
                and ctx.block(idx[pos + 1]).kind in (HEADING, PARAGRAPH):
            continue  # a menu word ("Projekty", "Menu", "A A A", "Zmeniť jazyk") above the headline
        inner_brand = any(s > 0 for s, _ in programme_mentions(text, ctx.lang))
        if pos + 1 < len(idx) and b.kind == HEADING and (ctx.cues(i, PROJECT_WORDS) or inner_brand) \
                and not text.endswith((".", "!", "?")) and not ctx.cues(i, {"events"}):
            continue  # the site's or programme's title over the page's ("Projekty Interreg V-A …")
        if len(words) > MAX_HEAD_WORDS or text.endswith((".", ":", "?", "!", ",")) or ":" in text or not text[:1].isupper():
            return None
        if _event_or_date(ctx, i) or ctx.cues(i, PROJECT_WORDS | {"programme", "partners", "lead_partner", "budget_total", "title"}):
            return None  # news ("Kick-off meeting in Lubin"), a label, a line about the project
        if text.isupper() and len(words) > 2:
            return None  # a banner in capitals
        # the paragraph below opens by speaking of "the project" ("Projekt reagoval …", "Cílem
        # projektu je …", "The project aims …"), not of something that merely mentions one
        below = [j for j in idx[pos + 1:pos + 4] if ctx.block(j).kind == PARAGRAPH][:2]
        about = any(_opens_with_project(ctx, j) for j in below)
        # (a page that prints its headline twice, as title and heading, does not write it again)
        again = any(text in ctx.doc.block_text(o) and ctx.doc.block_text(o).strip() != text for o in ctx.doc.blocks)
        if not (about or again or labelled):
            return None
        start = b.start + raw.find(text)
        brand = programme_end(text, 0, ctx.lang)
        if brand and len(text[brand:].split()) >= 2:
            # "ERASMUS+ Flying across borders": the programme's brand over the project's name
            lead = len(text[brand:]) - len(text[brand:].lstrip(" -–:"))
            text, start = text[brand + lead:], start + brand + lead
        (ns, ne), title = split_acronym(text)
        if title and is_name_like(text[ns:ne]):
            return text[ns:ne], start + ns, start + ne  # "W3 - rozvoj živnostenských lokalit …"
        return text, start, start + len(text)
    return None


# a coined name with its version ("EMPOWER 2.0", "SEAMLESS II"); the version is part of the name
_COINED = re.compile(r"(?<![\w-])([^\W_][\w&+@!'’-]*[^\W_]|[^\W_]{3,})((?:[^\S\n]+(?:\d+(?:\.\d+)?|[IVX]{1,4}))?)(?![\w-])")


def event_headline_name(ctx: Context) -> Found | None:
    """A page's headline that reports a project's event names the project by the coined word
    beside the event's noun ("EMPOWER 2.0 kickoff meeting in Zaanstad", "Kick-off meeting
    GREENWAY – …"): the name stands right before the noun (perhaps with one lowercase word
    between, "kickoff") or right after it, and the page writes it again. A programme's brand
    is no such name. Read only when no cue word gave a name."""
    for i in ctx.indices[:HEAD_BLOCKS]:
        text = ctx.text(i)
        if "\n" in text.strip() or len(text.split()) > MAX_HEAD_WORDS or text.isupper():
            continue  # (in a headline in capitals every word looks coined: "PETI SASTANAK …")
        base = ctx.block(i).start
        events = ctx.cues(i, {"events"})
        if not events:
            continue
        brands = programme_mentions(text, ctx.lang)
        for m in _COINED.finditer(text):
            word = m.group(1)
            if not is_name_like(word) or any(s <= m.start() < e for s, e in brands):
                continue
            end = m.end()
            before = any(re.fullmatch(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?", text[end:c.start - base]) and
                         not text[end:c.start - base].strip()[:1].isupper() for c in events if c.start - base >= end)
            after = any(re.fullmatch(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+)?", text[c.end - base:m.start()]) and c.end - base <= m.start()
                        and not text[c.end - base:m.start()].strip()[:1].isupper() for c in events)
            if (before or after) and len(written(word).findall(ctx.doc.text)) >= 2:
                return text[m.start():end], base + m.start(), base + end
    return None
