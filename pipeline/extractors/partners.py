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
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from pipeline import gazetteer, nlp
from pipeline.extractors import names, partner_lists
from pipeline.extractors.context import Context
from pipeline.lexicons import FIELD_KEYS, minority_words, org_words
from pipeline.extractors.enumeration import MARKER, split_items
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Evidence
from pipeline.normalise.money import find_money
from pipeline.normalise.orgs import clean_name, split_acronym
from pipeline.textnorm import fold

LEAD, PARTNER, FOUNDING = "lead", "partner", "founding_member"
LEAD_KEYS = {"lead_partner", "coordinator", "lead_under"}
_URL = re.compile(r"(?:https?://|www\.)[^\s,;)]+")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
LEGAL_FORM_WORD = re.compile(r"(?:a\.s|s\.r\.o|spol|gmbh|e\.\s?v|ltd|kft|nonprofit|s\.a|d\.o\.o|b\.v)\.?$", re.I)
_DASH_TAIL = re.compile(r"\s+[-–—/]\s+([^-–—/]+)$")  # "X – Německo", "X - ČR", "X / DE"
_ELISION = re.compile(r"[A-Za-z]{1,5}['’](?=[A-ZÀ-Ž])")  # "l’Université", "dall’Associazione", "L’Université"


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
    # a code inside a name is an acronym ("TZ Općine Sali", "IT Centre"); a country code ends it
    hits = [h for h in hits if h.kind != "iso" or not re.search(r"\w", text[h.end:])]
    # a place named like an organisation word is that word ("Grad Novska", "Centar za …": a
    # Slovenian municipality and a Skopje district in Croatian names)
    hits = [h for h in hits if h.kind not in ("region", "city") or not _org_word(h.text)]
    hits = [h for h in hits if h.kind not in ("country", "adjective") or not _minority_after(text[h.end:])]
    for kind in ("iso", "country", "region", "city", "adjective"):
        for h in hits:
            if h.kind == kind:
                return h.cc
    return None


def _minority_after(rest: str) -> bool:
    """A national minority's word within three words after a country or its adjective
    ("Hrvatska samouprava …", "madžarska samoupravna narodna skupnost"): the body is the
    minority's, in another country."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", rest)]
    for m in minority_words():
        if m.endswith("*"):
            if any(w.startswith(m[:-1]) for w in words[:3]):
                return True
        elif f" {m} " in " " + " ".join(words[:2 + len(m.split())]) + " ":
            return True
    return False


def _org_word(word: str) -> bool:
    """An organisation word of any language, or one with an ending of at most three letters
    after a stem of four letters or more ("Gradsko" after "grad")."""
    low = fold(word)
    return low in org_words() or any(low.startswith(w) and len(w) >= 4 and len(low) - len(w) <= 3 for w in org_words())


def _country_name(text: str, ctx: Context) -> str | None:
    """The country a whole string names: "DE", "UK", "Německo", "(Turecko)"."""
    inner = text.strip(" ()")
    hits = gazetteer.countries_in(inner, ctx.lex)
    if hits and hits[0].text == inner:
        return hits[0].cc  # the language's names and aliases first: "SR" is Slovakia in Slovak
    code = gazetteer.ISO_ALIASES.get(inner, inner)
    if re.fullmatch(r"[A-Z]{2}", code) and code in gazetteer.iso_countries():
        return code
    return None


def ends_with_country(text: str, ctx: Context) -> bool:
    text = text.rstrip(" .,;")
    m = _PAREN.search(text)
    if m and m.end() == len(text) and _country_name(m.group(1), ctx):
        return True
    m = _DASH_TAIL.search(text)
    return bool(m and _country_name(m.group(1), ctx))


def _leading_noise(text: str, ctx: Context) -> int:
    """Length of an item marker ("PP2:") or article ("the", "la", "l’") before the name."""
    m = MARKER.match(text)
    skip = m.end() if m else 0
    words = text[skip:].split(" ", 1)
    stop = nlp.stop_words(ctx.lang)
    # a capitalised article opens a list or sentence ("The Saxon State Ministry …")
    if len(words) == 2 and (pair := partner_lists.preposition_article(words[1], words[0], stop, _elided(ctx))):
        skip += len(words[0]) + 1 + pair  # "de la Ville de X", "de l’Association X": the list repeats "de"
    elif len(words) == 2 and (words[0].islower() or len(words[0]) <= 3) and words[0].lower() in stop \
            and (words[1][:1].isupper() or _typed(words[1], ctx)):
        skip += len(words[0]) + 1
    else:
        # an article and a describing word or two before a name with its country:
        # "the multilingual SZLI Budapest (Hungary)", "die private Schule X (Italien)"
        m = re.match(r"(\S+)\s+(?:[a-zà-ž]+\s+){1,2}(?=[A-ZÀ-Ž])", text[skip:])
        if m and m.group(1).lower() in stop and m.group(1)[1:].islower() \
                and ends_with_country(re.split(r"[,;]\s", text)[0], ctx):
            skip += m.end()
    m = _ELISION.match(text[skip:])
    return skip + (m.end() if m and m.group(0).lower() in _elided(ctx) else 0)


def _elided(ctx: Context) -> set[str]:
    """Elided articles and prepositions ("l’", "dall'"), from the stop words, in both apostrophes."""
    stop = {w for w in nlp.stop_words(ctx.lang) if w[-1:] in "'’"}
    return stop | {w[:-1] + ("’" if w[-1] == "'" else "'") for w in stop}


def _country_tail(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a trailing country starts and its code: "X, Slovak Republic", "Belene z
    Bułgarii", "Legacy17 from Sweden", "… Laboratorium uit Vlaanderen" (after "from" a
    region or city will do; "University in Košice" is a name)."""
    text = text.rstrip(" .,;")
    m = re.search(r",\s+([^,]+)$", text)
    if m and (code := _country_name(m.group(1), ctx)):
        return m.start(), code
    for word in ctx.lex.cues["origin"]:
        m = re.search(rf"\s+{re.escape(word)}\s+(\S+(?:\s\S+)?)$", text, re.I)
        # after a single word a city is part of the name: "Universitatea din Oradea"
        if m and (code := _country_name(m.group(1), ctx) or len(text[:m.start()].split()) >= 2 and _place(m.group(1), ctx)):
            return m.start(), code
    return len(text), None


def _place_and_country(text: str, ctx: Context) -> str | None:
    """The country of "City, Country" or "City" alone, as a bracket after a name gives them."""
    head, _, last = text.rpartition(",")
    if head.strip() and (code := _country_name(last.strip(), ctx)) and _place(head.strip(), ctx):
        return code
    words = re.split(r"[\s,;/–—-]+", text.strip())
    if len(words) <= 4 and re.fullmatch(r"[A-Z]{2}", words[-1]) and (code := _country_name(words[-1], ctx)):
        return code  # "(Creta – GR)", "(Trier / DE)"
    return _place(text, ctx)


def _role_tail(text: str, ctx: Context, role: str) -> tuple[str, str]:
    """A lead cue after a dash or comma ends the name: "… Nonprofit Kft.- Lead-Partner",
    "Obec Lipany – vedúci partner" (hyphens and spaces in the cue alike)."""
    low = re.sub(r"[-‐]", " ", text.lower()).rstrip(" .,;")
    for cue in sorted({c for k in LEAD_KEYS for c in ctx.lex.cues[k]}, key=len, reverse=True):
        cue = cue.replace("-", " ")
        if low.endswith(cue) and (len(low) == len(cue) or not low[-len(cue) - 1].isalnum()):
            head = text[:len(low) - len(cue)].rstrip()
            if head.endswith(("-", "–", "—", ",")) and len(head.split()) >= 2:
                return head.rstrip("-–—, "), LEAD
    return text, role


def _initials(name: str) -> str:
    """The capitals that open the words of a name: "Pisztráng Kör" -> "PK"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _labelled_country(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a labelled country after a name starts, and its code: "Hogyes Endre Gimnazium &
    Country: HU", "X; Land: Deutschland" (a one-word label, then only a country), "X • AUSTRIA"."""
    m = re.search(r"\s*[&,;|–—-]\s*[^\W\d]+\s*:\s*([^:&,;|]+?)[\s.]*$", text)
    if m and m.start() > 0 and (code := _country_name(m.group(1), ctx)):
        return m.start(), code
    # a bullet between the name and its country, as partner directories set them: "X • AUSTRIA"
    m = re.search(r"\s*[•·]\s*([^•·]+?)[\s.]*$", text)
    if m and m.start() > 0 and (code := _country_name(m.group(1), ctx)):
        return m.start(), code
    return len(text), None


def _city_tail(text: str, ctx: Context) -> tuple[int, str | None]:
    """Where a trailing city starts and its country: "Université de Lorraine, Nancy",
    "Hochschule Trier – Trier" (a comma or dash, then only a place)."""
    text = text.rstrip(" .,;")
    m = re.search(r"(?:,\s*|\s[-–—]\s+)([^,–—]+)$", text)
    if m and m.start() > 0 and (code := _place(m.group(1), ctx)):
        return m.start(), code
    return len(text), None


def _place(text: str, ctx: Context) -> str | None:
    """The country of a region or city that is the whole text ("Vlaanderen", "Trnava")."""
    hits = gazetteer.find(text, ctx.lex)
    return hits[0].cc if len(hits) == 1 and hits[0].text == text.strip() else None



def _cut_description(text: str, ctx: Context) -> str:
    """A lead label's value ends where a dash or colon opens a sentence about the project ("Vysoké učení
    technické v Brně - Ziel des Projekts ist die Forschung …", "X: The project aims to …"):
    eight words or more after it, most of them in lower case. A name's own dash part stays
    ("Regione Puglia – Dipartimento Mobilità, …"): the words after it hold a copula or a
    sentence's end, as a sentence does."""
    copulas = set(ctx.lex.cues["copula"])
    for m in re.finditer(r"\s[-–—]\s+|:\s+", text):
        words = text[m.end():].split()
        said = any(w.lower().strip(",.") in copulas for w in words) or re.search(r"[.!?]\s+[A-ZÀ-Ž]", text[m.end():])
        if m.start() > 0 and len(words) >= 8 and sum(w[:1].islower() for w in words) * 2 >= len(words) and said:
            return text[:m.start()]
    return text


# a postal address after a name: ", street and house number, postcode town" (postcodes of
# four or five digits, "44 000", "811 06", "00-950", "D-01067")
_ADDRESS_TAIL = re.compile(r",\s+[^\W\d][^,\d]{1,40}?\s\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?,\s+"
                           r"(?:[A-Z]{1,2}-)?\d{2,3}[\s-]?\d{2,3}\s+[^\W\d][^,;()]*$")


def parse_item(text: str, start: int, ctx: Context, role: str) -> Partner | None:
    """One partner from a list item or label value, with its markers taken out."""
    end = start + len(text.rstrip())
    skip = _leading_noise(text, ctx)
    text, start = text[skip:], start + skip
    text = _ADDRESS_TAIL.sub("", text)  # "Dom za starije osobe Sisak, Oktavijana Augusta 3, 44 000 Sisak"
    url = None
    m = _URL.search(text)
    if m:
        url = m.group(0).rstrip(".")
        text = re.sub(r"\(\s*\)", " ", text[:m.start()] + text[m.end():]).strip()  # "X (www.x.pl)"
    country = None
    cut, code = _labelled_country(text, ctx)
    if code:
        country, text = code, text[:cut]
    inverted = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)[\s.,;]*", text)
    if inverted and (code := _country_name(inverted.group(1), ctx)) and not _country_name(inverted.group(2), ctx):
        # "Litva (MITA)": the country, then its partner in brackets
        p = parse_item(inverted.group(2), start + text.find(inverted.group(2)), ctx, role)
        if p:
            p.country, p.flags = code, ["country-first"]
        return p
    lead_cues = {c for k in LEAD_KEYS for c in ctx.lex.cues[k]}
    for p in list(_PAREN.finditer(text)):
        inner = p.group(1).strip()
        if _initials(text[:p.start()]) == inner:
            continue  # "Pisztráng Kör (PK)": the acronym, not Pakistan
        if partner_lists.amount_only(inner, ctx):
            text = text.replace(p.group(0), " ", 1)  # "X (120 000 EUR)": the partner's share
            continue
        if inner[:1].islower() and p.end() == len(text.rstrip(" .,;")) and p.start() > 0 \
                and not _country_name(inner, ctx) and inner.lower() not in lead_cues:
            text = text.replace(p.group(0), " ", 1)  # a remark: "(ďalej len „príjemca“)", "(hereinafter X)"
            continue
        if code := _country_name(inner, ctx) or p.end() == len(text.rstrip(" .,;")) and _place_and_country(inner, ctx):
            country = code  # "(DE)", "(Germany)", "(Česká republika)", "(Prag)", "(Trier, Germany)"
        elif inner.lower() in lead_cues:
            role = LEAD
        elif p.end() == len(text.rstrip(" .,;")) and len(inner.split()) >= 2 and inner[:1].isupper() \
                and p.start() > 0 and not LEGAL_FORM_WORD.search(inner):  # "X (Steinbeis Innovation GmbH)" stays
            pass  # the name again in another language: "Bordány Sportkör (Bordány Sport Club)"
        else:
            continue
        text = text.replace(p.group(0), " ", 1)
    text, role = _role_tail(text, ctx, role)
    tail = _DASH_TAIL.search(text.rstrip(" .,;"))
    if tail and (code := _country_name(tail.group(1), ctx)):
        country = country or code
        text = text[:tail.start()]
    cut, code = _country_tail(text, ctx)
    if code:
        country, text = country or code, text[:cut]
    if _typed(text.lstrip(), ctx) and (where := re.search(r"\s[a-zà-ž]{1,3}\s+(\S+(?:\s\S+)?)$", text.rstrip(" .,;"))) \
            and (code := _country_name(where.group(1), ctx)):
        country, text = country or code, text[:where.start()]  # "miasto Mula w Hiszpanii": a town in its country
    cut, code = _city_tail(text, ctx)
    if code:
        country, text = country or code, text[:cut]
    elif country and (city := re.search(r",\s*[A-ZÀ-Ž][^\W\d]+(?:[\s-][A-ZÀ-Ž][^\W\d]+)?\s*$", text)) \
            and len(text[:city.start()].split()) >= 2:
        text = text[:city.start()]  # "Centro San Viator, Sopuerta - Spagna": the town before the country
    text = _cut_open_bracket(text)
    name = clean_name(text)
    if not name or not re.search(r"\w{2}", name) or _country_name(name, ctx):
        return None  # "Hlavním koordinátorem projektu je Španělsko": a country, not a partner
    full, acronym = split_acronym(name)
    country = country or country_of(full, ctx) or gazetteer.town_in_name(full, ctx.lex, ctx.named_countries)
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
                if _header_row(item, ctx):
                    continue
                item = _table_item(item, ctx)
            p = parse_item(item, b.start, ctx, role)
            if p:
                p.end = b.end
                out.append(p)
    return out


