"""What every section finder shares: the Opener record, cue and fact tests, programme units, and names read beside a cue."""
from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import nlp
from pipeline.extractors import programme
from pipeline.extractors.context import Context
from pipeline.extractors.name_candidates import clause_title_end, opens_sentence_case
from pipeline.extractors.programme_names import programme_end
from pipeline.extractors.name_guards import acronym_run_on, coined, dated, event_compound, strand_before_coined, titled_compound
from pipeline.extractors.name_candidates import SLASHED_CODE
from pipeline.extractors.name_text import cue_re, is_name_like, name_cues, name_run
from pipeline.lexicons import load
from pipeline.model import Document, Section
from pipeline.normalise.money import find_money
from pipeline.section_counted_names import after_programme_word, bare_programme, counted, names_before
from pipeline.quotes import QUOTE_MARKS, Quote, quotation, quotation_ending
from pipeline.textnorm import fold
from pipeline.regex_cache import compiled

FACT_CUES = {"budget_total", "budget", "duration", "lead_partner", "coordinator", "start", "end"}
# a label heading ("Jóváhagyott ERFA támogatás", "PARTNERSÉG") is not a project name
LABEL_CUES = FACT_CUES | {"budget_eu", "budget_other", "partners", "title", "programme", "call",
                          "activities", "themes", "sectors", "work_packages"}
PERIOD_KEYS = ("duration", "start", "end")
QUOTES = QUOTE_MARKS
NAME_WORDS = 8  # a quoted name longer than this is a title or a quotation


Opener = tuple[int, int, int]  # (block index, name start, name end); name offsets may be -1


def programme_units(lang: str | None) -> tuple[str, ...]:
    """The words for a programme's units in `lang`, then English's (lexicon data)."""
    return load(lang).programme_units


def programme_unit(units: Iterable[str], text: str) -> bool:
    """"l'axe 3 …", "Prioritná os 1", "PO1", "Measure 2.1", "2. prioritási tengely": a text
    that opens with a numbered label of a programme's structure (`units`: the words for
    priority, axis, measure, call), which names neither a project nor an activity."""
    words = re.sub(r"^[^\w]*(?:[a-z]{1,2}['’]\s*)?", "", fold(text))
    for unit in sorted((fold(u) for u in units), key=len, reverse=True):
        u = re.escape(unit)
        if compiled(rf"(?:{u}\s*(?:n[o°]?\.?\s*)?(?:\d|[ivx]+(?!\w))|\d+(?:\.\d+)*\.?\s+{u}(?!\w))").match(words):
            return True
    return False


def unit_name(doc: Document, lang: str, opener: Opener) -> bool:
    """An opener named by a unit of the programme or of the work ("Prioritná os 1 – …",
    "PO1:", "Work package 3", "Call 2"): priorities, measures, calls and work packages
    are listed like projects but are none. Nor is a dateline ("Mis à jour le 22/01/2021")."""
    b, s, e = opener
    name = doc.text[s:e] if s >= 0 else doc.block_text(doc.blocks[b])
    if dated(name, lang):
        return True
    if programme_unit(programme_units(lang) + tuple(load(lang).cues.get("work_packages", [])), name):
        return True
    return any(c.start == len(name) - len(name.lstrip()) for c in nlp.cues(name, lang, {"work_packages", "call"}))


def has_fact(doc: Document, lang: str, start: int, stop: int, keys: set[str] = FACT_CUES) -> bool:
    for i in range(start, stop):
        text = doc.block_text(doc.blocks[i])
        if any(c.key in keys for c in nlp.cues(text, lang)):
            return True
    return False


def has_fact_or_money(doc: Document, lang: str, start: int, stop: int) -> bool:
    if has_fact(doc, lang, start, stop):
        return True
    lex = load(doc.language or "en")
    return any(find_money(doc.block_text(doc.blocks[i]), lex) for i in range(start, stop))


_ORDER = {"project_before": 0, "project_named": 0, "project_other": 0, "project_after": 1}


