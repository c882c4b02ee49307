"""The last checks on every partner's name, whichever reader found it (partners.extract runs
them on all): what is not part of the name is cut off, what is no name is refused.

- a label or marker before it: "Lead partner is X", "Teil des Konsortiums: X", "PP1 (Lead
  partner) X" (a partner or lead cue before a copula, a colon or a bracket);
- a role bracket or "from" a country and a verb after it: "X (Lead Partner) and …", "X iš
  Rumunijos pakvietė …" (partner_tails);
- a seat after it: "X mit Sitz in Zypern", "X College in Doetinchem", "Roskilde z Danii", "X in
  Ljubljana/Slowenien" (the place gives the country; "University in Košice" keeps its town);
- a descriptor before it: "Italian school Istituto X", "régions A et B" (partner_descriptor);
- two organisations joined by a conjunction: "Tartu Science Park and Tartu City" (each side an
  organisation of its own; a legal form at the end with no type word before the "and" makes
  one name: "Rostock Business and Technology Development GmbH"; two bodies of one kind need no
  second capital: "A novada pašvaldība un B novada pašvaldība"), "A et la B", "Obec A a B"
  (partner_conjoined);
- the copula of its sentence and the words on its far side: "Vi er X", "X on projektiidee
  autor" (partner_copula);
- contact details after it, or a contact line read as a name: "Gmina X, ul. Y 5, 34-370 X",
  "Tālr. 630…", "Taikos iela 19" (partner_contact);
- the verb its sentence goes on with: "Δήμος X θα έχει αποκτήσει …" (partner_clause);
- no name at all: a clause ("Internal Agreements were signed"), a label and its sentence
  ("Reunión de lanzamiento: Organizada en …"), a lower-case noun ("La nature"), a nationality
  adjective alone ("Greco", "Italiani").
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer, nlp
from pipeline.lexicons import _read_toml, data_entry, languages
from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import LEAD, LEGAL_FORM_WORD, PARTNER, Partner, reslice
from pipeline.extractors.partner_conjoined import split_article, split_conjoined
from pipeline.extractors.partner_role_ends import cut_role_end, split_after_form
from pipeline.extractors.partner_clause import cut_clause, sentence_only
from pipeline.extractors.partner_contact import contact_only, cut_contact
from pipeline.extractors.partner_copula import cut_copula
from pipeline.extractors.partner_descriptor import cut_descriptor
from pipeline.extractors.partner_tails import cut_tail
from pipeline.extractors.partner_column_tails import cut_column_tails
from pipeline.extractors.partner_countries import country_name, country_of, place, placed, seat_country
from pipeline.extractors.partner_names import has_org_word, own_organisation
from pipeline.suspended import NOT_AFTER_OPEN_PART
from pipeline.textnorm import LOWER, MT_JOINED_ARTICLES, UPPER, fold
from pipeline.regex_cache import compiled

_ROLE_KEYS = {"partners", "lead_partner", "coordinator", "consortium"}
_MARKER = re.compile(rf"(?:LP|PP|P)\s?\d{{1,2}}\b\s*(?:\([^()]{{1,40}}\)\s*)?[:.–-]?\s*(?=[{UPPER}„\"])")


def clean(found: list[Partner], ctx: Context) -> list[Partner]:
    from pipeline.extractors.partner_comitative import split_comitative  # it reads partner_names, as this module does
    out = []
    for p in found:
        p = cut_copula(cut_contact(p, ctx), ctx)
        if sentence_only(p, ctx):
            continue  # a sentence read as a name, before a tail cut leaves its first words
        p = _strip_joined_article(_cut_partnership(_strip_label(_cut_registry_number(cut_suffix(p, ctx), ctx), ctx), ctx), ctx)
        # the verb after the role bracket's tail, which names the lead ("X (capofila) ha ospitato")
        p = cut_clause(cut_tail(p, ctx), ctx)
        if p is None:
            continue  # a sentence read as a name
        p = _nominative(_cut_seat(_cut_and_so_on(_cut_relative(_cut_leading_country(p, ctx), ctx), ctx), ctx), ctx)
        out.extend(q for d in cut_descriptor(p, ctx) for s in _split_at_country(d, ctx)
                   for c in split_comitative(s, ctx, _nominative) for k in _split_commas(c, ctx)
                   for r in _split_places(k, ctx) for j in _split_joined(r, ctx) for a in split_article(j, ctx)
                   for f in split_conjoined(a, ctx) for q in split_after_form(cut_role_end(f, ctx), ctx)
                   if not no_name(q.name, ctx))
    out = cut_column_tails(out, ctx)
    return [p for p in out if not any(_tail_of(p.name, q.name, ctx) for q in out)]


_JOINED_ARTICLE = re.compile(rf"(?i:{MT_JOINED_ARTICLES})-(?=[^\W\d_]{{2}})")


def _strip_joined_article(p: Partner, ctx: Context) -> Partner:
    """A Maltese name keeps no article or preposition joined to its first word ("il-kunsill
    lokali ta’ X", "mill-Università ta' Malta", "tal-Kunsill Lokali"): the name is what follows."""
    m = _JOINED_ARTICLE.match(p.name) if ctx.lang == "mt" else None
    return reslice(p, m.end(), len(p.name), ctx.doc.text) if m and len(p.name[m.end():].split()) >= 1 else p


# a registry number after a name and a comma: a Finnish business ID "Turun ammattikorkeakoulu,
# 2528160-3", a company number "…, 12345678"; no name ends with one
_REGISTRY = re.compile(r",\s*\d{6,9}(?:-\d)?\s*$")


# a case ending (or the copula) joined to a name's last word by an apostrophe: "Genel
# Müdürlüğü’dür", "Ankara Üniversitesi'nin" (a lower-case ending of up to six letters)
_APOSTROPHE_SUFFIX = re.compile(r"(?<=\w)['’][^\W\d_A-ZÇĞİÖŞÜ]{1,6}$")


def cut_suffix(p: Partner, ctx: Context) -> Partner:
    """The name without the case ending a language writes after an apostrophe (Turkish)."""
    m = _APOSTROPHE_SUFFIX.search(p.name) if ctx.lex.apostrophe_suffixes else None
    return reslice(p, 0, m.start(), ctx.doc.text) if m else p


def _cut_registry_number(p: Partner, ctx: Context) -> Partner:
    m = _REGISTRY.search(p.name)
    return reslice(p, 0, m.start(), ctx.doc.text) if m and m.start() > 2 else p


def _split_at_country(p: Partner, ctx: Context) -> list[Partner]:
    """A country in a case form of place between a conjunction and a name starts a partner
    there ("Suomen ympäristökeskus ja Virossa Tallinnan yliopisto": "in Estonia, Tallinn
    University"), or opens the name ("Virossa Tallinnan yliopisto"): the country is the
    partner's, not part of its name. Only inflecting languages say "in X" with an ending."""
    if not ctx.lex.inflecting:
        return [p]
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if len(c) <= 8)
    for m in re.finditer(rf"(?:^|{NOT_AFTER_OPEN_PART}\s(?:{conj})\s)(?P<c>[{UPPER}]\w+)\s(?=[{UPPER}])", p.name) if conj else []:
        word = m.group("c")
        code = country_name(word, ctx)
        names = [fold(n) for n, cc in ctx.lex.countries.items() if cc == code and " " not in n]
        low = fold(word)
        # read with the word after it: "Polskie Towarzystwo" is an adjective, no "in Poland"
        hits = gazetteer.find(p.name[m.start("c"):], ctx.lex, adjectives=True)
        adjective = bool(hits) and hits[0].start == 0 and hits[0].kind == "adjective" and fold(hits[0].name) not in names
        if not code or adjective or low in names or not any(len(low) > len(n) and low.startswith(gazetteer.stem(n)) for n in names):
            continue  # the nominative names the country as a partner ("Slovenija"), and a word no
            # longer than the name is an adjective or stem ("Hrvatski Crveni križ", "Slovak Academy")
        if _name_genitive(word, names, ctx):
            # the case form names take ("Danmarks Tekniske Universitet", "Suomen … Ammattikorkeakoulu"):
            # the name's own word, which states the country it belongs to
            p.country = p.country or code
            continue
        rest = p.name[m.end():]
        if len(rest.split()) < 2 or not has_org_word(rest):
            continue
        b = Partner(rest, PARTNER if p.role == LEAD else p.role, p.start + m.end(), p.end, country=code)
        if m.start() == 0:
            b.role, b.acronym = p.role, p.acronym
            return [reslice(p, m.end(), len(p.name), ctx.doc.text)] if ctx.doc.text[p.start:p.end] == p.name \
                else [b]
        a = reslice(p, 0, m.start(), ctx.doc.text)
        return [a, b]
    return [p]


