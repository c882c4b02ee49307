"""Running-text rules for organisations beside a verb of leading, of cooperating or of doing together."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_clean import clean, nominative_types
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from pipeline.extractors.partner_names import funding_body, has_org_word, name_span, people, proper, typed_len
from pipeline.extractors.partner_items import enumerated, list_end, parse_item, sentence_end
from pipeline.extractors.partner_subjects import PROJECT_KEYS, name_only, subject_before, trailing_name
from pipeline.extractors.partner_prose import keep_article
from pipeline.textnorm import LOWER, UPPER

_PROJECT_NOUNS = {"project_before", "project_after", "consortium"}


def _fillers(text: str, ctx: Context) -> bool:
    """At most three small words (articles, "this", a number) between a verb and its object."""
    words = [w.strip(",").lower() for w in text.split()]
    return len(words) <= 3 and ("," not in text) and all(
        w in nlp.stop_words(ctx.lang) or w in ctx.lex.number_words or w.isdigit() for w in words)


def _project_word(word: str, ctx: Context) -> bool:
    """A word of the same project noun phrase: the cue "consortium" before "projektu"."""
    return bool(nlp.cues(word, ctx.lang, _PROJECT_NOUNS))


def _agent_words(ctx: Context) -> str:
    """The language's agent words ("von der", "door", "by") as a regex alternation, longest first."""
    return "|".join(re.escape(a) for a in sorted(ctx.lex.cues.get("agent_by", []), key=len, reverse=True))


def _agent_after(ctx: Context, start: int, end: int) -> tuple[str, int]:
    """The agent after a fronted participle and the project: "Koordiniert wird das Projekt
    (WALDNETZ) von der Universität Regensburg"; the project's name at most between them."""
    text = ctx.doc.text
    agents = _agent_words(ctx)
    m = re.match(rf"(?:\s+[^\s,.;:]+){{0,2}}?\s+(?:{agents})\s+", text[start:end], re.I) if agents else None
    if not m or any(w[:1].islower() for w in text[start:start + m.start(0) + len(m.group(0).rstrip())].split()[:-1]
                    if w.lower() not in nlp.stop_words(ctx.lang)):
        return "", -1
    rest = text[start + m.end():end]
    a, b = name_span(rest, ctx)
    if b <= a or len(rest[:a].split()) > 1:
        return "", -1
    return rest[a:b].rstrip(" ,"), start + m.end() + a


def _agent_before(ctx: Context, start: int, verb: int, objects) -> tuple[str, int]:
    """The agent of a verb-final passive after the project: "das Projekt, das von der Hochschule
    X koordiniert wird", "het project, dat door de Universiteit Y gecoördineerd wordt". The name
    fills the gap between the agent word and the participle, an acronym or expansion in
    brackets at most after it."""
    text = ctx.doc.text
    first = min(o.end for o in objects if o.end <= verb)
    agents = _agent_words(ctx)
    if not agents:
        return "", -1
    hits = list(re.finditer(rf"(?:^|(?<=[\s,]))(?:{agents})\s+", text[first:verb], re.I))
    if not hits:
        return "", -1
    gap_start = first + hits[-1].end()
    gap = text[gap_start:verb]
    a, b = name_span(gap, ctx)
    tail = gap[b:].strip()
    if b <= a or len(gap[:a].split()) > 1 or tail and not re.fullmatch(r"\([^()]{1,80}\)", tail):
        return "", -1
    return gap[a:].rstrip(" ,"), gap_start + a


