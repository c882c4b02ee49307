"""Projects listed as the rows of a table that lost its cells: a header line of column
labels ("Akronym Titel Koordinator_innen", "Prosjektnavn Leadpartner Norsk partner Totalbudsjett",
"Project title Acronym"), then one line per project.

A page that lists projects in a table names its columns once: the line is a few words, all
of them (or nearly) field labels, two labels or more, one of them the project's name or
acronym. Each line below it until the prose resumes is a row; a row opens where its name
cell holds a name, and lines without one (a cell's second line: "Fachbereich Architektur")
stay with the row above. Where the name column is an acronym's, the name is the row's first
token (column first) or its last (column last); where it is the project's name or title and
comes first, the name runs to the first organisation the next column names. The text before
the header and after the table speaks of all the rows (the programme, their total) and is
every section's, its amounts none's own.
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors import acronym_pairs
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import camel
from pipeline.extractors.partner_names import has_org_word
from pipeline.model import LIST_ITEM, Document, Section
from pipeline.section_names import LABEL_CUES, has_fact_or_money
from pipeline.extractors.partner_record import LEAD_KEYS
from pipeline.textnorm import UPPER, fold

HEADER_WORDS = 10  # a header line names a few columns
ROW_WORDS = 45  # a row longer than this is prose
PROSE_WORDS = 12  # a sentence this long ending with a stop ends the table
ORG_LEAD_WORDS = 3  # words an organisation's name may hold before its type word
HEADER_KEYS = LABEL_CUES | {"project_label"}
# the international word for a short form, in the spellings of the languages read
# ("acronym", "Akronym", "acronyme", "acronimo", "acrónimo", "akronim", "акроним", "ακρωνύμιο")
DASH = re.compile(r"[–—-]")
_ACRONYM = re.compile(r"a[ck]r[oó]n[iy]m|акроним|ακρωνυμ")


def _header(ctx: Context, i: int) -> tuple[str, str, str | None] | None:
    """Block i as a column header: ("acronym" or "name", where that column stands: "first",
    "last" or "middle", the cue key of the column after it). A header of three columns or more
    may end with a colon ("Prosjektnavn Leadpartner Partnere i:"): the label of a column of
    codes, not a sentence's end."""
    text = ctx.text(i).strip().rstrip("|").strip()
    words = text.split()
    if not 2 <= len(words) <= HEADER_WORDS or re.search(r"[.!?;]$|\d", text):
        return None
    base = ctx.block(i).start + (len(ctx.text(i)) - len(ctx.text(i).lstrip()))
    cues = sorted(ctx.cues(i, HEADER_KEYS), key=lambda c: (c.start, -c.end))
    spans: list[nlp.CueMatch] = []
    for c in cues:  # the longest cue at each place, none inside another
        if not spans or c.start >= spans[-1].end:
            spans.append(c)
    # a line of two labels that ends with a colon introduces a list ("Projekt partnerek:",
    # "Project's main activities are:"); a header of three columns may end with one
    if len(spans) < 2 or len(spans) < 3 and text.endswith(":"):
        return None
    covered = sum(len(c.text.split()) for c in spans)
    if 2 * covered < len(words):
        return None
    names = [c for c in spans if c.key in ("project_label", "title")]
    if not names:
        return None
    short = [c for c in names if _ACRONYM.search(fold(c.text))]
    first, last = spans[0], spans[-1]
    for c in short:
        # a first column is the line's first word; a word before it that is no label is a
        # column too ("Hochschule Akronym Titel": the short form stands in the middle)
        if c is first and c.start == base or c is last:
            return "acronym", "first" if c is first else "last", None
    if len(short) == 1:  # "Institution Acronym Title Partners": the short form between other columns
        return "acronym", "middle", None
    if first in names and first.start == base:
        return "name", "first", spans[1].key
    return None