def cue_names(ctx: Context, i: int, *, first: bool = False,
               loose: bool = False) -> list[tuple[nlp.CueMatch, tuple[int, int]]]:
    """The names block i introduces after a project cue or a naming phrase, each with its
    cue; a name after the cue is read before one in front of it ("the Interreg Alpine
    Space project X" names X), and a programme's name is not a project's."""
    out = []
    prog = None
    for cue in sorted(ctx.cues(i, set(_ORDER)), key=lambda c: (_ORDER[c.key], c.start)):
        sent = ctx.sentence_at(i, cue.start)
        if cue.key == "project_other":  # "la iniciativa 'Mobae'", "the 'X' initiative": quoted only
            q = quotation(ctx.doc.text, cue.end, sent.end)
            span = quoted_span(ctx.doc.text, q) if q else _quoted_before(ctx.doc.text, cue.start, sent.start)
        elif cue.key == "project_after":
            span = _name_before(ctx.doc.text, cue.start, sent.start, ctx.lang)
        elif cue.key == "project_named" and names_before(cue.text, ctx.lang):
            # "Dance With Me adlı …": the naming word follows its name; what comes after it is
            # the sentence going on
            span = _quoted_before(ctx.doc.text, cue.start, sent.start) or after_programme_word(
                ctx.doc.text, _name_before(ctx.doc.text, cue.start, sent.start, ctx.lang), ctx.lang)
        else:
            span = name_after(ctx.doc.text, cue.end, sent.end, ctx.lang, loose)
        if not span and cue.key == "project_named":
            span = _quoted_before(ctx.doc.text, cue.start, sent.start)  # a „Sport” nevű projekt
        if not span or label_value(ctx.doc.text[span[0]:span[1]], ctx.lang):
            continue  # "Project Start Date 01-09-2023": a field label names no project
        if cue.key != "project_after" and titled_compound(ctx.doc.text, cue.start, cue.end, ctx.doc.text[span[0]:span[1]]):
            continue  # "Project Manager Laima …": a Title Case compound, not a cue and a name
        if cue.key in ("project_before", "project_after") and event_compound(ctx, i, cue) \
                and not coined(ctx.doc.text[span[0]:span[1]]) and ctx.doc.text[span[0] - 1:span[0]] not in QUOTES:
            continue  # "Transnational Project Meeting in Poland": the meeting, not a project and its name
        if prog is None:
            prog = programme.programme(Context(ctx.doc, Section(blocks=(i,)))) or ("", -1, -1)
        if prog[1] < span[1] and span[0] < prog[2]:
            # "proiectul Erasmus+ “ESCAPE – …”", "das Interreg-Projekt „X“": the quoted
            # name after the programme's
            q = quotation(ctx.doc.text, prog[2], sent.end) if prog[1] <= span[0] else None
            span = quoted_span(ctx.doc.text, q) if q else None
            if not span:
                continue
        if counted(ctx.doc.text, span, ctx.lang) or bare_programme(ctx.doc.text, span, ctx.lang):
            continue  # "40 Eesti projekti", "kahes LIFE projektis": projects counted, none named
        out.append((cue, span))
        if first:
            break
    if not (first and out):
        out.extend(f for f in next_names(ctx, i) if all(f[1] != o[1] for o in out))
    return out


def _next_nouns(ctx: Context, i: int) -> list[nlp.CueMatch]:
    """The project nouns of block i that a word for one more project qualifies ("Kolejny
    projekt", "im zweiten Projekt", "z naslednjim dvoletnim projektom", "un altro
    progetto"): at most two words between, no punctuation, and the noun not a plural
    ("weitere Projekte" counts projects)."""
    text = ctx.doc.text
    plural = {fold(c) for c in ctx.lex.cues.get("projects_counted", [])} - {
        fold(c) for c in ctx.lex.cues.get("project_after", [])}
    nouns = [c for c in ctx.cues(i, {"project_before", "project_after", "project_other"}) if fold(c.text) not in plural]
    out = []
    for cue in ctx.cues(i, {"project_next"}):
        noun = next((n for n in nouns if n.start >= cue.end and len(text[cue.end:n.start].split()) <= 2
                     and not re.search(r"[.,;:!?()\[\]]", text[cue.end:n.start])), None)
        if noun and noun not in out:
            out.append(noun)
    return out


