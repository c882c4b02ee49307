"""Running-text rules where the partner is the subject of a role, of a grant or of the project's work."""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.normalise.money import find_money
from pipeline.extractors.partner_record import ELISION, LEAD_KEYS, PAREN, PARTNER, Partner
from pipeline.extractors.partner_names import (
    funding_body, has_org_word, leading_noise, name_span, people, person, proper, typed_len,
)
from pipeline.extractors.partner_items import enumerated, list_end, parse_item, sentence_end
from pipeline.extractors.enumeration import LEGAL_FORM
from pipeline.extractors.partner_companion import companion, country_code_tail
from pipeline.extractors.partner_clean import inflected_type
from pipeline.extractors.partner_with_as import with_as_subject
from pipeline.textnorm import LOWER, UPPER


def strip_tail(text: str, ctx: Context) -> str:
    """Drop trailing copulas, role verbs and "as" words: "X (dále jen Y) je" -> "X",
    "Općina Medulin kao" -> "Općina Medulin", "Consiliul Judeţean Giurgiu, în calitate de" -> …"""
    text = _without_as_adjectives(PAREN.sub("", text).strip(" ,").rstrip(" ,("), ctx)
    copulas = sorted(ctx.lex.cues["copula"] + ctx.lex.cues["role_as"], key=len, reverse=True)
    as_words = set(ctx.lex.cues["role_as"])
    taking_part = sorted((w for w in ctx.lex.cues["participation"] if " " not in w), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for c in copulas:
            if text.lower().endswith(" " + c) and not text[-len(c)].isupper():  # "Région Grand Est" keeps "Est"
                text = text[: -len(c) - 1].rstrip(" ,")
                changed = True
                if c in as_words:  # "La Diputación de X participa como": the verb of taking part goes too
                    verb = next((v for v in taking_part if text.endswith(" " + v)), None)
                    text = text[: -len(verb) - 1].rstrip(" ,") if verb else text
    return text


def _without_as_adjectives(text: str, ctx: Context) -> str:
    """Drop an "as" word with the article or adjectives of the role that follows it: "Verein
    Exo200 als österreichischem" (Leadpartner), "X as the Slovak" (lead partner), "X jako
    český" (vedoucí partner). Only lower-case words or country adjectives follow the word."""
    words = sorted(ctx.lex.cues["role_as"], key=len, reverse=True)
    if not words:
        return text
    m = re.search(r"[\s,]+(?:" + "|".join(re.escape(w) for w in words) + r")((?:\s+[^\W\d_]+){1,3})$", text)
    if not m or not all(w.islower() or gazetteer.find(w, ctx.lex, adjectives=True) for w in m.group(1).split()):
        return text
    return text[:m.start()].rstrip(" ,")


def _clause_start(text: str, ctx: Context, articles: bool = False) -> int:
    """Start of the clause that ends at the end of text; with articles, a conjunct may open
    with an article (only for a role in apposition to the last of several names: "A, B ed il
    C, nella veste di capofila", where a verb after "A und der B" would take both)."""
    # a comma before a legal form is inside the name: "Povodí Moravy, s.p. je vedoucím partnerem"
    commas = [m.start() for m in re.finditer(r", ", text)
              if not any(LEGAL_FORM.match(" ".join(text[m.end():].split(" ")[:k]).rstrip(" ,")) for k in (1, 2))]
    cut = max(max(commas, default=-1), text.rfind("; "), text.rfind(" - "), text.rfind(" – "))
    stop = nlp.stop_words(ctx.lang)
    for conj in ctx.lex.cues["conjunctions"]:
        k = text.rfind(f" {conj} ")
        after = text[k + len(conj) + 2:]
        # an article may open the next conjunct when a name follows it to the end: "A ed il
        # Parco Nazionale della Majella", "A and the University of Turin"
        article = re.match(r"([^\W\d]{1,3})(?:\s|(?<=['’]))", after)
        if articles and article and article.group(1).islower() and article.group(1) in stop and all(
                w[:1].isupper() or w.lower() in stop for w in after[article.end():].split()):
            after = after[article.end():]
        if k > cut and after[:1].isupper():
            cut = k + len(conj)
    return cut + 2 if cut >= 0 else 0


PROJECT_KEYS = {"project_before", "project_after", "programme"}


def subject_before(ctx: Context, from_: int, end: int) -> tuple[str, int]:
    """The organisation that is the subject of a role cue at `end`, in the clause that ends
    there, and its offset: "Općina Medulin nositelj je", "X, designated as lead",
    "statutární město Karviná je partnerem"; ("", -1) when the clause holds no name."""
    before = ctx.doc.text[from_:end]
    tail = before[before.rfind(": ") + 2:]
    if ": " in before and not re.search(r"[.!?][“”\"»]?\s", tail):  # "Echipa … este reprezentată de: X": a label's value
        from_, before = from_ + before.rfind(": ") + 2, tail
    # remove parentheticals first so that "(dále jen RRA ÚK)" does not cut the clause
    clean_before = strip_tail(PAREN.sub("", before), ctx)
    relative = _relative_opening(clean_before, ctx)
    clean_before = relative or clean_before
    as_word = any(before.rstrip(" ,(").lower().endswith(" " + w) for w in ctx.lex.cues["role_as"])
    clause = clean_before[_clause_start(clean_before.rstrip(), ctx, as_word):]
    if relative:  # the relative clause hangs on the name that ends this one: "… s X, který je"
        joins = [c.end for c in nlp.cues(clause, ctx.lang, {"partnership_with", "together_with"})]
        clause = clause[max(joins):].lstrip() if joins else trailing_name(clause, ctx) or clause
    governed = with_as_subject(clause, ctx) if as_word else None
    if governed:  # "med hollandske NOFA som ledende partner": the name "with" governs
        clause = governed
    if as_word and re.fullmatch(r"[^\W\d]+", clause.strip()) and clause.strip().islower():
        clean_before = clean_before[:len(clean_before) - len(clause)].rstrip(" ,")
        clause = clean_before[_clause_start(clean_before.rstrip(), ctx):]  # "X, designated as lead"
    subject = strip_tail(clause, ctx).lstrip(",„\"“' ").rstrip(" -–—")  # "X (PT) - lead partner"
    if as_word:
        subject = name_before_as(subject, ctx)
    stop = nlp.stop_words(ctx.lang)
    while subject.split() and subject.split()[-1].lower() in stop and not subject.split()[-1][:1].isupper():
        subject = subject[: subject.rfind(" ")].rstrip(" ,") if " " in subject else ""
    while subject.split()[:1] and subject.split()[0].lower() in stop and not typed_len(subject, ctx):
        subject = subject.split(" ", 1)[1] if " " in subject else ""  # "il Comune sloveno di Sezana"
    if len(subject.split()) == 1 and before.rstrip().endswith(subject):
        subject = ""  # "Zástupca vedúceho partnera", "Hlavním koordinátorem": part of the phrase
    if (not subject[:1].isupper() and not typed_len(subject, ctx)) or not 1 <= len(subject.split()) <= 12:
        # "Il progetto promosso dall’Associazione X (capofila)", "… i to Občina Semič u ulozi Vodećeg partnera"
        subject = trailing_name(strip_tail(clause, ctx), ctx) if clause.strip() else ""
    subject = _after_copula(subject, ctx)
    at = before.rfind(subject) if subject else -1
    # a subject read from the text without its brackets may not be in the text as written
    return (subject, from_ + at) if at >= 0 else ("", -1)


# the words that open a clause before its subject: the clause's verb or the project it names
_OPENERS = {"actor_verbs", "implemented", "project_before", "project_after", "copula", "lead_verbs"}


def name_before_as(subject: str, ctx: Context) -> str:
    """The name that ends a clause read up to an "as" word, where the clause's verb or its
    project comes first and the subject after them ("realizuje obec X ako vedúci partner",
    "projekat Centra Y kao vodećeg partnera"): the capitalised or type word right after the
    last such word, when its name runs to the clause's end; else the clause as read."""
    for cue in sorted(nlp.cues(subject, ctx.lang, _OPENERS), key=lambda c: -c.end):
        rest = subject[cue.end:].lstrip()
        if not rest or subject[cue.start:cue.end].lower() != subject[cue.start:cue.end]:
            continue  # a capitalised cue may open the name itself ("Projekt Vital")
        if (rest.lstrip("„“\"'")[:1].isupper() or typed_len(rest, ctx)) and name_span(rest, ctx) == (0, len(rest)):
            return rest
        break
    return subject


def _after_copula(subject: str, ctx: Context) -> str:
    """The name after a copula inside the subject: "Partnerem je Město Jeseník" (, které projekt
    vede), "Beteiligt ist die Stadt Passau" (, die auch Lead Partner ist): the clause's
    predicate comes first and the organisation after its lower-case copula."""
    words = {c for c in ctx.lex.cues["copula"] if " " not in c}
    taking_part = {c for c in ctx.lex.cues["participation"] if " " not in c}
    stop = nlp.stop_words(ctx.lang)
    cut = None
    for m in re.finditer(r"(?<!\S)([^\W\d_]+)\s+", subject):
        if m.group(1) in words and m.start(1) > 0 or m.group(1).lower() in taking_part:
            cut = m.end()  # "Partecipano il Comune di X, che è anche capofila": the verb of taking part too
    if cut is None:
        return subject
    rest = subject[cut:]
    # "Partners are A and the B, which is also the lead partner": the relative clause hangs on the last one
    rest = rest[_clause_start(rest, ctx, True):].lstrip(" ,")
    while rest.split()[:1] and rest.split()[0] in stop and not typed_len(rest, ctx):
        rest = rest.split(" ", 1)[1] if " " in rest else ""  # "ist die Stadt Passau": the article goes
    return rest if rest[:1].isupper() or typed_len(rest, ctx) else subject


def _relative_opening(before: str, ctx: Context) -> str | None:
    """The role is said in a relative clause after its organisation: "… s Powiatem
    Prudnickim, který je také vedoucím partnerem", "… with the County of Alba, which is also
    the lead partner", "… con il Comune di X, che è anche capofila". The clause's pronoun
    and its few lower-case words (copula, "also") go, leaving the name before the comma;
    None when no relative clause ends the text."""
    rels = "|".join(re.escape(r) for r in sorted(ctx.lex.cues["relative_pronouns"], key=len, reverse=True))
    m = re.search(rf",\s*(?:{rels})((?:\s+[^\W\d_]+){{0,3}})\s*$", before) if rels else None
    if m and all(w.islower() for w in m.group(1).split()):
        return before[:m.start()].rstrip()
    return None


def name_only(text: str, ctx: Context) -> str:
    """The name that opens text, up to the first lower-case word that is not a joiner (after an
    opening type word): "Palatul Copiilor Craiova a participat" -> "Palatul Copiilor Craiova",
    "statutární město Karviná" stays."""
    stop = nlp.stop_words(ctx.lang)
    typed = typed_len(text, ctx)
    words = list(re.finditer(r"\S+", text))
    keep = 0
    for m in words:
        w = m.group(0).lstrip("„“\"'(«")
        if m.start() >= typed and w[:1].islower() and w.lower().strip(",.;:") not in stop:
            break
        keep += 1
    while keep and words[keep - 1].group(0).islower() and words[keep - 1].group(0) in stop\
            and words[keep - 1].start() >= typed:
        keep -= 1
    return text[:words[keep - 1].end()].rstrip(" ,;:") if keep else ""


def before_verb(name: str, ctx: Context) -> str:
    """A subject read up to its role cue, cut where a verb follows its name: a lower-case word
    right after a capitalised word that is not the name's first, with no joiner between and
    no organisation-type word after it ("La Diputación de Huesca acude a esta cita" ->
    "La Diputación de Huesca"; "Zavod RS za varstvo narave", "Vilniaus Gedimino technikos
    universitetas" stay)."""
    stop = nlp.stop_words(ctx.lang)
    words = list(re.finditer(r"\S+", name))
    first = next((k for k, m in enumerate(words) if m.group(0)[:1].isupper()), len(words))
    for k in range(first + 2, len(words)):
        w, prev = words[k].group(0), words[k - 1].group(0)
        if w[:1].islower() and w.lower().strip(",.;:") not in stop and prev[:1].isupper() and not ELISION.match(w)\
                and not prev.endswith((",", ";", ":")) and not has_org_word(name[words[k].start():]):
            return name[:words[k - 1].end()]
    return name


def predicate_subjects(ctx: Context, i: int, sent) -> list[Partner]:
    """The subject of a partner role said after a copula or "as": "statutární město Karviná
    je partnerem projektu", "Școala X este beneficiara unui proiect", "X, mint Kedvezményezett",
    "The City of Y is a partner". A lead cue that holds the role word is read elsewhere."""
    out = []
    text = ctx.doc.text
    leads = ctx.cues(i, LEAD_KEYS)
    links = sorted(ctx.lex.cues["copula"] + ctx.lex.cues["role_as"], key=len, reverse=True)
    stop = nlp.stop_words(ctx.lang)
    for cue in ctx.cues(i, {"partner_predicate"}):
        if not sent.start <= cue.start < sent.end or any(l.start <= cue.start < l.end for l in leads):
            continue
        before = text[sent.start:cue.start].rstrip()
        for _ in range(2):  # articles between the copula and the role: "is a partner", "ist ein Partner"
            last = before.split()[-1:] or [""]
            if last[0].lower() in stop and not any(before.lower().endswith(" " + c) for c in links):
                before = before[:before.rfind(" ")].rstrip() if " " in before else ""
        link = next((c for c in links if before.lower().endswith(" " + c)), None)
        if not link:
            continue
        subject, start = subject_before(ctx, sent.start, sent.start + len(before) - len(link))
        subject = name_only(subject, ctx)
        if not subject or not (proper(subject) or typed_len(subject, ctx)) or start < sent.start:
            continue
        found = enumerated(ctx, start, start + len(subject), PARTNER)\
            if any(f" {c} " in subject for c in ctx.lex.cues["conjunctions"]) else []
        if not found and (p := parse_item(subject, start, ctx, PARTNER)):
            found = [p]
        found = [p for p in found if proper(p.name) or typed_len(p.name, ctx)]  # "Das Projekt ist Partner"
        out.extend(found if not people(found, ctx) else [])
    return out


def together_with(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations named after "together with" beside a named subject or at the opening of a
    sentence: "Agenţia X împreună cu A, B şi C organizează …", "Samen met A, B en C werken ze
    aan …", "participa como coordinador, junto con el instituto X". The subject, when it is a
    name, works on the project too; "gemeinsam mit den Projektpartnern A, B" is read as well."""
    out = []
    text = ctx.doc.text
    talk = {"partners", "partner_nouns", "participation"} | LEAD_KEYS
    stop = nlp.stop_words(ctx.lang)
    for cue in ctx.cues(i, {"together_with"}):
        if not sent.start <= cue.start < sent.end:
            continue
        head = text[sent.start:cue.start]
        subject, at = subject_before(ctx, sent.start, cue.start)
        raw = subject if subject and ":" not in subject else ""
        subject = name_only(subject, ctx) if raw else ""
        if raw and not proper(subject):
            subject = type_word_inside(raw) or subject  # "Srednja škola Vela Luka od 9. mjeseca …"
        opens = all(w.lower() in stop for w in head.split())
        apposition = head.rstrip().endswith(",") and any(c.start < cue.start for c in ctx.cues(i, talk)
                                                         if sent.start <= c.start)
        # "X, гр. Y, заедно с A и B от Испарта, Турция, … спечели проект": the project or a verb of
        # carrying it out after the list says the companions work on it, whatever the subject's shape
        projected = any(c.start > cue.end for c in ctx.cues(i, PROJECT_KEYS | {"actor_verbs"}) if c.start < sent.end)
        # "mikroprojekty, které se realizovaly … společně s polskou Gminou X a Městem Y": typed bodies only
        typed_only = not projected and any(sent.start <= c.start < cue.start for c in ctx.cues(i, PROJECT_KEYS))
        projected = projected or typed_only
        if not (subject and proper(subject)) and not opens and not apposition and not projected:
            continue  # "Gorico, ki skupaj z Novo Gorico nosi naslov …", "together with his family"
        start = cue.end + len(text[cue.end:sent.end]) - len(text[cue.end:sent.end].lstrip())
        nouns = [c for c in ctx.cues(i, {"partners", "partner_nouns"}) if start <= c.start
                 and all(w.lower() in stop for w in text[start:c.start].split())]
        if nouns:  # "gemeinsam mit den Projekt Partnern A, B und C"
            start = nouns[0].end + len(text[nouns[0].end:sent.end]) - len(text[nouns[0].end:sent.end].lstrip())
        end = list_end(ctx, start, sentence_end(ctx, i, sent))
        lone = companion(ctx, start, end)  # "spoločne s poľskou obcou Istebna začala …": one name, then its verb
        adjective = re.match(rf"([{LOWER}]\w+)\s+(?=[{UPPER}])", text[start:end])
        hits = gazetteer.find(adjective.group(1), ctx.lex, adjectives=True) if adjective and not lone else []
        if len(hits) == 1 and hits[0].kind == "adjective":  # "s polskou Gminou X a Městem Y": the adjective is the country
            start += adjective.end()
        found = [lone] if lone else enumerated(ctx, start, end, PARTNER, running=True)
        if found and len(hits) == 1 and hits[0].kind == "adjective" and not found[0].country:
            found[0].country = hits[0].cc
        if found and not lone:  # "… en ZLTO werken ze aan": the verb after the last name is not part of it
            found[-1].name = name_only(found[-1].name, ctx)
        found = [p for p in found if p.name]
        if projected and not (subject and proper(subject)) and not opens and not apposition\
                and not all(_typed_body(p.name, ctx) for p in found):
            continue  # no subject to lean on: each companion must say it is an organisation ("… z Novo Gorico nosi")
        if lone:  # one name in a case form ("obcou Istebna"): its type word makes it an organisation
            out.extend(found)
            if subject and proper(subject) and (p := parse_item(subject, at, ctx, PARTNER)):
                p.name, code = country_code_tail(p.name, ctx.lang)
                p.end, p.country = p.start + len(p.name), p.country or code
                out.append(p)
            continue
        # "X together with its partners from …": X works on the project with partners
        theirs = [c for c in ctx.cues(i, {"partners", "partner_nouns"}) if start <= c.start
                  and len(text[start:c.start].split()) <= 2 and text[start:c.start].islower()]
        own = subject and proper(subject) and has_org_word(subject) and bool(nouns or theirs)
        if not own and (not found or people(found, ctx)
                        or sum(proper(p.name) or bool(typed_len(p.name, ctx)) for p in found) < len(found) / 2):
            continue
        if own and (not found or people(found, ctx)):
            found = []  # "Srednja škola X … zajedno sa svojim partnerima iz Italije …": the subject takes part
        if subject and proper(subject) and (p := parse_item(subject, at, ctx, PARTNER)):
            p.name, code = country_code_tail(p.name, ctx.lang)
            p.end, p.country = p.start + len(p.name), p.country or code
            found.insert(0, p)
        out.extend(found)
    return out


def _typed_body(name: str, ctx: Context) -> bool:
    """A name that says it is an organisation: a type word in it, or an inflected type word opening it
    ("Gminou Marciszów"), and no lower-case word but joiners ("Kreis X eingereichte Projekt" is a clause)."""
    words = name.split()
    stop = nlp.stop_words(ctx.lang)
    typed = has_org_word(name) or len(words) > 1 and inflected_type(words[0], words[1], ctx.lang)
    return typed and not any(w[:1].islower() and w.lower() not in stop for w in words[1:])


def type_word_inside(text: str) -> str:
    """The name that opens text when a lower-case type word stands inside it, between capitalised
    words ("Srednja škola Vela Luka od 9. mjeseca" -> "Srednja škola Vela Luka"): capitalised
    words and type words up to the first other word; "" unless two capitals and a type word."""
    keep = []
    for w in text.split():
        if not (w[:1].isupper() or has_org_word(w)) or re.search(r"[,;:.]$", w) and not w[:1].isupper():
            break
        keep.append(w)
        if re.search(r"[,;:.]$", w):
            break
    name = " ".join(keep).rstrip(",;:.")
    return name if sum(w[:1].isupper() for w in keep) >= 2 and has_org_word(name) and text.startswith(name) else ""


def _two_words(name: str) -> bool:
    """Two title-case words and nothing else: a person's name when no organisation word is in it."""
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    return bool(re.fullmatch(rf"{word} {word}", name))


def grant_receivers(ctx: Context, i: int, sent) -> list[Partner]:
    """The beneficiaries of a grant stated with an amount or a grant word in the sentence:
    the names right after a verb of receiving ("Für das Projekt erhalten die Stadt X und der
    Y 700.000 Euro", "Dotaci získali A a B"), or its subject ("Gmina X otrzymała
    dofinansowanie", "X received a grant of EUR 50,000"). Funders and the project are not."""
    text = ctx.doc.text
    said = text[sent.start:sent.end]
    verbs = ctx.cues(i, {"grant_received"})
    # a grant word other than the verb itself ("erhalten" is a budget cue in German too)
    if not find_money(said, ctx.lex) and not any(sent.start <= c.start < sent.end and not any(v.start == c.start for v in verbs)
                                                 for c in ctx.cues(i, {"budget_eu"})):
        return []
    out = []
    for cue in verbs:
        if not sent.start <= cue.start < sent.end:
            continue
        found = []
        rest = text[cue.end:sent.end]
        skip = len(rest) - len(rest.lstrip())
        skip += leading_noise(rest[skip:], ctx)
        if rest[skip:][:1].isupper() or rest[skip:][:1] in "„\"" or typed_len(rest[skip:], ctx):
            start = cue.end + skip
            end = list_end(ctx, start, sentence_end(ctx, i, sent))
            digit = re.search(r"\s(?:\S{1,4}\s)?\d", text[start:end])  # "… Niederschlesien 700.000 Euro", "… rund 700.000"
            end = start + digit.start() if digit else end
            found = enumerated(ctx, start, end, PARTNER, running=True)
            if found:
                found[-1].name = name_only(found[-1].name, ctx)
        else:
            subject, at = subject_before(ctx, sent.start, cue.start)
            digit = re.search(r"\s(?:\S{1,4}\s)?\d", subject)  # "… Niederschlesien rund 700.000 Euro erhalten"
            subject = name_only(subject[:digit.start()] if digit else subject, ctx) if subject else ""
            subject, at = _joined_subject(ctx, sent.start, subject, at)  # "ZŠ a MŠ X získala", not "MŠ X"
            if subject and not any(c.start == at or c.end == at + len(subject) for c in ctx.cues(i, PROJECT_KEYS))\
                    and "," not in ctx.doc.text[at + len(subject):cue.start]:  # "Y, starosta obce X, získal": Y did
                found = [p for p in _subject_items(ctx, subject, at) if not person(p, ctx) and not (
                    _two_words(p.name) and not has_org_word(p.name) and not typed_len(p.name, ctx))]  # "Petr Svoboda získal grant"
        found = [p for p in found if p.name and (proper(p.name) or typed_len(p.name, ctx)) and not funding_body(p.name, ctx)
                 and not nlp.cues(p.name, ctx.lang, PROJECT_KEYS)]
        if found and not people(found, ctx):
            out.extend(found)
    return out



# what a verb of obtaining or carrying out takes: the project, its funding, an application, a programme
_ACTOR_OBJECTS = {"project_before", "project_after", "actor_objects", "budget_eu", "implementation", "programme_names"}


def _actor_object(ctx: Context, i: int, sent, verb) -> int | None:
    """Where the object of a verb of obtaining or carrying out starts: right after the verb
    ("zrealizovalo projekt", "a obtenu un financement", "získala grant") or right before it in
    verb-final order ("pályázati támogatásban részesültek", "Fördermittel erhalten"); a few
    small words or a time phrase may stand between ("v letech 2013–2014"); None when there is none."""
    text = ctx.doc.text
    for o in ctx.cues(i, _ACTOR_OBJECTS):
        if not sent.start <= o.start < sent.end or o.start < verb.end and o.end > verb.start:
            continue
        gap = text[verb.end:o.start] if o.start >= verb.end else text[o.end:verb.start]
        if "," not in gap and len(gap.split()) <= (4 if o.start >= verb.end else 1):
            return o.start
    return None


def _joined_subject(ctx: Context, start: int, subject: str, at: int) -> tuple[str, int]:
    """A subject that a conjunction joins to a name before it, from the clause's opening:
    "ZŠ a MŠ Dělnická", "Gmina A oraz miasto B" (the clause reader stops at the conjunction)."""
    if not subject or at < start:
        return subject, at
    head = ctx.doc.text[start:at]
    for conj in ctx.lex.cues["conjunctions"]:
        if head.endswith(f" {conj} "):
            first = head[:-len(conj) - 2]
            first = first[max(first.rfind(", "), first.rfind("; "), first.rfind(": ")) + 1:].lstrip(" ,;:")
            if first and (first[:1].isupper() or typed_len(first, ctx)) and name_only(first, ctx) == first\
                    and len(first.split()) <= 8:
                opens = at - len(conj) - 2 - len(first)
                return ctx.doc.text[opens:at + len(subject)], opens
    return subject, at


def _subject_items(ctx: Context, subject: str, at: int) -> list[Partner]:
    """The partners a subject names: each of "Gmina A oraz miasto B", but one for "ZŠ a MŠ
    Dělnická", where a piece of one word is a type shared by the name after it."""
    found = enumerated(ctx, at, at + len(subject), PARTNER)\
        if any(f" {c} " in subject for c in ctx.lex.cues["conjunctions"]) else []
    if len(found) < 2 or any(len(p.name.split()) < 2 and not proper(p.name) or len(p.name.split()) < 2 and has_org_word(p.name)
                             for p in found) or sum(w[:1].isupper() for w in subject.split()) == 1 and has_org_word(subject):
        # "Slovenská inovačná a energetická agentúra": one type word at the end names the whole
        found = [p for p in [parse_item(subject, at, ctx, PARTNER)] if p]
    return found


def _name_after_verb(ctx: Context, i: int, sent, verb, obj: int) -> tuple[str, int]:
    """The subject after its verb when the object opens the sentence ("Projekt realizuje obec
    X", "Dofinansowanie otrzymała Gmina X", "Für das Projekt erhielt die Stadt X"): only small
    words before the object, an article at most between the verb and the name."""
    text = ctx.doc.text
    stop = nlp.stop_words(ctx.lang)
    if not all(w.lower() in stop for w in text[sent.start:obj].split()):
        return "", -1
    objects = [c.start for c in ctx.cues(i, _ACTOR_OBJECTS) if verb.end <= c.start < sent.end]
    rest = text[verb.end:min(objects + [sent.end])]  # "… die Stadt X eine Förderung": the object ends the name
    a, b = name_span(rest, ctx)
    if b <= a or len(rest[:a].split()) > 1:
        return "", -1
    name = _to_type_word(rest, a, name_only(rest[a:b], ctx))
    while name.split() and name.split()[-1].lower() in stop:
        name = name[:name.rfind(" ")].rstrip() if " " in name else ""
    return (name, verb.end + a) if name else ("", -1)


def project_actors(ctx: Context, i: int, sent) -> list[Partner]:
    """The organisations named as the subject of a verb of obtaining, carrying out, applying for
    or starting the project or its funding: "Město X v letech 2013–2014 zrealizovalo projekt",
    "Gmina X otrzymała dofinansowanie", "X és Y Önkormányzata támogatásban részesültek",
    "Le lycée X a candidaté … auprès d'Erasmus". A beneficiary is a partner (GUIDELINES); the
    subject must carry an organisation word (a municipality, school, association, legal form), so
    a person, the project itself and a funder or programme are left out."""
    text = ctx.doc.text
    out: list[Partner] = []
    for verb in ctx.cues(i, {"actor_verbs"}):
        if not sent.start <= verb.start < sent.end:
            continue
        obj = _actor_object(ctx, i, sent, verb)
        if obj is None:
            subject, at = _name_after_relative(ctx, i, sent, verb)
            found = [p for p in _subject_items(ctx, subject, at) if _organisation_name(p.name, ctx)] if subject else []
            out.extend(found if not people(found, ctx) else [])
            continue
        end = min(verb.start, obj) if obj < verb.start else verb.start
        subject, at = subject_before(ctx, sent.start, end)
        subject = name_only(subject, ctx) if subject else ""
        # a date between the name and its verb is no part of the name: "X Önkormányzata 2017.
        # december 27. napján támogatási kérelmet nyújtott be"
        subject = re.split(r"\s+(?=(?:19|20)\d\d(?!\w))", subject, maxsplit=1)[0] if subject else ""
        subject, at = _joined_subject(ctx, sent.start, subject, at)
        if not subject and obj < verb.start:
            subject, at = _name_after_verb(ctx, i, sent, verb, obj)
            end = at
        gap = text[at + len(subject):end] if subject else ""
        if not subject or at < sent.start or len(gap.split()) > 4 or "," in gap:
            continue  # the name stands close to its verb ("Obec X v roce 2019 získala"), not in apposition ("Y, starosta obce X, získal")
        if any(c.start == at or c.end == at + len(subject) for c in ctx.cues(i, PROJECT_KEYS)):
            continue  # "Projekt X realizuje …": the project is not its own beneficiary
        found = _subject_items(ctx, subject, at)
        found = [p for p in found if _organisation_name(p.name, ctx)]
        if found and not people(found, ctx):
            out.extend(found)
    return out


def _organisation_name(name: str, ctx: Context) -> bool:
    """A name with an organisation or type word that is no funder, programme or project."""
    words = name.split()
    # "Slovenská inovačná a energetická agentúra": a capital, then lower-case words up to the type word
    slavic = len(words) >= 3 and words[0][:1].isupper() and words[0].lower() not in nlp.stop_words(ctx.lang)\
        and has_org_word(words[-1])
    return (has_org_word(name) or bool(typed_len(name, ctx))) and (proper(name) or bool(typed_len(name, ctx)) or slavic)\
        and not funding_body(name, ctx) and not nlp.cues(name, ctx.lang, PROJECT_KEYS)


def _name_after_relative(ctx: Context, i: int, sent, verb) -> tuple[str, int]:
    """The subject after a verb of taking part or carrying out in a relative clause on the project:
    "projektu ClusterFY, na ktorom participuje Slovenská inovačná a energetická agentúra", "the
    project X, in which the University of Y takes part": the project noun, its name at most, the
    relative word ("na ktorom", "in which"), a short time phrase, the verb, then the name."""
    text = ctx.doc.text
    rel = [r for r in ctx.cues(i, {"relative_in"}) if sent.start <= r.start and r.end <= verb.start
           and "," not in text[r.end:verb.start] and len(text[r.end:verb.start].split()) <= 12]
    if not rel or not any(p.end <= rel[-1].start and len(text[p.end:rel[-1].start].split()) <= 3
                          for p in ctx.cues(i, {"project_before", "project_after"}) if sent.start <= p.start):
        return "", -1
    if not text[:rel[-1].start].rstrip().endswith(","):
        return "", -1  # "…, na ktorom": a clause of its own, not "v ktorom roku"
    between = text[rel[-1].end:verb.start]
    a, b = name_span(between, ctx)
    if b > a and not between[b:].strip() and len(between[:a].split()) <= 1:
        return between[a:b], rel[-1].end + a  # "in which the University of X takes part" (subject first)
    if len(between.split()) > 3:
        return "", -1
    rest = text[verb.end:sent.end]
    a, b = name_span(rest, ctx)
    if b <= a or len(rest[:a].split()) > 1:
        return "", -1
    name = _to_type_word(rest, a, name_only(rest[a:b], ctx))
    return (name, verb.end + a) if name else ("", -1)


def _to_type_word(rest: str, a: int, name: str) -> str:
    """A name that opens with a capital and ends with its type word after lower-case words, as
    Slavic languages write them ("Slovenská inovačná a energetická agentúra"), read to that word
    within its clause (seven words at most); else the name as read."""
    words = re.match(r"[^,;:()\n]*", rest[a:]).group(0).split()[:7]
    last = max((k for k, w in enumerate(words) if has_org_word(w)), default=-1)
    if last <= 0 or len(name.split()) > last + 1:
        return name
    while last + 1 < len(words) and words[last + 1][:1].isupper():
        last += 1  # "Osnovna škola Ivana Gorana Kovačića": capitalised words after the type word go on
    name = " ".join(words[:last + 1]).rstrip(".")
    acronym = re.match(rf"\s*\([{UPPER}][{UPPER}0-9&-]{{1,9}}\)", rest[a + len(name):]) if rest[a:].startswith(name) else None
    return name + acronym.group(0) if acronym else name  # "… agentúra (SIEA)"


def trailing_name(text: str, ctx: Context) -> str:
    """The name that ends text: capitalised words, with short lower-case joiners between
    them ("Comune di Sesana") and an elided article before them ("dall’Associazione")."""
    stop = nlp.stop_words(ctx.lang)
    words = text.rstrip(" ,").split(" ")
    keep = []
    for w in reversed(words):
        m = ELISION.match(w)
        core = w[m.end():] if m else w
        if core.strip("„“\"'(")[:1].isupper():
            keep.insert(0, core)
            if m:
                break
        elif keep and core.lower() in stop and len(core) <= 4 and not core.endswith(","):
            keep.insert(0, core)
        else:
            break
    while keep and not keep[0][:1].isupper():
        keep.pop(0)
    return " ".join(keep) if len(keep) >= 2 else ""  # one capitalised word is as often a project's name


def agent_with_partners(ctx: Context, i: int, sent) -> list[Partner]:
    """The organisation a project is carried out by, named between the word of the agent and a
    phrase of partnership: "The project is implemented by the City of Graz together with …",
    "Projekt realizowany jest przez Powiat Nowotarski we współpracy z …", "realizzato dal
    Comune di Udine in collaborazione con …", "Das Projekt wird von der Stadt Görlitz gemeinsam
    mit … umgesetzt". The sentence speaks of the project and of carrying it out (the
    [implemented] verbs), the project last named before the agent (a programme's authority
    is no partner); the name fills the whole gap, so that "funded by the EU under …" or a
    date ("by 2020") is no partner. Those after the phrase are read by the phrase's rules."""
    text = ctx.doc.text
    inside = lambda c: sent.start <= c.start < sent.end
    agents = sorted(ctx.lex.cues.get("agent_by", []), key=len, reverse=True)
    projects = [c for c in ctx.cues(i, PROJECT_KEYS) if inside(c)]
    if not agents or not projects or not any(inside(c) for c in ctx.cues(i, {"implemented"})):
        return []
    by = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(re.escape(a) for a in agents) + r")(?:\s+|(?<=['’]))(?=\S)", re.I)
    out: list[Partner] = []
    for cue in ctx.cues(i, {"partnership_with", "together_with"}):
        if not inside(cue) or not any(c.end <= cue.start for c in projects):
            continue
        before = text[sent.start:cue.start]
        hits = [m for m in by.finditer(before) if any(c.end <= sent.start + m.start() for c in projects)]
        said = [c for c in projects if hits and c.end <= sent.start + hits[-1].start()]
        if not hits or said[-1].key == "programme":
            continue  # "The Programme is implemented by the Ministry X in cooperation with …": its authority
        at = sent.start + hits[-1].end()
        name = text[at:cue.start].rstrip(" ,")
        skip = leading_noise(name, ctx)
        name, at = name[skip:], at + skip
        if not name or len(name.split()) > 10 or not (proper(name) or typed_len(name, ctx))\
                or funding_body(name, ctx) or nlp.cues(name, ctx.lang, PROJECT_KEYS) or any(c.isdigit() for c in name):
            continue
        p = parse_item(name, at, ctx, PARTNER)
        if p and not people([p], ctx):
            out.append(p)
    return out
