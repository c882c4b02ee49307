"""Activity, theme, sector and work-package lists.

A list belongs to a cue when the block before it names the kind ("Stěžejní aktivity",
"v 5 klíčových oblastech průmyslu:"). A list repeated later with sub-items (a deck that
shows each activity again on its own slide) adds children; it does not repeat the item.
Inline lists after a colon are split at commas; where the text states how many items
there are ("sechs Querschnitts-Themen"), short pieces are joined to their neighbours
until the count fits, because commas also occur inside items. Also read: an enumeration
in brackets right after a cue ("Hlavní aktivity projektu (výstava, konference a …)"),
short lines that are no sentences under a lead-in ending with a colon (a list whose
markers the capture lost), and an enumeration that ends at its cue, as Hungarian puts it
("…, ahol tanácsadás, képzés és oktatás fő tevékenységek valósulnak meg"). An inline list
does not run across a second colon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import nlp
from pipeline.extractors import activity_lists, list_bounds
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import name_cues
from pipeline.model import HEADING, LIST_ITEM, Evidence
from pipeline.normalise.money import find_money
from pipeline.section_names import programme_unit, programme_units
from pipeline.suspended import NOT_AFTER_OPEN_PART, suspended_before
from pipeline.textnorm import fold
from pipeline.regex_cache import compiled

# a lead-in that names one of these after its activity cue announces that field's list
# ("Aktivity zabezpečujú partneri:", "activities and their funding sources:")
OTHER_FIELDS = {"partners", "lead_partner", "coordinator", "partner_nouns", "country_nouns", "member_nouns",
                "company_nouns", "budget_total", "budget_eu", "budget", "budget_other", "budget_sources",
                "address_label", "org_name_label"}  # not the programme: "activities co-financed by the programme:"
KINDS = {"activities": "activity", "themes": "theme", "sectors": "sector", "work_packages": "work_package"}
LEAD_GAP = 3  # words between an inline list's cue and its colon
ITEM_WORDS = 60  # a paragraph read as a list item whose marker was lost is not longer
PAIR_WORDS = 6  # each of two items joined by a conjunction alone is a short name
# a piece of an enumeration: up to a comma or semicolon, but not the decimal comma of a
# number ("šetnice u dužini od 1,5 km, javna rasvjeta")
_PIECE = re.compile(r"(?:[^,;]|(?<=\d),(?=\d))+")


@dataclass
class Item:
    position: str
    text: str
    kind: str
    evidence: Evidence
    children: list["Item"] = field(default_factory=list)


# an enumerator opening an item of a list run into a sentence: "(i) …; (ii) …", "(a) …", "(1) …"
_ENUMERATOR = re.compile(r"^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\w)")
# an enumerator inside a run: "… ovat: 1) A, 2) B, 3) C" (at the start or after a comma,
# semicolon or conjunction's space)
_RUN_ENUMERATOR = re.compile(r"(?:^|(?<=[\s,;:]))\(?(\d{1,2}|[a-h])\)\s+(?=\w)")


def _clean(text: str) -> str:
    text = _ENUMERATOR.sub("", text.strip())
    return text.strip().rstrip(";,.·").strip()  # "·": the Greek semicolon (ano teleia) closing a list item


def _kind_of(ctx: Context, i: int) -> str | None:
    """The list kind a heading or lead-in block announces, if any."""
    block = ctx.block(i)
    text = ctx.text(i)
    cues = ctx.cues(i, set(KINDS))
    if not cues:
        if activity_lists.lead_in(ctx, i):
            return "activity"  # "W ramach projektu odbyły się:"
        if activity_lists.project_lead_in(ctx, i):
            return "activity"  # "Rezultati projekta:" over bullets
        if activity_lists.colon_line_lead_in(ctx, i):
            return "activity"  # "Těžisky jsou:" over bullets
        return _optional_plural_kind(ctx, text, block.kind == HEADING)
    if block.kind == HEADING and len(text.split()) <= 6:
        return KINDS[cues[0].key]
    if text.rstrip().endswith(":") and (cues[-1].end >= block.end - 60 or _following_lead_in(ctx, i, cues[0])):
        return KINDS[cues[-1].key]
    return _pointer_kind(ctx, i)


POINTER_WORDS = 6  # "Elles ont pour but :", "They include:", "Patří k nim například:"
SUBJECT_AT = 2  # words before the cue that opens the paragraph's first sentence ("Plusieurs actions")


def _pointer_kind(ctx: Context, i: int) -> str | None:
    """"Plusieurs actions à mener sont communes aux partenaires. Elles ont pour but :" over
    bullets: a paragraph whose first sentence opens with the kind's cue as its subject and
    whose last sentence is a short pointer ending with a colon leads the list under it into
    that kind. Not where the pointer names another field or no list follows."""
    sents = ctx.sentences(i)
    if len(sents) < 2 or ctx.block(i).kind == LIST_ITEM:
        return None
    last = sents[-1]
    if not last.text.rstrip().endswith(":") or len(last.text.split()) > POINTER_WORDS:
        return None
    pos = ctx.indices.index(i)
    if pos + 1 >= len(ctx.indices) or ctx.block(ctx.indices[pos + 1]).kind != LIST_ITEM:
        return None
    first = sents[0]
    cues = [c for c in ctx.cues(i, set(KINDS)) if first.start <= c.start < first.end]
    if not cues or len(ctx.doc.text[first.start:cues[0].start].split()) > SUBJECT_AT:
        return None
    if any(last.start <= c.start for c in ctx.cues(i, OTHER_FIELDS)):
        return None
    return KINDS[cues[0].key]


FOLLOWING_HEAD = 6  # words between "following" and the colon: the noun it announces, a modifier or two


def _following_lead_in(ctx: Context, i: int, cue) -> bool:
    """"Działania kluczowe w projekcie obejmują następujące, wspólnie realizowane przez
    partnerów przedsięwzięcia:", "Die Aktivitäten des Projekts umfassen im Einzelnen folgende
    Schritte:": a lead-in that names the activities, says they include or are something
    and announces the list with a word of "following", however far from its colon. Without
    the verb the list may be another thing ("Die Aktivitäten richten sich an folgende …")."""
    head = _following_head(ctx, i, cue)
    if head is None or len(re.findall(r"\w+", head.text)) > FOLLOWING_HEAD:
        return False
    between = nlp.Span(cue.end, head.start, ctx.doc.text[cue.end:head.start])
    return bool(ctx.doc_cues(between, {"include_verbs", "copula"}))


def _following_head(ctx: Context, i: int, cue) -> nlp.Span | None:
    """The words between the last "following" after the cue and the lead-in's colon: the
    noun it announces ("následující aktivity:", "the following partners:")."""
    text = ctx.text(i).rstrip()
    if not text.endswith(":"):
        return None
    end = ctx.block(i).start + len(text) - 1
    following = [c for c in ctx.cues(i, {"following"}) if c.start >= cue.end]
    if not following:
        return None
    return nlp.Span(following[-1].end, end, ctx.doc.text[following[-1].end:end])


def _optional_plural_kind(ctx: Context, text: str, heading: bool) -> str | None:
    """"Thème(s) :", "Activity(ies):", "Sector(es)": a short label that writes its plural
    ending in brackets names the kind its plural cue names."""
    label = text.strip()
    if len(label.split()) > 6 or not re.search(r"\w\(\w{1,3}\)", label):
        return None
    plural = re.sub(r"(\w)\((\w{1,3})\)", r"\1\2", label)
    plural = re.sub(r"y(ies)\b", r"\1", plural)  # "Activity(ies)" -> "Activities"
    found = nlp.cues(plural.rstrip(": "), ctx.lang, set(KINDS))
    if not found or not (label.endswith(":") or heading):
        return None
    return KINDS[found[-1].key]


def _stated_count(text: str, ctx: Context) -> int | None:
    for tok in nlp.tokens(text, ctx.lang)[-6:]:
        if re.fullmatch(r"\d{1,2}", tok.text):
            return int(tok.text)
        if tok.text.lower() in ctx.lex.number_words:
            return ctx.lex.number_words[tok.text.lower()]
    return None


def _inline(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"…, die sechs Querschnitts-Themen umfasst: A, B, C." -> (kind, items)."""
    for sent in ctx.sentences(i):
        colon = sent.text.find(":")
        if colon < 0:
            colon = _dash_after_cue(ctx, i, sent)
        if colon < 0:
            continue
        cues = [c for c in ctx.cues(i, set(KINDS)) if sent.start <= c.start < sent.start + colon]
        # the cue leads into the colon ("sechs Querschnitts-Themen umfasst:"); a colon
        # further on introduces something else ("activities related to the objective: …")
        if not cues or not _leads_into(ctx, i, cues[-1].end, sent.start + colon):
            continue
        if _governed(ctx, sent, cues[-1]) and ctx.doc_cues(
                nlp.Span(cues[-1].end, sent.start + colon, ctx.doc.text[cues[-1].end:sent.start + colon]), {"copula"}):
            continue  # "Les groupes visés par les actions sont :": the copula's subject comes before the cue
        # "deux objectifs thématiques du programme : …": the programme's list, not the project's
        if any(cues[-1].end <= c.start < sent.start + colon for c in ctx.cues(i, {"programme"})) or \
                _programme_subject(ctx, sent, cues[0]):
            continue
        body_start = sent.start + colon + 1
        body = list_bounds.within_sentence(ctx, ctx.doc.text[body_start:sent.end]).rstrip(".")
        if ":" in body:
            continue  # "tervezett tevékenységek: Az ŐNPI … koncentrál: …": a sentence leads to another list
        pieces = [list(p) for p in _split_enumeration(ctx, body, body_start)]
        if any(_holds_verb(ctx, *p) for p in pieces):
            continue  # "…: A, B, which were delivered": the colon opens a sentence, not a list
        # with no comma, only a conjunction splits: "Cupa DHS și „Constanța pedalează”" lists
        # two names, "recording a podcast … and on cultural differences" is one sentence
        if len(pieces) < 2 or not re.search(r"[,;]", body) and max(len(p[0].split()) for p in pieces) > PAIR_WORDS:
            continue
        # an item that opens with a programme unit ("l'axe 3 « … »", "Priority 2") is the
        # programme's structure, not the project's work
        if any(_programme_unit(ctx, p[0]) for p in pieces):
            continue
        stated = _stated_count(ctx.doc.text[sent.start:sent.start + colon], ctx)
        while stated and len(pieces) > stated:
            k = min(range(len(pieces) - 1), key=lambda j: (len(pieces[j][0].split()), j))
            a, b = pieces[k], pieces[k + 1]
            pieces[k:k + 2] = [[ctx.doc.text[a[1]:b[2]], a[1], b[2]]]
        return KINDS[cues[0].key], [(p[0], p[1], p[2]) for p in pieces]
    return None


