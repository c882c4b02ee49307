"""Partners: name, country, role, web address.

Read from (1) lists and tables under a partners heading or label, (2) labels such as
"Lead partner: …", (3) running text where a role cue follows its subject ("X je hlavním
partnerem", "X przyjmujący rolę Koordynatora") and (4) enumerations after a founding
cue ("W skład grupy założycielskiej weszły takie podmioty, jak A, … oraz B …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.extractors.enumeration import MARKER, split_items
from pipeline.model import HEADING, LIST_ITEM, TABLE_ROW, Evidence
from pipeline.normalise.orgs import clean_name, split_acronym

LEAD, PARTNER, FOUNDING = "lead", "partner", "founding_member"
LEAD_KEYS = {"lead_partner", "coordinator"}
_URL = re.compile(r"(?:https?://|www\.)[^\s,;)]+")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
LEGAL_FORM_WORD = re.compile(r"(?:a\.s|s\.r\.o|spol|gmbh|e\.\s?v|ltd|kft|nonprofit|s\.a|d\.o\.o|b\.v)\.?$", re.I)
_DASH_TAIL = re.compile(r"\s+[-–—]\s+([^-–—]+)$")  # "X – Německo", "X - ČR"


@dataclass
class Partner:
    name: str
    role: str
    start: int
    end: int
    country: str | None = None
    acronym: str | None = None
    url: str | None = None
    evidence: Evidence | None = None
    flags: list = field(default_factory=list)


def country_of(text: str, ctx: Context) -> str | None:
    hits = gazetteer.find(text, ctx.lex, adjectives=True, codes=True)
    for kind in ("iso", "country", "region", "city", "adjective"):
        for h in hits:
            if h.kind == kind:
                return h.cc
    return None


def _country_name(text: str, ctx: Context) -> str | None:
    """The country a whole string names: "DE", "UK", "Německo", "(Turecko)"."""
    inner = text.strip(" ()")
    code = gazetteer.ISO_ALIASES.get(inner, inner)
    if re.fullmatch(r"[A-Z]{2}", code) and code in gazetteer.iso_countries():
        return code
    hits = gazetteer.countries_in(inner, ctx.lex)
    return hits[0].cc if hits and hits[0].text == inner else None


def ends_with_country(text: str, ctx: Context) -> bool:
    text = text.rstrip(" .,;")
    m = _PAREN.search(text)
    if m and m.end() == len(text) and _country_name(m.group(1), ctx):
        return True
    m = _DASH_TAIL.search(text)
    return bool(m and _country_name(m.group(1), ctx))


def _leading_noise(text: str, ctx: Context) -> int:
    """Length of an item marker ("PP2:") or article ("the", "la") before the name."""
    m = MARKER.match(text)
    skip = m.end() if m else 0
    words = text[skip:].split(" ", 1)
    stop = nlp.stop_words(ctx.lang)
    if len(words) == 2 and words[0].islower() and words[0] in stop and words[1][:1].isupper():
        skip += len(words[0]) + 1
    return skip


def parse_item(text: str, start: int, ctx: Context, role: str) -> Partner | None:
    """One partner from a list item or label value, with its markers taken out."""
    end = start + len(text.rstrip())
    skip = _leading_noise(text, ctx)
    text, start = text[skip:], start + skip
    url = None
    m = _URL.search(text)
    if m:
        url = m.group(0).rstrip(".")
        text = (text[:m.start()] + text[m.end():]).strip()
    country = None
    lead_cues = {c for k in LEAD_KEYS for c in ctx.lex.cues[k]}
    for p in list(_PAREN.finditer(text)):
        inner = p.group(1).strip()
        if code := _country_name(inner, ctx):
            country = code  # "(DE)", "(Germany)", "(Česká republika)"
        elif inner.lower() in lead_cues:
            role = LEAD
        else:
            continue
        text = text.replace(p.group(0), " ", 1)
    tail = _DASH_TAIL.search(text.rstrip(" .,;"))
    if tail and (code := _country_name(tail.group(1), ctx)):
        country = country or code
        text = text[:tail.start()]
    name = clean_name(text)
    if not name or not re.search(r"\w{2}", name):
        return None
    full, acronym = split_acronym(name)
    country = country or country_of(name, ctx)
    return Partner(name=full, role=role, start=start, end=end, country=country,
                   acronym=acronym, url=url)


def _list_after(ctx: Context, pos: int) -> list[int]:
    """Indices of the list items or table rows that follow position pos in the section."""
    items = []
    for i in ctx.indices[pos + 1:]:
        kind = ctx.block(i).kind
        if kind in (LIST_ITEM, TABLE_ROW) and ctx.block(i).level == 0:
            items.append(i)
        elif kind in (LIST_ITEM, TABLE_ROW):
            continue
        else:
            break
    return items


def from_lists(ctx: Context) -> list[Partner]:
    out = []
    for pos, i in enumerate(ctx.indices):
        block = ctx.block(i)
        if block.kind not in (HEADING,) and not ctx.text(i).rstrip().endswith(":"):
            continue
        cues = ctx.cues(i, {"partners"} | LEAD_KEYS)
        text = ctx.text(i)
        # the heading must be about partners: it starts with the cue
        if not cues or len(text[: cues[0].start - block.start].split()) > 1:
            continue
        role = LEAD if cues[0].key in LEAD_KEYS else PARTNER
        for j in _list_after(ctx, pos):
            b = ctx.block(j)
            item = ctx.text(j)
            if b.kind == TABLE_ROW:
                item = item.split(" | ")[0] + " " + " ".join(f"({c})" for c in item.split(" | ")[1:] if re.fullmatch(r"[A-Z]{2}", c))
            p = parse_item(item, b.start, ctx, role)
            if p:
                p.end = b.end
                out.append(p)
    return out


def from_labels(ctx: Context) -> list[Partner]:
    """"Lead partner: X – ČR", "Partneři projektu: PP2: A – Německo, PP3: B – …", and
    the same with the label on its own line above the value."""
    out = []
    for i in ctx.indices:
        found = ctx.label_value(i, LEAD_KEYS | {"partners"})
        if not found:
            continue
        cue, start, end = found
        if cue.key in LEAD_KEYS:
            p = parse_item(ctx.doc.text[start:end], start, ctx, LEAD)
            out.extend([p] if p else [])
        else:
            out.extend(enumerated(ctx, start, end, PARTNER))
    return out


def enumerated(ctx: Context, start: int, end: int, role: str) -> list[Partner]:
    """Partners listed inline between two document offsets."""
    text = ctx.doc.text[start:end]
    out = []
    items = split_items(text, ctx.lex.cues["conjunctions"], lambda t: ends_with_country(t, ctx))
    named = [_named(text[a:b]) for a, b in items]
    if not named or not named[0] or sum(named) < len(named) / 2:
        return []  # a description ("regionale und nationale Institutionen, …"), not names
    for (a, b), ok in zip(items, named):
        piece = text[a:b]
        if not ok:
            continue
        p = parse_item(piece, start + a, ctx, role)
        if p and len(p.name.split()) <= 20:
            out.append(p)
    return out


def _strip_tail(text: str, ctx: Context) -> str:
    """Drop trailing copulas and role verbs: "X (dále jen Y) je" -> "X"."""
    text = _PAREN.sub("", text).strip(" ,")
    copulas = sorted(ctx.lex.cues["copula"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for c in copulas:
            if text.lower().endswith(" " + c):
                text = text[: -len(c) - 1].rstrip(" ,")
                changed = True
    return text


def _clause_start(text: str, ctx: Context) -> int:
    """Start of the clause that ends at the end of text."""
    cut = max(text.rfind(", "), text.rfind("; "), text.rfind(" - "), text.rfind(" – "))
    for conj in ctx.lex.cues["conjunctions"]:
        k = text.rfind(f" {conj} ")
        if k > cut and text[k + len(conj) + 2:][:1].isupper():
            cut = k + len(conj)
    return cut + 2 if cut >= 0 else 0


def from_running_text(ctx: Context) -> list[Partner]:
    out = []
    for i in ctx.indices:
        if ctx.label(i, LEAD_KEYS) or ctx.block(i).kind in (HEADING, LIST_ITEM, TABLE_ROW):
            continue
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, LEAD_KEYS | {"founding", "member_list"})
                    if sent.start <= c.start < sent.end]
            founding = any(c.key == "founding" for c in cues)
            listing = [c for c in cues if c.key == "member_list"]
            if founding and listing:
                out.extend(_enumeration(ctx, i, sent, listing[0].end))
                continue
            # "… za účasti partnerov projektu: A (Turecko), B (Dánsko) a C (Slovensko)."
            colon = _colon_after(ctx, i, sent, {"partners", "partner_nouns"})
            if colon is not None:
                out.extend(enumerated(ctx, colon, sent.end, PARTNER))
            for cue in cues:
                if cue.key not in LEAD_KEYS:
                    continue
                before = ctx.doc.text[sent.start:cue.start]
                # remove parentheticals first so that "(dále jen RRA ÚK)" does not cut the clause
                clean_before = _PAREN.sub("", before)
                clause = clean_before[_clause_start(clean_before.rstrip(), ctx):]
                subject = _strip_tail(clause, ctx)
                stop = nlp.stop_words(ctx.lang)
                while subject.split() and subject.split()[-1].lower() in stop:
                    subject = subject[: subject.rfind(" ")].rstrip(" ,") if " " in subject else ""
                if subject.lower() in stop or subject.split()[:1] and subject.split()[0].lower() in stop:
                    subject = ""
                if not subject[:1].isupper() or not 1 <= len(subject.split()) <= 12:
                    p = _after_cue(ctx, cue, sent)
                    out.extend([p] if p else [])
                    continue
                start = sent.start + before.find(subject.split()[0])
                p = parse_item(subject, start, ctx, LEAD)
                if p:
                    out.append(p)
    return out


def _named(piece: str) -> bool:
    return piece[:1].isupper() or bool(MARKER.match(piece)) or piece[:1] in "„\"«" or piece[:1].isdigit()


def _after_cue(ctx: Context, cue, sent) -> Partner | None:
    """The lead named after its cue: "Leadpartner ist das Graafschap College",
    "our Lead-Partner, the Saxon State Ministry …", "Vedoucím partnerem celého projektu
    je Regionální rozvojová agentura …": a copula, comma or colon, then a name."""
    rest = ctx.doc.text[cue.end:sent.end]
    copulas = set(ctx.lex.cues["copula"])
    offset = None
    if rest.lstrip()[:1] in (",", ":"):
        offset = rest.find(rest.lstrip()[:1]) + 1
    else:
        for n, m in enumerate(re.finditer(r"\S+", rest)):
            if n >= 4:
                break
            if m.group(0).lower().rstrip(",:") in copulas:
                offset = m.end()
                break
    if offset is None:
        return None
    text = rest[offset:]
    start, end = _name_span(text, ctx)
    if end <= start:
        return None
    return parse_item(text[start:end], cue.end + offset + start, ctx, LEAD)