def lead_by_verb(ctx: Context, i: int, sent) -> list[Partner]:
    """The lead named beside a verb of leading whose object is the project, the two side by
    side: the subject before the verb ("VITO leidt dit project", "La Universidad de Vigo
    liderará tres proyectos"), the name after it when only the project comes before
    ("Projekt koordinuje X", "Das Projekt leitet die Y") or the name between them in
    object-first order ("A projektet a Debreceni Egyetem vezeti")."""
    text = ctx.doc.text
    stop = nlp.stop_words(ctx.lang)
    objects = [c for c in ctx.cues(i, _PROJECT_NOUNS) if sent.start <= c.start < sent.end]
    out: list[Partner] = []
    for verb in ctx.cues(i, {"lead_verbs"}):
        if not sent.start <= verb.start < sent.end:
            continue
        name, at = "", -1
        said = text[sent.start:verb.start].lower()
        if any(o.end <= verb.start for o in objects) and any(
                re.search(rf"(?:^|[\s,]){re.escape(r)}\s*$", said) for r in ctx.lex.cues["relative_pronouns"]):
            rest = text[verb.end:sent.end]  # "el proyecto …, que lidera la Universidad de A Coruña"
            a, b = name_span(rest, ctx)
            if b > a and len(rest[:a].split()) <= 1:
                name, at = rest[a:b], verb.end + a
        after = bool(name)  # a name after the verb ends at its clause ("Technická univerzita v Košiciach")
        for obj in objects if not name else []:
            if obj.start >= verb.end and _fillers(text[verb.end:obj.start], ctx):
                name, at = subject_before(ctx, sent.start, verb.start) or ("", -1)  # X leads the project
                if not name and not text[sent.start:verb.start].strip():  # "Koordiniert wird das Projekt X von der Y"
                    name, at = _agent_after(ctx, obj.end, sent.end)
                    after = bool(name)
                words = text[sent.start:verb.start].split()
                if not name and len(words) == 1 and proper(words[0]):
                    name, at = words[0], sent.start + text[sent.start:verb.start].find(words[0])  # "VITO leidt dit project"
            elif obj.end <= verb.start and _fillers(text[obj.end:verb.start], ctx):
                head = text[sent.start:obj.start]
                # the project leads X: V2 and free order; "Konzorcium projektu vedie X" (project words only)
                if all(w.lower() in stop or _project_word(w, ctx) for w in head.split()):
                    rest = text[verb.end:sent.end]
                    a, b = name_span(rest, ctx)
                    # an article at most before the name: "leitet die X", not "leitet eine neue Phase … ein"
                    name, at = (rest[a:b], verb.end + a) if b > a and len(rest[:a].split()) <= 1 else ("", -1)
                    after = bool(name)
                else:  # X the project leads (subordinate clauses, SOV)
                    name, at = subject_before(ctx, sent.start, obj.start)
            elif obj.end <= verb.start and len(text[obj.end:verb.start].split()) <= 12\
                    and all(w.lower() in stop for w in text[sent.start:obj.start].split()):
                a, b = name_span(text[obj.end:verb.start], ctx)  # the project X leads
                if b > a and not text[obj.end + b:verb.start].strip(" ,"):
                    name, at = text[obj.end + a:obj.end + b], obj.end + a
            if name:
                break
        if not name and any(o.end <= verb.start for o in objects):
            name, at = _agent_before(ctx, sent.start, verb.start, objects)
            after = bool(name)
        name = (name if after else name_only(name, ctx)) if name and at >= 0 else ""
        if not name or not (proper(name) or typed_len(name, ctx)) or funding_body(name, ctx)\
                or nlp.cues(name, ctx.lang, PROJECT_KEYS):
            continue
        p = keep_article(parse_item(name, at, ctx, LEAD), name, ctx) if after else parse_item(name, at, ctx, LEAD)
        if p and not people([p, Partner(name, LEAD, at, at)], ctx):
            out.append(p)
    return out



def _small_words(text: str, ctx: Context, most: int = 3) -> bool:
    """Only a few prepositions and articles ("medzi", "between the", "of"), or nothing."""
    words = text.split()
    return len(words) <= most and "," not in text and all(
        w.lower() in nlp.stop_words(ctx.lang) or w.lower() in ctx.lex.cues["range_from"] or (w.islower() and len(w) <= 3)
        for w in words)


