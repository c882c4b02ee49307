"""Partners read from blocks: lists and tables, labels and label blocks, country headings, lists below a sentence."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import partner_lists
from pipeline.extractors.context import Context
from pipeline.lexicons import FIELD_KEYS
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.normalise.money import find_money
from pipeline.extractors.partner_record import ELISION, LEAD, LEAD_KEYS, LEGAL_FORM_WORD, PARTNER, Partner, URL
from pipeline.extractors.partner_countries import country_name, country_tail, labelled_country, place, tail_country
from pipeline.extractors.partner_names import funding_body, has_org_word, leading_noise, own_organisation, people, proper
from pipeline.extractors.partner_items import enumerated, inner_labels, parse_item
from pipeline.extractors.label_chains import chained_values
from pipeline.extractors.partner_clean import dependent_head
from pipeline.extractors.partner_flat_table import table_header
from pipeline.textnorm import LOWER, UPPER


# a name, its acronym in brackets, then a colon or dash that opens a description
_ACRONYM_COLON = re.compile(rf"^([^:()]{{3,160}}?\s\([{UPPER}][\w&.-]{{1,12}}\))\s*(?::|\s[-–—])\s+\S")


def _cut_description(text: str, ctx: Context) -> str:
    """A lead label's value ends where a dash or colon opens a sentence about the project ("Vysoké učení
    technické v Brně - Ziel des Projekts ist die Forschung …", "X: The project aims to …"):
    eight words or more after it, most of them in lower case. A name's own dash part stays
    ("Regione Puglia – Dipartimento Mobilità, …"): the words after it hold a copula or a
    sentence's end, as a sentence does."""
    copulas = set(ctx.lex.cues["copula"])
    m = _ACRONYM_COLON.match(text)
    if m:  # "Syndicat mixte X (SMX) : établissement public …": the name ends with its acronym
        return text[:m.end(1)]
    for m in re.finditer(r"\s[-–—]\s+|:\s+", text):
        words = text[m.end():].split()
        said = any(w.lower().strip(",.") in copulas for w in words) or re.search(rf"[.!?]\s+[{UPPER}]", text[m.end():])
        if m.start() > 0 and len(words) >= 8 and sum(w[:1].islower() for w in words) * 2 >= len(words) and said:
            return text[:m.start()]
    return _cut_sentence(text, copulas)


def _cut_sentence(text: str, copulas: set[str], openers: set[str] | frozenset[str] = frozenset()) -> str:
    """A lead label inside a paragraph ("Lead partner: City of Graz. The total budget is …"):
    its value ends with its sentence, where a full stop after a word of three letters or more
    (not "St.", "Sp.") or a bracket ("City of Graz (AT). The …") opens a sentence of three words or
    more with a copula or mostly in lower case."""
    for m in re.finditer(rf"(?:(?<=[^\W\d_]{{3}})|(?<=\)))[.!?]\s+(?=[{UPPER}])", text):
        words = text[m.end():].split()
        if len(words) >= 3 and (any(w.lower().strip(",.") in copulas for w in words)
                                or sum(w[:1].islower() for w in words) * 2 >= len(words)
                                or words[0].lower() in openers):  # "Das Projekt läuft …": nouns capitalised
            return text[:m.start()]
    return text


def list_after(ctx: Context, pos: int) -> list[int]:
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


LABEL_TAIL_WORDS = 3  # "Partenerii proiectului:", "Partners of the project:"


def from_lists(ctx: Context) -> list[Partner]:
    out = []
    for pos, i in enumerate(ctx.indices):
        block = ctx.block(i)
        if block.kind not in (HEADING,) and not ctx.text(i).rstrip().endswith(":"):
            continue
        text = ctx.text(i)
        # the heading must be about partners: it starts with the cue; a block that ends in
        # a colon is read from its last sentence ("Proiectul X este finanțat prin Y. Parteneri:")
        sents = ctx.sentences(i)
        opens = sents[-1].start if sents else block.start
        cues = [c for c in ctx.cues(i, {"partners"} | LEAD_KEYS) if c.start >= opens]
        if not cues or len(ctx.doc.text[opens:cues[0].start].split()) > 1:
            continue
        if opens > block.start and len(ctx.doc.text[cues[0].end:block.end].split()) > LABEL_TAIL_WORDS:
            continue  # a sentence after others is a label only when short: "Partners of the project:"
        role = LEAD if cues[0].key in LEAD_KEYS else PARTNER
        label, colon, value = text[cues[0].end - block.start:].partition(":")
        if colon and value.strip():
            continue  # "Beneficiari: Ajuntament del Vendrell": the label has its value; the list below is another's
        for j in list_after(ctx, pos):
            b = ctx.block(j)
            item = ctx.text(j)
            if b.kind == LIST_ITEM and item.rstrip().endswith(":"):
                continue  # "• Actuacions:": the label of a list nested below, not a name
            if b.kind == TABLE_ROW:
                if _header_row(item, ctx):
                    continue
                item = _table_item(item, ctx)
            for at, part in (_two_names(item, ctx) if b.kind == LIST_ITEM else None) or [(0, item)]:
                p = parse_item(part, b.start + at, ctx, role)
                if p:
                    p.end = b.end
                    out.append(p)
    return out


