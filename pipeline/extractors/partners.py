"""Partners: name, country, role, web address.

Read from (1) lists and tables under a partners heading or label, (2) labels such as
"Lead partner: …", with the value on the same line or the lines below ("Capofila" /
"Comune di Sesana"), and rows "Vedúci partner – X (ČR)", (3) lines under country
headings, (4) running text where a role cue follows its subject ("X je hlavním
partnerem", "X kao nositelj projekta", "X (capofila)") or precedes its name ("coordinated
by X", "A konzorcium vezetője a X"), (5) lists in running text after a partner cue with
a copula, colon or listing word ("partneri na projektu su A, B te C", "in collaborazione
con A e B", "De Nederlandse partners A en B") and (6) enumerations after a founding cue
("W skład grupy założycielskiej weszły takie podmioty, jak A, … oraz B …").

A partner's country comes from a bracket, dash or comma tail ("(CZ)", "– Německo",
", Slovak Republic"), "from" a country or place ("z Bułgarii"), a country adjective
before the list ("hrvatski partneri"), a country heading, or a place in its name.

This module merges what the readers find (extract); the readers and their helpers are in
partner_blocks, partner_running and the other partner_*.py modules.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer, name_places, nlp
from pipeline.extractors import names
from pipeline.extractors.partner_shouted import in_shouted_line
from pipeline.extractors.partner_conj_neighbours import cut_known_sides
from pipeline.extractors.context import Context
from pipeline.textnorm import LOWER, UPPER, fold
from pipeline.extractors.partner_record import LEAD, Partner
from pipeline.extractors.partner_countries import placed, seat_after
from pipeline.extractors.partner_companion import country_code_tail
from pipeline.extractors.partner_country_lines import from_country_lines
from pipeline.extractors.partner_country_items import from_country_items
from pipeline.extractors.partner_flat_table import from_flat_tables
from pipeline.extractors.partner_entries import from_entries
from pipeline.extractors.partner_home import home_municipality
from pipeline.extractors.partner_label_country import label_country
from pipeline.extractors.partner_locate import before_span, beside_country
from pipeline.extractors.partner_names import has_org_word, person
from pipeline.extractors.partner_person_names import named_person, post_and_person
from pipeline.extractors.partner_blocks import (
    address_country, from_amount_lines, from_cooperation_colon, from_country_headings, from_label_blocks, from_labels, from_lists,
)
from pipeline.extractors.partner_running import from_running_text
from pipeline.extractors.partner_label_runs import from_label_runs
from pipeline.extractors.partner_typed import typed_subjects
from pipeline.extractors.partner_evidence import evidence_partners, same_body
from pipeline.extractors.partner_unfilled import unfilled_partners
from pipeline.extractors.label_chains import chain_labels
from pipeline.extractors.partner_clean import _nominative, clean
from pipeline.extractors.partner_clause import cut_clause
from pipeline.extractors.partner_name_shapes import close_quote, dated, sum_tail, unpaired_quote
from pipeline.extractors.partner_forms import (
    adjective_nominative, bare_form, last_type_nominative, link_forms, text_form,
)
from pipeline.extractors.partner_typed_place import typed_form
from pipeline.extractors.partner_not_partner import (
    body_of_person, clause_cut, presented_as_project, reference_code, title_only,
)


def project_itself(name: str, project: str) -> bool:
    """The project named where a partner could be: "so partnerji projekta ARTISTIC oblikovali …",
    a name opening with the project's acronym. A project name read from a lead's label ("Porteur
    du projet : Eurodistrict trinational de Bâle") has no acronym and leaves its partner be."""
    head = project.split()[0] if project.split() else ""
    return sum(c.isupper() for c in head) >= 2 and bool(name.split()) and name.split()[0] == head


def _project_phrase(name: str, ctx: Context) -> bool:
    """The project itself, not a partner: a project noun then a lower-case word
    ("Projekt mit dem Namen „X“", "project called X", "projekt pn. X")."""
    words = name.split()
    nouns = {c.split()[0] for c in ctx.lex.cues["project_before"] + ctx.lex.cues["project_label"]}
    return len(words) >= 2 and words[0].lower() in nouns and words[1][:1].islower()


def _programme_named(name: str, ctx: Context) -> bool:
    """A fund or programme where a partner could be ("Fondu malých projektov programu
    Interreg V"): its name holds a programme word; funder words alone are not enough
    ("Verein zur Förderung des Naturparks" is a partner)."""
    return bool(nlp.cues(name, ctx.lang, {"programme"}))\
        or any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", name.lower()) for f in names.name_cues(ctx.lang).get("not_programme", []))


def _bare_place(name: str, ctx: Context) -> str:
    """A municipality's name without its type word ("obec Krasňany", "Gmina Kornowac" ->
    "Kornowac"), so that the bare town named beside a noun of cooperation is the same
    partner; the type word may be the other country's ("Gmina" in a Czech page)."""
    head, _, rest = name.partition(" ")
    return rest if rest and head.lower() in _municipality_words() and rest[:1].isupper() else name


def _same_place(a: str, b: str, ctx: Context) -> bool:
    """One municipality named twice: with and without its type word ("obec Krasňany",
    "Krasňany"), or with the same type word in another case of letters ("Gmina X", "gmina X");
    two type words before one town name two bodies ("Stadt Görlitz", "Landkreis Görlitz")."""
    bare_a, bare_b = _bare_place(a, ctx), _bare_place(b, ctx)
    return bare_a == bare_b and (a == bare_a or b == bare_b or a.split()[0].lower() == b.split()[0].lower())


def _typed_town(name: str, bare: str) -> bool:
    """A name that is a bare town with type words of several words before it ("statutární
    město Havířov", "urząd miasta Racibórz" beside "Havířov", "Racibórz"): the same partner.
    Two typed names stay apart ("Provincia di Trieste", "Comune di Trieste")."""
    low = name.lower()
    return any(low.startswith(words + " ") and name[len(words) + 1:] == bare for words in _municipality_phrases())


@lru_cache(maxsize=None)
def _municipality_words() -> frozenset[str]:
    from pipeline.lexicons import languages, load
    return frozenset(w for lang in languages() for w in load(lang).cues["municipality_nouns"] if " " not in w)


@lru_cache(maxsize=None)
def _municipality_phrases() -> tuple[str, ...]:
    from pipeline.lexicons import languages, load
    return tuple(w for lang in languages() for w in load(lang).cues["municipality_nouns"] if " " in w)


def _domain_head(name: str, ctx: Context) -> bool:
    """A name whose organisation-type word is followed by what it deals with, not by a place
    ("Ministerul Dezvoltării", "Institutul pentru Aplicaţii", "Departement Mobiliteit"): such
    names go on with a list of domains ("…, Lucrărilor Publice și Administrației")."""
    words = name.split()
    k = next((n for n, w in enumerate(words) if has_org_word(w)), None)
    return k is not None and k + 1 < len(words) and fold(words[k]) not in _municipality_words()\
        and not placed(" ".join(words[k + 1:]), ctx) and not any(sum(c.isupper() for c in w) >= 2 for w in words)


def _domain(piece: str, ctx: Context) -> bool:
    """A short piece with no organisation-type word, place or acronym: a domain listed in a
    name ("Lucrărilor Publice", "Fejlesztési"), not an organisation of its own."""
    words = piece.split()
    return 1 <= len(words) <= 4 and not has_org_word(piece) and not placed(piece, ctx)\
        and not any(sum(c.isupper() for c in w) >= 2 or any(c.isdigit() for c in w) for w in words)


def _join_domains(found: list[Partner], ctx: Context) -> list[Partner]:
    """Names cut at the commas and the conjunction of their list of domains, joined again:
    "Ministerul Dezvoltării, Lucrărilor Publice și Administrației" (the type word first), and
    "Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal", "National Research, Development
    and Innovation Office" (the type word last). The list must close with a conjunction, and
    its pieces must be named nowhere else in the document on their own (a partner usually is)."""
    text = ctx.doc.text
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if " " not in c)
    if not conj:
        return found
    gap = re.compile(rf"(?:\s*,\s*|\s+(?:{conj})\s+)")
    closing = re.compile(rf"\s+(?:{conj})\s+")

    out: list[Partner] = []
    ordered: list[Partner] = []
    for p in sorted(found, key=lambda p: p.start):
        same = next((q for q in ordered if (q.start, q.end, q.name) == (p.start, p.end, p.name)), None)
        if same:  # found twice (a list and its sentence): one partner
            same.role = LEAD if LEAD in (p.role, same.role) else same.role
            same.country = same.country or p.country
        else:
            ordered.append(p)
    k = 0
    while k < len(ordered):
        p = ordered[k]
        chain = [p]
        n = k + 1
        while n < len(ordered) and gap.fullmatch(text[chain[-1].end:ordered[n].start]) and _domain(ordered[n].name, ctx)\
                and "spread" not in ordered[n].flags:  # "Općina A, Općina B": named by a spread type word
            chain.append(ordered[n])
            n += 1
        while len(chain) > 1 and not closing.fullmatch(text[chain[-2].end:chain[-1].start]):
            chain.pop()  # the list of domains closes with its conjunction
        if any(_standalone(q.name, ctx) for q in chain[1:]):
            chain = [p]  # a piece named elsewhere on its own is an organisation
        if len(chain) > 1 and _domain_head(p.name, ctx) and not p.acronym\
                and len({q.country for q in chain if q.country}) <= 1:
            last = chain[-1]
            p.name, p.end = text[p.start:last.end], last.end
            p.role = LEAD if any(q.role == LEAD for q in chain) else p.role
            p.country = next((q.country for q in chain if q.country), None)
            k += len(chain)
        else:
            k += 1
            if _domain_head(p.name, ctx) and not p.acronym and "spread" not in p.flags:
                p = _domains_after(p, ctx, conj)
                while k < len(ordered) and ordered[k].start >= p.start and ordered[k].end <= p.end:
                    k += 1  # "Science and Sport", split off the name it ends
        out.append(_domains_before(p, ctx, conj) if "spread" not in p.flags else p)
    return out


