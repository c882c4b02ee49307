"""Section openers: headings, labels, cue paragraphs, news leads, lists, enumerations and titled blocks that open a project."""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors import programme
from pipeline.extractors.acronym_pairs import spells
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import is_name_like, strip_project_cue
from pipeline.extractors.partner_names import has_org_word
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, Document, Section
from pipeline.normalise.money import find_money
from pipeline.quotes import quotation, quotations
from pipeline.section_list_leads import compound_project_plural, list_lead
from pipeline.section_names import (is_date, LABEL_CUES, NAME_WORDS, Opener, PERIOD_KEYS, QUOTES, capital_word, capitalised,
                                    cue_names, has_fact, has_fact_or_money, label_value, looks_like_name, name_after, quoted_span,
                                    unit_name)
from pipeline.textnorm import fold

LEAD_OPENER_WORDS = 12  # a paragraph presenting a project says more than a partner list's item
SHORT_LEAD_WORDS = 15  # a lead-in this short heads a list; a longer one is prose
RUN_REST_WORDS = 3  # words after a run's head: a title or a description


# a name opening a text, up to a dash, colon or comma ("MULTIMAT3D – …", "PRoSCoR*, …")
_NAME_HEAD = re.compile(r"\s*([^–—:;(,]+?)\s*(?:\s[–—-]\s|[:;(,])\s*")


def heading_openers(doc: Document, lang: str) -> list[Opener]:
    """Headings that are bare names (after a project word: "Il progetto Life X"), not labels, and not repeated (a label repeated per
    partner, "Jóváhagyott ERFA támogatás", is not a project), with facts below them."""
    texts = [fold(doc.block_text(b)) for b in doc.blocks]
    heads = [i for i, b in enumerate(doc.blocks)
             if b.kind == HEADING and is_name_like(strip_project_cue(doc.block_text(b), lang)) and texts.count(texts[i]) == 1
             and not any(c.key in LABEL_CUES for c in nlp.cues(doc.block_text(b), lang))
             and not unit_name(doc, lang, (i, b.start, b.end))]
    bounds = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(doc.blocks)
        if has_fact(doc, lang, h, stop):
            bounds.append((h, -1, -1))
    return bounds


# labels of a role in the project, whose value names an organisation or a person
ROLE_KEYS = {"lead_partner", "coordinator", "partners"}


def role_label(ctx: Context, i: int, cue) -> bool:
    """The project word ends a longer label of a role ("Porteur du projet", "Nositelj projekta",
    "Project partners"): a role cue of the block covers the project word."""
    return any(c.start <= cue.start and cue.end <= c.end and (c.end - c.start) > (cue.end - cue.start)
               for c in ctx.cues(i, ROLE_KEYS))


def label_openers(ctx: Context) -> list[Opener]:
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
        if role_label(ctx, i, cue):
            continue  # "Porteur du projet :", "Project leader:": the value is an organisation
        value = ctx.doc.text[s:e]
        cut = re.search(r"\s[–—-]\s|[:;(,]", value)  # "X – the long title", "X (ACRONYM)"
        end = s + (cut.start() if cut else len(value))
        name = ctx.doc.text[s:end].strip(" " + QUOTES)
        if name and name[0].isalpha() and len(name.split()) <= NAME_WORDS and not label_value(name, ctx.lang):
            s = ctx.doc.text.find(name, s)
            out.append((i, s, s + len(name)))
            labels.append(fold(cue.text))
    if not labels:
        return []
    common = max(set(labels), key=labels.count)
    return [o for o, label in zip(out, labels) if label == common]


def paragraph_openers(ctx: Context) -> list[Opener]:
    """Paragraphs and list items that introduce a project by name after a project cue or
    a naming phrase: "Das Projekt „Smart Production“ …", "Bestätigt wurde das Projekt
    TRANSEURO+, …", "Unter dem Namen „MEDUWA Vecht(e)“ haben sich …". The first name
    a block introduces is the one it opens."""
    out = []
    for i in ctx.indices:
        found = cue_names(ctx, i, first=True)
        if found:
            out.append((i, *found[0][1]))
    return out