def _two_names(item: str, ctx: Context) -> list[tuple[int, str]] | None:
    """A list item that names two organisations of one country, joined by a conjunction
    ("Prizztech Ltd and South-Eastern Finland University of Applied Sciences from Finland",
    "Tartu Science Park and Tartu City from Estonia"): each part with its own organisation
    word, legal form or acronym, the country said after the second; else None. "Chamber of
    Commerce and Industry of Slovenia" has no organisation word after its "and" and stays.
    Each part comes with its offset in the item."""
    cut, code = country_tail(item, ctx)
    if not code:
        return None
    head, tail = item[:cut], item[cut:]
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if c.isalpha())
    parts = re.split(rf"\s+(?:{conj})\s+", head) if conj else [head]
    if len(parts) != 2:
        return None
    if not all(x.lstrip("–-•* ")[:1].isupper() and own_organisation(x) for x in parts):
        return None
    if not dependent_head(parts[1]):
        return None  # "Marina y Ambiental de la Universidad de X": the second part depends on the first's name
    return [(0, parts[0] + tail), (head.rfind(parts[1]), parts[1] + tail)]


def _header_row(row: str, ctx: Context) -> bool:
    """A table's header: a cell that is a partner or name label ("Partner", "Name") and no
    cell that is a country or place (a row "Partner | Comune di Udine | Italy" names one)."""
    labels = {c.lower() for k in ("partners", "org_name_label") for c in ctx.lex.cues[k]}
    cells = [c.strip() for c in row.split(" | ")]
    return any(c.lower() in labels for c in cells) and not any(country_name(c, ctx) or place(c, ctx) for c in cells)


def _table_item(row: str, ctx: Context) -> str:
    """A partner table's row as one item: the name cell (after a number or "LP"/"PP2" cell),
    with the first cell that is a country or a place in brackets ("2 | Univerza v Mariboru |
    Maribor | Slovenia" -> "Univerza v Mariboru (Maribor)")."""
    cells = [c.strip() for c in row.split(" | ")]
    while len(cells) > 1 and re.fullmatch(r"\W*\d{1,2}\W*|(?:LP|PP|P)\s?\d{0,2}", cells[0]):
        cells.pop(0)
    where = next((c for c in cells[1:] if country_name(c, ctx) or place(c, ctx)), None)
    return cells[0] + (f" ({where})" if where else "")


def from_labels(ctx: Context) -> list[Partner]:
    """"Lead partner: X – ČR", "Partneři projektu: PP2: A – Německo, PP3: B – …", and
    the same with the label on its own line above the value."""
    out = []
    keys = LEAD_KEYS | {"partners", "country_nouns"}
    for i in ctx.indices:
        chained = chained_values(ctx, i, keys)  # "Lead Partner: A Övriga partners: B, C Program: X"
        found = ctx.label_value(i, keys)
        for cue, start, end in chained if chained is not None else [found] if found else []:
            out.extend(_label_partners(ctx, i, cue, start, end))
    return out


def from_cooperation_colon(ctx: Context) -> list[Partner]:
    """"We will cooperate with two foreign schools: A, in Italian Caserta, and B in Portuguese
    Barreiro." A colon after a verb or phrase of cooperating ("spolupracovat s", "in
    collaborazione con") opens a list of the partners, which ends with its sentence."""
    out: list[Partner] = []
    for i in ctx.indices:
        cooperating = ctx.cues(i, {"cooperation_verbs", "partnership_with"})
        for sent in ctx.sentences(i) if cooperating else []:
            colon = ctx.doc.text.find(":", sent.start, sent.end)
            if colon < 0 or colon + 2 >= sent.end:
                continue
            cues = [c for c in cooperating if sent.start <= c.start and c.end <= colon]
            if not cues or ctx.doc.text.count(":", colon + 1, sent.end):
                continue  # (a second colon: labels, not one list)
            out.extend(enumerated(ctx, colon + 1, _sentence_end(ctx, colon + 1, sent.end), PARTNER))
    return out


