"""Sections from list items and inline lists: items that each name a project, or name its partners."""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors import partners as partner_extractor
from pipeline.extractors import programme
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import is_name_like
from pipeline.lexicons import load
from pipeline.model import LIST_ITEM, Document, Section
from pipeline.normalise.money import find_money
from pipeline.quotes import quotation
from pipeline.section_names import (FACT_CUES, NAME_WORDS, Opener, QUOTES, capitalised, has_fact,
                                    has_fact_or_money, label_value, looks_like_name, name_after, name_core, quoted_span,
                                    unit_name)


def inline_items(ctx: Context, i: int) -> list[Opener]:
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
                 if span and not unit_name(ctx.doc, ctx.lang, (i, *span))
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
    q = quotation(item, 0)
    if q:
        return quoted_span(item, q, base)
    if quoted:
        return None
    m = re.match(r"([^–—:;(,.]+?|[^\s(;:,]+)\s*(?:\s[–—-]\s|[:;(,]|\.?\s*$)", item)
    name = m.group(1).strip() if m else ""
    if not name or len(name.split()) > NAME_WORDS or not (
            looks_like_name(name, "en") or capitalised(name) or re.fullmatch(r"[^\W\d_][\w'’.-]{1,}", name) and name[0].isupper()):
        return None
    return base + m.start(1), base + m.start(1) + len(name)


def _places(ctx: Context, named: list[Opener]) -> bool:
    """A list of places ("projects in: Austria; Bavaria; Tyrol") names no projects."""
    return any(h.start == 0 and h.end == e - s for _, s, e in named for h in gazetteer.find(ctx.doc.text[s:e], ctx.lex))


def listed_sections(doc: Document) -> list[Section]:
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
    if one and not any(name_core(one).startswith(name_core(n)) or name_core(n).startswith(name_core(one)) for n in names):
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
    if own and has_fact_or_money(doc, lang, own[0], own[-1] + 1):
        return True
    if has_fact(doc, lang, 0, len(sec.shared), {"lead_partner", "coordinator", "partners", "duration", "start", "end"}):
        return True
    return bool(partner_extractor.extract(Context(doc, sec)))


def names_of_one(ctx: Context) -> str | None:
    """The name the page gives its one project, if any (lazy: the name extractor is slow)."""
    from pipeline.extractors import names
    found = names.project_name(ctx)
    return found[0] if found else None


LISTED_CHARS = 80  # a quoted name in a list is short; a longer quotation is a sentence


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
    sep = re.compile(rf"\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+", re.I)
    # an unquoted name runs to the next separator or the clause's end
    plain = re.compile(rf"[^,;:()\s][^,;:()]*?(?=\s*[,;:()]|\s+(?:{conj})\s|\s*[.!?]?\s*$|\.\s|\s[–—-]+\s)", re.I)
    first_quoted = bool(quotation(text, at, sent.end, skip=False))
    spans: list[tuple[int, int]] = []
    brackets: list[tuple[int, int] | None] = []
    seps: list[str] = [""]
    while True:
        q = quotation(text, at, sent.end, skip=False) if first_quoted else None
        q = q if q and q.end - q.start <= LISTED_CHARS else None
        m = None if first_quoted else plain.match(text, at, sent.end)
        if not (q or m):
            break
        s, e, after = (q.start, q.end, q.close + 1) if q else (m.start(), m.end(), m.end())
        if q and (q.open > 0 and text[q.open - 1].isalnum() or after < len(text) and text[after].isalnum()):
            break  # an apostrophe inside a word ("l'area") quotes nothing
        if not first_quoted and not _plain_name(text[s:e]):
            break  # "… en Kustlab, die samen …": the sentence goes on after the list
        spans.append((s, e))
        # "A (Org 1), B (Org 2) y C (Org 3)": the organisations each name's brackets hold
        br = re.compile(r"\s*\(([^()]{3,300})\)").match(text, after, sent.end)
        brackets.append((br.start(1), br.end(1)) if br else None)
        nxt = sep.match(text, br.end() if br else after, sent.end)
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
    if len({name_core(n) for n in names}) < len(names):
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


def bracket_after(ctx: Context, opener: Opener, stop: int) -> tuple[tuple[int, int], ...]:
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


def item_sections(doc: Document) -> list[Section]:
    """One section per item of a list whose items each name an organisation and the
    project it takes part in: "• Gemeente Goes voor het project ENSURE. Dit project …",
    "• University of X for the project ABC: …", "• Comune di Y per il progetto Z". The
    item opens with the organisation (capitalised), then a few small words ("voor het",
    "for the", "per il"), then the project cue and the name; the organisation is that
    project's partner. Two or more items of one list, each naming a different project."""
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    runs: list[list[tuple[int, tuple[int, int], tuple[int, int]]]] = [[]]
    for i in whole.indices:
        found = _item_org_project(whole, i) if doc.blocks[i].kind == LIST_ITEM else None
        if found:
            runs[-1].append((i, *found))
        elif doc.blocks[i].kind != LIST_ITEM and runs[-1]:
            runs.append([])  # a list ends where something other than an item follows
    run = max(runs, key=len)
    names = [name_core(doc.text[s:e]) for _, (s, e), _ in run]
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
                capitalised(org) or is_name_like(org)):
            continue
        span = name_after(text, cue.end, sent.end, ctx.lang, loose=True)
        if not span or label_value(text[span[0]:span[1]], ctx.lang) or unit_name(ctx.doc, ctx.lang, (i, *span)):
            continue
        s = block.start + m.start(1)
        return span, (s, s + len(org))
    return None
