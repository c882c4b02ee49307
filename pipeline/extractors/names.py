"""Project and cluster names, and titles.

A name is read from labels first ("Acronym: FAB"), then from structure (a slide or heading
that is a bare name, such as "ClusterCOOP"; a page's first line followed by project facts)
and otherwise from cue words: "projekt ChemClust", "das X Projekt", "Klaster Chemii
Specjalistycznej Chem-Ster" (the cue is part of a cluster's name), a quotation after a
project word in any quoting style ("Das Projekt „Smart Production“", "le projet « X »"),
after a word that introduces a name ("unter dem Namen", "o tytule") or a short name
("skrátene „X“"). A programme between the project word and the name is passed over
("the Interreg CENTRAL EUROPE project TRANS-BORDERS"). "Title (ACR)" and "ACR – Title"
give both, and so do an acronym in brackets after a quotation or a long form ("„…“ (ŐRRAGO)"),
a page's title line "ACR Title …", and a first line above a line with only a code and the name.
A name must be plausible: letters, not a year range or a date, not a registration code
("LIFE08"; a code in front, "LIFE21-NAT-SK-LIFE X", is dropped), not an ordinary word the text
also writes in lowercase, not a label line ("Project Summary"). Cue words live in the [names]
table of each language's cue file.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.lexicons import LINGUA_FRANCA, _read_toml, languages, load, org_words
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import QUOTES as _QUOTE_TABLE, fold

CONNECTORS = {"for", "of", "and", "in", "the", "&", "-", "–", "für", "und", "der", "des"}
MAX_NAME_TOKENS = 6


def is_name_like(text: str) -> bool:
    """A bare project name: one to three words, at least one an acronym or in CamelCase
    (coined names may hold a typographic apostrophe, an at sign or an exclamation mark:
    "DYN@MO", "UNITE!")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[\w&+\-.'’@!]+", w) for w in words):
        return False
    return any(_camel(w) or (w.isupper() and sum(c.isalpha() for c in w) >= 3) for w in words)


def _camel(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _is_name_token(tok: str) -> bool:
    if re.fullmatch(r"[\d.,]+-[^\W\d_A-Z][^\W\d]*(?:-[^\W\d]+)*", tok) and tok == tok.lower():
        return False  # "3.5-year-long", "24-month": a measure, not a name
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() or any(c.isupper() for c in tok[1:]))


def name_run(text: str, start: int, lang: str, *, forward: bool = True) -> tuple[int, int] | None:
    """The run of capitalised tokens starting at `start` (or ending there when not forward)."""
    toks, starts, ends = _words(text, lang)
    connectors = set(name_cues(lang).get("name_connectors", []))
    capitalised_nouns = load(lang).nouns_capitalised
    # only the next (or previous) few tokens are looked at: found by bisection, so that a
    # long block with many cues costs linear time, not a scan of the block per cue
    if forward:
        k = bisect.bisect_left(starts, start)
        seq = toks[k:k + MAX_NAME_TOKENS * 4 + 2]
    else:
        k = bisect.bisect_right(ends, start)
        seq = toks[max(0, k - MAX_NAME_TOKENS * 4 - 2):k][::-1]
    taken = []
    for t in seq:
        if forward and t.text.lower() in _label_words(lang):
            break  # "… Good Practices Project Title Let us …": a form's next label ends the name (or is no name)
        if _is_name_token(t.text):
            taken.append(t)
        elif (t.text.lower() in CONNECTORS or t.text.lower() in connectors) and taken and forward:
            taken.append(t)
        else:
            break
        # small connecting words do not count ("The Joy of Exploring the European Cultural Heritage
        # through New Educational Methods"), except in German, whose capitalised nouns run on
        counted = taken if capitalised_nouns else [x for x in taken if _is_name_token(x.text)]
        if sum(1 for x in counted if any(c.isalnum() for c in x.text)) >= MAX_NAME_TOKENS * (1 if capitalised_nouns else 2):
            break
    while taken and not _is_name_token(taken[-1].text):
        taken.pop()
    if not taken:
        return None
    return min(t.start for t in taken), max(t.end for t in taken)


@lru_cache(maxsize=None)
def _label_words(lang: str) -> frozenset[str]:
    """The last words of the title and acronym labels ("title", "acronym", "akronim")."""
    phrases = load(lang).cues.get("title", []) + name_cues(lang).get("acronym", [])
    project = set(load(lang).cues["project_before"]) | set(load(lang).cues["project_after"]) | {"project"}
    return frozenset(w for w in (p.split()[-1].lower() for p in phrases if p.split()) if w not in project)


class Candidate(NamedTuple):
    name: str
    start: int
    end: int
    core: str
    title: tuple[str, int, int] | None = None  # a title given with the name
    short: bool = False  # introduced as the short name ("skrátene „X“")
    cluster: bool = False  # read with a cluster word that opens it ("Klaster Obróbki Metali")


def _span(text: str, base: int, start: int, end: int) -> tuple[str, int, int]:
    return text[start:end], start + base, end + base


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _after_programme(text: str, pos: int, lang: str) -> int:
    """Skips a programme named between a project cue and the name ("projekt Interreg
    V-A X", "le projet Interreg « X »") and a word that introduces the name ("titled")."""
    p = _skip_spaces(text, pos)
    end = programme_end(text, p, lang)
    if end and _cue_re(lang, "programme_in_name").fullmatch(text[p:end]):
        end = None  # "le projet LIFE BIODIV'France": the brand belongs to the name
    if end:
        p = _skip_spaces(text, end + (1 if text[end:end + 1] == ":" else 0))  # "Projekt Horizont 2020: X"
    code = _ACTION_CODE.match(text, p)
    if code and quoted_at(text, code.end()):
        # "projekt KA 210 „X“", "Proyecto KA210, “X”": the key action's code, then the quoted name
        p, end = code.end(), end or code.end()
    key = _cue_re(lang, "key_action").match(text, p)
    if key:
        # "projekt Kľúčovej akcie 1 pre vzdelávanie učiteľov – „X“": the key action and its
        # field, then a dash or colon and the quoted name, within the clause
        after = re.match(r"[^.;!?\n„“”\"«»]{0,80}?[^\S\n][-–:][^\S\n]*(?=[„“\"«‚])", text[key.end():])
        if after and quoted_at(text, key.end() + after.end()):
            p, end = key.end() + after.end(), end or key.end()
    m = re.compile(r",?[^\S\n]*(?=\w)").match(text, p) if end else None
    m = _cue_re(lang, "named").match(text, m.end() if m else p)  # "le projet Interreg V, intitulé X"
    return _skip_spaces(text, m.end()) if m else (p if end else pos)


# an Erasmus+ key action's code ("KA210", "KA 229", "KA122-SCH"), written so in every language
_ACTION_CODE = re.compile(r"KA[^\S\n]?\d{1,3}(?:-[A-Z]{2,4})?(?!\w)[,:]?[^\S\n]*(?:[-–][^\S\n]*)?")


@lru_cache(maxsize=None)
def _cue_re(lang: str, key: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + _alternation(name_cues(lang).get(key, [])) + r")(?!\w)", re.I)


def _quoted(text: str, base: int, pos: int, *, short: bool = False) -> Candidate | None:
    q = quoted_at(text, pos)
    if not q:
        return None
    q = _first_sentence(text, q)
    inner = text[q[0]:q[1]]
    (ns, ne), title = split_acronym(inner)
    name = _span(text, base, q[0] + ns, q[0] + ne)
    t = _span(text, base, q[0] + title[0], q[0] + title[1]) if title else None
    # „Competence Netzwerk …” (ŐRRAGO L00059): the acronym in brackets after the quotation,
    # perhaps with a registration code, is the name and the quotation the title
    # (an acronym of two words, "(KID CZ-A)", has no digit in the second)
    m = re.match(r"\W?[^\S\n]*\(([^()\s,;]{2,20}(?: [A-Z][^()\s,;\d]{0,9})?)(?:[^\S\n]+[\w/.-]*\d[\w/.-]*)?\)", text[q[1]:])
    if not title and m and len(inner.split()) >= 3 and (abbreviates(m.group(1), inner) or is_name_like(m.group(1))):
        s = q[1] + m.start(1)
        return Candidate(*_span(text, base, s, s + len(m.group(1))), fold(m.group(1)), name, short)
    return Candidate(*name, fold(name[0]), t, short)


def _first_sentence(text: str, q: tuple[int, int]) -> tuple[int, int]:
    """„My sustainable future. Moja zrównoważona przyszłość.“: a quotation of two sentences
    of some words each gives the name and its translation; the first is the name."""
    m = re.fullmatch(r"((?:\w+[^\S\n]+){1,7}\w{2,}[!?]?)\.[^\S\n]+(?=[^\W\d_])(?:\S+[^\S\n]+){1,7}\S+\.?", text[q[0]:q[1]])
    return (q[0], q[0] + m.end(1)) if m else q


def _run(text: str, base: int, run: tuple[int, int] | None, lang: str) -> Candidate | None:
    """A name run, without a programme in front ("Interreg CENTRAL EUROPE RESTAURA") and
    with a title after a spaced dash kept apart ("Echos – Echi transfrontalieri")."""
    if not run:
        return None
    start, end = run
    if re.match(r"[+!](?!\w)", text[end:end + 2]):
        end += 1  # "TRANSEURO+", "Car2GO!"
    end = _before_programme_word(text, start, end, lang)
    pe = programme_end(text, start, lang)
    if pe and not _cue_re(lang, "programme_in_name").fullmatch(text[start:pe]):
        start = _skip_spaces(text, pe)
        if start >= end:
            return None
    title = None
    dash = re.search(r"\s[–—-]\s|(?<=[A-Z0-9])[–—-]\s(?=[A-Z])", text[start:end])  # "LEARN4LIFE- ACTIVE …" too
    if dash and start + dash.start() > start:
        t_start = start + dash.end()
        clause = re.match(r"[^,.;:()\n]+", text[t_start:])
        words = name_run(text, t_start, lang)
        if clause and 2 <= len(clause.group(0).split()) <= 10:
            title = _span(text, base, t_start, t_start + len(clause.group(0).rstrip()))
        elif words and words[0] == t_start and len(text[words[0]:words[1]].split()) >= 2:
            title = _span(text, base, *words)  # the capitalised words of a longer clause
        end = start + dash.start()
    return _with_acronym(text, base, Candidate(*_span(text, base, start, end), fold(text[start:end]), title), end)


def _before_programme_word(text: str, start: int, end: int, lang: str) -> int:
    """A name run ends before a programme word ("SMART+ din Programul European …")."""
    words = {w for w in load(lang).cues["programme"] if " " not in w}
    toks = nlp.tokens(text[start:end], lang)
    for n, tok in enumerate(toks[1:], start=1):
        if tok.text.lower() in words:
            keep = [t for t in toks[:n] if _is_name_token(t.text)]
            return start + keep[-1].end if keep else end
    return end


def _with_acronym(text: str, base: int, cand: Candidate, after: int) -> Candidate:
    """"Belgian Nature Integrated Project (BNIP)": the acronym in brackets after a name
    that it abbreviates is the name, and the words before are the title."""
    m = re.match(r"(\s+\w+)?\s*\(([^()\s]{2,20})\)", text[after:])
    if not m:
        # a long form longer than a name run: "Comumunity of … and Technological Multi-Hazards (COVALEX)"
        m = re.match(r"((?:[^\S\n]+[\w-]+){2,8}?)\s*\(([^()\s]{3,20})\)", text[after:])
        if m and not _initials_cover(m.group(2), text[cand.start - base:after + m.end(1)]):
            m = None
    if not m and not cand.title:
        # "Regional Cooperation Management HU-AT 2014 (RECOM HU-AT 2014)": the acronym repeats
        # the long form's last words (a country pair, a year)
        m = re.match(r"[^\S\n]*\(([^()\s]{3,20})((?:[^\S\n]+[^()\s]+){1,2})\)", text[after:])
        long = text[cand.start - base:after]
        tail = m.group(2).strip() if m else ""
        if m and is_name_like(m.group(1)) and long.endswith(" " + tail) and abbreviates(m.group(1), long[:-len(tail)]):
            s, e = after + m.start(1), after + m.end(2)
            return Candidate(*_span(text, base, s, e), fold(text[s:e]), (long, cand.start, after + base))
        m = None
    if not m or cand.title or not is_name_like(m.group(2)):
        return cand
    long_end = after + (m.end(1) if m.group(1) else 0)
    long = text[cand.start - base:long_end]
    words = long.split()
    # the acronym may leave out a brand in front ("LIFE Belgian Nature Integrated Project (BNIP)")
    if len(words) < 2 or not any(abbreviates(m.group(2), " ".join(words[k:])) for k in range(min(2, len(words) - 1))):
        return cand
    s, e = after + m.start(2), after + m.end(2)
    return Candidate(*_span(text, base, s, e), fold(m.group(2)), (long, cand.start, long_end + base))


def _initials_cover(short: str, long: str) -> bool:
    """Most letters of an acronym are the long form's initials, in order."""
    initials = iter("".join(w[0] for w in re.findall(r"\w+", long)).lower())
    return abbreviates(short, long) and sum(c in initials for c in short.lower()) * 2 >= len(short)


@lru_cache(maxsize=1024)
def _words(text: str, lang: str) -> tuple[list[nlp.Span], list[int], list[int]]:
    """The block's tokens with hyphenated compounds joined, and their starts and ends."""
    toks = _compounds(nlp.tokens(text, lang))
    return toks, [t.start for t in toks], [t.end for t in toks]


def _compounds(toks: list[nlp.Span]) -> list[nlp.Span]:
    """Tokens joined by a hyphen without spaces are one word ("Cross-border", "V-A")."""
    out: list[nlp.Span] = []
    for t in toks:
        if len(out) >= 2 and out[-1].text == "-" and out[-2].end == out[-1].start == t.start - 1 \
                and t.text[:1].isalnum() and out[-2].text[-1:].isalnum():
            dash = out.pop()
            first = out.pop()
            t = nlp.Span(first.start, t.end, first.text + dash.text + t.text)
        out.append(t)
    return out


def _drop_article(text: str, run: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """A run without a capitalised article or pronoun in front ("Het LIFE …", "Das …")."""
    if not run:
        return None
    stop = nlp.stop_words(lang)
    for tok in nlp.tokens(text[run[0]:run[1]], lang):
        # a one-letter capital is an article ("A LIFE21-… projekt"), not an acronym
        if tok.text.lower() not in stop or tok.text.isupper() and len(tok.text) > 1:
            return run[0] + tok.start, run[1]
    return None


def _subject_names(ctx: Context, i: int) -> list[Candidate]:
    """A name that opens a sentence saying it is a project ("ESPACE was one of six
    projects", "CluStrat je strategický inovačný projekt")."""
    out = []
    text = ctx.text(i)
    base = ctx.block(i).start
    copulas = ctx.cues(i, {"copula"})
    projects = ctx.cues(i, {"project_before", "project_after"})
    for sent in ctx.sentences(i):
        run = name_run(text, sent.start - base, ctx.lang)
        if not run or run[0] != sent.start - base or not is_name_like(text[run[0]:run[1]]):
            continue
        # "BEST “Addressing joint … Development” è un Progetto": the full title quoted after the name
        q = quoted_at(text, run[1]) if text[run[1]:run[1] + 1] == " " else None
        after = q[1] + 1 if q and len(text[q[0]:q[1]].split()) >= 3 else run[1]
        title = _span(text, base, *q) if after != run[1] else None
        cop = next((c for c in copulas if c.start - base >= after and not text[after:c.start - base].strip()), None)
        if cop and any(0 <= p.start - cop.end <= 60 and p.end <= sent.end for p in projects):
            out.append(Candidate(*_span(text, base, *run), fold(text[run[0]:run[1]]), title))
    return out


@lru_cache(maxsize=None)
def _hyphen_compounds(text: str, base: int, lang: str, words: tuple[str, ...]) -> list[Candidate]:
    """A project word joined to a name by a hyphen (Dutch, German, …): "het ENLEB-project" names
    the project; "das Interreg-Projekt X" is the programme's project, named after it."""
    out = []
    for m in re.finditer(r"(?<![\w-])([\w@+.]*\w)-(?:" + _alternation(words) + r")(?![\w-])", text, re.I):
        if programme_end(text, m.start(1), lang) == m.end(1):
            out.append(_quoted(text, base, m.end()) or _run(text, base, name_run(text, m.end(), lang), lang))
        elif is_name_like(m.group(1)):
            out.append(Candidate(*_span(text, base, m.start(1), m.end(1)), fold(m.group(1))))
    return out


@lru_cache(maxsize=None)  # one pattern per language: built from all thirteen cue files
def _foreign_re(lang: str) -> re.Pattern:
    """Project words of the other languages that are no cue word of this one ("projet" in an
    English page), for a page that quotes another language's sentences."""
    own = {w for values in load(lang).cues.values() for phrase in values for w in phrase.split()}
    words = {w.lower() for code in languages() if code != lang
             for w in _read_toml(code).get("project_before", []) if " " not in w and w.lower() not in own}
    return re.compile(r"(?<!\w)(?:" + _alternation(sorted(words)) + r")(?!\w)", re.I)


def _foreign_cues(ctx: Context, i: int) -> list[nlp.CueMatch]:
    """Another language's project word in block i, read as a project_before cue: a page in one
    language quoting another ("Le lycée participe au projet Erasmus+ T.I.M.E." in an English
    page) names the project with that language's word."""
    base = ctx.block(i).start
    return [nlp.CueMatch("project_before", base + m.start(), base + m.end(), m.group(0))
            for m in _foreign_re(ctx.lang).finditer(ctx.text(i))]


def _acronym_after_words(text: str, base: int, pos: int) -> Candidate | None:
    """"le projet d'établissement EASY (Education and Sustainability for the Young, …)": an
    acronym a word or two after the project word, its long form in brackets after it."""
    m = re.match(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]+){1,2}?([^\W\d_][\w-]*)[^\S\n]*\(([^()\n]{10,200})\)", text[pos:])
    if not m or not is_name_like(m.group(1)) or not m.group(0).lstrip()[:1].islower():
        return None
    long = re.split(r"\s*[,;]\s|\s[–—-]\s", m.group(2))[0].strip()
    if len(long.split()) < 2 or not _initials_cover(m.group(1), long):
        return None
    s, ls = pos + m.start(1), pos + m.start(2)
    return Candidate(*_span(text, base, s, s + len(m.group(1))), fold(m.group(1)), _span(text, base, ls, ls + len(long)))


def _cluster_named(text: str, base: int, cue: int, run: tuple[int, int], lang: str) -> Candidate:
    """A cluster's name that opens with its cluster word ("Klaster Obróbki Metali"); when the
    long name is followed by a short one ("Polski Klaster Technologii Mikrobiologicznych
    ProBioCluster"), the short one is the name and the long one, with an adjective in front
    of the cluster word, the title."""
    words = text[run[0]:run[1]].split()
    last = words[-1]
    if len(words) >= 3 and (_camel(last) or last.isupper() and len(last) >= 4) \
            and not any(is_name_like(w) for w in words[:-1]):
        before = _drop_article(text, name_run(text, cue, lang, forward=False), lang)
        t_start = before[0] if before and len(text[before[0]:cue].split()) <= 2 and before[1] == cue - 1 else cue
        s0 = run[1] - len(last)
        return Candidate(*_span(text, base, s0, run[1]), fold(last), _span(text, base, t_start, len(text[:s0].rstrip())))
    return Candidate(text[cue:run[1]], cue + base, run[1] + base, fold(text[run[0]:run[1]]), cluster=True)


def candidates(ctx: Context) -> list[Candidate]:
    """Every cue-introduced name in the section: after or before a project word, after a
    word that introduces a name ("titled", "unter dem Namen"), quoted or as a run of
    capitalised words; a cluster's name with its cue word."""
    out: list[Candidate | None] = []
    lang = ctx.lang
    section_about_project = any(ctx.cues(i, {"project_before", "project_after"}) for i in ctx.indices)
    for i in ctx.indices:
        text = ctx.text(i)
        base = ctx.block(i).start
        for cue in ctx.cues(i, {"project_before", "project_after", "cluster_names"}) + _foreign_cues(ctx, i):
            if cue.key == "project_before":
                pos = _after_programme(text, cue.end - base, lang)
                dotted = re.match(r"[^\S\n]*((?:[A-Z]\.){2,}[A-Z]?)(?!\w)", text[pos:])  # "le projet Erasmus+ T.I.M.E."
                if dotted:
                    s = pos + dotted.start(1)
                    out.append(Candidate(*_span(text, base, s, s + len(dotted.group(1))), fold(dotted.group(1))))
                    continue
                found = (_quoted(text, base, pos) or _run(text, base, name_run(text, pos, lang), lang)
                         or _acronym_after_words(text, base, pos))
                if found and cue.text.isupper() and found.name.isupper() and ctx.doc.text.count(found.name) < 2 \
                        and not _is_quoted(ctx, found):
                    continue  # "PROJECT FINISHED": a line in capitals, not a project word and an acronym
                if found and not found.title and not _is_quoted(ctx, found) \
                        and opens_sentence_case(ctx.doc.text, found.start, found.end):
                    # "s projektom Kolesarske verige na podeželju, uspešno …": a sentence-case title
                    # that runs to the end of its clause
                    found = _clause_title(text, base, found.start - base, ctx) or found
                out.append(found)
            elif cue.key == "project_after":
                at = cue.start - base
                between = re.search(r"(?:" + _cue_re(lang, "named_after").pattern + r")\s*$", text[:at], re.I)
                if between and not re.search(r"[“”\"»«‘’]\s*$", text[:between.start()]):
                    at = between.start()  # "az X-PARC c. projekt", "a Zöld Híd nevű projekt"
                run = name_run(text, at, lang, forward=False)
                found = _run(text, base, _drop_article(text, run, lang), lang)
                out.append(found and _with_acronym(text, base, found, cue.end - base))
            elif cue.text[:1].isupper():
                run = name_run(text, cue.end - base, lang)
                if run and run[0] - (cue.end - base) <= 1:
                    out.append(_cluster_named(text, base, cue.start - base, run, lang))
            else:
                # "clusterului TREC", "klastra ATR": an acronym or CamelCase name after a cluster word
                m = re.match(r"[^\S\n]+([\w'’+-]+)", text[cue.end - base:])
                if m and is_name_like(m.group(1)) and not programme_end(text, cue.end - base + m.start(1), lang):
                    s0 = cue.end - base + m.start(1)
                    out.append(Candidate(*_span(text, base, s0, s0 + len(m.group(1))), fold(m.group(1))))
        whole = quoted_at(text, 0)
        pos = ctx.indices.index(i)
        if whole and not text[whole[1] + 1:].strip(" .\u201d\u201c\"") and pos and ctx.cues(ctx.indices[pos - 1], {"project_before", "project_after"}):
            # a line that is one quotation, under a line about the project, is its name
            out.append(_quoted(text, base, 0))
        # "called „X“" names a project only in a paragraph about one (not "the workshop was called …")
        about_project = bool(ctx.cues(i, {"project_before", "project_after"}))
        for m in _cue_re(lang, "named").finditer(text if about_project else ""):
            found = _quoted(text, base, m.end())
            if not found and not text[m.end():].strip() and pos + 1 < len(ctx.indices):
                # "… s názvom" ends the line; the quotation opens the next one
                nxt = ctx.indices[pos + 1]
                found = _quoted(ctx.text(nxt), ctx.block(nxt).start, 0)
            if not found:
                run = name_run(text, _skip_spaces(text, m.end()), lang)
                if run and run[0] == _skip_spaces(text, m.end()) and is_name_like(text[run[0]:run[1]]):
                    found = _run(text, base, run, lang)
            out.append(found)
        for m in _cue_re(lang, "named_after").finditer(text):
            # „X” címmel: the quotation closed just before the word
            before = re.search(r"[“”\"»«‘’]\s*$", text[:m.start()])
            if before:
                opening = max(text.rfind(q, 0, before.start()) for q in QUOTES)
                q = quoted_at(text, opening) if opening >= 0 else None
                if q and q[1] == before.start():
                    out.append(_quoted(text, base, opening))
        out.extend(_subject_names(ctx, i))
        out.extend(_hyphen_compounds(text, base, lang, tuple(ctx.lex.cues["project_after"])))
        if pos < 3 and ctx.block(i).kind in (HEADING, PARAGRAPH) and len(text.split()) <= 25 \
                and not text.rstrip().endswith((".", "!", "?")) and "\n" not in text.strip():
            out.append(_acronym_heading(ctx, i) or _typed_heading(ctx, i) or _bracketed_heading(ctx, i))
        for m in _cue_re(lang, "programme_in_name").finditer(text):
            # "LIFE medCLIFFS": the programme's projects are named with its brand
            nxt = re.match(r"[^\S\n]+([\w'’+-]+)", text[m.end():])
            if text[m.start():m.end()].isupper() and nxt and is_name_like(nxt.group(1)):
                end = m.end() + nxt.end()
                out.append(Candidate(*_span(text, base, m.start(), end), fold(text[m.start():end])))
        for m in _cue_re(lang, "short_name").finditer(text):
            found = _quoted(text, base, m.end(), short=True)
            if found:
                # the long name is the quotation closed just before the cue ("„…“, skrátene „X“")
                before = re.search(r"[“”\"»«‘’]\s*[,;(]?\s*$", text[:m.start()])
                if before and not found.title:
                    opening = max(text.rfind(q, 0, before.start()) for q in QUOTES)
                    q = quoted_at(text, opening) if opening >= 0 else None
                    if q and q[1] == before.start():
                        found = found._replace(title=_span(text, base, *q))
                out.append(found)
        for start, end in programme_mentions(text, lang):
            # "el Programa Erasmus + «Youngs on the move»": a quotation right after a brand
            # (or right after "el Programa Erasmus +": a programme's own name is not quoted after its brand)
            # (the brand itself quoted, „Horizon 2020“ …, is closed by that mark, which opens nothing)
            if re.match(r"[^\S\n]*[«„“\"‚‘»]", text[end:]) and (section_about_project or _programme_word_before(text, start, lang)) \
                    and not re.search(r"[«„“\"‚‘»][^\S\n]*$", text[:start]):
                out.append(_quoted(text, base, end))
    # one name found through two cues ("projektu pn. „X“") counts once
    out = [_without_code(c) for c in out if c]
    out = list({c.start: c for c in out if plausible_name(c.name, ctx.doc.text)}.values())
    out = [c for c in out if not _label_line(ctx, c) and not _code_label(ctx, c) and not _organisation(ctx, c)]
    out = [c for c in out if not _plain_word(c.name, c.start, ctx)]
    # one ordinary capitalised word followed by lowercase words opens a sentence-case title
    # whose end we cannot see ("projekt Oprava chodníků v centru obce"): kept only if it recurs
    seen = Counter(c.core for c in out)
    out = [c for c in out if seen[c.core] > 1 or not _opens_lowercase_title(ctx, c)]
    # a "name" that is itself a cue word or a country is not a project name
    cue_words = {c for k in ("partners", "lead_partner", "programme", "activities") for c in ctx.lex.cues[k]}
    return [c for c in out if c.core not in cue_words and len(c.name) >= 3]


def _programme_word_before(text: str, pos: int, lang: str) -> bool:
    """A programme word ends right before pos ("el Programa Erasmus+", "programu Interreg")."""
    before = text[max(0, pos - 40):pos]
    return any(not before[c.end:].strip() for c in nlp.cues(before, lang, {"programme"}))


# a registration code in front of a name: "LIFE21-NAT-SK-LIFE Metamorphosis", "HURO/1101/187/1.3.1 X-PARC"
# (segments after the first are short capitals or hold a digit; the code holds a digit)
_CODE = re.compile(r"(?=\S*\d)[A-Z]+\d*(?:[-/](?:[A-Z]{1,3}|[A-Z]*\d[\w.]*)(?![\w.]))+[-/\s]+(?=[^\W\d_])")


def _without_code(c: Candidate) -> Candidate:
    m = _CODE.match(c.name)
    if not m or m.end() >= len(c.name):
        return c
    return c._replace(name=c.name[m.end():], start=c.start + m.end(), core=fold(c.name[m.end():]))


@lru_cache(maxsize=4096)  # asked once per candidate, and a long block repeats its candidates
def plausible_name(name: str, text: str) -> bool:
    """A name holds a word of letters (not "2017-19", "2. 3. 2018") and is no registration
    code ("LIFE+ LIFE08"); a name that is not an acronym is a proper name, so not a phrase the
    text writes in lowercase as often as capitalised ("Project Topics" beside "the following topics")."""
    words = re.findall(r"[^\W\d_]+", name)
    if sum(len(w) for w in words) < 2 or re.search(r"(?<!\w)[A-Z]{2,}\d{2}(?!\w)", name) and len(words) <= 2:
        return False
    if name[:1].isdigit() and " " in name and sum(len(w) for w in words) <= 3:
        return False  # an amount or a date after a project word ("41 108,00 EUR", "12 May")
    if is_name_like(name) or not name[:1].isupper():
        return True
    lower = len(re.findall(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text))
    return lower < len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


def _label_line(ctx: Context, c: Candidate) -> bool:
    """"Project Summary", "Projekt Ziele" as a line of its own is a label or a heading of
    the page's parts, not a name: ordinary words, neither an acronym nor quoted."""
    for i in ctx.indices:
        b = ctx.block(i)
        if b.start <= c.start < b.end:
            rest = ctx.doc.text[b.start:c.start].strip()
            whole = not ctx.doc.text[c.end:b.end].strip(" :")
            return (whole and rest.lower() in ctx.lex.cues["project_before"] and not is_name_like(c.name)
                    and not _is_quoted(ctx, c) and len(c.name.split()) <= 3)
    return False


def _code_label(ctx: Context, c: Candidate) -> bool:
    """"Kód projektu ITMS II: 22410220039": words before a colon and a number label a code."""
    return bool(re.match(r"[^\S\n]*:[^\S\n]*[A-Z]{0,4}[\d/.-]{4,}", ctx.doc.text[c.end:c.end + 40]))


def _organisation(ctx: Context, c: Candidate) -> bool:
    """"projektu Gminy Biała": a capitalised run that opens with an organisation-type word is the
    organisation whose project it is, not the project's name (a quoted name may open so)."""
    if _is_quoted(ctx, c) or c.title:
        return False
    first = fold(c.name.split()[0]) if c.name.split() else ""
    return len(c.name.split()) >= 2 and any(fold(t) == first for t in ctx.lex.cues.get("org_types", []) if " " not in t)


def _acronym_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the acronym, then the title ("BIOPOLIS Teaming to Upgrade
    to Excellence in …"), the acronym being written again in the text."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*(\S+)\s+([A-Z][^\W\d_]*(?:\s+\S+){2,})\s*", text)
    if not m or not is_name_like(m.group(1)) or m.group(1).endswith((":", ",")) or ":" in m.group(2):
        return None
    if programme_end(text, m.start(1), ctx.lang) or ctx.doc.text.count(m.group(1)) < 2:
        return None
    base = ctx.block(i).start
    return Candidate(*_span(text, base, m.start(1), m.end(1)), fold(m.group(1)), _span(text, base, m.start(2), m.end(2)))


def _bracketed_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the title, then the acronym in brackets ("Magyarország –
    Szlovákia Kezdeményezés … (HUSKI)"): the acronym is the name, the words before it the title."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*([^\W\d_][^()]{10,}?)[^\S\n]*\(([^()\s]{3,20})\)\s*", text)
    if not m or len(m.group(1).split()) < 3 or not is_name_like(m.group(2)) or programme_end(m.group(2), 0, ctx.lang):
        return None
    base = ctx.block(i).start
    return Candidate(*_span(text, base, m.start(2), m.end(2)), fold(m.group(2)), _span(text, base, m.start(1), m.end(1)))


def _typed_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that names the project, then says what it is: "Social Europe 2020:
    an Erasmus+ Project 2017-19", "Wege ohne Grenzen: ein Interreg-Projekt"."""
    text = ctx.text(i)
    m = re.match(r"\s*([^\W\d_][^:]{2,60}?):\s", text)
    if not m or not text[m.start(1)].isupper() or len(m.group(1).split()) > 6:
        return None
    base = ctx.block(i).start
    cues = [c for c in ctx.cues(i, {"project_before", "project_after"}) if c.start - base >= m.end()]
    if not cues or len(text[m.end():cues[0].start - base].split()) > 3 or ctx.cues(i, {"project_before", "project_after"})[0] != cues[0]:
        return None
    return Candidate(*_span(text, base, m.start(1), m.end(1)), fold(m.group(1)))


def _opens_lowercase_title(ctx: Context, c: Candidate) -> bool:
    if " " in c.name or is_name_like(c.name) or c.title or _is_quoted(ctx, c) or any(ch.isdigit() for ch in c.name):
        return False
    after = ctx.doc.text[c.end:c.end + 40]
    return bool(re.match(r" [^\W\d_]", after)) and after[1:2].islower()


_CLAUSE = re.compile(r"[^,.;:!?()\[\]\n\"„“”«»]+")
MAX_CLAUSE_TITLE = 10


def _clause_title(text: str, base: int, start: int, ctx: Context) -> Candidate | None:
    end = clause_title_end(text, start, ctx.lang, ctx.doc.text, text[max(0, start - 80):start])
    return Candidate(*_span(text, base, start, end), fold(text[start:end])) if end else None


def clause_title_end(text: str, start: int, lang: str, whole: str, before: str = "") -> int | None:
    """A capitalised word followed by lowercase words, after a project word, is a sentence-case
    title; it is read up to the end of its clause when that comes within a few words: a
    copula ("je", "est", "ist") or a comma or semicolon ("s projektom X, ki …"). A
    sentence's full stop ends a title only when the text writes the title again elsewhere
    (in "projekt Oprava chodníků získal dotaci." the clause goes on into the predicate).
    A clause that holds a number or speaks of the funding is prose, not a title, and after
    partner words ("partneri na projektu Turistička zajednica …", `before` the project word
    in its clause) the words name a partner."""
    clause_before = re.split(r"[.;:!?\n]", before)[-1]
    if nlp.cues(clause_before, lang, {"partners", "partner_nouns", "partner_predicate", "lead_partner", "coordinator"}):
        return None
    m = _CLAUSE.match(text, start)
    if not m:
        return None
    clause = m.group(0)
    ends = [c.start for c in nlp.cues(clause, lang, {"copula"}) if c.start > 0]
    if ends:
        clause = clause[:min(ends)]
    clause = clause.rstrip(" -–—")
    words = clause.split()
    if not 2 <= len(words) <= MAX_CLAUSE_TITLE or any(ch.isdigit() for ch in clause):
        return None
    if nlp.cues(clause, lang, {"programme", "funder"}) or programme_mentions(clause, lang):
        return None  # "Współfinansowany w ramach programu …": words about the funding, not a title
    if words[1].lower() in name_cues(lang).get("name_connectors", []) + sorted(CONNECTORS):
        return None  # "il progetto Marenostro per la tutela delle coste": a name, then its purpose
    closing = text[m.end():m.end() + 1]
    if not ends and closing not in ",;" and whole.count(clause) < 2:
        return None
    return start + len(clause)


def opens_sentence_case(text: str, start: int, end: int) -> bool:
    """One ordinary capitalised word followed by a lowercase word ("Oprava chodníků …")."""
    name = text[start:end]
    if not name.isalpha() or is_name_like(name):
        return False  # a coined word ("E-chain", "Car2GO") is a name of its own
    return bool(re.match(r" [^\W\d_]", text[end:end + 2])) and text[end + 1:end + 2].islower()


def _plain_word(name: str, start: int, ctx: Context) -> bool:
    """One ordinary word that is capitalised only because it opens a sentence ("The project X")."""
    if " " in name or _camel(name) or name.isupper():
        return False
    return any(s.start == start for i in ctx.indices for s in ctx.sentences(i))


def strip_cue(name: str, ctx: Context) -> str:
    """A heading "Projekt InnoHPC" names the project "InnoHPC"."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in ctx.lex.cues["project_before"]:
        return " ".join(words[1:])
    if len(words) > 1 and words[-1].lower() in ctx.lex.cues["project_after"]:
        return " ".join(words[:-1])
    return name


def project_name(ctx: Context) -> tuple[str, int, int] | None:
    found = _project_name(ctx)
    return found and _as_written_elsewhere(ctx, found)


def _as_written_elsewhere(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name of several words in capitals ("NA POLSKO CZESKIEJ GRANICY …", a page shouting it)
    that the text also writes in ordinary case (its title line "Na polsko-czeskiej granicy …")
    is named in that case: capitals hide which words are proper names."""
    name = found[0]
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 3 or not name.isupper():
        return found
    pattern = r"(?<!\w)" + r"[\s\-–]+".join(re.escape(w) for w in words) + r"(?!\w)"
    for m in re.finditer(pattern, ctx.doc.text, re.I):
        if not m.group(0).isupper() and "\n" not in m.group(0):
            return m.group(0), m.start(), m.end()
    return found


def _project_name(ctx: Context) -> tuple[str, int, int] | None:
    if ctx.section.name is not None:
        # the splitter read the name that opens this section ("Projekt: X", "Das Projekt „X“ …")
        s, e = _first_sentence(ctx.doc.text, ctx.section.name)  # „My future. Moja przyszłość.“
        # „Kom(m)ando – Gemeinsamer Schutz vor Klimafolgen“: the short name before the dash
        (ns, ne), title = split_acronym(ctx.doc.text[s:e])
        if title:
            return ctx.doc.text[s + ns:s + ne], s + ns, s + ne
        return ctx.doc.text[s:e], s, e
    labelled = name_label(ctx)
    if labelled:
        return labelled
    if ctx.section.heading is not None:
        b = ctx.block(ctx.section.heading)
        text = ctx.text(ctx.section.heading)
        name = strip_cue(text, ctx)
        start = b.start + text.find(name)
        if plausible_name(name, ctx.doc.text) and name.lower() not in ctx.lex.cues["project_before"] + ctx.lex.cues["project_after"]:
            # not "PROJEKTY 2021", nor a heading that is only the word "PROJEKT"
            return name, start, start + len(name)
    cands = candidates(ctx)
    short = [c for c in cands if c.short]
    if short:
        return short[0].name, short[0].start, short[0].end
    if cands:
        counts = Counter(c.core for c in cands)
        # a long form given with its acronym ("Start in Mountains (SIM)") counts for the acronym
        # (and so does a part of it: "Integrated" in "Belgian Nature Integrated Project (BNIP)")
        for long, short in sorted({(fold(c.title[0]), c.core) for c in cands if c.title}):
            for core in [k for k in counts if k != short and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", long)]:
                counts[short] += counts.pop(core)
        # a run that goes on past a name read elsewhere ("projektu ClusterCOOP György Szabó")
        # is that name once more
        for core in sorted(counts, key=len):
            if core in counts and (is_name_like(core) or counts[core] > 1):
                for longer in [k for k in counts if k.startswith(core + " ")]:
                    counts[core] += counts.pop(longer)
        # a name that recurs beats one seen once; among equals, the first one written
        # a lone capitalised word ("Współfinansowany") is a weaker name than a quoted one,
        # an acronym or several words
        strong = {c.core for c in cands if _is_quoted(ctx, c) or is_name_like(c.name) or " " in c.name}
        # a name written with its long form ("… Project (BNIP)", "KAIROS - Heritage as …") is
        # the surest of equals
        titled = {c.core for c in cands if c.title}
        # a phrase opened by a cluster word ("Cluster Matchmaking Roadshow") is a weaker name
        # than one read after a project word or standing as the subject
        plain = {c.core for c in cands if not c.cluster}
        best_core = max(counts, key=lambda core: (counts[core], core in titled, core in strong, core in plain,
                                                  -min(c.start for c in cands if c.core == core)))
        # the first form that starts with the cue's dictionary form ("Klaster", not "Klastra")
        forms = [c for c in cands if c.core == best_core]
        title = title_label(ctx)
        if title and counts[best_core] == 1 and best_core not in strong:
            # one ordinary word seen once ("Project Topics: …") is weaker than a labelled title
            return acronym_of(ctx, title[0]) or title
        return forms[0].name, forms[0].start, forms[0].end
    # a title given with no short name is the project's name, unless an acronym of it is written
    # (beside it in the label: "Full title – ACR")
    title = title_label(ctx, whole=True)
    if title:
        parts = _label_parts(title)
        return parts[0] if parts else acronym_of(ctx, title[0]) or title
    return top_heading(ctx)


def acronym_of(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """An acronym written in the section that abbreviates the title, most of its letters
    being the title's initials ("EFFUSE" for "Environment For the Future by Scientific Education")."""
    initials = "".join(w[0] for w in re.findall(r"\w+", title)).lower()
    for i in ctx.indices:
        text = ctx.text(i)
        for m in re.finditer(r"(?<![\w/])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w/])", text):
            word = m.group(0)
            if len(word) < 3 or not is_name_like(word) or not abbreviates(word, title):
                continue
            rest = iter(initials)
            if sum(c in rest for c in word.lower()) * 2 >= len(word):
                return word, ctx.block(i).start + m.start(), ctx.block(i).start + m.end()
    return None


def _is_quoted(ctx: Context, c: Candidate) -> bool:
    before = ctx.doc.text[max(0, c.start - 2):c.start].strip()
    return bool(before) and before[-1] in "".join(QUOTES)


def _unquote(text: str, start: int) -> tuple[str, int, int]:
    """A value without the quotes around it and a final full stop: „X“. -> X (and without the
    bars of a table's cell: "| „X“ |")."""
    cell = re.fullmatch(r"(\s*\|)?([^|]*?)(?:\|\s*)?", text)
    if cell and cell.group(1):
        start += cell.start(2)
        text = cell.group(2)
    value = text.strip()
    start += len(text) - len(text.lstrip())
    opening = "".join(QUOTES) + ","
    closing = "".join(QUOTES.values())
    if value[:1] in opening and value.rstrip(".")[-1:] in closing:
        value = value.rstrip(".")[1:-1]
        start += 1
        if value.startswith(","):  # ,,X”
            value, start = value[1:], start + 1
    elif value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    return value, start + lead, start + lead + len(value)


def value_block(ctx: Context, i: int, keys: set[str]) -> tuple[int, int] | None:
    """Offsets of a label's value: the rest of its line, or the next block when the label
    stands alone ("Název projektu:" above the title) — unless that block is itself a
    label, as in a flattened table whose labels come before their values."""
    found = ctx.label_value(i, keys) or _label_alone(ctx, i, keys)
    if not found:
        return None
    _, start, end = found
    if ctx.doc.text[start:end].strip():
        if start < ctx.block(i).end:
            return start, end
        j = next((j for j in ctx.indices if ctx.block(j).start == start), None)
    else:
        pos = ctx.indices.index(i)
        j = ctx.indices[pos + 1] if pos + 1 < len(ctx.indices) else None
    if j is None:
        return None
    nxt = ctx.text(j).strip().rstrip(":").strip().lower()
    if not nxt or any(c.text.lower() == nxt for c in ctx.cues(j)) or _cue_re(ctx.lang, "acronym").fullmatch(nxt):
        return None
    return ctx.block(j).start, ctx.block(j).end


def _label_alone(ctx: Context, i: int, keys: set[str]):
    """A short line ending in a label's cue ("Project Title", "Dotační program") above its
    value, which a reader took for a heading as it is a short line too."""
    text = ctx.text(i).strip().rstrip(":").strip()
    pos = ctx.indices.index(i)
    cues = [c for c in ctx.cues(i, keys) if text.lower().endswith(c.text.lower())]
    if not cues or len(text.split()) > len(cues[-1].text.split()) + 1 or pos + 1 >= len(ctx.indices):
        return None
    nxt = ctx.block(ctx.indices[pos + 1])
    if nxt.kind not in (HEADING, PARAGRAPH) or not text[:1].isupper():
        return None
    if pos and _whole_label(ctx, ctx.indices[pos - 1]):
        return None  # a table's header row, labels one after another ("Rövid cím", "Projekt címe")
    return cues[-1], nxt.start, nxt.end


def _whole_label(ctx: Context, i: int) -> bool:
    text = ctx.text(i).strip().rstrip(":").strip().lower()
    return any(c.text.lower() == text for c in ctx.cues(i)) or bool(_cue_re(ctx.lang, "acronym").fullmatch(text))


def _before_next_label(value: str) -> str:
    """A value up to the next "Label:" that a reader joined onto its line
    ("Podpora inovácií … tém Participujúce krajiny: Slovensko, …")."""
    for m in re.finditer(r":\s", value):
        words = value[:m.start()].split()
        for n in (1, 2, 3):
            if len(words) > n and words[-n][:1].isupper() and all(w[:1].isalpha() for w in words[-n:]):
                cut = value[:m.start()].rstrip()
                for _ in range(n):
                    cut = cut[:cut.rfind(" ")].rstrip() if " " in cut else ""
                if len(cut.split()) >= 2 and not re.search(r"[:;]\s*$", cut):
                    return cut
    return value


def title_label(ctx: Context, *, whole: bool = False) -> tuple[str, int, int] | None:
    """The value after a title label ("Název projektu:", "Project title" on its own line);
    of a value that gives the title with its acronym ("Full title – ACR"), the title part
    unless `whole`."""
    for i in ctx.indices:
        found = value_block(ctx, i, {"title"})
        if found:
            line = _before_next_label(ctx.doc.text[found[0]:found[1]].split("\n")[0])
            value = _unquote(line, found[0])
            if len(value[0]) >= 3:
                parts = _label_parts(value)
                return value if whole or not parts else parts[1]
    return form_value(ctx, "title")


# labels of a form whose lines lost their colons and line breaks ("Project Title X Project
# Acronym Y Project Start Date …"): a value runs from its label to the next label
FORM_KEYS = {"title", "programme", "budget_total", "budget_eu", "duration", "start", "end",
             "lead_partner", "coordinator", "call"}
MAX_FORM_VALUE = 20


def _form_labels(ctx: Context, i: int) -> list[tuple[str, int, int]]:
    """(key, start, end) in block i's text of the capitalised labels a form writes, one
    label per place (the longest), in text order; the acronym labels are read as key "acronym"."""
    text = ctx.text(i)
    base = ctx.block(i).start
    found = [(c.key, c.start - base, c.end - base) for c in ctx.cues(i, FORM_KEYS) if c.text[:1].isupper()]
    found += [("acronym", m.start(), m.end()) for m in _cue_re(ctx.lang, "acronym").finditer(text) if m.group(0)[:1].isupper()]
    out: list[tuple[str, int, int]] = []
    for f in sorted(found, key=lambda f: (f[1], f[1] - f[2])):
        if out and f[1] < out[-1][2]:
            continue
        out.append(f)
    return out


def _opens_with_label(ctx: Context, i: int) -> bool:
    """Block i is one line that opens with a capitalised label (a word or two before it:
    "A felhívás kódja …"), as a form's rows do."""
    text = ctx.text(i)
    if "\n" in text.strip() or not text.strip()[:1].isupper():
        return False
    base = ctx.block(i).start
    starts = [c.start - base for c in ctx.cues(i, FORM_KEYS)] + [l[1] for l in _form_labels(ctx, i)]
    return bool(starts) and len(text[:min(starts)].split()) <= 2


def form_value(ctx: Context, key: str) -> tuple[str, int, int] | None:
    """The value of a `key` label in a form written without colons: several labels on one line
    ("… Project Title Let us Bring … Project Acronym Let's BET … Project Start Date …"), the value
    running up to the next label; or a row that opens with the label, its value the rest of the
    line, between rows that open with labels too ("Rövid cím Sport" above "A felhívás kódja …")."""
    project_words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    for pos, i in enumerate(ctx.indices):
        text = ctx.text(i)
        labels = _form_labels(ctx, i)
        for n, (k, start, end) in enumerate(labels):
            if k != key or text[end:end + 2].lstrip(" ")[:1] in (":", ""):
                continue
            line_end = text.find("\n", end) % (len(text) + 1)
            nxt = labels[n + 1][1] if n + 1 < len(labels) and labels[n + 1][1] < line_end else None
            if nxt is not None:
                # "… Project Start Date": a project word opens the next label
                before = re.search(r"(?:^|\s)(\w+)\s*$", text[end:nxt])
                if before and before.group(1).lower() in project_words and before.group(1)[:1].isupper():
                    nxt = end + before.start(1)
                # a form line: a label before this one (its value short, no sentence) or two after it
                gap = text[labels[n - 1][2]:start] if n else ""
                line_start = text.rfind("\n", 0, start) + 1
                in_line = n and len(gap.split()) <= MAX_FORM_VALUE and not re.search(r"[.!?]\s", gap) \
                    or n + 2 < len(labels) and labels[n + 2][1] < line_end and len(text[line_start:start].split()) <= 2
                if not in_line:
                    continue
                value_end = nxt
            else:
                # a row of its own: the label opens the block, and a row beside it opens with a label
                rows = [j for j in ctx.indices[max(0, pos - 2):pos + 3] if j != i]
                if len(text[:start].split()) > 2 or "\n" in text.strip() or not any(_opens_with_label(ctx, j) for j in rows):
                    continue
                value_end = line_end
            raw = text[end:value_end]
            value = raw.strip(" |\t")
            words = value.split()
            if not 1 <= len(words) <= MAX_FORM_VALUE or re.search(r"[.!?;:]\s|,\s+[^\W\d_A-Z]|www\.|https?:", value) \
                    or not (value[:1].isupper() or value[:1].isdigit() or _quoted_value(value)):
                continue  # a value is a name, a date or an amount, not a clause of prose
            s = ctx.block(i).start + end + raw.find(value)
            return _unquote(value, s)
    return None


def _quoted_value(value: str) -> bool:
    return value[:1] in "".join(QUOTES)


def _label_parts(value: tuple[str, int, int]) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """(name, title) of a labelled title written with its acronym ("Full title – ACR",
    "Full title (ACR)"), else None."""
    m = re.fullmatch(r"(.+?)[^\S\n]*\(([^()]{5,200})\)", value[0])
    if m and is_name_like(m.group(1)) and len(m.group(2).split()) >= 2 and not is_name_like(m.group(2)):
        # "ConnReg SK-AT (Connecting Regions SK-AT)": the short name, then the title in brackets
        return _span(value[0], value[1], *m.span(1)), _span(value[0], value[1], *m.span(2))
    (ns, ne), title = split_acronym(value[0])
    if not title or not is_name_like(value[0][ns:ne]):
        return None  # "Obnova mlýna – naučná stezka": a title with a dash, no acronym
    return _span(value[0], value[1], ns, ne), _span(value[0], value[1], *title)


def name_label(ctx: Context) -> tuple[str, int, int] | None:
    """The value after a short-name label ("Acronym: FAB", "Akronim projektu:" then "X")."""
    pattern = _cue_re(ctx.lang, "acronym")
    for pos, i in enumerate(ctx.indices):
        text = ctx.text(i)
        base = ctx.block(i).start
        m = pattern.match(text.strip())
        # "A kisprojekt rövid címe:": a word or two before the label, which a colon closes
        before = re.match(r"(?:[^\W\d_]+[^\S\n]+){1,2}", text.strip()) if not m else None
        if before:
            m = pattern.match(text.strip(), before.end())
            m = m if m and text.strip()[m.end():].lstrip().startswith(":") else None
        if not m:
            continue
        lead = len(text) - len(text.lstrip())
        rest = text.strip()[m.end():]
        if rest.lstrip().startswith(":") and rest.strip(" :"):
            start = base + lead + m.end() + rest.index(":") + 1
            value = _unquote(ctx.doc.text[start:ctx.block(i).end], start)
        elif rest[:1].isspace() and is_name_like(rest.strip()) and len(rest.split()) == 1:
            # "Project Acronym ECHOES": a form's label and its value on one line, without a colon
            start = base + lead + m.end() + len(rest) - len(rest.lstrip())
            value = rest.strip(), start, start + len(rest.strip())
        elif not rest.strip(" :") and pos + 1 < len(ctx.indices):
            nb = ctx.block(ctx.indices[pos + 1])
            value = _unquote(ctx.doc.text[nb.start:nb.end], nb.start)
            if ctx.cues(ctx.indices[pos + 1]) or pattern.match(value[0]):
                continue  # the next line is another label (a table's header row)
        else:
            continue
        if value[0] and len(value[0].split()) <= 3:
            return value
    found = form_value(ctx, "acronym")
    return found if found and len(found[0].split()) <= MAX_NAME_TOKENS else None


FACT_LABELS = {"programme", "budget_total", "budget", "budget_eu", "duration", "start", "end",
               "lead_partner", "coordinator", "partners", "funder", "call"}


def top_heading(ctx: Context) -> tuple[str, int, int] | None:
    """A project page's title line: the first heading or line of the section, followed at
    once by a line of project facts ("Operační program: …", "Programme 2014 - 2020 INTERREG
    V-A …", "Wartość projektu: …"). Navigation words before it are passed over."""
    for pos, i in enumerate(ctx.indices[:12]):
        b = ctx.block(i)
        text = ctx.text(i).strip()
        words = text.split()
        if b.kind not in (HEADING, PARAGRAPH) or text.endswith((".", ":", "?", "!")) or ":" in text:
            return None
        if len(words) < 2:
            continue  # "Projekty", "Informacje": a menu word
        # a title may open with a number ("10 let partnerství – …"), not a date ("26 abril 2024"):
        # then most of its words are words
        numbered = text[:1].isdigit() and sum(1 for w in words if w[:1].isalpha()) >= 4
        if not (text[:1].isupper() or numbered) or len(words) > 40 or _opens_with_fact(ctx, i, numbered):
            return None
        following = ctx.indices[pos + 1:pos + 2]
        # a heading over a description, the project's facts labelled further down ("Žadatel",
        # "Dotační program", "Rozpočet"), is that page's title too
        described = following and ctx.block(following[0]).kind == PARAGRAPH and len(ctx.text(following[0]).split()) >= 8 \
            and ctx.text(following[0]).rstrip().endswith(".")
        if following and _facts_below(ctx, pos) or b.kind == HEADING and described and _labelled_facts(ctx) >= 3:
            return text, b.start + ctx.text(i).find(text), b.start + ctx.text(i).find(text) + len(text)
        return None
    return None


def _opens_with_fact(ctx: Context, i: int, numbered: bool) -> bool:
    """A line that holds a fact's cue is a fact, not a title; a numbered title's cue must open
    it to say so ("10 let partnerství – …" names a partnership, it does not list partners)."""
    cues = ctx.cues(i, FACT_LABELS | {"title", "events"})
    if not numbered:
        return bool(cues)
    text = ctx.text(i)
    base = ctx.block(i).start
    return any(len(text[:c.start - base].split()) <= 1 for c in cues)


# a short label, a colon and its value on one line ("Region: Královéhradecký kraj")
_LABELLED_LINE = re.compile(r"\s*[^\W\d_][^:\n]{0,40}:[^\S\n]*\S")


def _facts_below(ctx: Context, pos: int) -> bool:
    """The lines right below a title are labelled project facts: a fact line at once, or after
    other labelled lines ("Programové období: 2014-2020", "Region: …", then "Operační program: …")."""
    for j in ctx.indices[pos + 1:pos + 5]:
        if _fact_line(ctx, j):
            return True
        m = _LABELLED_LINE.match(ctx.text(j))
        if not m or len(ctx.text(j)[:m.end()].split(":")[0].split()) > 4 or "\n" in ctx.text(j).strip():
            return False
    return False


def _labelled_facts(ctx: Context) -> int:
    """How many different project facts the section gives under labels."""
    keys = set()
    for i in ctx.indices:
        found = ctx.label(i, FACT_LABELS) or _label_alone(ctx, i, FACT_LABELS)
        if found:
            keys.add(found[0].key)
    return len(keys)
    return None


def _fact_line(ctx: Context, i: int) -> bool:
    """A labelled project fact, or a line that opens with a programme word."""
    if ctx.label(i, FACT_LABELS):
        return True
    first = ctx.cues(i, {"programme"})
    if bool(first) and first[0].start == ctx.block(i).start + len(ctx.text(i)) - len(ctx.text(i).lstrip()):
        return True
    # "Evropski sklad za regionalni razvoj": the fund's name alone under the title, as on a logo
    funds = name_cues(ctx.lang).get("not_programme", [])
    return fold(ctx.text(i).strip(" .")) in {fold(f) for f in funds if len(f.split()) >= 3}


def _title_above(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """The line above a line that is only the name (perhaps after a registration code or an
    acronym label), near the page's top: "Lepkevédelmi jó gyakorlatok … Közép-Kelet-Európában"
    over "LIFE21-NAT-SK-LIFE Metamorphosis", "Izboljšanje stanja … jezeru (projekt LIFE)" over
    "Akronim projekta: LIFE STRŽEN". A bracket that says what it is ("(projekt LIFE)") and a
    final full stop are left out."""
    label = _cue_re(ctx.lang, "acronym")
    for pos, second in enumerate(ctx.indices[1:6], start=1):
        line = ctx.text(second).strip()
        code = _CODE.match(line)
        labelled = label.match(line)
        rest = line[labelled.end():].lstrip(" :") if labelled else None
        if line == name or rest == name or code and code.end() == len(line) - len(name) and line.endswith(name):
            break
    else:
        return None
    first = ctx.indices[pos - 1]
    text = ctx.text(first).strip()
    typed = re.search(r"[^\S\n]*\(([^()]{2,40})\)$", text)
    if typed and nlp.cues(typed.group(1), ctx.lang, {"project_before", "project_after"}):
        text = text[:typed.start()]
    if text.endswith(".") and not text.endswith("..") and not re.search(r"[.!?]\s", text):
        text = text[:-1]  # one sentence written with its full stop
    if not 3 <= len(text.split()) <= 25 or ":" in text or text.endswith((".", "?", "!")) or name in text:
        return None
    start = ctx.block(first).start + ctx.text(first).find(text)
    return text, start, start + len(text)


def _quoted_before_acronym(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """„Kulturlandschaften und Identitäten … – 60 Jahre EU“ (KID CZ-A): a quotation of several
    words closed right before the name in brackets is the title."""
    for i in ctx.indices:
        text = ctx.text(i)
        for m in re.finditer(r"\(\s*" + re.escape(name) + r"\s*\)", text):
            before = re.search(r"[“”\"»«‘’″][^\S\n]*$", text[:m.start()])
            if not before:
                continue
            opening = max(text.rfind(q, 0, before.start()) for q in QUOTES)
            q = quoted_at(text, opening) if opening >= 0 else None
            if q and q[1] == before.start() and len(text[q[0]:q[1]].split()) >= 3:
                base = ctx.block(i).start
                return text[q[0]:q[1]], base + q[0], base + q[1]
    return None


def project_title(ctx: Context, name: str | None) -> tuple[str, int, int] | None:
    found = title_label(ctx)
    if found:
        # a labelled title that is the name itself leaves no other title to look for
        if found[0] == name:
            return None
        # "Názov: ConnReg SK-AT (Connecting Regions SK-AT)": the name, then its title in brackets
        m = re.fullmatch(re.escape(name or "") + r"[^\S\n]*\(([^()]{5,200})\)", found[0]) if name else None
        if m and len(m.group(1).split()) >= 2:
            return _span(found[0], found[1], m.start(1), m.end(1))
        parts = _label_parts(found)
        return parts[1] if parts and parts[0][0] == name else found
    if name:
        given = [c.title for c in candidates(ctx) if c.name == name and c.title]
        if given:
            return given[0]
        above = _title_above(ctx, name)
        if above:
            return above
        quoted = _quoted_before_acronym(ctx, name)
        if quoted:
            return quoted
    if ctx.section.heading is not None:
        h = ctx.section.heading
        nxt = [i for i in ctx.indices if i > h][:1]
        if nxt:
            b = ctx.block(nxt[0])
            text = ctx.text(nxt[0])
            # a title is a short line, not a paragraph of prose
            if (b.page == ctx.block(h).page and b.kind in (PARAGRAPH, HEADING) and 3 <= len(text.split()) <= 25
                    and ":" not in text and not text.rstrip().endswith(".")):
                return text, b.start, b.end
    if name:
        for i in ctx.indices:
            # "CluStrat – Boosting innovation through new cluster concepts"
            text = ctx.text(i)
            m = re.match(re.escape(name) + r"\s*[–—:-]\s+(.+)$", text)
            typed = nlp.cues(m.group(1), ctx.lang, {"project_before", "project_after"}) if m else None
            if m and ctx.block(i).kind == HEADING and len(m.group(1).split()) >= 3 and not typed:
                # not "Social Europe 2020: an Erasmus+ Project", which says what it is
                s = ctx.block(i).start + m.start(1)
                return m.group(1), s, ctx.block(i).end
        for i in ctx.indices:
            text = ctx.text(i)
            # the long form in brackets, perhaps quoted: "CE4BIG (“cluster excellence for business, …”)",
            # '"GCS" ("Grenzoverschrijdende Cluster Stimulering")'
            for m in re.finditer(re.escape(name) + r"[”“\"»]?(?:\s+\w+){0,2}\s*\(\s*([„“\"«]?)([^()]{10,200}?)[”“\"»]?\s*\)", text):
                inner = m.group(2)
                if len(inner.split()) >= 3 and (inner[:1].isupper() or m.group(1) and _initials_cover(re.sub(r"\d", "", name), inner)) \
                        and not _name_list(name, inner) and not _names_organisation(name, inner):
                    s = ctx.block(i).start + m.start(2)
                    return inner, s, s + len(inner)
            # 'SUSTOUR - "Sustainable tourism for local development"': a quotation after a dash
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"[^\S\n]+[–—-][^\S\n]+(?=[„“\"«])", text):
                q = quoted_at(text, m.end())
                if q and len(text[q[0]:q[1]].split()) >= 3:
                    base = ctx.block(i).start
                    return text[q[0]:q[1]], base + q[0], base + q[1]
    return None


def _names_organisation(name: str, inner: str) -> bool:
    """"Se.Te (Provincia di Cuneo)": a bracket that opens with an organisation word names the
    project's partner, not its title (unless its initials spell the name)."""
    first = re.match(r"[^\W\d_]+", inner)
    return bool(first) and first.group(0)[:1].isupper() and fold(first.group(0)) in org_words() \
        and not _initials_cover(re.sub(r"\d", "", name), inner)


def _name_list(name: str, inner: str) -> bool:
    """"RivierAlp (Comune di Limone, Cônitours, Ente Parco)": a bracket that lists capitalised
    names, comma after comma, names the project's partners, not its title (unless its
    initials spell the name)."""
    pieces = [p.strip() for p in inner.split(",")]
    return len(pieces) >= 2 and all(p[:1].isupper() for p in pieces) and not _initials_cover(name, inner)


# ---------------------------------------------------------------- name cues and programme brands

@lru_cache(maxsize=None)
def name_cues(lang: str) -> dict[str, list[str]]:
    """The [names] table of the language's cue file, with English's entries after its own
    (English labels and programme brands appear in documents of every language)."""
    out: dict[str, list[str]] = {}
    for code in dict.fromkeys([lang, LINGUA_FRANCA]):
        if code not in languages():
            continue
        for key, values in _read_toml(code).get("names", {}).items():
            have = out.setdefault(key, [])
            have += [v.lower() for v in values if v.lower() not in have]
    return out


def _alternation(phrases: list[str]) -> str:
    """Longest first; a space matches any run of spaces, '+' may stand apart ("Erasmus +")."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        parts.append(re.escape(p).replace(r"\ ", r"\s+").replace(r"\+", r"\s?\+").replace(r"\-", r"\s*-\s*"))
    return "|".join(parts) or r"(?!x)x"


@lru_cache(maxsize=None)
def _brand_re(lang: str) -> re.Pattern:
    return re.compile(r"(?:" + _alternation(name_cues(lang).get("programme_names", [])) + r")(?![\w+])", re.I)


@lru_cache(maxsize=None)
def _strand_re(lang: str) -> re.Pattern:
    return re.compile(r"[\s-]+(?:" + _alternation(name_cues(lang).get("programme_strands", [])) + r")(?![\w])", re.I)


@lru_cache(maxsize=None)
def _attached_re(lang: str) -> re.Pattern:
    cues = name_cues(lang)
    return re.compile(r"(?:" + _alternation(cues.get("programme_names", [])) + r")(?:"
                      + _alternation([s for s in cues.get("programme_strands", []) if s[:1].isdigit()]) + r")(?!\w)", re.I)


_VERSION = re.compile(r"[^\S\n-]*-?[^\S\n]*(?:VI|IV|V|III|II|I)(?:\s?-?\s?[A-D])?(?![\w])")
# "2014-2020", "2007-13", "2014.-2020." (a year's full stop only where the first year has one), "2014/2020"
_YEARS = re.compile(r"[^\S\n]*,?[^\S\n]*(?:19|20)\d\d(\.)?\s*(?:[-–]\s*|/)(?:19|20)?\d\d(?(1)\.)(?![\w])")
_WORD = r"[^\W\d_][\w'’]*"
# "Czech Republic – Poland", "Republika Czeska-Polska", "SK-AT", "Slovenská republika – Česká republika"
_SP = r"[^\S\n]"  # a space within the line
# a country's name has no digits ("Erasmus+ LEARN4LIFE- ACTIVE …" is no pair)
_PWORD = r"[^\W\d_](?:[^\W\d]|['’])*(?![\w])"
_PAIR = re.compile(rf"{_SP}+({_PWORD}(?:{_SP}+{_PWORD}){{0,2}})((?:{_SP}*[-–]{_SP}*{_PWORD}(?:{_SP}+{_PWORD}){{0,2}})+)")


def _brand_ok(text: str) -> bool:
    """A brand is written as a proper name: capitalised, and short ones ("LIFE") in capitals."""
    letters = re.sub(r"[^\w]", "", text)
    return text[:1].isupper() and (len(letters) > 5 or " " in text or letters.isupper() or any(c.isdigit() for c in letters))


def _pair_end(text: str, pos: int, lang: str) -> int | None:
    """End of a dash-joined pair of capitalised names right after pos ("Italia-Slovenia",
    "Czech Republic – Poland", "SK-AT"). A part is one word, or two when they name a
    country ("Česká republika") or another part follows."""
    m = _PAIR.match(text, pos)
    if not m:
        return None
    countries = load(lang).countries
    parts = list(re.finditer(rf"(?:^|[-–]){_SP}*({_PWORD})(?:{_SP}+({_PWORD}))?(?:{_SP}+({_PWORD}))?", text[m.start(1):m.end(2)]))
    end = pos
    programme_words = {w for w in load(lang).cues["programme"] if " " not in w}
    for n, part in enumerate(parts):
        first, second, third = part.group(1), part.group(2), part.group(3)
        if not first[:1].isupper() or len(first) < 2:
            break  # "Erasmus+ E-Twinning": one letter is no country or region
        if n and first.lower() in programme_words:
            break  # "Interreg AT-HU-Programm": the programme word joined on is no third country
        end = m.start(1) + part.end(1)
        if third and fold(f"{first} {second} {third}") in countries:
            end = m.start(1) + part.end(3)  # "Bosnia and Herzegovina"
        elif third:
            break
        elif second and (n + 1 < len(parts) or fold(f"{first} {second}") in countries):
            end = m.start(1) + part.end(2)
        elif second:
            break
    return end if end > pos and re.search(r"[-–]", text[pos:end]) else None


def programme_end(text: str, start: int, lang: str) -> int | None:
    """Where a programme named at `start` ends: a brand ("Interreg", "Erasmus+", "LIFE")
    with its version, strand, country pair and years ("Interreg V-A Czech Republic – Poland
    2014-2020", "Interreg CENTRAL EUROPE")."""
    m = _brand_re(lang).match(text, start)
    if not m:
        # "Interreg2Seas": a strand written onto the brand
        m = _attached_re(lang).match(text, start)
        return m.end() if m and _brand_ok(m.group(0)) else None
    if not _brand_ok(m.group(0)):
        return None
    end = m.end()
    # a strand may follow the country pair too ("Interreg Italie-France Alcotra 2021/2027")
    for pattern in (_VERSION, _strand_re(lang), None, _strand_re(lang), _YEARS):
        if pattern is None:
            found = _pair_end(text, end, lang) or _cooperation_pair_end(text, end, lang)
            end = found or end
            continue
        found = pattern.match(text, end)
        if found and (pattern is not _strand_re(lang) or found.group(0).strip(" -")[:1].isupper()
                      or found.group(0).strip(" -")[:1].isdigit()):
            end = found.end()
    return _bracketed_acronym_end(text, end, lang)


def _cooperation_pair_end(text: str, pos: int, lang: str) -> int | None:
    """"INTERREG V-A za prekograničnu suradnju Mađarska-Hrvatska", "Interreg V-A for cross-border
    cooperation Slovakia-Hungary": a few lowercase words naming the kind of cooperation, then
    the country pair, belong to the programme's name."""
    m = re.match(r"(?:[^\S\n]+[^\W\d_A-Z][\w-]*){1,4}", text[pos:])
    if not m or not nlp.cues(m.group(0), lang, {"cooperation_nouns"}) or nlp.cues(m.group(0), lang, {"conjunctions"}):
        return None  # (not "Erasmus+ and the cooperation …": a conjunction starts another phrase)
    words = list(re.finditer(r"[^\S\n]+[^\W\d_A-Z][\w-]*", m.group(0)))
    last = max(c.end for c in nlp.cues(m.group(0), lang, {"cooperation_nouns"}))
    after = next((w.end() for w in words if w.end() >= last), None)
    return _pair_end(text, pos + after, lang) if after is not None else None


def _bracketed_acronym_end(text: str, end: int, lang: str) -> int:
    """"INTERREG IVB North-West Europe (NWE)": the programme's own acronym in brackets right after
    its name stays with it, and so do years after it; not a funder ("(EU)") or a country code."""
    m = re.match(r"[^\S\n]*\(([A-Z][A-Za-z_]{2,9})\)", text[end:])
    if not m or m.group(1).lower() in name_cues(lang).get("not_programme", []):
        return _programme_years(text, end, lang) or end
    end += m.end()
    years = _programme_years(text, end, lang)
    return years or end


def _programme_years(text: str, end: int, lang: str) -> int | None:
    """End of the years written after a programme's name, plainly ("2014-2020") or after words
    that lead to them ("na lata 2014-2020", "for the period 2007-2013")."""
    m = _YEARS.match(text, end)
    if m:
        return m.end()
    lead = re.compile(r"[^\S\n]+(?:" + _alternation(name_cues(lang).get("years_lead", [])) + r")(?!\w)", re.I).match(text, end)
    m = _YEARS.match(text, lead.end()) if lead else None
    return m.end() if m else None


def programme_mentions(text: str, lang: str) -> list[tuple[int, int]]:
    """Every programme brand in the text, with its extensions."""
    out = []
    found = list(_brand_re(lang).finditer(text)) + list(_attached_re(lang).finditer(text))
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        end = programme_end(text, m.start(), lang)
        if end:
            out.append((m.start(), end))
    return out


# ---------------------------------------------------------------- quoted names

# opening quote -> the closing quotes it pairs with in some language's usage (one table, in textnorm)
QUOTES = _QUOTE_TABLE
MAX_QUOTED = 300


def quoted_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the words inside a quotation that opens at pos (spaces skipped):
    „Smart Production“, « X », "X", ‚X‘, ,,X”. The closing quote must end a word; a
    quotation inside it ("Centrum Euroregionu "Tatry"", "Biblioteca “Ioan Munteanu” …")
    is kept whole, even when one mark closes both."""
    while pos < len(text) and text[pos] in " \t\n" and text[pos:pos + 2] != "\n\n":
        pos += 1  # "s názvom" at a line's end, the quotation on the next line
    opening = next((q for q in sorted(QUOTES, key=len, reverse=True) if text.startswith(q, pos)), None)
    if not opening or opening == "'" and (pos and not text[pos - 1].isspace() or not text[pos + 1:pos + 2].isalnum()):
        return None  # "the project's …" is an apostrophe, not a quotation
    start = pos + len(opening)
    depth, last_close = 0, None
    marks = set("".join(QUOTES))
    for end in range(start + 1, min(len(text), start + MAX_QUOTED)):
        ch = text[end]
        if ch == "\n":
            break
        if ch not in marks:
            continue
        after_word = end + 1 < len(text) and text[end + 1].isalnum()
        if after_word and text[end - 1] in " \t(":
            depth += 1  # an inner quotation opens
        elif not after_word and ch in QUOTES[opening] or depth and not after_word:
            if depth:
                depth -= 1
                last_close = end
                continue
            return _strip_span(text, start, end)
    if last_close is not None:
        return _strip_span(text, start, last_close + 1)  # one mark closed both quotations
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    inner = text[start:end]
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    return (start + lead, start + lead + len(inner)) if inner else None


def split_acronym(text: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A quoted name that gives a short name and a title: "Full title (ACR)" or
    "ACR – Full title" -> (name span, title span) within text; else (whole, None)."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,30})\)", text)
    if m and (is_name_like(m.group(2)) or abbreviates(m.group(2), m.group(1))) and len(m.group(1).split()) >= 3:
        return (m.start(2), m.end(2)), (m.start(1), m.end(1))
    m = re.fullmatch(r"(\S+(?: \S+)?)\s+[–—\-?:]\s+(.+)", text)
    # (a plain word before a dash and lowercase words after it is one sentence-case title:
    # "Vzdelanie – nádej pre budúcnosť")
    if m and (is_name_like(m.group(1)) or m.group(1)[:1].isupper() and len(m.group(1)) <= 12
              and not m.group(2)[:1].islower()) and len(m.group(2).split()) >= 2:
        return (m.start(1), m.end(1)), (m.start(2), m.end(2))
    # "Road links development between … (SK) – FUTURE IN HEMP": the acronym after the title
    m = re.fullmatch(r"(.+?)\s+[–—-]\s+(\S+(?: \S+){0,2})", text)
    if m and is_name_like(m.group(2)) and len(m.group(1).split()) >= 3 and not is_name_like(m.group(1)):
        return (m.start(2), m.end(2)), (m.start(1), m.end(1))
    return (0, len(text)), None


def abbreviates(short: str, long: str) -> bool:
    """A short form whose letters follow, in order, the long form's letters from its first
    initial ("Never" for "No Enemies Violence – Equal Rights")."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = [w for w in re.findall(r"\w+", long)]
    if not letters or len(short.split()) > 2 or not words or words[0][0].lower() != letters[0]:
        return False
    rest = iter("".join(words).lower())
    return all(c in rest for c in letters)


def project_named_in(sentence: str, lang: str) -> str | None:
    """The name a sentence introduces after a project word, quoted or as an acronym-like
    or multi-word run ("Das Projekt „Smart Production“ …", "das Projekt TRANSEURO+ …")."""
    cues = nlp.cues(sentence, lang, {"project_before"})
    # the sentence is about the project: its first project word comes within its first words
    if not cues or len(sentence[:cues[0].start].split()) > 4:
        return None
    pos = _after_programme(sentence, cues[0].end, lang)
    q = quoted_at(sentence, pos)
    if q:
        return sentence[q[0]:q[1]]
    run = name_run(sentence, pos, lang)
    if run and run[0] == _skip_spaces(sentence, pos) and (is_name_like(sentence[run[0]:run[1]]) or " " in sentence[run[0]:run[1]]):
        return sentence[run[0]:run[1]]
    return None
