"""Partners named by an organisation-type word as the subject of a sentence on the project.

"Občina Trebnje se je prijavila na javni razpis s projektom …", "El IES Politécnico de Soria
ha comenzado el desarrollo del proyecto", "Le lycée de la Renaissance a candidaté auprès
d'Erasmus", "Sárbogárd Város Önkormányzata sikerrel pályázott": a name that opens with a type
word of the page's language (the [org_types] cue list, its article dropped) or, in a language
that writes the type word after the proper name, closes with one ("X Község Önkormányzata";
the [org_types_final] list), opens the sentence, and the sentence goes on to speak of the
project, an application, a call, a grant or the programme. Such a subject is the beneficiary
or applicant of the project, which is a partner (GUIDELINES). A type word opening a sentence
that does not speak of the project ("Mesto X leží pri rieke") names no partner.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.lexicons import FIELD_KEYS
from pipeline.model import LIST_ITEM, PARAGRAPH
from pipeline.extractors.partner_record import ELISION, PARTNER, Partner
from pipeline.extractors.partner_names import funding_body, has_org_word
from pipeline.extractors.partner_items import parse_item
from pipeline.textnorm import LOWER, fold

# what the sentence must speak of after its subject: the project, its funding, an application
# or call, its programme, carrying it out
_PROJECT_TALK = {"project_before", "project_after", "programme", "programme_names", "budget_eu", "actor_objects",
                 "implementation", "call"}


def _capital(word: str) -> bool:
    """A word that opens with a capital letter, maybe after a quote or bracket ("„Izvor“")."""
    return word.lstrip("„“\"'«(")[:1].isupper()


@lru_cache(maxsize=None)
def _types(lang: str, types: tuple[str, ...]) -> tuple[str, ...]:
    """The type words without an article before them ("la diputación de" -> "diputación de"),
    longest first."""
    stop = nlp.stop_words(lang)
    out = set()
    for t in types:
        words = t.split()
        while len(words) > 1 and words[0] in stop:
            words = words[1:]
        out.add(re.sub(r"^[a-z]{1,3}['’]", "", " ".join(words)))  # "l’association" -> "association"
    return tuple(sorted(out, key=len, reverse=True))


def _opening(said: str, ctx: Context) -> int:
    """Offset after the small words that may open a sentence before its subject: an article
    ("La", "El", "Le", "Il"), an elided one ("L’")."""
    stop = nlp.stop_words(ctx.lang)
    m = re.match(r"(\S+)\s+", said)
    skip = m.end() if m and m.group(1).lower() in stop and len(m.group(1)) <= 3 else 0
    e = ELISION.match(said[skip:])
    return skip + (e.end() if e and len(e.group(0)) <= 3 else 0)


def _proper_run(text: str, ctx: Context) -> int:
    """Length of the capitalised words (and short joiners between them: "de", "di", "nad")
    that open text; 0 when it opens with none."""
    stop = nlp.stop_words(ctx.lang)
    words = list(re.finditer(r"\S+", text))
    end = 0
    for k, w in enumerate(words):
        word = w.group(0)
        if k and re.search(r"\s{2}|\t|\n", text[words[k - 1].end():w.start()]):
            break  # columns of a table row: "Obec Hať      Celkem 6 485,00 EUR"
        core = word.rstrip(",.;:")
        if _capital(core) and not (core.isupper() and len(core) > 12):
            end = w.start() + len(core)
        elif k and len(core) <= 4 and core.lower() in stop and k + 1 < len(words)\
                and _capital(words[k + 1].group(0)) and end:
            pass  # "Diputación de Teruel", "Hlboké nad Váhom"
        else:
            break
        if core != word or word.endswith((",", ";", ":")):
            break
    return end


def _type_first(rest: str, ctx: Context) -> str:
    """The name that rest opens with, when it opens with a type word: "Občina Trebnje",
    "lycée de la Renaissance", "IES Politécnico de Soria"."""
    low = rest.lower()
    stop = nlp.stop_words(ctx.lang)
    for t in _types(ctx.lang, tuple(ctx.lex.cues["org_types"])):
        if not low.startswith(t + " "):
            continue
        k = len(t) + 1
        m = re.match(rf"((?:[{LOWER}]{{1,3}}\s+){{0,2}})", rest[k:])  # "lycée de la Renaissance"
        joiners = m.group(1).split()
        if not all(j.lower() in stop for j in joiners):
            return ""
        run = _proper_run(rest[k + m.end():], ctx)
        return rest[:k + m.end() + run].rstrip(" ,") if run else ""
    return ""


def _type_last(rest: str, ctx: Context) -> str:
    """The name that rest opens with, when capitalised words end with a type word of a
    language that writes it last: "Sárbogárd Város Önkormányzata", "Szögliget Község
    Önkormányzatának" (an ending after the type word is allowed; the cleaner puts the
    nominative back)."""
    finals = [fold(t) for t in ctx.lex.cues.get("org_types_final", [])]
    if not finals:
        return ""
    words = list(re.finditer(r"\S+", rest[:_proper_run(rest, ctx)]))
    last = max((k for k, w in enumerate(words) if k and any(f in fold(w.group(0)) for f in finals)), default=0)
    if not last or any(f in fold(words[0].group(0)) for f in finals):
        return ""  # "Önkormányzat …" alone names no one
    return rest[:words[last].end()]


def typed_subjects(ctx: Context) -> list[Partner]:
    """typed_subject over the sentences of every paragraph and list item; not for a project whose
    list item names its own organisations ("La Diputación de X ha presentado los proyectos 'A'
    (Universidad de Y) y 'B' (Ayuntamiento de Z)": those are its partners, not the presenter)."""
    if ctx.section.partners:
        return []
    return [p for i in ctx.indices if ctx.block(i).kind in (PARAGRAPH, LIST_ITEM)
            for sent in ctx.sentences(i) for p in typed_subject(ctx, i, sent)]


def typed_subject(ctx: Context, i: int, sent) -> list[Partner]:
    """The organisation named by its type word at the opening of a sentence that speaks of the project."""
    text = ctx.doc.text
    said = text[sent.start:sent.end]
    name, skip = "", 0
    label = re.match(r"[^.,;:–—-]{1,40}?\s[-–—:]\s+", said)  # "Programa Poctep - La Diputación de X …": a list item's label
    for at in [0] + ([label.end()] if label and len(label.group(0).split()) <= 5 else []):
        skip = at + _opening(said[at:], ctx)
        rest = said[skip:]
        # a language that writes the type word last has none before a name
        name = _type_last(rest, ctx) if ctx.lex.cues["org_types_final"] else _type_first(rest, ctx)
        if name:
            break
    cut = next((c.start for c in nlp.cues(name, ctx.lang, set(FIELD_KEYS)) if c.start > 0), None)
    name = name[:cut].rstrip(" ,:–-") if cut is not None else name  # "Obec Hať Celkem 6 485 EUR": a total's label
    if name.isupper() and len(name.split()) >= 3:
        return []  # a headline in capitals runs into its verb: "DIPUTACIÓN DE BADAJOZ PARTICIPA"
    if not name or len(name.split()) < 2 or len(name.split()) > 12 or funding_body(name, ctx):
        return []
    end = sent.start + skip + len(name)
    talk = [c for c in ctx.cues(i, _PROJECT_TALK) if end <= c.start < sent.end]
    if not talk or nlp.cues(name, ctx.lang, {"project_before", "project_after", "programme"}):
        return []
    p = parse_item(name, sent.start + skip, ctx, PARTNER)
    if not p or not (has_org_word(p.name) or _type_first(p.name, ctx) or _type_last(p.name + " ", ctx)):
        return []
    return [p]
