"""Running-text rules for partners listed or named after a partner or lead cue."""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors import names, partner_lists
from pipeline.extractors.context import Context
from pipeline.textnorm import LOWER, UPPER, fold
from pipeline.extractors.partner_record import ELISION, LEAD, LEAD_KEYS, PARTNER, Partner
from pipeline.extractors.partner_clean import final_nominatives, inflected_type
from pipeline.extractors.partner_countries import adjective_country, bare_place, place
from pipeline.extractors.partner_names import (
    has_org_word, leading_noise, name_span, organisation, people, proper, typed_after, typed_len,
)
from pipeline.extractors.partner_items import enumerated, list_end, parse_item, sentence_end


def prose_lists(ctx: Context, i: int, sent) -> list[Partner]:
    """Partners enumerated in running text after a partner cue: "in collaborazione con
    il A, l’B", "partneri na projektu su A, B te C", "dok su partneri na slovenskoj
    strani A, B i C", "De Nederlandse partners A, B en C", "tagjai a A, a B"."""
    out = []
    text = ctx.doc.text
    leads = ctx.cues(i, LEAD_KEYS)
    # a partner noun inside a role ("u ulozi Vodećeg partnera") belongs to an item, not to a new list
    cues = [c for c in ctx.cues(i, {"partners", "partner_nouns", "partnership_with", "participation"})
            if sent.start <= c.start < sent.end
            and not any(l.start <= c.start < l.end and l.end - l.start > c.end - c.start for l in leads)]
    # a role that opens its sentence lists as a partner noun does: "Partnerem projektu je X"
    cues += [c for c in ctx.cues(i, {"partner_predicate"}) if sent.start <= c.start < sent.end
             and not any(l.start <= c.start < l.end for l in leads) and not any(c.start <= k.start < c.end for k in cues)
             and all(w.lower() in nlp.stop_words(ctx.lang) for w in text[sent.start:c.start].split())]
    # "… participants à travers la France, dont la Région …", "Partner, darunter A und B": a listing cue after a partner cue
    # a verb of taking part does not open one: what it lists after "among them" are who came
    # ("au participat oficialități …, printre care X"), not the partners
    noun_end = min((c.end for c in cues if c.key in ("partners", "partner_nouns")), default=None)
    listing = [nlp.CueMatch("partnership_with", c.start, c.end, c.text) for c in ctx.cues(i, {"member_list"})
               if noun_end is not None and noun_end <= c.start < sent.end]
    cues += listing
    cues.sort(key=lambda c: (c.start, c.start - c.end))  # the longer of two cues at one place: "il partenariato di" over "partenariato"
    copulas = set(ctx.lex.cues["copula"]) | set(ctx.lex.cues["copula_we"])  # "partnerji projekta smo A, B in C"
    stop = nlp.stop_words(ctx.lang)
    for n, cue in enumerate(cues):
        if n and cue.start < cues[n - 1].end:
            continue
        words = list(re.finditer(r"\S+", text[cue.end:sent.end]))
        before = text[sent.start:cue.start].split()
        # a partnership phrase, or a copula just before the cue ("dok su partneri …"), opens a list
        k, ok = 0, cue.key == "partnership_with" or any(w.lower() in copulas for w in before[-2:])
        # a verb of taking part opens a list of its subjects: "Al progetto partecipano A, B e C"
        verb = cue.key == "participation"
        if verb and _about_countries(ctx, i, cue):
            continue  # "účastnické země jsou ČR, Irsko a Itálie", "les pays participants : …"
        ok = ok or verb
        apposition = not ok and cue.key == "partner_nouns"  # "De Nederlandse partners A, B en C"
        # up to four lower-case words ("na projektu"), then a copula or colon
        while k < len(words) and k <= 4:
            w = words[k].group(0)
            if cue.key == "partnership_with" and k + 1 < len(words) and inflected_type(w, words[k + 1].group(0), ctx.lang):
                break  # "ve spolupráci s obcí Hať": the type word opens the name
            said = text[cue.end:cue.end + words[k].end()].lower()
            if w.endswith(":") or any(said.endswith(" " + c) for c in copulas):  # "consists of" too
                k = _copula_run_end(text, cue.end, words, k, copulas) if not w.endswith(":") else k
                ok, apposition, verb, k = True, False, False, k + 1
                break
            # a place qualifies the cue: "the local consortium of Gdynia consists of …"
            if not (w[:1].islower() or k and place(w, ctx)) or w.endswith((",", ".", ";")) or ELISION.match(w):
                break  # "regroupe l’Université …": an elided article opens the name
            k += 1
        if not ok and not apposition:
            continue
        if apposition:
            k = 0
        skipped = 0
        while k < len(words) and words[k].group(0).lower() in stop and words[k].group(0).islower()\
                and (len(words[k].group(0)) <= 2 and not skipped or not apposition):
            k, skipped = k + 1, skipped + 1  # articles: "tagjai a Hortobágyi …", "con il Javni Zavod …"
        if k >= len(words):
            continue
        first = words[k].group(0)
        core = first[ELISION.match(first).end():] if ELISION.match(first) else first
        typed = typed_len(text[cue.end + words[k].start():sent.end], ctx)
        if not core.lstrip("„“\"'")[:1].isupper() and not typed\
                and not (k + 1 < len(words) and inflected_type(first, words[k + 1].group(0), ctx.lang)):
            continue
        start = cue.end + words[k].start()
        # a cue after "as" is the role of the item before it ("Municipalitatea Byala ca beneficiar 2"), not a new list
        nxt = next((c for c in cues[n + 1:] if c.start > start and not any(
            text[start:c.start].rstrip().lower().endswith(" " + w) for w in ctx.lex.cues["role_as"])), None)
        end = nxt.start if nxt else sentence_end(ctx, i, sent)
        if nxt:  # "… Onderzoek der Zee en de Vlaamse partners …": stop before "en de Vlaamse"
            seps = [m.start() for m in re.finditer(rf"[,;/|]|\s(?:{'|'.join(map(re.escape, ctx.lex.cues['conjunctions']))})\s",
                                                     text[start:end])]
            if seps and len(text[start + seps[-1]:end].split()) <= 4:
                end = start + seps[-1]
        end = list_end(ctx, start, end)
        found = enumerated(ctx, start, end, PARTNER, running=True, open_end=nxt is None)
        if apposition:  # names only: no lower-case word but joiners ("… Meeting took place in Vienna")
            found = [p for p in found if all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in stop
                                             for w in p.name.split()) or partner_lists.org_named(p.name, ctx)]
        if apposition and (not found or sum(proper(p.name) for p in found) < len(found) / 2):
            continue  # "Partners Meeting", "Organisationen werden Know-How und Erfahrungen …": nouns, not names
        # a name spread from a plural type word is one body even in one word ("die Städte Sebnitz, …")
        named = [proper(p.name) or "spread" in p.flags for p in found[:1]]
        if verb and (len(found) < 2 or not all(named) or sum(_named(p.name, ctx) or "spread" in p.flags for p in found) < len(found) / 2
                     or any(w.lower() not in stop and w.lower() not in _project_words(ctx)
                            for w in text[cue.end:start].split())
                     or _project_named_after(text[cue.end:start], ctx)):
            continue  # "take part in Vienna", "der beteiligten Städte gut …": a place, an event, a noun
        if people(found, ctx):
            continue  # "se zúčastnili Jana Horká a Petr Malý": people, not organisations
        if not ctx.cues(i, {"places_plural", "municipality_nouns"}):
            found = [p for p in found if not bare_place(p.name, ctx)]  # "cinq autres établissements : Munich en Allemagne"
        # a bracketed country closes the name before the cue, not the list after it
        # ("Община Палилула (Сърбия) в партньорство с …")
        clause = re.sub(r"\([^()]*\)", " ", re.split(r"[,;:]", text[sent.start:cue.start])[-1]).split()
        context = " ".join(clause[-2:]) + " " + text[cue.start:cue.end + words[k].start()]
        code = adjective_country(context, ctx)
        if code is None and cue in listing:  # "participants à travers la France, dont …": the one country said of them all
            code = adjective_country(text[noun_end:cue.start], ctx)
        for p in found:
            p.country = p.country or code
        out.extend(found)
    return out


