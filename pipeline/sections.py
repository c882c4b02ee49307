"""Split a document into one section per project.

A document describes several projects when it repeats a parallel unit, each opened by a
different project name and each carrying facts of its own (a budget, a date, a lead
partner). Three openers are read, the most explicit first:
1. a heading or slide title that is a bare project name ("ClusterCOOP", "CENTRAMO");
2. a project label and its value ("Projekt: X", "Project name: X", "Název projektu: X"),
   as in beneficiary lists and flattened tables;
3. a block (paragraph, list item, heading) that introduces a project by name
   after a project cue or a naming phrase ("Das Projekt „Smart Production“ umfasst …",
   "Auch das Projekt Brückenpark II erhält …", "unter dem Namen „X“"),
   as in news items that report project after project;
4. the items of a list the text introduces as projects, each opening with a name
   ("Approved projects:" then "• GreenWay – …, 1.2 million euro").
Fewer than two openers with distinct names leave the whole document one section. Text
before the first opener (a news item's lead) stays with the first project.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline import gazetteer, nlp
from pipeline.extractors import partners as partner_extractor
from pipeline.extractors import programme
from pipeline.extractors.context import Context
from pipeline.extractors.name_candidates import clause_title_end, opens_sentence_case
from pipeline.extractors.name_text import is_name_like, name_run
from pipeline.lexicons import load
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, Block, Document, Section
from pipeline.normalise.money import find_money
from pipeline.textnorm import QUOTE_MARKS, fold

FACT_CUES = {"budget_total", "budget", "duration", "lead_partner", "coordinator", "start", "end"}
# a label heading ("Jóváhagyott ERFA támogatás", "PARTNERSÉG") is not a project name
LABEL_CUES = FACT_CUES | {"budget_eu", "budget_other", "partners", "title", "programme", "call",
                          "activities", "themes", "sectors", "work_packages"}
PERIOD_KEYS = ("duration", "start", "end")
QUOTES = QUOTE_MARKS
NAME_WORDS = 8  # a quoted name longer than this is a title or a quotation
LEAD_OPENER_WORDS = 12  # a paragraph presenting a project says more than a partner list's item
LONG_ITEM_WORDS = 60  # a list item this long is a paragraph with a marker

Opener = tuple[int, int, int]  # (block index, name start, name end); name offsets may be -1
# a quoted name opening a text, and one closing it
_QUOTED_FIRST = re.compile(rf"\s*[{QUOTES}]([^{QUOTES}]{{2,120}})[{QUOTES}]")
_QUOTED_LAST = re.compile(rf"[{QUOTES}]([^{QUOTES}]{{2,120}})[{QUOTES}]\s*$")
# a name opening a text, up to a dash, colon or comma ("MULTIMAT3D – …", "PRoSCoR*, …")
_NAME_HEAD = re.compile(r"\s*([^–—:;(,]+?)\s*(?:\s[–—-]\s|[:;(,])\s*")


def split(doc: Document) -> list[Section]:
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    heads = _heading_openers(doc, lang)
    if len(heads) >= 2:
        return _sections(doc, heads, with_heading=True)
    for finder in (_label_openers, _paragraph_openers, _lead_openers, _list_openers, _uniform_list_openers,
                   _titled_openers, _enumerated_openers):
        found = _distinct(doc, [o for o in finder(whole) if not _unit_name(doc, lang, o)])
        # a list item says its partners in a sentence more often than after a label
        found = _parallel(doc, _with_facts(doc, lang, found, partners=finder is _uniform_list_openers))
        if len(found) >= 2:
            return _sections(doc, found, with_heading=False)
    return [Section(blocks=tuple(range(len(doc.blocks))),
                    heading=heads[0][0] if heads and _opens(doc, heads[0][0]) else None)]


def divide(doc: Document) -> tuple[Document, list[Section]]:
    """_divide(), and where that finds one project but a sentence names several projects
    one after another, one section per listed name (see _listed_sections)."""
    cut, sections = _divide(doc)
    if len(sections) > 1:
        return cut, sections
    listed = _listed_sections(doc) or _item_sections(doc)
    return (doc, listed) if listed else (cut, sections)


def _divide(doc: Document) -> tuple[Document, list[Section]]:
    """split(), and where that finds one project but a paragraph reports project after
    project ("Ad essere stati finanziati: il progetto E-chain … (partner …), il progetto
    Ecomap … e il progetto Zero Waste Blue …"; "Im Projekt „A“ … . Im zweiten Projekt
    „B“ …"), the document with that paragraph cut into one block per project, and its
    sections. A part opens at its sentence, or at its cue when the sentence holds the
    part before; the text and its offsets are unchanged. The cuts stand only where each
    part holds a fact of its own (a partner counts) and talks about no other part's
    project."""
    sections = split(doc)
    if len(sections) > 1:
        return doc, sections
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    blocks: list[Block] = []
    parts: list[Opener] = []
    listed_parts: set[int] = set()  # blocks cut from an announced list: their details are facts
    for i, b in enumerate(doc.blocks):
        # a long list item is a paragraph with a marker ("- Gli alunni … nel progetto …")
        found = _parts(whole, i) if b.kind == PARAGRAPH or len(whole.text(i).split()) >= LONG_ITEM_WORDS else []
        listed = _inline_items(whole, i) if b.kind in (PARAGRAPH, LIST_ITEM) else []
        from_list = len(listed) > len(found)
        if from_list:
            found = listed
        if len(found) < 2:
            blocks.append(b)
            continue
        if not parts and doc.text[b.start:found[0][0]].strip():
            # the lead-in before the first project ("… ha ottenuto per tre progetti …: il
            # progetto A …") is said of them all: a block of its own, shared below
            blocks.append(replace(b, end=found[0][0]))
            b = replace(b, start=found[0][0], first_on_page=False)
        if from_list:
            listed_parts.update(range(len(blocks), len(blocks) + len(found)))
        bounds = [b.start] + [cut for cut, _, _ in found[1:]] + [b.end]
        for n, (start, end) in enumerate(zip(bounds, bounds[1:])):
            parts.append((len(blocks), found[n][1], found[n][2]))
            blocks.append(replace(b, start=start, end=end, first_on_page=b.first_on_page and n == 0))
    # with no paragraph cut, paragraphs still part where one introduces a project as one
    # more ("Kolejny projekt … Nosi tytuł „X”"), with the looser facts below
    cut = replace(doc, blocks=blocks) if parts else doc
    ctx = Context(cut, Section(blocks=tuple(range(len(cut.blocks)))))
    if not parts and not any(_next_names(ctx, i) for i in range(len(cut.blocks))):
        return doc, sections
    taken = {p[0] for p in parts}
    openers = sorted(parts + [o for o in _paragraph_openers(ctx) if o[0] not in taken])
    openers = _distinct(cut, [o for o in openers if not _unit_name(cut, lang, o)])
    kept = {o[0] for o in _with_facts(cut, lang, openers, partners=True)}
    # a project introduced as one more is one of its own, and so is the one before it
    for n, o in enumerate(openers):
        if _explicit(ctx, o):
            kept.update({o[0]} | ({openers[n - 1][0]} if n else set()))
    openers = _parallel(cut, [o for o in openers if o[0] in kept or o[0] in listed_parts])
    if len(openers) < 2:
        return doc, sections
    out = _sections(cut, openers, with_heading=False)
    if parts and parts[0][0] == openers[0][0]:
        # what the text says before the first cut part (the lead-in, the organisation that
        # obtained them all, their total) is every part's, as in _listed_sections
        shared = tuple(range(openers[0][0]))
        out = [replace(sec, blocks=shared + tuple(i for i in sec.blocks if i not in shared), shared=shared) for sec in out]
    # an announced list's item names its partners in brackets ("A (Org 1, Org 2); B (…)")
    return cut, [replace(sec, partners=_bracket_after(ctx, o, cut.blocks[o[0]].end)) if o[0] in listed_parts else sec
                 for sec, o in zip(out, openers)]


def _parts(ctx: Context, i: int) -> list[Opener]:
    """The projects block i reports one after another: (where its part opens, name start,
    name end), a new name after a project cue opening each part."""
    text = ctx.doc.text
    out: list[Opener] = []
    seen: list[str] = []
    found = sorted(_cue_names(ctx, i, loose=True), key=lambda f: f[1][0])
    said = [fold(cue.text) for cue, _ in found]
    for cue, (s, e) in found:
        # a plain capitalised word names a project only in a parallel run ("il progetto
        # E-chain …, il progetto Ecomap …": one cue, repeated)
        if not _looks_like_name(text[s:e], ctx.lang) and said.count(fold(cue.text)) < 2:
            continue
        core = _core(text[s:e])
        if out and s < out[-1][2] or not core.strip() or any(core.startswith(x) or x.startswith(core) for x in seen):
            continue
        sent = ctx.sentence_at(i, cue.start)
        start = min(cue.start, s) if out and out[-1][2] >= sent.start else sent.start
        if out and start <= out[-1][0]:
            continue
        seen.append(core)
        out.append((start, s, e))
    return out


def _inline_items(ctx: Context, i: int) -> list[Opener]:
    """A list of projects run into one paragraph after a cue and a colon ("I progetti
    finanziati sono: A (partner, partner); B (partner); …", "Jedná sa o projekty: „A“
    (35 890€), „B“ (…) a „C“ (…)"): (where each item opens, name start, name end). Items
    are split at semicolons, or at commas and the conjunction when every item is quoted.
    Most items, and at least two, must open with a name (quoted, or written like one)
    and go on with details of their own: a list of topics ("projects: education, health
    and culture") or of bare names ("related projects: A; B") opens none."""
    text, block = ctx.doc.text, ctx.block(i)
    for cue in ctx.cues(i, {"projects_counted"}):
        sent = ctx.sentence_at(i, cue.start)
        colon = text.find(":", cue.end, sent.end)
        # the colon closes the cue's clause ("I progetti finanziati sono:"), a few words on
        if colon < 0 or len(text[cue.end:colon].split()) > 4 or re.search(r"[.;!?]", text[cue.end:colon]):
            continue
        items = _list_items(text, colon + 1, block.end, ctx.lex.cues.get("conjunctions", []))
        ends = [start for start, _ in items[1:]] + [block.end]
        # each item says something of its own after its name (its partners, its grant)
        named = [(start, *span) for (start, span), end in zip(items, ends)
                 if span and not _unit_name(ctx.doc, ctx.lang, (i, *span))
                 and not programme.brand_value(text, span[0], ctx.lang)  # "Interreg Europe (…)"
                 and re.search(r"\w", text[span[1]:end].strip(QUOTES))]
        if len(named) >= 2 and 2 * len(named) > len(items) and not _places(ctx, named):
            return named
    return []


def _list_items(text: str, pos: int, stop: int, conjunctions: list[str]) -> list[tuple[int, tuple[int, int] | None]]:
    """The items of a list written inline from `pos`: (item start, its name's span or None)."""
    body = text[pos:stop]
    if body.count(";") >= 1:
        cuts = [m.end() for m in re.finditer(r";\s*", body)]
        quoted = False
    else:
        conj = "|".join(re.escape(c) for c in conjunctions)
        sep = rf",\s*|\s+(?:{conj})\s+" if conj else r",\s*"
        cuts = [m.end() for m in re.finditer(rf"(?:{sep})(?=[{QUOTES}])", body)]
        quoted = True
    lead = len(body) - len(body.lstrip())
    out = []
    for n, start in enumerate([lead] + cuts):
        end = cuts[n] if n < len(cuts) else len(body)
        item = body[start:end]
        out.append((pos + start, _item_name(item, pos + start, quoted)))
    return out


def _item_name(item: str, base: int, quoted: bool) -> tuple[int, int] | None:
    """The name an inline list's item opens with: quoted, or (unless the list is one of
    quoted items) a name written like one before a bracket, dash or colon ("RivierAlp
    (Comune di …)", "MHF: MyHealthFriend")."""
    m = _QUOTED_FIRST.match(item)
    if m:
        return _quoted_span(m, base)
    if quoted:
        return None
    m = re.match(r"([^–—:;(,.]+?|[^\s(;:,]+)\s*(?:\s[–—-]\s|[:;(,]|\.?\s*$)", item)
    name = m.group(1).strip() if m else ""
    if not name or len(name.split()) > NAME_WORDS or not (
            _looks_like_name(name, "en") or _capitalised(name) or re.fullmatch(r"[^\W\d_][\w'’.-]{1,}", name) and name[0].isupper()):
        return None
    return base + m.start(1), base + m.start(1) + len(name)


def _places(ctx: Context, named: list[Opener]) -> bool:
    """A list of places ("projects in: Austria; Bavaria; Tyrol") names no projects."""
    return any(h.start == 0 and h.end == e - s for _, s, e in named for h in gazetteer.find(ctx.doc.text[s:e], ctx.lex))


def programme_units(lang: str | None) -> tuple[str, ...]:
    """The words for a programme's units in `lang`, then English's (lexicon data)."""
    return load(lang).programme_units


def programme_unit(units: Iterable[str], text: str) -> bool:
    """"l'axe 3 …", "Prioritná os 1", "PO1", "Measure 2.1", "2. prioritási tengely": a text
    that opens with a numbered label of a programme's structure (`units`: the words for
    priority, axis, measure, call), which names neither a project nor an activity."""
    words = re.sub(r"^[^\w]*(?:[a-z]{1,2}['’]\s*)?", "", fold(text))
    for unit in sorted((fold(u) for u in units), key=len, reverse=True):
        u = re.escape(unit)
        if re.match(rf"(?:{u}\s*(?:n[o°]?\.?\s*)?(?:\d|[ivx]+(?!\w))|\d+(?:\.\d+)*\.?\s+{u}(?!\w))", words):
            return True
    return False


def _unit_name(doc: Document, lang: str, opener: Opener) -> bool:
    """An opener named by a unit of the programme or of the work ("Prioritná os 1 – …",
    "PO1:", "Work package 3", "Call 2"): priorities, measures, calls and work packages
    are listed like projects but are none."""
    b, s, e = opener
    name = doc.text[s:e] if s >= 0 else doc.block_text(doc.blocks[b])
    if programme_unit(programme_units(lang) + tuple(load(lang).cues.get("work_packages", [])), name):
        return True
    return any(c.start == len(name) - len(name.lstrip()) for c in nlp.cues(name, lang, {"work_packages", "call"}))


def _sections(doc: Document, openers: list[Opener], *, with_heading: bool) -> list[Section]:
    out = []
    for n, (b, s, e) in enumerate(openers):
        start = 0 if n == 0 else b
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        out.append(Section(blocks=tuple(range(start, stop)), heading=b if with_heading else None,
                           name=(s, e) if not with_heading and s >= 0 else None))
    return out


def _has_fact(doc: Document, lang: str, start: int, stop: int, keys: set[str] = FACT_CUES) -> bool:
    for i in range(start, stop):
        text = doc.block_text(doc.blocks[i])
        if any(c.key in keys for c in nlp.cues(text, lang)):
            return True
    return False


def _has_fact_or_money(doc: Document, lang: str, start: int, stop: int) -> bool:
    if _has_fact(doc, lang, start, stop):
        return True
    lex = load(doc.language or "en")
    return any(find_money(doc.block_text(doc.blocks[i]), lex) for i in range(start, stop))


def _heading_openers(doc: Document, lang: str) -> list[Opener]:
    """Headings that are bare names, not labels, and not repeated (a label repeated per
    partner, "Jóváhagyott ERFA támogatás", is not a project), with facts below them."""
    texts = [fold(doc.block_text(b)) for b in doc.blocks]
    heads = [i for i, b in enumerate(doc.blocks)
             if b.kind == HEADING and is_name_like(doc.block_text(b)) and texts.count(texts[i]) == 1
             and not any(c.key in LABEL_CUES for c in nlp.cues(doc.block_text(b), lang))
             and not _unit_name(doc, lang, (i, b.start, b.end))]
    bounds = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(doc.blocks)
        if _has_fact(doc, lang, h, stop):
            bounds.append((h, -1, -1))
    return bounds


def _label_openers(ctx: Context) -> list[Opener]:
    """"Projekt: X" / "Project name: X", or the label alone with its value below it. The
    units are parallel, so they repeat one label: a page about one project that gives
    "Project: <title>" and, further on, "Acronym: X" is not two projects."""
    out = []
    labels: list[str] = []
    for i in ctx.indices:
        if ctx.block(i).kind not in (HEADING, PARAGRAPH, LIST_ITEM) or len(ctx.text(i).split()) > 40:
            continue
        found = ctx.label_value(i, {"project_label"})
        if not found:
            continue
        cue, s, e = found
        if ctx.doc.text[cue.end:s].strip() not in ("", ":"):
            continue  # "Projekt kód:", "A projekt teljes költségvetése:" label something else
        value = ctx.doc.text[s:e]
        cut = re.search(r"\s[–—-]\s|[:;(,]", value)  # "X – the long title", "X (ACRONYM)"
        end = s + (cut.start() if cut else len(value))
        name = ctx.doc.text[s:end].strip(" " + QUOTES)
        if name and name[0].isalpha() and len(name.split()) <= NAME_WORDS and not _label_value(name, ctx.lang):
            s = ctx.doc.text.find(name, s)
            out.append((i, s, s + len(name)))
            labels.append(fold(cue.text))
    if not labels:
        return []
    common = max(set(labels), key=labels.count)
    return [o for o, label in zip(out, labels) if label == common]


def _paragraph_openers(ctx: Context) -> list[Opener]:
    """Paragraphs and list items that introduce a project by name after a project cue or
    a naming phrase: "Das Projekt „Smart Production“ …", "Bestätigt wurde das Projekt
    TRANSEURO+, …", "Unter dem Namen „MEDUWA Vecht(e)“ haben sich …". The first name
    a block introduces is the one it opens."""
    out = []
    for i in ctx.indices:
        found = _cue_names(ctx, i, first=True)
        if found:
            out.append((i, *found[0][1]))
    return out


_ORDER = {"project_before": 0, "project_named": 0, "project_other": 0, "project_after": 1}


def _cue_names(ctx: Context, i: int, *, first: bool = False,
               loose: bool = False) -> list[tuple[nlp.CueMatch, tuple[int, int]]]:
    """The names block i introduces after a project cue or a naming phrase, each with its
    cue; a name after the cue is read before one in front of it ("the Interreg Alpine
    Space project X" names X), and a programme's name is not a project's."""
    out = []
    prog = None
    for cue in sorted(ctx.cues(i, set(_ORDER)), key=lambda c: (_ORDER[c.key], c.start)):
        sent = ctx.sentence_at(i, cue.start)
        if cue.key == "project_other":  # "la iniciativa 'Mobae'", "the 'X' initiative": quoted only
            m = _QUOTED_FIRST.match(ctx.doc.text, cue.end, sent.end)
            span = _quoted_span(m, 0) if m else _quoted_before(ctx.doc.text, cue.start, sent.start)
        elif cue.key == "project_after":
            span = _name_before(ctx.doc.text, cue.start, sent.start, ctx.lang)
        else:
            span = _name_after(ctx.doc.text, cue.end, sent.end, ctx.lang, loose)
        if not span and cue.key == "project_named":
            span = _quoted_before(ctx.doc.text, cue.start, sent.start)  # a „Sport” nevű projekt
        if not span or _label_value(ctx.doc.text[span[0]:span[1]], ctx.lang):
            continue  # "Project Start Date 01-09-2023": a field label names no project
        if prog is None:
            prog = programme.programme(Context(ctx.doc, Section(blocks=(i,)))) or ("", -1, -1)
        if prog[1] < span[1] and span[0] < prog[2]:
            # "proiectul Erasmus+ “ESCAPE – …”", "das Interreg-Projekt „X“": the quoted
            # name after the programme's
            m = _QUOTED_FIRST.match(ctx.doc.text, prog[2], sent.end) if prog[1] <= span[0] else None
            span = _quoted_span(m, 0) if m else None
            if not span:
                continue
        out.append((cue, span))
        if first:
            break
    if not (first and out):
        out.extend(f for f in _next_names(ctx, i) if all(f[1] != o[1] for o in out))
    return out


def _next_nouns(ctx: Context, i: int) -> list[nlp.CueMatch]:
    """The project nouns of block i that a word for one more project qualifies ("Kolejny
    projekt", "im zweiten Projekt", "z naslednjim dvoletnim projektom", "un altro
    progetto"): at most two words between, no punctuation, and the noun not a plural
    ("weitere Projekte" counts projects)."""
    text = ctx.doc.text
    plural = {fold(c) for c in ctx.lex.cues.get("projects_counted", [])} - {
        fold(c) for c in ctx.lex.cues.get("project_after", [])}
    nouns = [c for c in ctx.cues(i, {"project_before", "project_after", "project_other"}) if fold(c.text) not in plural]
    out = []
    for cue in ctx.cues(i, {"project_next"}):
        noun = next((n for n in nouns if n.start >= cue.end and len(text[cue.end:n.start].split()) <= 2
                     and not re.search(r"[.,;:!?()\[\]]", text[cue.end:n.start])), None)
        if noun and noun not in out:
            out.append(noun)
    return out


def _next_names(ctx: Context, i: int) -> list[tuple[nlp.CueMatch, tuple[int, int]]]:
    """The names of the projects block i introduces as one more ("Another project, on
    water, starts now. It is called „X“."): the name right after the noun, else after a
    naming phrase or in quotes further on in its sentence or the next."""
    text, out = ctx.doc.text, []
    sents = ctx.sentences(i)
    for noun in _next_nouns(ctx, i):
        sent = ctx.sentence_at(i, noun.start)
        span = _name_after(text, noun.end, sent.end, ctx.lang)
        if not span:
            stop = next((s.end for s in sents if s.start >= sent.end), sent.end)
            named = next((c for c in ctx.cues(i, {"project_named"}) if noun.end <= c.start < stop), None)
            if named:
                span = _name_after(text, named.end, stop, ctx.lang, loose=True)
            else:  # "Another project, “X”, …": quoted after a comma or dash ("the next project meeting
                # at the “Casa Europa”" names a place)
                m = re.compile(rf"[\s,:–—-]*[{QUOTES}]([^{QUOTES}]{{2,120}})[{QUOTES}]").match(text, noun.end, sent.end)
                span = _quoted_span(m, 0) if m else None
        if span and not _label_value(text[span[0]:span[1]], ctx.lang):
            out.append((noun, span))
    return out


def _explicit(ctx: Context, opener: Opener) -> bool:
    """An opener whose block introduces its project as one more ("another project", "the
    second project X"): the text says it is a project of its own."""
    b, s, _ = opener
    return any(span[0] == s for _, span in _next_names(ctx, b))


def _lead_openers(ctx: Context) -> list[Opener]:
    """Paragraphs that open with a project's name and, right after it, its lead partner:
    "MULTIMAT3D – Leadpartner: Vysoké učení technické …", "PRoSCoR, porté par l'Institut
    de l'élevage …", "Le projet ALGA, porté par INRAE …", as pages that present approved
    projects one paragraph each write them. The lead is named after its cue ("Uni Graz –
    coordinator" alone is a role in a partner list), and the paragraph goes on to say
    more than a partner list's item does."""
    out = []
    for i in ctx.indices:
        text = ctx.text(i)
        if ctx.block(i).kind not in (PARAGRAPH, LIST_ITEM) or len(text.split()) < LEAD_OPENER_WORDS:
            continue
        m = _NAME_HEAD.match(text)
        if not m:
            continue
        base = ctx.block(i).start
        cue = next((c for c in ctx.cues(i, {"lead_partner", "coordinator"}) if c.start == base + m.end()), None)
        if not cue or not _org_follows(ctx.doc.text[cue.end:ctx.block(i).end]):
            continue
        s, e = base + m.start(1), base + m.end(1)
        # "Le projet ALGA, porté par …": the name follows the project cue
        said = [c for c in ctx.cues(i, {"project_before"}) if s <= c.start < e]
        if said:
            s = said[-1].end
        name = ctx.doc.text[s:e].strip(" *" + QUOTES)
        if name and not _label_value(name, ctx.lang) and _looks_like_name(name, ctx.lang) \
                and len(ctx.doc.text[base + m.start(1):s].split()) <= 3:
            s = ctx.doc.text.find(name, s)
            out.append((i, s, s + len(name)))
    return out if out and _projects_announced(ctx, out[0][0]) else []


def _projects_announced(ctx: Context, first: int) -> bool:
    """A block just before the first unit announces projects ("Wir können uns auf folgende
    neue Projekte freuen:", "Deux projets ont été retenus …"), not partners ("Project
    partners:"), whose descriptions also open with a name and a role."""
    for i in range(first - 1, max(first - 4, -1), -1):
        if ctx.cues(i, {"partners", "partner_nouns", "lead_partner", "coordinator"}):
            return False
        if ctx.cues(i, {"project_before", "project_after", "projects_counted"}):
            return True
    return False


def _org_follows(rest: str) -> bool:
    """The text after a lead cue opens with an organisation's name ("…: Mikroregion
    Dačicko", "… par l'Institut de l'élevage", "… von der Universität"), not a sentence
    end or a lowercase phrase ("Lead Partner. The university …", "coordinator of WP2")."""
    m = re.match(r"\s*:?\s*(?:[^\W\d_]{1,3}\s+|[^\W\d_]{1,2}['’]\s*)?([^\W_])", rest)
    return bool(m) and (m.group(1).isupper() or m.group(1).isdigit())


def _list_openers(ctx: Context) -> list[Opener]:
    """Items of a list that the text introduces as projects ("Approved projects:",
    "Podpořené projekty"), each opening with a name before a dash, colon or bracket:
    "• GreenWay – lead partner …, 1.2 million euro". The items of one list are parallel:
    where most open with a name written like one, an item opening with capitalised words
    ("Living River Lahn, Germania (15,7 milioni di euro)") names a project too."""
    out = []
    lead_ok: dict[int, bool] = {}
    lists: dict[int, list[tuple[Opener, bool]]] = {}
    for i in ctx.indices:
        if ctx.block(i).kind != LIST_ITEM:
            continue
        lead = i
        while lead > 0 and ctx.block(lead).kind == LIST_ITEM:
            lead -= 1
        if lead not in lead_ok:
            lead_ok[lead] = ctx.block(lead).kind != LIST_ITEM and bool(
                ctx.cues(lead, {"project_before", "project_after", "projects_counted"})) and not ctx.cues(
                lead, {"partners", "lead_partner", "coordinator", "activities", "themes", "sectors", "work_packages"})
        if not lead_ok[lead]:
            continue
        text = ctx.text(i)
        m = re.match(rf"\s*([{QUOTES}]?)([^{QUOTES}–—:;(,]+?)[{QUOTES}]?\s*(?:\s[–—-]\s|[:;(,])", text)
        # written like a name (an acronym, CamelCase, a digit) or quoted: items of a list of
        # results ("Two studies: …") are not projects
        name = m.group(2).strip() if m else ""
        s = ctx.block(i).start + m.start(2) if m else -1
        item = ((i, s, s + len(name)), bool(name) and len(name.split()) <= NAME_WORDS and bool(
            m.group(1) or is_name_like(name) or re.search(r"[\d+!&]", name)))
        lists.setdefault(lead, []).append(item if name else ((i, -1, -1), False))
    for items in lists.values():
        named = sum(ok for _, ok in items)
        for (i, s, e), ok in items:
            if ok or named >= 2 and 2 * named >= len(items) and s >= 0 and (
                    _capitalised(ctx.doc.text[s:e]) or _capital_word(ctx.doc.text[s:e], ctx.lang)):
                out.append((i, s, e))
    return out


# a list item's head up to a colon or a spaced dash: "Drielandenfeest: De organisatie …"
_ITEM_HEAD = re.compile(r"\s*([^\W\d_][^–—:;()]*?)\s*(:|\s[–—-])\s+\S")


def _uniform_list_openers(ctx: Context) -> list[Opener]:
    """The items of a list that a plural project word announces ("Deze zes projecten
    hebben subsidie gekregen:", "Approved projects:"), where every item, two or more,
    opens the same way: a short head opening with a capital, the same colon or dash, then
    a description ("• Drielandenfeest: De organisatie van …", "• Connected Communities:
    …"). One layout repeated under a word that counts projects makes each head a
    project's name, even one written like ordinary words; a list with one item differing
    is left to _list_openers."""
    out: list[Opener] = []
    i = 0
    n = len(ctx.doc.blocks)
    while i < n:
        if ctx.block(i).kind != LIST_ITEM or i == 0 or ctx.block(i - 1).kind == LIST_ITEM:
            i += 1
            continue
        lead, j = i - 1, i
        while j < n and ctx.block(j).kind == LIST_ITEM:
            j += 1
        heads = [_ITEM_HEAD.match(ctx.text(k)) for k in range(i, j)]
        announced = bool(ctx.cues(lead, {"projects_counted"})) and not ctx.cues(
            lead, {"partners", "partner_nouns", "lead_partner", "coordinator", "activities", "themes", "sectors",
                   "work_packages"})
        if announced and j - i >= 2 and all(heads) and len({m.group(2).strip() for m in heads}) == 1 and all(
                len(m.group(1).split()) <= NAME_WORDS and m.group(1)[0].isupper() for m in heads) and not any(
                h.start == 0 and h.end == len(m.group(1)) for m in heads for h in gazetteer.find(m.group(1), ctx.lex)):
            # "Projects per country: • Austria: 3 projects, 2 million euro" lists places
            for k, m in zip(range(i, j), heads):
                s = ctx.block(k).start + m.start(1)
                out.append((k, s, s + len(m.group(1))))
        i = j
    return out


def _enumerated_openers(ctx: Context) -> list[Opener]:
    """A sentence that enumerates projects by name ("De projecten zijn Waterpoort, SMART
    Delta en Kustlab.", "the three projects – A, B and C –"), then a paragraph per project
    that opens with its name ("Waterpoort verbindt …", "Het project SMART Delta …"): each
    such paragraph opens its project. Paragraphs that merely mention a name further in
    open nothing."""
    doc, out = ctx.doc, []
    for i in ctx.indices:
        for cue in ctx.cues(i, {"project_before", "projects_counted"}):
            names = _enumeration(ctx, i, cue.end)
            if len(names) < 2:
                continue
            found = {}
            for j in ctx.indices:
                if j <= i or ctx.block(j).kind not in (PARAGRAPH, HEADING, LIST_ITEM):
                    continue
                head = doc.text[ctx.block(j).start:ctx.block(j).start + 60]
                for name in names:
                    m = re.match(rf"(?:\W*\w+\W+){{0,3}}?\W*({re.escape(name)})(?!\w)", head)
                    if m and name not in found:
                        found[name] = (j, ctx.block(j).start + m.start(1), ctx.block(j).start + m.end(1))
                        break
            if len(found) >= 2:
                out = sorted(found.values())
                return out
    return out


def _enumeration(ctx: Context, i: int, pos: int) -> list[str]:
    """The names a sentence lists right after a project cue ("projecten zijn A, B en C",
    "projects: A, B and C", "Projekte „A“, „B“ und „C“"): two or more, each quoted or
    opening with a capital, joined by commas and a final conjunction."""
    sent = ctx.sentence_at(i, pos)
    rest = ctx.doc.text[pos:sent.end]
    copula = "|".join(re.escape(c) for c in ctx.lex.cues.get("copula", []) if " " not in c)
    m = re.match(rf"\s*(?:(?:{copula})\s+|[:–—-]\s*)?", rest) if copula else re.match(r"\s*[:–—-]?\s*", rest)
    body = rest[m.end():]
    conj = "|".join(re.escape(c) for c in ctx.lex.cues.get("conjunctions", []))
    if not conj:
        return []
    # the list ends where the sentence goes on after its last name
    # (the text up to the first stop, found by search: splitting the whole rest of a long
    # sentence at every cue is quadratic)
    stop = re.search(r"[.;:()]\s|[.;:]$", body)
    items = re.split(rf"\s*,\s*|\s+(?:{conj})\s+", body[:stop.start() if stop else len(body)].strip())
    names = [x.strip(" " + QUOTES) for x in items]
    if len(names) < 2 or not re.search(rf"\s(?:{conj})\s", body):
        return []
    last = names[-1].split()
    # the last item may run on ("… en Kustlab, die samen …" is cut at the comma; "C gestart" is not a name)
    ok = all(n and (n[0].isupper() or n[0].isdigit()) and len(n.split()) <= NAME_WORDS
             and all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in n.split()) for n in names)
    # places ("projects in Austria, Bavaria and Tyrol") are not names of projects
    places = any(h.start == 0 and h.end == len(n) for n in names for h in gazetteer.find(n, ctx.lex))
    return names if ok and last and not places else []


def _capitalised(name: str) -> bool:
    """"Living River Lahn": a few words, each opening with a capital or digit but for
    short joining words ("of", "di", "für")."""
    words = name.split()
    return 2 <= len(words) <= NAME_WORDS and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or len(w) <= 3 and w.islower() for w in words)


def _titled_openers(ctx: Context) -> list[Opener]:
    """Short titles (a list item or heading alone on its line: "* FACILEX", "* Dataruimte
    voor preventie") over units that repeat one period label ("Projectduur: 01/03/2024 -
    …", "Laufzeit: …"), as pages that list approved projects lay them out. The title need
    not look like a name; the repeated label tells the units apart. A period, unlike a
    budget, is a project's own: a partner list gives each partner a budget, not a
    duration. Each unit states a budget or a lead besides."""
    doc = ctx.doc
    for kind in (LIST_ITEM, HEADING):
        titles = [i for i in ctx.indices if ctx.block(i).kind == kind and _title_like(ctx, i)]
        units = []
        for n, t in enumerate(titles):
            stop = titles[n + 1] if n + 1 < len(titles) else len(doc.blocks)
            keys = {found[0] for j in range(t + 1, stop)
                    if (found := ctx.label_block(j, PERIOD_KEYS)) and not found[4]
                    and re.search(r"\d", doc.text[found[2]:found[3]])}
            # a project's unit states more than a period (a budget, a lead): a phase or an
            # event with its dates is not one
            more = _has_fact(doc, ctx.lang, t, stop, {"lead_partner", "coordinator"}) or any(
                find_money(ctx.text(j), ctx.lex) for j in range(t, stop))
            units.append((t, keys if more else set()))
        shared = [k for k in PERIOD_KEYS if sum(k in keys for _, keys in units) >= 2]
        if shared:
            out = [(t, ctx.block(t).start, ctx.block(t).end) for t, keys in units if shared[0] in keys]
            return [(b, s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip()), e) for b, s, e in out]
    return []


