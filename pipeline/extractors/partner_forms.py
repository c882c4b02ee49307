"""The case forms of a partner's name: an organisation named in an oblique case ("s Městským
kulturním zařízením", "w Instytucie …", "Občino Vrsar") is written in the nominative, as the
guidelines ask.

Two readings, both from grammar written once per language, not from words listed one by one:

- type_case_forms: every case form of the language's organisation-type words, made from their
  nominatives and the endings of the noun's declension ([org_type_case_endings]: a nominative's
  ending -> the endings of its oblique cases, "o" -> "a", "u", "em", "ě"); the forms a lexicon
  lists by hand ([org_types_nominative]) come first. "Instytucie" -> "Instytut".
- link_forms: within one document, two partners whose names differ only by the endings of their
  words are one partner, named in the form the text gives as a name stands on its own (a list
  item, a table cell, a heading or a label's value), else in the form whose type word is in the
  nominative. No nominative is made up here: the name is one the text writes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import _read_toml, languages
from pipeline.extractors.context import Context
from pipeline.extractors.partner_record import LEAD, Partner
from pipeline.textnorm import fold

# a short type word's case form is often another word ("sveta" is "holy" as well as "of the
# council", "grada" a town's genitive in a name): short nominatives are left to the lexicon
_SHORTEST = 5


@lru_cache(maxsize=None)
def _endings(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[org_type_case_endings], the longest nominative ending first ("" is a final consonant)."""
    table = _read_toml(lang).get("org_type_case_endings", {}) if lang in languages() else {}
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
    toml = _read_toml(lang) if lang in languages() else {}
    return frozenset(v.lower() for v in toml.get("org_types_nominative", {}).values())\
        | frozenset(k.lower() for k in toml.get("org_types_gender", {}))


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
    toml = _read_toml(lang) if lang in languages() else {}
    suffixes = toml.get("org_type_suffixes", {})
    if not suffixes:
        return {}
    noms = {w.lower() for w in toml.get("org_types_final", [])} | {v.lower() for v in toml.get("org_types_nominative_final", {}).values()}
    out: dict[str, str] = {}
    for nom in sorted(noms):
        for form in _suffixed(nom, suffixes):
            if form not in noms:
                out.setdefault(form, nom)
    return out


def _head_last(lang: str) -> bool:
    """The language closes a name with its type word ([org_type_order] head = "last")."""
    return lang in languages() and _read_toml(lang).get("org_type_order", {}).get("head") == "last"


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
    toml = _read_toml(lang) if lang in languages() else {}
    for key in ("org_adjective_nominative", "org_adjective_nominative_m", "org_adjective_nominative_n"):
        for k, v in toml.get(key, {}).items():
            out |= {k, v}
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


def _stands_alone(name: str, ctx: Context) -> bool:
    """The text writes name as a name stands on its own: a line of its own (a list item, a
    table cell, a heading) or a label's value ("Partner: X")."""
    for m in re.finditer(re.escape(name), ctx.doc.text):
        line_start = ctx.doc.text.rfind("\n", 0, m.start()) + 1
        before = ctx.doc.text[line_start:m.start()].strip()
        if not before.strip("•*-–·0123456789.)") or before.endswith(":"):
            return True
    return False


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


def _better(a: str, b: str, ctx: Context) -> bool:
    """a names the partner better than b: it stands on its own where b does not, or (both or
    neither standing alone) its type word is in the nominative where b's is not."""
    alone_a, alone_b = _stands_alone(a, ctx), _stands_alone(b, ctx)
    if alone_a != alone_b:
        return alone_a
    return _nominative_head(a, ctx.lang) and not _nominative_head(b, ctx.lang)
