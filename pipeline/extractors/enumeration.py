"""Items of an inline list of organisations, as written in running text or after a label:
"A (DE), B (AT) and the C (SI)", "PP2: X – Německo, PP3: Y – Slovensko", "A; B; C".

Commas also occur inside names ("KORID LK, spol. s r.o.", "Ministry for Economic
Affairs, Labour and Transport"), so when most items end with a country marker the list
is split only after the markers; otherwise at commas and conjunctions, with lower-case
continuations and legal forms joined back to the item before.
"""
from __future__ import annotations

import re
from pipeline.suspended import suspended_before
from pipeline.textnorm import UPPER
from typing import Callable

# legal-form tails that follow a comma inside a name
LEGAL_FORM = re.compile(
    r"^(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\.\s?s\s?r\.\s?o\.|z\.\s?s\.|z\.\s?ú\.|o\.\s?p\.\s?s\.|gmbh|ag|e\.\s?v\.|"
    r"ltd\.?|l\.t\.d\.?|llc|inc\.?|plc|kft\.?|zrt\.?|nonprofit kft\.?|sp\.\s?z\s?o\.\s?o\.|s\.\s?a\.|s\.\s?p\.\s?a\.|"
    r"s\.\s?r\.\s?l\.|srl|sa|d\.\s?o\.\s?o\.|d\.\s?d\.|b\.\s?v\.|n\.\s?v\.|vzw|asbl|sas|sarl|"
    r"s\.\s?p\.|o\.\s?z\.|p\.\s?o\.)$", re.IGNORECASE)  # státní / štátny podnik, občianske združenie, příspěvková organizace
# item markers: "PP2:", "LP:", "P3 -", "1.", "1 - ", "a)"
# an item's marker: "PP2:", "A2:" (an associated partner), "1.", "a)", and a numbered partner code alone before a capital ("PP1 Office of …")
MARKER = re.compile(rf"^\s*(?:(?:LP|PP|P|WP)\s?\d{{0,2}}\s?[:.)–-]|AP?\s?\d{{1,2}}\s?[:)–-]|(?:LP|PP)\s?\d{{1,2}}\s+(?=[{UPPER}])|\d{{1,2}}[.)](?!\d)"
                    r"|\d{1,2}\s[-–]\s|[a-z]\))\s*")


def split_items(text: str, conjunctions: list[str], ends_with_country: Callable[[str], bool],
                opens_name: Callable[[str], bool] = lambda piece: False,
                is_tail: Callable[[str], bool] = lambda piece: False,
                links: Callable[[str, str, str], bool] = lambda before, word, after: False) -> list[tuple[int, int]]:
    """(start, end) offsets of each item in text, stripped of separators. A lower-case
    piece continues the item before unless opens_name says it starts a name after an
    article ("a Hortobágy …", "l’Iniziativa …"). A list joins only its last item with a
    conjunction, so a conjunction followed by a comma and a further item is inside a name
    ("A, Università di Economia e Scienze sociali, B"); is_tail tells a piece that only
    completes the item before (a country, a city) from a further item; links tells a
    conjunction that is the linking article of the words before it ("Universitetin e
    Shkodrës": Albanian "e" is "and" and the article after a type word) and splits nothing."""
    if ";" in text:
        seps = [(m.start(), m.end()) for m in re.finditer(r";\s*", text)]
        seps = sorted(seps + _after_country_brackets(text, conjunctions, ends_with_country))
    else:
        conj = "|".join(re.escape(c) for c in conjunctions if c.isalpha())
        pattern = rf",?\s+(?:{conj})\s+|,\s+" if conj else r",\s+"
        seps = [(m.start(), m.end()) for m in re.finditer(pattern, text)
                if "," in m.group(0) or not links(text[:m.start()], m.group(0).strip(), text[m.end():])]
    # "Fach- und Umsetzungsgruppen": the part before a hyphen waits for the rest of its word
    seps = [sep for sep in seps if not _inside_brackets(text, sep[0]) and not suspended_before(text, sep[0])]
    if ";" not in text:
        seps = _inner_conjunctions_dropped(text, seps, opens_name, is_tail)
    pieces, pos = [], 0
    for a, b in seps:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, len(text)))
    pieces = [(a, b) for a, b in (_strip(text, a, b) for a, b in pieces) if b > a]
    if not pieces:
        return []
    marked = [ends_with_country(text[a:b]) for a, b in pieces]
    if sum(marked) >= 2 and sum(marked) >= len(pieces) / 2:
        items, open_start = [], None
        for n, ((a, b), m) in enumerate(zip(pieces, marked)):
            open_start = a if open_start is None else open_start
            # a bracket closes its item too: "Aachen (the project leader), Gdynia, Koprivnica (Croatia)"
            closed = text[b - 1] == ")" and n + 1 < len(pieces) and not LEGAL_FORM.match(text[slice(*pieces[n + 1])])
            # a country in brackets, then a dash and a word or two, closes its item: "A (Italia) – leader, B (Spania)"
            shut = text.rfind(")", a, b)
            closed = closed or (shut > a and n + 1 < len(pieces) and ends_with_country(text[a:shut + 1])
                                and bool(re.fullmatch(r"\s*[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*", text[shut + 1:b])))
            # "A Lisesi и B Lisesi от Испарта, Турция": two organisations of one country, joined by "and"
            closed = closed or n + 1 < len(pieces) and text[b:pieces[n + 1][0]].strip(" ,").isalpha()\
                and _two_bodies(text[open_start:b], text[slice(*pieces[n + 1])])
            if m or closed:
                items.append((open_start, b))
                open_start = None
        if open_start is not None:
            items.append((open_start, pieces[-1][1]))
        return items
    items = []
    for a, b in pieces:
        piece = text[a:b]
        if items and (LEGAL_FORM.match(piece) or piece[:1].islower() and not MARKER.match(piece)
                      and not opens_name(piece)):
            items[-1] = (items[-1][0], b)
        else:
            items.append((a, b))
    return items


