"""Activity lists in running text that no activity cue heads.

"W ramach projektu przeprowadzone zostały A, B, C, a także D", "V rámci projektu byly
realizovány A, B a C", "Im Rahmen des Projekts wurden A, B und C durchgeführt", "Within
the project, A, B and C were organised": a frame that puts what follows inside the
project (`project_frame`), a verb of carrying out (`frame_verbs`) or only a comma, then an
enumeration of at least three noun phrases closed by a conjunction before its last item.
The frame is what ties the list to the project; the verb says it lists work done.
Enumerations of places or organisations, amounts and names of other fields are not work.
A verb of carrying out with no frame ("we organised A, B and C") is not read: counted over
1390 pages it took 4 right items and 14 false (the objects of other events' sentences).
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors import activities as acts, list_bounds
from pipeline.extractors.context import Context
from pipeline.lexicons import org_words
from pipeline.model import HEADING, LIST_ITEM
from pipeline.regex_cache import compiled
from pipeline.textnorm import fold

FRAME_GAP = 4  # words between the frame and its verb ("Gmina wspólnie z partnerem zorganizowała")
FRAME_ITEM = 15  # an item of such an enumeration names one piece of work, not a sentence


def framed(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """The items of an enumeration of work done within the project, or None."""
    conj_re = acts._conjunction(ctx)
    if not conj_re:
        return None
    for sent in ctx.sentences(i):
        frames = [c for c in ctx.cues(i, {"project_frame"}) if sent.start <= c.start < sent.end]
        for frame in frames:
            body_start = _after_verb(ctx, i, frame.end, sent.end)
            if body_start is None:
                continue
            items = _enumeration(ctx, conj_re, body_start, sent.end)
            if items and not opens_clause(ctx, items) and not _named_pieces(ctx, items):
                return "activity", items
    return None


def _named_pieces(ctx: Context, items: list[tuple[str, int, int]]) -> bool:
    """A piece opens with a capitalised word where the language writes nouns small ("…
    ze zwiedzaniem zielonych miejsc, Parku Głazów, miejskich dziedzińców"): the
    enumeration runs through the names of places seen, the objects of one piece of work,
    not a list of pieces. (An acronym, "ICT", may open a piece of work.)"""
    if ctx.lex.nouns_capitalised:
        return False
    return any(t[:1].isupper() and t[1:2].islower() for t, _, _ in items)


def opens_clause(ctx: Context, items: list[tuple[str, int, int]]) -> bool:
    """A piece after the first opens with a relative pronoun ("joka täydentää …", "ktoré
    pomáha …"): the commas split a sentence into its clauses, not a list into its items. A
    pronoun that is also an article or a conjunction ("die", "a") may open an item, and one
    of fewer than four letters counts only as written ("li", not "lista")."""
    other = {w.lower() for key in ("articles", "conjunctions") for w in ctx.lex.cues.get(key, [])}
    rel = [w for w in ctx.lex.cues.get("relative_pronouns", []) if w.lower() not in other]
    if not rel:
        return False
    forms = "|".join(re.escape(w) + (r"[^\W\d_]{0,3}" if len(w) >= 4 else "")
                     for w in sorted(rel, key=len, reverse=True))
    pronoun = compiled(r"(?:%s)(?!\w)" % forms, re.I)
    return any(pronoun.match(t) for t, _, _ in items[1:])


def _after_verb(ctx: Context, i: int, start: int, end: int) -> int | None:
    """Where the enumeration opens: after a verb of carrying out a few words on, or right
    after a comma that closes the frame ("Within the project, A, B and C were …")."""
    text = ctx.doc.text
    verbs = [c for c in ctx.cues(i, {"frame_verbs"})
             if start <= c.start < end and len(text[start:c.start].split()) <= FRAME_GAP]
    if verbs:
        # "aj", "also", "też": a particle after the verb is no item
        m = re.compile(r"\s*(?:(?:%s)\s+)*" % "|".join(
            re.escape(w) for w in ctx.lex.cues.get("also", []) or ["(?!x)x"]), re.I).match(text, verbs[0].end, end)
        return m.end() if m else verbs[0].end
    m = re.compile(r"\s*,\s*").match(text, start, end)
    return m.end() if m else None


def _enumeration(ctx: Context, conj_re: re.Pattern, body_start: int, end: int) -> list[tuple[str, int, int]] | None:
    """Three short pieces at least, closed by a conjunction before the last; none another
    field's value, a place alone or a piece of a sentence."""
    text = ctx.doc.text
    body = list_bounds.within_sentence(ctx, text[body_start:end]).rstrip()
    body = body.rstrip(".!?…")
    if ":" in body or not body.strip():
        return None
    spans = acts._top_level(body)
    if len(spans) < 2 or not conj_re.search(body[spans[-1][0]:spans[-1][1]]):
        return None
    items = acts._split_enumeration(ctx, body, body_start)
    items = [_without_leading_conjunction(ctx, *item) for item in items]
    if len(items) < 3:
        return None
    longest = max(len(t.split()) for t, _, _ in items[:-1])
    if longest > FRAME_ITEM:
        return None
    last, a, _ = items[-1]
    if len(last.split()) > longest + 2:  # "… und eine Konferenz durchgeführt, die …": the sentence goes on
        words = last.split()[:longest]
        last = last[:last.find(words[-1], sum(len(w) for w in words[:-1])) + len(words[-1])]
    items[-1] = acts._without_final_verb(ctx, last, a, a + len(last))
    if any(_not_work(ctx, t, s, e) for t, s, e in items) or _shared_preposition(ctx, items) or _tail_of_first(items):
        return None
    return items


def _without_leading_conjunction(ctx: Context, text: str, start: int, end: int) -> tuple[str, int, int]:
    """"a także wydawnictwa książkowe" -> "wydawnictwa książkowe": a conjunction of several
    words splits the last piece at its first word; the rest of it is no part of the item."""
    also = ctx.lex.cues.get("also", [])
    for w in sorted(also, key=len, reverse=True):
        if text.lower().startswith(w.lower() + " "):
            cut = len(w) + 1
            rest = text[cut:].lstrip()
            return rest, end - len(rest), end
    return text, start, end


# keys whose cue in a piece makes it another field's value; nouns of partners and countries
# may stand inside a piece of work ("rajd … dla dzieci z obu gmin partnerskich")
OTHER = {"partners", "lead_partner", "coordinator", "budget_total", "budget_eu", "budget", "budget_other",
         "budget_sources", "address_label", "org_name_label", "funder", "programme", "frame_verbs", "copula"}


def _not_work(ctx: Context, text: str, start: int, end: int) -> bool:
    """A piece that is another field's (a partner, an amount, a programme), a sentence's
    verb ("odbędą się", "wurden"), an organisation ("Gmina Dąbrowa"), a name alone
    ("Krakowie") or no words."""
    span = nlp.Span(start, end, text)
    if ctx.doc_cues(span, OTHER):
        return True
    if acts._not_work(ctx, text) or re.search(r"\d", text) or text.count("(") != text.count(")"):
        return True
    words = text.split()
    if not words:
        return True
    if any(c.start == start for c in ctx.doc_cues(span, {"org_types", "org_types_final"})):
        return True
    if len(words) == 1 and words[0][:1].isupper() and not ctx.lex.nouns_capitalised:
        return True  # a single capitalised word in a language that writes nouns small: a place or a name
    return False


def _tail_of_first(items: list[tuple[str, int, int]]) -> bool:
    """"komunikace mezi zástupci měst z oblasti školství, sportu, kultury a …": a long first
    piece followed by pieces of a word or two continues the first one's last noun; the
    enumeration is a phrase inside one item, not a list of work."""
    middle = [len(t.split()) for t, _, _ in items[1:-1]]
    return max(middle) <= 2 and len(items[0][0].split()) > 2 * max(middle) + 2


def lead_in(ctx: Context, i: int) -> bool:
    """"W ramach projektu odbyły się:", "V rámci projektu byly realizovány tyto aktivity:",
    "Im Rahmen des Projekts wurden durchgeführt:": a short block ending with a colon that
    holds the frame and a verb of carrying out announces the list of work done in it."""
    text = ctx.text(i).rstrip()
    if not text.endswith(":") or len(text.split()) > 2 * FRAME_GAP + 4:
        return False
    frames = ctx.cues(i, {"project_frame"})
    verbs = ctx.cues(i, {"frame_verbs"})
    return bool(frames and verbs and not ctx.cues(i, (OTHER - {"frame_verbs", "copula"}) | {"eligible"}))


def _shared_preposition(ctx: Context, items: list[tuple[str, int, int]]) -> bool:
    """"uspořádáním výstavy v Jeseníku a v Głuchołazech": a piece that opens with a
    function word the piece before it holds too (no article or word for one) is the second
    half of a phrase the conjunction split, so the split items are not the list's."""
    determiners = set(ctx.lex.cues.get("articles", [])) | set(ctx.lex.number_words)
    stop = nlp.stop_words(ctx.lang)
    for (prev, _, _), (text, _, _) in zip(items, items[1:]):
        first = text.split()[0].lower()
        if first in stop and first not in determiners and first in prev.lower().split():
            return True
    return False


# ---------------------------------------------------------------- a list the project heads

PROJECT_KEYS = {"project_before", "project_after"}
PROJECT_LEAD_WORDS = 8  # a lead-in is a short line: "A projekt fő célkitűzései:", "Rezultati projekta:"
PROJECT_LIST_MIN = 2  # one bullet is a paragraph set as a bullet, not a list
# a lead-in that names another field's or a period's word introduces that field's list or value
# (with activities.OTHER_FIELDS, read at call time: the two modules import each other)
NOT_WORK_LEAD = {"duration", "start", "end", "programme", "funder", "call", "events", "published", "eligible",
                 "project_named"}
# a budget word in the lead-in is no other field's list when no item states an amount: "Hva fikk
# prosjektet støtte til?" lists what the money paid for
BUDGET_KEYS = {"budget_total", "budget_eu", "budget", "budget_other", "budget_sources"}


def project_lead_in(ctx: Context, i: int) -> bool:
    """"Rezultati projekta:", "A projekt fő célkitűzései:", "Hva fikk prosjektet støtte til?":
    a short line that ends with a colon or a question mark and names the project (a
    project word, in any of the forms the language lists), over a run of two bullets or
    more, announces the project's own list: what it does, yields or aims at. Read from the
    page's layout, not from a word for "activities" (which such lead-ins often lack). Not
    when the line names another field (partners, budget, period, programme, events …), and
    not when an item is an organisation, an amount or a label with its figure (a partner,
    budget or indicator list under a project word)."""
    text = ctx.text(i).strip()
    # a heading needs no colon: the layout sets it over its list ("Project results" / "1. …")
    closed = text.endswith((":", "?")) or ctx.block(i).kind == HEADING
    if not closed or len(text.split()) > PROJECT_LEAD_WORDS or ctx.block(i).kind == LIST_ITEM:
        return False
    if not ctx.cues(i, PROJECT_KEYS) or ctx.cues(i, NOT_WORK_LEAD | (acts.OTHER_FIELDS - BUDGET_KEYS) | set(acts.KINDS)):
        return False
    if any(re.match(r"\s*:", ctx.doc.text[c.end:ctx.block(i).end]) for c in ctx.cues(i, {"project_label"})):
        return False  # "Projekt:", "Název projektu:": a label whose value names a project
    pos = ctx.indices.index(i)
    run = acts.item_run(ctx, ctx.indices[pos + 1:])
    if len(run) < PROJECT_LIST_MIN:
        return False
    if not text.endswith((":", "?")) and any(len(ctx.text(j).split()) < 2 for j in run):
        return False  # one-word lines under a bare heading: a menu ("Subscribe", "Log in")
    return _work_run(ctx, run)


def _work_run(ctx: Context, run: list[int]) -> bool:
    """No item of the run is an organisation, an amount or a label with its figure: the run
    can be work, not a partner, budget or indicator list."""
    return not any(acts._not_work(ctx, ctx.text(j)) or _organisation(ctx, ctx.text(j)) or _valued(ctx.text(j)) for j in run)


def _country_in_brackets(ctx: Context, text: str) -> bool:
    """"GAL Lolland (Danemark)": the line ends with a country named in brackets."""
    m = re.search(r"\(([^()]{2,40})\)\W*$", text.strip())
    return bool(m) and bool(gazetteer.countries_in(m.group(1), ctx.lex))


# "Ciele ÚKS:", "Obiectivele reuniunii:", "Résultats attendus:": a bare line naming objectives or
# results heads what is sought or delivered, which pages list as often without the work itself
AIMS = {"objectives", "results"}
COLON_LEAD_WORDS = 8  # a label line over its list: "Těžisky jsou:", "Plánované mobility:", "Obsah:"


def colon_line_lead_in(ctx: Context, i: int) -> bool:
    """"Těžisky jsou:", "Obsah:", "Erasmus + en campagne c’est :", "У межах ініціативи
    планується:": a short line that ends with a colon over a run of two bullets or more, in
    a section about one project, announces that project's list even when it names neither
    the kind nor the project. The same guards as `project_lead_in`: not a line naming another
    field, a period, a programme or projects, and not a run holding an organisation, an
    amount, an address or a label with its figure."""
    text = ctx.text(i).strip()
    if not text.endswith(":") or len(text.split()) > COLON_LEAD_WORDS or ctx.block(i).kind == LIST_ITEM:
        return False
    if re.search(r"\d", text):
        return False  # "Day 1:", "V runda (… 2024 r.):": a dated part of a programme, not the project's list
    if ctx.cues(i, NOT_WORK_LEAD | acts.OTHER_FIELDS | set(acts.KINDS) | AIMS | {"project_label", "projects_counted"}):
        return False
    pos = ctx.indices.index(i)
    run = acts.item_run(ctx, ctx.indices[pos + 1:])
    if len(run) < PROJECT_LIST_MIN or any(len(ctx.text(j).split()) < 2 for j in run):
        return False
    # an item closed by a country in brackets ("GAL Zlata Cesta (Slovaquie)") names an organisation
    if any(_country_in_brackets(ctx, ctx.text(j)) for j in run):
        return False
    return _work_run(ctx, run)


def _valued(text: str) -> bool:
    """"izvedba novega vodovodnega priključka: 1": a label with its figure, a line of a fact
    box or of indicators, not a piece of work."""
    return re.search(r":\s*\d", text) is not None


def _organisation(ctx: Context, text: str) -> bool:
    """The item opens with an organisation word or holds one near its start ("Univerzita X",
    "Gmina Y (PL)"): a partner list's line. Not a line that opens in lower case where the
    language writes nouns small: a name opens with a capital, a piece of work need not
    ("založenie spoločnej organizácie …", "creation of a joint association")."""
    if not ctx.lex.nouns_capitalised and text.lstrip()[:1].islower():
        return False
    words = org_words()
    return any(fold(w) in words for w in re.findall(r"\w+", text)[:4])


# cues in the clause before a colon that make the list after it another field's
COLON_OTHER = OTHER - {"frame_verbs", "copula"} | {"partner_nouns", "country_nouns", "member_nouns",
                                                    "company_nouns", "participation"}
COLON_LEAD = 3  # words at least before the colon: a shorter text is a label ("Partneri: …")
LEAD_WORDS = 5  # the words before the colon that name what the list is


def colon_led(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"… sudionici su razvijali vlastite ideje do završnog proizvoda: proizvodnja sapuna,
    oslikavanje keramike, učenje u oblaku", "… a neki od najvažnijih rezultata su: izgrađen
    centar …, izrađena dokumentacija …, razvijen portal …": a clause of the project's text that
    ends with a colon, then the rest of the sentence an enumeration of three short pieces or
    more, each opening in lower case. The colon ties the list to the clause as a cue would;
    lower-case openings tell work and things from the names of partners, places and
    countries, which the language writes with capitals (so not where nouns take capitals)."""
    if ctx.lex.nouns_capitalised:
        return None
    for sent in ctx.sentences(i):
        colon = sent.text.find(":")
        if colon < 0 or ":" in sent.text[colon + 1:] or re.match(r"\s*\d", sent.text[colon + 1:]):
            continue  # a second colon: labels; a digit after it: a time or a figure
        if sent.text[:colon].count("(") > sent.text[:colon].count(")"):
            continue  # "(pl.: tematikus napok)", "(e.g.: …)": a colon inside brackets glosses, it leads no list
        # the clause's last words say what the list is ("… do završnog proizvoda:", "projektni
        # partneri su:"); a subject further back ("sudionici su učili …:") does not
        clause = re.split(r"[,;(]", sent.text[:colon])[-1]
        clause = clause[clause.find(" ".join(clause.split()[-LEAD_WORDS:])):] if clause.split() else ""
        if len(sent.text[:colon].split()) < COLON_LEAD or not clause.strip():
            continue
        lead = nlp.Span(sent.start + colon - len(clause), sent.start + colon, clause)
        before = nlp.Span(sent.start, sent.start + colon, sent.text[:colon])
        if ctx.doc_cues(lead, COLON_OTHER) or ctx.doc_cues(before, {"programme"}):
            continue  # "El programa Erasmus+ apoya a todos los sectores: …": the programme's list
        body_start = sent.start + colon + 1
        body = list_bounds.within_sentence(ctx, ctx.doc.text[body_start:sent.end]).rstrip().rstrip(".!?")
        items = acts._split_enumeration(ctx, body, body_start)
        items = [_without_leading_conjunction(ctx, *item) for item in items]
        last = items[-1] if items else None
        if last and (len(last[0].split()) > FRAME_ITEM or ctx.doc_cues(nlp.Span(last[1], last[2], last[0]), {"copula"})):
            items = items[:-1]  # "…, a deo projekta bio je posvećen …": the sentence goes on
        if len(items) < 3 or max(len(t.split()) for t, _, _ in items) > FRAME_ITEM:
            continue
        if any(not t[:1].islower() for t, _, _ in items) or any(_colon_not_work(ctx, *item) for item in items):
            continue
        lengths = [len(t.split()) for t, _, _ in items]
        if min(lengths) == 1:
            # "pensar, viure, treballar i …": words coordinated inside one phrase; "sociaal,
            # onderwijs, milieu": fields of a sector, not pieces of work
            continue
        if any(_phrase_piece(ctx, t) for t, _, _ in items):
            continue
        return "activity", items
    return None


def _colon_not_work(ctx: Context, text: str, start: int, end: int) -> bool:
    """A piece of a colon's list that is another field's value, an amount or an address, or
    opens with an organisation word ("općina Sveti Juraj", "grad Čakovec")."""
    span = nlp.Span(start, end, text)
    return bool(ctx.doc_cues(span, COLON_OTHER | {"copula"}) or acts._not_work(ctx, text)
                or any(c.start == start for c in ctx.doc_cues(span, {"org_types", "org_types_final"})))


def _phrase_piece(ctx: Context, text: str) -> bool:
    """A piece that opens with an article or a preposition ("the church", "de leur
    environnement en France") names a thing seen or continues a phrase; one with a bracket
    glosses a name ("sredozemni galeb (Larus audouinii)"): neither is a piece of work."""
    first = text.split()[0].lower().rstrip("'’")
    words = {w.lower().rstrip("'’") for key in ("articles", "place_prepositions", "country_prepositions")
             for w in ctx.lex.cues.get(key, [])}
    return first in words or "(" in text
