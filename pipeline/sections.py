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
   ("Approved projects:" then "• GreenWay – …, 1.2 million euro");
5. consecutive paragraphs that each open with a quoted name, under a block announcing
   projects ("Unter ihnen sind Vorhaben wie" then "„A“ der Partner X und Y", "„B“ …"),
   whose lead-in is shared by them all;
6. consecutive paragraphs (or lines) under a block that counts projects, each opening with
   a short head, the same colon or dash, then a title or description ("JOIN – Job
   Innovation …", "Be-Xyl: “Beyond Xylella …”"), the lead-in shared by them all;
7. short titles each over a partners label or a budget sentence (besides a period label);
8. list items or paragraphs each naming one project by a quoted designation
   ("… consorțiul ”EC2U – European Campus of City-Universities”"), and paragraphs each
   naming a different alliance or consortium after the word for it ("należy do sojuszu 4EU+").
A table whose name column is labelled (section_cell_tables: TABLE_ROW blocks, "Hochschulen |
Projekttitel", a row per project; a markdown pipe table is read into such rows by the readers,
its cells possibly spread over lines) and a table that lost
its cells (section_tables: a header line of column labels, one the
project's name or acronym, then a line per project) is read before all of these.
A beneficiary list ("• Gmina A z Gminą B – title, 45 tys. euro", section_beneficiaries)
is read before all of these: its items open with organisations, not names.
Fewer than two openers with distinct names leave the whole document one section. Text
before the first opener (a news item's lead) stays with the first project.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline import gazetteer
from pipeline.extractors import partners as partner_extractor
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEGAL_FORM_WORD
from pipeline.lexicons import load
from pipeline.model import LIST_ITEM, PARAGRAPH, Block, Document, Section
from pipeline.section_beneficiaries import beneficiary_sections
from pipeline.section_headings import counted_heading_openers
from pipeline.section_lead_names import lead_owners
from pipeline.section_amount_items import amount_item_sections
from pipeline.section_items import bracket_after, inline_items, item_sections, listed_sections
from pipeline.section_counted_runs import counted_run_openers, project_count
from pipeline.section_card_shapes import card_sections
from pipeline.section_cell_tables import cell_table_sections
from pipeline.section_quoted_amounts import quoted_amount_parts
from pipeline.section_stride import stride_filled
from pipeline.section_tables import table_sections
from pipeline.section_names import (Opener, counts_projects, cue_names, has_fact, has_fact_or_money, looks_like_name, name_core, next_names,
                                    opens_next_project,
                                    unit_name)
from pipeline.section_openers import (alliance_openers, designation_openers, enumerated_openers, heading_openers, label_openers, lead_openers, list_openers,
                                      paragraph_openers, paragraph_run_openers, quoted_openers, titled_openers,
                                      uniform_list_openers, bracket_run_openers)
from pipeline.textnorm import fold

LONG_ITEM_WORDS = 60  # a list item this long is a paragraph with a marker


def split(doc: Document) -> list[Section]:
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    # a table of projects whose cells were lost names its columns once, then a row each
    rows = cell_table_sections(doc, whole) or table_sections(doc, whole)
    if rows:
        return rows
    heads = heading_openers(doc, lang)
    if len(heads) >= 2:
        return _sections(doc, heads, with_heading=True)
    for finder in (label_openers, paragraph_openers, lead_openers, list_openers, uniform_list_openers,
                   paragraph_run_openers, bracket_run_openers, titled_openers, counted_heading_openers,
                   enumerated_openers, quoted_openers, designation_openers, alliance_openers):
        found = _distinct(doc, [o for o in finder(whole) if not unit_name(doc, lang, o)])
        # a list item says its partners in a sentence more often than after a label; a quoted
        # run's units were each read for their organisations already; an announced run of
        # paragraphs shares its lead-in, which may hold the facts (who takes part in them all)
        if finder is paragraph_run_openers:
            found = _with_facts(doc, lang, found, partners=True, lead=found[0][0] if found else 0)
        elif finder is designation_openers:
            # the organisation an item names before the designation takes part in it
            kept = {o[0] for o in _with_facts(doc, lang, found, partners=True)}
            found = [o for o in found if o[0] in kept or has_org_word(doc.text[doc.blocks[o[0]].start:o[1]])]
        elif finder not in (quoted_openers, counted_heading_openers, bracket_run_openers):
            # (these test their units' facts; a bracket run's bracket is each item's detail)
            # paragraphs a count of projects announces ("vier nieuwe projecten …" then "In het
            # project X …") name each one's partners in a sentence, as list items do
            # the items of a list the text introduces as projects name each one's partners
            # ("• AWAKE – …, Stichting X (project partner)") as often as its budget
            found = _with_facts(doc, lang, found, partners=finder in (uniform_list_openers, titled_openers,
                                                                      alliance_openers, list_openers) or (
                finder is paragraph_openers and bool(found) and any(counts_projects(whole, j) for j in range(found[0][0]))))
        # each item of a designation run names its one project; text after the run may
        # mention them again
        if finder is not designation_openers:
            found = _parallel(doc, found)
            found = _in_step(doc, lang, found)
        if len(found) >= 2 and finder in (quoted_openers, paragraph_run_openers):
            return _shared_lead(_sections(doc, found, with_heading=False), found[0][0])
        if len(found) >= 2:
            return _sections(doc, found, with_heading=False)
    # a count of projects the blocks below it match, each naming one, is the page's own
    # division, where no reader above found the units' names
    counted = counted_run_openers(whole)
    counted_secs = _counted_sections(doc, lang, counted) if len(counted) >= 2 else []
    if len(counted_secs) >= 2:
        return counted_secs
    return [Section(blocks=tuple(range(len(doc.blocks))),
                    heading=heads[0][0] if heads and _opens(doc, heads[0][0]) else None)]


def divide(doc: Document) -> tuple[Document, list[Section]]:
    """_cut(), or the page's cards of one shape, a title over the same label lines each
    ("Leadpartner:", "Budget:"; section_card_shapes), where they tell more projects apart
    (a title rendered as a paragraph on one card and a heading on the next, amounts without
    a currency, the last card's tail naming the others again hide cards from the readers)."""
    cut, sections = _cut(doc)
    cards = card_sections(Context(doc, Section(blocks=tuple(range(len(doc.blocks))))))
    return (doc, cards) if len(cards) > len(sections) else (cut, sections)


def _cut(doc: Document) -> tuple[Document, list[Section]]:
    """_divide(), and where that finds one project but a sentence names several projects
    one after another, one section per listed name (see listed_sections), or a list's
    items each name an organisation and its project (item_sections, beneficiary_sections)."""
    # a beneficiary list's items open with organisations, which list_openers would read as names
    funded = beneficiary_sections(doc)
    if funded:
        return doc, funded
    # a list whose items each give a project's name, its organisation and amount
    priced = amount_item_sections(doc)
    if priced:
        return doc, priced
    cut, sections = _divide(doc)
    if len(sections) > 1:
        return cut, sections
    listed = listed_sections(doc) or item_sections(doc)
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
    lang = doc.language or "en"
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    # names quoted each with its amount, over the page: a block may hold one of them
    quoted = quoted_amount_parts(whole)
    if len(sections) > 1 and sum(map(len, quoted.values())) <= len(sections):
        return doc, sections
    blocks: list[Block] = []
    parts: list[Opener] = []
    listed_parts: set[int] = set()  # blocks cut from an announced list: their details are facts
    for i, b in enumerate(doc.blocks):
        # a long list item is a paragraph with a marker ("- Gli alunni … nel progetto …")
        found = _parts(whole, i) if b.kind == PARAGRAPH or len(whole.text(i).split()) >= LONG_ITEM_WORDS else []
        listed = inline_items(whole, i) if b.kind in (PARAGRAPH, LIST_ITEM) else []
        from_list = len(listed) > len(found)
        if from_list:
            found = listed
        one = False
        if len(quoted.get(i, [])) > len(found) or quoted.get(i) and len(found) < 2:
            found, from_list, one = quoted[i], False, True
        if len(found) < 2 and not (found and one):
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
    nameless = next_openers(ctx)
    if not parts and not nameless and not any(next_names(ctx, i) for i in range(len(cut.blocks))):
        return doc, sections
    taken = {p[0] for p in parts}
    openers = sorted(parts + [o for o in paragraph_openers(ctx) if o[0] not in taken])
    openers = _distinct(cut, [o for o in openers if not unit_name(cut, lang, o)])
    named = {o[0] for o in openers}
    openers = sorted(openers + [o for o in nameless if o[0] not in named])
    kept = {o[0] for o in _with_facts(cut, lang, openers, partners=True)}
    if len(parts) >= 2 and any(project_count(ctx, j) == len(parts) for j in range(parts[0][0])):
        # "két projekt …: A CrossDEST projekt …, a Bike&Spa projekt …": the page counts the
        # projects its paragraph then names, as many: each is one, with facts or not
        kept.update(p[0] for p in parts)
    # a project introduced as one more is one of its own, and so is the one before it
    for n, o in enumerate(openers):
        if o[1] < 0 or _explicit(ctx, o):
            kept.update({o[0]} | ({openers[n - 1][0]} if n else set()))
    openers = _parallel(cut, [o for o in openers if o[0] in kept or o[0] in listed_parts])
    openers = _not_passing(cut, openers)
    if openers and openers[0][0] > 0 and (openers[0][1] < 0 or _explicit(ctx, openers[0])) and any(
            counts_projects(ctx, j) or openers[0][1] >= 0 and ctx.cues(j, {"project_before", "project_after"})
            for j in range(openers[0][0])):
        # (or "Il progetto si chiama A … un altro progetto, B": one more after a project named before)
        # "… three projects. The first (2009-2011) … The second project …": the project
        # before the first one introduced as one more is told in the text before it
        openers = [(0, -1, -1)] + openers
    if len(openers) < 2:
        return doc, sections
    out = _sections(cut, openers, with_heading=False)
    if parts and parts[0][0] == openers[0][0]:
        # what the text says before the first cut part (the lead-in, the organisation that
        # obtained them all, their total) is every part's, as in listed_sections
        shared = tuple(range(openers[0][0]))
        out = [replace(sec, blocks=shared + tuple(i for i in sec.blocks if i not in shared), shared=shared) for sec in out]
    # an announced list's item names its partners in brackets ("A (Org 1, Org 2); B (…)")
    return cut, [replace(sec, partners=bracket_after(ctx, o, cut.blocks[o[0]].end)) if o[0] in listed_parts else sec
                 for sec, o in zip(out, openers)]


def _counted_sections(doc: Document, lang: str, units: list[Opener]) -> list[Section]:
    """One section per counted unit that states a fact of its own (a unit that only
    describes its project is no project entry), or per unit when half of them or more do;
    the text before and after the run speaks of
    them all (the programme, their total) and is every section's, its amounts none's."""
    first, last = units[0][0], units[-1][0]
    shared = tuple(range(first)) + tuple(range(last + 1, len(doc.blocks)))
    kept = [(b, s, e) for b, s, e in units if has_fact_or_money(doc, lang, b, b + 1) or _period_after(doc, e) or _names_org(
        doc, b, s, e) or has_fact(
        doc, lang, b, b + 1, {"partners"}) or _countries(doc, b, b + 1) >= 2 or partner_extractor.extract(
        Context(doc, Section(blocks=(b,), name=(s, e) if s >= 0 else None)))]
    if 2 * len(kept) >= len(units):
        kept = units  # most units state facts: the others' are only missed by our readers
    return [Section(blocks=tuple(sorted(shared + (b,))), name=(s, e) if s >= 0 else None, shared=shared)
            for b, s, e in kept]


def _names_org(doc: Document, b: int, s: int, e: int) -> bool:
    """Block b names an organisation outside the project's name: a capitalised word of an
    organisation's type ("Stichting", "Universität") or a legal form ("e.V.", "GmbH"), not
    a common noun ("organisaties")."""
    blk = doc.blocks[b]
    for m in re.finditer(r"\S+", doc.text[blk.start:blk.end]):
        if s <= blk.start + m.start() < e:
            continue
        word = m.group(0).strip("()[],;:")
        if word[:1].isupper() and has_org_word(word) or LEGAL_FORM_WORD.search(word):
            return True
    return False


def _shared_lead(sections: list[Section], first: int) -> list[Section]:
    """What the text says before the first listed project (the programme, the call, the
    total of all the projects it announces) is every project's, and its amounts none's own."""
    shared = tuple(range(first))
    return [replace(sec, blocks=shared + tuple(i for i in sec.blocks if i not in shared), shared=shared)
            for sec in sections]


def _parts(ctx: Context, i: int) -> list[Opener]:
    """The projects block i reports one after another: (where its part opens, name start,
    name end), a new name after a project cue opening each part."""
    text = ctx.doc.text
    out: list[Opener] = []
    seen: list[str] = []
    cues: list = []
    found = sorted(cue_names(ctx, i, loose=True), key=lambda f: f[1][0])
    said = [fold(cue.text) for cue, _ in found]
    for cue, (s, e) in found:
        # a plain capitalised word names a project only in a parallel run ("il progetto
        # E-chain …, il progetto Ecomap …": one cue, repeated)
        if not looks_like_name(text[s:e], ctx.lang) and said.count(fold(cue.text)) < 2:
            continue
        core = name_core(text[s:e])
        if out and s < out[-1][2] or not core.strip() or any(core.startswith(x) or x.startswith(core) for x in seen):
            continue
        sent = ctx.sentence_at(i, cue.start)
        within = bool(out) and out[-1][2] >= sent.start
        if within and fold(cue.text) != fold(cues[-1].text):
            continue  # "Projekt A je nastavak projekta B": a project the sentence about A relates it to
        start = min(cue.start, s) if within else sent.start
        if out and start <= out[-1][0]:
            continue
        seen.append(core)
        cues.append(cue)
        out.append((start, s, e))
    return out


def _sections(doc: Document, openers: list[Opener], *, with_heading: bool) -> list[Section]:
    # a lead block that tells one of the later projects is that project's, not the first's
    names = [doc.block_text(doc.blocks[b]) if with_heading else (doc.text[s:e] if s >= 0 else "")
             for b, s, e in openers]
    owners = lead_owners(doc, names, openers[0][0]) if openers else {}
    out = []
    for n, (b, s, e) in enumerate(openers):
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        lead = [i for i in range(openers[0][0]) if i not in owners] if n == 0 else [
            i for i, owner in owners.items() if owner == n]
        out.append(Section(blocks=tuple(sorted(lead)) + tuple(range(b, stop)), heading=b if with_heading else None,
                           name=(s, e) if not with_heading and s >= 0 else None))
    return out


def next_openers(ctx: Context) -> list[Opener]:
    """Blocks that open by introducing one more project ("The second project (2011-2013) …",
    "Já o outro projeto aprovado é o …") on a page that counts the projects before them
    ("we took part in three projects"): each opens a project, named or not; the text before
    the first is the first project's. The name is left to the section's own reading."""
    return [(i, -1, -1) for i in ctx.indices if opens_next_project(ctx, i)
            and any(counts_projects(ctx, j) for j in range(i))]


def _explicit(ctx: Context, opener: Opener) -> bool:
    """An opener whose block introduces its project as one more ("another project", "the
    second project X"): the text says it is a project of its own."""
    b, s, _ = opener
    return any(span[0] == s for _, span in next_names(ctx, b))


def _distinct(doc: Document, openers: list[Opener]) -> list[Opener]:
    """Each project opens once: later mentions of a name already opened (or a name that
    extends one, "Brückenpark" after "Brückenpark II") continue its section."""
    out: list[Opener] = []
    seen: list[str] = []
    for b, s, e in openers:
        core = name_core(doc.text[s:e])
        if not core.strip() or any(core.startswith(x) or x.startswith(core) for x in seen):
            continue
        if out and out[-1][0] == b:
            continue  # one block opens one project
        seen.append(core)
        # "Community of Valued Experts in … (COVALEX)": the acronym in brackets after a
        # name is the same project's
        alias = re.match(r"[^()\n.;]{0,80}?\(([^()]{2,40})\)", doc.text[e:e + 200]) if e >= 0 else None
        if alias and name_core(alias.group(1)).strip():
            seen.append(name_core(alias.group(1)))
        out.append((b, s, e))
    return out


def _with_facts(doc: Document, lang: str, openers: list[Opener], *, partners: bool = False,
                lead: int = 0) -> list[Opener]:
    """Keep only openers whose stretch holds a fact: a name mentioned in passing is not a
    project of its own. With `partners`, partners named in the stretch count too (a
    sentence about a project names its partners more often than a label does), and so do
    the partners' countries, two or more ("schools from Ireland, Sweden and Austria").
    With `lead`, the first opener's block, the text before it (the lead-in all the openers
    share: who obtained them, the programme, their total) is read with each stretch: a fact
    it states is each one's."""
    out = []
    shared = tuple(range(lead))
    said = bool(shared) and has_fact_or_money(doc, lang, 0, lead)
    for n, (b, s, e) in enumerate(openers):
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        if said or has_fact_or_money(doc, lang, b, stop) or _period_after(doc, e) or partners and (has_fact(doc, lang, b, stop, {"partners"}) or (
                partner_extractor.extract(Context(doc, Section(blocks=shared + tuple(range(b, stop)), name=(s, e)))))
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


def _in_step(doc: Document, lang: str, openers: list[Opener]) -> list[Opener]:
    """The found units with those the page's rhythm adds (section_stride), each added one
    kept only when its stretch holds a fact, money, partners or countries of its own."""
    filled = stride_filled(doc, openers)
    if len(filled) == len(openers):
        return openers
    kept = set(_with_facts(doc, lang, filled, partners=True))
    return [o for o in filled if o in openers or o in kept]


def _parallel(doc: Document, openers: list[Opener]) -> list[Opener]:
    """Units that report project after project do not talk about each other: a unit that
    still names an earlier project ("… follows up project Y. Project X's partners …") is a
    passage about that project, not a project of its own."""
    out: list[Opener] = []
    for n, (b, s, e) in enumerate(openers):
        stop = openers[n + 1][0] if n + 1 < len(openers) else len(doc.blocks)
        unit = fold(doc.text[doc.blocks[b].start:doc.blocks[stop - 1].end])
        if any(re.search(r"(?<!\w)" + re.escape(fold(doc.text[ps:pe])) + r"(?!\w)", unit) for _, ps, pe in out if ps >= 0):
            continue
        out.append((b, s, e))
    return out


def _not_passing(doc: Document, openers: list[Opener]) -> list[Opener]:
    """A part of a cut paragraph that already names the project a later part opens with ("to
    continue project A, it proposed project B: … (B)") mentions A in passing: its facts are
    B's, so it opens no project of its own (the converse of _parallel)."""
    out: list[Opener] = []
    for n, (b, s, e) in enumerate(openers):
        later = [doc.text[ps:pe] for _, ps, pe in openers[n + 1:] if ps >= 0]
        unit = fold(doc.text[doc.blocks[b].start:doc.blocks[b].end])
        if s >= 0 and any(re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", unit) for name in later):
            continue
        out.append((b, s, e))
    return out


def _opens(doc: Document, h: int) -> bool:
    """A single name heading names the whole document only if it opens it."""
    return h == 0