def _two_bodies(left: str, right: str) -> bool:
    """Each side of a conjunction names an organisation of its own: a type word and two
    capitalised words at least ("Işıkkent Anadolu İmam Hatip Lisesi", "Isparta Anadolu
    Lisesi"); "Chamber of Commerce and Industry Slovenia" has no type word after its "and"."""
    from pipeline.extractors.partner_names import has_org_word  # it imports this module
    return all(has_org_word(x) and sum(w[:1].isupper() for w in x.split()) >= 2 for x in (left, right))


def _after_country_brackets(text: str, conjunctions: list[str],
                            ends_with_country: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Commas and conjunctions after a bracket that holds a country, in a list that also uses
    semicolons: "A (Italia), B (Francia); C (Eslovaquia), D (Austria) y E (Finlandia)" has
    five items, each closed by its country (the semicolons alone would give two)."""
    conj = "|".join(re.escape(c) for c in conjunctions if c.isalpha())
    pattern = rf"(?<=\)),?\s+(?:{conj})\s+|(?<=\)),\s+" if conj else r"(?<=\)),\s+"
    out = []
    for m in re.finditer(pattern, text):
        opens = max(text.rfind(";", 0, m.start()), text.rfind(",", 0, m.start() - 1)) + 1
        if ends_with_country(text[opens:m.start()].strip()) and not _inside_brackets(text, m.start()):
            out.append((m.start(), m.end()))
    return out


def _inner_conjunctions_dropped(text: str, seps: list[tuple[int, int]], opens_name: Callable[[str], bool],
                                is_tail: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The separators without conjunctions that a later comma and a further named item
    follow ("A, B e C (GR), D": "e" is inside a name)."""
    def comma(k: int) -> bool:
        return text[seps[k][0]:seps[k][1]].strip() == ","

    def further_item(k: int) -> bool:  # the piece after separator k opens another item
        end = seps[k + 1][0] if k + 1 < len(seps) else len(text)
        piece = text[seps[k][1]:end].strip(" .,;:")
        return (piece[:1].isupper() or opens_name(piece)) and not LEGAL_FORM.match(piece) and not is_tail(piece)

    def article_item(k: int) -> bool:  # "… y la Universidade de Minho": an item opened by its article
        end = seps[k + 1][0] if k + 1 < len(seps) else len(text)
        piece = text[seps[k][1]:end].strip(" .,;:")
        return piece[:1].islower() and opens_name(piece)

    later = [k for k in range(len(seps)) if comma(k) and further_item(k)]
    # "el Centro de Engenharia e Desenvolvimento y la Universidade": where the last item has its
    # article, a bare capitalised word after an earlier conjunction still belongs to a name
    last = len(seps) - 1
    inner = {k for k in range(last) if not comma(k) and not comma(k + 1) and k + 1 == last
             and article_item(last) and not article_item(k) and any(comma(j) for j in range(k))}
    return [sep for k, sep in enumerate(seps)
            if k not in inner and (comma(k) or not any(m > k for m in later))]


def _inside_brackets(text: str, pos: int) -> bool:
    """A separator inside brackets belongs to the item they close: "Lead partner (Town Hall X,
    Romania), Partner 1 (Y, Ukraine)" has two items, not four."""
    depth = 0
    for ch in text[:pos]:
        depth += 1 if ch == "(" else -1 if ch == ")" and depth else 0
    return depth > 0


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n,;.:":
        a += 1
    while b > a and text[b - 1] in " \t\n,;.:":
        b -= 1
    return a, b