def _title_like(ctx: Context, i: int) -> bool:
    """A block that reads as a title: a few words opening with a capital or digit, no
    sentence end or label colon, and text (not another item) below it."""
    text = ctx.text(i).strip().strip(QUOTES)
    words = text.split()
    nxt = i + 1 < len(ctx.doc.blocks) and ctx.doc.blocks[i + 1]
    return (1 <= len(words) <= NAME_WORDS and (text[0].isupper() or text[0].isdigit())
            and not re.search(r"[.:;!?]$|:\s", text) and bool(nxt) and nxt.kind != ctx.block(i).kind
            and not nlp.cues(text, ctx.lang, LABEL_CUES) and not _unit_name(ctx.doc, ctx.lang, (i, -1, -1)))


_NAME_WINDOW = 2000  # characters around a cue that can hold the name next to it


def _name_after(text: str, pos: int, stop: int, lang: str, loose: bool = False) -> tuple[int, int] | None:
    """The name right after a cue: a quoted name, or a run of name tokens (with `loose`,
    one capitalised word: "il progetto Ecomap")."""
    rest = text[pos:stop]
    m = _QUOTED_FIRST.match(rest)
    if m:
        return _quoted_span(m, pos)
    if not re.match(r"\s+\S", rest):
        return None
    # "progetto biennale KA2 "You & me"", "projekt KA 210 „My future“": a type or code of up
    # to two words before a quoted name qualifies it; the quoted name is the project's (the
    # quotation may hold a full stop the sentence splitter cut at)
    code = re.match(rf"\s+(?:[\w+/.-]+\s+){{1,2}}(?=[{QUOTES}])", text[pos:pos + 200])
    m = _QUOTED_FIRST.match(text[pos:pos + 200], code.end()) if code else None
    # the words hold a code ("KA2", "KA 210", "H2020"): "le projet pilote « X »" is not one
    if m and not re.search(r"[.:;,]\s", text[pos:pos + code.end()]) and re.search(
            r"(?<!\w)(?:[A-Z]{2,}\d*|[A-Z]*\d+[A-Z\d]*)(?!\w)", text[pos:pos + code.end()]):
        span = _quoted_span(m, pos)
        if span:
            return span
    rest = rest[:_NAME_WINDOW]  # a name is a few words: tokenising the whole rest of a long block per cue is quadratic
    run = name_run(rest, len(rest) - len(rest.lstrip()), lang)
    if not run or run[0] != len(rest) - len(rest.lstrip()):
        return None
    name = rest[run[0]:run[1]]
    ok = _looks_like_name(name, lang) or loose and _capital_word(name, lang)
    if ok and opens_sentence_case(rest, run[0], run[1]):
        # "projekta Stalna razstava v interpretacijskem centru Ig, …": a sentence-case title
        end = clause_title_end(rest, run[0], lang, text, text[max(0, pos - 80):pos])
        if end:
            return pos + run[0], pos + end
    return (pos + run[0], pos + run[1]) if ok else None