def lead_openers(ctx: Context) -> list[Opener]:
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
        if name and not label_value(name, ctx.lang) and looks_like_name(name, ctx.lang) \
                and len(ctx.doc.text[base + m.start(1):s].split()) <= 3:
            s = ctx.doc.text.find(name, s)
            out.append((i, s, s + len(name)))
    return out if out and projects_announced(ctx, out[0][0]) else []


def projects_announced(ctx: Context, first: int) -> bool:
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


def list_openers(ctx: Context) -> list[Opener]:
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
        lead = list_lead(ctx, i)
        if lead not in lead_ok:
            # the project word may be a compound's head ("Horisontti-hankkeet:")
            lead_ok[lead] = ctx.block(lead).kind != LIST_ITEM and bool(
                ctx.cues(lead, {"project_before", "project_after", "projects_counted"}) or compound_project_plural(
                    ctx.text(lead), ctx.lang, ctx.lex.cues.get("project_plural", []) + ctx.lex.cues.get(
                        "projects_counted", []))) and not ctx.cues(
                lead, {"partners", "lead_partner", "coordinator", "activities", "themes", "sectors", "work_packages"})
        if not lead_ok[lead]:
            continue
        text = ctx.text(i)
        m = re.match(rf"\s*([{QUOTES}]?)([^{QUOTES}–—:;(,]+?)[{QUOTES}]?\s*(?:\s[–—-]\s|[:;(,])", text)
        # written like a name (an acronym, CamelCase, a digit) or quoted: items of a list of
        # results ("Two studies: …") are not projects
        name = m.group(2).strip() if m else ""
        if name and not m.group(1) and is_date(name, ctx.lang):
            name = ""  # "• En marzo de 2023, …": a chronology's item opens with its date
        s = ctx.block(i).start + m.start(2) if m else -1
        # (an item opening with an organisation, "4th General Lyceum of Alimos (Ελλάδα)", lists a
        # partner: its digit or capitals do not make it a project's name)
        item = ((i, s, s + len(name)), bool(name) and len(name.split()) <= NAME_WORDS and bool(
            m.group(1) or is_name_like(name) or (re.search(r"[\d+!&]", name) or _acronym_part(name)) and not has_org_word(name)))
        lists.setdefault(lead, []).append(item if name else ((i, -1, -1), False))
    for items in lists.values():
        named = sum(ok for _, ok in items)
        for (i, s, e), ok in items:
            if ok or named >= 2 and 2 * named >= len(items) and s >= 0 and not has_org_word(ctx.doc.text[s:e]) and (
                    capitalised(ctx.doc.text[s:e]) or capital_word(ctx.doc.text[s:e], ctx.lang)):
                out.append((i, s, e))
    return out


def _acronym_part(name: str) -> bool:
    """One word whose hyphen joins an acronym to another part ("Cirk-NSR", "SURE-Farm")."""
    parts = name.split("-")
    return len(name.split()) == 1 and len(parts) >= 2 and all(parts) and any(is_name_like(p) for p in parts)


# a list item's head up to a colon or a spaced dash: "Drielandenfeest: De organisatie …";
# a bracket may stand between them, the item's place, holder or years ("BLUACT (Mataró): …",
# "Life AGREE (Provincia di Ferrara) - …"): the head before it is the name
_ITEM_HEAD = re.compile(r"\s*([^\W\d_][^–—:;()]*?)(?:\s*(?P<bracket>\([^()]*\)))?\s*(?P<sep>:|\s[–—-])\s+\S")