def _project_words(ctx: Context) -> set[str]:
    """The project's nouns, which may stand between a verb of taking part and its list
    ("partecipano al progetto A, B e C", "an dem Projekt beteiligen sich …")."""
    return {w.lower() for k in ("project_before", "project_after") for c in ctx.lex.cues[k] for w in c.split()}


def _project_named_after(between: str, ctx: Context) -> bool:
    """A project noun right before the list's first name: the name is the project's
    ("participantes en el proyecto COVALEX"), unlike "partecipano al progetto il Comune di X"."""
    words = between.lower().split()
    return bool(words) and words[-1] in _project_words(ctx)


def _named(name: str, ctx: Context) -> bool:
    """A proper name, or a name opened by an organisation-type word in lower case, as
    Romance and Slavic languages write them ("il museo della Marineria di X", "obec Y")."""
    return proper(name) or bool(typed_len(name, ctx)) or has_org_word(name.split()[0])


def _copula_run_end(text: str, base: int, words: list, k: int, copulas: set[str]) -> int:
    """The word that ends a copula begun at word k: a longer copula ("is made up of") or a
    colon a few lower-case words on ("is formed by the following cities:")."""
    end = k
    for j in range(k + 1, min(len(words), k + 6)):
        w = words[j].group(0)
        if not w[:1].islower():
            break
        said = text[base:base + words[j].end()].lower()
        if w.endswith(":") or any(" " in c and said.endswith(" " + c) for c in copulas):
            end = j
            if w.endswith(":"):
                break
        if w.endswith((",", ".", ";", ":")):
            break
    return end