def _header_row(row: str, ctx: Context) -> bool:
    """A table's header: a cell that is a partner or name label ("Partner", "Name") and no
    cell that is a country or place (a row "Partner | Comune di Udine | Italy" names one)."""
    labels = {c.lower() for k in ("partners", "org_name_label") for c in ctx.lex.cues[k]}
    cells = [c.strip() for c in row.split(" | ")]
    return any(c.lower() in labels for c in cells) and not any(_country_name(c, ctx) or _place(c, ctx) for c in cells)


def _table_item(row: str, ctx: Context) -> str:
    """A partner table's row as one item: the name cell (after a number or "LP"/"PP2" cell),
    with the first cell that is a country or a place in brackets ("2 | Univerza v Mariboru |
    Maribor | Slovenia" -> "Univerza v Mariboru (Maribor)")."""
    cells = [c.strip() for c in row.split(" | ")]
    while len(cells) > 1 and re.fullmatch(r"\W*\d{1,2}\W*|(?:LP|PP|P)\s?\d{0,2}", cells[0]):
        cells.pop(0)
    where = next((c for c in cells[1:] if _country_name(c, ctx) or _place(c, ctx)), None)
    return cells[0] + (f" ({where})" if where else "")


def from_labels(ctx: Context) -> list[Partner]:
    """"Lead partner: X – ČR", "Partneři projektu: PP2: A – Německo, PP3: B – …", and
    the same with the label on its own line above the value."""
    out = []
    for i in ctx.indices:
        found = ctx.label_value(i, LEAD_KEYS | {"partners", "country_nouns"})
        if not found:
            continue
        cue, start, end = found
        if cue.key == "country_nouns":  # "Partnerské krajiny: Litva (MITA), Holandsko (SNN), …"
            out.extend(p for p in enumerated(ctx, start, end, PARTNER) if "country-first" in p.flags)
        elif cue.key in LEAD_KEYS and len(several := _companies(ctx, start, end)) >= 2:
            out.extend(several)  # "Prijímateľ: Kraj X, A GmbH, B G.m.b.H.": beneficiaries, none named lead
        elif cue.key in LEAD_KEYS:
            p = parse_item(_cut_description(ctx.doc.text[start:end], ctx), start, ctx, LEAD)
            out.extend([p] if p else [])
        elif _numbered_label(ctx, i):
            # "Projekt Partner (PP1): Körös-Maros … és … Alapítvány": one partner, "és" inside its name
            p = parse_item(ctx.doc.text[start:end], start, ctx, PARTNER)
            out.extend([p] if p else [])
        else:
            out.extend(enumerated(ctx, start, end, PARTNER))
    return out


_BUDGET_KEYS = {"budget_total", "budget_eu", "budget", "budget_other"}


def from_amount_lines(ctx: Context) -> list[Partner]:
    """The project's budget broken down by partner: two or more organisations, each named
    right before its share ("Obec Lhota Celkem 6 500,00 EUR", "Gmina Nowa Wieś: 22 473,66 €").
    Only names holding an organisation-type word count, so that budget labels ("wartość
    projektu: …", "EU grant: …") do not."""
    text = ctx.doc.text
    out: list[Partner] = []
    for i in ctx.indices:
        b = ctx.doc.blocks[i]
        block = text[b.start:b.end]
        pos = 0
        for money in find_money(block, ctx.lex):
            before = block[pos:money.start]
            pos = money.end
            cues = [c for c in nlp.cues(before, ctx.lang, _BUDGET_KEYS) if not before[c.end:].strip(" :")]
            if cues:  # "Obec Lhota Celkem 6 500 EUR": the budget word between the name and its amount
                before = before[:cues[-1].start]
            before = before.rstrip(" :–-")
            m = re.search(r"(?:^|[.;,/]\s+|\s{2,})([^.;,/:]+)$", before)
            name = m.group(1).strip() if m else ""
            name = re.sub(r"^(?:[a-zà-ž]+\s+){1,3}(?=[A-ZÀ-Ž])", "", name)  # "w tym Gmina X", "davon Stadt Y"
            words = name.split()
            if not (1 < len(words) <= 8 and name[:1].isupper() and has_org_word(name)) or any(c.isdigit() for c in name) \
                    or nlp.cues(name, ctx.lang, FIELD_KEYS) or _funding_body(name, ctx):
                continue
            p = parse_item(name, b.start + block.rfind(name, 0, money.start), ctx, PARTNER)
            out.extend([p] if p else [])
    return out if len({p.name for p in out}) >= 2 else []


def _companies(ctx: Context, start: int, end: int) -> list[Partner]:
    """A label value that lists several organisations by comma, two or more of them
    ending with a legal form ("A GmbH, B s.r.o., C"); a single name with a comma inside
    ("Ministerul X, Y și Z", "Farní sbor, a. v. v Y") does not qualify."""
    pieces = [x.strip() for x in ctx.doc.text[start:end].split(", ")]
    legal = sum(bool(LEGAL_FORM_WORD.search(re.sub(r"[.\s]", "", x.lower()).rstrip(".")) or LEGAL_FORM_WORD.search(x.rstrip(". ")))
                for x in pieces)
    if len(pieces) < 2 or legal < 2 or not all(x[:1].isupper() for x in pieces):
        return []
    return enumerated(ctx, start, end, PARTNER)


def _numbered_label(ctx: Context, i: int) -> bool:
    found = ctx.label_value(i, PARTY_KEYS)
    return bool(found and found[0].key == "partners"
                and _NUMBERED_LABEL.search(ctx.doc.text[ctx.block(i).start:found[1]]))


_NUMBERED_LABEL = re.compile(r"(?:\bPP\s?\d{1,2}|\s\d{1,2})\W*$")  # "Partner (PP2):", "Projektpartner 3:"


# "Vedúci partner – X (ČR)", "Projektový partner 1 – Y": a role, maybe numbered, a dash, then the name
_ROW = re.compile(r"^(?P<head>[^:–—\d]{3,40}?)\s*\d{0,2}\s[–—-]\s+(?P<value>\S.*)$")  # ":" labels: from_labels
PARTY_KEYS = LEAD_KEYS | {"partners"}
# cue keys that are part of a partner label or a sentence about partners; any other cue
# in a line below a partners label ("Jóváhagyott ERFA támogatás") means the list has ended
_PARTNER_TALK = PARTY_KEYS | {"partner_nouns", "member_nouns", "country_nouns", "copula", "conjunctions", "role_as",
                              "partnership_with", "origin", "range_from", "range_to", "date_connectors",
                              "money_connectors", "year_suffix", "member_list", "founding"}


def _row(ctx: Context, i: int) -> tuple[str, int] | None:
    """(role, offset of the name) when block i is a partner row "Role [n] – Name"."""
    text = ctx.text(i)
    m = _ROW.match(text)
    if not m or len(m.group("head").split()) > 4:
        return None
    base = ctx.block(i).start
    cues = [c for c in ctx.cues(i, PARTY_KEYS) if c.end - base <= m.end("head")]
    if not cues:
        return None
    return (LEAD if any(c.key in LEAD_KEYS for c in cues) else PARTNER), base + m.start("value")


_LABEL_LINE = re.compile(r"^(?P<label>[^:\d]{2,40}?)\s*:\s*(?P<value>\S.*)$")


def _partner_records(ctx: Context, pos: int) -> list[Partner]:
    """One record of "Label: value" lines per partner under a partners label, as partner
    directories print them: "Lead Partner: X" or "Name: Y", then "Address: …, Hungary",
    "Legal status: …", budgets. A label about the project ("Project name (EN): …") ends them."""
    out: list[Partner] = []
    for j in ctx.indices[pos + 1:pos + 61]:
        text, base = ctx.text(j), ctx.block(j).start
        m = _LABEL_LINE.match(text)
        if not m:
            if _name_line(text, ctx):
                continue  # the partner's name as a heading above its record
            break
        label = m.group("label").strip().lower()
        keys = {c.key for c in ctx.cues(j) if c.text.lower() == label}
        value_start = base + m.start("value")
        if keys & LEAD_KEYS or "org_name_label" in keys:
            p = parse_item(m.group("value"), value_start, ctx, LEAD if keys & LEAD_KEYS else PARTNER)
            out.extend([p] if p else [])
        elif "address_label" in keys and out:
            parts = m.group("value").rstrip(" .").split(",")
            out[-1].country = out[-1].country or _country_name(parts[-1].strip(), ctx)
        elif any(c.key in ("project_before", "project_after") for c in ctx.cues(j) if c.start < value_start):
            break
    return out


def _name_line(text: str, ctx: Context) -> bool:
    """A line that is an organisation's name and nothing more: short, not a label or
    sentence, with two capitalised words or an acronym ("Obec Tureň", "EUREGIO …")."""
    text = text[_leading_noise(text, ctx):].strip()
    text = text[:_labelled_country(text, ctx)[0]]  # "X & Country: HU"
    words = text.split()
    if not 1 <= len(words) <= 15 or re.match(r"^[^:]{1,40}:", text) or _URL.search(text):
        return False
    if text.endswith(".") and not re.search(r"(?:^|\s)(?:\w{1,4}\.)+$", text):
        return False  # a sentence, unless it ends with a legal form ("e. V.", "d.o.o.")
    # an elided article opens a capitalised word: "Regione dell’Epiro"
    return (text[:1].isupper() or text[:1] in "„“\"'") and _proper(_ELISION.sub("", text.replace("„", "").replace("“", "")))


def _ends_list(ctx: Context, j: int) -> bool:
    return bool(ctx.label_alone(j, PARTY_KEYS) or _row(ctx, j)
                or any(c.key in FIELD_KEYS and c.key not in _PARTNER_TALK for c in ctx.cues(j)))


def from_label_blocks(ctx: Context) -> list[Partner]:
    """Partners on the lines below a label that stands alone ("Capofila" / "Comune di
    Sesana", "Partneri projektu:" / one line per partner) and partner rows ("Vedúci
    partner – X (ČR)", "Lead partner – X, Slovak Republic") with the partners listed
    under them, one per line with its country."""
    out = []
    for pos, i in enumerate(ctx.indices):
        cue = ctx.label_alone(i, PARTY_KEYS)
        row = None if cue else _row(ctx, i) or _lead_label_row(ctx, i)
        if not cue and not row:
            continue
        if row:
            role, start = row
            p = parse_item(ctx.doc.text[start:ctx.block(i).end], start, ctx, role)
            out.extend([p] if p else [])
            role = PARTNER  # the lines below a lead row are its partners
        else:
            role = LEAD if cue.key in LEAD_KEYS else PARTNER
            if role == PARTNER and pos + 1 < len(ctx.indices) and _LABEL_LINE.match(ctx.text(ctx.indices[pos + 1])):
                out.extend(_partner_records(ctx, pos))
                continue
        for n, j in enumerate(ctx.indices[pos + 1:pos + 31]):
            b, text = ctx.block(j), ctx.text(j)
            # below a row, a name with its country goes on even when it holds a cue word ("Cluster 55° (SE)")
            if _ends_list(ctx, j) and not (row and not _row(ctx, j) and _name_line(text, ctx) and _tail_country(text, ctx)):
                break
            if b.kind == TABLE_ROW:  # a partner table: its header row, then one partner a row
                if _header_row(text, ctx):
                    continue
                text = _table_item(text, ctx)
            if not _name_line(text, ctx):
                found = enumerated(ctx, b.start, b.end, role) if n == 0 and cue and role == PARTNER else []
                out.extend(found if len(found) >= 2 else [])  # "Partners" / "A, B, C"
                break
            p = parse_item(text, b.start, ctx, role)
            if not p:
                break
            if row and not p.country:
                break  # below a row, only lines that carry a country continue the list
            out.append(p)
            if cue and role == LEAD:
                break  # a lead label names one organisation
            role = PARTNER
    return out


def _lead_label_row(ctx: Context, i: int) -> tuple[str, int] | None:
    """(role, offset of the name) when block i is a lead label whose value ends with its
    country ("Lead partner: ecoplus. The Business Agency of Lower Austria (AT)"): like a row
    "Lead partner – X (AT)", the lines below that carry a country are its partners."""
    found = ctx.label(i, LEAD_KEYS)
    if not found or len(ctx.text(i).split()) > 20:
        return None
    value = ctx.doc.text[found[1]:ctx.block(i).end]
    return (LEAD, found[1]) if _tail_country(value, ctx) else None