def uniform_list_openers(ctx: Context) -> list[Opener]:
    """The items of a list that a plural project word announces ("Deze zes projecten
    hebben subsidie gekregen:", "Approved projects:"), where every item, two or more,
    opens the same way: a short head opening with a capital, the same colon or dash, then
    a description ("• Drielandenfeest: De organisatie van …", "• Connected Communities:
    …"). One layout repeated under a word that counts projects makes each head a
    project's name, even one written like ordinary words; a list with one item differing
    is left to list_openers."""
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
        if announced and j - i >= 2 and all(heads) and len(
                {m.group("sep").strip() for m in heads}) == 1 and all(
                len(m.group(1).split()) <= NAME_WORDS and m.group(1)[0].isupper() for m in heads) and not any(
                h.start == 0 and h.end == len(m.group(1)) for m in heads for h in gazetteer.find(m.group(1), ctx.lex)):
            # "Projects per country: • Austria: 3 projects, 2 million euro" lists places
            for k, m in zip(range(i, j), heads):
                s = ctx.block(k).start + m.start(1)
                out.append((k, s, s + len(m.group(1))))
        i = j
    return out


def paragraph_run_openers(ctx: Context) -> list[Opener]:
    """A run of consecutive paragraphs, two or more, that a plural project word announces
    in the paragraph right before it ("Il GAL … prende parte ai seguenti progetti di
    cooperazione:", "Los proyectos seleccionados …"), each opening the same way: a short
    head with a capital, the same colon or spaced dash, then more text ("JOIN – Job
    Innovation …", "OLIVICOLTURA – Scenari …"; "Be-Xyl: “Beyond Xylella …”"). It is the
    layout uniform_list_openers reads in a list, written as paragraphs. The run holds only
    paragraphs that open this way, with distinct heads that are no field labels
    ("Duration: …"), organisations ("University of X: …") or abbreviated titles ("Prof.
    X: …"): a partner list or an interview is not a list of projects."""
    out: list[Opener] = []
    n = len(ctx.doc.blocks)
    i = 1
    while i < n:
        if ctx.block(i).kind not in (PARAGRAPH, HEADING) or not _paragraph_head(ctx, i):
            i += 1
            continue
        j = i
        # a short line may be read as a heading: the run is of lines, whatever their kind
        while j < n and ctx.block(j).kind in (PARAGRAPH, HEADING) and _paragraph_head(ctx, j):
            j += 1
        heads = [_ITEM_HEAD.match(ctx.text(k)) for k in range(i, j)]
        lead = i - 1
        # lines of a form ("Prioritná os 3: …" / "Investičná priorita: …" / "Fond: …") go on
        # before and after a run of its fields; a run of projects stands apart
        if _ITEM_HEAD.match(ctx.text(lead)) or j < n and _ITEM_HEAD.match(ctx.text(j)):
            i = j
            continue
        # a short lead-in that ends on partners or activities ("The projects' partners:",
        # "Activities of the projects:") heads their list; one that counts projects after
        # naming who takes part ("Il GAL X, capofila, partecipa ai seguenti progetti:") heads them
        counted = ctx.cues(lead, {"projects_counted"})
        other = ctx.cues(lead, {"partners", "partner_nouns", "lead_partner", "coordinator", "activities", "themes",
                                "sectors", "work_packages"})
        announced = bool(counted) and not (len(ctx.text(lead).split()) <= SHORT_LEAD_WORDS and any(
            c.start > max(p.start for p in counted) for c in other))
        if announced and j - i >= 2 and len(
                {m.group("sep").strip() for m in heads}) == 1 \
                and len({fold(m.group(1)) for m in heads}) == len(heads) and not any(
                h.start == 0 and h.end == len(m.group(1)) for m in heads for h in gazetteer.find(m.group(1), ctx.lex)):
            for k, m in zip(range(i, j), heads):
                s = ctx.block(k).start + m.start(1)
                out.append((k, s, s + len(m.group(1))))
            return out
        i = j
    return out


BRACKET_RUN = 3  # items, each "Name (…): description", that list projects unannounced
RUN_KINDS = (PARAGRAPH, HEADING, LIST_ITEM)


