"""Partners named beside their own partners: "X et ses partenaires", "X and its partners",
"X und seine Partner", "LHF en onze partners A en B", "Y împreună cu partenerii săi".

The organisation before the cue works on the project with partners of its own, so it is a
partner; names that follow the cue at once, with no verb between, are those partners. The
cue words are the [own_partners] lists of the cue files ("and its/their/our partners",
"with its partners" in each language).

One partner named right after a singular partner noun ("our partner school Liceo X (Italy)",
"la școala parteneră X, Italia"; the [partner_one] lists) is read here too (partner_one).
"""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name, place
from pipeline.extractors.partner_items import enumerated, list_end, parse_item, sentence_end
from pipeline.extractors.partner_names import (
    funding_body, leading_noise, name_span, people, proper, typed_len,
)
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.extractors.partner_subjects import PROJECT_KEYS, name_only, subject_before, trailing_name
from pipeline.textnorm import UPPER


def _named(name: str, ctx: Context) -> bool:
    """A name an organisation can have: two capitalised words, an acronym or a type word
    before a name; not a country ("la France et ses partenaires"), a funder ("the
    European Union and its partners") or the project ("the project and its partners")."""
    name = name[leading_noise(name, ctx):] if name else name  # "Die Stadt": the article makes no second capital
    if not name or not (proper(name) or typed_len(name, ctx)):  # a bare "the University" is no name
        return False
    if country_name(name, ctx) or funding_body(name, ctx):
        return False
    return not nlp.cues(name, ctx.lang, PROJECT_KEYS)


_ACRONYM_BEFORE = re.compile(rf"(?:^|\s)([{UPPER}][{UPPER}0-9&+-]{{1,9}})\s*$")


def _before_verb(name: str) -> str:
    """The last name of a list ends at the verb that follows it: a lower-case word that is
    no short joiner before a capitalised word ("Weekendschool X hebben een …" -> "Weekendschool
    X"; "Université de Lille" stays). Stop words do not tell verbs here ("hebben", "sind")."""
    words = name.split(" ")
    for k, w in enumerate(words[1:], start=1):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w[:1].islower() and not (len(w) <= 4 and nxt[:1].isupper()):
            return " ".join(words[:k]).rstrip(" ,;:")
    return name


def own_partners(ctx: Context, i: int, sent) -> list[Partner]:
    out: list[Partner] = []
    text = ctx.doc.text
    for cue in ctx.cues(i, {"own_partners"}):
        if not sent.start <= cue.start < sent.end:
            continue
        subject, at = subject_before(ctx, sent.start, cue.start)
        subject = name_only(subject, ctx) if subject and ":" not in subject else ""
        # the subject ends right at the cue, not earlier in its clause: "… une aide à la Ville de X et ses partenaires"
        if subject and (at < sent.start or text[at + len(subject):cue.start].strip(" ,")):
            subject = ""
        head = text[sent.start:cue.start].rstrip(" ,")
        if not subject and (name := trailing_name(head, ctx)) and head.endswith(name):
            subject, at = name, sent.start + len(head) - len(name)
        if not subject and (m := _ACRONYM_BEFORE.search(head)):
            subject, at = m.group(1), sent.start + m.start(1)  # "LHF en onze partners": one word, an acronym
        found = []
        if _named(subject, ctx) and (p := parse_item(subject, at, ctx, PARTNER)):
            found.append(p)
        rest = text[cue.end:sent.end]
        start = cue.end + len(rest) - len(rest.lstrip(" ,:"))
        # names right after the cue are its partners: "LHF en onze partners Weekendschool X hebben …"
        if re.match(rf"[\s,:]*[{UPPER}„“\"]", rest):
            items = enumerated(ctx, start, list_end(ctx, start, sentence_end(ctx, i, sent)), PARTNER, running=True)
            if items:
                items[-1].name = _before_verb(items[-1].name)
            items = [p for p in items if _named(p.name, ctx)]
            found.extend(items if not people(items, ctx) else [])
        out.extend(found if not people(found, ctx) else [])
    return out


def partner_one(ctx: Context, i: int, sent) -> list[Partner]:
    """The one organisation named right after a singular partner noun, an article at most
    between: "our partner school Liceo Manzoni (Italy)", "la școala parteneră Istituto
    Comprensivo X", "navštívili partnerskou školu Gimnazjum nr 2 w Opolu". A place alone
    ("the partner school in Pisa") is one capitalised word and no name."""
    out: list[Partner] = []
    text = ctx.doc.text
    stop = nlp.stop_words(ctx.lang)
    for cue in ctx.cues(i, {"partner_one"}) + _as_partner(ctx, i, sent):
        if not sent.start <= cue.start < sent.end:
            continue
        if cue.key == "partner_one":
            pos = cue.end + len(text[cue.end:sent.end]) - len(text[cue.end:sent.end].lstrip(" ,:–-"))
            m = re.match(r"(\w{1,3})\s+", text[pos:sent.end])
        else:  # "come partner anche Legambiente": "also" and an article at most, no comma
            pos = cue.end
            m = re.match(rf"(?:\s+[^\W\d]+){{0,2}}?\s+([a-z]{{1,2}}['’])?(?=[{UPPER}„“\"])", text[pos:sent.end])
            if not m or any(not (w.islower() and w in stop) for w in m.group(0).split() if w != m.group(1)):
                continue
        if m and (cue.key != "partner_one" or m.group(1).islower() and m.group(1) in stop):
            pos += m.end()  # an article: "la X", "die X", "notre établissement partenaire, le X"
        if not text[pos:pos + 1].isupper() and text[pos:pos + 1] not in "„“\"":
            continue
        a, b = name_span(text[pos:sent.end], ctx)
        name, start = _before_verb(text[pos + a:pos + b]), pos + a
        if not _named(name, ctx) and not (cue.key != "partner_one" and _one_word(name, ctx)):
            continue
        tail = text[start + len(name):start + len(name) + 40]
        m = re.match(r"\s*\([^()]{2,30}\)", tail)  # "(Italy)": its country
        comma = re.match(r",\s*([^\W\d][^,.;()]{2,30}?)(?=[,.;]|\s*$)", tail)
        if not m and comma and country_name(comma.group(1).strip(), ctx):
            m = comma  # "…, Italia": its country after a comma
        item = text[start:start + len(name) + (m.end() if m else 0)]
        p = parse_item(item, start, ctx, PARTNER)
        if p and not people([p], ctx):
            out.append(p)
    return out


def _as_partner(ctx: Context, i: int, sent) -> list[nlp.CueMatch]:
    """A partner noun right after "as" ("il progetto vede come partner anche X", "das Projekt
    hat als Partner die X", "le projet a pour partenaire X"): the name that follows is that
    partner, as after a singular partner noun."""
    text = ctx.doc.text
    roles = [c for c in ctx.cues(i, {"role_as"}) if sent.start <= c.start < sent.end]
    return [c for c in ctx.cues(i, {"partner_predicate"}) if sent.start <= c.start < sent.end
            and any(r.end <= c.start and not text[r.end:c.start].strip() for r in roles)]


def _one_word(name: str, ctx: Context) -> bool:
    """One capitalised word that names an organisation after "as partner" ("Legambiente"): no
    place, country or funder."""
    return bool(re.fullmatch(rf"[{UPPER}][^\W\d]{{3,}}", name)) and not place(name, ctx)\
        and not country_name(name, ctx) and not funding_body(name, ctx)
