"""The case forms of a partner's name: an organisation named in an oblique case ("s Městským
kulturním zařízením", "w Instytucie …", "Občino Vrsar") is written in the nominative, as the
guidelines ask.

Two readings, both from grammar written once per language, not from words listed one by one:

- type_case_forms: every case form of the language's organisation-type words, made from their
  nominatives and the endings of the noun's declension ([org_type_case_endings]: a nominative's
  ending -> the endings of its oblique cases, "o" -> "a", "u", "em", "ě"); the forms a lexicon
  lists by hand ([org_types_nominative]) come first. "Instytucie" -> "Instytut".
- link_forms: within one document, two partners whose names differ only by the endings of their
  words are one partner, named in the form whose type word is in the nominative, else in the form
  the text gives as a name stands on its own (a list item, a table cell, a heading or a label's
  value); text_form does the same for a partner named once in a sentence's case form and once on
  its own. No nominative is made up there: the name is one the text writes.
- adjective_nominative (German): adjectives in "-en" before a singular head noun are a case form
  ("der Technischen Universität X" -> "Technische Universität X"), put back by the noun's gender,
  which its ending gives ([noun_gender_endings]).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import data_entry
from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import LEAD, Partner
from pipeline.textnorm import fold

# a short type word's case form is often another word ("sveta" is "holy" as well as "of the
# council", "grada" a town's genitive in a name): short nominatives are left to the lexicon
_SHORTEST = 5


@lru_cache(maxsize=None)
def _endings(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[org_type_case_endings], the longest nominative ending first ("" is a final consonant)."""
    table = data_entry(lang, "org_type_case_endings", {})
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def _vowel(c: str) -> bool:
    return fold(c) in "aeiouyαεηιουωаеиоуяюєіїэы"


def _paradigm(nominative: str, lang: str) -> tuple[str, tuple[str, ...]] | None:
    """The nominative's declension: the ending it has and the endings of its oblique cases."""
    for ending, obliques in _endings(lang):
        if ending and nominative.endswith(ending) or not ending and not _vowel(nominative[-1:]):
            return ending, obliques
    return None


@lru_cache(maxsize=None)
def _type_nominatives(lang: str) -> frozenset[str]:
    """The language's type words in the nominative: those its hand-listed case forms go back
    to ([org_types_nominative]) and those given a gender ([org_types_gender])."""
    return frozenset(v.lower() for v in data_entry(lang, "org_types_nominative", {}).values())\
        | frozenset(k.lower() for k in data_entry(lang, "org_types_gender", {}))


@lru_cache(maxsize=None)
def type_case_forms(lang: str) -> dict[str, str]:
    """Each case form of the language's nominative type words -> its nominative ("instytucie" ->
    "instytut", "střediskem" -> "středisko"); a form that is itself some type word's nominative
    stays one."""
    noms = _type_nominatives(lang)
    out: dict[str, str] = {}
    for nom in sorted(noms):
        if len(nom) < _SHORTEST or " " in nom:
            continue
        para = _paradigm(nom, lang)
        if not para:
            continue
        stem = nom[:len(nom) - len(para[0])]
        for ending in para[1]:
            form = stem + ending
            if form != nom and form not in noms:
                out.setdefault(form, nom)
    return out


# ---------------------------------------------------------------- suffixes (Hungarian)

_BACK, _ROUNDED = set("aáoóuú"), set("öőüű")
_DIGRAPHS = ("cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")
_LONG = str.maketrans("ae", "áé")


def _harmony(word: str) -> str:
    """back, rounded or front, by the word's last vowel ("egyetem" front, "könyvtár" back)."""
    last = next((c for c in reversed(word) if c in _BACK | _ROUNDED | set("eéií")), "e")
    return "back" if last in _BACK else "rounded" if last in _ROUNDED else "front"