def bracket_run_openers(ctx: Context) -> list[Opener]:
    """A run of three or more consecutive items or lines that each put a bracket between a
    distinct short head and a description, with one separator: "• BLUACT (Mataró):
    Potencialització …", "Life AGREE (Provincia di Ferrara) - Obiettivo …". The repeated
    shape lists projects with their place, holder or years even where no project word
    announces the list; the bracket is each one's detail, so no other fact is asked for. A
    lead-in on partners or roles heads a partner list, heads that are places list
    countries, and field labels ("Budget (EUR): …") are no heads (_paragraph_head)."""
    n = len(ctx.doc.blocks)
    i = 0
    while i < n:
        j = i
        while j < n and ctx.block(j).kind in RUN_KINDS and _bracket_head(ctx, j) \
                and (j == i or ctx.block(j).kind == ctx.block(i).kind):
            j += 1
        if j - i < BRACKET_RUN:
            i = max(j, i + 1)
            continue
        heads = [_ITEM_HEAD.match(ctx.text(k)) for k in range(i, j)]
        lead = i - 1
        partner_lead = lead >= 0 and ctx.cues(lead, {"partners", "partner_nouns", "lead_partner", "coordinator",
                                                     "activities", "themes", "sectors", "work_packages"})
        if not partner_lead and len({m.group("sep").strip() for m in heads}) == 1 \
                and len({fold(m.group(1)) for m in heads}) == len(heads) and not any(
                h.start == 0 and h.end == len(m.group(1)) for m in heads for h in gazetteer.find(m.group(1), ctx.lex)):
            out = []
            for k, m in zip(range(i, j), heads):
                s = ctx.block(k).start + m.start(1)
                out.append((k, s, s + len(m.group(1))))
            return out
        i = j
    return []


def _bracket_head(ctx: Context, i: int) -> bool:
    m = _ITEM_HEAD.match(ctx.text(i))
    return bool(m and m.group("bracket")) and _paragraph_head(ctx, i)


def _paragraph_head(ctx: Context, i: int) -> bool:
    """Paragraph i opens with a short head, a colon or spaced dash and more text; the head
    is neither a field label, an organisation nor a name with an abbreviation ("Prof. X")."""
    m = _ITEM_HEAD.match(ctx.text(i))
    if not m or len(m.group(1).split()) > NAME_WORDS or not m.group(1)[0].isupper():
        return False
    head = m.group(1)
    # a project's title or description follows its name, not a link ("… hier: LINK (http://…)")
    rest = re.sub(r"\S*(?:https?://|www\.|@)\S*", " ", ctx.text(i)[m.end("sep"):])
    if len(re.findall(r"(?<!\w)[^\W\d_]{2,}(?!\w)", rest)) < RUN_REST_WORDS:
        return False
    return not (label_value(head, ctx.lang) or nlp.cues(head, ctx.lang, LABEL_CUES) or has_org_word(head)
                or "." in head)


def _designations(ctx: Context, i: int) -> list[tuple[int, int]]:
    """The quoted designations block i holds, a short name and its long title joined by a
    spaced dash ("consorțiul ”EC2U – European Campus of City-Universities”", "the alliance
    “EELISA – European Engineering Learning …”"): the short side's offsets."""
    text, b = ctx.doc.text, ctx.block(i)
    out = []
    for q in quotations(text, b.start, b.end):
        inner = text[q.start:q.end]
        sides = re.split(r"\s[–—-]\s", inner, maxsplit=1)
        if len(sides) != 2:
            continue
        short, long_ = sides[0].strip(), sides[1].strip()
        if 1 <= len(short.split()) <= 2 and len(long_.split()) >= 3 and long_[:1].isalpha() \
                and (is_name_like(short) or re.search(r"\d", short) or short[0].isupper() and spells(short, long_)) \
                and not label_value(short, ctx.lang):
            s = q.start + inner.find(short)
            out.append((s, s + len(short)))
    return out