def _name_span(text: str, ctx: Context) -> tuple[int, int]:
    """The organisation name that opens text: leading articles skipped; it ends at a
    clause break or at a lower-case word that does not join two capitalised words
    ("Comune di Sesana", "University of Technology and Economics")."""
    stop = nlp.stop_words(ctx.lang)
    words = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(words) and words[i].group(0).lower() in stop and words[i].group(0)[:1].islower():
        i += 1
    if i >= len(words) or not words[i].group(0).lstrip("„“\"'(")[:1].isupper():
        return 0, 0
    start, end = words[i].start(), words[i].end()
    for k in range(i, len(words)):
        word = words[k].group(0)
        core = word.strip(",.;:()„“\"'")
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if core[:1].islower() and core.lower() in stop and not (len(core) <= 4 and nxt[:1].isupper()):
            break
        end = words[k].end()
        if word.endswith((";", ")", ",")) and not LEGAL_FORM_WORD.match(nxt.strip(",.")) or \
                word.endswith(".") and not re.fullmatch(r"(?:\w\.)+|\w{1,4}\.", word):
            break
    return start, start + len(text[start:end].rstrip(",.;"))


def _colon_after(ctx: Context, i: int, sent, keys: set[str]) -> int | None:
    """The offset after a colon that closely follows a partner cue in the sentence."""
    for cue in ctx.cues(i, keys):
        if sent.start <= cue.start < sent.end:
            rest = ctx.doc.text[cue.end:sent.end]
            k = rest.find(":")
            if 0 <= k and len(rest[:k].split()) <= 5:
                return cue.end + k + 1
    return None


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
        name = _strip_tail(piece.strip(), ctx) if role == LEAD else piece
        p = parse_item(name, start + offset, ctx, role)
        if p:
            out.append(p)
    return out


def _prefix(a: str, b: str) -> bool:
    """One name starts the other at a word boundary ("Saxon State Ministry for Economic
    Affairs" and "… Affairs, Labour and Transport")."""
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 2 and long_.startswith(short) and not long_[len(short):][:1].isalnum()


def extract(ctx: Context) -> list[Partner]:
    found = from_labels(ctx) + from_lists(ctx) + from_running_text(ctx)
    merged: list[Partner] = []
    for p in sorted(found, key=lambda p: p.start):
        same = next((q for q in merged if q.name == p.name or _prefix(q.name, p.name)
                     or (p.acronym and q.acronym == p.acronym) or q.acronym == p.name or p.acronym == q.name), None)
        if same:
            if len(p.name) > len(same.name) and _prefix(same.name, p.name):
                same.name, same.end = p.name, max(same.end, p.end)
            if p.role == LEAD and same.role != LEAD:
                same.role = LEAD
            same.country = same.country or p.country
            continue
        merged.append(p)
    for p in merged:
        p.evidence = ctx.evidence(p.start, p.end)
    # the lead partner comes first, then the others in the order the document lists them
    return sorted(merged, key=lambda p: (p.role != LEAD, p.start))