def counted_list(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations counted, then listed after "namely" in the same sentence: "Six opérateurs
    universitaires mèneront … en Belgique, à savoir la KU Leuven, …" The list is read only when
    it names as many organisations as the count, so examples ("such as A") are left alone; a
    single country between the count and the list is theirs."""
    text, out = ctx.doc.text, []
    for cue in ctx.cues(i, {"member_list"}):
        if not sent.start <= cue.start < sent.end:
            continue
        before = text[sent.start:cue.start]
        counts = [n for t in nlp.tokens(before, ctx.lang)
                  if (n := int(t.text) if re.fullmatch(r"[1-9]\d?", t.text) else ctx.lex.number_words.get(t.text.lower()))]
        if len(counts) != 1 or counts[0] < 2:
            continue
        found = enumerated(ctx, cue.end, list_end(ctx, cue.end, sentence_end(ctx, i, sent)), PARTNER, running=True)
        if len(found) != counts[0] or sum(proper(p.name) for p in found) <= len(found) / 2 or people(found, ctx):
            continue
        codes = {h.cc for h in gazetteer.countries_in(before, ctx.lex)}
        code = codes.pop() if len(codes) == 1 else None
        for p in found:
            p.country = p.country or code
        out.extend(found)
    return out


def counted_items(ctx: Context, i: int, sent) -> list[Partner]:
    """Organisations counted, then listed right after a comma or colon: "un partenariat composé
    de cinq clusters, A en Catalogne, B à Valence, C et D au Portugal et E en France",
    "sodelujejo trije partnerji: A, B in C", or in brackets after the counted noun ("5 universities
    of the EU (A in Spain, B in Poland, …)"). The list is read only when it names exactly as
    many organisations as the count, none of them a bare place, so that a count of countries,
    towns or events is left alone."""
    text, out = ctx.doc.text, []
    said = text[sent.start:sent.end]
    for w in re.finditer(r"(?<![\w.,])\w+", said):
        count = int(w.group(0)) if re.fullmatch(r"[2-9]|[1-3]\d", w.group(0)) else ctx.lex.number_words.get(w.group(0).lower())
        m = re.match(r"((?:\s+[^\W\d]+){1,2}?)\s*[,:]\s+", said[w.end():]) if count else None
        # "reúne a 5 universidades de la Unión Europea (la A en España, …, y la E en …)": the list in brackets
        bracket = None if m or not count else re.match(r"(?:\s+[^\W\d]+){1,6}?\s*\(([^()]+)\)", said[w.end():])
        if not (m or bracket) or count < 2:
            continue
        if bracket:
            start = sent.start + w.end() + bracket.start(1)
            end = sent.start + w.end() + bracket.end(1)
        else:
            start = sent.start + w.end() + m.end()
            end = list_end(ctx, start, sentence_end(ctx, i, sent))
        found = enumerated(ctx, start, end, PARTNER, running=True)
        if len(found) != count or sum(proper(p.name) or has_org_word(p.name) for p in found) < len(found)\
                or any(bare_place(p.name, ctx) or place(p.name, ctx) for p in found) or people(found, ctx):
            continue
        out.extend(found)
    return out


def _about_countries(ctx: Context, i: int, cue) -> bool:
    """A participation cue next to a country noun ("participating countries", "účastnické
    země", "ţări implicate"): what follows lists countries, not partners."""
    return any(0 <= c.start - cue.end <= 2 or 0 <= cue.start - c.end <= 2 for c in ctx.cues(i, {"country_nouns"}))


def typed_right_after(rest: str, ctx: Context) -> int | None:
    """Offset of a capitalised name right after a lead cue in mid-sentence that holds an
    organisation-type word: the cue is the name's role noun in apposition, whatever stands
    before it ("kojemu je koordinator I. osnovna škola Čakovec", "тимовите на водечкиот
    партнер Народно читалиште „X“ и …", "with the lead partner Regional Agency X and …").
    A person after the cue ("koordinator Ivan Horvat") holds no type word and is left."""
    gap = re.match(r"[ \t]+", rest)
    if not gap or rest[gap.end():][:1] in "([":
        return None  # "Lead partner (X, Romania)": the bracket readers read it
    start, end = name_span(rest[gap.end():], ctx)
    if not start == 0 < end or not has_org_word(rest[gap.end():gap.end() + end]):
        return None
    # the apposed name is closed by punctuation or "and": a verb after it ("X welcomed guests")
    # shows that the span ran on into the predicate
    after = rest[gap.end() + end:]
    joins = {c.lower() for c in ctx.lex.cues["conjunctions"]}
    closed = re.match(r"\s*(?:[,.;:)!?]|$)", after) or after.split()[:1] and after.split()[0].lower() in joins
    return gap.end() if closed else None


DASH_AFTER = re.compile(r"\s+[-–—]\s+(?=\S)")  # a spaced dash between a role cue and its name


def after_cue(ctx: Context, cue, sent) -> Partner | None:
    """The lead named after its cue: "Leadpartner ist das Graafschap College",
    "our Lead-Partner, the Saxon State Ministry …", "Vedoucím partnerem celého projektu
    je Regionální rozvojová agentura …": a copula, comma or colon, then a name."""
    rest = ctx.doc.text[cue.end:sent.end]
    copulas = set(ctx.lex.cues["copula"])
    offset, agent = None, False
    # an article, maybe then a country adjective, then the name: "a németországi Caritasverband …"
    article = re.match(rf"\s+(\w+)\s+(?=[{UPPER}])", rest) or re.match(rf"\s+(\w+)\s+(?=[{LOWER}]\w+\s+[{UPPER}])", rest)
    if article and not rest[article.end():][:1].isupper() and not _country_adjective_skip(rest[article.end():], ctx):
        article = None
    stop = nlp.stop_words(ctx.lang)
    project = {w for k in ("project_before", "project_after") for w in ctx.lex.cues[k]}
    # "De Lead partner voor dit project, de Stichting X, zal …": the project, then the lead in apposition
    apposition = re.match(r"((?:\s+[^\W\d]+){1,3}),\s", rest)
    if rest.lstrip()[:1] == "," and re.search(r"\S\s[-–—]\s*(?:[^\W\d]+\s+){0,2}$", ctx.doc.text[sent.start:cue.start]):
        return None  # "BROZ (SK) – konzorciumi vezető partner, State …": the role of the name before the dash
    bracket = re.match(r"((?:\s+[^\W\d]+)?)\s*\(([^(),;]{3,120})\)", rest)
    if bracket and (not bracket.group(1) or bracket.group(1).strip().lower() in project)\
            and name_span(bracket.group(2), ctx) == (0, len(bracket.group(2).rstrip()))\
            and bracket.group(2).upper() != "".join(w[0] for w in cue.text.replace("-", " ").split()).upper():
        offset = bracket.start(2)  # "przedstawicieli lidera projektu (Gmina Lublin)": the name in brackets
    elif rest.lstrip()[:1] in (",", ":"):
        offset = rest.find(rest.lstrip()[:1]) + 1
    elif (dash := DASH_AFTER.match(rest)) and not re.search(r"\s[-–—]\s*(?:\S+\s+){0,3}$", ctx.doc.text[sent.start:cue.start]):
        offset = dash.end()  # "Lead partner – City of Graz", "vadovaujantysis partneris – Klaipėdos universitetas"
    elif apposition and all(w.lower() in stop for w in apposition.group(1).split()[:-1])\
            and apposition.group(1).split()[-1].lower() in project:
        offset = apposition.end()
    elif (typed := typed_after(rest, ctx)) is not None:
        offset = typed  # "vedoucí partner projektu obec Hażlach"
    elif article and article.group(1).islower() and article.group(1) in nlp.stop_words(ctx.lang)\
            and article.group(1) not in ctx.lex.cues["origin"]\
            and rest[article.end():].split()[0].strip(".,;:").lower() not in project:
        # no copula: "A konzorcium vezetője a Hortobágyi …"; "Lead Partner des Projekts ist" names none
        offset = article.end(1)
    elif (all(w.lower() in stop for w in ctx.doc.text[sent.start:cue.start].split())  # "Il Lead Partner X, e …"
          or _only_the_project(ctx.doc.text[sent.start:cue.start], ctx)
           or _after_role_word(ctx.doc.text[sent.start:cue.start], ctx)
           or long_name_opens(rest, ctx))\
            and re.match(rf"\s+[{UPPER}]\S*\s+\S", rest)\
            or cue.text.split()[-1].lower().replace("’", "'") in nlp.stop_words(ctx.lang)\
            and re.match(rf"\s+[{UPPER}„\"]", " " + _skip_adjective(rest.lstrip()[leading_noise(rest.lstrip(), ctx):], ctx)):
        # the cue opens the sentence, or only the project comes before it, or an "as" word with
        # no subject before it ("U projektu sudjeluju kao vodeći partner X"), and its name follows
        # ("Vodilni partner Trasferimento … je gostil", "Projekt koordinira Univerza v Mariboru"),
        # or the cue ends with its preposition ("coordinated by X", "coordonné par l’Université …")
        noise = leading_noise(rest.lstrip(), ctx)
        if re.fullmatch(rf"[{UPPER}]\w{{0,2}} ", rest.lstrip()[:noise]):
            noise = 0  # mid-sentence a capitalised article is the name's: "coordonné par La Rochelle Université"
        offset = len(rest) - len(rest.lstrip()) + noise
        agent = True
    else:
        # a copula (of one or more words) within a few words: "vedoucím partnerem zodpovědným za … se stalo X"
        for n, m in enumerate(re.finditer(r"\S+", rest)):
            said = rest[:m.end()].lower().rstrip(",:")
            if n >= 10 or "," in said or ";" in said:
                break
            if any(said.endswith(" " + c) or said.strip() == c for c in copulas):
                offset = m.end()
                break
        if offset is None:
            offset = typed_right_after(rest, ctx)  # "… je glavni nositelj i koordinator I. osnovna škola Čakovec"
    if offset is None:
        return None
    text = rest[offset:]
    offset, country = offset + _country_adjective_skip(text, ctx), None
    if offset > len(rest) - len(text):
        country, text = adjective_country(rest[len(rest) - len(text):offset], ctx), rest[offset:]
    start, end = name_span(text, ctx)
    read, end = end, _type_word_tail(text, start, end, ctx)
    if end <= start or agent and not (proper(text[start:end]) or _coined(text[start:end]) or end > read):
        return None
    p = keep_article(parse_item(text[start:end], cue.end + offset + start, ctx, LEAD), text[start:end], ctx)
    short = re.fullmatch(r"(.*?)\s*\((\w+)\)", text[start:end])
    words = f"{cue.text} {short.group(1) if short else ''}".replace("-", " ").split()
    if short and "".join(w[0] for w in words).upper() == short.group(2).upper():
        return None  # "the Lead Partner Principle (LPP)": the cue opens a term, not a role
    if p and country and not p.country:
        p.country = country
    return p if p and (cue.key != "lead_under" or organisation(p, ctx)) else None


def _after_role_word(before: str, ctx: Context) -> bool:
    """The text before a lead cue ends with an "as" word ("sudjeluju kao", "participate as",
    "nehmen teil als") and holds no capitalised word after its first: no subject precedes the
    role, so the organisation in it is the name after the cue."""
    low = before.rstrip().lower()
    if not any(low == w or low.endswith(" " + w) for w in ctx.lex.cues["role_as"]):
        return False
    return not any(w[:1].isupper() for w in before.split()[1:])


def _coined(word: str) -> bool:
    """One word mixing letters and digits: a coined name ("Flux50", "t2i"), not a noun."""
    return " " not in word.strip() and bool(re.search(r"[^\W\d_]\d|\d[^\W\d_]", word))


def _type_word_tail(text: str, start: int, end: int, ctx: Context) -> int:
    """The end of a lead named by an organisation-type word and the lower-case words that
    complete it, as Romance languages write names ("l’Office français de la biodiversité",
    "l’Institut de l’élevage et Grangeneuve"): the span read so far holds at most two words,
    the first a type word, and it stops before a joiner; the name goes on, five words at
    most, to the clause's end (a comma, a bracket, a conjunction or a relative pronoun)."""
    words = text[start:end].split()
    if not 1 <= len(words) <= 2 or not has_org_word(words[0]) or not re.match(r"\s+\S", text[end:]):
        return end
    nxt = re.sub(r"(?<=['’]).*", "", text[end:].split()[0]).lower()  # "de", "of", "d’élevage" -> "d’"
    # the language's first name connector when it also places things: "de", "di" (and "d’")
    first = (names.name_cues(ctx.lang).get("name_connectors") or [""])[0]
    joiners = {first, first[:1] + "'"} if first in ctx.lex.cues["place_prepositions"] else set()
    if fold(nxt).replace("’", "'") not in joiners or not text[end:].split()[0].islower():
        return end  # not "pour la première fois", "en colaboración con …"
    stops = set(ctx.lex.cues["conjunctions"]) | set(ctx.lex.cues["relative_pronouns"]) | set(ctx.lex.cues["copula"])
    tail = re.match(r"[^,;:.()\n]*", text[end:]).group(0)
    cut = len(tail)
    for m in re.finditer(r"\S+", tail):
        if m.group(0).lower() in stops:
            cut = m.start()
            break
    piece = tail[:cut].rstrip()
    more = piece.split()
    if not 2 <= len(more) <= 5 or any(w[:1].isdigit() or w.lower() in ctx.lex.number_words for w in more)             or more[-1].lower() in nlp.stop_words(ctx.lang):
        return end
    return end + len(piece)


def keep_article(p: Partner | None, span: str, ctx: Context) -> Partner | None:
    """The lead read mid-sentence with the capitalised article that opens its span: there the
    article is the name's ("coordonné par La Rochelle Université", "par La Poste")."""
    article = re.match(rf"([{UPPER}]\w{{0,2}}) ", span)
    if p and article and article.group(1).lower() in nlp.stop_words(ctx.lang)\
            and span[article.end():].startswith(p.name) and p.start >= article.end():
        p.name, p.start = f"{article.group(1)} {p.name}", p.start - article.end()
    return p


def _skip_adjective(text: str, ctx: Context) -> str:
    """Text after a lower-case country adjective that opens it ("du français Atlanpole …")."""
    return text[_country_adjective_skip(text, ctx):].lstrip()


def _country_adjective_skip(text: str, ctx: Context) -> int:
    """Length of stop words and a lower-case country adjective before a name ("ist hier die
    österreichische „Mühlviertel Marken GmbH“", "est la française X"); 0 when there is none."""
    stop = nlp.stop_words(ctx.lang)
    pos = 0
    for m in re.finditer(r"\S+", text):
        word = m.group(0)
        if word.lower() in stop and word.islower():
            continue
        if word.islower() and word.isalpha() and any(h.kind == "adjective" for h in
                                                     gazetteer.find(word, ctx.lex, adjectives=True))\
                and (re.match(rf"\s+[„“\"'«]?[{UPPER}]", text[m.end():]) or typed_len(text[m.end():].lstrip(), ctx)):
            pos = m.end()
        break
    return pos


def long_name_opens(rest: str, ctx: Context) -> bool:
    """Right after a lead cue, an organisation's name of three or more words, all but
    joiners capitalised ("… vezető partnere Kisölved Község Önkormányzata, …"): an
    apposition naming the lead, not a person (two words) or a clause."""
    start, end = name_span(rest, ctx)
    words = rest[start:end].split()
    return start == len(rest) - len(rest.lstrip()) and len(words) >= 3\
        and sum(w[:1].isupper() for w in words) >= 3


def _only_the_project(text: str, ctx: Context) -> bool:
    """Text before a lead cue that is only the project and a copula ("Projekt", "Il progetto
    è"): the organisation named after the cue leads it."""
    words = {w.lower() for k in ("project_before", "project_after", "copula") for c in ctx.lex.cues[k] for w in c.split()}
    said = text.lower().split()
    return bool(said) and all(w in words or w in nlp.stop_words(ctx.lang) for w in said)\
        and any(w in ctx.lex.cues["project_before"] + ctx.lex.cues["project_after"] for w in said)


def case_marked_list(ctx: Context, i: int, sent) -> list[Partner]:
    """Hungarian partners listed after "partnerségben" / "együttműködésben" in their case form
    ("Szoros partnerségben a svéd Linköping Egyetemmel, az angol Loughborough Egyetemmel és a
    francia Montpellier Egyetemmel …"): each item an article, perhaps a country adjective,
    and a capitalised name closed by a type word in a case form of `[org_types_nominative_final]`
    (partner_clean writes it in the nominative, as for every partner). The list ends at the
    first item that is not such a name."""
    finals = final_nominatives(ctx.lang)
    if not finals:
        return []
    text, out = ctx.doc.text, []
    item = re.compile(r"\s*(?:az?\s+)?(?:([^\W\d_A-ZÁÉÍÓÖŐÚÜŰ]+)\s+)?([A-ZÁÉÍÓÖŐÚÜŰ][\w.’'-]*(?:\s+[A-ZÁÉÍÓÖŐÚÜŰ][\w.’'-]*)*)")
    joins = re.compile(r"\s*(?:,\s*|\s+(?:és|valamint)\s+)")
    for cue in ctx.cues(i, {"partnership_in"}):
        if not sent.start <= cue.start < sent.end:
            continue
        pos = cue.end
        while pos < sent.end:
            m = item.match(text, pos)
            if not m or m.end() > sent.end:
                break
            # the name runs to its first word that is a type word in a case form
            run = list(re.finditer(r"\S+", m.group(2)))
            k = next((k for k, w in enumerate(run) for e in finals
                      if w.group(0).lower().endswith(e) and len(w.group(0)) - len(e) <= 1), None)
            if k is None or k < 1:
                break
            cc = adjective_country(m.group(1), ctx) if m.group(1) else None
            end = m.start(2) + run[k].end()
            out.append(Partner(text[m.start(2):end], PARTNER, m.start(2), end, country=cc))
            j = joins.match(text, end)
            if not j or j.end() >= sent.end:
                break
            pos = j.end()
    return out