def _capital_word(name: str, lang: str) -> bool:
    """"Ecomap", "E-chain": one word opening with a capital, not a date or an amount."""
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]{2,}", name)) and name[0].isupper() and _looks_like_name(name + " x", lang)


def _name_before(text: str, pos: int, start: int, lang: str) -> tuple[int, int] | None:
    """"das Smart-Production-Projekt", "a SPORT projekt": the name right before the cue."""
    start = max(start, pos - _NAME_WINDOW)  # as in _name_after
    head = text[start:pos]
    m = _QUOTED_LAST.search(head)
    if m:
        return _quoted_span(m, start)
    run = name_run(head, len(head.rstrip()), lang, forward=False)
    if not run:
        return None
    name = head[run[0]:run[1]]
    return (start + run[0], start + run[1]) if _looks_like_name(name, lang) and run[0] > 0 else None


def _quoted_before(text: str, pos: int, start: int) -> tuple[int, int] | None:
    """A quoted name right before a naming phrase that follows its name (Hungarian "néven")."""
    m = _QUOTED_LAST.search(text[start:pos])
    return _quoted_span(m, start) if m else None


def _quoted_span(m: re.Match, base: int) -> tuple[int, int] | None:
    """The span of a quoted name found at offset `base`, unless it is too long to be a name;
    a quoted acronym and title ("“ESCAPE – Enhanced Skills, Competence …”") gives the acronym.
    An apostrophe inside a word ("C’è anche un’iniziativa") opens or closes no quotation."""
    text, opening, closing = m.string, m.start(1) - 1, m.end(1)
    if opening > 0 and text[opening - 1].isalnum() or closing + 1 < len(text) and text[closing + 1].isalnum():
        return None
    head = re.match(r"\s*(\S+(?:\s\S+){0,2}?)\s*(?:\s[–—-]\s|:\s)", m.group(1))
    if head and is_name_like(head.group(1)):
        return base + m.start(1) + head.start(1), base + m.start(1) + head.end(1)
    if len(m.group(1).split()) <= NAME_WORDS:
        return base + m.start(1), base + m.end(1)
    return None