def next_names(ctx: Context, i: int) -> list[tuple[nlp.CueMatch, tuple[int, int]]]:
    """The names of the projects block i introduces as one more ("Another project, on
    water, starts now. It is called „X“."): the name right after the noun, else after a
    naming phrase or in quotes further on in its sentence or the next."""
    text, out = ctx.doc.text, []
    sents = ctx.sentences(i)
    for noun in _next_nouns(ctx, i):
        sent = ctx.sentence_at(i, noun.start)
        span = name_after(text, noun.end, sent.end, ctx.lang) or _name_after_copula(ctx, i, noun, sent.end)
        if not span:
            stop = next((s.end for s in sents if s.start >= sent.end), sent.end)
            named = next((c for c in ctx.cues(i, {"project_named"}) if noun.end <= c.start < stop), None)
            # "un altro progetto Erasmus che si chiama X": a naming verb after the noun
            verb = None if named or not name_cues(ctx.lang).get("name_verbs") else next(
                cue_re(ctx.lang, "name_verbs").finditer(text, noun.end, stop), None)
            if named:
                span = name_after(text, named.end, stop, ctx.lang, loose=True)
            elif verb:
                span = name_after(text, verb.end(), stop, ctx.lang, loose=True)
            else:  # "Another project, “X”, …": quoted after a comma or dash ("the next project meeting
                # at the “Casa Europa”" names a place)
                lead = re.compile(r"[\s,:–—-]*").match(text, noun.end, sent.end).end()
                q = quotation(text, lead, sent.end)
                span = quoted_span(text, q) if q else None
        if span and event_compound(ctx, i, noun) and not coined(text[span[0]:span[1]]):
            continue  # "Second Transnational Project Meeting in Poland": a meeting, no project
        if span and not label_value(text[span[0]:span[1]], ctx.lang):
            out.append((noun, span))
    return out


COPULA_GAP_WORDS = 2  # "the other project approved is …", "o outro projeto aprovado é o …"


def _name_after_copula(ctx: Context, i: int, noun: nlp.CueMatch, stop: int) -> tuple[int, int] | None:
    """The name a copula gives the project noun a few words before it ("Já o outro projeto
    aprovado é o BIOPOLIS", "Another project funded is SeaLab"): after the copula and an
    article, a name written like one."""
    text = ctx.doc.text
    for cop in sorted(ctx.cues(i, {"copula"}), key=lambda c: c.start):
        if cop.start < noun.end or cop.start >= stop:
            continue
        between = text[noun.end:cop.start]
        if len(between.split()) > COPULA_GAP_WORDS or re.search(r"[.,;:!?()]", between):
            return None
        article = re.match(r"\s+[^\W\d_]{1,3}(?=\s)", text[cop.end:stop])
        pos = cop.end + (article.end() if article and article.group().strip().islower() else 0)
        return name_after(text, pos, stop, ctx.lang)
    return None


def capitalised(name: str) -> bool:
    """"Living River Lahn": a few words, each opening with a capital or digit but for
    short joining words ("of", "di", "für")."""
    words = name.split()
    return 2 <= len(words) <= NAME_WORDS and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or len(w) <= 3 and w.islower() for w in words)


_NAME_WINDOW = 2000  # characters around a cue that can hold the name next to it