def designation_openers(ctx: Context) -> list[Opener]:
    """Consecutive list items or paragraphs, two or more, each naming one project (or
    alliance, consortium) by a quoted designation, its short name and long title joined by
    a dash: "1. Universitatea X, … în consorțiul ”E3UDRES2 – Engaged and Entrepreneurial
    …”", "2. Universitatea Y, … consorțiul ”EC2U – European Campus …”". The designation
    may stand anywhere in the item (after the organisation that takes part); a block with
    two designations reports two projects at once and ends the run."""
    runs: list[list[Opener]] = [[]]
    kind = None
    for i in ctx.indices:
        found = _designations(ctx, i) if ctx.block(i).kind in (PARAGRAPH, LIST_ITEM) else []
        if len(found) == 1 and (not runs[-1] or ctx.block(i).kind == kind and i == runs[-1][-1][0] + 1):
            runs[-1].append((i, *found[0]))
            kind = ctx.block(i).kind
        elif len(found) == 1:
            runs.append([(i, *found[0])])
            kind = ctx.block(i).kind
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    names = {fold(ctx.doc.text[s:e]) for _, s, e in run}
    return run if len(run) >= 2 and len(names) >= 2 else []


def alliance_openers(ctx: Context) -> list[Opener]:
    """Paragraphs or list items that each name a different alliance or consortium right
    after the word for it, as news items on university alliances write them: "Uniwersytet
    Warszawski należy do sojuszu 4EU+, w którym …", "Uniwersytet Gdański wszedł w skład
    konsorcjum "European University of the Seas" …", "… jest częścią związku UNA Europa".
    The name is written like one (an acronym, CamelCase, a digit, or quoted), and is no
    organisation's ("konsorcjum Uniwersytet X" names a member); each block opens one."""
    out: list[Opener] = []
    for i in ctx.indices:
        if ctx.block(i).kind not in (PARAGRAPH, LIST_ITEM):
            continue
        for cue in sorted(ctx.cues(i, {"alliance", "consortium"}), key=lambda c: c.start):
            sent = ctx.sentence_at(i, cue.start)
            span = name_after(ctx.doc.text, cue.end, sent.end, ctx.lang)
            if not span:
                continue
            name = ctx.doc.text[span[0]:span[1]]
            quoted = ctx.doc.text[span[0] - 1:span[0]] in QUOTES
            # a quoted name is the alliance's own even with an organisation's word in it
            # ("konsorcjum "European University of the Seas"")
            if (quoted or (is_name_like(name) or re.search(r"\d", name)) and not has_org_word(name)) \
                    and not label_value(name, ctx.lang):
                out.append((i, *span))
                break
    return out


def enumerated_openers(ctx: Context) -> list[Opener]:
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