def _sentence_end(ctx: Context, start: int, end: int) -> int:
    """A partner label in running text ("The project partners are: A, B and C. The project runs
    for 36 months."): its value ends with its sentence, not with the paragraph."""
    # (a sentence may open with an article or pronoun, whatever its nouns' capitals)
    return start + len(_cut_sentence(ctx.doc.text[start:end], set(ctx.lex.cues["copula"]), nlp.stop_words(ctx.lang)))


def _label_partners(ctx: Context, i: int, cue, start: int, end: int) -> list[Partner]:
    """The partners a label's value names: a lead, several beneficiaries, a numbered
    partner, countries with their partners, or a list."""
    out: list[Partner] = []
    if cue.key == "country_nouns":  # "Partnerské krajiny: Litva (MITA), Holandsko (SNN), …"
        out.extend(p for p in enumerated(ctx, start, end, PARTNER) if "country-first" in p.flags)
    elif cue.key in LEAD_KEYS and len(several := _companies(ctx, start, end)) >= 2:
        out.extend(several)  # "Prijímateľ: Kraj X, A GmbH, B G.m.b.H.": beneficiaries, none named lead
    elif cue.key in LEAD_KEYS:
        p = parse_item(_cut_description(ctx.doc.text[start:end], ctx), start, ctx, LEAD)
        out.extend([p] if p else [])
    elif numbered_label(ctx, i):
        # "Projekt Partner (PP1): Körös-Maros … és … Alapítvány": one partner, "és" inside its name
        p = parse_item(ctx.doc.text[start:end], start, ctx, PARTNER)
        out.extend([p] if p else [])
    else:
        out.extend(enumerated(ctx, start, _sentence_end(ctx, start, end), PARTNER))
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
            name = re.sub(rf"^(?:[{LOWER}]+\s+){{1,3}}(?=[{UPPER}])", "", name)  # "w tym Gmina X", "davon Stadt Y"
            words = name.split()
            if not (1 < len(words) <= 8 and name[:1].isupper() and has_org_word(name)) or any(c.isdigit() for c in name)\
                    or nlp.cues(name, ctx.lang, FIELD_KEYS) or funding_body(name, ctx):
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


def numbered_label(ctx: Context, i: int) -> bool:
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
            out[-1].country = out[-1].country or country_name(parts[-1].strip(), ctx)
        elif any(c.key in ("project_before", "project_after") for c in ctx.cues(j) if c.start < value_start):
            break
    return out


def _name_line(text: str, ctx: Context) -> bool:
    """A line that is an organisation's name and nothing more: short, not a label or
    sentence, with two capitalised words or an acronym ("Obec Tureň", "EUREGIO …")."""
    text = text[leading_noise(text, ctx):].strip()
    text = text[:labelled_country(text, ctx)[0]]  # "X & Country: HU"
    words = text.split()
    if not 1 <= len(words) <= 15 or re.match(r"^[^:]{1,40}:", text) or URL.search(text) or inner_labels(text, ctx)\
            or table_header(text, ctx):
        return False  # a label, a list with a label inside ("A, B / Strategische Partner: C"), a table's header
    if text.endswith(".") and not re.search(r"(?:^|\s)(?:\w{1,4}\.)+$", text):
        return False  # a sentence, unless it ends with a legal form ("e. V.", "d.o.o.")
    # an elided article opens a capitalised word: "Regione dell’Epiro"
    return (text[:1].isupper() or text[:1] in "„“\"'") and proper(ELISION.sub("", text.replace("„", "").replace("“", "")))


def _typed_line(text: str, ctx: Context) -> bool:
    """A line right under a lead label that names one organisation in sentence case, as
    Slavic languages write names ("Nacionalni inštitut za biologijo", "Regionální rozvojová
    agentura"): capitalised, an organisation-type word, short, no colon, no sentence's end.
    A lead label names one organisation, so its next line needs no second capital."""
    text = text[leading_noise(text, ctx):].strip()
    words = text.split()
    return 2 <= len(words) <= 10 and text[:1].isupper() and has_org_word(text) and ":" not in text\
        and not text.endswith((".", "!", "?")) and not URL.search(text)\
        and not any(w.lower() in ctx.lex.cues["copula"] for w in words)