def _suffixed(nom: str, suffixes: dict) -> set[str]:
    """The forms of nom with each suffix of its harmony: a final a/e lengthens before a suffix
    ("iskola" -> "iskolának"); "-val/-vel" takes the last consonant's sound ("intézettel",
    "alapítvánnyal"); the accusative "-t" and the "on" case take a linking vowel after most
    consonants ("intézetet", "egyetemen")."""
    h = _harmony(nom)
    vowel_end = nom[-1:] in "aeáéoóuúiíöőüű"
    stem = nom[:-1] + nom[-1:].translate(_LONG) if vowel_end else nom
    link = {"back": "o", "front": "e", "rounded": "ö"}[h]
    out = {stem + x for x in suffixes.get(h, [])}
    if vowel_end:
        out |= {stem + ("val" if h == "back" else "vel"), stem + "t", stem + "n"}
    else:
        double = next((d[0] + d for d in _DIGRAPHS if nom.endswith(d)), None)
        doubled = nom[:-len(double) + 1] + double if double else nom + nom[-1]
        out.add(doubled + ("al" if h == "back" else "el"))
        bare_t = nom.endswith(tuple(suffixes.get("accusative_bare", [])))
        out |= {nom + ("t" if bare_t else link + "t"), nom + link + "n"}
    return out


@lru_cache(maxsize=None)
def final_case_forms(lang: str) -> dict[str, str]:
    """Each suffixed form of the type words that close a name ([org_types_final]: "egyetem",
    "társulás") -> the type word, from the suffixes of [org_type_suffixes] ("Egyetemmel",
    "Társulással", "Ügynökséghez", "Könyvtárban" -> the nominative)."""
    suffixes = data_entry(lang, "org_type_suffixes", {})
    noms = {w.lower() for w in data_entry(lang, "org_types_final", [])} \
        | {v.lower() for v in data_entry(lang, "org_types_nominative_final", {}).values()}
    out: dict[str, str] = {}
    for nom in sorted(noms) if suffixes else []:
        for form in _suffixed(nom, suffixes):
            if form not in noms:
                out.setdefault(form, nom)
    # a possessive type word's case endings after its buffer "n" (Turkish "Lisesince", "Belediyesinin")
    for nom in sorted(noms):
        if " " not in nom and nom[-1:] in "aeıioöuü":
            for ending in data_entry(lang, "org_type_possessive_endings", []):
                out.setdefault(nom + ending, nom)
    return out


def ascii_spelled(table: dict[str, str], lang: str) -> dict[str, str]:
    """The forms of table also as a page without the language's own letters writes them
    ([ascii_letters]: "başkanlığının" as "baskanliginin"), each with its type word so spelled."""
    letters = data_entry(lang, "ascii_letters", {})
    if not letters:
        return table
    plain = str.maketrans(letters)
    return {**{k.translate(plain): v.translate(plain) for k, v in table.items()}, **table}


def bare_form(p: Partner, ctx: Context) -> Partner:
    """A name whose last word carries a case suffix ("Győrrel", "Komárom Városával") where the
    text writes the name without it elsewhere ("Győr"): the bare form, as written there. Only
    languages that mark case by suffixes ([org_type_suffixes]); the suffixes of
    _all_endings, a lengthened final vowel shortened ("Vártával" -> "Várta")."""
    if not data_entry(ctx.lang, "org_type_suffixes"):
        return p
    body, _, last = p.name.rpartition(" ")
    if not last[:1].isupper() or last.lower() in final_case_forms(ctx.lang):
        return p  # a type word's case: partner_clean writes its nominative
    for ending in sorted(_all_endings(ctx.lang), key=len, reverse=True):
        if not ending or not last.endswith(ending) or len(last) - len(ending) < 3:
            continue
        stem = last[:len(last) - len(ending)]
        for bare in (stem, stem[:-1] + stem[-1:].translate(_SHORT)):
            name = (body + " " if body else "") + bare
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.doc.text):
                p.name = name
                return p
    return p


_SHORT = str.maketrans("áé", "ae")


def _head_last(lang: str) -> bool:
    """The language closes a name with its type word ([org_type_order] head = "last")."""
    return data_entry(lang, "org_type_order", {}).get("head") == "last"


