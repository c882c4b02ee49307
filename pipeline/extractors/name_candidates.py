"""Name candidates from cue words, quotations and headings, and the tests a candidate must pass."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors import name_gloss, name_script
from pipeline.extractors.name_predicates import predicate_names
from pipeline.extractors.acronym_pairs import title_case_run
from pipeline.extractors.context import Context
from pipeline.lexicons import org_words
from pipeline.extractors.name_evidence import (acronym_before_quote, acronym_in_sentence, after_name_verb, apposed_name, expanded_names, headline_name,
                                               quoted_predicates, recurs_apart, verb_names)
from pipeline.extractors.name_guards import acronym_run_on, coined, country_only, dated, short_form, event_compound, glued_quote, is_sentence, page_section, strand_before_coined, titled_compound
from pipeline.extractors.name_headline import not_project
from pipeline.extractors.name_english import english_clause
from pipeline.extractors.name_hyphen import hyphen_joined
from pipeline.extractors.name_text import (CONNECTORS, QUOTES, Candidate, abbreviates, alternation, camel, cue_re, initials_cover,
                                           is_name_like, is_name_token, name_cues, name_run, quoted_at, quoted_before, skip_spaces, span,
                                           split_acronym, written)
from pipeline.extractors.programme_names import programme_end, programme_mentions
from pipeline.lexicons import _read_toml, languages, load
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import LOWER, UPPER, fold


def _after_programme(text: str, pos: int, lang: str) -> int:
    """Skips a programme named between a project cue and the name ("projekt Interreg
    V-A X", "le projet Interreg « X »") and a word that introduces the name ("titled")."""
    p = skip_spaces(text, pos)
    end = programme_end(text, p, lang)
    if end and cue_re(lang, "programme_in_name").fullmatch(text[p:end]):
        end = None  # "le projet LIFE BIODIV'France": the brand belongs to the name
    if end:
        p = skip_spaces(text, end + (1 if text[end:end + 1] == ":" else 0))  # "Projekt Horizont 2020: X"
    slashed = SLASHED_CODE.match(text, p)
    if slashed:
        # "progetto LIFE14 NAT/IT/000759 WETFLYAMPHIBIA", "έργο LIFE13 INF/GR/000188 – LIFE X": the
        # registration code, then the name
        p, end = slashed.end(), end or slashed.end()
    code = _ACTION_CODE.match(text, p) or _REGISTRATION.match(text, p)
    code = code if code and (code.re is _ACTION_CODE or is_code(code.group(0).strip(" ,:"))) else None
    if code and quoted_at(text, code.end()):
        # "projekt KA 210 „X“", "Proyecto KA210, “X”": the key action's code, then the quoted name
        p, end = code.end(), end or code.end()
    numbered = _NUMBERED.match(text, p)
    if numbered and quoted_at(text, numbered.end()):
        # "projektą Nr. LLI-302 „X“", "projektą LLIV-253 „X“": the project's number, then its quoted name
        p, end = numbered.end(), end or numbered.end()
    key = cue_re(lang, "key_action").match(text, p)
    if key:
        # "projekt Kľúčovej akcie 1 pre vzdelávanie učiteľov – „X“": the key action and its
        # field, then a dash or colon and the quoted name, within the clause
        after = re.match(r"[^.;!?\n„“”\"«»]{0,80}?[^\S\n][-–:][^\S\n]*(?=[„“\"«‚])", text[key.end():])
        if after and quoted_at(text, key.end() + after.end()):
            p, end = key.end() + after.end(), end or key.end()
    m = re.compile(r",?[^\S\n]*(?=\w)").match(text, p) if end else None
    m = cue_re(lang, "named").match(text, m.end() if m else p)  # "le projet Interreg V, intitulé X"
    return skip_spaces(text, m.end()) if m else (p if end else pos)


# an Erasmus+ key action's code ("KA210", "KA 229", "KA122-SCH"), written so in every language
# a registration code before the quoted name ("проект 200CB16IPO007-2011-2-03 „X“", "projekt CZ.11.4.120/0.0/0.0/16_008/0002104 „X“")
_REGISTRATION = re.compile(r"[\w./-]{8,}[,:]?[^\S\n]*")
# a registration code of capitals and year, a field, a country and a number ("LIFE14 NAT/IT/000759")
SLASHED_CODE = re.compile(r"[A-Z]{2,}[^\S\n]?\d\d[^\S\n][A-Z]{2,4}/[A-Z]{2}/\d{3,6}(?!\w)[,:]?[^\S\n]*(?:[-–][^\S\n]*)?")
# a project's number before its quoted name: capitals with a digit, perhaps after "Nr." / "No."
_NUMBERED = re.compile(r"(?:[^\W\d_]{1,3}\.[^\S\n]*)?[A-Z][A-Z0-9./-]*\d[A-Z0-9./-]*[,:]?[^\S\n]*")
_ACTION_CODE = re.compile(r"KA[^\S\n]?\d{1,3}(?:-[A-Z]{2,4})?(?!\w)[,:]?[^\S\n]*(?:[-–][^\S\n]*)?")
ACTION_CODE = _ACTION_CODE


def quoted_name(text: str, base: int, pos: int, *, short: bool = False, whole: bool = False) -> Candidate | None:
    """The quotation opening at pos as a name candidate (its first sentence unless whole)."""
    q = quoted_at(text, pos)
    if not q:
        return None
    q = q if whole else first_sentence(text, q)
    inner = text[q[0]:q[1]]
    (ns, ne), title = split_acronym(inner)
    name = span(text, base, q[0] + ns, q[0] + ne)
    t = span(text, base, q[0] + title[0], q[0] + title[1]) if title else None
    # „Competence Netzwerk …” (ŐRRAGO L00059): the acronym in brackets after the quotation,
    # perhaps with a registration code, is the name and the quotation the title
    # (an acronym of two words, "(KID CZ-A)", has no digit in the second)
    # (the acronym perhaps quoted itself: "«…» («ELICIT-PLUS»)"; a French guillemet closed after a space)
    m = re.match(r"[^\S\n]?\W?[^\S\n]*\([«“„\"]?([^()\s,;«»“”„\"]{2,20}(?: [A-Z][^()\s,;\d]{0,9})?)[»”“\"]?(?:[^\S\n]+[\w/.-]*\d[\w/.-]*)?\)", text[q[1]:])
    if not title and m and len(inner.split()) >= 3 and (abbreviates(m.group(1), inner) or is_name_like(m.group(1))):
        s = q[1] + m.start(1)
        return Candidate(*span(text, base, s, s + len(m.group(1))), fold(m.group(1)), name, short)
    # „Viešosios tvarkos … teritorijose“ („Improvement of … Latvia and Lithuania / Safe borderlands“):
    # the title, then in brackets its English form and, after a slash, the short name
    g = None if title else _GLOSS_SLASH.match(text, q[1] + 1)
    if g and len(inner.split()) >= 3:
        left, _, right = g.group(1).rpartition("/")
        short_name = right.strip()
        if len(left.split()) >= 3 and 1 <= len(short_name.split()) <= 3 and short_name[:1].isupper():
            s = g.start(1) + len(left) + 1 + (len(right) - len(right.lstrip()))
            return Candidate(*span(text, base, s, s + len(short_name)), fold(short_name), name, short)
    return Candidate(*name, fold(name[0]), t, short)


# a bracket right after a quotation, perhaps quoted itself (the closing mark may be missing)
_GLOSS_SLASH = re.compile(r"[^\S\n]*\([^\S\n]*[„“\"«]([^()„“”\"«»\n]{5,200}?/[^()„“”\"«»\n]{2,40}?)[^\S\n]*[”“\"»]?[^\S\n]*\)")


def first_sentence(text: str, q: tuple[int, int]) -> tuple[int, int]:
    """„My sustainable future. Moja zrównoważona przyszłość.“: a quotation of two sentences
    of some words each gives the name and its translation; the first is the name. A period
    after a word of two letters is an abbreviation's ("Crkva Sv. Nikole", "St. Peter"), no end."""
    m = re.fullmatch(r"((?:\w+[^\S\n]+){1,7}\w{3,}[!?]?)\.[^\S\n]+(?=[^\W\d_])(?:\S+[^\S\n]+){1,7}\S+\.?", text[q[0]:q[1]])
    return (q[0], q[0] + m.end(1)) if m else q


def _coined_before(text: str, base: int, pos: int) -> Candidate | None:
    """The one word right before a postposed naming word, unquoted, when it is written like
    a coined name (an acronym, a capital inside it, a digit: "Planning4U névre keresztelt",
    "SUMANU-niminen"): a common word there ("a projekt nevű") names nothing."""
    m = re.search(r"(?<![\w'’+&-])([^\W_][\w'’+&-]*?)-?[^\S\n]*$", text[:pos])
    word = m.group(1) if m else ""
    if not word or not word[0].isupper() and not word[0].isdigit():
        return None
    if not (is_name_like(word) or re.search(r"[^\W\d_]\d|\d[^\W\d_]", word)):
        return None
    return Candidate(*span(text, base, m.start(1), m.start(1) + len(word)), fold(word))


def _latin_after_cue(text: str, base: int, pos: int, lang: str) -> Candidate | None:
    """"по проекту European Cultural Heritage Out of the classrooms программы …": in a text in Greek
    or Cyrillic letters, the Latin words after the project word up to the text's own script,
    small words included (name_script)."""
    if not name_script.other_script(text):
        return None
    latin = name_script.latin_name(text, pos)
    if not latin or programme_end(text, latin[0], lang):
        return None
    return Candidate(*span(text, base, *latin), fold(text[latin[0]:latin[1]]))


def _run(text: str, base: int, run: tuple[int, int] | None, lang: str) -> Candidate | None:
    """A name run, without a programme in front ("Interreg CENTRAL EUROPE RESTAURA") and
    with a title after a spaced dash kept apart ("Echos – Echi transfrontalieri")."""
    if not run:
        return None
    start, end = run
    if re.match(r"[+!](?!\w)", text[end:end + 2]):
        end += 1  # "TRANSEURO+", "Car2GO!"
    ordinal = re.match(r"\.[^\S\n]+[^\W\d_]+", text[end:])
    if ordinal and text[start:end].isupper() and ordinal.group(0).isupper() \
            and re.search(r"(?<!\S)(?:[IVX]+|\d{1,2})$", text[start:end]):
        end += ordinal.end()  # "PEŠPOT … JUG II. FAZA": an ordinal's full stop inside a name in capitals
    end = _before_programme_word(text, start, end, lang)
    pe = programme_end(text, start, lang)
    if pe and not cue_re(lang, "programme_in_name").fullmatch(text[start:pe]):
        start = skip_spaces(text, pe)
        if start >= end:
            return None
        strand = strand_before_coined(text[start:end])
        if strand:  # "Interreg South Baltic SEAPLANSPACE": a strand the programme reader does not know
            start += strand
    cut = acronym_run_on(text[start:end], lang)
    if cut:  # "SOLLAGUA em Santander": a coined name is whole; the place after it is not part of it
        end = start + cut
    title = None
    dash = re.search(r"\s[–—-]\s|(?<=[A-Z0-9])[–—-]\s(?=[A-Z])", text[start:end])  # "LEARN4LIFE- ACTIVE …" too
    # (a short name before the dash is coined or one word: "Alba Iulia – Comunitate locală …" is one title)
    if dash and start + dash.start() > start and short_form(text[start:start + dash.start()]):
        t_start = start + dash.end()
        clause = re.match(r"[^,.;:()\n]+", text[t_start:])
        words = name_run(text, t_start, lang)
        if clause and 2 <= len(clause.group(0).split()) <= 10:
            title = span(text, base, t_start, t_start + len(clause.group(0).rstrip()))
        elif words and words[0] == t_start and len(text[words[0]:words[1]].split()) >= 2:
            # the capitalised words of a longer clause, with the small words between them
            # ("ERA SHUTTLE – Accelerating ERA by Sharing … Life and Environment has started")
            title = span(text, base, t_start, max(words[1], title_case_run(text, t_start, lang) or 0))
        end = start + dash.start()
    return _with_acronym(text, base, Candidate(*span(text, base, start, end), fold(text[start:end]), title), end)


def _before_programme_word(text: str, start: int, end: int, lang: str) -> int:
    """A name run ends before a programme word ("SMART+ din Programul European …")."""
    words = {w for w in load(lang).cues["programme"] if " " not in w}
    toks = nlp.tokens(text[start:end], lang)
    for n, tok in enumerate(toks[1:], start=1):
        if tok.text.lower() in words:
            keep = [t for t in toks[:n] if is_name_token(t.text)]
            return start + keep[-1].end if keep else end
    return end


def _with_acronym(text: str, base: int, cand: Candidate, after: int) -> Candidate:
    """"Belgian Nature Integrated Project (BNIP)": the acronym in brackets after a name
    that it abbreviates is the name, and the words before are the title."""
    m = re.match(r"(\s+\w+)?\s*\(([^()\s]{2,20})\)", text[after:])
    if not m:
        # a long form longer than a name run: "Comumunity of … and Technological Multi-Hazards (COVALEX)"
        m = re.match(r"((?:[^\S\n]+[\w-]+){2,8}?)\s*\(([^()\s]{3,20})\)", text[after:])
        if m and not initials_cover(m.group(2), text[cand.start - base:after + m.end(1)]):
            m = None
    if not m and not cand.title:
        # "Regional Cooperation Management HU-AT 2014 (RECOM HU-AT 2014)": the acronym repeats
        # the long form's last words (a country pair, a year)
        m = re.match(r"[^\S\n]*\(([^()\s]{3,20})((?:[^\S\n]+[^()\s]+){1,2})\)", text[after:])
        long = text[cand.start - base:after]
        tail = m.group(2).strip() if m else ""
        if m and is_name_like(m.group(1)) and long.endswith(" " + tail) and abbreviates(m.group(1), long[:-len(tail)]):
            s, e = after + m.start(1), after + m.end(2)
            return Candidate(*span(text, base, s, e), fold(text[s:e]), (long, cand.start, after + base))
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
    return Candidate(*span(text, base, s, e), fold(m.group(2)), (long, cand.start, long_end + base))


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
    # a quotation may be said to be a programme or an initiative of its own ("'X' is a three-year
    # programme of residencies"): a project-like noun after the copula, not only a project word
    kinds = sorted(projects + [c for c in ctx.cues(i, {"project_other", "programme"}) if " " not in c.text.strip()],
                   key=lambda c: c.start)
    for sent in ctx.sentences(i):
        quoted = _quoted_subject(ctx, text, base, sent.start - base, sent.end - base, kinds)
        if quoted:
            out.append(quoted)
            continue
        run = name_run(text, sent.start - base, ctx.lang)
        if not run or run[0] != sent.start - base or not is_name_like(text[run[0]:run[1]]):
            continue
        # "BEST “Addressing joint … Development” è un Progetto": the full title quoted after the name
        q = quoted_at(text, run[1]) if text[run[1]:run[1] + 1] == " " else None
        after = q[1] + 1 if q and len(text[q[0]:q[1]].split()) >= 3 else run[1]
        title = span(text, base, *q) if after != run[1] else None
        cop = next((c for c in copulas if c.start - base >= after and not text[after:c.start - base].strip()), None)
        if cop and any(0 <= p.start - cop.end <= 60 and p.end <= sent.end for p in projects):
            out.append(Candidate(*span(text, base, *run), fold(text[run[0]:run[1]]), title))
    return out


def _quoted_apposition(text: str, base: int, at: int) -> Candidate | None:
    """"… voor ‘Grenspark X’, een ambitieus project van …", "„Y“, ein neues Projekt der …": a
    quotation, a comma and at most two lower-case words (an article, an adjective) before a
    project word at `at` is the project's name, wherever the sentence puts it (not '„X“, Tip
    operacije 7.4.1': a capitalised noun heads another phrase)."""
    before = re.search(r"([“”\"»«‘’'˝])[^\S\n]*,[^\S\n]+((?:[^\W\d_]+[^\S\n]+){0,2})$", text[:at])
    if not before or before.group(2) and not before.group(2).islower():
        return None
    q = quoted_before(text, before.start(1))
    return quoted_name(text, base, q[0]) if q else None


def _quoted_subject(ctx: Context, text: str, base: int, start: int, end: int, projects: list) -> Candidate | None:
    """A quotation that opens a sentence, a project word a few words after it: "„Zelená škola“ je
    projekt …", '"Aktywni sąsiedzi" to projekt …', "« Vivre ensemble » est un projet Erasmus+ …"."""
    q = quoted_at(text, start)
    if not q or text[start:q[0]].strip() == "":
        return None  # (the sentence must open with the quotation mark itself; the quotation may hold full stops)
    after = q[1] + 1
    cue = next((p for p in projects if p.start - base >= after), None)
    between = text[after:cue.start - base] if cue else ""
    # '“X”, un proyecto de tipo KA2': a comma before an apposition
    apposition = re.match(r"[^\S\n]*,[^\S\n]*", between)
    if apposition:
        between = between[apposition.end():]
    if not cue or len(between.split()) > 3 or re.search(r"[.,;:!?()\n]", between):
        return None
    # the quotation is said to be a project: a copula between ("est un projet"), or a dash or one
    # short word ("to projekt", "un proyecto"), not a verb ('"CGS" sélectionne les projets')
    if not nlp.cues(between, ctx.lang, {"copula"}) and not re.fullmatch(r"\W*(?:[^\W\d_]{1,3}\W*)?", between.strip()):
        return None
    if nlp.cues(between, ctx.lang, {"partners", "partner_nouns", "lead_partner", "coordinator"}):
        return None  # '„Sdružení Most“ je partnerem projektu': an organisation taking part
    inner = text[q[0]:q[1]]
    if programme_mentions(inner, ctx.lang) or programme_end(inner, 0, ctx.lang):
        return None  # '„Erasmus+“ je program EU': a programme named, not a project
    # (a quotation said to be the project's name is all of it, full stops included:
    # "“Reuşim prin X. Valori europene” este denumirea proiectului")
    return quoted_name(text, base, start, whole=True)


@lru_cache(maxsize=None)
def _hyphen_compounds(text: str, base: int, lang: str) -> list[Candidate]:
    """A project word joined to a name by a hyphen (Dutch, German, Finnish, …): "het ENLEB-project",
    "SUMANU-hankkeen" name the project; "das Interreg-Projekt X" is the programme's project, named after it."""
    out = []
    for j in hyphen_joined(text, lang):
        if j.programme:
            out.append(quoted_name(text, base, j.word_end) or _run(text, base, name_run(text, j.word_end, lang), lang))
        else:
            out.append(Candidate(*span(text, base, j.start, j.end), fold(text[j.start:j.end])))
    return out


@lru_cache(maxsize=None)
def _compound_quoted(text: str, base: int, words: tuple[str, ...]) -> list[Candidate]:
    """A quotation right after a compound that ends in a project word ("das EU-Projekt „X“",
    "das Forschungsprojekt „X“", "het onderzoeksproject ‘X’"): German and Dutch write the kind of
    project onto the word, and the quotation is the name as after the bare word."""
    out = []
    for m in re.finditer(r"(?<![\w-])[\w+]+-?(?:" + alternation(list(words)) + r")(?=[^\S\n]*[„“\"«‚‘])", text, re.I):
        if m.group(0).lower() not in words:  # (the bare word is read as a cue already)
            out.append(quoted_name(text, base, m.end()))
    return out


@lru_cache(maxsize=None)  # one pattern per language: built from all thirteen cue files
def _foreign_re(lang: str) -> re.Pattern:
    """Project words of the other languages that are no cue word of this one ("projet" in an
    English page), for a page that quotes another language's sentences."""
    own = {w for values in load(lang).cues.values() for phrase in values for w in phrase.split()}
    words = {w.lower() for code in languages() if code != lang
             for w in _read_toml(code).get("project_before", []) if " " not in w and w.lower() not in own}
    return re.compile(r"(?<!\w)(?:" + alternation(sorted(words)) + r")(?!\w)", re.I)


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
    if len(long.split()) < 2 or not initials_cover(m.group(1), long):
        return None
    s, ls = pos + m.start(1), pos + m.start(2)
    return Candidate(*span(text, base, s, s + len(m.group(1))), fold(m.group(1)), span(text, base, ls, ls + len(long)))


def _written_apart(ctx: Context, name: str) -> bool:
    """The name is written in two different blocks (a page that repeats its headline line, as
    headers and titles do, writes it once)."""
    texts = {ctx.doc.block_text(b).strip() for b in ctx.doc.blocks if name in ctx.doc.block_text(b)}
    return len(texts) >= 2 or any(t.count(name) >= 2 for t in texts)


def _quoted_after_adjective(text: str, base: int, cue: int, pos: int, lang: str) -> Candidate | None:
    """"Proiectul interjudețean „VELO Apuseni”", "projekt unijny „X”", "le projet pilote « X »":
    one lowercase word after the project word (an adjective, in languages that put it after
    the noun), then the quoted name (not a small word: "projektu dla „Szkoły …”" names whom;
    not after a call's word: "appel à projet pilote « X »" names the call)."""
    m = re.match(r"[^\S\n]+([^\W\d_]{3,})[^\S\n]+(?=[„“\"«‚])", text[pos:])
    if not m or not m.group(1).islower() or m.group(1) in nlp.stop_words(lang):
        return None
    before = text[max(0, cue - 15):cue]
    if any(not before[c.end:].strip(" \t'’").split()[1:] for c in nlp.cues(before, lang, {"call"})):
        return None
    return quoted_name(text, base, pos + m.end())


# the owner of a project named between the project word and its quoted name: a common noun
# and the owner's proper name ("projekt mesta Gorlice „X“", "le projet de la commune de Y « X »",
# "das Projekt der Stadt Wien „X“"): small words may stand between, capitals end it
_OWNER = re.compile(rf"[^\S\n]+((?:[{LOWER}][\w'’]*[^\S\n]+){{1,3}})((?:[{UPPER}][\w.'’-]*[^\S\n]*){{1,3}})(?=[„“\"«‚])")


def _quoted_after_owner(text: str, base: int, pos: int, lang: str) -> Candidate | None:
    """A quoted name after the project word and its owner in the genitive or after a
    preposition of belonging: lower-case words (the owner's kind, an article), then the owner's
    capitalised name, then the quotation."""
    m = _OWNER.match(text, pos)
    if not m:
        return None
    if nlp.cues(m.group(1), lang, {"copula"}):
        return None  # "projekt je Gminy …": a predicate, not an owner
    if nlp.cues(m.group(0), lang, {"programme", "funder", "call"}) or programme_mentions(m.group(0), lang):
        return None  # "das Projekt wird durch das EU-Förderprogramm ‚X‘": the programme's name
    found = quoted_name(text, base, m.end())
    if found and (programme_mentions(found.name, lang) or programme_end(found.name, 0, lang)):
        return None
    return found


def _bracketed_after(text: str, base: int, cue: int, pos: int, lang: str) -> Candidate | None:
    """"Ziel des Projektes (RegioCoop SK-AT) ist …", "… odobrenih projektov (InnoRenew CoE)": an
    acronym or CamelCase name in brackets right after the project word (not a programme or a
    fund: "projekt (EFRR)"; not the acronym of words ending in the project word, "Fond Malých
    Projektov (FMP)", "Integrated Project (BNIP)", which other rules read as a long form)."""
    m = re.match(r"[^\S\n]*\(([^()\n]{2,40})\)", text[pos:])
    if not m or not is_name_like(m.group(1)) or is_code(m.group(1)):
        return None
    inner = m.group(1)
    words = text[max(0, cue - 80):pos].split()[-6:]
    if any(initials_cover(inner, " ".join(words[k:])) for k in range(len(words))):
        return None
    if programme_end(inner, 0, lang) or nlp.cues(inner, lang, {"programme", "funder"}) or programme_mentions(inner, lang):
        return None
    s = pos + m.start(1)
    return Candidate(*span(text, base, s, s + len(inner)), fold(inner))


def _cluster_named(text: str, base: int, cue: int, run: tuple[int, int], lang: str) -> Candidate:
    """A cluster's name that opens with its cluster word ("Klaster Obróbki Metali"); when the
    long name is followed by a short one ("Polski Klaster Technologii Mikrobiologicznych
    ProBioCluster"), the short one is the name and the long one, with an adjective in front
    of the cluster word, the title."""
    words = text[run[0]:run[1]].split()
    last = words[-1]
    if len(words) >= 3 and (camel(last) or last.isupper() and len(last) >= 4) \
            and not any(is_name_like(w) for w in words[:-1]):
        before = _drop_article(text, name_run(text, cue, lang, forward=False), lang)
        t_start = before[0] if before and len(text[before[0]:cue].split()) <= 2 and before[1] == cue - 1 else cue
        s0 = run[1] - len(last)
        return Candidate(*span(text, base, s0, run[1]), fold(last), span(text, base, t_start, len(text[:s0].rstrip())))
    return Candidate(text[cue:run[1]], cue + base, run[1] + base, fold(text[run[0]:run[1]]), cluster=True)


def coined(word: str) -> bool:
    """An acronym or coined word: name-like, or two capitals with a digit or a brand sign ("4EU+", "UNITE!")."""
    return is_name_like(word) or len(re.findall(rf"[{UPPER}]", word)) >= 2 and bool(re.search(r"[\d+!@]", word))


def _beside_alliance(ctx: Context, i: int) -> list[Candidate]:
    """A coined name right after or before a word for an alliance or consortium ("Aliance 4EU+",
    "the 4EU+ Alliance", "der Universitätsallianz UNITE!", "die UNITE!-Allianz", "el consorcio
    SusPharma"): the alliance or consortium is the project, and its coined name the name."""
    text = ctx.text(i)
    base = ctx.block(i).start
    out = []
    for cue in ctx.cues(i, {"alliance", "consortium"}):
        after = re.match(r"[^\S\n]+([\w'’+!@&.-]*\w[+!]?)", text[cue.end - base:])
        before = re.search(r"(?<![\w'’+!@&.-])([\w'’+!@&.-]*\w[+!]?)(?:[^\S\n]+|-)$", text[:cue.start - base])
        for m, at in ((after, cue.end - base), (before, 0)):
            if m and coined(m.group(1)) and not is_code(m.group(1)) and not programme_end(m.group(1), 0, ctx.lang):
                s0 = at + m.start(1)
                out.append(Candidate(*span(text, base, s0, s0 + len(m.group(1))), fold(m.group(1))))
    return out


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
            apposed = apposed_name(ctx, i, cue.start - base) if cue.key != "project_after" else None
            if apposed:
                out.append(_run(text, base, apposed, lang))  # "créer Intermat, le premier cluster …"
            if cue.key == "project_before":
                if not re.match(r"[^\S\n]*\d", text[cue.end - base:]):  # not "„X“, tip operacije 7.4.1": a measure's number
                    out.append(_quoted_apposition(text, base, cue.start - base))
                pos = _after_programme(text, cue.end - base, lang)
                dotted = re.match(r"[^\S\n]*((?:[A-Z]\.){2,}[A-Z]?)(?!\w)", text[pos:])  # "le projet Erasmus+ T.I.M.E."
                if dotted:
                    s = pos + dotted.start(1)
                    out.append(Candidate(*span(text, base, s, s + len(dotted.group(1))), fold(dotted.group(1))))
                    continue
                found = (quoted_name(text, base, pos) or _quoted_after_adjective(text, base, cue.start - base, pos, lang)
                         or _quoted_after_owner(text, base, pos, lang)
                         or _glossed(text, base, pos)
                         or _latin_after_cue(text, base, pos, lang)
                         or _run(text, base, name_run(text, pos, lang), lang)
                         or _acronym_after_words(text, base, pos) or _bracketed_after(text, base, cue.start - base, pos, lang))
                if found and not is_quoted(ctx, found) and titled_compound(ctx.doc.text, cue.start, cue.end, found.name):
                    continue  # "Project Manager Laima …", "(Project Website)": a Title Case compound
                if found and not is_quoted(ctx, found) and event_compound(ctx, i, cue) and not coined(found.name):
                    continue  # "Transnational Project Meeting in Poland": the meeting, no name
                if found and cue.text.isupper() and found.name.isupper() and not _written_apart(ctx, found.name) \
                        and not is_quoted(ctx, found):
                    continue  # "PROJECT FINISHED": a line in capitals, not a project word and an acronym
                english = _english_name(text, base, found, ctx)
                if english:  # "projekta Erasmus+ Hand to hand with CLIL.": an English name, to its clause's end
                    out.append(english)
                    continue
                if found and not is_quoted(ctx, found) and re.search(r"\s[–—-]\s", found.name) \
                        and cue_re(lang, "named").search(text[cue.end - base:found.start - base]):
                    # "proiectul cu titlul Baia Mare – Oraș verde și sigur, ID …": after a naming phrase
                    # a name in parts joined by a dash runs to its clause's end (its second part may
                    # be in sentence case; a name of one part could be followed by the sentence's verb)
                    found = _named_clause(text, base, found) or found
                elif found and not found.title and not is_quoted(ctx, found) \
                        and opens_sentence_case(ctx.doc.text, found.start, found.end):
                    # "s projektom Kolesarske verige na podeželju, uspešno …": a sentence-case title
                    # that runs to the end of its clause
                    found = _clause_title(text, base, found.start - base, ctx) or found
                out.append(found)
            elif cue.key == "project_after":
                at = cue.start - base
                between = re.search(r"(?:" + cue_re(lang, "named_after").pattern + r")\s*$", text[:at], re.I)
                if between and not re.search(r"[“”\"»«‘’]\s*$", text[:between.start()]):
                    at = between.start()  # "az X-PARC c. projekt", "a Zöld Híd nevű projekt"
                closed = re.search(r"[”“\"»]\s*$", text[:at])
                q = quoted_before(text, closed.start()) if closed else None
                if q:
                    # '“Maritza – Meriç sanal mutfağı” projesinin', 'a „Sport” projekt': the
                    # quotation closed right before the project word is its name, as written
                    out.append(quoted_name(text, base, q[0], whole=True))
                    continue
                run = name_run(text, at, lang, forward=False)
                found = _run(text, base, _drop_article(text, run, lang), lang)
                if found and event_compound(ctx, i, cue) and not coined(found.name):
                    continue  # "First Transnational Project Meeting": a Title Case compound, no name
                if found and cue.text.isupper() and found.name.isupper() and not _written_apart(ctx, found.name):
                    continue  # "HUIDIG PROJECT: …", "CURRENT PROJECT": a line in capitals, a word and the project word
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
                    out.append(Candidate(*span(text, base, s0, s0 + len(m.group(1))), fold(m.group(1))))
        out.extend(_beside_alliance(ctx, i))
        whole = quoted_at(text, 0)
        pos = ctx.indices.index(i)
        if whole and not text[whole[1] + 1:].strip(" .\u201d\u201c\"") and pos and ctx.cues(ctx.indices[pos - 1], {"project_before", "project_after"}):
            # a line that is one quotation, under a line about the project, is its name
            out.append(quoted_name(text, base, 0))
        # "called „X“" names a project only in a paragraph about one (not "the workshop was called …")
        about_project = bool(ctx.cues(i, {"project_before", "project_after"}))
        # (or right after a programme's brand on a page that has no project word: schools write
        # the programme's word for their project, "του προγράμματος Erasmus+ με τίτλο X")
        brands = [e for _, e in programme_mentions(text, lang)] if not section_about_project else []
        for m in cue_re(lang, "named").finditer(text):
            if not about_project and not any(0 <= m.start() - e <= 2 for e in brands):
                continue
            found = quoted_name(text, base, m.end())
            if not found and not text[m.end():].strip() and pos + 1 < len(ctx.indices):
                # "… s názvom" ends the line; the quotation opens the next one
                nxt = ctx.indices[pos + 1]
                found = quoted_name(ctx.text(nxt), ctx.block(nxt).start, 0)
            if not found:
                found = _glossed(text, base, skip_spaces(text, m.end()))
            if not found:
                at = skip_spaces(text, m.end())
                hit = english_clause(text, at, lang)  # "dal titolo Learning through school projects, …"
                found = Candidate(*span(text, base, *hit), fold(text[hit[0]:hit[1]])) if hit else None
            if not found:
                run = name_run(text, skip_spaces(text, m.end()), lang)
                if run and run[0] == skip_spaces(text, m.end()) and is_name_like(text[run[0]:run[1]]):
                    found = _run(text, base, run, lang)
            if not found:
                # "με τίτλο Young Historians of Europe, το …": a Title Case name to its clause's end
                found = _clause_named(text, base, skip_spaces(text, m.end()))
            out.append(found)
        for m in cue_re(lang, "named_after").finditer(text):
            # „X” címmel: the quotation closed just before the word
            before = re.search(r"[“”\"»«‘’'˝]\s*$", text[:m.start()])  # (an apostrophe closes a quotation too: 'X' című)
            q = quoted_before(text, before.start()) if before else None
            if q:
                out.append(quoted_name(text, base, q[0]))
            elif about_project:
                out.append(_coined_before(text, base, m.start()))  # "a Planning4U névre keresztelt projekt"
        for cue in ctx.cues(i, {"title"}):
            # "…, názov projektu : „X“, kód projektu …": a title label inside a sentence, then a quotation
            colon = re.match(r"[^\S\n]*:[^\S\n]*", text[cue.end - base:])
            if colon:
                out.append(quoted_name(text, base, cue.end - base + colon.end()))
        for at in verb_names(ctx, i):
            # "Das Projekt heißt X", "Si chiama X il progetto": a naming verb, then the name
            found = quoted_name(text, base, at) or _glossed(text, base, at) or _run(text, base, name_run(text, at, lang), lang)
            if found and not found.title and not is_quoted(ctx, found) and opens_sentence_case(ctx.doc.text, found.start, found.end):
                found = _clause_title(text, base, found.start - base, ctx) or found
            out.append(found)
        out.extend(quoted_name(text, base, at) for at in quoted_predicates(ctx, i))  # "Eines der Projekte ist „X“"
        # "Het meest recente project is Life Delta, dat …": unquoted, to its clause's end
        out.extend(_run(text, base, run, lang) for run in predicate_names(ctx, i))
        out.extend(_subject_names(ctx, i))
        out.extend(expanded_names(ctx, i))  # "Across, acronimo di “…”"
        out.extend(acronym_in_sentence(ctx, i))  # "„…“, acronim: TOURBIH"
        out.extend(_hyphen_compounds(text, base, lang))
        out.extend(_compound_quoted(text, base, tuple(ctx.lex.cues["project_before"])))
        if pos < 3 and ctx.block(i).kind in (HEADING, PARAGRAPH) and len(text.split()) <= 25 \
                and not text.rstrip().endswith((".", "!", "?")) and "\n" not in text.strip():
            out.append(_segmented_heading(ctx, i) or _acronym_heading(ctx, i) or colon_heading(ctx, i) or _typed_heading(ctx, i) or _bracketed_heading(ctx, i)
                       or _dashed_heading(ctx, i) or _programme_bracketed_heading(ctx, i))
        for m in cue_re(lang, "programme_in_name").finditer(text):
            # "LIFE medCLIFFS": the programme's projects are named with its brand
            # (a coined name's own exclamation mark is the name's: "LIFE PanPuffinus!")
            nxt = re.match(r"[^\S\n]+([\w'’+-]+!?)", text[m.end():])
            if text[m.start():m.end()].isupper() and nxt and is_name_like(nxt.group(1)):
                end = max(m.end() + nxt.end(), _brand_name_end(text, m.end() + nxt.start(1), lang))
                out.append(Candidate(*span(text, base, m.start(), end), fold(text[m.start():end])))
        for m in cue_re(lang, "short_name").finditer(text):
            found = quoted_name(text, base, m.end(), short=True)
            if found:
                # the long name is the quotation closed just before the cue ("„…“, skrátene „X“")
                before = re.search(r"[“”\"»«‘’]\s*[,;(]?\s*$", text[:m.start()])
                q = quoted_before(text, before.start()) if before and not found.title else None
                if q:
                    found = found._replace(title=span(text, base, *q[1:]))
                out.append(found)
        foreign = name_script.other_script(text)
        for start, end in programme_mentions(text, lang):
            # "Το πρόγραμμα Erasmus+ Refugees and Frontiers: Keep Europe United αποτέλεσε …": a name
            # in Latin letters right after the brand, in a text in Greek or Cyrillic letters
            latin = name_script.latin_name(text, end) if foreign else None
            if latin and not programme_end(text, latin[0], lang):
                out.append(Candidate(*span(text, base, *latin), fold(text[latin[0]:latin[1]])))
            # "el Programa Erasmus + «Youngs on the move»": a quotation right after a brand
            # (or right after "el Programa Erasmus +": a programme's own name is not quoted after its brand)
            # (the brand itself quoted, „Horizon 2020“ …, is closed by that mark, which opens nothing)
            if re.match(r"[^\S\n]*[«„“\"‚‘»]", text[end:]) and (section_about_project or _programme_word_before(text, start, lang)) \
                    and not re.search(r"[«„“\"‚‘»][^\S\n]*$", text[:start]):
                out.append(quoted_name(text, base, end))
    head = headline_name(ctx)
    out.append(head)
    # one name found through two cues ("projektu pn. „X“") counts once
    out = [_without_action(_without_code(c)) for c in out if c]
    out = [c for c in out if c]
    out = [acronym_before_quote(ctx, c) or c for c in out]  # 'The CLEAN project “Cleaner Air …”'
    out = list({c.start: c for c in out if plausible_name(c.name, ctx.doc.text)}.values())
    out = [c for c in out if not _label_line(ctx, c) and not _code_label(ctx, c) and not _organisation(ctx, c)]
    # (a headline opens with its name; a word said to be short for something is a name: "Tandem, l'acronyme de « … »")
    out = [c for c in out if c == head or c.short or not _plain_word(c.name, c.start, ctx)]
    # one ordinary capitalised word followed by lowercase words opens a sentence-case title
    # whose end we cannot see ("projekt Oprava chodníků v centru obce"): kept only if it recurs
    seen = Counter(c.core for c in out)
    # (or if the text writes it again on its own, or a naming verb gave it: "Si chiama Gestire il progetto")
    out = [c for c in out if seen[c.core] > 1 or not _opens_lowercase_title(ctx, c) or recurs_apart(ctx.doc.text, c)
           or after_name_verb(ctx, c) or _named_beside(ctx, c)]
    # a "name" that is itself a cue word or a country is not a project name
    cue_words = {c for k in ("partners", "lead_partner", "programme", "activities") for c in ctx.lex.cues[k]}
    return [c for c in out if c.core not in cue_words and len(c.name) >= 3 and not is_sentence(c.name)
            and not glued_quote(c.name) and not page_section(c.name, ctx.lex) and not dated(c.name, lang)
            and not country_only(c.name, ctx.lex)]


def _brand_name_end(text: str, start: int, lang: str) -> int:
    """Where a name after a programme's brand ends: its whole run of capitalised words
    ("LIFE OREKA MENDIAN", "LIFE SOS Criquet de Crau"), not its first word only, up to a
    number or a dash ("LIFE NADAPTA 2017-2025 - NILSA": the years and the partner follow it)."""
    run = name_run(text, start, lang)
    words = re.match(r"(?:[^\W\d_]\S*(?:[^\S\n]+(?=[^\W\d_])|$))+", text[start:run[1]]) if run else None
    return start + len(words.group(0).rstrip()) if words else start


def _english_name(text: str, base: int, found: Candidate | None, ctx: Context) -> Candidate | None:
    """The English name that opens with the candidate's first word and runs past it (`name_english`)."""
    if not found or found.title or is_quoted(ctx, found):
        return None
    hit = english_clause(text, found.start - base, ctx.lang)
    if not hit or hit[1] <= found.end - base:
        return None
    return Candidate(*span(text, base, *hit), fold(text[hit[0]:hit[1]]))


def _named_clause(text: str, base: int, found: Candidate) -> Candidate | None:
    """The name from its start to the end of its clause (a comma, a semicolon, a bracket, a full
    stop, the line's end), at most 12 words."""
    at = found.start - base
    m = re.compile(r"[^,;()\n]+?(?=[^\S\n]*(?:[,;(]|\.(?:\s|$)|$))", re.M).match(text, at)
    if not m or m.end() <= found.end - base or len(m.group(0).split()) > 12:
        return None
    return Candidate(*span(text, base, at, m.end()), fold(m.group(0)))


def _named_beside(ctx: Context, c: Candidate) -> bool:
    """A naming phrase stands right after the candidate ("A Határ-érték elnevezésű projekt",
    "the Xyz named project"): it marks where the name ends, so a capitalised word followed
    by lowercase ones is the whole name, not the start of a sentence-case title."""
    after = ctx.doc.text[c.end:c.end + 60]
    return bool(re.match(r"[^\S\n]*(?:" + cue_re(ctx.lang, "named_after").pattern + ")", after, re.I)) \
        if name_cues(ctx.lang).get("named_after") else False


def _glossed(text: str, base: int, pos: int) -> Candidate | None:
    """"projekt Naše kulture – naši zakladi (v originalu Our Cultures – Our Treasures)": the
    name runs to the bracket that says it again."""
    found = name_gloss.glossed(text, skip_spaces(text, pos))
    return Candidate(*span(text, base, *found), fold(text[found[0]:found[1]])) if found else None


def _clause_named(text: str, base: int, pos: int) -> Candidate | None:
    found = name_gloss.clause_title(text, skip_spaces(text, pos))
    return Candidate(*span(text, base, *found), fold(text[found[0]:found[1]])) if found else None


def _programme_word_before(text: str, pos: int, lang: str) -> bool:
    """A programme word ends right before pos ("el Programa Erasmus+", "programu Interreg")."""
    before = text[max(0, pos - 40):pos]
    return any(not before[c.end:].strip() for c in nlp.cues(before, lang, {"programme"}))


# a registration code in front of a name: "LIFE21-NAT-SK-LIFE Metamorphosis", "HURO/1101/187/1.3.1 X-PARC"
# (segments after the first are short capitals or hold a digit; the code holds a digit)
CODE = re.compile(r"(?=\S*\d)[A-Z]+\d*(?:[-/](?:[A-Z]{1,3}|[A-Z]*\d[\w.]*)(?![\w.]))+[-/\s]+(?=[^\W\d_])")


def _without_code(c: Candidate) -> Candidate:
    m = CODE.match(c.name)
    if not m or m.end() >= len(c.name):
        return c
    return c._replace(name=c.name[m.end():], start=c.start + m.end(), core=fold(c.name[m.end():]))


def _without_action(c: Candidate) -> Candidate | None:
    """An Erasmus+ key action's code ("KA2", "KA229", "KA 210-SCH") classifies a project and
    names none: in front of a name it is dropped ("KA229 Eco Thinking"); alone, the title
    read after its dash is the name ("Erasmus+ KA2 – From Eurodivision to Eurovision")."""
    m = _ACTION_CODE.match(c.name)
    if not m:
        return c
    if m.end() < len(c.name):
        rest = c.name[m.end():]
        return c._replace(name=rest, start=c.start + m.end(), core=fold(rest))
    if c.title:
        return Candidate(*c.title, fold(c.title[0]), None, c.short, c.cluster)
    return None


def is_code(name: str) -> bool:
    """A registration code ("TOP_PLUSZ-1.2.1-21-NG1-2022-00019", "WTSL.01.01.00-12-149/10-00"):
    one token of three groups of digits or more; a project's name only when nothing else names it."""
    return " " not in name.strip() and len(re.findall(r"\d+", name)) >= 3


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
    return len(written(name.lower()).findall(text)) < len(written(name).findall(text))


def _label_line(ctx: Context, c: Candidate) -> bool:
    """"Project Summary", "Projekt Ziele" as a line of its own is a label or a heading of
    the page's parts, not a name: ordinary words, neither an acronym nor quoted."""
    for i in ctx.indices:
        b = ctx.block(i)
        if b.start <= c.start < b.end:
            rest = ctx.doc.text[b.start:c.start].strip()
            whole = not ctx.doc.text[c.end:b.end].strip(" :")
            return (whole and rest.lower() in ctx.lex.cues["project_before"] and not is_name_like(c.name)
                    and not is_quoted(ctx, c) and len(c.name.split()) <= 3)
    return False


def _code_label(ctx: Context, c: Candidate) -> bool:
    """"Kód projektu ITMS II: 22410220039": words before a colon and a number label a code."""
    return bool(re.match(r"[^\S\n]*:[^\S\n]*[A-Z]{0,4}[\d/.-]{4,}", ctx.doc.text[c.end:c.end + 40]))


def _organisation(ctx: Context, c: Candidate) -> bool:
    """"projektu Gminy Biała": a capitalised run that opens with an organisation-type word is the
    organisation whose project it is, not the project's name (a quoted name may open so)."""
    if is_quoted(ctx, c) or c.title:
        return False
    first = fold(c.name.split()[0]) if c.name.split() else ""
    return len(c.name.split()) >= 2 and any(fold(t) == first for t in ctx.lex.cues.get("org_types", []) if " " not in t)


def _segmented_heading(ctx: Context, i: int) -> Candidate | None:
    """"EcoInn Danube - KICK-OFF PARTNER MEETING - 16.02.2017 - BRATISLAVA": a headline in
    parts divided by spaced dashes, one of them a date, opens with the name, whole (its
    second word is part of it, not the start of a title)."""
    text = ctx.text(i)
    parts = re.split(r"[^\S\n]+[–—-][^\S\n]+", text.strip())
    if len(parts) < 3 or not any(re.search(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d", p) for p in parts[1:]):
        return None
    first = parts[0]
    if not 1 <= len(first.split()) <= 3 or not coined(first) or is_code(first) or programme_end(first, 0, ctx.lang):
        return None
    if ctx.doc.text.count(first) < 2:
        return None  # written again in the text, as a project's name is
    start = text.find(first)
    return Candidate(*span(text, ctx.block(i).start, start, start + len(first)), fold(first))


def _acronym_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the acronym, then the title ("BIOPOLIS Teaming to Upgrade
    to Excellence in …"), the acronym being written again in the text."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*(\S+)\s+([A-ZЀ-ЯΆΈ-ΏΑ-Ϋ][^\W\d_]*(?:\s+\S+){2,})\s*", text)
    if not m or not is_name_like(m.group(1)) or m.group(1).endswith((":", ",")) or ":" in m.group(2) or is_code(m.group(1)):
        return None
    if re.search(r"[^\W\d_]", m.group(2)) and m.group(2).isupper():
        return None  # "PETI SASTANAK PARTNERSKOG PROJEKTA …": in a line in capitals no word stands out as an acronym
    if programme_end(text, m.start(1), ctx.lang) or ctx.doc.text.count(m.group(1)) < 2:
        return None
    base = ctx.block(i).start
    return Candidate(*span(text, base, m.start(1), m.end(1)), fold(m.group(1)), span(text, base, m.start(2), m.end(2)))


def colon_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line "ACRONYM: what the project does" ("CLUNET: Cluster Networking and
    Exchange via …"): the acronym is the name when the words after the colon spell it (they are
    then its title) or when the text writes it again and again (a bare "NEWS:" or "UPDATE:"
    opening a headline is not repeated so)."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*([^\s:]+)(?:[^\S\n]?:|[^\S\n]+[–—-])[^\S\n]+([^\W\d_]\S*(?:[^\S\n]+\S+){2,}?)"
                     r"(?:[^\S\n]*\(([^()\n]{2,60})\))?\s*", text)
    if not m or not coined(m.group(1)) or is_code(m.group(1)) or programme_end(text, m.start(1), ctx.lang):
        return None
    acr, rest = m.group(1), m.group(2)
    # "AKT4NAT: Aktivno lokalno … (INTERREG SLO-HR)": a programme in brackets closes the line
    programme = m.group(3) and (programme_end(m.group(3), 0, ctx.lang) or programme_mentions(m.group(3), ctx.lang))
    if m.group(3) and not programme:
        rest = text[m.start(2):m.end(3) + 1]
    if not_project(ctx, acr, rest) or ":" not in text[m.end(1):m.start(2)] and not rest[:1].isupper():
        return None  # "EFRE: Europäischer Fonds für Regionale Entwicklung"
    spelled = rest[:1].isupper() and initials_cover(acr, rest)
    # the page's first line: a coined acronym (a digit or inner capitals, "AKT4NAT", "SusPharma")
    # or one followed by its programme titles the page even when written only there
    opening = i == 0 and rest[:1].isupper() and (programme or any(ch.isdigit() for ch in acr) or camel(acr))
    if not spelled and not opening and len(re.findall(r"(?<!\w)" + re.escape(acr) + r"(?!\w)", ctx.doc.text)) < 3:
        return None
    base = ctx.block(i).start
    titled = spelled or opening
    return Candidate(*span(text, base, m.start(1), m.end(1)), fold(acr), span(text, base, m.start(2), m.start(2) + len(rest)) if titled else None)


def _bracketed_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the title, then the acronym in brackets ("Magyarország –
    Szlovákia Kezdeményezés … (HUSKI)"): the acronym is the name, the words before it the title."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*([^\W\d_][^()]{10,}?)[^\S\n]*\(([^()\s]{3,20})\)\s*", text)
    if not m or len(m.group(1).split()) < 3 or not is_name_like(m.group(2)) or programme_end(m.group(2), 0, ctx.lang) \
            or not_project(ctx, m.group(2), m.group(1)):
        return None  # (nor a fund: "Fondo Europeo di Sviluppo Regionale (FESR)")
    base = ctx.block(i).start
    return Candidate(*span(text, base, m.start(2), m.end(2)), fold(m.group(2)), span(text, base, m.start(1), m.end(1)))


def _dashed_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the title, a spaced dash and the acronym ("Generációk
    közötti segítségnyújtás … belül – MEDGEN BORZA", "Cross-border … tourism – ECO-TOUR"):
    the acronym is the name, the words before the dash the title. (The same form as
    `_bracketed_heading`, the dash in place of the brackets.)"""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*([^\W\d_][^()]{10,}?)[^\S\n]+[–—-][^\S\n]+(\S+(?:[^\S\n]\S+){0,2})\s*", text)
    if not m or len(m.group(1).split()) < 3 or not is_name_like(m.group(2)) or is_name_like(m.group(1)) \
            or re.search(r"[^\S\n][–—-][^\S\n]", m.group(1)) or programme_end(m.group(2), 0, ctx.lang) \
            or not_project(ctx, m.group(2), m.group(1)) or re.search(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d", m.group(2)):
        return None  # (not a headline whose last part is a date or a programme: "… – Interreg V-A")
    # (nor an event's headline, "Kick-off Meeting in Paris — HERA", nor a body's name before
    # what it runs, "… Executive Agency NETWORKS - MUSIC")
    if ctx.cues(i, {"events"}) or any(fold(w) in org_words() for w in re.findall(r"[^\W\d_]+", m.group(1))):
        return None
    base = ctx.block(i).start
    return Candidate(*span(text, base, m.start(2), m.end(2)), fold(m.group(2)), span(text, base, m.start(1), m.end(1)))


def _programme_bracketed_heading(ctx: Context, i: int) -> Candidate | None:
    """A page's title line that gives the name, then its programme in brackets ("Grenspark
    Groot-Saeftinghe (INTERREG VLA-NED)", "Zelená stezka (Interreg V-A SK-CZ)"): the words
    before the bracket are the name."""
    text = ctx.text(i)
    m = re.fullmatch(r"\s*([^\W\d_][^()]{2,80}?)[^\S\n]*\(([^()]{3,60})\)\s*", text)
    if not m or len(m.group(1).split()) > 8 or not m.group(1)[:1].isupper():
        return None
    inner = m.group(2).strip()
    if (programme_end(inner, 0, ctx.lang) or 0) < len(inner.split()[0]):
        return None  # the bracket must open with a programme
    base = ctx.block(i).start
    return Candidate(*span(text, base, m.start(1), m.end(1)), fold(m.group(1)))


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
    return Candidate(*span(text, base, m.start(1), m.end(1)), fold(m.group(1)))


def _opens_lowercase_title(ctx: Context, c: Candidate) -> bool:
    # a capital after the first letter of one unhyphenated word marks a coined name ("CBHealth",
    # "iNGENIOUS"), never a word of a title; "SOLIDA-mreža" joins an acronym to a common noun
    if " " in c.name or is_name_like(c.name) or c.title or is_quoted(ctx, c) or any(ch.isdigit() for ch in c.name) \
            or "-" not in c.name and any(ch.isupper() for ch in c.name[1:]):
        return False
    after = ctx.doc.text[c.end:c.end + 40]
    return bool(re.match(r" [^\W\d_]", after)) and after[1:2].islower()


_CLAUSE = re.compile(r"[^,.;:!?()\[\]\n\"„“”«»]+")
MAX_CLAUSE_TITLE = 10


def _clause_title(text: str, base: int, start: int, ctx: Context) -> Candidate | None:
    end = clause_title_end(text, start, ctx.lang, ctx.doc.text, text[max(0, start - 80):start])
    return Candidate(*span(text, base, start, end), fold(text[start:end])) if end else None


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
    clause = _before_funding(clause.rstrip(" -–—"), lang)
    words = clause.split()
    if not 2 <= len(words) <= MAX_CLAUSE_TITLE or any(ch.isdigit() for ch in clause):
        return None  # (an empty clause: "Współfinansowany w ramach programu …" speaks of the funding)
    if words[1].lower() in name_cues(lang).get("name_connectors", []) + sorted(CONNECTORS):
        return None  # "il progetto Marenostro per la tutela delle coste": a name, then its purpose
    closing = text[m.end():m.end() + 1]
    # "… viib 2023. aastal ellu Erasmus+ projekti Kaasav ja kaasatud õpetaja.": the project word
    # after two words or more of its clause is the predicate's object, and the title runs to the
    # sentence's end (a sentence that opens with it goes on into its verb: "projekt Oprava … získal dotaci.")
    ends_sentence = closing == "." and bool(re.match(r"\.(?:\s|$)", text[m.end():m.end() + 2])) \
        and len(clause_before.split()) >= 3 and len(words) <= 6 and len(words[-1]) >= 3  # (not "pt." that abbreviates)
    if not ends and closing not in ",;" and not ends_sentence and whole.count(clause) < 2:
        return None
    return start + len(clause)


def _before_funding(clause: str, lang: str) -> str:
    """"Mały odkrywca europejskiej przyrody w Europejskim Programie Erasmus +": a clause that goes
    on into the programme or funder ends before the short preposition that leads to it (one of
    the three words before the programme's word); a clause with no such word is no title."""
    found = [c.start for c in nlp.cues(clause, lang, {"programme", "funder"})] + [s for s, _ in programme_mentions(clause, lang)]
    if not found:
        return clause
    head = clause[:min(found)]
    if re.match(r"[^\W\d_A-ZЀ-ЯΆΈ-ΏΑ-Ϋ]{1,3} ", clause[min(found):]):
        return head.rstrip(" -–—")  # the cue opens with its preposition ("w ramach programu")
    words = list(re.finditer(r"\S+", head))
    lead = [w for w in words[-3:] if w.group(0).islower() and w.group(0).isalpha() and len(w.group(0)) <= 3]
    return head[:lead[-1].start()].rstrip(" -–—") if lead else ""


def opens_sentence_case(text: str, start: int, end: int) -> bool:
    """One ordinary capitalised word followed by a lowercase word ("Oprava chodníků …")."""
    name = text[start:end]
    if not name.isalpha() or is_name_like(name):
        return False  # a coined word ("E-chain", "Car2GO") is a name of its own
    return bool(re.match(r" [^\W\d_]", text[end:end + 2])) and text[end + 1:end + 2].islower()


def _plain_word(name: str, start: int, ctx: Context) -> bool:
    """One ordinary word that is capitalised only because it opens a sentence ("The project X")."""
    if " " in name or camel(name) or name.isupper() or coined(name):
        return False  # ("River2Sea": a coined word, whatever its place)
    return any(s.start == start for i in ctx.indices for s in ctx.sentences(i))


def is_quoted(ctx: Context, c: Candidate) -> bool:
    before = ctx.doc.text[max(0, c.start - 3):c.start].rstrip()
    # (a lone comma is no quotation mark: ",," opens one, "), Klastra ATR" does not)
    return any(before.endswith(q) for q in QUOTES)