def _coined(token: str) -> bool:
    """A token written as an acronym or a coined name: capitals after the first letter,
    a digit beside letters ("PREHealth", "EDUC-WIDE", "A4L_BRIDGE", "Unite.WIDENING")."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and token[0].isalnum() and (
        sum(c.isupper() for c in letters) >= 2 or camel(token) or bool(re.search(r"\d", token)))


Row = tuple[int, int, tuple[int, int] | None]  # the name cell, and the lead's cell when the row shows it


def _row_name(ctx: Context, i: int, column: str, place: str, after: str | None = None) -> Row | None:
    """The name cell of row i, as document offsets, and the cell of its lead organisation
    where the columns say which it is."""
    text = ctx.text(i)
    base = ctx.block(i).start
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(tokens) < 2:
        return None
    if column == "acronym" and place == "middle":
        return _middle_acronym(ctx, i, tokens)
    if column == "acronym":
        s, e = tokens[0] if place == "first" else tokens[-1]
        token = text[s:e].strip("|,;")
        if not _coined(token):
            return None
        s = text.find(token, s)
        return base + s, base + s + len(token), None
    # a short form defined beside its long form at the row's start is the name
    # ("EnergiEffektivisering av Byggnader i Arktiska Kommuner (EEBAK) …", "AIDA – Arctic …")
    for pair in acronym_pairs.pairs(text, ctx.lang):
        if min(pair.short[0], pair.long[0]) == tokens[0][0]:
            name_end = max(pair.short[1], pair.long[1])
            return base + pair.short[0], base + pair.short[1], _lead_cell(text, base, name_end, after)
    # the name runs to the organisation the next column names: its type word, and when
    # that is written small, back to the capitalised word that opens the organisation
    # ("Lapin ammattikorkeakoulu Oy", "Luleå tekniska universitet")
    for n, (s, e) in enumerate(tokens):
        if n and has_org_word(text[s:e]):
            cut = n
            while cut > 1 and text[tokens[cut][0]].islower() and n - cut < ORG_LEAD_WORDS:
                cut -= 1
            # a name cell does not end with a dash: the word before it is the organisation's
            # short form ("Green Arctic Building UiT – Norges arktiske universitet")
            if cut > 2 and DASH.fullmatch(text[tokens[cut - 1][0]:tokens[cut - 1][1]]):
                cut -= 2
            # nor with a short word written small ("in", "of", "av", "i", "na"): the name goes
            # on past a word that names a place here ("… Buildings in Barents region UiT – …")
            if cut >= 1 and _joining(text[tokens[cut - 1][0]:tokens[cut - 1][1]]):
                continue
            if cut >= 1 and text[tokens[0][0]].isupper():
                name_end = tokens[cut - 1][1]
                return base + tokens[0][0], base + name_end, _lead_cell(text, base, name_end, after)
            return None
    return None


def _joining(word: str) -> bool:
    """A short word written small: a preposition, article or conjunction, which joins the words
    around it and ends no name."""
    return len(word) <= 3 and word.isalpha() and word.islower()


# what may close an organisation's name after its type word: a legal form ("Oy", "AS", "AB",
# "e.V.") or its short form in brackets ("(OSAO)")
_ORG_CLOSE = re.compile(rf"[{UPPER}][^\W\d_]{{0,2}}\.?|(?:\w\.){{2,}}|\([^()\s]{{2,12}}\)")


def _org_end(text: str, start: int) -> int | None:
    """Where the organisation that opens text[start:] ends, when more columns follow it: after its
    type word ("Lapin ammattikorkeakoulu Oy", "Lapplands förbund"), the legal form or bracketed
    short form that closes it; None when no type word comes within a few words."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:])]
    for n, (s, e) in enumerate(tokens[:ORG_LEAD_WORDS + 2]):
        if has_org_word(text[start + s:start + e]):
            end = e
            for s2, e2 in tokens[n + 1:n + 3]:
                if not _ORG_CLOSE.fullmatch(text[start + s2:start + e2]):
                    break
                end = e2
            return start + end
    return None