def cooperating_places(ctx: Context, i: int, sent) -> list[Partner]:
    """Places named beside a noun of cooperation and a plural noun of municipalities: after
    them ("spolupráce obcí Střítež a Krasňany", "cooperation between the towns of A and B")
    or before them ("Ete és Nagykeszi községek együttműködése"). The plural noun says each
    name is a municipality, so a one-word name counts; two names at least."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    places = [c for c in ctx.cues(i, {"places_plural"}) if inside(c)]
    conj = set(ctx.lex.cues["conjunctions"])
    out: list[Partner] = []
    for coop in (c for c in ctx.cues(i, {"cooperation_nouns"}) if inside(c)):
        found: list[Partner] = []
        for pl in places:
            if pl.start >= coop.end and _small_words(text[coop.end:pl.start], ctx):
                rest = text[pl.end:sent.end]
                words = rest.split()
                k = 0
                while k < len(words) and k < 1 and _small_words(words[k], ctx, 1) and not words[k][:1].isupper():
                    k += 1  # "the towns of A and B"
                if k >= len(words) or not words[k][:1].isupper():
                    continue
                start = pl.end + rest.find(words[k])
                end = list_end(ctx, start, sentence_end(ctx, i, sent))
                quote = re.search(r"[“”»]", text[start:end])  # "„Športujme spolu – … obcí Ete a Veľké Kosihy“": the title ends
                found = enumerated(ctx, start, start + quote.start() if quote else end, PARTNER, running=True)
            elif pl.end <= coop.start and _small_words(text[pl.end:coop.start], ctx, 1):
                tokens = text[sent.start:pl.start].rstrip().split(" ")
                k = len(tokens)
                while k and (tokens[k - 1][:1].isupper() or tokens[k - 1].lower() in conj and k < len(tokens)):
                    k -= 1  # "Ete és Nagykeszi" before "községek"
                while k < len(tokens) and tokens[k].lower() in conj:
                    k += 1
                if k == len(tokens):
                    continue
                start = pl.start - len(" ".join(tokens[k:])) - (len(text[sent.start:pl.start]) - len(text[sent.start:pl.start].rstrip()))
                found = enumerated(ctx, start, pl.start, PARTNER)
            found = [p for p in found if p.name[:1].isupper() and not funding_body(p.name, ctx)]
            if len(found) >= 2 and not people(found, ctx):
                break
            found = []
        out.extend(found)
    return out



def cooperation_of(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations named in the genitive right after a noun of cooperation: "projekt je
    spoluprací Přírodovědecké fakulty UJEP a Technické univerzity v Drážďanech", "efekt
    współpracy Uniwersytetu Opolskiego i Politechniki Opolskiej". Two or more, each a name of
    two words or more holding an organisation-type word, so that "spolupráce Česka a Saska"
    (places) and "Zusammenarbeit Schule und Hochschule" (kinds, not names) are not read; the
    names go back to the nominative in partner_clean."""
    text = ctx.doc.text
    out: list[Partner] = []
    for coop in (c for c in ctx.cues(i, {"cooperation_nouns"}) if sent.start <= c.start < sent.end):
        m = re.match(rf"[ \t]+(?=[{UPPER}])", text[coop.end:sent.end])
        if not m:
            continue
        start = coop.end + m.end()
        found = enumerated(ctx, start, list_end(ctx, start, sentence_end(ctx, i, sent)), PARTNER, running=True)
        if len(found) < 2 or not all(len(p.name.split()) >= 2 and has_org_word(p.name) for p in found)\
                or people(found, ctx) or any(funding_body(p.name, ctx) for p in found):
            continue
        written = [p.name for p in found]
        found = clean(found, ctx)
        if len(found) == len(written) and all(p.name != w and _nominative_whole(p.name, ctx) for p, w in zip(found, written)):
            out.extend(found)
    return out


def _nominative_whole(name: str, ctx: Context) -> bool:
    """A name that clean put back in the nominative whole: its type word is a known nominative
    and nothing inflected follows it, only an acronym or a place after a preposition
    ("Přírodovědecká fakulta UJEP", "Technická univerzita v Liberci"); "Uniwersytet Opolskiego"
    keeps an adjective in the genitive after it."""
    words = name.split()
    noms = nominative_types(ctx.lang)
    k = next((k for k, w in enumerate(words) if w.lower() in noms), None)
    return k is not None and (k + 1 == len(words) or words[k + 1].islower() or words[k + 1].isupper())