def titled_openers(ctx: Context) -> list[Opener]:
    """Short titles (a list item or heading alone on its line: "* FACILEX", "* Dataruimte
    voor preventie") over units that repeat one period label ("Projectduur: 01/03/2024 -
    …", "Laufzeit: …"), as pages that list approved projects lay them out. The title need
    not look like a name; the repeated label tells the units apart. A period, unlike a
    budget, is a project's own: a partner list gives each partner a budget, not a
    duration. Each unit states a budget or a lead besides."""
    doc = ctx.doc
    for kind in (LIST_ITEM, HEADING):
        titles = _card_titles(ctx, kind)
        units = []
        for n, t in enumerate(titles):
            stop = titles[n + 1] if n + 1 < len(titles) else len(doc.blocks)
            dated = [j for j in range(t + 1, stop)
                     if (found := ctx.label_block(j, PERIOD_KEYS)) and not found[4]
                     and re.search(r"\d", doc.text[found[2]:found[3]])]
            keys = {ctx.label_block(j, PERIOD_KEYS)[0] for j in dated}
            # a project's unit states more than a period (a budget, a lead): a phase or an
            # event with its dates is not one; a card whose first line under its title is
            # the period label is a project's card all the same
            more = has_fact(doc, ctx.lang, t, stop, {"lead_partner", "coordinator"}) or any(
                find_money(ctx.text(j), ctx.lex) for j in range(t, stop)) or t + 1 in dated
            keys = keys if more else set()
            # a partners label over a list of organisations ("Partnere:" then one per line):
            # a partner or a phase has no partners of its own, a project does
            if any(_partners_label(ctx, j) for j in range(t + 1, stop)):
                keys.add("partners")
            # a budget stated in a sentence of the unit's own text ("Den totala budgeten är
            # 448 731 EUR"), under a title that a paragraph follows
            # under a title that names no programme ("About Horizon 2020": the programme's budget)
            if has_fact(doc, ctx.lang, t + 1, stop, {"budget_total", "budget", "budget_eu"}) and any(
                    find_money(ctx.text(j), ctx.lex) for j in range(t + 1, stop)) and not _names_programme(ctx, t):
                keys.add("budget")
            units.append((t, keys))
        shared = [k for k in (*PERIOD_KEYS, "partners", "budget") if sum(k in keys for _, keys in units) >= 2]
        if shared:
            out = [(t, ctx.block(t).start, ctx.block(t).end) for t, keys in units if shared[0] in keys]
            return [(b, s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip()), e) for b, s, e in out]
    return []


def _names_programme(ctx: Context, i: int) -> bool:
    """Block i itself names a programme ("About Horizon 2020"). The programme read for a
    one-block section falls back on the page's opening, which names the programme of every
    project the page lists: only a programme found inside the block counts."""
    found = programme.programme(Context(ctx.doc, Section(blocks=(i,))))
    return bool(found) and ctx.block(i).start <= found[1] < ctx.block(i).end


def _partners_label(ctx: Context, i: int) -> bool:
    """Block i is a partners label alone ("Partnere:", "Project partners", "Partenaires :"),
    with a block below it to hold the organisations."""
    text = ctx.text(i).strip().rstrip(":").strip()
    if not text or len(text.split()) > 3 or i + 1 >= len(ctx.doc.blocks):
        return False
    return any(c.start == ctx.block(i).start + (len(ctx.text(i)) - len(ctx.text(i).lstrip()))
               and len(text) <= len(c.text) + 12 for c in ctx.cues(i, {"partners"}))


def _title_like(ctx: Context, i: int, card: bool = False) -> bool:
    """A block that reads as a title: a few words opening with a capital or digit, no
    sentence end or label colon, and text (not another item) below it; with `card`, a
    block of its own kind below it as well."""
    text = ctx.text(i).strip().strip(QUOTES)
    words = text.split()
    nxt = i + 1 < len(ctx.doc.blocks) and ctx.doc.blocks[i + 1]
    return (1 <= len(words) <= NAME_WORDS and (text[0].isupper() or text[0].isdigit())
            and not re.search(r"[.:;!?]$|:\s", text) and bool(nxt) and (nxt.kind != ctx.block(i).kind or card)
            and not nlp.cues(text, ctx.lang, LABEL_CUES) and not unit_name(ctx.doc, ctx.lang, (i, -1, -1)))


# a label opening a line: a few words, then a colon ("Projektperiod (förstudie): 2020 …",
# "Project partners:")
_LABEL_LINE = re.compile(r"\s*[^\W\d][^:\n]{0,40}?:(?:\s|\.|$)")
LABEL_WORDS = 4  # a label's words before its colon


def card_label(ctx: Context, i: int) -> str | None:
    """The label block i opens with, folded, its parenthesis left out ("Projektperiod
    (förstudie): 2020 …" -> "projektperiod"); None when it opens with none."""
    m = _LABEL_LINE.match(ctx.text(i))
    label = re.sub(r"\([^)]*\)", "", m.group(0)).strip(" \t:.") if m else ""
    return fold(label) if label and len(label.split()) <= LABEL_WORDS else None