def _looks_like_name(name: str, lang: str) -> bool:
    """A project name is written with an acronym, a capital inside a word, a digit or a
    symbol ("TRANSEURO+", "CluStrat", "Brückenpark II"): not a plain capitalised word,
    which opens a sentence as often as it names something, and not an amount ("EUR
    300.000" after "the project receives")."""
    words = name.split()
    if not words or len(words) > NAME_WORDS or find_money(name, load(lang)) or _is_date(name, lang):
        return False
    return len(words) >= 2 or is_name_like(name) or bool(re.search(r"[\d+!&]", name))


def _label_value(name: str, lang: str) -> bool:
    """"Start Date", "Total Duration 24", "Exchange of Good Practices Project Title": a
    field label, or a value run into the next field's label in a flattened table, opens or
    closes the text; a project's name does not."""
    words = name.split()
    for c in nlp.cues(name, lang, LABEL_CUES):
        before, after = len(name[:c.start].split()), len(name[c.end:].split())
        if before <= 1 and after <= 1 or after == 0 or before == 0 and len(words) <= 3:
            return True
    return False


def _is_date(name: str, lang: str) -> bool:
    """"2. 3. 2018", "12 May 2019", "2019–2021": numbers, with at most a month's name, are
    a date after "the project started", not a project's name."""
    months = load(lang).months
    # an acronym that spells a month ("MARS 2") is a name
    return not any(w.lower() not in months or w.isupper() and len(w) > 1 for w in re.findall(r"[^\W\d_]+", name))