def _country_heading(ctx: Context, i: int) -> tuple[str, str] | None:
    """(country, role) when block i is only a country name, maybe with a role after a
    dash: "Turcji", "Austria:", "Portugalii – koordynator projektu"."""
    text = ctx.text(i).strip().rstrip(":").strip()
    head, _, tail = re.sub(r"\s[–—-]\s", "\0", text, count=1).partition("\0")
    head = partner_lists.without_preposition(head, ctx)  # "Per la Grecia", "For Austria", "Za Slovensko"
    code = _country_name(head, ctx) if len(head.split()) <= 3 else None
    if not code or len(tail.split()) > 5:
        return None
    lead = tail and any(c in tail.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])
    return code, LEAD if lead else PARTNER


_NAME_HEAD = re.compile(r"^(?P<name>.+?)(?:\s+[-–—(]|,\s+(?=[^\W\d_]*[a-zà-ž]))")  # "X - publiczna szkoła", "X (= EBSO), to …"


def from_country_headings(ctx: Context) -> list[Partner]:
    """Organisations listed under country headings: each line under "Austria" until the
    next heading is an Austrian partner; a paragraph under it gives the name that opens
    it ("TEB ATASEHIR ORTAOKULU - publiczna szkoła …"). Two country headings at least,
    so that a lone country line is not read as a list."""
    heads = [(pos, found) for pos, i in enumerate(ctx.indices) if (found := _country_heading(ctx, i))]
    if len(heads) < 2:
        return []
    out = []
    for n, (pos, (code, role)) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else min(len(ctx.indices), pos + 11)
        for j in ctx.indices[pos + 1:stop]:
            b, text = ctx.block(j), ctx.text(j)
            if _name_line(text, ctx):
                p = parse_item(text, b.start, ctx, role)
            elif b.kind == PARAGRAPH and (m := _NAME_HEAD.match(text)) and len(m.group("name").split()) <= 10 \
                    and _proper(m.group("name")):
                p = parse_item(m.group("name"), b.start, ctx, role)
            else:
                break
            if p:
                p.country = code
                out.append(p)
            if b.kind == PARAGRAPH:
                break
    return out


def enumerated(ctx: Context, start: int, end: int, role: str, running: bool = False,
               open_end: bool = True) -> list[Partner]:
    """Partners listed inline between two document offsets. In running text an item may
    go on with its role ("X u ulozi Vodećeg partnera"), and when the list runs to the
    sentence's end (open_end) the last item ends where the sentence goes on ("… e B. Il …")."""
    text = ctx.doc.text[start:end]
    out = []
    items = split_items(text, ctx.lex.cues["conjunctions"], lambda t: ends_with_country(t, ctx),
                        lambda t: _named(t[_leading_noise(t, ctx):]) or bool(_typed(t.lstrip(), ctx)),
                        lambda t: bool(_country_name(t, ctx) or _place(t, ctx)))
    items = [part for a, b in items for part in _typed_parts(text, a, b, ctx)]
    named = [_named(text[a:b][_leading_noise(text[a:b], ctx):]) or bool(_typed(text[a:b].lstrip(), ctx))
             for a, b in items]
    last = 0
    if not named or not named[0] or sum(named) < len(named) / 2:
        return []  # a description ("regionale und nationale Institutionen, …"), not names
    items, leads = _dash_roles(text, items, ctx)
    named = [_named(text[a:b][_leading_noise(text[a:b], ctx):]) or bool(_typed(text[a:b].lstrip(), ctx))
             for a, b in items]
    for (a, b), ok in zip(items, named):
        piece = text[a:b]
        if not ok:
            continue
        code = _country_name(piece.strip(" .,;/"), ctx)
        if code:  # a country is not a partner; after one it is that partner's country
            if out and out[-1].end == start + last and not text[last:a].strip(" ,;\n"):
                out[-1].country = code  # "Spojena škola Martin, Slovensko, …": stated, so it beats a guess from the name
            continue
        kind = LEAD if (a, b) in leads else role
        if running:
            piece, kind = _role_in_piece(piece, ctx, kind)
            if open_end and (a, b) == items[-1] and piece == text[a:b] and not ends_with_country(piece, ctx):
                skip = _leading_noise(piece, ctx)
                piece = piece[:skip + _name_span(piece[skip:], ctx)[1]]  # "… e B. Il progetto …"
        p = parse_item(piece, start + a, ctx, kind)
        if p and len(p.name.split()) <= 20:
            p.end, last = start + b, b
            out.append(p)
    return partner_lists.spread_plural_type(out, ctx.doc.text, ctx.lang, ctx.lex.cues["conjunctions"],
                                            lambda n: has_org_word(n) or bool(_typed(n, ctx)))


def _dash_roles(text: str, items: list[tuple[int, int]], ctx: Context) -> tuple[list[tuple[int, int]], set]:
    """Items split where a dash and a lead role, two words at most before the cue, end at
    a comma inside them ("BROZ (SK) – konzorciumi vezető partner, State Nature Conservancy
    (SK)"): the role is the first part's, the rest another item. Returns the items and
    those that are leads."""
    out, leads = [], set()
    for a, b in items:
        m = re.search(r"\s[-–—]\s*([^,;:()]{2,60}?),\s*(?=\S)", text[a:b])
        low = re.sub(r"[-‐]", " ", m.group(1).lower()).strip() if m else ""
        if m and m.start() > 0 and any(low == c or low.endswith(" " + c) and len(low[:-len(c)].split()) <= 2
                                       for c in {c.replace("-", " ") for k in LEAD_KEYS for c in ctx.lex.cues[k]}):
            out += [(a, a + m.start()), (a + m.end(), b)]
            leads.add((a, a + m.start()))
        else:
            out.append((a, b))
    return out, leads


def _role_in_piece(piece: str, ctx: Context, role: str) -> tuple[str, str]:
    """An item of a list in running text that goes on with its role: "Občina Semič u ulozi
    Vodećeg partnera" is the lead, "Malbork jako jedyny z Polski" is Malbork from Poland.
    The piece is cut before the role words; a country after "from" is kept."""
    for word in sorted(ctx.lex.cues["role_as"], key=len, reverse=True):
        m = re.search(rf"\s{re.escape(word)}\s+(\S+)", piece, re.I)
        if not m or m.start() == 0 or (m.group(1)[:1].isupper() and not _is_lead(m.group(1), ctx)):
            continue
        rest = piece[m.start():]
        lead = any(c in rest.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])
        _, code = _country_tail(rest, ctx)
        name = piece[:m.start()] + (f" ({code})" if code else "")
        return name, LEAD if lead else role
    return piece, role


def _is_lead(word: str, ctx: Context) -> bool:
    return any(c.split()[0] == word.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])