def _card_titles(ctx: Context, kind: str) -> list[int]:
    """Titles of block kind `kind`, and titles whose card's first line is of their own kind
    (a label line rendered as a heading like its title, "Projektperiod: …", "Delområde:
    …"): those count only where the same label opens the card under two titles or more
    (of either sort),
    the page's repeated shape, and the card does not name its title again (a partner's
    card, "Gemeente X" over "Name: Gemeente X")."""
    plain, carded = [], {}
    for i in ctx.indices:
        if ctx.block(i).kind != kind:
            continue
        if _title_like(ctx, i):
            plain.append(i)
        elif _title_like(ctx, i, card=True) and (label := card_label(ctx, i + 1)) and fold(
                ctx.text(i).strip()) not in fold(ctx.text(i + 1)):
            carded[i] = label
    # the card's label under a plain title counts towards the shape as well
    labels = list(carded.values()) + [card_label(ctx, i + 1) for i in plain]
    return sorted(plain + [i for i, label in carded.items() if labels.count(label) >= 2])


QUOTED_RUN_WORDS = 15  # a small project's title, quoted, may run longer than a name


def quoted_openers(ctx: Context) -> list[Opener]:
    """Consecutive paragraphs or list items, two or more, that each open with a quoted
    name, under a block that announces projects ("Unter ihnen sind Vorhaben wie" after
    "11 neue Projekte …", "Among the approved projects:"): "„Gemeinsam für die
    Biodiversität“ der Partner X und Y", "“Green Schools” led by …". One layout repeated
    after the announcement makes each quotation a project's name, even a long title; a
    single quotation opening a paragraph is a quote, not a list of projects."""
    runs: list[list[Opener]] = [[]]
    for i in ctx.indices:
        span = _quoted_head(ctx, i) if ctx.block(i).kind in (PARAGRAPH, LIST_ITEM) else None
        # each names who carries it out ("der Partner X und Y", "zwischen dem Verein X und …")
        # or states a fact: a quotation with neither is a quote
        if span and (has_org_word(ctx.doc.text[span[1]:ctx.block(i).end]) or has_fact_or_money(ctx.doc, ctx.lang, i, i + 1)):
            runs[-1].append((i, *span))
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    return run if len(run) >= 2 and projects_announced(ctx, run[0][0]) else []


def _quoted_head(ctx: Context, i: int) -> tuple[int, int] | None:
    """The span of the quoted name block i opens with, a few words more than a name allows."""
    text, b = ctx.doc.text, ctx.block(i)
    q = quotation(text, b.start, b.end)
    inner = text[q.start:q.end] if q else ""
    if not q or len(inner.split()) > QUOTED_RUN_WORDS or not inner[:1].isupper():
        return None
    # a quotation of speech ends a sentence or goes on with a comma ("„Wir sind stolz.“, sagte …")
    if re.search(r"[.!?,;:…]$|[.!?]\s", inner) or text[q.close + 1:b.end].lstrip()[:1] in (",", ":"):
        return None
    if text[q.start - 1].isspace() or text[q.end].isspace():
        return q.start, q.end  # "« Vignes du Jura »"
    # "„Recomine-SN-CZ-Plus – Aufbau einer … Kooperationsstrategie“", "“Wandern im Erzgebirge
    # … – EURORANDO 2026”": a short side of a dash beside a long one is the name, the other its title
    sides = re.split(r"\s[–—-]\s", inner)
    if len(sides) == 2:
        short, long_ = sorted(sides, key=lambda x: len(x.split()))
        if len(short.split()) <= 3 and len(long_.split()) >= 4 and re.search(r"[^\W\d_]", short):
            s = q.start + inner.find(short)
            return s, s + len(short)
    return quoted_span(text, q, lo=b.start) or (q.start, q.end)