def _distinct(doc: Document, openers: list[Opener]) -> list[Opener]:
    """Each project opens once: later mentions of a name already opened (or a name that
    extends one, "Brückenpark" after "Brückenpark II") continue its section."""
    out: list[Opener] = []
    seen: list[str] = []
    for b, s, e in openers:
        core = _core(doc.text[s:e])
        if not core.strip() or any(core.startswith(x) or x.startswith(core) for x in seen):
            continue
        if out and out[-1][0] == b:
            continue  # one block opens one project
        seen.append(core)
        # "Community of Valued Experts in … (COVALEX)": the acronym in brackets after a
        # name is the same project's
        alias = re.match(r"[^()\n.;]{0,80}?\(([^()]{2,40})\)", doc.text[e:e + 200]) if e >= 0 else None
        if alias and _core(alias.group(1)).strip():
            seen.append(_core(alias.group(1)))
        out.append((b, s, e))
    return out


def _core(name: str) -> str:
    """A name compared word by word, punctuation aside: "BIODIV’France" is "BIODIV'France"."""
    return " ".join(re.sub(r"\W+", "", w) for w in fold(name).split()).strip() + " "


def _with_facts(doc: Document, lang: str, openers: list[Opener], *, partners: bool = False) -> list[Opener]:
    """Keep only openers whose stretch holds a fact: a name mentioned in passing is not a
    project of its own. With `partners`, partners named in the stretch count too (a
    sentence about a project names its partners more often than a label does), and so do
    the partners' countries, two or more ("schools from Ireland, Sweden and Austria")."""
    out = []
    for n, (b, s, e) in enumerate(openers):
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        if _has_fact_or_money(doc, lang, b, stop) or _period_after(doc, e) or partners and (_has_fact(doc, lang, b, stop, {"partners"}) or (
                partner_extractor.extract(Context(doc, Section(blocks=tuple(range(b, stop)), name=(s, e)))))
                or _countries(doc, b, stop) >= 2):
            out.append((b, s, e))
    return out