def address_country(p: Partner, ctx: Context) -> str | None:
    """A partner's country from the address printed under its name in a contact block
    ("Bordány Sportkör" / "Address: Szent István tér 1, 6795 Bordány, Hungary"): a line
    that is the name alone, then within three lines an address label whose value ends with
    a country."""
    labels = set(ctx.lex.cues["address_label"])
    for pos, i in enumerate(ctx.indices):
        line = ctx.text(i).strip()
        if line != p.name and not (line.startswith(p.name + " (") and line.endswith(")")):
            continue
        for j in ctx.indices[pos + 1:pos + 4]:
            m = _LABEL_LINE.match(ctx.text(j).strip())
            if m and m.group("label").strip().lower() in labels:
                cc = country_name(m.group("value").rstrip(" .").split(",")[-1].strip(), ctx)
                if cc:
                    return cc
    return None


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
            if _ends_list(ctx, j) and not (row and not _row(ctx, j) and _name_line(text, ctx) and tail_country(text, ctx)):
                break
            if b.kind == TABLE_ROW:  # a partner table: its header row, then one partner a row
                if _header_row(text, ctx):
                    continue
                text = _table_item(text, ctx)
            if not _name_line(text, ctx) and not (cue and (role == LEAD and n == 0 or b.kind == HEADING) and _typed_line(text, ctx))\
                    and not (cue and _own_country(text, ctx)) and not (cue and n == 0 and cue.key not in LEAD_KEYS and _between_names(ctx, pos + 1 + n)):
                found = enumerated(ctx, b.start, b.end, role) if n == 0 and cue and role == PARTNER else []
                out.extend(found if len(found) >= 2 else [])  # "Partners" / "A, B, C"
                break
            pair = _two_names(text, ctx) if b.kind == LIST_ITEM and role == PARTNER else None
            if pair:  # "– A Ltd and B University from Finland": two partners on one line
                out.extend(p for at, part in pair if (p := parse_item(part, b.start + at, ctx, role)))
                continue
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


def _short_line(text: str) -> bool:
    """A line of one to four words, capitalised, with no sentence or label punctuation and no
    figure: the shape a name takes in a list of one name a line."""
    t = text.strip()
    return 1 <= len(t.split()) <= 4 and t[:1].isupper() and not re.search(r"[.!?:;,]$|\d{3}|\s[-–]\s", t)


def _between_names(ctx: Context, pos: int) -> bool:
    """Block pos, the first line under a bare partner label (not a lead label, and not a later
    line: in a card "Applicant" / X / "Region" / Y the short line after a value is the card's
    next label), has the shape of a short name line and the next
    line is a name line ("Andre partnere" / "Teknikens hus" / "Agency9 AB"): one name a line
    whatever its words, since the list's shape, not the words, makes it a name."""
    if pos + 1 >= len(ctx.indices):
        return False
    i, j = ctx.indices[pos], ctx.indices[pos + 1]
    if ctx.block(i).kind != ctx.block(j).kind or not _short_line(ctx.text(i)):
        return False
    return _name_line(ctx.text(j), ctx) and not _ends_list(ctx, j)


def _own_country(text: str, ctx: Context) -> bool:
    """A short line that ends with its country in brackets ("Paņevežas pilsētas mākslas galerija
    (Lietuva)"): under a partner label, a partner on its own line whatever its words."""
    head, _, tail = text.rstrip(" .;").rpartition("(")
    return bool(head.strip()) and tail.endswith(")") and len(text.split()) <= 16\
        and not re.search(r"[.!?]\s", head) and bool(country_name(tail[:-1].strip(), ctx))


def _lead_label_row(ctx: Context, i: int) -> tuple[str, int] | None:
    """(role, offset of the name) when block i is a lead label whose value ends with its
    country ("Lead partner: ecoplus. The Business Agency of Lower Austria (AT)"): like a row
    "Lead partner – X (AT)", the lines below that carry a country are its partners."""
    found = ctx.label(i, LEAD_KEYS)
    if not found or len(ctx.text(i).split()) > 20:
        return None
    value = ctx.doc.text[found[1]:ctx.block(i).end]
    return (LEAD, found[1]) if tail_country(value, ctx) or _countried_lines_below(ctx, i) else None