def last_type_nominative(p: Partner, ctx: Context) -> Partner:
    """Where a name closes with its type word ("Vilniaus universitetas", "Krāslavas novads"),
    that word in a case form is put back in the nominative ("Vilniaus universitete" ->
    "Vilniaus universitetas", "Rokišķu rajona pašvaldības bibliotēkā" -> "… bibliotēka"); the
    words before it are genitives, which a name keeps."""
    if not _head_last(ctx.lang):
        return p
    from pipeline.extractors.partner_clean import _nominatives  # listed forms and those made here
    body, _, last = p.name.rpartition(" ")
    nom = _nominatives(ctx.lang).get(last.lower())
    if not body or not nom or last.lower() in _type_nominatives(ctx.lang):
        return p
    p.name = body + " " + (nom[:1].upper() + nom[1:] if last[:1].isupper() else nom)
    return p


# ---------------------------------------------------------------- one name in two forms

@lru_cache(maxsize=None)
def _all_endings(lang: str) -> frozenset[str]:
    """Every ending a word of a name may change by: the nouns' nominative and oblique endings
    and the adjectives' ([org_adjective_nominative*] both sides)."""
    out = {""}
    for ending, obliques in _endings(lang):
        out |= {ending, *obliques}
    for key in ("org_adjective_nominative", "org_adjective_nominative_m", "org_adjective_nominative_n"):
        for k, v in data_entry(lang, key, {}).items():
            out |= {k, v}
    suffixes = data_entry(lang, "org_type_suffixes", {})
    for h in ("back", "front", "rounded"):  # Hungarian: a suffix, lengthening a final vowel or not
        for x in suffixes.get(h, []):
            out |= {x, "a" + x, "e" + x, "á" + x, "é" + x}
    if suffixes:
        out |= {"t", "ot", "et", "öt", "at", "n", "on", "en", "ön", "val", "vel", "át", "ét", "án", "én"}
        out |= {c + x for c in "bcdfghjklmnprstvz" for x in ("al", "el")}  # "-val/-vel" after a consonant
    return frozenset(out)


def _same_word(a: str, b: str, endings: frozenset[str]) -> bool:
    """a and b are one word in two cases: the same stem (three letters at least) with endings
    the language's declensions have."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    for e in endings:
        stem = a[:len(a) - len(e)] if a.endswith(e) else None
        if stem and len(stem) >= 3 and b.startswith(stem) and b[len(stem):] in endings:
            return True
    return False


def same_name(a: str, b: str, lang: str) -> bool:
    """Two spellings of one name in two cases: as many words, each pair one word in two cases,
    at least one pair differing ("Středisko volného času" / "Střediskem volného času")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return False
    endings = _all_endings(lang)
    return all(_same_word(x, y, endings) for x, y in zip(wa, wb))


_MARKER = r"[ \t•*·–-]*(?:\d{1,2}[.)]\s*)?"
_TAIL = r"\s*(?:[,.;]|\([^()\n]*\)|[–-][^\n]{0,40})?\s*(?:\n|$)"


def _stands_alone(name: str, ctx: Context) -> bool:
    """The text writes name as a name stands on its own: the whole of a line after its marker
    (a list item, a table cell, a heading; a bracket, dash or country may follow) or the whole
    value of a label ("Partner: X")."""
    return bool(re.search(rf"(?:^|\n|:\s)(?:{_MARKER}){re.escape(name)}{_TAIL}", ctx.doc.text))


def _nominative_head(name: str, lang: str) -> bool:
    return any(w.lower() in _type_nominatives(lang) for w in name.split()[:4])


def link_forms(found: list[Partner], ctx: Context) -> list[Partner]:
    """Partners named in two case forms kept once, in the form the text gives on its own, else
    the one with its type word in the nominative, else the first; the lead role and a country
    either form has are kept."""
    if not ctx.lex.inflecting:
        return found
    out: list[Partner] = []
    for p in found:
        same = next((q for q in out if same_name(q.name, p.name, ctx.lang)), None)
        if same is None:
            out.append(p)
            continue
        if _better(p.name, same.name, ctx):
            same.name, same.start, same.end = p.name, p.start, p.end
            same.acronym = same.acronym or p.acronym
        same.role = LEAD if LEAD in (p.role, same.role) else same.role
        same.country = same.country or p.country
    return out