# "URGE (2019-2022): …", "IRIS (2017 – 2022)": the years a project runs, in brackets after its name
_YEARS_AFTER = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*\)")


def _period_after(doc: Document, end: int) -> bool:
    """A name followed by the years its project runs, in brackets: a fact of its own."""
    return end >= 0 and bool(_YEARS_AFTER.match(doc.text, end))


def _countries(doc: Document, start: int, stop: int) -> int:
    """How many countries blocks start..stop name."""
    lex = load(doc.language or "en")
    return len({h.cc for i in range(start, stop) for h in gazetteer.find(doc.block_text(doc.blocks[i]), lex)
                if h.kind in ("country", "iso")})


def _parallel(doc: Document, openers: list[Opener]) -> list[Opener]:
    """Units that report project after project do not talk about each other: a unit that
    still names an earlier project ("… follows up project Y. Project X's partners …") is a
    passage about that project, not a project of its own."""
    out: list[Opener] = []
    for n, (b, s, e) in enumerate(openers):
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        unit = fold(doc.text[doc.blocks[b].start:doc.blocks[stop - 1].end])
        if any(re.search(r"(?<!\w)" + re.escape(fold(doc.text[ps:pe])) + r"(?!\w)", unit) for _, ps, pe in out):
            continue
        out.append((b, s, e))
    return out