def _countried_lines_below(ctx: Context, i: int) -> bool:
    """The two lines below block i are names that end with their country ("Lead partner:
    University of X" / "Y Region (Italy)" / "Z Agency (Romania)"): a partnership listed one
    organisation a line under its lead, whether or not the lead's line gives a country."""
    pos = ctx.indices.index(i)
    below = ctx.indices[pos + 1:pos + 3]
    return len(below) == 2 and all(ctx.block(j).kind != TABLE_ROW and _name_line(ctx.text(j), ctx)
                                   and tail_country(ctx.text(j), ctx) for j in below)


def _country_heading(ctx: Context, i: int) -> tuple[str, str] | None:
    """(country, role) when block i is only a country name, maybe with a role after a
    dash: "Turcji", "Austria:", "Portugalii – koordynator projektu"."""
    text = ctx.text(i).strip().rstrip(":").strip()
    head, _, tail = re.sub(r"\s[–—-]\s", "\0", text, count=1).partition("\0")
    head = partner_lists.without_preposition(head, ctx)  # "Per la Grecia", "For Austria", "Za Slovensko"
    code = country_name(head, ctx) if len(head.split()) <= 3 else None
    if not code or len(tail.split()) > 5:
        return None
    lead = tail and any(c in tail.lower() for k in LEAD_KEYS for c in ctx.lex.cues[k])
    return code, LEAD if lead else PARTNER


_NAME_HEAD = re.compile(rf"^(?P<name>.+?)(?:\s+[-–—(]|,\s+(?=[^\W\d_]*[{LOWER}]))")  # "X - publiczna szkoła", "X (= EBSO), to …"


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
            elif b.kind == PARAGRAPH and (m := _NAME_HEAD.match(text)) and len(m.group("name").split()) <= 10\
                    and proper(m.group("name")):
                p = parse_item(m.group("name"), b.start, ctx, role)
            else:
                break
            if p:
                p.country = code
                out.append(p)
            if b.kind == PARAGRAPH:
                break
    return out


def country_list_below(ctx: Context, i: int) -> list[Partner]:
    """A list right below a paragraph about the partners, each item an organisation with its
    country ("5 scuole di differenti paesi europei." / "• Centro San Viator, Sopuerta - Spagna"):
    the paragraph names partners or participation, or counts as many as the list holds."""
    pos = ctx.indices.index(i)
    if pos + 1 >= len(ctx.indices) or ctx.block(ctx.indices[pos + 1]).kind != LIST_ITEM:
        return []
    rows = list_after(ctx, pos)
    if len(rows) < 2:
        return []
    found = [p for j in rows if tail_country(ctx.text(j), ctx)
             and (p := parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER)) and p.country]
    if len(found) < max(2, len(rows) - 1):  # one item glued to a remark may lose its country
        return []
    words = [w.strip(".,;:()").lower() for w in ctx.text(i).split()]
    counted = any(w == str(len(rows)) or ctx.lex.number_words.get(w) == len(rows) for w in words)
    if not counted and not ctx.cues(i, {"partners", "partner_nouns", "participation"}):
        return []
    return partner_lists.city_column(found, [ctx.text(j) for j in rows]) if not people(found, ctx) else []


def next_paragraph_list(ctx: Context, i: int) -> list[Partner]:
    """The partners listed after block i (which ends with a colon): inline in the next
    paragraph, or one per list item ("Six établissements participent :" / "- A", "- B")."""
    pos = ctx.indices.index(i)
    if pos + 1 >= len(ctx.indices):
        return []
    b = ctx.block(ctx.indices[pos + 1])
    if b.kind == LIST_ITEM:
        found = [p for j in list_after(ctx, pos) if (p := parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER))]
        found = partner_lists.city_column(found, [ctx.text(j) for j in list_after(ctx, pos)])
    elif b.kind in (PARAGRAPH, HEADING) and _name_line(ctx.text(ctx.indices[pos + 1]), ctx):
        # one name a line: "Am Projekt teilnehmende Partner:" / "Verein …" / "Gemeinde …"
        found = []
        for j in ctx.indices[pos + 1:pos + 31]:
            if ctx.block(j).kind not in (PARAGRAPH, HEADING) or not _name_line(ctx.text(j), ctx)\
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
    return found if len(found) >= 2 and not people(found, ctx) else []
