"""A descriptor written before a partner's own name: "Italian school Istituto Plateja", "the
Slovak partner Zavod Zeleni Gaj", "universités d’Ostbayerische Technische Hochschule", "régions
Piémont et Ligurie".

The descriptor is a short phrase in lower case (a nationality adjective may be capitalised, as
English writes it) that ends in a lower-case organisation-type word or partner noun, perhaps
with a preposition or an article after it; what follows opens with a capital. Two forms:

- the name after it holds an organisation-type word of its own ("Istituto", "Hochschule"): the
  descriptor only classifies it, and the nationality adjective in it gives the country;
- the type word is plural ("régions", "universities") and a coordinated list follows: the
  bodies share the descriptor, each is named by its own capitalised name.

A lower-case type word before a bare name is the name's own ("statutární město Havířov",
"comune di Trieste", "lycée Marc Bloch"): the name after it has no type word, and it stays.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import place
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from pipeline.lexicons import data_entry
from pipeline.textnorm import UPPER

_ELIDED = re.compile(r"^(?:d|l|dell|all|dall|nell|sull)['’](?=\w)", re.I)  # "d’Ostbayerische", "dell'Università"


def cut_descriptor(p: Partner, ctx: Context) -> list[Partner]:
    """[p] without its descriptor, or the bodies a plural descriptor heads; else [p]."""
    words = p.name.split(" ")
    if len(words) < 3 or words[0][:1].isupper() and not _nationality(words[0], ctx):
        return [p]
    for k, w in enumerate(words[:4]):
        if not (w[:1].islower() or _nationality(w, ctx)):
            return [p]  # a capitalised word that is no nationality: the name has begun
        if not w[:1].islower() or not (has_org_word(w) or w.lower() in _partner_nouns(ctx.lang) | _plurals(ctx.lang)):
            continue
        n = k + 1
        while n < len(words) and words[n].lower() in _joiners(ctx):
            n += 1
        if n >= len(words):
            return [p]
        offset = len(" ".join(words[:n])) + 1
        rest = p.name[offset:]
        elided = _ELIDED.match(rest)
        if elided:
            rest, offset = rest[elided.end():], offset + elided.end()
        if not rest[:1].isupper():
            continue
        country = next((c for x in words[:k] if (c := _nationality(x, ctx))), None)
        if w.lower() in _plurals(ctx.lang):
            parts = _coordinated(rest, ctx)
            if parts:
                return _pieces(p, offset, parts, country)
        if len(rest.split()) >= 2 and "," not in rest and has_org_word(rest) and not place(rest, ctx):  # "općina Novo Mesto" is a town
            return _pieces(p, offset, [rest], country)
        return [p]
    return [p]


def _pieces(p: Partner, offset: int, parts: list[str], country: str | None) -> list[Partner]:
    """Partners for parts of p.name after offset, in order; spans follow when p's span is its name."""
    out, pos = [], offset
    for i, part in enumerate(parts):
        at = p.name.index(part, pos)
        start = p.start + at
        role = p.role if i == 0 else (PARTNER if p.role == LEAD else p.role)
        out.append(replace(p, name=part, start=start, end=start + len(part), role=role,
                           country=p.country or country if i == 0 else country, flags=list(p.flags),
                           acronym=p.acronym if len(parts) == 1 else None))
        pos = at + len(part)
    return out


def _coordinated(rest: str, ctx: Context) -> list[str]:
    """The capitalised names of "A, B et C" (two at least), each one to three words; else []."""
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if len(c) <= 8)
    if not conj:
        return []
    parts = re.split(rf"\s*,\s*|\s+(?:{conj})\s+", rest)
    name = rf"[{UPPER}][\w'’-]*(?:\s[{UPPER}][\w'’-]*){{0,2}}"
    if len(parts) < 2 or not all(re.fullmatch(name, x) for x in parts):
        return []
    return parts


def _nationality(word: str, ctx: Context) -> str | None:
    """The country of a nationality adjective ("Italian", "slovenský"), else None."""
    hits = gazetteer.find(word, ctx.lex, adjectives=True)
    return hits[0].cc if len(hits) == 1 and hits[0].kind == "adjective" and hits[0].text == word else None


def _joiners(ctx: Context) -> frozenset[str]:
    """Prepositions and articles between a type word and the name it classifies ("of the", "de")."""
    from pipeline.extractors.names import name_cues
    conj = {c.lower() for c in ctx.lex.cues["conjunctions"]}
    return frozenset(w.lower() for w in ctx.lex.cues.get("articles", []) + name_cues(ctx.lang).get("name_connectors", [])
                     if " " not in w and w.lower() not in conj)


@lru_cache(maxsize=None)
def _partner_nouns(lang: str) -> frozenset[str]:
    """One-word partner nouns ("partner", "partenaire", "coordinator"): a descriptor may end in one."""
    from pipeline.lexicons import load
    cues = load(lang).cues
    return frozenset(c.lower() for key in ("partners", "lead_partner", "coordinator") for c in cues[key] if " " not in c)


@lru_cache(maxsize=None)
def _plurals(lang: str) -> frozenset[str]:
    """Plural type words ([org_types_plural] keys' first words: "régions", "universités")."""
    table = data_entry(lang, "org_types_plural", {})
    return frozenset(k.split()[0].lower() for k in table)