def _opens(doc: Document, h: int) -> bool:
    """A single name heading names the whole document only if it opens it."""
    return h == 0


def _listed_sections(doc: Document) -> list[Section]:
    """One section per project a sentence names one after another right after a plural
    project word or a plural naming phrase ("se han presentado los proyectos 'A', 'B' y
    'C'", "De goedgekeurde projecten zijn A, B en C", "con las denominaciones 'A', 'B' y
    'C'"). What the text says before and around the list (the programme, the organisation
    that leads them all) is every listed project's: those blocks are shared. A later block
    that opens with a listed name (a paragraph or heading per project) is that project's
    own, up to the next such block. A page about one project that names others keeps its
    one section."""
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    best: tuple[int, list[tuple[int, int, tuple]]] | None = None
    for i in whole.indices:
        partner_words = whole.cues(i, {"partners", "partner_nouns"})
        for cue in whole.cues(i, {"projects_counted", "project_names_plural"}):
            # "the partners of the projects: A, B and C" lists organisations
            if any(0 <= cue.start - p.end and len(doc.text[p.end:cue.start].split()) <= 3 for p in partner_words):
                continue
            spans = _listed_names(whole, i, cue.end)
            if len(spans) >= 2 and (best is None or len(spans) > len(best[1])):
                best = (i, spans)
    if best is None:
        return []
    i, listed = best
    spans = [(s, e) for s, e, _ in listed]
    names = [doc.text[s:e] for s, e in spans]
    one = names_of_one(whole)
    if one and not any(_core(one).startswith(_core(n)) or _core(n).startswith(_core(one)) for n in names):
        return []  # the page's own project names others: "builds on the projects A and B"
    own: dict[int, int] = {}  # name index -> the block that opens its own part
    for j in range(i + 1, len(doc.blocks)):
        head = doc.text[doc.blocks[j].start:doc.blocks[j].start + 60]
        for n, name in enumerate(names):
            if n not in own and re.match(rf"(?:\W*\w+\W+){{0,3}}?\W*{re.escape(name)}(?!\w)", head, re.I):
                own[n] = j
                break
    starts = sorted(own.values())
    shared = tuple(range(starts[0] if starts else len(doc.blocks)))
    out = []
    for n, span in enumerate(spans):
        blocks = shared
        if n in own:
            stop = next((s for s in starts if s > own[n]), len(doc.blocks))
            blocks = shared + tuple(range(own[n], stop))
        out.append(Section(blocks=blocks, name=span, shared=shared, partners=listed[n][2]))
    # a listed project is one only where the text states a fact of it (a partner, a lead,
    # a period; an amount in its own part, or one the listing sentence states of them all:
    # "Estos ocho proyectos -- 'A', … y 'H' -- cuentan con un presupuesto total de …"): a
    # name listed with nothing said of it is not
    sent = whole.sentence_at(i, spans[0][0])
    said = doc.text[sent.start:sent.end]
    if find_money(said, load(lang)) or any(c.key in FACT_CUES for c in nlp.cues(said, lang)):
        return out
    out = [sec for sec in out if _listed_fact(doc, lang, sec)]
    return out if len(out) >= 2 else []


def _listed_fact(doc: Document, lang: str, sec: Section) -> bool:
    if sec.partners:
        return True
    own = [i for i in sec.blocks if i not in sec.shared]
    if own and _has_fact_or_money(doc, lang, own[0], own[-1] + 1):
        return True
    if _has_fact(doc, lang, 0, len(sec.shared), {"lead_partner", "coordinator", "partners", "duration", "start", "end"}):
        return True
    return bool(partner_extractor.extract(Context(doc, sec)))


def names_of_one(ctx: Context) -> str | None:
    """The name the page gives its one project, if any (lazy: the name extractor is slow)."""
    from pipeline.extractors import names
    found = names.project_name(ctx)
    return found[0] if found else None


def _listed_names(ctx: Context, i: int, pos: int) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """The spans of the names listed right after a cue at `pos`: after a copula, colon or
    dash, two or more names joined by commas and a final conjunction, each quoted (a
    comma may stand inside the quotes: 'VET: Ready, Steady, Move') or, where none is,
    each written like a name in capitals ("Educavia, Smart*Light en PASSAnt"). Places
    and programmes listed after the word ("projects in Austria and Italy", "projects
    Erasmus+ and Horizon 2020") are not projects."""
    text = ctx.doc.text
    sent = ctx.sentence_at(i, pos)
    conj = "|".join(re.escape(c) for c in sorted(ctx.lex.cues.get("conjunctions", []), key=len, reverse=True))
    copula = "|".join(re.escape(c) for c in ctx.lex.cues.get("copula", []) if " " not in c)
    if not conj:
        return []
    lead = re.compile(rf"\s*(?:(?:{copula})\s+)?(?:[:–—]|--?)?\s*" if copula else r"\s*(?:[:–—]|--?)?\s*", re.I)
    at = lead.match(text, pos, sent.end).end()
    quoted = re.compile(rf"[{QUOTES}]([^{QUOTES}]{{2,80}})[{QUOTES}]")
    sep = re.compile(rf"\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+", re.I)
    # an unquoted name runs to the next separator or the clause's end
    plain = re.compile(rf"[^,;:()\s][^,;:()]*?(?=\s*[,;:()]|\s+(?:{conj})\s|\s*[.!?]?\s*$|\.\s|\s[–—-]+\s)", re.I)
    first_quoted = bool(quoted.match(text, at, sent.end))
    spans: list[tuple[int, int]] = []
    brackets: list[tuple[int, int] | None] = []
    seps: list[str] = [""]
    while True:
        m = (quoted if first_quoted else plain).match(text, at, sent.end)
        if not m:
            break
        s, e = (m.start(1), m.end(1)) if first_quoted else (m.start(), m.end())
        if first_quoted and (m.start() > 0 and text[m.start() - 1].isalnum() or m.end() < len(text) and text[m.end()].isalnum()):
            break  # an apostrophe inside a word ("l'area") quotes nothing
        if not first_quoted and not _plain_name(text[s:e]):
            break  # "… en Kustlab, die samen …": the sentence goes on after the list
        spans.append((s, e))
        # "A (Org 1), B (Org 2) y C (Org 3)": the organisations each name's brackets hold
        br = re.compile(r"\s*\(([^()]{3,300})\)").match(text, m.end(), sent.end)
        brackets.append((br.start(1), br.end(1)) if br else None)
        nxt = sep.match(text, br.end() if br else m.end(), sent.end)
        if not nxt:
            break
        seps.append(nxt.group(0))
        at = nxt.end()
    if len(spans) < 2 or not re.search(rf"(?:^|\s)(?:{conj})\s", seps[len(spans) - 1] + " ", re.I):
        return []  # "A, B and C": a list ends with its conjunction
    names = [text[s:e] for s, e in spans]
    # unquoted, half the names at least are written like one ("Educavia, Smart*Light en
    # PASSAnt"): "projects: Education, Health and Culture" lists topics
    if not first_quoted and 2 * sum(bool(is_name_like(n) or re.search(r"[\d+!&*]", n)) for n in names) < len(names):
        return []
    if any(programme.brand_value(text, s, ctx.lang) for s, _ in spans):
        return []
    if any(h.start == 0 and h.end == len(n) for n in names for h in gazetteer.find(n, ctx.lex)):
        return []
    if len({_core(n) for n in names}) < len(names):
        return []
    return [(s, e, _bracket_orgs(ctx, b) if b else ()) for (s, e), b in zip(spans, brackets)]