def _middle_acronym(ctx: Context, i: int, tokens: list[tuple[int, int]]) -> Row | None:
    """A row whose short form stands between other cells ("Národné lesnícke centrum LignoSilva
    Centre of …"): the first coined token after the row's first word; the cells before it, when
    they name an organisation, name the institution that holds the project. A line opened by a
    list marker ("• HELSINGIN YLIOPISTO (FI)") is a cell's next item, no row."""
    text, base = ctx.text(i), ctx.block(i).start
    if ctx.block(i).kind == LIST_ITEM or not text.lstrip()[:1].isalnum():
        return None
    for s, e in tokens[1:]:
        token = text[s:e].strip("|,;()")
        if _coined(token):
            s = text.find(token, s)
            before = text[tokens[0][0]:s].rstrip(" ,;|")
            lead = (base + tokens[0][0], base + tokens[0][0] + len(before)) if has_org_word(before) else None
            return base + s, base + s + len(token), lead
    return None


# a run of country codes closing a row: the column of partner countries
# ("NO, FI, SV, RU"): two codes at least, apart by commas; one ("Ihana! AS") is a legal form
_CODES_TAIL = re.compile(rf"\s+[{UPPER}]{{2}}(?:[,.;]\s*[{UPPER}]{{2}})+[,.;]?\s*$")


def _lead_cell(text: str, base: int, name_end: int, after: str | None) -> tuple[int, int] | None:
    """The lead's cell of a row whose name comes first: what follows the name, when the header's
    next column is the lead's: up to a run of country codes that closes the row ("Green Arctic
    Building UiT – Norges arktiske universitet NO, FI, RU"), or else to the end of the
    organisation that opens it ("Our Stories Lapin ammattikorkeakoulu Oy Ihana! AS")."""
    if after not in LEAD_KEYS:
        return None
    tail = _CODES_TAIL.search(text, name_end)
    s, e = name_end, tail.start() if tail else _org_end(text, name_end)
    if e is None:
        return None
    while s < e and text[s] in " \t|–—-,;:":
        s += 1
    cell = text[s:e].rstrip(" ,;|")
    if not cell or not text[s].isupper() and not text[s].isdigit():
        return None
    return base + s, base + s + len(cell)


def _prose(ctx: Context, i: int) -> bool:
    """A sentence: long, or ending with a stop that is no abbreviation's own ("…, a.s.", "e.V.":
    a company's legal form closing a row's last cell)."""
    text = ctx.text(i).strip()
    if len(text.split()) > ROW_WORDS:
        return True
    return len(text.split()) >= PROSE_WORDS and text[-1:] in ".!?" and not _ABBREVIATION_END.search(text)


_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:\w{1,3}\.){2,}$")


def table_sections(doc: Document, ctx: Context) -> list[Section]:
    """One section per row of the first column-header table with two rows or more that
    each hold a name, or []."""
    n = len(doc.blocks)
    for h in range(n):
        found = _header(ctx, h)
        if not found:
            continue
        column, place, after = found
        rows: list[tuple[int, int, int, tuple[int, int] | None]] = []
        end = h + 1
        while end < n and not _prose(ctx, end) and not _header(ctx, end):
            span = _row_name(ctx, end, column, place, after)
            if span:
                rows.append((end, *span))
            elif not rows:
                break  # the first line under the header is a row
            end += 1
        names = {fold(doc.text[s:e]) for _, s, e, _ in rows}
        if len(rows) < 2 or len(names) < len(rows):
            continue
        shared = tuple(range(rows[0][0])) + tuple(range(end, n))
        # a table of projects states something of them: in a row, or around the table
        if not has_fact_or_money(doc, ctx.lang, 0, n) and not any(
                has_org_word(ctx.text(b)) for b, _, _, _ in rows):
            continue
        out = []
        for k, (b, s, e, lead) in enumerate(rows):
            stop = rows[k + 1][0] if k + 1 < len(rows) else end
            out.append(Section(blocks=tuple(sorted(set(shared) | set(range(b, stop)))), name=(s, e), shared=shared,
                               lead=lead))
        return out
    return []