def _dash_after_cue(ctx: Context, i: int, sent) -> int:
    """The offset in its sentence of a spaced dash right after a cue, nothing between
    ("… the project activities – campaigns and trainings."): the dash stands for a colon.
    -1 where there is none."""
    for c in ctx.cues(i, set(KINDS)):
        if sent.start <= c.start and c.end < sent.end:
            m = re.match(r"\s+[–—-]\s+", ctx.doc.text[c.end:sent.end])
            if m:
                return c.end - sent.start + m.group().index(m.group().strip())
    return -1


def _holds_verb(ctx: Context, text: str, start: int, end: int) -> bool:
    """A piece that holds a copula or a verb of carrying out ("… were delivered", "odbędą się
    w maju", "zijn dat ook …"): a clause of the sentence, so what the colon opens is no list.
    (A word joined on by a hyphen, Maltese "is-" before its noun, is an article, not a verb.)"""
    return any(not (ctx.doc.text[c.end:c.end + 1] and ctx.doc.text[c.end:c.end + 1] in "-'’")
               for c in ctx.doc_cues(nlp.Span(start, end, text), {"copula", "frame_verbs"}))


def _leads_into(ctx: Context, i: int, start: int, end: int) -> bool:
    """The words between a cue and the colon after it let the cue head what follows: a
    few words ("sechs Querschnitts-Themen umfasst:"), or any number of function words,
    project words, copulas and words of "following" ("The main activities of the project
    are the following:"). Other words ("related to the project objective:") make the colon
    introduce something else."""
    words = ctx.doc.text[start:end].split()
    if len(words) <= LEAD_GAP:
        return True
    stop = nlp.stop_words(ctx.lang)
    gap = nlp.Span(start, end, ctx.doc.text[start:end])
    covered = {w.lower() for c in ctx.doc_cues(gap, {"project_before", "project_after", "copula", "include_verbs",
                                                      "following"}) for w in c.text.split()}
    return all(w.lower().strip(",()") in stop or w.lower().strip(",()") in covered for w in words)