def _bracket_orgs(ctx: Context, span: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The organisations a listed name's brackets hold ("(Castello della Manta, Associazione
    Terre dei Savoia)", "(Agenform, Comune di Moretta)"): capitalised pieces with no
    number (years, amounts; "Asl Cn1" is a name) and no label colon, not a place
    ("(Austria)"). A piece of one word is an organisation only beside one of several
    words, not next to another one-word piece and not after a conjunction: "(ABC)" is a
    name's acronym, "(Comuni di A, B e C)" lists the places of one organisation type,
    and "(Parco fluviale Gesso e Stura)" is one name."""
    text = ctx.doc.text
    conj = "|".join(re.escape(c) for c in ctx.lex.cues.get("conjunctions", []))
    out = []
    pos = span[0]
    after_conj = False
    for piece in re.split(rf"(\s*[,;]\s*|\s+(?:{conj})\s+)", text[span[0]:span[1]]):
        s = pos + len(piece) - len(piece.lstrip())
        pos += len(piece)
        name = piece.strip()
        if not name or re.fullmatch(rf"\s*[,;]\s*|\s+(?:{conj})\s+", piece):
            after_conj = bool(name) and not re.fullmatch(r"\s*[,;]\s*", piece)
            continue
        if len(name.split()) == 1 and after_conj:
            return ()  # "(Parco fluviale Gesso e Stura)": the conjunction may join one name's words
        if re.search(r"(?<![^\W\d_])\d|:", name) or not name[0].isupper() or len(name.split()) > ITEM_ORG_WORDS:
            return ()  # the brackets hold something else than organisations: none of it is taken
        if any(h.start == 0 and h.end == len(name) for h in gazetteer.find(name, ctx.lex)):
            return ()
        out.append((s, s + len(name)))
    single = [len(text[s:e].split()) == 1 for s, e in out]
    if all(single) or any(a and b for a, b in zip(single, single[1:])):
        return ()
    return tuple(out)


def _bracket_after(ctx: Context, opener: Opener, stop: int) -> tuple[tuple[int, int], ...]:
    """The organisations in the brackets right after an inline list item's name, or after
    its title ("RivierAlp (Comune di …, Cônitours)", "MHF: MyHealthFriend (Asl Cn1 e Asl
    Cn2)"): the item's partners, as in _listed_names."""
    _, s, e = opener
    if e < 0:
        return ()
    m = re.compile(r"(?:\s*(?:[:–—]|\s-)\s*[^\W\d_][^();:.!?]{0,80}?)?\s*\(([^()]{3,300})\)").match(ctx.doc.text, e, stop)
    return _bracket_orgs(ctx, (m.start(1), m.end(1))) if m else ()


def _plain_name(name: str) -> bool:
    """An unquoted listed name: a few words, each opening with a capital or digit, one of
    them at least written like a name or all single words ("Educavia", "PASSAnt")."""
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


ITEM_ORG_WORDS = 10  # an organisation's name before "for the project X" is a few words


def _item_sections(doc: Document) -> list[Section]:
    """One section per item of a list whose items each name an organisation and the
    project it takes part in: "• Gemeente Goes voor het project ENSURE. Dit project …",
    "• University of X for the project ABC: …", "• Comune di Y per il progetto Z". The
    item opens with the organisation (capitalised), then a few small words ("voor het",
    "for the", "per il"), then the project cue and the name; the organisation is that
    project's partner. Two or more items of one list, each naming a different project."""
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    runs: list[list[tuple[int, tuple[int, int], tuple[int, int]]]] = [[]]
    for i in whole.indices:
        found = _item_org_project(whole, i) if doc.blocks[i].kind == LIST_ITEM else None
        if found:
            runs[-1].append((i, *found))
        elif doc.blocks[i].kind != LIST_ITEM and runs[-1]:
            runs.append([])  # a list ends where something other than an item follows
    run = max(runs, key=len)
    names = [_core(doc.text[s:e]) for _, (s, e), _ in run]
    if len(run) < 2 or any(a.startswith(b) for n, a in enumerate(names) for b in names[:n] + names[n + 1:]):
        return []  # one project named in every item is no list of projects
    out = []
    for n, (i, name, org) in enumerate(run):
        start = 0 if n == 0 else i
        stop = run[n + 1][0] if n + 1 < len(run) else len(doc.blocks)
        out.append(Section(blocks=tuple(range(start, stop)), name=name, partners=(org,)))
    return out


def _item_org_project(ctx: Context, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the project's name span, the organisation's span) of a list item "Org for the project X"."""
    text, block = ctx.doc.text, ctx.block(i)
    sent = ctx.sentence_at(i, block.start)
    for cue in ctx.cues(i, {"project_before"}):
        if cue.start >= sent.end:
            break
        head = text[block.start:cue.start]
        m = re.match(r"\s*(?:[•*·–-]\s*)?(\S.*?)\s+((?:\w+\s+){1,2})$", head)
        if not m or not all(w.islower() and len(w) <= 4 for w in m.group(2).split()):
            continue
        org = m.group(1).rstrip(",")
        # an organisation's name: capitalised words or an acronym ("Gemeente Goes", "INRAE"),
        # not an activity ("Workshops for the project X", "Study visits for …")
        if len(org.split()) > ITEM_ORG_WORDS or re.search(r"[.;:!?]", org) or not (
                _capitalised(org) or is_name_like(org)):
            continue
        span = _name_after(text, cue.end, sent.end, ctx.lang, loose=True)
        if not span or _label_value(text[span[0]:span[1]], ctx.lang) or _unit_name(ctx.doc, ctx.lang, (i, *span)):
            continue
        s = block.start + m.start(1)
        return span, (s, s + len(org))
    return None