def name_after(text: str, pos: int, stop: int, lang: str, loose: bool = False) -> tuple[int, int] | None:
    """The name right after a cue: a quoted name, or a run of name tokens (with `loose`,
    one capitalised word: "il progetto Ecomap")."""
    slashed = SLASHED_CODE.match(text, pos + len(text[pos:stop]) - len(text[pos:stop].lstrip()))
    if slashed and slashed.end() < stop:
        pos = slashed.end() - 1  # "progetto LIFE14 NAT/IT/000759 WETFLYAMPHIBIA": the code, then the name
    rest = text[pos:stop]
    q = quotation(text, pos, stop)
    if q:
        return quoted_span(text, q, lo=pos)
    if not re.match(r"\s+\S", rest):
        return None
    # "progetto biennale KA2 "You & me"", "projekt KA 210 „My future“": a type or code of up
    # to two words before a quoted name qualifies it; the quoted name is the project's (the
    # quotation may hold a full stop the sentence splitter cut at)
    code = re.match(rf"\s+(?:[\w+/.-]+\s+){{1,2}}(?=[{QUOTES}])", text[pos:pos + 200])
    q = quotation(text, pos + code.end(), pos + 200) if code else None
    # the words hold a code ("KA2", "KA 210", "H2020"): "le projet pilote « X »" is not one
    if q and not re.search(r"[.:;,]\s", text[pos:pos + code.end()]) and re.search(
            r"(?<!\w)(?:[A-Z]{2,}\d*|[A-Z]*\d+[A-Z\d]*)(?!\w)", text[pos:pos + code.end()]):
        span = quoted_span(text, q, lo=pos)
        if span:
            return span
    rest = rest[:_NAME_WINDOW]  # a name is a few words: tokenising the whole rest of a long block per cue is quadratic
    run = name_run(rest, len(rest) - len(rest.lstrip()), lang)
    if not run or run[0] != len(rest) - len(rest.lstrip()):
        return None
    cut = acronym_run_on(rest[run[0]:run[1]], lang)
    if cut:  # "projeto SOLLAGUA em Santander": the coined name, not the place after it
        run = run[0], run[0] + cut
    name = rest[run[0]:run[1]]
    ok = looks_like_name(name, lang) or loose and capital_word(name, lang)
    if ok and opens_sentence_case(rest, run[0], run[1]):
        # "projekta Stalna razstava v interpretacijskem centru Ig, …": a sentence-case title
        end = clause_title_end(rest, run[0], lang, text, text[max(0, pos - 80):pos])
        if end:
            return pos + run[0], pos + end
    return (pos + run[0], pos + run[1]) if ok else None


def capital_word(name: str, lang: str) -> bool:
    """"Ecomap", "E-chain": one word opening with a capital, not a date or an amount."""
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]{2,}", name)) and name[0].isupper() and looks_like_name(name + " x", lang)


def _name_before(text: str, pos: int, start: int, lang: str) -> tuple[int, int] | None:
    """"das Smart-Production-Projekt", "a SPORT projekt": the name right before the cue."""
    start = max(start, pos - _NAME_WINDOW)  # as in name_after
    head = text[start:pos]
    q = quotation_ending(text, start, pos)
    if q:
        return quoted_span(text, q, lo=start)
    run = name_run(head, len(head.rstrip()), lang, forward=False)
    if not run:
        return None
    run = _after_article(head, run, lang)
    name = head[run[0]:run[1]]
    if programme_end(head, run[0], lang):
        strand = strand_before_coined(head[programme_end(head, run[0], lang):run[1]])
        if strand is not None:  # "the Interreg South Baltic SEAPLANSPACE Project": the coined name
            run = programme_end(head, run[0], lang) + strand, run[1]
            name = head[run[0]:run[1]]
    return (start + run[0], start + run[1]) if looks_like_name(name, lang) and run[0] > 0 else None


def _after_article(head: str, run: tuple[int, int], lang: str) -> tuple[int, int]:
    """A run read back to its sentence's capitalised article ("A CrossDEST projekt …", "The
    SEAWAY project …"): the name starts after the article (the language's `articles` cue)."""
    m = re.match(r"(\S+)\s+(?=\S)", head[run[0]:run[1]])
    if m and m.group(1)[:1].isupper() and fold(m.group(1)) in {fold(a) for a in load(lang).cues.get("articles", [])}:
        return run[0] + m.end(), run[1]
    return run


def _quoted_before(text: str, pos: int, start: int) -> tuple[int, int] | None:
    """A quoted name right before a naming phrase that follows its name (Hungarian "néven")."""
    q = quotation_ending(text, start, pos)
    return quoted_span(text, q, lo=start) if q else None


def quoted_span(text: str, q: Quote, base: int = 0, lo: int = 0) -> tuple[int, int] | None:
    """The span of quotation q of `text` (offsets plus `base` when text is a piece of the
    document's), unless it is too long to be a name; a quoted acronym and title ("“ESCAPE –
    Enhanced Skills, Competence …”") gives the acronym. An apostrophe inside a word ("C’è
    anche un’iniziativa") opens or closes no quotation (a letter before the mark counts after
    `lo`, where the search began)."""
    if q.open > lo and text[q.open - 1].isalnum() or q.close + 1 < len(text) and text[q.close + 1].isalnum():
        return None
    inner = text[q.start:q.end]
    head = re.match(r"(\S+(?:\s\S+){0,2}?)\s*(?:\s[–—-]\s|:\s)", inner)
    if head and is_name_like(head.group(1)):
        return base + q.start + head.start(1), base + q.start + head.end(1)
    if len(inner.split()) <= NAME_WORDS:
        return base + q.start, base + q.end
    return None