def _strip_tail(text: str, ctx: Context) -> str:
    """Drop trailing copulas, role verbs and "as" words: "X (dále jen Y) je" -> "X",
    "Općina Medulin kao" -> "Općina Medulin", "Consiliul Judeţean Giurgiu, în calitate de" -> …"""
    text = _PAREN.sub("", text).strip(" ,").rstrip(" ,(")
    copulas = sorted(ctx.lex.cues["copula"] + ctx.lex.cues["role_as"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for c in copulas:
            if text.lower().endswith(" " + c) and not text[-len(c)].isupper():  # "Région Grand Est" keeps "Est"
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
        if ctx.block(i).kind == HEADING:  # a title names the cooperating places: "Spolupráce obcí A a B"
            out.extend(p for sent in ctx.sentences(i) for p in _cooperating_places(ctx, i, sent))
        if ctx.block(i).kind == HEADING and ctx.text(i).rstrip().endswith(":") and not ctx.label(i, PARTY_KEYS):
            out.extend(_country_list_below(ctx, i))  # "Six schools take part:" / "- X, Sandnes, Norway"
            sent = ctx.sentences(i)[-1] if ctx.sentences(i) else None
            if sent and _colon_after(ctx, i, sent, {"partners", "partner_nouns", "participation"}) is not None:
                out.extend(_next_paragraph_list(ctx, i))  # "Zástupci všech partnerských škol:" / "A, B, C"
            elif sent:
                out.extend(partner_lists.cooperation_list(ctx, i, sent))
            continue
        if ctx.label(i, LEAD_KEYS) or ctx.block(i).kind in (HEADING, TABLE_ROW) \
                or ctx.block(i).kind == LIST_ITEM and (ctx.block(i).number is None or len(ctx.text(i).split()) < 25):
            continue  # a numbered clause of a contract or report is a paragraph: "2. Predkladateľom … je X"
        if _numbered_label(ctx, i):
            continue  # "Project Partner (PP1): A and B Institute": one partner, read by from_labels
        out.extend(_country_list_below(ctx, i))
        for sent in ctx.sentences(i):
            cues = [c for c in ctx.cues(i, LEAD_KEYS | {"founding", "member_list"})
                    if sent.start <= c.start < sent.end]
            founding = any(c.key == "founding" for c in cues)
            listing = [c for c in cues if c.key == "member_list"]
            if founding and listing:
                out.extend(_enumeration(ctx, i, sent, listing[0].end))
                continue
            # "… za účasti partnerov projektu: A (Turecko), B (Dánsko) a C (Slovensko)."
            colon = _colon_after(ctx, i, sent, {"partners", "partner_nouns", "participation"})
            if colon is not None and ctx.doc.text[colon:ctx.block(i).end].strip():
                found = enumerated(ctx, colon, _list_end(ctx, colon, _sentence_end(ctx, i, sent)), PARTNER,
                                   running=True)
                out.extend(found if not _people(found, ctx) else [])
            elif colon is not None:  # "… z každé partnerské školy:" and the list in the next paragraph
                out.extend(_next_paragraph_list(ctx, i))
            else:  # "… prostredníctvom nasledovného partnerstva:" / "• A s.r.o." / "• B kraj"
                out.extend(partner_lists.cooperation_list(ctx, i, sent))
            out.extend(_prose_lists(ctx, i, sent))
            out.extend(_counted_list(ctx, i, sent))
            out.extend(_predicate_subjects(ctx, i, sent))
            out.extend(_together_with(ctx, i, sent))
            out.extend(_grant_receivers(ctx, i, sent))
            out.extend(_project_actors(ctx, i, sent))
            out.extend(_lead_by_verb(ctx, i, sent))
            out.extend(_cooperating_places(ctx, i, sent))
            out.extend(_joint_subjects(ctx, i, sent))
            out.extend(partner_lists.consisting_lists(ctx, i, sent))
            out.extend(partner_lists.bracket_list(ctx, i, sent))
            leads = [c for c in cues if c.key in LEAD_KEYS]
            for n, cue in enumerate(leads):
                if ctx.doc.text[cue.end:sent.end].lstrip().startswith(":") \
                        or cue.text.split()[-1].lower() in nlp.stop_words(ctx.lang) \
                        or _long_name_opens(ctx.doc.text[cue.end:sent.end], ctx) \
                        or _typed_after(ctx.doc.text[cue.end:sent.end], ctx) is not None:
                    # "coordinated by X", "vezető partnere Kisölved Község Önkormányzata": the lead follows
                    p = _after_cue(ctx, cue, sent)
                    out.extend([p] if p else [])
                    continue
                # "Općina Medulin nositelj je i prijavitelj": the second cue's subject is not "nositelj"
                from_ = leads[n - 1].end if n else sent.start
                subject, start = _subject_before(ctx, from_, cue.start)
                if not subject or any(c.start == start or c.end == start + len(subject)
                                      for c in ctx.cues(i, _PROJECT_KEYS)):
                    # "Az Erasmus+ program koordinátora a X volt": the project or programme is not its own lead
                    p = _after_cue(ctx, cue, sent)
                    out.extend([p] if p else [])
                    continue
                p = parse_item(subject, start, ctx, LEAD)
                if p and not _people([p, Partner(subject, LEAD, start, start)], ctx) \
                        and (cue.key != "lead_under" or _organisation(p, ctx)) \
                        and not _noun_before_article(ctx.doc.text[start + len(subject):cue.start], ctx) \
                        and not _person_apposition(ctx.doc.text[sent.start:start], subject):  # "… de: prof. X (coordonator)"
                    out.append(p)
    return out


_PROJECT_KEYS = {"project_before", "project_after", "programme"}


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
    m = re.search(r"((?:[A-ZÀ-Ž][a-zà-žőű]+\.?\s+){1,3}[A-ZÀ-Ž][a-zà-žőű]+),\s*$", before)
    first = subject.split()[0] if subject.split() else ""
    return bool(m) and not has_org_word(m.group(1)) and first[:1].isupper() and not has_org_word(first) \
        and len(subject.split()) >= 3


def _subject_before(ctx: Context, from_: int, end: int) -> tuple[str, int]:
    """The organisation that is the subject of a role cue at `end`, in the clause that ends
    there, and its offset: "Općina Medulin nositelj je", "X, designated as lead",
    "statutární město Karviná je partnerem"; ("", -1) when the clause holds no name."""
    before = ctx.doc.text[from_:end]
    tail = before[before.rfind(": ") + 2:]
    if ": " in before and not re.search(r"[.!?][“”\"»]?\s", tail):  # "Echipa … este reprezentată de: X": a label's value
        from_, before = from_ + before.rfind(": ") + 2, tail
    # remove parentheticals first so that "(dále jen RRA ÚK)" does not cut the clause
    clean_before = _strip_tail(_PAREN.sub("", before), ctx)
    clause = clean_before[_clause_start(clean_before.rstrip(), ctx):]
    as_word = any(before.rstrip(" ,(").lower().endswith(" " + w) for w in ctx.lex.cues["role_as"])
    if as_word and re.fullmatch(r"[^\W\d]+", clause.strip()) and clause.strip().islower():
        clean_before = clean_before[:len(clean_before) - len(clause)].rstrip(" ,")
        clause = clean_before[_clause_start(clean_before.rstrip(), ctx):]  # "X, designated as lead"
    subject = _strip_tail(clause, ctx).lstrip(",„\"“' ").rstrip(" -–—")  # "X (PT) - lead partner"
    stop = nlp.stop_words(ctx.lang)
    while subject.split() and subject.split()[-1].lower() in stop and not subject.split()[-1][:1].isupper():
        subject = subject[: subject.rfind(" ")].rstrip(" ,") if " " in subject else ""
    while subject.split()[:1] and subject.split()[0].lower() in stop and not _typed(subject, ctx):
        subject = subject.split(" ", 1)[1] if " " in subject else ""  # "il Comune sloveno di Sezana"
    if len(subject.split()) == 1 and before.rstrip().endswith(subject):
        subject = ""  # "Zástupca vedúceho partnera", "Hlavním koordinátorem": part of the phrase
    if (not subject[:1].isupper() and not _typed(subject, ctx)) or not 1 <= len(subject.split()) <= 12:
        # "Il progetto promosso dall’Associazione X (capofila)", "… i to Občina Semič u ulozi Vodećeg partnera"
        subject = _trailing_name(_strip_tail(clause, ctx), ctx) if clause.strip() else ""
    return (subject, from_ + before.rfind(subject)) if subject else ("", -1)


def _name_only(text: str, ctx: Context) -> str:
    """The name that opens text, up to the first lower-case word that is not a joiner (after an
    opening type word): "Palatul Copiilor Craiova a participat" -> "Palatul Copiilor Craiova",
    "statutární město Karviná" stays."""
    stop = nlp.stop_words(ctx.lang)
    typed = _typed(text, ctx)
    words = list(re.finditer(r"\S+", text))
    keep = 0
    for m in words:
        w = m.group(0).lstrip("„“\"'(«")
        if m.start() >= typed and w[:1].islower() and w.lower().strip(",.;:") not in stop:
            break
        keep += 1
    while keep and words[keep - 1].group(0).islower() and words[keep - 1].group(0) in stop \
            and words[keep - 1].start() >= typed:
        keep -= 1
    return text[:words[keep - 1].end()].rstrip(" ,;:") if keep else ""


def _predicate_subjects(ctx: Context, i: int, sent) -> list[Partner]:
    """The subject of a partner role said after a copula or "as": "statutární město Karviná
    je partnerem projektu", "Școala X este beneficiara unui proiect", "X, mint Kedvezményezett",
    "The City of Y is a partner". A lead cue that holds the role word is read elsewhere."""
    out = []
    text = ctx.doc.text
    leads = ctx.cues(i, LEAD_KEYS)
    links = sorted(ctx.lex.cues["copula"] + ctx.lex.cues["role_as"], key=len, reverse=True)
    stop = nlp.stop_words(ctx.lang)
    for cue in ctx.cues(i, {"partner_predicate"}):
        if not sent.start <= cue.start < sent.end or any(l.start <= cue.start < l.end for l in leads):
            continue
        before = text[sent.start:cue.start].rstrip()
        for _ in range(2):  # articles between the copula and the role: "is a partner", "ist ein Partner"
            last = before.split()[-1:] or [""]
            if last[0].lower() in stop and not any(before.lower().endswith(" " + c) for c in links):
                before = before[:before.rfind(" ")].rstrip() if " " in before else ""
        link = next((c for c in links if before.lower().endswith(" " + c)), None)
        if not link:
            continue
        subject, start = _subject_before(ctx, sent.start, sent.start + len(before) - len(link))
        subject = _name_only(subject, ctx)
        if not subject or not (_proper(subject) or _typed(subject, ctx)) or start < sent.start:
            continue
        found = enumerated(ctx, start, start + len(subject), PARTNER) \
            if any(f" {c} " in subject for c in ctx.lex.cues["conjunctions"]) else []
        if not found and (p := parse_item(subject, start, ctx, PARTNER)):
            found = [p]
        found = [p for p in found if _proper(p.name) or _typed(p.name, ctx)]  # "Das Projekt ist Partner"
        out.extend(found if not _people(found, ctx) else [])
    return out


def _together_with(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations named after "together with" beside a named subject or at the opening of a
    sentence: "Agenţia X împreună cu A, B şi C organizează …", "Samen met A, B en C werken ze
    aan …", "participa como coordinador, junto con el instituto X". The subject, when it is a
    name, works on the project too; "gemeinsam mit den Projektpartnern A, B" is read as well."""
    out = []
    text = ctx.doc.text
    talk = {"partners", "partner_nouns", "participation"} | LEAD_KEYS
    stop = nlp.stop_words(ctx.lang)
    for cue in ctx.cues(i, {"together_with"}):
        if not sent.start <= cue.start < sent.end:
            continue
        head = text[sent.start:cue.start]
        subject, at = _subject_before(ctx, sent.start, cue.start)
        subject = _name_only(subject, ctx) if subject and ":" not in subject else ""
        opens = all(w.lower() in stop for w in head.split())
        apposition = head.rstrip().endswith(",") and any(c.start < cue.start for c in ctx.cues(i, talk)
                                                         if sent.start <= c.start)
        if not (subject and _proper(subject)) and not opens and not apposition:
            continue  # "Gorico, ki skupaj z Novo Gorico nosi naslov …", "together with his family"
        start = cue.end + len(text[cue.end:sent.end]) - len(text[cue.end:sent.end].lstrip())
        nouns = [c for c in ctx.cues(i, {"partners", "partner_nouns"}) if start <= c.start
                 and all(w.lower() in stop for w in text[start:c.start].split())]
        if nouns:  # "gemeinsam mit den Projekt Partnern A, B und C"
            start = nouns[0].end + len(text[nouns[0].end:sent.end]) - len(text[nouns[0].end:sent.end].lstrip())
        end = _list_end(ctx, start, _sentence_end(ctx, i, sent))
        found = enumerated(ctx, start, end, PARTNER, running=True)
        if found:  # "… en ZLTO werken ze aan": the verb after the last name is not part of it
            found[-1].name = _name_only(found[-1].name, ctx)
        found = [p for p in found if p.name]
        if not found or _people(found, ctx) or sum(_proper(p.name) or bool(_typed(p.name, ctx)) for p in found) < len(found) / 2:
            continue
        if subject and _proper(subject) and (p := parse_item(subject, at, ctx, PARTNER)):
            found.insert(0, p)
        out.extend(found)
    return out

def _funding_body(name: str, ctx: Context) -> bool:
    """A funder, fund or programme named where a beneficiary could be ("Unterstützung durch
    die Europäische Union", "the European Regional Development Fund")."""
    return bool(nlp.cues(name, ctx.lang, {"funder", "programme", "budget_eu"}) or nlp.cues(name, "en", {"funder", "budget_eu"})) \
        or any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", name.lower()) for f in names.name_cues(ctx.lang).get("not_programme", []))


def _two_words(name: str) -> bool:
    """Two title-case words and nothing else: a person's name when no organisation word is in it."""
    word = r"[A-ZÀ-Ž][a-zà-žőű]+(?:-[A-ZÀ-Ž][a-zà-žőű]+)?"
    return bool(re.fullmatch(rf"{word} {word}", name))


def _grant_receivers(ctx: Context, i: int, sent) -> list[Partner]:
    """The beneficiaries of a grant stated with an amount or a grant word in the sentence:
    the names right after a verb of receiving ("Für das Projekt erhalten die Stadt X und der
    Y 700.000 Euro", "Dotaci získali A a B"), or its subject ("Gmina X otrzymała
    dofinansowanie", "X received a grant of EUR 50,000"). Funders and the project are not."""
    text = ctx.doc.text
    said = text[sent.start:sent.end]
    verbs = ctx.cues(i, {"grant_received"})
    # a grant word other than the verb itself ("erhalten" is a budget cue in German too)
    if not find_money(said, ctx.lex) and not any(sent.start <= c.start < sent.end and not any(v.start == c.start for v in verbs)
                                                 for c in ctx.cues(i, {"budget_eu"})):
        return []
    out = []
    for cue in verbs:
        if not sent.start <= cue.start < sent.end:
            continue
        found = []
        rest = text[cue.end:sent.end]
        skip = len(rest) - len(rest.lstrip())
        skip += _leading_noise(rest[skip:], ctx)
        if rest[skip:][:1].isupper() or rest[skip:][:1] in "„\"" or _typed(rest[skip:], ctx):
            start = cue.end + skip
            end = _list_end(ctx, start, _sentence_end(ctx, i, sent))
            digit = re.search(r"\s(?:\S{1,4}\s)?\d", text[start:end])  # "… Niederschlesien 700.000 Euro", "… rund 700.000"
            end = start + digit.start() if digit else end
            found = enumerated(ctx, start, end, PARTNER, running=True)
            if found:
                found[-1].name = _name_only(found[-1].name, ctx)
        else:
            subject, at = _subject_before(ctx, sent.start, cue.start)
            digit = re.search(r"\s(?:\S{1,4}\s)?\d", subject)  # "… Niederschlesien rund 700.000 Euro erhalten"
            subject = _name_only(subject[:digit.start()] if digit else subject, ctx) if subject else ""
            subject, at = _joined_subject(ctx, sent.start, subject, at)  # "ZŠ a MŠ X získala", not "MŠ X"
            if subject and not any(c.start == at or c.end == at + len(subject) for c in ctx.cues(i, _PROJECT_KEYS)) \
                    and "," not in ctx.doc.text[at + len(subject):cue.start]:  # "Y, starosta obce X, získal": Y did
                found = [p for p in _subject_items(ctx, subject, at) if not _person(p, ctx) and not (
                    _two_words(p.name) and not has_org_word(p.name) and not _typed(p.name, ctx))]  # "Petr Svoboda získal grant"
        found = [p for p in found if p.name and (_proper(p.name) or _typed(p.name, ctx)) and not _funding_body(p.name, ctx)
                 and not nlp.cues(p.name, ctx.lang, _PROJECT_KEYS)]
        if found and not _people(found, ctx):
            out.extend(found)
    return out



# what a verb of obtaining or carrying out takes: the project, its funding, an application, a programme
_ACTOR_OBJECTS = {"project_before", "project_after", "actor_objects", "budget_eu", "implementation", "programme_names"}


def _actor_object(ctx: Context, i: int, sent, verb) -> int | None:
    """Where the object of a verb of obtaining or carrying out starts: right after the verb
    ("zrealizovalo projekt", "a obtenu un financement", "získala grant") or right before it in
    verb-final order ("pályázati támogatásban részesültek", "Fördermittel erhalten"); a few
    small words or a time phrase may stand between ("v letech 2013–2014"); None when there is none."""
    text = ctx.doc.text
    for o in ctx.cues(i, _ACTOR_OBJECTS):
        if not sent.start <= o.start < sent.end or o.start < verb.end and o.end > verb.start:
            continue
        gap = text[verb.end:o.start] if o.start >= verb.end else text[o.end:verb.start]
        if "," not in gap and len(gap.split()) <= (4 if o.start >= verb.end else 1):
            return o.start
    return None


def _joined_subject(ctx: Context, start: int, subject: str, at: int) -> tuple[str, int]:
    """A subject that a conjunction joins to a name before it, from the clause's opening:
    "ZŠ a MŠ Dělnická", "Gmina A oraz miasto B" (the clause reader stops at the conjunction)."""
    if not subject or at < start:
        return subject, at
    head = ctx.doc.text[start:at]
    for conj in ctx.lex.cues["conjunctions"]:
        if head.endswith(f" {conj} "):
            first = head[:-len(conj) - 2]
            first = first[max(first.rfind(", "), first.rfind("; "), first.rfind(": ")) + 1:].lstrip(" ,;:")
            if first and (first[:1].isupper() or _typed(first, ctx)) and _name_only(first, ctx) == first \
                    and len(first.split()) <= 8:
                opens = at - len(conj) - 2 - len(first)
                return ctx.doc.text[opens:at + len(subject)], opens
    return subject, at


def _subject_items(ctx: Context, subject: str, at: int) -> list[Partner]:
    """The partners a subject names: each of "Gmina A oraz miasto B", but one for "ZŠ a MŠ
    Dělnická", where a piece of one word is a type shared by the name after it."""
    found = enumerated(ctx, at, at + len(subject), PARTNER) \
        if any(f" {c} " in subject for c in ctx.lex.cues["conjunctions"]) else []
    if len(found) < 2 or any(len(p.name.split()) < 2 and not _proper(p.name) or len(p.name.split()) < 2 and has_org_word(p.name)
                             for p in found) or sum(w[:1].isupper() for w in subject.split()) == 1 and has_org_word(subject):
        # "Slovenská inovačná a energetická agentúra": one type word at the end names the whole
        found = [p for p in [parse_item(subject, at, ctx, PARTNER)] if p]
    return found


def _name_after_verb(ctx: Context, i: int, sent, verb, obj: int) -> tuple[str, int]:
    """The subject after its verb when the object opens the sentence ("Projekt realizuje obec
    X", "Dofinansowanie otrzymała Gmina X", "Für das Projekt erhielt die Stadt X"): only small
    words before the object, an article at most between the verb and the name."""
    text = ctx.doc.text
    stop = nlp.stop_words(ctx.lang)
    if not all(w.lower() in stop for w in text[sent.start:obj].split()):
        return "", -1
    objects = [c.start for c in ctx.cues(i, _ACTOR_OBJECTS) if verb.end <= c.start < sent.end]
    rest = text[verb.end:min(objects + [sent.end])]  # "… die Stadt X eine Förderung": the object ends the name
    a, b = _name_span(rest, ctx)
    if b <= a or len(rest[:a].split()) > 1:
        return "", -1
    name = _to_type_word(rest, a, _name_only(rest[a:b], ctx))
    while name.split() and name.split()[-1].lower() in stop:
        name = name[:name.rfind(" ")].rstrip() if " " in name else ""
    return (name, verb.end + a) if name else ("", -1)


def _project_actors(ctx: Context, i: int, sent) -> list[Partner]:
    """The organisations named as the subject of a verb of obtaining, carrying out, applying for
    or starting the project or its funding: "Město X v letech 2013–2014 zrealizovalo projekt",
    "Gmina X otrzymała dofinansowanie", "X és Y Önkormányzata támogatásban részesültek",
    "Le lycée X a candidaté … auprès d'Erasmus". A beneficiary is a partner (GUIDELINES); the
    subject must carry an organisation word (a municipality, school, association, legal form), so
    a person, the project itself and a funder or programme are left out."""
    text = ctx.doc.text
    out: list[Partner] = []
    for verb in ctx.cues(i, {"actor_verbs"}):
        if not sent.start <= verb.start < sent.end:
            continue
        obj = _actor_object(ctx, i, sent, verb)
        if obj is None:
            subject, at = _name_after_relative(ctx, i, sent, verb)
            found = [p for p in _subject_items(ctx, subject, at) if _organisation_name(p.name, ctx)] if subject else []
            out.extend(found if not _people(found, ctx) else [])
            continue
        end = min(verb.start, obj) if obj < verb.start else verb.start
        subject, at = _subject_before(ctx, sent.start, end)
        subject = _name_only(subject, ctx) if subject else ""
        # a date between the name and its verb is no part of the name: "X Önkormányzata 2017.
        # december 27. napján támogatási kérelmet nyújtott be"
        subject = re.split(r"\s+(?=(?:19|20)\d\d(?!\w))", subject, maxsplit=1)[0] if subject else ""
        subject, at = _joined_subject(ctx, sent.start, subject, at)
        if not subject and obj < verb.start:
            subject, at = _name_after_verb(ctx, i, sent, verb, obj)
            end = at
        gap = text[at + len(subject):end] if subject else ""
        if not subject or at < sent.start or len(gap.split()) > 4 or "," in gap:
            continue  # the name stands close to its verb ("Obec X v roce 2019 získala"), not in apposition ("Y, starosta obce X, získal")
        if any(c.start == at or c.end == at + len(subject) for c in ctx.cues(i, _PROJECT_KEYS)):
            continue  # "Projekt X realizuje …": the project is not its own beneficiary
        found = _subject_items(ctx, subject, at)
        found = [p for p in found if _organisation_name(p.name, ctx)]
        if found and not _people(found, ctx):
            out.extend(found)
    return out


def _organisation_name(name: str, ctx: Context) -> bool:
    """A name with an organisation or type word that is no funder, programme or project."""
    words = name.split()
    # "Slovenská inovačná a energetická agentúra": a capital, then lower-case words up to the type word
    slavic = len(words) >= 3 and words[0][:1].isupper() and words[0].lower() not in nlp.stop_words(ctx.lang) \
        and has_org_word(words[-1])
    return (has_org_word(name) or bool(_typed(name, ctx))) and (_proper(name) or bool(_typed(name, ctx)) or slavic) \
        and not _funding_body(name, ctx) and not nlp.cues(name, ctx.lang, _PROJECT_KEYS)


def _name_after_relative(ctx: Context, i: int, sent, verb) -> tuple[str, int]:
    """The subject after a verb of taking part or carrying out in a relative clause on the project:
    "projektu ClusterFY, na ktorom participuje Slovenská inovačná a energetická agentúra", "the
    project X, in which the University of Y takes part": the project noun, its name at most, the
    relative word ("na ktorom", "in which"), a short time phrase, the verb, then the name."""
    text = ctx.doc.text
    rel = [r for r in ctx.cues(i, {"relative_in"}) if sent.start <= r.start and r.end <= verb.start
           and "," not in text[r.end:verb.start] and len(text[r.end:verb.start].split()) <= 12]
    if not rel or not any(p.end <= rel[-1].start and len(text[p.end:rel[-1].start].split()) <= 3
                          for p in ctx.cues(i, {"project_before", "project_after"}) if sent.start <= p.start):
        return "", -1
    if not text[:rel[-1].start].rstrip().endswith(","):
        return "", -1  # "…, na ktorom": a clause of its own, not "v ktorom roku"
    between = text[rel[-1].end:verb.start]
    a, b = _name_span(between, ctx)
    if b > a and not between[b:].strip() and len(between[:a].split()) <= 1:
        return between[a:b], rel[-1].end + a  # "in which the University of X takes part" (subject first)
    if len(between.split()) > 3:
        return "", -1
    rest = text[verb.end:sent.end]
    a, b = _name_span(rest, ctx)
    if b <= a or len(rest[:a].split()) > 1:
        return "", -1
    name = _to_type_word(rest, a, _name_only(rest[a:b], ctx))
    return (name, verb.end + a) if name else ("", -1)


def _to_type_word(rest: str, a: int, name: str) -> str:
    """A name that opens with a capital and ends with its type word after lower-case words, as
    Slavic languages write them ("Slovenská inovačná a energetická agentúra"), read to that word
    within its clause (seven words at most); else the name as read."""
    words = re.match(r"[^,;:()\n]*", rest[a:]).group(0).split()[:7]
    last = max((k for k, w in enumerate(words) if has_org_word(w)), default=-1)
    if last <= 0 or len(name.split()) > last + 1:
        return name
    while last + 1 < len(words) and words[last + 1][:1].isupper():
        last += 1  # "Osnovna škola Ivana Gorana Kovačića": capitalised words after the type word go on
    name = " ".join(words[:last + 1]).rstrip(".")
    acronym = re.match(r"\s*\([A-ZÀ-Ž][A-ZÀ-Ž0-9&-]{1,9}\)", rest[a + len(name):]) if rest[a:].startswith(name) else None
    return name + acronym.group(0) if acronym else name  # "… agentúra (SIEA)"


_PROJECT_NOUNS = {"project_before", "project_after", "consortium"}


def _fillers(text: str, ctx: Context) -> bool:
    """At most three small words (articles, "this", a number) between a verb and its object."""
    words = [w.strip(",").lower() for w in text.split()]
    return len(words) <= 3 and ("," not in text) and all(
        w in nlp.stop_words(ctx.lang) or w in ctx.lex.number_words or w.isdigit() for w in words)


def _lead_by_verb(ctx: Context, i: int, sent) -> list[Partner]:
    """The lead named beside a verb of leading whose object is the project, the two side by
    side: the subject before the verb ("VITO leidt dit project", "La Universidad de Vigo
    liderará tres proyectos"), the name after it when only the project comes before
    ("Projekt koordinuje X", "Das Projekt leitet die Y") or the name between them in
    object-first order ("A projektet a Debreceni Egyetem vezeti")."""
    text = ctx.doc.text
    stop = nlp.stop_words(ctx.lang)
    objects = [c for c in ctx.cues(i, _PROJECT_NOUNS) if sent.start <= c.start < sent.end]
    out: list[Partner] = []
    for verb in ctx.cues(i, {"lead_verbs"}):
        if not sent.start <= verb.start < sent.end:
            continue
        name, at = "", -1
        said = text[sent.start:verb.start].lower()
        if any(o.end <= verb.start for o in objects) and any(
                re.search(rf"(?:^|[\s,]){re.escape(r)}\s*$", said) for r in ctx.lex.cues["relative_pronouns"]):
            rest = text[verb.end:sent.end]  # "el proyecto …, que lidera la Universidad de A Coruña"
            a, b = _name_span(rest, ctx)
            if b > a and len(rest[:a].split()) <= 1:
                name, at = rest[a:b], verb.end + a
        after = bool(name)  # a name after the verb ends at its clause ("Technická univerzita v Košiciach")
        for obj in objects if not name else []:
            if obj.start >= verb.end and _fillers(text[verb.end:obj.start], ctx):
                name, at = _subject_before(ctx, sent.start, verb.start) or ("", -1)  # X leads the project
                words = text[sent.start:verb.start].split()
                if not name and len(words) == 1 and _proper(words[0]):
                    name, at = words[0], sent.start + text[sent.start:verb.start].find(words[0])  # "VITO leidt dit project"
            elif obj.end <= verb.start and _fillers(text[obj.end:verb.start], ctx):
                head = text[sent.start:obj.start]
                if all(w.lower() in stop for w in head.split()):  # the project leads X: V2 and free order
                    rest = text[verb.end:sent.end]
                    a, b = _name_span(rest, ctx)
                    # an article at most before the name: "leitet die X", not "leitet eine neue Phase … ein"
                    name, at = (rest[a:b], verb.end + a) if b > a and len(rest[:a].split()) <= 1 else ("", -1)
                    after = bool(name)
                else:  # X the project leads (subordinate clauses, SOV)
                    name, at = _subject_before(ctx, sent.start, obj.start)
            elif obj.end <= verb.start and len(gap := text[obj.end:verb.start].split()) <= 12 \
                    and all(w.lower() in stop for w in text[sent.start:obj.start].split()):
                a, b = _name_span(text[obj.end:verb.start], ctx)  # the project X leads
                if b > a and not text[obj.end + b:verb.start].strip(" ,"):
                    name, at = text[obj.end + a:obj.end + b], obj.end + a
            if name:
                break
        name = (name if after else _name_only(name, ctx)) if name and at >= 0 else ""
        if not name or not (_proper(name) or _typed(name, ctx)) or _funding_body(name, ctx) \
                or nlp.cues(name, ctx.lang, _PROJECT_KEYS):
            continue
        p = _keep_article(parse_item(name, at, ctx, LEAD), name, ctx) if after else parse_item(name, at, ctx, LEAD)
        if p and not _people([p, Partner(name, LEAD, at, at)], ctx):
            out.append(p)
    return out



def _small_words(text: str, ctx: Context, most: int = 3) -> bool:
    """Only a few prepositions and articles ("medzi", "between the", "of"), or nothing."""
    words = text.split()
    return len(words) <= most and "," not in text and all(
        w.lower() in nlp.stop_words(ctx.lang) or w.lower() in ctx.lex.cues["range_from"] or (w.islower() and len(w) <= 3)
        for w in words)


def _cooperating_places(ctx: Context, i: int, sent) -> list[Partner]:
    """Places named beside a noun of cooperation and a plural noun of municipalities: after
    them ("spolupráce obcí Střítež a Krasňany", "cooperation between the towns of A and B")
    or before them ("Ete és Nagykeszi községek együttműködése"). The plural noun says each
    name is a municipality, so a one-word name counts; two names at least."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    places = [c for c in ctx.cues(i, {"places_plural"}) if inside(c)]
    conj = set(ctx.lex.cues["conjunctions"])
    out: list[Partner] = []
    for coop in (c for c in ctx.cues(i, {"cooperation_nouns"}) if inside(c)):
        found: list[Partner] = []
        for pl in places:
            if pl.start >= coop.end and _small_words(text[coop.end:pl.start], ctx):
                rest = text[pl.end:sent.end]
                words = rest.split()
                k = 0
                while k < len(words) and k < 1 and _small_words(words[k], ctx, 1) and not words[k][:1].isupper():
                    k += 1  # "the towns of A and B"
                if k >= len(words) or not words[k][:1].isupper():
                    continue
                start = pl.end + rest.find(words[k])
                end = _list_end(ctx, start, _sentence_end(ctx, i, sent))
                quote = re.search(r"[“”»]", text[start:end])  # "„Športujme spolu – … obcí Ete a Veľké Kosihy“": the title ends
                found = enumerated(ctx, start, start + quote.start() if quote else end, PARTNER, running=True)
            elif pl.end <= coop.start and _small_words(text[pl.end:coop.start], ctx, 1):
                tokens = text[sent.start:pl.start].rstrip().split(" ")
                k = len(tokens)
                while k and (tokens[k - 1][:1].isupper() or tokens[k - 1].lower() in conj and k < len(tokens)):
                    k -= 1  # "Ete és Nagykeszi" before "községek"
                while k < len(tokens) and tokens[k].lower() in conj:
                    k += 1
                if k == len(tokens):
                    continue
                start = pl.start - len(" ".join(tokens[k:])) - (len(text[sent.start:pl.start]) - len(text[sent.start:pl.start].rstrip()))
                found = enumerated(ctx, start, pl.start, PARTNER)
            found = [p for p in found if p.name[:1].isupper() and not _funding_body(p.name, ctx)]
            if len(found) >= 2 and not _people(found, ctx):
                break
            found = []
        out.extend(found)
    return out



def _joint_subjects(ctx: Context, i: int, sent) -> list[Partner]:
    """Two or more organisations joined by "and" right before a word of doing together or
    of cooperation: "die Stadt Löbau und der Landkreis Luban ihre Kooperation intensivieren",
    "Gmina Szczytna oraz miasto Česka Skalica realizują wspólny mikroprojekt", "the X and
    the Y are working together". Each must read as a name of two words or more (or open
    with a type word), so that people and places alone are not taken."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    together = [c for c in ctx.cues(i, {"together_with"}) if inside(c)]
    # "samen met", "together with": the subject works with others named after it (read elsewhere)
    joint = [c for c in ctx.cues(i, {"joint_words", "cooperation_nouns"}) if inside(c)
             and not any(w.start <= c.start < w.end for w in together)]
    if not joint:
        return []
    out: list[Partner] = []
    taken = -1
    for conj in (c for c in ctx.cues(i, {"conjunctions"}) if inside(c)):
        if conj.start < taken:
            continue
        rest = text[conj.end:sent.end]
        a, b = _name_span(rest, ctx)
        if b <= a or len(rest[:a].split()) > 1:
            continue
        b = a + len(_name_only(rest[a:b], ctx))  # "… Foundation work together": the verb is not the name
        cut = [c.start - conj.end for c in joint if a < c.start - conj.end < b]
        if cut:  # German nouns are capitalised: "der Landkreis Luban ihre Kooperation …"
            words = rest[a:cut[0]].split()
            if words and not words[-1].islower():
                continue  # "… Verbund für Territoriale Zusammenarbeit": the word is part of the name
            while words and words[-1].islower() and words[-1] in nlp.stop_words(ctx.lang):
                words.pop()
            b = a + len(" ".join(words)) if words else a
            if b <= a:
                continue
        right_end = conj.end + b
        # the word of doing together follows at once or after one word ("… Luban ihre Kooperation");
        # further on it may be said of others ("Landrat X und Y betonen die gemeinsame …")
        if not any(right_end <= c.start and len(text[right_end:c.start].split()) <= 1
                   and not re.search(r"[,;:()]", text[right_end:c.start]) for c in joint):
            continue
        names = [(rest[a:b], conj.end + a)]
        pos = conj.start
        while True:  # the names before "and", back to the list's start: "A, B und C"
            head = text[sent.start:pos]
            name = _trailing_name(head, ctx) or _typed_name_before(head, ctx)
            if not name:
                break
            at = sent.start + head.rstrip(" ,").rfind(name)
            names.insert(0, (name, at))
            before = text[sent.start:at].rstrip()
            if not before.endswith(","):
                break
            pos = sent.start + len(before) - 1
        opening = text[sent.start:names[0][1]].split()[-1:]
        previous = opening or text[max(0, sent.start - 12):sent.start].split()[-1:]
        if previous and re.fullmatch(r"[a-zà-ž]{1,3}\.", previous[0]):
            continue  # the sentence was cut after an abbreviation: "afd. Maritieme Toegang en …"
        if len(names) < 2 or opening and opening[0].lower() not in nlp.stop_words(ctx.lang) \
                or any(re.search(r"[„“”\"«»]", n) for n, _ in names):
            continue  # the list opens its clause ("werden die A und der B"), not "afd. A en B"
        found = [p for n, at in names if (p := parse_item(n, at, ctx, PARTNER))]
        if len(found) == len(names) and all(_proper(p.name) or _typed(p.name, ctx) for p in found) \
                and not _people(found, ctx) and not any(_funding_body(p.name, ctx) for p in found):
            out.extend(found)
            taken = right_end
    return out


def _typed_name_before(text: str, ctx: Context) -> str:
    """A name opened by a type word in lower case that ends text ("… miasto Česka Skalica")."""
    for t in sorted(ctx.lex.cues["org_types"], key=len, reverse=True):
        m = re.search(rf"(?:^|\s)({re.escape(t)}\s+[A-ZÀ-Ž][^\s,]*(?:\s+[A-ZÀ-Ž][^\s,]*)*)\s*$", text)
        if m:
            return m.group(1)
    return ""


def _country_list_below(ctx: Context, i: int) -> list[Partner]:
    """A list right below a paragraph about the partners, each item an organisation with its
    country ("5 scuole di differenti paesi europei." / "• Centro San Viator, Sopuerta - Spagna"):
    the paragraph names partners or participation, or counts as many as the list holds."""
    pos = ctx.indices.index(i)
    if pos + 1 >= len(ctx.indices) or ctx.block(ctx.indices[pos + 1]).kind != LIST_ITEM:
        return []
    rows = _list_after(ctx, pos)
    if len(rows) < 2:
        return []
    found = [p for j in rows if _tail_country(ctx.text(j), ctx)
             and (p := parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER)) and p.country]
    if len(found) < max(2, len(rows) - 1):  # one item glued to a remark may lose its country
        return []
    words = [w.strip(".,;:()").lower() for w in ctx.text(i).split()]
    counted = any(w == str(len(rows)) or ctx.lex.number_words.get(w) == len(rows) for w in words)
    if not counted and not ctx.cues(i, {"partners", "partner_nouns", "participation"}):
        return []
    return partner_lists.city_column(found, [ctx.text(j) for j in rows]) if not _people(found, ctx) else []


def _tail_country(text: str, ctx: Context) -> bool:
    """An item that ends with its country: "(DE)", "– Německo", ", Slovak Republic"."""
    text = text.rstrip(" .,;")
    return ends_with_country(text, ctx) or bool(_country_tail(text, ctx)[1])


def _trailing_name(text: str, ctx: Context) -> str:
    """The name that ends text: capitalised words, with short lower-case joiners between
    them ("Comune di Sesana") and an elided article before them ("dall’Associazione")."""
    stop = nlp.stop_words(ctx.lang)
    words = text.rstrip(" ,").split(" ")
    keep = []
    for w in reversed(words):
        m = _ELISION.match(w)
        core = w[m.end():] if m else w
        if core.strip("„“\"'(")[:1].isupper():
            keep.insert(0, core)
            if m:
                break
        elif keep and core.lower() in stop and len(core) <= 4 and not core.endswith(","):
            keep.insert(0, core)
        else:
            break
    while keep and not keep[0][:1].isupper():
        keep.pop(0)
    return " ".join(keep) if len(keep) >= 2 else ""  # one capitalised word is as often a project's name


def _adjective_country(text: str, ctx: Context) -> str | None:
    """A country adjective in a few words before a list ("De Nederlandse partners …",
    "partneri na slovenskoj strani …")."""
    hits = [h for h in gazetteer.find(text, ctx.lex, adjectives=True) if h.kind in ("adjective", "country")]
    return hits[-1].cc if len({h.cc for h in hits}) == 1 else None


def _prose_lists(ctx: Context, i: int, sent) -> list[Partner]:
    """Partners enumerated in running text after a partner cue: "in collaborazione con
    il A, l’B", "partneri na projektu su A, B te C", "dok su partneri na slovenskoj
    strani A, B i C", "De Nederlandse partners A, B en C", "tagjai a A, a B"."""
    out = []
    text = ctx.doc.text
    leads = ctx.cues(i, LEAD_KEYS)
    # a partner noun inside a role ("u ulozi Vodećeg partnera") belongs to an item, not to a new list
    cues = [c for c in ctx.cues(i, {"partners", "partner_nouns", "partnership_with", "participation"})
            if sent.start <= c.start < sent.end
            and not any(l.start <= c.start < l.end and l.end - l.start > c.end - c.start for l in leads)]
    # a role that opens its sentence lists as a partner noun does: "Partnerem projektu je X"
    cues += [c for c in ctx.cues(i, {"partner_predicate"}) if sent.start <= c.start < sent.end
             and not any(l.start <= c.start < l.end for l in leads) and not any(c.start <= k.start < c.end for k in cues)
             and all(w.lower() in nlp.stop_words(ctx.lang) for w in text[sent.start:c.start].split())]
    # "… participants à travers la France, dont la Région …", "Partner, darunter A und B": a listing cue after a partner cue
    noun_end = min((c.end for c in cues if c.key != "partnership_with"), default=None)
    listing = [nlp.CueMatch("partnership_with", c.start, c.end, c.text) for c in ctx.cues(i, {"member_list"})
               if noun_end is not None and noun_end <= c.start < sent.end]
    cues += listing
    cues.sort(key=lambda c: c.start)
    copulas = set(ctx.lex.cues["copula"])
    stop = nlp.stop_words(ctx.lang)
    for n, cue in enumerate(cues):
        if n and cue.start < cues[n - 1].end:
            continue
        words = list(re.finditer(r"\S+", text[cue.end:sent.end]))
        before = text[sent.start:cue.start].split()
        # a partnership phrase, or a copula just before the cue ("dok su partneri …"), opens a list
        k, ok = 0, cue.key == "partnership_with" or any(w.lower() in copulas for w in before[-2:])
        # a verb of taking part opens a list of its subjects: "Al progetto partecipano A, B e C"
        verb = cue.key == "participation"
        if verb and _about_countries(ctx, i, cue):
            continue  # "účastnické země jsou ČR, Irsko a Itálie", "les pays participants : …"
        ok = ok or verb
        apposition = not ok and cue.key == "partner_nouns"  # "De Nederlandse partners A, B en C"
        # up to four lower-case words ("na projektu"), then a copula or colon
        while k < len(words) and k <= 4:
            w = words[k].group(0)
            said = text[cue.end:cue.end + words[k].end()].lower()
            if w.endswith(":") or any(said.endswith(" " + c) for c in copulas):  # "consists of" too
                k = _copula_run_end(text, cue.end, words, k, copulas) if not w.endswith(":") else k
                ok, apposition, verb, k = True, False, False, k + 1
                break
            # a place qualifies the cue: "the local consortium of Gdynia consists of …"
            if not (w[:1].islower() or k and _place(w, ctx)) or w.endswith((",", ".", ";")) or _ELISION.match(w):
                break  # "regroupe l’Université …": an elided article opens the name
            k += 1
        if not ok and not apposition:
            continue
        if apposition:
            k = 0
        skipped = 0
        while k < len(words) and words[k].group(0).lower() in stop and words[k].group(0).islower() \
                and (len(words[k].group(0)) <= 2 and not skipped or not apposition):
            k, skipped = k + 1, skipped + 1  # articles: "tagjai a Hortobágyi …", "con il Javni Zavod …"
        if k >= len(words):
            continue
        first = words[k].group(0)
        core = first[_ELISION.match(first).end():] if _ELISION.match(first) else first
        typed = _typed(text[cue.end + words[k].start():sent.end], ctx)
        if not core.lstrip("„“\"'")[:1].isupper() and not typed:
            continue
        start = cue.end + words[k].start()
        # a cue after "as" is the role of the item before it ("Municipalitatea Byala ca beneficiar 2"), not a new list
        nxt = next((c for c in cues[n + 1:] if c.start > start and not any(
            text[start:c.start].rstrip().lower().endswith(" " + w) for w in ctx.lex.cues["role_as"])), None)
        end = nxt.start if nxt else _sentence_end(ctx, i, sent)
        if nxt:  # "… Onderzoek der Zee en de Vlaamse partners …": stop before "en de Vlaamse"
            seps = [m.start() for m in re.finditer(rf",|\s(?:{'|'.join(map(re.escape, ctx.lex.cues['conjunctions']))})\s",
                                                     text[start:end])]
            if seps and len(text[start + seps[-1]:end].split()) <= 4:
                end = start + seps[-1]
        end = _list_end(ctx, start, end)
        found = enumerated(ctx, start, end, PARTNER, running=True, open_end=nxt is None)
        if apposition:  # names only: no lower-case word but joiners ("… Meeting took place in Vienna")
            found = [p for p in found if all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in stop
                                             for w in p.name.split()) or partner_lists.org_named(p.name, ctx)]
        if apposition and (not found or sum(_proper(p.name) for p in found) < len(found) / 2):
            continue  # "Partners Meeting", "Organisationen werden Know-How und Erfahrungen …": nouns, not names
        if verb and (len(found) < 2 or not _proper(found[0].name) or sum(_proper(p.name) for p in found) < len(found) / 2
                     or any(w.lower() not in stop for w in text[cue.end:start].split())):
            continue  # "take part in Vienna", "der beteiligten Städte gut …": a place, an event, a noun
        if _people(found, ctx):
            continue  # "se zúčastnili Jana Horká a Petr Malý": people, not organisations
        clause = re.split(r"[,;:]", text[sent.start:cue.start])[-1].split()
        context = " ".join(clause[-2:]) + " " + text[cue.start:cue.end + words[k].start()]
        code = _adjective_country(context, ctx)
        if code is None and cue in listing:  # "participants à travers la France, dont …": the one country said of them all
            code = _adjective_country(text[noun_end:cue.start], ctx)
        for p in found:
            p.country = p.country or code
        out.extend(found)
    return out


def _copula_run_end(text: str, base: int, words: list, k: int, copulas: set[str]) -> int:
    """The word that ends a copula begun at word k: a longer copula ("is made up of") or a
    colon a few lower-case words on ("is formed by the following cities:")."""
    end = k
    for j in range(k + 1, min(len(words), k + 6)):
        w = words[j].group(0)
        if not w[:1].islower():
            break
        said = text[base:base + words[j].end()].lower()
        if w.endswith(":") or any(" " in c and said.endswith(" " + c) for c in copulas):
            end = j
            if w.endswith(":"):
                break
        if w.endswith((",", ".", ";", ":")):
            break
    return end


def _counted_list(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations counted, then listed after "namely" in the same sentence: "Six opérateurs
    universitaires mèneront … en Belgique, à savoir la KU Leuven, …" The list is read only when
    it names as many organisations as the count, so examples ("such as A") are left alone; a
    single country between the count and the list is theirs."""
    text, out = ctx.doc.text, []
    for cue in ctx.cues(i, {"member_list"}):
        if not sent.start <= cue.start < sent.end:
            continue
        before = text[sent.start:cue.start]
        counts = [n for t in nlp.tokens(before, ctx.lang)
                  if (n := int(t.text) if re.fullmatch(r"[1-9]\d?", t.text) else ctx.lex.number_words.get(t.text.lower()))]
        if len(counts) != 1 or counts[0] < 2:
            continue
        found = enumerated(ctx, cue.end, _list_end(ctx, cue.end, _sentence_end(ctx, i, sent)), PARTNER, running=True)
        if len(found) != counts[0] or sum(_proper(p.name) for p in found) <= len(found) / 2 or _people(found, ctx):
            continue
        codes = {h.cc for h in gazetteer.countries_in(before, ctx.lex)}
        code = codes.pop() if len(codes) == 1 else None
        for p in found:
            p.country = p.country or code
        out.extend(found)
    return out


def _about_countries(ctx: Context, i: int, cue) -> bool:
    """A participation cue next to a country noun ("participating countries", "účastnické
    země", "ţări implicate"): what follows lists countries, not partners."""
    return any(0 <= c.start - cue.end <= 2 or 0 <= cue.start - c.end <= 2 for c in ctx.cues(i, {"country_nouns"}))


def _sentence_end(ctx: Context, i: int, sent) -> int:
    """The end of sentence `sent`, joined with the sentences after it that open with a
    bracket or in lower case: "KORID LK, spol. s r.o. (CZ), …" is split after "r.o."."""
    end = sent.end
    for s in ctx.sentences(i):
        if s.start < end:
            continue
        if s.text[:1] != "(" and not s.text[:1].islower():
            break
        end = s.end
    return end


def _proper(name: str) -> bool:
    """Two capitalised words or an acronym: a name rather than a capitalised noun."""
    words = name.split()
    return sum(w[:1].isupper() for w in words) >= 2 or any(
        sum(c.isupper() for c in w) >= 2 and not (w.isupper() and len(w) > 8) for w in words)  # not "VERANSTALTUNGEN"


def _list_end(ctx: Context, start: int, end: int) -> int:
    """Where a list in running text ends, at most at `end`: at a closing bracket it did not
    open ("(partner A e B)") and at the first piece that does not open with a name
    ("…, sara’ presentato", "…, ktorý zastupoval …"); legal forms ("spol. s r.o.",
    "afd. Maritieme Toegang") do not end it."""
    text = ctx.doc.text[start:end]
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0 and text[k - 1:k].isalnum():  # "… e Rijeka)", not a stray ". )"
            text, end = text[:k], start + k
            break
    for m in re.finditer(r"[,;]\s+", text):
        rest = text[m.end():]
        skip = _leading_noise(rest, ctx)
        word = rest[skip:].split(" ", 1)[0]
        if word[:1].isupper() or word[:1] in "„“\"'" or re.fullmatch(r"(?:\w{1,4}\.)+", word) or MARKER.match(rest) \
                or _typed(rest, ctx) or partner_lists.unit_of(rest[skip:], text[:m.start()]):
            continue
        return start + m.start()
    return end


def _named(piece: str) -> bool:
    return piece[:1].isupper() or bool(MARKER.match(piece)) or piece[:1] in "„\"«" \
        or bool(re.match(r"\d+[A-ZÀ-Ž]", piece))  # "3M", not "40.455,49 EUR"


def _typed(text: str, ctx: Context) -> int:
    """Length of an organisation-type word in lower case that opens text and is followed by
    a capitalised name ("obec Hażlach", "miastem Snina", "el instituto Juan Gris", "la
    Universidad de X"); 0 when there is none. The name keeps the word."""
    low = text.lower()
    for t in sorted(ctx.lex.cues["org_types"], key=len, reverse=True):
        if low.startswith(t + " ") and text[:1].islower() and text[len(t) + 1:][:1].isupper():
            return len(t)
    plural = partner_lists.plural_type(text, ctx.lang)  # "općine Goričan, …": a plural type opens a list
    return plural[0] if plural and text[:1].islower() else 0


def _typed_after(rest: str, ctx: Context) -> int | None:
    """Offset of a name opened by a type word right after a lead cue, maybe after the word
    for the project ("vedoucí partner projektu obec Hażlach", "lider projektu miasto X")."""
    m = re.match(r"\s+(?:(\S+)\s+)?", rest)
    if not m:
        return None
    project = {w for k in ("project_before", "project_after") for c in ctx.lex.cues[k] for w in c.split()}
    if m.group(1) and m.group(1).lower() not in project:
        m = re.match(r"\s+", rest)
    return m.end() if _typed(rest[m.end():], ctx) else None


def _typed_parts(text: str, a: int, b: int, ctx: Context) -> list[tuple[int, int]]:
    """An item split where a type word in lower case follows a capitalised word: "miasto
    Nowy Targ miasto Kežmarok" names two towns (only in an item that opens with one)."""
    if not _typed(text[a:b].lstrip(), ctx):
        return [(a, b)]  # "Spojená škola Martin" is one name
    cuts = [a + m.start(1) for m in re.finditer(r"[A-ZÀ-Ž][^\s,;]*\s+([a-zà-ž]\S*\s)", text[a:b])
            if _typed(text[a + m.start(1):b], ctx)]
    bounds = [a] + cuts + [b]
    return [(x, y) for x, y in zip(bounds, bounds[1:])]


def _after_cue(ctx: Context, cue, sent) -> Partner | None:
    """The lead named after its cue: "Leadpartner ist das Graafschap College",
    "our Lead-Partner, the Saxon State Ministry …", "Vedoucím partnerem celého projektu
    je Regionální rozvojová agentura …": a copula, comma or colon, then a name."""
    rest = ctx.doc.text[cue.end:sent.end]
    copulas = set(ctx.lex.cues["copula"])
    offset, agent = None, False
    article = re.match(r"\s+(\w+)\s+(?=[A-ZÀ-Ž])", rest)
    stop = nlp.stop_words(ctx.lang)
    project = {w for k in ("project_before", "project_after") for w in ctx.lex.cues[k]}
    # "De Lead partner voor dit project, de Stichting X, zal …": the project, then the lead in apposition
    apposition = re.match(r"((?:\s+[^\W\d]+){1,3}),\s", rest)
    if rest.lstrip()[:1] == "," and re.search(r"\S\s[-–—]\s*(?:[^\W\d]+\s+){0,2}$", ctx.doc.text[sent.start:cue.start]):
        return None  # "BROZ (SK) – konzorciumi vezető partner, State …": the role of the name before the dash
    if rest.lstrip()[:1] in (",", ":"):
        offset = rest.find(rest.lstrip()[:1]) + 1
    elif apposition and all(w.lower() in stop for w in apposition.group(1).split()[:-1]) \
            and apposition.group(1).split()[-1].lower() in project:
        offset = apposition.end()
    elif (typed := _typed_after(rest, ctx)) is not None:
        offset = typed  # "vedoucí partner projektu obec Hażlach"
    elif article and article.group(1).islower() and article.group(1) in nlp.stop_words(ctx.lang) \
            and article.group(1) not in ctx.lex.cues["origin"]:
        offset = article.end(1)  # no copula: "A konzorcium vezetője a Hortobágyi …"
    elif (all(w.lower() in stop for w in ctx.doc.text[sent.start:cue.start].split())  # "Il Lead Partner X, e …"
          or _only_the_project(ctx.doc.text[sent.start:cue.start], ctx)
           or _long_name_opens(rest, ctx)) \
            and re.match(r"\s+[A-ZÀ-Ž]\S*\s+\S", rest) \
            or cue.text.split()[-1].lower() in nlp.stop_words(ctx.lang) \
            and re.match(r"\s+[A-ZÀ-Ž„\"]", " " + _skip_adjective(rest.lstrip()[_leading_noise(rest.lstrip(), ctx):], ctx)):
        # the cue opens the sentence, or only the project comes before it, and its name follows
        # ("Vodilni partner Trasferimento … je gostil", "Projekt koordinira Univerza v Mariboru"),
        # or the cue ends with its preposition ("coordinated by X", "coordonné par l’Université …")
        noise = _leading_noise(rest.lstrip(), ctx)
        if re.fullmatch(r"[A-ZÀ-Ž]\w{0,2} ", rest.lstrip()[:noise]):
            noise = 0  # mid-sentence a capitalised article is the name's: "coordonné par La Rochelle Université"
        offset = len(rest) - len(rest.lstrip()) + noise
        agent = True
    else:
        # a copula (of one or more words) within a few words: "vedoucím partnerem zodpovědným za … se stalo X"
        for n, m in enumerate(re.finditer(r"\S+", rest)):
            said = rest[:m.end()].lower().rstrip(",:")
            if n >= 10 or "," in said or ";" in said:
                break
            if any(said.endswith(" " + c) or said.strip() == c for c in copulas):
                offset = m.end()
                break
    if offset is None:
        return None
    text = rest[offset:]
    offset, country = offset + _country_adjective_skip(text, ctx), None
    if offset > len(rest) - len(text):
        country, text = _adjective_country(rest[len(rest) - len(text):offset], ctx), rest[offset:]
    start, end = _name_span(text, ctx)
    read, end = end, _type_word_tail(text, start, end, ctx)
    if end <= start or agent and not (_proper(text[start:end]) or _coined(text[start:end]) or end > read):
        return None
    p = _keep_article(parse_item(text[start:end], cue.end + offset + start, ctx, LEAD), text[start:end], ctx)
    short = re.fullmatch(r"(.*?)\s*\((\w+)\)", text[start:end])
    words = f"{cue.text} {short.group(1) if short else ''}".replace("-", " ").split()
    if short and "".join(w[0] for w in words).upper() == short.group(2).upper():
        return None  # "the Lead Partner Principle (LPP)": the cue opens a term, not a role
    if p and country and not p.country:
        p.country = country
    return p if p and (cue.key != "lead_under" or _organisation(p, ctx)) else None


def _coined(word: str) -> bool:
    """One word mixing letters and digits: a coined name ("Flux50", "t2i"), not a noun."""
    return " " not in word.strip() and bool(re.search(r"[^\W\d_]\d|\d[^\W\d_]", word))


def _type_word_tail(text: str, start: int, end: int, ctx: Context) -> int:
    """The end of a lead named by an organisation-type word and the lower-case words that
    complete it, as Romance languages write names ("l’Office français de la biodiversité",
    "l’Institut de l’élevage et Grangeneuve"): the span read so far holds at most two words,
    the first a type word, and it stops before a joiner; the name goes on, five words at
    most, to the clause's end (a comma, a bracket, a conjunction or a relative pronoun)."""
    words = text[start:end].split()
    if not 1 <= len(words) <= 2 or not has_org_word(words[0]) or not re.match(r"\s+\S", text[end:]):
        return end
    nxt = re.sub(r"(?<=['’]).*", "", text[end:].split()[0]).lower()  # "de", "of", "d’élevage" -> "d’"
    # the language's first name connector when it also places things: "de", "di" (and "d’")
    first = (names.name_cues(ctx.lang).get("name_connectors") or [""])[0]
    joiners = {first, first[:1] + "'"} if first in ctx.lex.cues["place_prepositions"] else set()
    if fold(nxt).replace("’", "'") not in joiners or not text[end:].split()[0].islower():
        return end  # not "pour la première fois", "en colaboración con …"
    stops = set(ctx.lex.cues["conjunctions"]) | set(ctx.lex.cues["relative_pronouns"]) | set(ctx.lex.cues["copula"])
    tail = re.match(r"[^,;:.()\n]*", text[end:]).group(0)
    cut = len(tail)
    for m in re.finditer(r"\S+", tail):
        if m.group(0).lower() in stops:
            cut = m.start()
            break
    piece = tail[:cut].rstrip()
    more = piece.split()
    if not 2 <= len(more) <= 5 or any(w[:1].isdigit() or w.lower() in ctx.lex.number_words for w in more)             or more[-1].lower() in nlp.stop_words(ctx.lang):
        return end
    return end + len(piece)


def _keep_article(p: Partner | None, span: str, ctx: Context) -> Partner | None:
    """The lead read mid-sentence with the capitalised article that opens its span: there the
    article is the name's ("coordonné par La Rochelle Université", "par La Poste")."""
    article = re.match(r"([A-ZÀ-Ž]\w{0,2}) ", span)
    if p and article and article.group(1).lower() in nlp.stop_words(ctx.lang) \
            and span[article.end():].startswith(p.name) and p.start >= article.end():
        p.name, p.start = f"{article.group(1)} {p.name}", p.start - article.end()
    return p


def _organisation(p: Partner, ctx: Context) -> bool:
    """A name that is surely an organisation: an organisation-type word, an acronym or a
    type word that opens it ("unter der Leitung von Maria Huber" names a person)."""
    return has_org_word(p.name) or bool(p.acronym) or bool(_typed(p.name, ctx)) \
        or any(sum(c.isupper() for c in w) >= 2 for w in p.name.split())


def _skip_adjective(text: str, ctx: Context) -> str:
    """Text after a lower-case country adjective that opens it ("du français Atlanpole …")."""
    return text[_country_adjective_skip(text, ctx):].lstrip()


def _country_adjective_skip(text: str, ctx: Context) -> int:
    """Length of stop words and a lower-case country adjective before a name ("ist hier die
    österreichische „Mühlviertel Marken GmbH“", "est la française X"); 0 when there is none."""
    stop = nlp.stop_words(ctx.lang)
    pos = 0
    for m in re.finditer(r"\S+", text):
        word = m.group(0)
        if word.lower() in stop and word.islower():
            continue
        if word.islower() and word.isalpha() and any(h.kind == "adjective" for h in
                                                     gazetteer.find(word, ctx.lex, adjectives=True)) \
                and (re.match(r"\s+[„“\"'«]?[A-ZÀ-Ž]", text[m.end():]) or _typed(text[m.end():].lstrip(), ctx)):
            pos = m.end()
        break
    return pos


def _long_name_opens(rest: str, ctx: Context) -> bool:
    """Right after a lead cue, an organisation's name of three or more words, all but
    joiners capitalised ("… vezető partnere Kisölved Község Önkormányzata, …"): an
    apposition naming the lead, not a person (two words) or a clause."""
    start, end = _name_span(rest, ctx)
    words = rest[start:end].split()
    return start == len(rest) - len(rest.lstrip()) and len(words) >= 3 \
        and sum(w[:1].isupper() for w in words) >= 3


def _only_the_project(text: str, ctx: Context) -> bool:
    """Text before a lead cue that is only the project and a copula ("Projekt", "Il progetto
    è"): the organisation named after the cue leads it."""
    words = {w.lower() for k in ("project_before", "project_after", "copula") for c in ctx.lex.cues[k] for w in c.split()}
    said = text.lower().split()
    return bool(said) and all(w in words or w in nlp.stop_words(ctx.lang) for w in said) \
        and any(w in ctx.lex.cues["project_before"] + ctx.lex.cues["project_after"] for w in said)


def _name_span(text: str, ctx: Context) -> tuple[int, int]:
    """The organisation name that opens text: leading articles skipped; it ends at a
    clause break or at a lower-case word that does not join two capitalised words
    ("Comune di Sesana", "University of Technology and Economics")."""
    stop = nlp.stop_words(ctx.lang)
    words = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(words) and words[i].group(0).lower() in stop and words[i].group(0)[:1].islower():
        i += 1
    # a type word after an article at most ("el instituto X"), not after "junto con el"
    typed = _typed(text[words[i].start():], ctx) if i < len(words) and i <= 1 else 0
    if i >= len(words) or not words[i].group(0).lstrip("„“\"'(")[:1].isupper() and not typed:
        return 0, 0
    start, end = words[i].start(), words[i].end()
    if typed:  # "obec Krasňany", "miasto Mula": the type word opens the name
        i = next(n for n, w in enumerate(words) if w.start() > start + typed)
    for k in range(i, len(words)):
        word = words[k].group(0)
        core = word.strip(",.;:()„“\"'")
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if k > i and word.startswith("(") and core[:1].islower():
            break
        if k > i and word in ("-", "–", "—") and len(re.split(r"[,.;:()]", text[words[k].end():])[0].split()) > 4:
            break  # "X - Ziel des Projekts ist …": a description after a dash, not a country or a place
        ahead = next((w.group(0) for w in words[k + 1:] if w.group(0).lower() not in stop
                      or len(w.group(0)) > 6), "")
        if core[:1].islower() and core.lower() in stop and not (len(core) <= 6 and ahead[:1].isupper()):
            break
        if typed and core[:1].islower() and core.lower() not in stop:
            break  # after "miasto Żywiec" only capitalised words and joiners: "… wraz z partnerami"
        end = words[k].end()
        if word.endswith((";", ")", ",", ":")) and not LEGAL_FORM_WORD.match(nxt.strip(",.")) or \
                word.endswith(".") and not re.fullmatch(r"(?:\w\.)+|\w{1,4}\.", word):
            break
    return start, start + len(text[start:end].rstrip(",.;"))


def _next_paragraph_list(ctx: Context, i: int) -> list[Partner]:
    """The partners listed after block i (which ends with a colon): inline in the next
    paragraph, or one per list item ("Six établissements participent :" / "- A", "- B")."""
    pos = ctx.indices.index(i)
    if pos + 1 >= len(ctx.indices):
        return []
    b = ctx.block(ctx.indices[pos + 1])
    if b.kind == LIST_ITEM:
        found = [p for j in _list_after(ctx, pos) if (p := parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER))]
        found = partner_lists.city_column(found, [ctx.text(j) for j in _list_after(ctx, pos)])
    elif b.kind in (PARAGRAPH, HEADING) and _name_line(ctx.text(ctx.indices[pos + 1]), ctx):
        # one name a line: "Am Projekt teilnehmende Partner:" / "Verein …" / "Gemeinde …"
        found = []
        for j in ctx.indices[pos + 1:pos + 31]:
            if ctx.block(j).kind not in (PARAGRAPH, HEADING) or not _name_line(ctx.text(j), ctx) \
                    or ctx.label(j, FIELD_KEYS) or _row(ctx, j):
                break
            p = parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER)
            if not p:
                break
            found.append(p)
    elif b.kind == PARAGRAPH:
        found = enumerated(ctx, b.start, b.end, PARTNER)
    else:
        return []
    return found if len(found) >= 2 and not _people(found, ctx) else []


_VERB_AFTER_DASH = re.compile(r"\s[–—-]\s+[a-zà-ž]+\s*$")  # "die TU Darmstadt – trafen sich": the verb after an aside


def _cut_open_bracket(text: str) -> str:
    """A bracket opened and never closed ("Aachen (the project leader)" cut at its role
    word) ends the name; so does a lower-case word after a closing dash ("X – trafen")."""
    k = text.rfind("(")
    if k > 0 and text.count("(") > text.count(")"):
        text = text[:k]
    return _VERB_AFTER_DASH.sub("", text.rstrip(" .,;"))


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
    return bool(nlp.cues(name, ctx.lang, {"programme"})) \
        or any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", name.lower()) for f in names.name_cues(ctx.lang).get("not_programme", []))


def _person(p: Partner, ctx: Context) -> bool:
    """A person named where a partner could be: a title before two or three capitalised
    words ("Prof. Dr. Szabó Gábor"), or such a name with a title after a comma
    ("koordinator Marko Grobler, prof.")."""
    honorifics = {h.lower().rstrip(".") for h in ctx.lex.cues["honorifics"]} | {"dr", "prof"}
    words = p.name.split()
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in honorifics:
        k += 1
    rest = words[k:]
    name_like = 2 <= len(rest) <= 3 and all(re.fullmatch(r"[A-ZÀ-Ž][a-zà-žőű]+(?:-[A-ZÀ-Ž][a-zà-žőű]+)?", w) for w in rest)
    if not name_like or p.acronym or p.country or has_org_word(p.name):
        return False
    if k:
        return True
    after = re.match(r",\s*(\w+)\.?", ctx.doc.text[p.end:p.end + 20])
    return bool(after and after.group(1).lower() in honorifics)


@lru_cache(maxsize=4096)
def has_org_word(name: str) -> bool:
    """The name holds an organisation-type word of any language ("Uniwersytet Jagielloński",
    "Obec Hať", "Technická univerzita", "Europastadt Görlitz"): a whole word, a longer word's
    stem with an ending of up to two letters ("Uniwersytetem", "Univerzita"), or a compound's
    end; so an organisation, however few its words, and no person."""
    words = org_words()
    for w in re.findall(r"\w+", fold(name)):
        if w in words or any(len(o) >= 5 and ((w.startswith(o) and len(w) - len(o) <= 2)
                                             or (w.endswith(o) and len(w) - len(o) >= 3)) for o in words):
            return True
    return False


def _people(found: list[Partner], ctx: Context) -> bool:
    """Every item is two title-case words with no acronym or country, or most open with
    a title ("Ing.", "Dr.", "prof."): the people who took part ("Jana Horká a Petr Malý"),
    not organisations ("Obec Lipany, Mesto Prešov a Prešovský samosprávny kraj")."""
    word = r"[A-ZÀ-Ž][a-zà-ž]+(?:-[A-ZÀ-Ž][a-zà-ž]+)?"
    two = [p for p in found if re.fullmatch(rf"{word} {word}", p.name) and not p.acronym and not p.country
           and not has_org_word(p.name)]
    titled = [p for p in found if re.match(r"(?:[A-Za-z]{2,5}\.\s?)+[A-ZÀ-Ž]", p.name)]
    honorifics = {h.lower().rstrip(".") for h in ctx.lex.cues["honorifics"]}
    addressed = any(w.lower().rstrip(".") in honorifics for p in found for w in p.name.split())  # "pani Irina …"
    return addressed or len(found) >= 2 and (len(two) == len(found) or len(titled) > len(found) / 2)


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



def _bare_place(name: str, ctx: Context) -> str:
    """A municipality's name without its type word ("obec Krasňany", "Gmina Kornowac" ->
    "Kornowac"), so that the bare town named beside a noun of cooperation is the same
    partner; the type word may be the other country's ("Gmina" in a Czech page)."""
    head, _, rest = name.partition(" ")
    return rest if rest and head.lower() in _municipality_words() and rest[:1].isupper() else name


@lru_cache(maxsize=None)
def _municipality_words() -> frozenset[str]:
    from pipeline.lexicons import languages, load
    return frozenset(w for lang in languages() for w in load(lang).cues["municipality_nouns"] if " " not in w)


def _placed(text: str, ctx: Context) -> bool:
    """Text names a country, region or town ("Universiteit Gent", "Obec Hať"): a list of
    such names is a list of partners, not one name."""
    return bool(gazetteer.find(text, ctx.lex, adjectives=True) or gazetteer.town_in_name(text, ctx.lex))


def _domain_head(name: str, ctx: Context) -> bool:
    """A name whose organisation-type word is followed by what it deals with, not by a place
    ("Ministerul Dezvoltării", "Institutul pentru Aplicaţii", "Departement Mobiliteit"): such
    names go on with a list of domains ("…, Lucrărilor Publice și Administrației")."""
    words = name.split()
    k = next((n for n, w in enumerate(words) if has_org_word(w)), None)
    return k is not None and k + 1 < len(words) and fold(words[k]) not in _municipality_words() \
        and not _placed(" ".join(words[k + 1:]), ctx) and not any(sum(c.isupper() for c in w) >= 2 for w in words)


def _domain(piece: str, ctx: Context) -> bool:
    """A short piece with no organisation-type word, place or acronym: a domain listed in a
    name ("Lucrărilor Publice", "Fejlesztési"), not an organisation of its own."""
    words = piece.split()
    return 1 <= len(words) <= 4 and not has_org_word(piece) and not _placed(piece, ctx) \
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
        while n < len(ordered) and gap.fullmatch(text[chain[-1].end:ordered[n].start]) and _domain(ordered[n].name, ctx) \
                and "spread" not in ordered[n].flags:  # "Općina A, Općina B": named by a spread type word
            chain.append(ordered[n])
            n += 1
        while len(chain) > 1 and not closing.fullmatch(text[chain[-2].end:chain[-1].start]):
            chain.pop()  # the list of domains closes with its conjunction
        if any(_standalone(q.name, ctx) for q in chain[1:]):
            chain = [p]  # a piece named elsewhere on its own is an organisation
        if len(chain) > 1 and _domain_head(p.name, ctx) and not p.acronym \
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
        out.append(_domains_before(p, ctx, conj))
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
        piece = r"[^\W\d_A-ZÀ-Ž]+"  # "obrazovanja, znanosti i sporta"
    else:
        cap = r"[A-ZÀ-Ž][^\W\d_]+"
        piece = rf"{cap}(?:\s+(?:{joiners})\s+{cap}|\s+{cap}){{0,2}}" if joiners else rf"{cap}(?:\s+{cap}){{0,2}}"
    m = re.match(rf"((?:,\s+{piece})*),?\s+(?:{conj})\s+({piece})(?=\s*[.,;:()]|\s+[a-zà-ž]|\s*$)", text[p.end:p.end + 200])
    if not m:
        return p
    pieces = re.split(r",\s+", m.group(1).strip(", ")) if m.group(1) else []
    pieces = [x for x in pieces if x] + [m.group(2)]
    if not all(_domain(x, ctx) and not _standalone(x, ctx) for x in pieces) \
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
    cap = r"[A-ZÀ-Ž][^\W\d_]+"
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


def extract(ctx: Context) -> list[Partner]:
    found = from_labels(ctx) + from_label_blocks(ctx) + from_lists(ctx) + from_country_headings(ctx) \
        + from_running_text(ctx)
    if not found:  # the budget by partner names them when nothing else does
        found = from_amount_lines(ctx)
    project = names.project_name(ctx)
    if project and sum(c.isupper() for c in project[0]) >= 2:
        # "so partnerji projekta ARTISTIC oblikovali …": the project (an acronym) is not its own partner
        found = [p for p in found if p.name.split()[0] != project[0].split()[0]]
    found = [p for p in found if not _person(p, ctx) and not _project_phrase(p.name, ctx) and not _programme_named(p.name, ctx)]
    found = _join_domains(found, ctx)
    merged: list[Partner] = []
    for p in sorted(found, key=lambda p: p.start):
        same = next((q for q in merged if q.name == p.name or _prefix(q.name, p.name) or _with_article(q.name, p.name, ctx)
                     or _bare_place(q.name, ctx) == _bare_place(p.name, ctx)
                     or (p.acronym and q.acronym == p.acronym) or q.acronym == p.name or p.acronym == q.name), None)
        if same:
            if len(p.name) > len(same.name) and (_prefix(same.name, p.name) or p.name.endswith(" " + same.name)):
                same.name, same.end = p.name, max(same.end, p.end)
            if p.role == LEAD and same.role != LEAD:
                same.role = LEAD
            same.country = same.country or p.country
            continue
        merged.append(p)
    for p in merged:
        p.evidence = ctx.evidence(p.start, p.end)
        p.country = p.country or gazetteer.village_in_name(p.name, ctx.lex, ctx.named_countries) \
            or gazetteer.region_with_inserted_word(p.name) or gazetteer.country_of_domain(p.url)
    # the lead partner comes first, then the others in the order the document lists them
    return sorted(merged, key=lambda p: (p.role != LEAD, p.start))
