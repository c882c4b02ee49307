"""Names given by a naming verb ("Das Projekt heißt X", "Si chiama X il progetto") and names a
page's headline gives, and the evidence that keeps a one-word name: the text writes it again.

A naming verb says outright that what follows is a name, so a name read after it needs no
other proof; it names the project only when a project or cluster word stands in its clause
(before the verb, or right after the name). A headline's first words ("Intermat, premier
cluster transfrontalier", "Trans-Garona - Piste cyclable …") are the project's name when the
body writes them again beside a project or cluster word. A name followed by a word saying it
abbreviates a quotation ("Across, acronimo di “…”"), or given by an acronym label after a quoted
title ("„…“, acronim: X"), is a name with its title. The verbs live in
the [names] table of each language's cue file (keys "name_verbs", "stands_for").
"""
from __future__ import annotations

import re

from pipeline import gazetteer
from pipeline.extractors.context import Context
from pipeline.extractors.name_headline import not_project
from pipeline.extractors.name_text import (
    Candidate, abbreviates, cue_re, initials_cover, is_name_like, name_cues, name_run, plain_title, quoted_at, quoted_before, skip_spaces, span,
    written,
)
from pipeline.textnorm import fold

PROJECT_WORDS = {"project_before", "project_after", "cluster_names"}
# how far after a name its project word may stand ("Si chiama X, il nuovo progetto")
NEAR_AFTER = 20


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding pos opens (after a full stop, a semicolon, a colon or a line end)."""
    cut = max(text.rfind(c, 0, pos) for c in ".;:!?\n")
    return cut + 1


def _project_near(ctx: Context, i: int, start: int, end: int) -> bool:
    """A project or cluster word in the block between start and end (offsets in the block)."""
    base = ctx.block(i).start
    return any(start <= c.start - base and c.end - base <= end for c in ctx.cues(i, PROJECT_WORDS))


def _subject_before(ctx: Context, i: int, verb: int) -> bool:
    """A project word is the naming verb's subject: it opens the clause (after at most an article
    and an adjective) and only lowercase words stand between it and the verb ("Das neue Projekt
    heißt", "Le projet européen s'appelle", "Projekt nosi nazwę"); not "Der Leiter des Projekts
    heißt …", "The project's coordinator is called …", whose verb names a person."""
    text = ctx.text(i)
    base = ctx.block(i).start
    clause = _clause_start(text, verb)
    articles = set(ctx.lex.cues.get("articles", []))
    for c in ctx.cues(i, PROJECT_WORDS):
        s, e = c.start - base, c.end - base
        if not clause <= s < e <= verb:
            continue
        lead, between = text[clause:s].split(), text[e:verb].split()
        lead_ok = len(lead) <= 2 and all(w.lower() in articles or w.islower() for w in lead)
        between_ok = len(between) <= 3 and all(w.islower() and w.isalpha() for w in between)
        if lead_ok and between_ok:
            return True
    return False


def _subject_after(ctx: Context, i: int, end: int) -> bool:
    """A project word follows the name, at most an article and an adjective between: "Si chiama
    Gestire il progetto", "Prend le nom de « X » le nouveau projet" (not "… Maria, la coordinatrice
    del progetto": a noun of its own stands there)."""
    text = ctx.text(i)
    base = ctx.block(i).start
    articles = set(ctx.lex.cues.get("articles", []))
    for c in ctx.cues(i, PROJECT_WORDS):
        words = text[end:c.start - base].replace(",", " ").split()
        others = [w for w in words if w.lower() not in articles]
        if c.start - base >= end and len(text[end:c.start - base]) <= NEAR_AFTER \
                and len(others) <= 1 and all(w.islower() and w.isalpha() for w in others):
            return True
    return False


def verb_names(ctx: Context, i: int) -> list[int]:
    """Where (in the block) a name opens after a naming verb whose subject is a project:
    "Le projet s'appelle X", "Projekt nosi nazwę „X“", "Si chiama X il progetto Life+"."""
    text = ctx.text(i)
    out = []
    for m in cue_re(ctx.lang, "name_verbs").finditer(text):
        pos = skip_spaces(text, m.end())
        colon = re.match(r"[^\S\n]*:[^\S\n]*", text[pos:])
        pos += colon.end() if colon else 0
        q = quoted_at(text, pos)
        run = q or name_run(text, pos, ctx.lang)
        if not run or not q and run[0] != pos:
            continue
        close = run[1] + (1 if q else 0)  # past the closing quotation mark
        if _subject_before(ctx, i, m.start()) or _subject_after(ctx, i, close):
            out.append(pos)
    return out


def after_name_verb(ctx: Context, c: Candidate) -> bool:
    """The candidate was read right after a naming verb (so it is a name, though one ordinary
    word followed by lowercase ones: "Si chiama Gestire il progetto")."""
    for i in ctx.indices:
        b = ctx.block(i)
        if b.start <= c.start < b.end:
            # (a quotation's opening mark stands between the verb and the name)
            return any(0 <= c.start - b.start - pos <= 2 for pos in verb_names(ctx, i))
    return False


def recurs_apart(text: str, c: Candidate) -> bool:
    """The name is written again inside a sentence ("… du parcours cyclable Trans-Garona,
    reliant …"), in the same case and not as the opening of the same phrase: a one-word name
    stands on its own there, while the first word of a sentence-case title ("Oprava chodníků")
    comes back with the rest of its title."""
    after = re.match(r"\W*(\w+)", text[c.end:])
    nxt = after.group(1) if after else ""
    for m in written(c.name).finditer(text):
        if m.start() == c.start:
            continue
        follow = re.match(r"\W*(\w+)", text[m.end():])
        prev = text[:m.start()].rstrip(" \t")
        mid_sentence = bool(prev) and (prev[-1].isalnum() or prev[-1] == ",")
        if mid_sentence and (not follow or follow.group(1) != nxt):
            return True
    return False


def headline_name(ctx: Context) -> Candidate | None:
    """The name a page's headline opens with, before a comma, a colon or a spaced dash
    ("Intermat, premier cluster transfrontalier"), when the body writes it again within a clause
    that has a project or cluster word ("afin de créer Intermat, le premier cluster …", "Le
    projet Trans-Garona a pour objectif …"). A dateline ("Milano, 13 dic.") is no headline."""
    if not ctx.indices or ctx.indices[0] != 0:
        return None
    first = ctx.indices[0]
    text = ctx.text(first)
    if "\n" in text.strip():
        return None
    lead = len(text) - len(text.lstrip())
    run = name_run(text, lead, ctx.lang)
    if not run or run[0] != lead or len(text[run[0]:run[1]].split()) > 3:
        return None
    sep = re.match(r"[^\S\n]*(?:,|:|[^\S\n][-–—])[^\S\n]+(?=[^\W\d_])", text[run[1]:])
    if not sep:
        return None
    name = text[run[0]:run[1]]
    if gazetteer.find(name, ctx.lex) or gazetteer.town(name, ctx.lex):
        return None  # "Toulouse : …", a place the page is about
    if not_project(ctx, name, text[run[1] + sep.end():].strip(), orgs=False):
        return None  # "EFRE: Europäischer Fonds für Regionale Entwicklung", a fund the page is about
    if ctx.lex.nouns_capitalised and not (is_name_like(name) or "-" in name or any(ch.isdigit() for ch in name)):
        return None  # a German headline's first noun ("Wasserstoff: …") is an ordinary word
    pattern = written(name)
    for i in ctx.indices[1:]:
        body = ctx.text(i)
        for m in pattern.finditer(body):
            clause = _clause_start(body, m.start())
            stop = re.search(r"[.;!?\n]", body[m.end():])
            end = m.end() + (stop.start() if stop else len(body) - m.end())
            if _project_near(ctx, i, clause, end) and not _is_cue(ctx, i, m.start()):
                base = ctx.block(first).start
                return Candidate(*span(text, base, run[0], run[1]), fold(name))
    return None


def _is_cue(ctx: Context, i: int, pos: int) -> bool:
    """The repeated words are themselves the project or cluster word ("Projekt, …" headlines)."""
    base = ctx.block(i).start
    return any(c.start - base == pos for c in ctx.cues(i, PROJECT_WORDS))


def apposed_name(ctx: Context, i: int, cue: int) -> tuple[int, int] | None:
    """The name a comma sets before a project or cluster word at `cue` (an offset in the block),
    at most an article and an adjective between: "… afin de créer Intermat, le premier cluster
    transfrontalier", "c'è invece Cedric, progetto per aiutare i suoli …". An acronym or coined
    word needs nothing more; an ordinary capitalised word must be written again in the text and
    not open the sentence ("Mardi, le projet …"), and a place is no project name. (German
    capitalises every noun, so there only an acronym or coined word counts.)"""
    text = ctx.text(i)
    m = re.search(r",[^\S\n]+((?:[^\W\d_]+[^\S\n]+){0,2})$", text[:cue])
    if not m or m.group(1) and not m.group(1).islower() or len(m.group(1)) > 30:
        return None
    articles = ctx.lex.cues.get("articles", [])
    if len([w for w in m.group(1).split() if w not in articles]) > 1:
        return None  # "Școala din X, beneficiara unui proiect": a noun of its own heads the apposition
    run = name_run(text, m.start(), ctx.lang, forward=False)
    if not run or run[1] != m.start() or len(text[run[0]:run[1]].split()) > 3:
        return None
    name = text[run[0]:run[1]]
    words = re.findall(r"[^\W\d_]+", name)
    if not words or words[0].lower() in ctx.lex.cues.get("articles", []) or gazetteer.find(name, ctx.lex) or gazetteer.town(name, ctx.lex):
        return None
    if is_name_like(name):
        return run
    if ctx.lex.nouns_capitalised or not name[:1].isalpha():
        return None  # a German noun ("acht Unternehmen, zählt das Netzwerk"), a date ("23 August")
    opens = not text[:run[0]].strip() or text[:run[0]].rstrip()[-1:] in ".!?:;"
    again = len(written(name).findall(ctx.doc.text)) >= 2
    return run if again and not opens else None


def quoted_predicates(ctx: Context, i: int) -> list[int]:
    """Where (in the block) a quotation opens right after a copula whose subject ends in a project
    or title word a few words before: "Eines der vorgestellten Projekte ist „Vis-à-vis“", "Le titre
    du projet est « X »", "Název projektu je „X“"."""
    text = ctx.text(i)
    base = ctx.block(i).start
    out = []
    for cop in ctx.cues(i, {"copula"}):
        pos = cop.end - base
        if not re.match(r"[^\S\n]+[„“\"«‚]", text[pos:]):
            continue
        clause = _clause_start(text, cop.start - base)
        for c in ctx.cues(i, PROJECT_WORDS | {"title"}):
            between = text[c.end - base:cop.start - base]
            if clause <= c.start - base and c.end - base <= cop.start - base and len(between.split()) <= 2 \
                    and not re.search(r"[,;:]", between):
                out.append(pos)
                break
    return out


def expanded_names(ctx: Context, i: int) -> list[Candidate]:
    """A name followed by a word saying it abbreviates what comes next, and that expansion:
    "Across, acronimo di “European university for …”", "BRIDGE (short for Building Regional …)",
    "X steht für „…“". The expansion, quoted or spelling the name with its initials, is the title;
    the name is one to three words before the cue (key "stands_for" in the [names] table)."""
    if not name_cues(ctx.lang).get("stands_for"):
        return []
    text = ctx.text(i)
    base = ctx.block(i).start
    out = []
    for c in cue_re(ctx.lang, "stands_for").finditer(text):
        before = re.search(r"[^\S\n]*[”“\"»]?[^\S\n]*[,(]?[^\S\n]*$", text[:c.start()])
        run = name_run(text, before.start(), ctx.lang, forward=False)
        if not run or run[1] != before.start() or not 1 <= len(text[run[0]:run[1]].split()) <= 3:
            continue
        word = re.match(r"\S+\s+", text[run[0]:run[1]])
        if word and _is_cue(ctx, i, run[0]):
            run = (run[0] + word.end(), run[1])  # "Projekt CAMP steht für …": the name is CAMP
        name = text[run[0]:run[1]]
        q = quoted_at(text, c.end())
        if q and len(re.findall(r"[^\W\d_]{2,}", text[q[0]:q[1]])) >= 2:
            long = q
        else:
            # (the one reading of unquoted title words, shared with the title reader)
            long = plain_title(text, c.end())
            if not long or not initials_cover(name, text[long[0]:long[1]]):
                continue
        out.append(Candidate(*span(text, base, *run), fold(name), span(text, base, *long), short=True))
    return out


def acronym_in_sentence(ctx: Context, i: int) -> list[Candidate]:
    """An acronym label inside a sentence, after the quoted title: '„Dezvoltarea turismului …“,
    acronim: TOURBIH, este finanțat …', '"…" (acronym: CLEAN)'. The name after the label must be
    an acronym or coined word; the quotation closed just before the label is its title."""
    text = ctx.text(i)
    base = ctx.block(i).start
    out = []
    for c in cue_re(ctx.lang, "acronym").finditer(text):
        before = re.search(r"[”“\"»«’][^\S\n]*(?:[,(]|[-–—])?[^\S\n]*$", text[:c.start()])
        if not before:
            continue
        m = re.match(r"[^\S\n]*:?[^\S\n]*([^\W_][\w&+'’.-]*(?:[^\S\n]+[-–][^\S\n]+[^\W_][\w&+'’.-]*)?)", text[c.end():])
        name = m.group(1).rstrip(".") if m else ""
        # (a name of two parts joined by a spaced dash, each an acronym: "CBC – HOSPEQUIP")
        if not name or not all(is_name_like(part) for part in re.split(r"[^\S\n]+[-–][^\S\n]+", name)):
            continue
        q = quoted_before(text, before.start())
        if not q or len(re.findall(r"[^\W\d_]{2,}", text[q[1]:q[2]])) < 3:
            continue
        s = c.end() + m.start(1)
        out.append(Candidate(*span(text, base, s, s + len(name)), fold(name), span(text, base, q[1], q[2]), short=True))
    return out


def acronym_before_quote(ctx: Context, c: Candidate) -> Candidate | None:
    """A quotation of several words read as a name, right after an acronym or coined name
    (perhaps with a project word between): 'The CLEAN project “Cleaner Air for …”', 'A HUSKROUTE
    „Határon átnyúló …” projekt', 'The EmpInno Monitor S3 “EmpInno Monitoring …” project'. The
    acronym is the name and the quotation its title."""
    text = ctx.doc.text
    if c.title or len(re.findall(r"[^\W\d_]{2,}", c.name)) < 3:
        return None
    opening = re.search(r"[„“\"«‚][^\S\n]?$", text[max(0, c.start - 2):c.start])
    if not opening:
        return None
    pos = c.start - len(opening.group(0))
    words = ctx.lex.cues["project_before"] + ctx.lex.cues["project_after"]
    cue = re.search(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")[^\S\n]*\Z",
                    text[max(0, pos - 40):pos], re.I) if words else None
    end = pos - len(cue.group(0)) if cue else pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    articles = set(ctx.lex.cues.get("articles", []))
    for _ in range(3):  # one to three words, the last an acronym or coined word
        m = re.search(r"(?<![^\s(])[^\W_][\w&+'’.@!-]*[^\S\n]*\Z", text[max(0, start - 40):start])
        word = m.group(0).strip() if m else ""
        # (not an article or a word opening the sentence: "The CLEAN project")
        if not word or word.lower() in articles or not is_name_like(text[start - len(m.group(0)):end].strip()) \
                or not (word[:1].isupper() or word[:1].isdigit()):
            break
        start -= len(m.group(0))
    name = text[start:end].strip()
    if _shouting_line(text, start, pos):
        return None  # "ODRŽANA POČETNA KONFERENCIJA PROJEKTA „X“": a headline in capitals, not an acronym
    # (a registration code before the quotation is no name: "проект 200CB16IPO007-2011-2-03 „X“")
    # (nor a project's number: "projekto Nr. LT-RU-3-130 „X“", "LLI-302 „X“")
    if re.match(r"[^\W\d_]{1,3}\.[^\S\n]", name) or re.search(r"[-/]\d", name):
        return None
    if not name or not is_name_like(name) or len(re.findall(r"\d+", name)) >= 3 or not abbreviates(name, c.name) and not initials_cover(name, c.name) \
            and not any(w.isupper() for w in name.split()):
        return None
    return Candidate(name, start, start + len(name), fold(name), (c.name, c.start, c.end))


def _shouting_line(text: str, start: int, end: int) -> bool:
    """The line up to the quotation is written in capitals and holds more than the acronym and
    the project word: in a line in capitals no word stands out as an acronym."""
    line = text[text.rfind("\n", 0, start) + 1:end]
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 3 and all(w.isupper() for w in words)