# an item in quotes: «…», „…“, „…”, “…”, ‘…’, '…', "…"
_QUOTED = r"(?:«\s?([^«»]{2,80}?)\s?»|„([^„“”]{2,80})[“”]|“([^“”]{2,80})”|‘([^‘’]{2,80})’|'([^']{2,80})'|\"([^\"]{2,80})\")"


def _quoted(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"de thema’s 'sport & cultuur', 'onderwijs & jeugd' en 'jeugd & sport'", "chaque
    volet du projet : « A », « B » et « C »": quoted names joined by commas and a
    conjunction right after a cue (a few words and a colon may stand between) are its
    items, without their quotes. The run of names ends the sentence (a full stop follows)."""
    conj = ctx.lex.cues.get("conjunctions", [])
    joiner = r"\s*(?:[,;]|" + "|".join(rf"\s{re.escape(w)}\s" for w in conj) + r")\s*" if conj else r"\s*[,;]\s*"
    run = re.compile(rf"(?:\s+[^\s,;:.«„“‘'\"]+){{0,{LEAD_GAP}}}?\s*:?\s*({_QUOTED}(?:{joiner}{_QUOTED})+)\s*(?:[.;!?]|$)")
    for sent in ctx.sentences(i):
        for cue in [c for c in ctx.cues(i, set(KINDS)) if sent.start <= c.start < sent.end]:
            m = run.match(ctx.doc.text[:sent.end], cue.end)
            if not m:
                continue
            items = []
            for q in re.finditer(_QUOTED, m.group(1)):
                k = next(n for n in range(1, 8) if q.group(n))
                a = m.start(1) + q.start(k)
                text = ctx.doc.text[a:m.start(1) + q.end(k)].strip()
                items.append((text, a, a + len(text)))
            if len(items) >= 2:
                return KINDS[cue.key], items
    return None


def _programme_subject(ctx: Context, sent, cue) -> bool:
    """"El objetivo de Erasmus+ es … en todos los sectores de la educación: …": a sentence
    that names a programme (a brand or the word) before the cue and no project there is
    about the programme, and so is its list."""
    head = nlp.Span(sent.start, cue.start, ctx.doc.text[sent.start:cue.start])
    if ctx.doc_cues(head, {"project_before", "project_after"}):
        return False
    if ctx.doc_cues(head, {"programme"}):
        return True
    brands = name_cues(ctx.lang).get("programme_names", [])
    low = head.text.lower()
    return any(compiled(rf"(?<!\w){re.escape(b)}(?![\w+])").search(low) for b in brands)


def _programme_unit(ctx: Context, text: str) -> bool:
    """"l'axe 3 …", "Prioritätsachse 2", "PO1", "2. prioritási tengely": a text that opens
    with a numbered label of the programme's structure (priority, axis, measure, call)."""
    return programme_unit(programme_units(ctx.lang), text)


def _such_as(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"… konzentriert sich auf Themen wie Aus- und Weiterbildung, Öffentlichkeitsarbeit
    sowie auf die Organisation von Fachgruppen." -> (kind, items): the enumeration after a
    cue and "such as" runs to the sentence end, split at commas and at the conjunction in
    its last piece; leading stop words ("auf die") are dropped."""
    such = ctx.lex.cues.get("such_as", [])
    if not such:
        return None
    stop = nlp.stop_words(ctx.lang)
    lead = re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in sorted(such, key=len, reverse=True))})\s+", re.I)
    for sent in ctx.sentences(i):
        # "v oblasti/àmbits/områder som A, B, C": fields a region, a call or a network covers,
        # named by a sector word; counted over 1390 pages none of them was the project's work
        for cue in [c for c in ctx.cues(i, set(KINDS) - {"sectors"}) if sent.start <= c.start < sent.end]:
            m = lead.match(ctx.doc.text, cue.end)
            if not m:
                continue
            body_start, body = m.end(), list_bounds.within_sentence(ctx, ctx.doc.text[m.end():sent.end]).rstrip(".")
            items = [_without_leading_stop_words(text, start, stop)
                     for text, start, _ in _split_enumeration(ctx, body, body_start)]
            items = [item for item in items if item[0]]
            if items:
                items[-1] = _without_final_verb(ctx, *items[-1])
            if len(items) >= 2 and all(len(t.split()) <= ITEM_WORDS // 5 for t, _, _ in items):
                return KINDS[cue.key], items
    return None


def _without_final_verb(ctx: Context, text: str, start: int, end: int) -> tuple[str, int, int]:
    """"Öffentlichkeitsarbeit unterstützt" -> "Öffentlichkeitsarbeit": where nouns take a
    capital, lower-case words after the last item's last capitalised word are the
    sentence's verb, which such a language puts at the end."""
    if not ctx.lex.nouns_capitalised:
        return text, start, end
    words = text.split()
    while len(words) > 1 and words[-1][:1].islower() and any(w[:1].isupper() for w in words[:-1]):
        words.pop()
    cut = text[:text.rfind(words[-1]) + len(words[-1])] if len(words) < len(text.split()) else text
    return cut, start, start + len(cut)


def _without_leading_stop_words(text: str, start: int, stop: set[str]) -> tuple[str, int, int]:
    """"auf die Organisation von Fachgruppen" -> "Organisation von Fachgruppen", offsets kept."""
    words = text.split()
    while words and words[0].lower() in stop:
        cut = text.find(words[0]) + len(words[0])
        start += cut + len(text[cut:]) - len(text[cut:].lstrip())
        text = text[cut:].strip()
        words = words[1:]
    return text, start, start + len(text)


def _conjunction(ctx: Context) -> re.Pattern | None:
    """A conjunction of the language between spaces (" a ", " und "), or None without any."""
    conj = ctx.lex.cues.get("conjunctions", [])
    # not after the open first part of a suspended compound ("mikro- a nanoelektroniku")
    return re.compile(rf"{NOT_AFTER_OPEN_PART}\s(?:{'|'.join(re.escape(w) for w in conj)})\s", re.I) if conj else None


def _split_enumeration(ctx: Context, body: str, body_start: int) -> list[tuple[str, int, int]]:
    """Pieces of an enumeration split at commas and semicolons and at the conjunction of
    its last piece ("výstava, konference a pracovní jednání"); an ellipsis is no item."""
    numbered = _numbered_run(ctx, body, body_start)
    if numbered:
        return numbered
    conj_re = _conjunction(ctx)
    spans = _top_level(body)
    # "A; B; C și D etc.": a list closed by "and so on" has no conjunction before its last
    # item, so one inside that item joins its own words
    if conj_re and spans and not list_bounds.closed_by_so_on(ctx, body):
        a, b = spans[-1]
        c = conj_re.search(body[a:b])
        if c:
            spans[-1:] = [(a, a + c.start()), (a + c.end(), b)]
    items = []
    for a, b in spans:
        piece = body[a:b]
        text = piece.strip()
        if not text.strip(".…") or not any(ch.isalnum() for ch in text):
            continue
        start = body_start + a + len(piece) - len(piece.lstrip())
        items.append((text, start, start + len(text)))
    return items


def _numbered_run(ctx: Context, body: str, body_start: int) -> list[tuple[str, int, int]]:
    """"1) Asiakasohjaus, 2) Selvitys …, 3) …": a run whose items carry their enumerators
    in sequence (1, 2, 3 … or a, b, c …) is split at the enumerators alone; the commas and
    conjunctions inside an item ("romaninaisten ja -tyttöjen") are the item's own. Empty
    unless the run opens with the first enumerator and counts on without a gap."""
    marks = list(_RUN_ENUMERATOR.finditer(body))
    if len(marks) < 2 or body[:marks[0].start()].strip():
        return []
    first = marks[0].group(1)
    if first not in ("1", "a"):
        return []
    for n, m in enumerate(marks):
        want = str(n + 1) if first == "1" else chr(ord("a") + n)
        if m.group(1) != want:
            return []
    items = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(body)
        piece = body[m.end():end]
        text = piece.rstrip().rstrip(",;").rstrip()
        words = text.split()
        if n + 1 < len(marks) and len(words) > 1 and words[-1].lower() in ctx.lex.cues.get("conjunctions", []):
            text = text[:text.rfind(words[-1])].rstrip().rstrip(",;").rstrip()  # "2) B and 3) C"
        if not text:
            return []
        start = body_start + m.end()
        items.append((text, start, start + len(text)))
    return items


def _top_level(body: str) -> list[tuple[int, int]]:
    """Spans between the commas and semicolons outside brackets: "Language & Culture
    (Greek-Latin, Latin-Mathematics), Economic Studies" is two pieces, the bracket holding
    the first one's parts. Brackets that do not pair split at every comma, as written."""
    spans, depth, start = [], 0, 0
    for k, ch in enumerate(body):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                break
        elif ch in ",;" and depth == 0 and not (ch == "," and body[k - 1:k].isdigit() and body[k + 1:k + 2].isdigit()) \
                and not (ch == "," and suspended_before(body, k)):
            # a decimal comma ("1,5 km") splits nothing, nor one after an open first part ("elinkeino-, liikenne- ja …")
            spans.append((start, k))
            start = k + 1
    else:
        if depth == 0:
            spans.append((start, len(body)))
            return _semicolon_run(body, [(a, b) for a, b in spans if a < b])
    return [(x.start(), x.end()) for x in re.finditer(_PIECE, body)]


def _semicolon_run(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"A, including B; C; D, including E": where a run separates its items with semicolons,
    the commas are inside the items (a clause, a gloss), so the pieces are the semicolons'."""
    if len(spans) < 2 or not any(body[b:b + 1] == ";" for a, b in spans[:-1]) or \
            all(body[b:b + 1] == ";" for a, b in spans[:-1]):
        return spans
    out, start = [], spans[0][0]
    for a, b in spans:
        if body[b:b + 1] != ",":
            out.append((start, b))
            start = b + 1
    if start < spans[-1][1]:
        out.append((start, spans[-1][1]))
    return out


def _bracketed(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"Hlavní aktivity projektu (výstava, konference a pracovní jednání …)", "en distintos
    ámbitos (automoción, TIC, aeroespacial,...)": an enumeration in brackets right after
    a cue (at most LEAD_GAP words between) lists its items."""
    text = ctx.doc.text
    for cue in ctx.cues(i, set(KINDS)):
        block_end = ctx.block(i).end
        m = re.compile(r"((?:\s+[^\s(),.;:]+){0,%d}?)\s*\(([^()]{3,400})\)" % LEAD_GAP).match(text, cue.end, block_end)
        if not m:
            continue
        gap = nlp.Span(m.start(1), m.end(1), m.group(1))
        if gap.text.strip() and not ctx.doc_cues(gap, {"project_before", "project_after"}):
            # "aktivity v Lisabone (…)", "actions passées (…)": the bracket glosses the words
            # between, a place or a qualifier, not the kind's list; the project's word may
            # stand there ("aktivity projektu (…)")
            continue
        body_start = m.start(2)
        items = _split_enumeration(ctx, m.group(2), body_start)
        if len(items) >= 3 and all(len(t.split()) <= ITEM_WORDS // 5 for t, _, _ in items) and \
                not any(re.search(r"\d", t) for t, _, _ in items):
            return KINDS[cue.key], items
    return None


def _before_cue(ctx: Context, i: int) -> tuple[str, list[tuple[str, int, int]]] | None:
    """"…, ahol szaktanácsadás, promóció, oktatás és szemléletformálás fő tevékenységek
    valósulnak meg", "Training, consulting and promotion are the main activities": an
    enumeration of short pieces that ends right before a cue (a copula may stand between).
    Read backwards from the cue; it opens at the sentence start, after a stop word
    ("ahol") or before a piece that holds a conjunction of its own; three items at least."""
    conj_re = _conjunction(ctx)
    if not conj_re:
        return None
    stop = nlp.stop_words(ctx.lang)
    copula = ctx.lex.cues.get("copula", [])
    articles = {w.lower() for w in ctx.lex.cues.get("articles", [])}
    text = ctx.doc.text
    for sent in ctx.sentences(i):
        for cue in [c for c in ctx.cues(i, set(KINDS)) if sent.start < c.start < sent.end]:
            head = text[sent.start:cue.start]
            words = head.split()
            # "… are the main activities": a copula and articles between list and cue; a
            # preposition there ("valg af tiltag", "напредъка си по основните дейности") makes
            # the cue a complement inside the last piece, not the name of the enumeration
            governed = False
            while words and (words[-1].lower() in stop or words[-1].lower() in copula):
                w = words.pop().lower()
                governed = governed or w not in copula and w not in articles
            if governed:
                continue
            if not words or not re.search(r"\w$", words[-1]):
                continue
            if len(words) == len(head.split()) and " " not in cue.text.strip():
                # "rural and mountainous areas", "gezamenlijke acties": a word right before a
                # one-word cue modifies it, so the enumeration is of its modifiers, not of work
                # ("… és szemléletformálás fő tevékenységek" has the cue's own adjective; "…
                # valorisation sont les axes" a copula between)
                continue
            end = sent.start + head.rfind(words[-1]) + len(words[-1])
            body = text[sent.start:end]
            pieces = body.split(",")
            last = pieces[-1]
            c = conj_re.search(last)
            if not c or len(pieces) < 2:
                continue
            items: list[tuple[str, int, int]] = []
            pos = end
            chunks = [last[c.end():], last[:c.start()]] + pieces[-2::-1]
            for n, chunk in enumerate(chunks):
                pos -= len(chunk)
                if n >= 2:
                    pos -= 1  # the comma after this chunk
                elif n == 1:
                    pos -= c.end() - c.start()
                ws = chunk.split()
                if n >= 2 and conj_re.search(chunk) or not ws:
                    break
                # a stop word opens the list ("ahol szaktanácsadás"): drop it, read no further
                opened = n > 0 and len(ws) > 1 and ws[0].lower() in stop
                while len(ws) > 1 and ws[0].lower() in stop:
                    ws = ws[1:]
                if len(ws) > 4:
                    break
                t = " ".join(ws)
                a = pos + chunk.find(ws[0])
                items.insert(0, (t, a, a + len(t)))
                if opened:
                    break
            if len(items) >= 3 and all(text[a:b] == t for t, a, b in items) and \
                    not _quoted_name(text[sent.start:items[0][1]], text[cue.end:sent.end]):
                return KINDS[cue.key], items
    return None


_OPENING = {"“": "”", "„": "“”", "«": "»", "\"": "\"", "‘": "’", "‚": "‘’"}


def _quoted_name(before: str, after: str) -> bool:
    """"the project “Fighting Cyber bullying with some Blue, Used, Old and New Actions”": a
    quote opened before the enumeration and closed after its cue makes the whole a name."""
    for opening, closing in _OPENING.items():
        k = before.rfind(opening)
        if k < 0 or any(c in before[k + 1:] for c in closing if c != opening):
            continue
        if opening == closing and before.count(opening) % 2 == 0:
            continue
        if any(c in after for c in closing):
            return True
    return False


def _governed(ctx: Context, sent, cue) -> bool:
    """The cue follows a preposition (an article may stand between): "in den Bereichen",
    "op de thema's", "v oblasti". An enumeration after it is a phrase of the sentence,
    which says what something else is about; the list a text gives of its project's work
    has the cue as its subject ("De thema's A, B en C worden …", "fő pillérei a …")."""
    words = ctx.doc.text[sent.start:cue.start].split()
    articles = set(ctx.lex.cues.get("articles", []))
    while words and words[-1].lower() in articles:
        words.pop()
    return bool(words) and words[-1].lower() in nlp.stop_words(ctx.lang)


def _lead_in_of_other_field(ctx: Context, i: int) -> bool:
    """The lead-in names another field after its last activity cue: the list is that field's.
    After a word of "following", only the last word counts, the noun it announces
    ("… following partners:"); words before it qualify it ("realised by the partners")."""
    kinds = ctx.cues(i, set(KINDS))
    if not kinds:
        return False
    if ctx.cues(i, {"eligible"}):
        return True  # "Typy způsobilých aktivit:", "eligible activities:": what a call may fund
    head = _following_head(ctx, i, kinds[-1])
    if head is not None:
        words = list(re.finditer(r"\S+", head.text))
        start = head.start + (words[-1].start() if words else 0)
        return bool(ctx.doc_cues(nlp.Span(start, head.end, ctx.doc.text[start:head.end]), OTHER_FIELDS))
    # a word of a verb of carrying out is none of another field ("sono stati realizzati": no "stati")
    verbs = ctx.cues(i, {"frame_verbs"})
    return any(c.start >= kinds[-1].end and not any(v.start <= c.start < v.end for v in verbs)
               for c in ctx.cues(i, OTHER_FIELDS))


def item_run(ctx: Context, following: list[int]) -> list[int]:
    """The list items that open `following`, up to its first block of another kind."""
    run = []
    for j in following:
        if ctx.block(j).kind != LIST_ITEM:
            break
        run.append(j)
    return run


def _priced_items(ctx: Context, following: list[int]) -> bool:
    """The list under the lead-in states an amount on every item, two at least ("• Δήμος X:
    785.803,00€", "• Partner Y – 120 000 EUR"): a budget's breakdown, not work."""
    run = item_run(ctx, following)
    return len(run) >= 2 and all(find_money(ctx.text(j), ctx.lex) for j in run)


def _lists_projects(ctx: Context, i: int) -> bool:
    """"De norske aktørene deltar i følgende prosjekter:", "Verkefnin eru:", "Projekten är:":
    a lead-in whose head noun is a word for projects (after a word of "following", or
    before a copula that closes the line) announces a list of projects, not one project's
    work; a lead-in that names the kind ("Aktivnosti projekta:") is left alone."""
    text = ctx.text(i).rstrip()
    if not text.endswith(":"):
        return False
    end = ctx.block(i).start + len(text) - 1
    kinds = ctx.cues(i, set(KINDS))
    copula = set(ctx.lex.cues.get("copula", []))
    for c in ctx.cues(i, {"projects_counted"}):
        # a kind's cue elsewhere in the line heads it; one on the same word is the word's
        # other sense (Icelandic "verkefni": projects and tasks)
        if any(k.end <= c.start or k.start >= c.end for k in kinds):
            return False
        after = ctx.doc.text[c.end:end].split()
        if after and all(w.lower() in copula for w in after):
            return True  # "Verkefnin eru:"
        if not after and any(f.end <= c.start and len(ctx.doc.text[f.end:c.start].split()) <= 1
                             for f in ctx.cues(i, {"following"})):
            return True  # "følgende prosjekter:", "sledeći projekti:"
    return False


def _not_work(ctx: Context, text: str) -> bool:
    """A line that is an amount, an e-mail, a web or postal address, or a programme unit
    ("PO1: 1 833 046 EUR", "info@…", "Hlavná 12, 040 01 Košice"): not an activity."""
    return bool(find_money(text, ctx.lex)) or bool(re.search(r"@|https?://|www\.|\b\d{2,3}\s?\d{2,3}\s+\w", text)) \
        or _programme_unit(ctx, text)


def _short_lines(ctx: Context, following: list[int], longest: int = ITEM_WORDS // 5) -> list[int]:
    """Blocks under a lead-in that ends with a colon, each a short line that is no
    sentence ("Anlegen eines Netzes von Fahrrad- und Wanderwegen", "Römisches Haus"): the
    items of a list whose markers the capture lost. At least two; the run ends at a
    sentence, a block longer than `longest` words or another lead-in."""
    out = []
    for j in following:
        text = ctx.text(j).strip()
        if not text or len(text.split()) > longest or text.endswith((":", ".", "!", "?")) or \
                ctx.block(j).kind == LIST_ITEM:
            break
        out.append(j)
    # lines without markers are weak evidence: one that is no work makes the run another list
    if any(_not_work(ctx, ctx.text(j)) for j in out):
        return []
    return out if len(out) >= 2 else []


def _lost_markers(ctx: Context, following: list[int]) -> list[int]:
    """Blocks under a lead-in that are list items whose markers the capture lost: each
    but the last ends with a comma or semicolon ("vzdelávanie odborníkov …,"), the last
    closes the list. Nothing unless the first one ends so."""
    out = []
    for j in following:
        text = ctx.text(j).strip()
        if not text or len(text.split()) > ITEM_WORDS or text.endswith(":"):
            break
        out.append(j)
        if not text.endswith((",", ";")):
            break
    return out if len(out) >= 2 and ctx.text(out[0]).strip().endswith((",", ";")) else []


def _one_prose_item(ctx: Context, following: list[int]) -> bool:
    """The list under a lead-in is a single item of two or more sentences: a paragraph
    set as a bullet, which describes the project rather than listing its activities."""
    return len(item_run(ctx, following)) == 1 and len(ctx.sentences(following[0])) >= 2


_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2})*")


def _outline_depths(ctx: Context, following: list[int]) -> dict[int, int]:
    """A run of numbered items some of which carry a dotted number ("1." / "1.1" / "1.2" /
    "2." / "2.1"): an outline, whose numbers state each item's depth ("2.1" under "2.")
    whatever the indentation the capture kept. Empty for any other run: its levels stand."""
    run = item_run(ctx, following)
    numbers = [ctx.block(j).number for j in run]
    if not run or not all(n and _OUTLINE.fullmatch(n) for n in numbers) or \
            not any("." in n for n in numbers) or all("." in n for n in numbers):
        return {}
    return {j: n.count(".") for j, n in zip(run, numbers)}


def _sub_list_lead_in(ctx: Context, idx: list[int], pos: int) -> bool:
    """Block idx[pos] is one item of a running list (a sibling item right above it) and
    leads into items nested under it: those detail that one item, they are not the page's
    list of activities (a web page's nested bullets, read with their levels). A bare label
    item ("• Actuacions:") does head its sub-items."""
    b = ctx.block(idx[pos])
    if b.kind != LIST_ITEM or pos == 0 or pos + 1 >= len(idx) or ctx.label_alone(idx[pos], set(KINDS)):
        return False
    above, below = ctx.block(idx[pos - 1]), ctx.block(idx[pos + 1])
    return above.kind == LIST_ITEM and above.level == b.level and below.kind == LIST_ITEM and below.level > b.level


def _bridged(ctx: Context, idx: list[int], pos: int) -> bool:
    """A heading that names the kind, then one paragraph of prose (two sentences at least)
    that ends with a colon, then a list: the paragraph leads the heading's list in ("Aktivity projektu:" / "Die Arbeit ist
    in acht Pakete geteilt. Dazu gehören:" / bullets). Not where the paragraph names
    another field or projects."""
    if pos + 2 >= len(idx) or ctx.block(idx[pos]).kind != HEADING:
        return False
    j, k = idx[pos + 1], idx[pos + 2]
    if ctx.block(j).kind == LIST_ITEM or ctx.block(k).kind != LIST_ITEM or not ctx.text(j).rstrip().endswith(":"):
        return False
    if len(ctx.sentences(j)) < 2:
        return False  # "Day 1:": a label over its own list, not prose that leads the heading's in
    return not ctx.cues(j, OTHER_FIELDS) and not _lists_projects(ctx, j)


def extract(ctx: Context) -> list[Item]:
    items: list[Item] = []
    by_key: dict[str, Item] = {}
    idx = list(ctx.indices)
    pos = 0
    while pos < len(idx):
        i = idx[pos]
        block = ctx.block(i)
        # a slide that opens with an item already listed: its bullets are that item's children
        if block.kind == LIST_ITEM and block.first_on_page and block.number and \
                fold(_clean(ctx.text(i))) in by_key:
            parent = by_key[fold(_clean(ctx.text(i)))]
            pos += 1
            while pos < len(idx) and ctx.block(idx[pos]).kind == LIST_ITEM and not ctx.block(idx[pos]).number \
                    and ctx.block(idx[pos]).page == block.page:
                j = idx[pos]
                text = _clean(ctx.text(j))
                if fold(text) not in {fold(c.text) for c in parent.children}:
                    parent.children.append(Item(f"{parent.position}.{len(parent.children) + 1}", text,
                                                parent.kind, ctx.evidence(ctx.block(j).start, ctx.block(j).end)))
                pos += 1
            continue
        kind = _kind_of(ctx, i)
        if kind and _sub_list_lead_in(ctx, idx, pos):
            kind = None
        if kind and (_lead_in_of_other_field(ctx, i) or _lists_projects(ctx, i)
                     or _priced_items(ctx, idx[pos + 1:])):
            kind = None
        if kind and _bridged(ctx, idx, pos):
            pos += 1  # "Aktivity projektu:" / "… Patří k nim například:" / bullets: the list is the heading's
        if kind and pos + 1 < len(idx) and ctx.block(idx[pos + 1]).kind != LIST_ITEM:
            # a lead-in that says "following" vouches for longer lines than a bare colon does
            kinds = ctx.cues(i, set(KINDS))
            longest = ITEM_WORDS if kinds and _following_lead_in(ctx, i, kinds[0]) else ITEM_WORDS // 5
            lost = _lost_markers(ctx, idx[pos + 1:]) or \
                (_short_lines(ctx, idx[pos + 1:], longest) if ctx.text(i).rstrip().endswith(":") else [])
            if lost:
                for n, j in enumerate(lost, start=1):
                    text = _clean(ctx.text(j))
                    if fold(text) not in by_key:
                        item = Item(str(n), text, kind, ctx.evidence(ctx.block(j).start, ctx.block(j).end))
                        items.append(item)
                        by_key[fold(text)] = item
                pos += 1 + len(lost)
                continue
        if kind and _one_prose_item(ctx, idx[pos + 1:]):
            pos += 2  # "Zakres projektu:" / "• projekt związany jest z … . W ramach projektu …": a description
            continue
        if kind:
            pos += 1
            n = 0
            parent = None
            depth = _outline_depths(ctx, idx[pos:])
            while pos < len(idx) and ctx.block(idx[pos]).kind == LIST_ITEM:
                j = idx[pos]
                b = ctx.block(j)
                text = _clean(ctx.text(j))
                if b.first_on_page and fold(text) in by_key:
                    break  # the next slide repeats an item: handled above, as its children
                ev = ctx.evidence(b.start, b.end)
                if depth.get(j, b.level) > 0 and parent is not None:
                    parent.children.append(Item(f"{parent.position}.{len(parent.children) + 1}", text, kind, ev))
                elif fold(text) not in by_key:
                    n += 1
                    # a lettered item ("a)", "b)") takes its place in the list: positions are
                    # numbers, each once (an outline whose every head reads "1.")
                    numbered = b.number and re.fullmatch(r"\d+(?:\.\d+)*", b.number) and \
                        b.number not in {it.position for it in items}
                    parent = Item(b.number if numbered else str(n), text, kind, ev)
                    items.append(parent)
                    by_key[fold(text)] = parent
                pos += 1
            continue
        # "Eligible actions are A, B and C": a call's enumeration, not the project's
        inline = None if ctx.cues(i, {"eligible"}) else _quoted(ctx, i) or _inline(ctx, i) or _such_as(ctx, i) or _bracketed(ctx, i) or _before_cue(ctx, i) or \
            activity_lists.framed(ctx, i) or \
            activity_lists.colon_led(ctx, i)
        if inline:
            kind, pieces = inline
            for n, (text, s, e) in enumerate(pieces, start=1):
                if fold(_clean(text)) not in by_key:
                    item = Item(str(n), _clean(text), kind, ctx.evidence(s, e))
                    items.append(item)
                    by_key[fold(item.text)] = item
        pos += 1
    return items