def _domains_after(p: Partner, ctx: Context, conj: str) -> Partner:
    """A name cut at the comma of its list of domains, extended over it to the list's
    conjunction and last piece: "Ministry of Agriculture[, Forestry and Water Management]",
    "Ministarstvo obrazovanja[, znanosti i sporta]" (pieces written as the head's are)."""
    text = ctx.doc.text
    head = p.name.split()
    k = next(n for n, w in enumerate(head) if has_org_word(w))
    joiners = "|".join(re.escape(c) for c in names.name_cues(ctx.lang).get("name_connectors", []) if " " not in c)
    if head[k + 1][:1].islower() and head[-1][:1].islower():
        piece = rf"[^\W\d_{UPPER}]+"  # "obrazovanja, znanosti i sporta"
    else:
        cap = rf"[{UPPER}][^\W\d_]+"
        piece = rf"{cap}(?:\s+(?:{joiners})\s+{cap}|\s+{cap}){{0,2}}" if joiners else rf"{cap}(?:\s+{cap}){{0,2}}"
    m = re.match(rf"((?:,\s+{piece})*),?\s+(?:{conj})\s+({piece})(?=\s*[.,;:()]|\s+[{LOWER}]|\s*$)", text[p.end:p.end + 200])
    if not m or piece.startswith("[^") and not m.group(1):
        return p  # lower-case pieces need a comma: "de la forêt et réunit neuf partenaires" is a verb
    pieces = re.split(r",\s+", m.group(1).strip(", ")) if m.group(1) else []
    pieces = [x for x in pieces if x] + [m.group(2)]
    if not all(_domain(x, ctx) and not _standalone(x, ctx) for x in pieces)\
            or any(w.lower() in nlp.stop_words(ctx.lang) for x in pieces for w in x.split()[:1]):
        return p
    p.name, p.end = text[p.start:p.end + m.end()], p.end + m.end()
    return p