def text_form(p: Partner, ctx: Context) -> Partner:
    """A partner written in a case form ("Pilismarót Községgel", "Technischen Universität X")
    where the text names it on its own elsewhere in another form (the whole of a list item, a
    table cell, a heading or a label's value): that form, the nominative a list or label
    writes. The evidence keeps the sentence's form."""
    if not ctx.lex.inflecting or len(p.name) < 4 or _stands_alone(p.name, ctx):
        return p
    n = len(p.name.split())
    head = re.escape(p.name[:3])
    for m in re.finditer(rf"(?:^|\n|:\s)(?:{_MARKER})({head}[^\n]*)", ctx.doc.text, re.I):
        words = m.group(1).split()[:n]
        cand = " ".join(words).rstrip(",.;:")
        if len(words) != n or cand.lower() == p.name.lower() or not same_name(cand, p.name, ctx.lang):
            continue
        if _nominative_head(p.name, ctx.lang) and not _nominative_head(cand, ctx.lang):
            continue  # a label's value in a case form ("Partener de Proiect: Spitalului …") is no nominative
        if _stands_alone(cand, ctx):
            p.name = cand
            return p
    return p


@lru_cache(maxsize=None)
def _gender_endings(lang: str) -> tuple[tuple[str, str], ...]:
    table = data_entry(lang, "noun_gender_endings", {})
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _noun_gender(word: str, lang: str) -> tuple[str, str] | None:
    """(gender, the noun in the nominative) by the noun's ending ("Universität" f, "Landesamtes"
    n, "Landesamt"); a genitive "-s"/"-es" of a masculine or neuter noun comes off."""
    low = word.lower()
    for ending, gender in _gender_endings(lang):
        if low.endswith(ending):
            return gender, word
        for gen in ("es", "s"):
            if gender != "f" and low.endswith(ending + gen):
                return gender, word[:len(word) - len(gen)]
    return None


def adjective_nominative(p: Partner, ctx: Context) -> Partner:
    """Capitalised adjectives in an oblique ending before the head noun put back in the
    nominative the noun's gender asks ([org_adjective_nominative], _m, _n): "Technischen
    Universität Bergakademie Freiberg" -> "Technische …", "Europäischen Verbunds für …" ->
    "Europäischer Verbund für …". Only where [noun_gender_endings] gives the head's gender."""
    if not _gender_endings(ctx.lang):
        return p
    words = p.name.split(" ")
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and words[k].endswith("en") and len(words[k]) > 4\
            and not _noun_gender(words[k], ctx.lang):
        k += 1
    at = k
    if k and words[k].endswith("-") and k + 2 < len(words) and words[k + 1].lower() in ctx.lex.cues["conjunctions"]:
        at = k + 2  # "Technologie- und Marketinggesellschaft": the compound after the conjunction is the head
    head = _noun_gender(words[at], ctx.lang) if k or len(words) > 1 else None
    if not head or not k and head[1] == words[0]:
        return p  # no adjective: only a genitive head noun goes back ("Landkreises Görlitz")
    gender, noun = head
    words[at] = noun
    table = data_entry(ctx.lang, "org_adjective_nominative" + ("" if gender == "f" else "_" + gender), {})
    if "en" not in table:
        return p
    p.name = " ".join([w[:-2] + table["en"] for w in words[:k]] + words[k:])
    return p


def _better(a: str, b: str, ctx: Context) -> bool:
    """a names the partner better than b: its type word is in the nominative where b's is not,
    or (both or neither) it stands on its own where b does not."""
    nom_a, nom_b = _nominative_head(a, ctx.lang), _nominative_head(b, ctx.lang)
    if nom_a != nom_b:
        return nom_a
    return _stands_alone(a, ctx) and not _stands_alone(b, ctx)
