"""Partner lists that the readers in partner_*.py need help with.

A plural organisation-type word spread over a list ("pridruženi partneri općine Goričan,
Donji Vidovec i Legrad", "partner Regioni Veneto, Emilia-Romagna e Molise", "die Gemeinden A
und B"): every name up to the item after the list's conjunction is one such organisation, named
with the singular ("Općina Goričan", …). The words come from the [org_types_plural] table of
the language's cue file (English's too, as labels are often English).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import LINGUA_FRANCA, _read_toml, languages
from pipeline.textnorm import UPPER, fold


@lru_cache(maxsize=None)
def plural_types(lang: str) -> dict[str, str]:
    """Plural type word (lower case) -> its singular as it opens a name, longest first."""
    table: dict[str, str] = {}
    for code in dict.fromkeys([lang, LINGUA_FRANCA]):
        if code in languages():
            for k, v in _read_toml(code).get("org_types_plural", {}).items():
                table.setdefault(k.lower(), v)
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def plural_type(name: str, lang: str) -> tuple[int, str] | None:
    """(length, singular) of a plural type word that opens name before a capitalised word."""
    low = name.lower()
    for plural, singular in plural_types(lang).items():
        if low.startswith(plural + " ") and name[len(plural) + 1:][:1].isupper():
            return len(plural), singular
    return None


def _joined_pair(p, conj: set[str]) -> list | None:
    """Two short capitalised names joined by a conjunction in one item ("Marche e Molise"), as
    two partners; None when the item is one name."""
    from dataclasses import replace
    words = p.name.split(" ")
    cut = [n for n, w in enumerate(words) if w in conj and 0 < n < len(words) - 1]
    if len(cut) != 1 or len(words) > 5:
        return None
    left, right = " ".join(words[:cut[0]]), " ".join(words[cut[0] + 1:])
    if not (left[:1].isupper() and right[:1].isupper()):
        return None
    second = replace(p, name=right, start=p.end - len(right), flags=list(p.flags))
    return [replace(p, name=left, end=p.start + len(left), flags=list(p.flags)), second]


def spread_plural_type(found: list, text: str, lang: str, conjunctions: list[str], own_type) -> list:
    """Names in a list read by `enumerated` (in order, with offsets into text) after one that
    opens with a plural type word take its singular: "općine Goričan, Donji Vidovec i Legrad"
    -> "Općina Goričan", "Općina Donji Vidovec", "Općina Legrad". A plural whose singular is
    empty names towns and cities, each by its bare name ("die Städte A und B" -> "A", "B": the
    annotators write the town, not "Stadt A"). The group ends with the item
    after a conjunction, or before an item that names its own type (own_type(name) is true:
    "…, Atl del Cuneese, Associazione X"). A lone plural-typed name keeps its words as written."""
    conj = {c.lower() for c in conjunctions if " " not in c}
    k = 0
    while k < len(found):
        head = plural_type(found[k].name, lang)
        if not head:
            k += 1
            continue
        n, singular = head
        plural = fold(found[k].name[:n].split()[0])
        stem = plural[:next((m for m, (x, y) in enumerate(zip(plural, fold(singular))) if x != y), len(plural))]
        if not singular:  # a town's own name is its name: "die Städte A und B" -> "A", "B"
            stem = plural
        group = [found[k]]
        j = k + 1
        while j < len(found):
            gap = [w.lower() for w in re.findall(r"[^\s,;]+", text[found[j - 1].end:found[j].start])]
            # only a comma or the conjunction between: an article opens a name of its own ("…, la Città di X")
            if len(gap) > 1 or gap and gap[0] not in conj or not found[j].name[:1].isupper() \
                    or len(found[j].name.split()) > 4 or own_type(found[j].name) or stem in fold(found[j].name):
                break  # "Općine Sali i TZ Općine Sali": the type word again, so the names are not spread
            pair = _joined_pair(found[j], conj)
            if pair:  # "Regioni A, B e C, la Città di D": the list kept "B e C" as one item
                found[j:j + 1] = pair
                group.extend(pair)
                j += 2
                break
            group.append(found[j])
            j += 1
            if gap:
                break  # "A, B i C": C closes the group
        if len(group) >= 2:
            group[0].name = (singular + group[0].name[n:]).strip()
            for p in group[1:]:
                p.name = f"{singular} {p.name}".strip()
            for p in group:
                p.flags.append("spread")  # one organisation each, not a name with a list of domains
        k = j
    return found


def org_named(name: str, ctx) -> bool:
    """A name that says it is an organisation though it holds lower-case words: a type word
    or a legal form, and lower-case words only at its head, before its proper name ("Gradski
    muzej Varaždin", "Lokalna akcijska grupa X", "KOMPAS Novo Mesto d.o.o", "općine Goričan"),
    or in a unit after a comma ("Univerza v Mariboru, fakulteta za …"); not a clause
    ("Kreis X eingereichte Projekt", "Școlii … sunt școala – X")."""
    from pipeline import nlp
    from pipeline.extractors.partner_names import has_org_word
    from pipeline.extractors.partner_record import LEGAL_FORM_WORD
    legal = bool(LEGAL_FORM_WORD.search(name.rstrip(". ")))
    if not (name[:1].isupper() or plural_type(name, ctx.lang)) or re.search(r"[„“”\"«»()–—]", name) \
            or nlp.cues(name, ctx.lang, {"copula", "project_before", "project_after"}):
        return False
    stop = nlp.stop_words(ctx.lang)
    head = name.split(",")[0].split()
    if legal:
        head = head[:-1]
    caps = [n for n, w in enumerate(head) if w[:1].isupper() and n]
    places = set(ctx.lex.cues["place_prepositions"])
    cut = next((n for n, w in enumerate(head) if w in places and n), len(head))  # "Občina X v Slovenskih goricah"
    late = [w for n, w in enumerate(head[:cut]) if w[:1].islower() and w not in stop and caps and n > caps[0]]
    return not late and (legal or has_org_word(name) or bool(plural_type(name, ctx.lang)))


def unit_of(rest: str, before: str) -> bool:
    """A piece after a comma that names a unit of the organisation before it, or goes on with
    the unit's list of domains: a lower-case organisation-type word after a capitalised name
    ("Univerza v Mariboru, fakulteta za elektrotehniko, računalništvo in informatiko",
    "Universidad de X, facultad de Y"), so a list in running text goes on after it."""
    from pipeline.extractors.partner_names import has_org_word
    if not rest[:1].islower():
        return False
    pieces = [rest] + re.split(r",\s+", before)[::-1]
    for n, piece in enumerate(pieces):
        word = piece.split(" ", 1)[0]
        if not piece[:1].islower() or n > 3:
            return False
        if word.isalpha() and len(word) >= 5 and has_org_word(word) and n + 1 < len(pieces) \
                and pieces[n + 1][:1].isupper() and (n or " " in piece.strip()):
            return True
    return False


_CITY = re.compile(rf",\s*[{UPPER}][^\W\d]+(?:[\s-][{UPPER}]?[^\W\d]+)?\s*$")


def city_column(found: list, rows: list[str]) -> list:
    """Partners read from list items written "Name, City, Country" each (every row has two
    commas or more, every partner a country): a name still ending with ", City" loses it
    ("Gymnasium, Penzberg, Germany" -> "Gymnasium"), as the longer names did already."""
    if not found or len(found) != len(rows) or not all(p.country for p in found) \
            or not all(r.count(",") >= 2 for r in rows):
        return found
    for p in found:
        if p.name.count(",") == 1 and (m := _CITY.search(p.name)):
            p.name = p.name[:m.start()]
    return found


def consisting_lists(ctx, i: int, sent) -> list:
    """Members listed after "consists of" that follows a noun of cooperation, a consortium or
    the partners, with at most three small words between ("Die Zusammenarbeit besteht aus der
    Stadt A, der Stadt B und der C", "a consortium consisting of A, B and C", "partnerstwo
    składające się z A i B"). Two names at least, most of them proper names or typed."""
    from pipeline import nlp
    from pipeline.extractors.partner_record import PARTNER
    from pipeline.extractors.partner_names import has_org_word, people, proper, typed_len
    from pipeline.extractors.partner_items import enumerated, list_end, sentence_end
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    verbs = [c for c in ctx.cues(i, {"consists_of"}) if inside(c)]
    nouns = [c for c in ctx.cues(i, {"cooperation_nouns", "consortium", "partners", "partner_nouns"}) if inside(c)]
    stop = nlp.stop_words(ctx.lang)
    out: list = []
    for verb in verbs:
        noun = any(n.end <= verb.start and len(between := text[n.end:verb.start].replace(",", " ").split()) <= 3
                   and all(w.islower() for w in between) for n in nouns)
        rest = text[verb.end:sent.end]
        skip = len(rest) - len(rest.lstrip())
        words = rest[skip:].split(" ")
        while len(words) > 1 and words[0].lower() in stop and words[0].islower() and not typed_len(" ".join(words), ctx):
            skip += len(words[0]) + 1  # "aus der Stadt A": the article
            words = words[1:]
        start = verb.end + skip
        # without a noun of cooperation, a plural type word must open the list: "Die ARGE X,
        # bestehend aus den Städten A, B und C"
        if not noun and not (text[verb.start - 2:verb.start].strip() == "," and plural_type(text[start:sent.end], ctx.lang)):
            continue
        if not (text[start:start + 1].isupper() or text[start:start + 1] in "„\"«" or typed_len(text[start:sent.end], ctx)):
            continue
        found = enumerated(ctx, start, list_end(ctx, start, sentence_end(ctx, i, sent)), PARTNER, running=True)
        if len(found) >= 2 and sum(proper(p.name) or bool(typed_len(p.name, ctx)) or has_org_word(p.name)
                                   or "spread" in p.flags for p in found) * 2 > len(found) and not people(found, ctx):
            out.extend(found)
    return out


def without_preposition(head: str, ctx) -> str:
    """A heading's country without the prepositions and articles before it ("Per la Grecia",
    "Per l’Italia", "For Austria", "Za Slovensko"), at most two short words."""
    from pipeline import nlp
    stop = nlp.stop_words(ctx.lang)
    words = head.split()
    k = 0
    while k < min(2, len(words) - 1) and words[k].lower() in stop and len(words[k]) <= 4:
        k += 1
    rest = " ".join(words[k:])
    m = re.match(rf"[A-Za-z]{{1,3}}['’](?=[{UPPER}])", rest)  # "l’Italia"
    elided = m.group(0).lower() if m else ""
    return rest[m.end():] if m and (elided in stop or elided.replace("’", "'") in stop) else rest


def cooperation_list(ctx, i: int, sent) -> list:
    """The list items under a paragraph whose last words are a noun of cooperation or a
    consortium and a colon ("… implemented through the following partnership:", "Konsortium:"):
    the organisations of it, when every item opens with a capital and most name an
    organisation (a type word, a legal form or a place), so that a list of what the cooperation
    does ("Joint workshops") is not read."""
    from pipeline.model import LIST_ITEM
    from pipeline.extractors.partner_record import LEGAL_FORM_WORD, PARTNER
    from pipeline.extractors.partner_countries import placed
    from pipeline.extractors.partner_names import has_org_word, people
    from pipeline.extractors.partner_items import parse_item
    from pipeline.extractors.partner_blocks import list_after
    text = ctx.doc.text
    block = ctx.block(i)
    said = text[sent.start:block.end].rstrip()
    if sent.end < len(text[:block.end].rstrip()) or not said.endswith(":"):
        return []
    nouns = [c for c in ctx.cues(i, {"cooperation_nouns", "consortium"})
             if sent.start <= c.start and len(text[c.end:sent.start + len(said) - 1].split()) <= 1]
    pos = ctx.indices.index(i)
    if not nouns or pos + 1 >= len(ctx.indices) or ctx.block(ctx.indices[pos + 1]).kind != LIST_ITEM:
        return []
    rows = list_after(ctx, pos)
    found = [p for j in rows if (p := parse_item(ctx.text(j), ctx.block(j).start, ctx, PARTNER))]
    org = [p for p in found if has_org_word(p.name) or LEGAL_FORM_WORD.search(p.name.rstrip(". "))
           or LEGAL_FORM_WORD.search(re.sub(r"\s", "", p.name.lower()).rstrip(".")) or placed(p.name, ctx)]
    if len(found) < 2 or len(found) < len(rows) or not all(p.name[:1].isupper() for p in found) \
            or len(org) * 2 <= len(found) or people(found, ctx):
        return []
    return found


def bracket_list(ctx, i: int, sent) -> list:
    """Organisations listed in brackets right after the partners or the consortium ("The
    consortium members (A /Germany/, B, C) decided …", "les partenaires (A, B et C)"): two
    or more, most of them proper names or organisations."""
    from pipeline.extractors.partner_record import PARTNER
    from pipeline.extractors.partner_countries import country_name
    from pipeline.extractors.partner_names import has_org_word, people, proper
    from pipeline.extractors.partner_items import enumerated
    text = ctx.doc.text
    out: list = []
    nouns = [c for c in ctx.cues(i, {"partners", "partner_nouns", "consortium", "member_nouns"})
             if sent.start <= c.start < sent.end]
    for c in nouns:
        # up to four lower-case words between: the partners' kinds and home ("partenaires
        # associatifs et institutionnels bretons (A, B, C)", "Projektpartner aus Sachsen" is capitalised)
        m = re.match(r"\s*(?:[^\W\d]+\s+){0,4}\(([^()]{3,600})\)", text[c.end:sent.end])
        if not m or (m.group(0).split("(")[0].strip() and not m.group(0).split("(")[0].strip().islower()):
            continue
        start = c.end + m.start(1)
        found = enumerated(ctx, start, c.end + m.end(1), PARTNER)
        for p in found:  # "IBISTRA /Germany/": the country between slashes
            if (tail := re.search(r"\s*/([^/]+)/$", p.name)) and (code := country_name(tail.group(1), ctx)):
                p.name, p.country = p.name[:tail.start()], code
        good = [p for p in found if proper(p.name) or has_org_word(p.name)]
        if len(found) >= 2 and len(good) * 2 > len(found) and not people(found, ctx):
            out.extend(found)
    return out


def amount_only(inner: str, ctx) -> bool:
    """A bracket after a listed name that holds only an amount ("120 000 EUR", "EUR 80,000",
    "ca. 50.000 €"): the partner's share of the budget, not part of its name."""
    from pipeline.normalise.money import find_money
    found = find_money(inner, ctx.lex)
    if len(found) != 1:
        return False
    rest = (inner[:found[0].start] + inner[found[0].end:]).split()
    return len(rest) <= 1 and not any(w[:1].isupper() for w in rest)


def preposition_article(rest: str, first: str, stop: set[str], elided: set[str]) -> int:
    """Length of an article after a lower-case preposition that a list repeats before each
    name ("de la Ville de X", "du Piémont" is one word, "de l’Association X"): the article and
    its space, or the elided article; 0 when the words after the preposition are no name."""
    from pipeline.extractors.partner_names import has_org_word
    if not (first.islower() and first in stop and len(first) <= 3):
        return 0
    words = rest.split(" ", 2)
    # the name opens with an organisation-type word: "um das Projekt X" is a clause, not an item
    if len(words) >= 2 and words[0].islower() and words[0] in stop and len(words[0]) <= 3 and words[1][:1].isupper() \
            and has_org_word(words[1]):
        return len(words[0]) + 1
    m = re.match(rf"[a-z]{{1,3}}['’](?=[{UPPER}])", rest)
    return m.end() if m and m.group(0).lower() in elided and has_org_word(rest[m.end():].split(" ")[0]) else 0


def trailing_plural(name: str, lang: str) -> tuple[int, str] | None:
    """(length, singular) of a plural type word that closes name after a capitalised word
    ("Pakruojo savivaldybės", "Jelgavas un Bauskas pašvaldības"): the order of languages that put
    the type word after the names it types."""
    low = name.lower()
    for plural, singular in plural_types(lang).items():
        if low.endswith(" " + plural) and len(name) > len(plural) + 1 and name[:-len(plural) - 1].split()[-1][:1].isupper():
            return len(plural), singular
    return None


def spread_trailing_plural(found: list, text: str, lang: str, conjunctions: list[str], own_type, country) -> list:
    """Names in a list before one that closes with a plural type word share it: "Biržų, Pasvalio
    ir Pakruojo savivaldybės" -> "Biržų savivaldybė", "Pasvalio savivaldybė", "Pakruojo
    savivaldybė" (elliptic coordination: one head noun for several bodies). The bodies before it
    are bare names of one or two capitalised words (no type word of their own, no country, no
    acronym), joined by commas or the conjunction, a bracket at most between ("Bauskės
    (Latvija), Rundalės (Latvija), …"); the group opens at the list's start or after a name
    with a type word of its own."""
    conj = {c.lower() for c in conjunctions if " " not in c}
    for k, p in enumerate(found):
        tail = trailing_plural(p.name, lang)
        if not tail or not tail[1] or "spread" in p.flags:
            continue
        n, singular = tail
        written = p.name[len(p.name) - n:]
        singular = singular.lower() if written[:1].islower() else singular[:1].upper() + singular[1:]
        group = []
        j = k - 1
        while j >= 0:
            q = found[j]
            gap = re.sub(r"\([^()]{0,40}\)", " ", text[q.end:found[j + 1].start] if j + 1 < k + 1 else "")
            words = [w.lower() for w in re.findall(r"[^\s,;]+", gap)]
            bare = 1 <= len(q.name.split()) <= 2 and all(w[:1].isupper() for w in q.name.split())\
                and not own_type(q.name) and not q.acronym and not country(q.name)\
                and not any(sum(c.isupper() for c in w) >= 2 for w in q.name.split())
            if len(words) > 1 or words and words[0] not in conj or not bare:
                break
            group.insert(0, q)
            j -= 1
        if not group:
            continue
        head = p.name[:len(p.name) - n].rstrip()
        if len(head.split()) > 2 or not all(w[:1].isupper() for w in head.split()):
            continue  # "Pakruojo rajono savivaldybės": a name of its own, not a bare stem
        for q in group + [p]:
            stem = q.name if q is not p else head
            q.name = f"{stem} {singular}"
            q.flags.append("spread")
    return found