def _standalone(piece: str, ctx: Context) -> bool:
    """Piece is named somewhere in the document on its own: not inside a longer name (after a
    comma, a conjunction, a joiner or a capitalised word)."""
    text = ctx.doc.text
    inside = {fold(w) for w in ctx.lex.cues["conjunctions"] + names.name_cues(ctx.lang).get("name_connectors", [])}
    for m in re.finditer(re.escape(piece), text):
        prev = text[:m.start()].rstrip()
        word = prev.split()[-1] if prev.split() else ""
        if not (prev.endswith(",") or word[:1].isupper() or fold(word) in inside):
            return True
    return False


def _domains_before(p: Partner, ctx: Context, conj: str) -> Partner:
    """A name whose type word comes last, extended over the domains listed before it:
    "Nemzeti Kutatási, Fejlesztési és [Innovációs Hivatal]"."""
    words = p.name.split()
    if not words or not has_org_word(words[-1]) or has_org_word(" ".join(words[:-1])):
        return p
    before = ctx.doc.text[max(0, p.start - 120):p.start]
    cap = rf"[{UPPER}][^\W\d_]+"
    m = re.search(rf"(?<![\w,])((?:{cap}\s+)?{cap}(?:,\s+{cap})*)\s+(?:{conj})\s+$", before)
    if not m or "," not in m.group(1) and len(m.group(1).split()) < 2:
        return p
    pieces = re.split(r",\s+", m.group(1))
    if not all(_domain(x, ctx) for x in pieces) or any(_standalone(x, ctx) for x in pieces[1:]):
        return p
    start = p.start - (len(before) - m.start(1))
    p.name, p.start = ctx.doc.text[start:p.end], start
    return p