def _name_genitive(word: str, names: list[str], ctx: Context) -> bool:
    """The country's word is in the case form the language gives a place inside an
    organisation's name ([place_nominatives]: "Suomen" of "Suomi", "Danmarks" of "Danmark"):
    the name's own, not where the partner is."""
    from pipeline import name_places
    return any(fold(f) in names for f in name_places.forms(word, ctx.lang)[1:])


@lru_cache(maxsize=None)
def _nominatives(lang: str) -> dict[str, str]:
    from pipeline.extractors.partner_forms import type_case_forms  # forms made from the declension; listed ones first
    listed = {k.lower(): v for k, v in data_entry(lang, "org_types_nominative", {}).items()}
    return {**type_case_forms(lang), **listed}


def nominative_types(lang: str) -> frozenset[str]:
    """The nominatives the inflected type words of lang go back to ("univerzita", "gmina")."""
    return frozenset(v.lower() for v in _nominatives(lang).values())


def _nominative(p: Partner, ctx: Context) -> Partner:
    """An inflected type word opening the name in its nominative, as the guidelines ask
    ("Stowarzyszenia Mikroregion X" -> "Stowarzyszenie …", "miastem X" -> "miasto X",
    "Ministarstvom obrazovanja" -> "Ministarstvo obrazovanja"); the proper name after it is
    left as written. The evidence keeps the text's form."""
    head, _, rest = p.name.partition(" ")
    nom = _nominatives(ctx.lang).get(head.lower())
    # a capitalised type word opens a name whatever follows ("Ministarstvom obrazovanja")
    if nom and rest[:1].isalpha() and (rest[:1].isupper() or head[:1].isupper()):
        p.name = (nom[:1].upper() + nom[1:] if head[:1].isupper() else nom) + " " + _agreeing_article(rest, nom, ctx.lang)
        p = _agreeing_adjectives(p, ctx, written=head)
    else:
        p = _agreeing_adjectives(p, ctx)
    body, _, last = p.name.rpartition(" ")
    ending = next((e for e in final_nominatives(ctx.lang) if last.lower().endswith(e)), None)
    if body[:1].isupper() and last[:1].isupper() and ending:  # "X Község Önkormányzatának" -> "… Önkormányzata"
        stem, nom = last[:len(last) - len(ending)], final_nominatives(ctx.lang)[ending]
        p.name = body + " " + (stem + nom if stem else nom[:1].upper() + nom[1:])
    return p