def looks_like_name(name: str, lang: str) -> bool:
    """A project name is written with an acronym, a capital inside a word, a digit or a
    symbol ("TRANSEURO+", "CluStrat", "Brückenpark II"): not a plain capitalised word,
    which opens a sentence as often as it names something, and not an amount ("EUR
    300.000" after "the project receives")."""
    words = name.split()
    if not words or len(words) > NAME_WORDS or find_money(name, load(lang)) or is_date(name, lang):
        return False
    return len(words) >= 2 or is_name_like(name) or bool(re.search(r"[\d+!&]", name))


def label_value(name: str, lang: str) -> bool:
    """"Start Date", "Total Duration 24", "Exchange of Good Practices Project Title": a
    field label, or a value run into the next field's label in a flattened table, opens or
    closes the text; a project's name does not."""
    words = name.split()
    for c in nlp.cues(name, lang, LABEL_CUES):
        before, after = len(name[:c.start].split()), len(name[c.end:].split())
        if before <= 1 and after <= 1 or after == 0 or before == 0 and len(words) <= 3:
            return True
    return False


def is_date(name: str, lang: str) -> bool:
    """"2. 3. 2018", "12 May 2019", "2019–2021", "En marzo de 2023": numbers, with at most a month's name, are
    a date after "the project started", not a project's name."""
    months = load(lang).months
    words = re.findall(r"[^\W\d_]+", name)
    # an acronym that spells a month ("MARS 2") is a name
    if not any(w.lower() not in months or w.isupper() and len(w) > 1 for w in words):
        return True
    # a month and a year with the short words that join them ("En marzo de 2023", "In May 2019"):
    # a chronology's item opens with its date
    return bool(re.search(r"\d", name)) and any(w.lower() in months and not w.isupper() for w in words) and all(
        w.lower() in months and not w.isupper() or len(w) <= 3 and not w.isupper() for w in words)


def name_core(name: str) -> str:
    """A name compared word by word, punctuation aside: "BIODIV’France" is "BIODIV'France"."""
    return " ".join(re.sub(r"\W+", "", w) for w in fold(name).split()).strip() + " "


COUNT_GAP_WORDS = 3  # "vier nieuwe Interreg-projecten", "De første fire projekter": a count a few words before its noun


def counts_projects(ctx: Context, i: int) -> bool:
    """Block i counts projects: a number, in digits or words, two or more, a few words
    before a plural project word ("vier nieuwe projecten", "tre projekt", "5 nouveaux
    projets", "dois projetos portugueses"). A page that counts the projects it goes on to
    present presents several."""
    text = ctx.doc.text
    for cue in ctx.cues(i, {"projects_counted"}):
        start = ctx.sentence_at(i, cue.start).start
        words = re.findall(r"[\w-]+", text[start:cue.start])[-COUNT_GAP_WORDS:]
        for w in words:
            n = int(w) if w.isdigit() and len(w) <= 2 else ctx.lex.number_words.get(w.lower(), 0)
            if n >= 2:
                return True
    return False


NEXT_OPENING_WORDS = 3  # "The second project …", "Já o outro projeto …": the word for one more near a block's start


def opens_next_project(ctx: Context, i: int) -> bool:
    """Block i opens by introducing one more project ("The second project (2011-2013) …",
    "Já o outro projeto aprovado é …", "Ein weiteres Projekt …"): a word for one more
    qualifies a project noun among the block's first words, whether or not a name follows."""
    base = ctx.block(i).start
    for noun in _next_nouns(ctx, i):
        qualifier = next((c for c in ctx.cues(i, {"project_next"}) if c.end <= noun.start
                          and len(ctx.doc.text[c.end:noun.start].split()) <= 2), None)
        if qualifier and len(ctx.doc.text[base:qualifier.start].split()) <= NEXT_OPENING_WORDS:
            return True
    return False