def _with_article(a: str, b: str, ctx: Context) -> bool:
    """One name is the other with a capitalised article before it ("La Rochelle Université",
    "Rochelle Université" where the text once wrote "la Rochelle Université"): one partner."""
    short, long_ = sorted((a, b), key=len)
    head = long_[:len(long_) - len(short)]
    return long_.endswith(" " + short) and head.strip().lower() in nlp.stop_words(ctx.lang) and head[:1].isupper()


def _prefix(a: str, b: str) -> bool:
    """One name starts the other at a word boundary ("Saxon State Ministry for Economic
    Affairs" and "… Affairs, Labour and Transport")."""
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 2 and long_.startswith(short) and not long_[len(short):][:1].isalnum()


def _across_labels(p: Partner, ctx: Context) -> bool:
    """A name read across a label of a block that runs labels together ("Főpályázó: A (AB)
    Partnerek: B"): two values glued, which the label reader reads apart."""
    if not re.search(r"\w\)?:\s", p.name):
        return False
    return any(p.start < s < p.end for i in ctx.indices if ctx.block(i).start <= p.start < ctx.block(i).end
               for _, s, _ in chain_labels(ctx, i))


def extract(ctx: Context) -> list[Partner]:
    found = from_labels(ctx) + from_cooperation_colon(ctx) + from_label_blocks(ctx) + from_lists(ctx) + from_country_headings(ctx)\
        + from_country_lines(ctx) + from_flat_tables(ctx) + from_entries(ctx)\
        + from_running_text(ctx) + from_label_runs(ctx) + from_country_items(ctx)
    if not found:  # the budget by partner names them when nothing else does
        found = from_amount_lines(ctx)
    found += typed_subjects(ctx)  # a weaker reading: it leaves the budget lines their turn
    # organisations weighed by the evidence of their sentence, where no phrase rule read them
    weighed = [p for p in evidence_partners(ctx) if not any(p.start < q.end and q.start < p.end or same_body(p.name, q.name)
                                                             for q in found)]
    if not any(p.role == LEAD for p in found):  # a lead cue beside one organisation names the lead, if no rule named one
        for p in [q for q in weighed if "lead" in q.flags][:1]:
            p.role = LEAD
    found += weighed
    return _finish(found, ctx)


MAX_UNFILLED = 2  # organisations a project's sentences name when no reader found its partners


def unfilled(ctx: Context) -> list[Partner]:
    """For a project that extract left with no partner, the organisations its own sentences
    name (partner_unfilled): a weaker reading, which only a project with an empty list takes.
    A page that names its own body and perhaps one other is read so; one that names many
    (the museums a visit saw, the bodies of a region) without any partner list is not, and a
    name made of a type word and adjectives alone ("Jazyková škola", "Kulturni centar") names
    a kind, not an organisation."""
    found = _finish(unfilled_partners(ctx), ctx)
    if len(found) > MAX_UNFILLED:
        return []
    return [p for p in found if _names_one(p.name)]


def _names_one(name: str) -> bool:
    """A capitalised word after the first that is no organisation-type word: a place, a person
    or a brand in the name."""
    return any(w[:1].isupper() and not has_org_word(w) for w in name.split()[1:])