@lru_cache(maxsize=None)
def _linking_articles(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    """[linking_articles]: the forms of the article after a definite type word, and the nominative's
    final letter -> the article it takes (Albanian "i", "e", "të", "së")."""
    table = data_entry(lang, "linking_articles", {})
    return frozenset(table.get("forms", [])), dict(table.get("nominative", {}))


def linking_article(before: str, word: str, after: str, lang: str) -> bool:
    """`word` between `before` and `after` is the linking article right after a type word, not
    the conjunction it is also written as: Albanian "Universitetin e Shkodrës" ("e" is "and"
    too). The type word ends `before` and a capitalised word follows."""
    forms, _ = _linking_articles(lang)
    last = before.split()[-1:] if before.strip() else []
    return word in forms and bool(last) and has_org_word(last[0]) and after[:1].isupper()


def _agreeing_article(rest: str, nom: str, lang: str) -> str:
    """The linking article right after a type word put back in the nominative agrees with it
    ("Universitetin e Vlorës" -> "Universiteti i Vlorës"); a nominative the table does not give an
    article leaves it as written."""
    forms, by_ending = _linking_articles(lang)
    word, sep, after = rest.partition(" ")
    article = by_ending.get(nom[-1:].lower())
    return article + sep + after if article and sep and word in forms else rest


@lru_cache(maxsize=None)
def _adjective_endings(lang: str, gender: str = "f") -> dict[str, str]:
    """Endings of an adjective agreeing with an inflected type word of the gender, longest
    first, with the nominative's ending ([org_adjective_nominative] for feminine type words,
    [org_adjective_nominative_m] and [org_adjective_nominative_n] for the others)."""
    key = "org_adjective_nominative" + ("" if gender == "f" else "_" + gender)
    table = data_entry(lang, key, {})
    return {k: v for k, v in sorted(table.items(), key=lambda kv: -len(kv[0]))}


@lru_cache(maxsize=None)
def _genders(lang: str) -> dict[str, str]:
    """Masculine ("m") and neuter ("n") nominative type words ([org_types_gender])."""
    return {k.lower(): v for k, v in data_entry(lang, "org_types_gender", {}).items()}


def _gender(nom: str, lang: str) -> str | None:
    """The grammatical gender of a nominative type word: listed as masculine or neuter, else
    feminine when it ends as feminine nouns do; None when unknown (its adjectives stay)."""
    g = _genders(lang).get(nom.lower())
    return g or ("f" if nom.endswith(("a", "á", "α", "ά", "η", "ή", "а", "я")) else None)  # Latin, Greek, Cyrillic


def _adjective_nominative(word: str, endings: dict[str, str]) -> str | None:
    end = next((e for e in endings if word.lower().endswith(e) and len(word) > len(e) + 2), None)
    return word[:len(word) - len(end)] + endings[end] if end and word[:1].isalpha() else None


@lru_cache(maxsize=None)
def _after_type(lang: str) -> dict[str, tuple[str, ...]]:
    """Where adjectives follow the type word ("Gminą Miejską", "Parkiem Narodowym"): the type
    word's case ending -> the endings of adjectives in the same case ([org_adjective_after_type]),
    longest first."""
    table = data_entry(lang, "org_adjective_after_type", {})
    return {k: tuple(v) for k, v in sorted(table.items(), key=lambda kv: -len(kv[0]))}


def _adjectives_after(words: list[str], k: int, written: str, nom: str, lang: str) -> list[str]:
    """The capitalised adjectives right after the type word at k, written as the type word was
    (its case ending in [org_adjective_after_type]), put back in the nominative: "Gminą Miejską
    Kraków" -> "… Miejska Kraków", "Krajem Samorządowym" -> "… Samorządowy"; the first word in
    another case (a genitive: "Fundacją Polskiej Akcji") ends them."""
    case = next((e for e in _after_type(lang) if written.lower().endswith(e)), None)
    gender = _gender(nom, lang)
    if case is None or gender is None:
        return words
    endings = {e: v for e, v in _adjective_endings(lang, gender).items() if e in _after_type(lang)[case]}
    out = list(words)
    for n in range(k + 1, len(words)):
        adj = _adjective_nominative(words[n], endings) if words[n][:1].isupper() else None
        if not adj:
            break
        out[n] = adj
    return out


def _agreeing_adjectives(p: Partner, ctx: Context, written: str | None = None) -> Partner:
    """Adjectives that agree with the name's inflected type word put back in the nominative
    with it: before it ("Šibensko-kninskom županijom" -> "Šibensko-kninska županija",
    "Slovenskou poľnohospodárskou univerzitou v Nitre" -> "Slovenská … univerzita v Nitre",
    "Mladinskim centrom" -> "Mladinski center", "Moravskoslezským krajem" -> "Moravskoslezský
    kraj"), and after it where the language puts them there ("Preszowskim Krajem Samorządowym"
    -> "Preszowski Kraj Samorządowy"). The name is left as written when any word before the
    type word has no such ending, or the type word's gender is unknown. written is the type
    word as the text wrote it when it opens the name (already put back by _nominative)."""
    words, noms = p.name.split(" "), _nominatives(ctx.lang)
    if written is not None:
        p.name = " ".join(_adjectives_after(words, 0, written, words[0], ctx.lang))
        return p
    k = next((k for k, w in enumerate(words[:4]) if k and w.lower() in noms), None)
    if k is None:
        return p
    nom = noms[words[k].lower()]
    gender = _gender(nom, ctx.lang)
    endings = _adjective_endings(ctx.lang, gender) if gender else {}
    if not endings:
        return p
    head = []
    for w in words[:k]:
        adj = _adjective_nominative(w, endings)
        if not adj:
            return p
        head.append(adj)
    tail = _adjectives_after(words, k, words[k], nom, ctx.lang)[k + 1:]
    p.name = " ".join(head + [nom[:1].upper() + nom[1:] if words[k][:1].isupper() else nom] + tail)
    return p


def inflected_type(word: str, next_word: str, lang: str) -> bool:
    """A lower-case type word in a case form (or its nominative) before a capitalised name:
    "s obcí Hať", "z gminą Ždiar" open a name there."""
    low = word.lower()
    return (low in _nominatives(lang) or low in nominative_types(lang)) and next_word[:1].isupper()


def adjectives_then_type(words: list[str], lang: str) -> bool:
    """words open with one to three adjectives agreeing with the inflected type word after
    them ("Słowackim Pienińskim Parkiem", "Mladinskim centrom"): a name in a case form."""
    noms = _nominatives(lang)
    k = next((k for k, w in enumerate(words[:4]) if k and w.lower() in noms), None)
    gender = _gender(noms[words[k].lower()], lang) if k is not None else None
    endings = _adjective_endings(lang, gender) if gender else {}
    return bool(endings) and all(_adjective_nominative(w, endings) for w in words[:k])


@lru_cache(maxsize=None)
def final_nominatives(lang: str) -> dict[str, str]:
    """Inflected type words that close a name (Hungarian), longest first, with their nominative."""
    from pipeline.extractors.partner_forms import ascii_spelled, final_case_forms  # forms made from the suffixes; listed ones first
    table = data_entry(lang, "org_types_nominative_final", {})
    table = ascii_spelled({**final_case_forms(lang), **{k.lower(): v for k, v in table.items()}}, lang)
    return {k: v for k, v in sorted(table.items(), key=lambda kv: -len(kv[0]))}


def _tail_of(short: str, long_: str, ctx: Context) -> bool:
    """short is what follows a conjunction in long_, kept whole above: "Technology Development
    GmbH" of "Rostock Business and Technology Development GmbH" is no partner of its own."""
    return any(long_.endswith(f" {c} {short}") for c in ctx.lex.cues["conjunctions"])


def _label_after(p: Partner, ctx: Context) -> Partner:
    """A label after the name, run into it in a flattened form ("Főpályázó: X (DINPI) Partnerek: Y"):
    the name ends before the label."""
    for c in nlp.cues(p.name, ctx.lang, _ROLE_KEYS):
        if c.start > 0 and re.match(r"\s*:", p.name[c.end:]) and len(p.name[:c.start].split()) >= 2:
            return reslice(p, 0, c.start, ctx.doc.text)
    return p


def _strip_label(p: Partner, ctx: Context) -> Partner:
    """A marker ("PP1", "PP1 (Lead partner)") or a role label before the name: a partner or
    lead cue then a colon or a copula ("Teil des Konsortiums: X", "Lead partner is X")."""
    m = _MARKER.match(p.name)
    if m and m.end() < len(p.name):
        p = reslice(p, m.end(), len(p.name), ctx.doc.text)
    # the label ends at a colon or at a spaced dash ("Lider de proiect – Municipiul X")
    m = re.match(r"([^:–—]{2,60}?)(?::|\s[–—-])\s+(?=\S)", p.name)
    if m and len(m.group(1).split()) <= 5 and nlp.cues(m.group(1), ctx.lang, _ROLE_KEYS):
        return _label_after(reslice(p, m.end(), len(p.name), ctx.doc.text), ctx)
    p = _label_after(p, ctx)
    low = p.name.lower()
    for cue in (c for c in nlp.cues(p.name, ctx.lang, _ROLE_KEYS) if c.start == 0):
        rest = low[cue.end:]
        # "Projektpartner aus Tschechien mit dem Kreis X": the label names the country, the name follows
        origin = "|".join(re.escape(o) for o in ctx.lex.cues["origin"])
        m = re.match(rf"\s+(?:{origin})\s+(\S+)\s+((?:[{LOWER}]\S*\s+)+)(?=[{UPPER}])", p.name[cue.end:]) if origin else None
        if m and (code := country_name(m.group(1), ctx)):
            p = reslice(p, cue.end + m.end(), len(p.name), ctx.doc.text)
            p.country = p.country or code
            return p
        for cop in sorted(ctx.lex.cues["copula"], key=len, reverse=True):
            if rest.startswith(" " + cop + " ") and p.name[cue.end + len(cop) + 2:][:1].isupper():
                return reslice(p, cue.end + len(cop) + 2, len(p.name), ctx.doc.text)
    return p


def _cut_leading_country(p: Partner, ctx: Context) -> Partner:
    """A list item that opens with its country and a comma or a colon ("Kanada, University of
    Alberta", a list sorted by country; "Niemiec: X", a country's label run into its first
    item): the country is the partner's, the rest its name."""
    m = re.match(rf"([^,:()]{{3,40}})[,:]\s+(?=[{UPPER}])", p.name)
    code = country_name(m.group(1), ctx) if m else None
    if not code or len(p.name[m.end():].split()) < 2:
        return p
    p = reslice(p, m.end(), len(p.name), ctx.doc.text)
    p.country = p.country or code
    return p


def _cut_seat(p: Partner, ctx: Context) -> Partner:
    """The seat after a name cut off, its country kept: after a seat cue any place; after a
    preposition of place a town, region or country ("X College in Doetinchem"), unless a
    university's town ("University in Košice"); after "from" a country ("Roskilde z Danii")."""
    cues = ctx.lex.cues
    kinds = [(c, "any") for c in cues["seat"]] + [(c, "place") for c in cues["place_tail_prepositions"]]\
        + [(c, "country") for c in cues["origin"] + cues["country_tail_prepositions"]]
    # an article may stand between the preposition and a country's name ("en los Países Bajos",
    # "in the Netherlands"); a town's name takes none
    articles = "|".join(re.escape(a) for a in cues.get("articles", []) if a[-1:].isalpha())
    art = rf"(?:(?P<art>{articles})\s+)?" if articles else ""
    for cue, kind in sorted(kinds, key=lambda x: -len(x[0])):
        m = compiled(rf"(?<=\S)\s+{re.escape(cue)}\s+{art}([{UPPER}][^,;()]*)$", re.I).search(p.name)
        if not m or not m.group(m.lastindex)[:1].isupper():
            continue
        if articles and m.group("art") and not (len(m.group(m.lastindex).split()) <= 3 and country_name(m.group(m.lastindex), ctx)):
            continue
        head = p.name[:m.start()].split()
        if not head or len(head) == 1 and has_org_word(head[0]) or kind == "place" and any(w.lower() in cues["seat_in_name"] for w in head):
            continue  # "Universität in X", "University in Košice": the town is the name's (a country never is)
        parts = [x.strip() for x in re.split(r"\s*[/,]\s*", m.group(m.lastindex)) if x.strip()]
        if not parts or len(parts) > 2 or len(m.group(m.lastindex).split()) > 4:
            continue
        code = next((c for x in reversed(parts) if (c := country_name(x, ctx))), None)
        if kind == "country" and not (len(parts) == 1 and code):
            continue
        if kind == "place" and not (code or place(parts[0], ctx) or has_org_word(head[-1]) and len(parts[0].split()) <= 2):
            continue  # a town after a type word: "Graafschap College in Doetinchem"
        # after a seat cue the place's country is read as every reader reads a seat
        code = seat_country(m.group(m.lastindex), ctx) if kind == "any" else code or place(parts[0], ctx)
        p = reslice(p, 0, m.start(), ctx.doc.text)
        p.country = p.country or code
        return p
    return p


def _capitalised(text: str) -> int:
    return sum(w[:1].isupper() for w in text.split())


def _cut_and_so_on(p: Partner, ctx: Context) -> Partner:
    """A list's "etc." kept after its last name: "Universität Brno/Brünn uvm."."""
    for w in sorted(ctx.lex.cues["and_so_on"], key=len, reverse=True):
        if p.name.lower().endswith(" " + w) and len(p.name) > len(w) + 1:
            return reslice(p, 0, len(p.name) - len(w) - 1, ctx.doc.text)
    return p


def _cut_relative(p: Partner, ctx: Context) -> Partner:
    """A relative clause kept after the name: "Università degli Studi di Trieste che
    collaborerà con 4 …", "Gmina X, która realizuje …". The clause starts at a relative
    pronoun followed by a lower-case word (its verb); a pronoun that is also an article
    ("das") needs the comma before it, as an article inside a name has none."""
    articles = {a.lower() for a in ctx.lex.cues.get("articles", [])}
    for r in sorted(ctx.lex.cues["relative_pronouns"], key=len, reverse=True):
        comma = r"," if r.lower() in articles else r",?"
        for m in compiled(rf"{comma}\s+{re.escape(r)}\s+(?=(\w))").finditer(p.name):
            if m.start() > 0 and m.group(1).islower():
                return reslice(p, 0, m.start(), ctx.doc.text)
    return p


def _cut_partnership(p: Partner, ctx: Context) -> Partner:
    """A subject read on into the phrase of its partnership: "Društvo X v partnerstvu z Y",
    "X in Zusammenarbeit mit Y", "X together with Y" keep X; no name holds such a phrase, and
    the partner after it is read from the phrase itself."""
    cut = [c.start for c in nlp.cues(p.name, ctx.lang, {"partnership_with", "together_with"})
           if c.start > 0 and _capitalised(p.name[:c.start]) and not p.name[:c.start].rstrip().endswith(("(", "-", "–"))]
    return reslice(p, 0, min(cut), ctx.doc.text) if cut else p


def _split_places(p: Partner, ctx: Context) -> list[Partner]:
    """"Gdynia, Koprivnica": two towns (or regions) a comma joins are two partners, each with
    its own country; a town after a name stays ("OŠ Josipa Kozarca, Slatina")."""
    parts = p.name.split(", ")
    if len(parts) != 2 or not ctx.doc.text[p.start:p.end].startswith(p.name):
        return [p]  # the span may go on over the country's bracket
    codes = [place(x, ctx) for x in parts]
    if codes[0] and not codes[1] and p.country not in (None, codes[0]) and len(parts[1].split()) <= 2\
            and parts[1][:1].isupper() and not has_org_word(parts[1]):
        codes[1] = p.country  # "Gdynia, Koprivnica (Croatia)": the bracket gives the last town's country
    if not all(codes):
        return [p]
    b = Partner(parts[1], PARTNER if p.role == LEAD else p.role, p.start + len(parts[0]) + 2, p.end, country=codes[1])
    p.name, p.end, p.country = parts[0], p.start + len(parts[0]), codes[0]
    return [p, b]


def _split_commas(p: Partner, ctx: Context) -> list[Partner]:
    """A list read as one name ("Fundacja X, Rezerwat Y, Parki Z"): commas between parts that
    each open with a capital and are an organisation of their own (a type word or a legal form,
    two words at least) divide it. The list's country, if any, stays with every part."""
    parts = p.name.split(", ")
    if len(parts) < 2 or ctx.doc.text[p.start:p.end] != p.name:
        return [p]
    if not all(x[:1].isupper() and len(x.split()) >= 2 and own_organisation(x) for x in parts):
        return [p]
    out, pos = [], p.start
    for i, x in enumerate(parts):
        role = p.role if i == 0 else (PARTNER if p.role == LEAD else p.role)
        out.append(Partner(x, role, pos, pos + len(x), country=country_of(x, ctx) or p.country))
        pos += len(x) + 2
    return out


def _split_joined(p: Partner, ctx: Context) -> list[Partner]:
    """"A and B" as two partners when each side is an organisation of its own. A legal form
    closing B with no type word in A makes one company ("Rostock Business and Technology
    Development GmbH"); a slash binds the parts of one name ("Departement X en Y/Z Laboratorium")."""
    if "/" in p.name:
        return [p]
    conj = [c for c in ctx.lex.cues["conjunctions"] if len(c) <= 8]
    hits = [m for c in conj for m in compiled(rf"{NOT_AFTER_OPEN_PART}\s{re.escape(c)}\s(?=[{UPPER}])").finditer(p.name)]
    # a second "and" inside one side's name ("A og Styrelsen for Vand- og Naturforvaltning", "A u B – Accountancy
    # and Tax Consultants"): split where both sides are organisations, when only one place allows it
    hits = [m for m in hits if _joined_at(p.name[:m.start()], p.name[m.end():], ctx)]
    if len(hits) != 1:
        return [p]
    m = hits[0]
    left, right = p.name[:m.start()], p.name[m.end():]
    same_span = ctx.doc.text[p.start:p.end] == p.name
    b = Partner(right, PARTNER if p.role == LEAD else p.role, p.start + m.end() if same_span else p.start,
                p.end, country=country_of(right, ctx) or p.country)
    a = reslice(p, 0, m.start(), ctx.doc.text)
    a.country = country_of(left, ctx) or a.country
    a.acronym = None if p.acronym and p.acronym not in left else p.acronym
    return [a, b]


def _joined_at(left: str, right: str, ctx: Context) -> bool:
    """"left and right" are two organisations."""
    if "," not in left and parallel(left, right):
        return True  # "Jelgavas novada pašvaldība un Dobeles novada pašvaldība": one type word closes both
    if "," in left or not own_organisation(right) or not (own_organisation(left) or _capitalised(left) >= 3 and placed(left, ctx)):
        return False  # a place's body of three words needs no type word ("Tartu Science Park"); two words
        # with none describe the head they share with the right side ("Körös-Maros Vidékfejlesztési és … Alapítvány")
    if LEGAL_FORM_WORD.search(right.split()[-1]) and not has_org_word(left) and not LEGAL_FORM_WORD.search(left.split()[-1]):
        return False
    # "Instituto de Biología Marina y Costera de la Universidad de X": the right side goes on the left's name
    return dependent_head(right)


def parallel(left: str, right: str) -> bool:
    """"left and right" name two bodies of one kind: each opens with a capital, holds a type
    word, and both end with the same word of two words or more ("A novada pašvaldība un B novada
    pašvaldība", "Gmina A i Gmina B" is read by the type word that opens them). Languages that
    write a name's type word and genitives in lower case give the sides one capital each, which
    own_organisation asks two of."""
    lw, rw = left.split(), right.split()
    return len(lw) >= 2 and len(rw) >= 2 and left[:1].isupper() and right[:1].isupper()\
        and lw[-1].lower() == rw[-1].lower() and has_org_word(lw[-1]) and rw[:1] != lw[:1]


def dependent_head(right: str) -> bool:
    """The words of a joined name's second side before its first lower-case word are an
    organisation of their own ("Tartu City", "Museum", "B Ltd"), not an adjective that
    goes on the first side's name ("… Marina y Costera de la Universidad de Vigo")."""
    head = re.split(rf"\s+(?=[{LOWER}])", right, maxsplit=1)[0]
    return own_organisation(head) or has_org_word(head)


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Small words inside names in any language ("van", "e", "de")."""
    return frozenset(w.lower() for lang in languages()
                     for w in _read_toml(lang).get("names", {}).get("name_connectors", []))


def no_name(name: str, ctx: Context) -> bool:
    """No organisation's name: a clause (a copula in it), a label with its sentence, a
    lower-case noun after an article, or a nationality adjective alone."""
    words = name.split()
    stop = nlp.stop_words(ctx.lang)
    if contact_only(name, ctx):
        return True  # "Tel. 630 48446", "Taikos iela 19"
    # a copula before a lower-case word or at the end; never a word that joins another
    # language's names ("van" is Hungarian for "is": "Universiteit van Amsterdam" on a Hungarian page)
    copulas = {c for c in ctx.lex.cues["copula"] if " " not in c} - _connectors()
    if len(words) >= 3 and any(w in copulas and (k == len(words) - 1 or words[k + 1][:1].islower())
                               for k, w in enumerate(words) if k):
        return True  # "Internal Agreements were signed"
    if len(words) >= 3 and nlp.cues(name, ctx.lang, {"event_weak"}) and not has_org_word(name)\
            and any(w[:1].islower() and w not in stop for w in words):
        return True  # "… took place"
    label, colon, rest = name.partition(": ")
    if colon and (len(rest.split()) >= 6 and not has_org_word(label) or len(rest.split()) >= 4
                  and sum(w[:1].islower() and w not in stop for w in rest.split()) >= len(rest.split()) / 3):
        return True  # "Reunión de lanzamiento: Organizada en Lisboa por …"
    if len(words) > 25 or ";" in name and len(words) > 8:
        return True  # a sentence from a list item
    content = [w for w in words if w.lower() not in stop]
    if content and all(w[:1].islower() for w in content) and not has_org_word(name):
        return True  # "La nature", "eco"
    if len(words) == 1 and not has_org_word(name) and sum(c.isupper() for c in name) == 1:
        hits = gazetteer.find(name, ctx.lex, adjectives=True)
        return bool(hits) and hits[0].kind == "adjective" and hits[0].text == name  # "Greco", "Italiani"
    return False