def joint_subjects(ctx: Context, i: int, sent) -> list[Partner]:
    """Two or more organisations joined by "and" right before a word of doing together or
    of cooperation: "die Stadt Löbau und der Landkreis Luban ihre Kooperation intensivieren",
    "Gmina Szczytna oraz miasto Česka Skalica realizują wspólny mikroprojekt", "the X and
    the Y are working together". Each must read as a name of two words or more (or open
    with a type word), so that people and places alone are not taken."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    together = [c for c in ctx.cues(i, {"together_with"}) if inside(c)]
    # "samen met", "together with": the subject works with others named after it (read elsewhere)
    joint = [c for c in ctx.cues(i, {"joint_words", "cooperation_nouns"}) if inside(c)
             and not any(w.start <= c.start < w.end for w in together)]
    if not joint:
        return []
    out: list[Partner] = []
    taken = -1
    for conj in (c for c in ctx.cues(i, {"conjunctions"}) if inside(c)):
        if conj.start < taken:
            continue
        rest = text[conj.end:sent.end]
        a, b = name_span(rest, ctx)
        if b <= a or len(rest[:a].split()) > 1:
            continue
        b = a + len(name_only(rest[a:b], ctx))  # "… Foundation work together": the verb is not the name
        cut = [c.start - conj.end for c in joint if a < c.start - conj.end < b]
        if cut:  # German nouns are capitalised: "der Landkreis Luban ihre Kooperation …"
            words = rest[a:cut[0]].split()
            if words and not words[-1].islower():
                continue  # "… Verbund für Territoriale Zusammenarbeit": the word is part of the name
            while words and words[-1].islower() and words[-1] in nlp.stop_words(ctx.lang):
                words.pop()
            b = a + len(" ".join(words)) if words else a
            if b <= a:
                continue
        right_end = conj.end + b
        # the word of doing together follows at once or after one word ("… Luban ihre Kooperation");
        # further on it may be said of others ("Landrat X und Y betonen die gemeinsame …")
        if not any(right_end <= c.start and len(text[right_end:c.start].split()) <= 1
                   and not re.search(r"[,;:()]", text[right_end:c.start]) for c in joint):
            continue
        names = [(rest[a:b], conj.end + a)]
        pos = conj.start
        while True:  # the names before "and", back to the list's start: "A, B und C"
            head = text[sent.start:pos]
            name = trailing_name(head, ctx) or _typed_name_before(head, ctx)
            if not name:
                break
            at = sent.start + head.rstrip(" ,").rfind(name)
            names.insert(0, (name, at))
            before = text[sent.start:at].rstrip()
            if not before.endswith(","):
                break
            pos = sent.start + len(before) - 1
        opening = text[sent.start:names[0][1]].split()[-1:]
        previous = opening or text[max(0, sent.start - 12):sent.start].split()[-1:]
        if previous and re.fullmatch(rf"[{LOWER}]{{1,3}}\.", previous[0]):
            continue  # the sentence was cut after an abbreviation: "afd. Maritieme Toegang en …"
        if len(names) < 2 or opening and opening[0].lower() not in nlp.stop_words(ctx.lang)\
                or any(re.search(r"[„“”\"«»]", n) for n, _ in names):
            continue  # the list opens its clause ("werden die A und der B"), not "afd. A en B"
        found = [p for n, at in names if (p := parse_item(n, at, ctx, PARTNER))]
        if len(found) == len(names) and all(proper(p.name) or typed_len(p.name, ctx) for p in found)\
                and not people(found, ctx) and not any(funding_body(p.name, ctx) for p in found):
            out.extend(found)
            taken = right_end
    return out


def _typed_name_before(text: str, ctx: Context) -> str:
    """A name opened by a type word in lower case that ends text ("… miasto Česka Skalica")."""
    for t in sorted(ctx.lex.cues["org_types"], key=len, reverse=True):
        m = re.search(rf"(?:^|\s)({re.escape(t)}\s+[{UPPER}][^\s,]*(?:\s+[{UPPER}][^\s,]*)*)\s*$", text)
        if m:
            return m.group(1)
    return ""