def _finish(found: list[Partner], ctx: Context) -> list[Partner]:
    """The checks, name forms, merging and countries that every reader's partners go through."""
    found = [p for p in found if not _across_labels(p, ctx) and not in_shouted_line(p, ctx)]
    project = names.project_name(ctx)
    if project:
        # the project's own name read as a partner is the project, unless a lead label gave it
        found = [p for p in found if not project_itself(p.name, project[0]) and not (p.name == project[0] and p.role != LEAD)]
    found = [body_of_person(p, ctx) or p for p in found]
    found = [p for p in found if not person(p, ctx) and not named_person(p, ctx) and not post_and_person(p, ctx)
             and not reference_code(p.name)
             and not _project_phrase(p.name, ctx) and not _programme_named(p.name, ctx)
             and not title_only(p.name, ctx) and not clause_cut(p.name, ctx) and not presented_as_project(p, ctx)]
    found = cut_known_sides(_join_domains(clean(found, ctx), ctx), ctx)  # "A and B" where another partner is A or B
    # every name must be evidence: a span of the text, so that a reviewer can find it
    found = [p for p in found if 0 <= p.start < p.end <= len(ctx.doc.text)]
    # "Jejkowice" where the text says "Gmina Jejkowice"
    found = [typed_form(p, ctx, _nominative, lambda q: beside_country(q.name, q.acronym, ctx)
                        or gazetteer.village_in_name(q.name, ctx.lex, ctx.named_countries)) for p in found]
    for p in found:  # "Obec Makov SK": the code closing a name is its country
        name, code = country_code_tail(p.name, ctx.lang)
        if code:
            p.name, p.end, p.country = name, p.start + len(name), p.country or code
    # a case form put back: a Baltic type word closing the name, German adjectives, a Hungarian
    # suffix the text also writes without, a form the text gives on its own (partner_forms)
    found = [text_form(bare_form(adjective_nominative(last_type_nominative(p, ctx), ctx), ctx), ctx) for p in found]
    found = link_forms(sorted(found, key=lambda p: p.start), ctx)  # one partner named in two case forms
    # a name the joins above read on into its sentence ends before the verb, as clean ends the readers' names
    found = [q for p in found if (q := cut_clause(p, ctx)) is not None]
    # a name cut inside its quotes is a fragment, not the partner (partner_name_shapes)
    for p in found:
        if unpaired_quote(p.name) and (whole := close_quote(p.name, p.start, p.end, ctx.doc.text)):
            p.name, p.end = whole, p.start + len(whole)
    found = [p for p in found if not unpaired_quote(p.name)]
    for p in found:  # "X - € 95 430": the partner's share read on with its name
        if (cut := sum_tail(p.name)) is not None:
            p.name, p.end = p.name[:cut], (p.start + cut if ctx.doc.text[p.start:p.end] == p.name else p.end)
    found = [p for p in found if not dated(p.name)]  # "LIFE II (1996-1999)", "Summerschool 2022"
    merged: list[Partner] = []
    for p in sorted(found, key=lambda p: p.start):
        same = next((q for q in merged if q.name == p.name or _prefix(q.name, p.name) or _with_article(q.name, p.name, ctx)
                     or _same_place(q.name, p.name, ctx) or _typed_town(q.name, p.name)
                     or _typed_town(p.name, q.name)
                     or (p.acronym and q.acronym == p.acronym) or q.acronym == p.name or p.acronym == q.name), None)
        if same:
            if len(p.name) > len(same.name) and (_prefix(same.name, p.name) or p.name.endswith(" " + same.name)):
                same.name, same.end = p.name, max(same.end, p.end)
            elif p.acronym and same.name == p.acronym and not same.acronym:
                # "CTAQUA" in a sentence, "Fundación … (CTAQUA)" in the list: the list's full name
                same.name, same.acronym, same.start, same.end = p.name, p.acronym, p.start, p.end
            if p.role == LEAD and same.role != LEAD:
                same.role = LEAD
            same.country = same.country or p.country
            continue
        merged.append(p)
    for p in merged:
        p.evidence = ctx.evidence(p.start, p.end)
        # a country stated beside any mention of the name comes before one guessed from a place in it
        p.country = p.country or label_country(p, ctx) or beside_country(p.name, p.acronym, ctx) or before_span(p.start, ctx)\
            or gazetteer.village_in_name(p.name, ctx.lex, ctx.named_countries)\
            or gazetteer.region_with_inserted_word(p.name) or gazetteer.country_of_domain(p.url)\
            or address_country(p, ctx) or seat_after(p.end, ctx) or home_municipality(p.name, ctx)\
            or name_places.place_in_name(p.name, ctx.lex, ctx.named_countries, ctx.doc.text)
    # the lead partner comes first, then the others in the order the document lists them
    return sorted(merged, key=lambda p: (p.role != LEAD, p.start))
