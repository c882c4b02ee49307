"""Partners in running text: the loop over sentences that applies each rule."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import partner_lists
from pipeline.extractors.context import Context
from pipeline.model import HEADING, LIST_ITEM, TABLE_ROW
from pipeline.extractors.partner_record import FOUNDING, LEAD, LEAD_KEYS, PARTNER, Partner
from pipeline.extractors.partner_names import funding_body, has_org_word, organisation, people, typed_after
from pipeline.extractors.partner_items import enumerated, list_end, parse_item, sentence_end
from pipeline.extractors.partner_countries import bare_place
from pipeline.extractors.partner_blocks import PARTY_KEYS, country_list_below, next_paragraph_list, numbered_label
from pipeline.extractors.partner_subjects import (
    PROJECT_KEYS, agent_with_partners, before_verb, grant_receivers, predicate_subjects, project_actors, strip_tail, subject_before,
    together_with,
)
from pipeline.extractors.partner_verbs import cooperating_places, cooperation_of, joint_subjects, lead_by_verb
from pipeline.extractors.lead_role_marker import name_before_dash, role_marker_after_name
from pipeline.extractors.partner_prose import DASH_AFTER, after_cue, case_marked_list, counted_items, counted_list, long_name_opens, prose_lists
from pipeline.extractors.partner_own import own_partners, partner_one
from pipeline.extractors.partner_origin import by_country
from pipeline.extractors.partner_possessive import owners
from pipeline.textnorm import LOWER, UPPER


def from_running_text(ctx: Context) -> list[Partner]:
    out = []
    for i in ctx.indices:
        if ctx.block(i).kind == HEADING:  # a title names the cooperating places: "Spolupráce obcí A a B"
            out.extend(p for sent in ctx.sentences(i) for p in cooperating_places(ctx, i, sent))
        if ctx.block(i).kind == HEADING and ctx.text(i).rstrip().endswith(":") and not ctx.label(i, PARTY_KEYS):
            out.extend(country_list_below(ctx, i))  # "Six schools take part:" / "- X, Sandnes, Norway"
            sent = ctx.sentences(i)[-1] if ctx.sentences(i) else None
            if sent and _colon_after(ctx, i, sent, {"partners", "partner_nouns", "participation"}) is not None:
                out.extend(next_paragraph_list(ctx, i))  # "Zástupci všech partnerských škol:" / "A, B, C"
            elif sent:
                out.extend(partner_lists.cooperation_list(ctx, i, sent))
            continue
        if ctx.block(i).kind == LIST_ITEM and not ctx.label(i, LEAD_KEYS)\
                and (ctx.block(i).number is None or len(ctx.text(i).split()) < 25):
            # a bullet written as a sentence may still hold the partners in brackets after their
            # noun ("• Une mobilisation des partenaires … (A, B, C)"): that reader alone, being
            # bound to the noun and the bracket, runs on list items
            out.extend(p for sent in ctx.sentences(i) for p in partner_lists.bracket_list(ctx, i, sent))
        if ctx.label(i, LEAD_KEYS) or ctx.block(i).kind in (HEADING, TABLE_ROW)\
                or ctx.block(i).kind == LIST_ITEM and (ctx.block(i).number is None or len(ctx.text(i).split()) < 25):
            continue  # a numbered clause of a contract or report is a paragraph: "2. Predkladateľom … je X"
        if numbered_label(ctx, i):
            continue  # "Project Partner (PP1): A and B Institute": one partner, read by from_labels
        out.extend(country_list_below(ctx, i))
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, LEAD_KEYS | {"founding", "member_list"})
                    if sent.start <= c.start < sent.end]
            founding = any(c.key == "founding" for c in cues)
            listing = [c for c in cues if c.key == "member_list"]
            if founding and listing:
                out.extend(_enumeration(ctx, i, sent, listing[0].end))
                continue
            # "… za účasti partnerov projektu: A (Turecko), B (Dánsko) a C (Slovensko)."
            # "… konzorciumi együttműködésben valósította meg: A, B, C", "… sojuszu 4EU+, w którym znajdują się: A, B"
            colon = _colon_after(ctx, i, sent, {"partners", "partner_nouns", "participation", "consortium", "alliance"})
            if colon is not None and ctx.doc.text[colon:ctx.block(i).end].strip():
                found = enumerated(ctx, colon, list_end(ctx, colon, sentence_end(ctx, i, sent)), PARTNER,
                                   running=True)
                if not ctx.cues(i, {"places_plural", "municipality_nouns"}):
                    found = [p for p in found if not bare_place(p.name, ctx)]  # "cinq autres établissements : Munich en Allemagne, …"
                out.extend(found if not people(found, ctx) else [])
            elif colon is not None:  # "… z každé partnerské školy:" and the list in the next paragraph
                out.extend(next_paragraph_list(ctx, i))
            else:  # "… prostredníctvom nasledovného partnerstva:" / "• A s.r.o." / "• B kraj"
                out.extend(partner_lists.cooperation_list(ctx, i, sent))
            out.extend(prose_lists(ctx, i, sent))
            out.extend(counted_list(ctx, i, sent))
            out.extend(by_country(ctx, i, sent))
            out.extend(counted_items(ctx, i, sent))
            out.extend(case_marked_list(ctx, i, sent))
            out.extend(predicate_subjects(ctx, i, sent))
            out.extend(together_with(ctx, i, sent))
            out.extend(agent_with_partners(ctx, i, sent))
            out.extend(own_partners(ctx, i, sent))
            out.extend(partner_one(ctx, i, sent))
            out.extend(grant_receivers(ctx, i, sent))
            out.extend(owners(ctx, i, sent))
            out.extend(project_actors(ctx, i, sent))
            out.extend(lead_by_verb(ctx, i, sent))
            out.extend(cooperating_places(ctx, i, sent))
            out.extend(cooperation_of(ctx, i, sent))
            out.extend(joint_subjects(ctx, i, sent))
            out.extend(partner_lists.consisting_lists(ctx, i, sent))
            out.extend(partner_lists.bracket_list(ctx, i, sent))
            leads = [c for c in cues if c.key in LEAD_KEYS]
            for n, cue in enumerate(leads):
                marker = role_marker_after_name(ctx.doc.text[sent.start:cue.start], ctx.doc.text[cue.end:sent.end],
                                                ctx.lex.cues["conjunctions"])
                if not marker and (ctx.doc.text[cue.end:sent.end].lstrip().startswith(":") or DASH_AFTER.match(ctx.doc.text[cue.end:sent.end])\
                        or cue.text.split()[-1].lower() in nlp.stop_words(ctx.lang)\
                        or long_name_opens(ctx.doc.text[cue.end:sent.end], ctx)\
                        or typed_after(ctx.doc.text[cue.end:sent.end], ctx) is not None):
                    # "coordinated by X", "vezető partnere Kisölved Község Önkormányzata": the lead follows
                    p = after_cue(ctx, cue, sent)
                    out.extend([p] if p else [])
                    continue
                # "Općina Medulin nositelj je i prijavitelj": the second cue's subject is not "nositelj"
                from_ = leads[n - 1].end if n else sent.start
                subject, start = subject_before(ctx, from_, cue.start)
                subject = before_verb(subject, ctx)
                if not subject and marker:  # "… от Община Сунгурларе - водещ партньор и …": the name before the dash
                    subject, start = name_before_dash(ctx.doc.text, from_, cue.start, ctx)
                if not subject and marker:
                    continue  # the cue qualifies a name before it that was not read: none after it is the lead
                if not subject or any(c.start == start or c.end == start + len(subject)
                                      for c in ctx.cues(i, PROJECT_KEYS)):
                    # "Az Erasmus+ program koordinátora a X volt": the project or programme is not its own lead
                    p = after_cue(ctx, cue, sent)
                    out.extend([p] if p else [])
                    continue
                p = _with_acronym(parse_item(subject, start, ctx, LEAD), ctx.doc.text[start + len(subject):cue.start])
                if p and not people([p, Partner(subject, LEAD, start, start)], ctx) and not funding_body(p.name, ctx)\
                        and (cue.key != "lead_under" or organisation(p, ctx))\
                        and not _noun_before_article(ctx.doc.text[start + len(subject):cue.start], ctx)\
                        and not _person_apposition(ctx.doc.text[sent.start:start], subject):  # "… de: prof. X (coordonator)"
                    out.append(p)
    return out


def _with_acronym(p: Partner | None, gap: str) -> Partner | None:
    """The lead read before its cue, with the acronym in capitals that brackets right after
    its name give ("L’Agence de travaux publics … (AOPJA), chef de file"): the subject was
    read without its brackets."""
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,11})\)", gap)
    if p and not p.acronym and m and sum(c.isupper() for c in m.group(1)) >= 2 and m.group(1) != m.group(1).title():
        p.acronym = m.group(1)
    return p


def _noun_before_article(gap: str, ctx: Context) -> bool:
    """Only an article between a word and a lead cue ("Unterstützung der Projektträger",
    "Vertreter des Leadpartners"): the cue is that word's complement, not its role; a copula,
    "as", a comma or a conjunction would make it one ("X ist der Leadpartner", "X als …")."""
    words = gap.split()
    links = {c for c in ctx.lex.cues["copula"] + ctx.lex.cues["role_as"] + ctx.lex.cues["conjunctions"] if " " not in c}
    return bool(words) and "," not in gap and all(w.lower() in nlp.stop_words(ctx.lang) and w.lower() not in links
                                                 for w in words)


def _person_apposition(before: str, subject: str) -> bool:
    """A subject that is a person's post in apposition to the person named before its comma
    ("Professor Roberto Zanino, Vizerektor … des Politecnico di Torino und Koordinator"): two
    to four title-case words with no organisation word before, a post that is no
    organisation word after; the person coordinates, not an organisation named."""
    m = re.search(rf"((?:[{UPPER}][{LOWER}]+\.?\s+){{1,3}}[{UPPER}][{LOWER}]+),\s*$", before)
    first = subject.split()[0] if subject.split() else ""
    return bool(m) and not has_org_word(m.group(1)) and first[:1].isupper() and not has_org_word(first)\
        and len(subject.split()) >= 3


def _counted(before: str, ctx: Context) -> bool:
    """A number among the three words before a noun: the noun is counted ("four new alliances")."""
    return any(re.fullmatch(r"\d+", w) or w.lower() in ctx.lex.number_words for w in before.split()[-3:])


def _colon_after(ctx: Context, i: int, sent, keys: set[str]) -> int | None:
    """The offset after a colon that closely follows a partner cue in the sentence."""
    for cue in ctx.cues(i, keys):
        if cue.key in ("consortium", "alliance") and cue.text.lower() in ctx.lex.cues.get("consortium_plural", []):
            continue  # "w gronie zwycięskich konsorcjów znalazły się: A, B": members of several projects
        if cue.key in ("consortium", "alliance") and _counted(ctx.doc.text[sent.start:cue.start], ctx):
            continue  # "cuatro nuevas alianzas ganadoras: A; B; …": the alliances themselves, not members
        if sent.start <= cue.start < sent.end:
            rest = ctx.doc.text[cue.end:sent.end]
            k = rest.find(":")
            if 0 <= k and (len(rest[:k].split()) <= 6 or _copula_colon(rest[:k], ctx)):
                return cue.end + k + 1
    return None


def _copula_colon(between: str, ctx: Context) -> bool:
    """The partner noun is the subject and a copula closes its clause before the colon
    ("I partner italiani e polacchi che arriveranno a Genova sono: A, B", "The partners who
    met in Riga are: A, B"): the list is theirs, however long the subject's description."""
    words = between.split()
    copulas = {c.lower() for c in ctx.lex.cues["copula"] if " " not in c}
    return bool(words) and len(words) <= 20 and words[-1].lower() in copulas and not re.search(r"[;!?]", between)


def _enumeration(ctx: Context, i: int, sent, start: int) -> list[Partner]:
    """Members listed after a founding cue in sentence `sent` of block i; pieces that start
    in lower case are appositions to the member before ("jako inicjator projektu") and
    are skipped."""
    text = ctx.doc.text[start:sent.end].rstrip(".")
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"])
    out = []
    pos = 0
    for piece in re.split(rf",\s+|\s+(?:{conj})\s+", text) if conj else text.split(", "):
        offset = text.find(piece, pos)
        pos = offset + len(piece)
        offset += len(piece) - len(piece.lstrip(" ,"))
        piece = piece.strip(" ,")
        if not piece[:1].isupper() and not piece[:1] in "„\"«":
            continue
        role = FOUNDING
        lead = [c for c in ctx.cues(i, LEAD_KEYS) if start + offset <= c.start < start + pos]
        if lead:
            piece = ctx.doc.text[start + offset:lead[0].start]
            role = LEAD
        name = strip_tail(piece.strip(), ctx) if role == LEAD else piece
        p = parse_item(name, start + offset, ctx, role)
        if p:
            out.append(p)
    return out
