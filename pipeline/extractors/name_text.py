"""Name tokens and runs, name cues, quotations and acronyms: the helpers every name and title reader shares."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from pipeline import nlp
from pipeline.lexicons import LINGUA_FRANCA, _read_toml, languages, load
from pipeline.quotes import QUOTES, quoted_at, quoted_before  # noqa: F401  (re-exported: the name readers import them from here)

CONNECTORS = {"for", "of", "and", "in", "the", "&", "-", "–", "für", "und", "der", "des"}
MAX_NAME_TOKENS = 6


def is_name_like(text: str) -> bool:
    """A bare project name: one to three words, at least one an acronym or in CamelCase
    (coined names may hold a typographic apostrophe, an at sign or an exclamation mark:
    "DYN@MO", "UNITE!")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[\w&+\-.'’@!]+", w) for w in words):
        return False
    return any(camel(w) or (w.isupper() and sum(c.isalpha() for c in w) >= 3) for w in words)


def strip_project_cue(text: str, lang: str) -> str:
    """A heading or line "Projekt InnoHPC", "Il progetto Life X", "The X project" names the project
    "InnoHPC", "Life X", "X": the project word, and a short article before it, are no part of it."""
    from pipeline.lexicons import load
    cues = load(lang).cues
    words = text.split()
    before = [w.lower() for w in cues.get("project_before", [])]
    # an article or determiner before the word ("Il", "Das", "The", "O"): one short word
    k = 1 if len(words) > 2 and len(words[0]) <= 3 and words[1].lower() in before else 0
    if len(words) > k + 1 and words[k].lower() in before:
        return " ".join(words[k + 1:])
    if len(words) > 1 and words[-1].lower() in [w.lower() for w in cues.get("project_after", [])]:
        return " ".join(words[:-1])
    return text


def camel(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def is_name_token(tok: str) -> bool:
    if re.fullmatch(r"[\d.,]+-[^\W\d_A-ZЀ-ЯΆΈ-ΏΑ-Ϋ][^\W\d]*(?:-[^\W\d]+)*", tok) and tok == tok.lower():
        return False  # "3.5-year-long", "24-month": a measure, not a name
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() or any(c.isupper() for c in tok[1:]))


# a case ending joined by an apostrophe ("2022’de", "Ankara'da"), in languages that write one
_APOSTROPHE_ENDING = re.compile(r"\w['’][^\W\d_]+$")


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
    suffixed = load(lang).apostrophe_suffixes
    taken = []
    for t in seq:
        if suffixed and not forward and _APOSTROPHE_ENDING.search(t.text):
            break  # "11 Mart 2022’de Yeşilden Maviye Projesi": a word with its case ending closes a phrase
        if forward and t.text.lower() in _label_words(lang):
            break  # "… Good Practices Project Title Let us …": a form's next label ends the name (or is no name)
        if is_name_token(t.text) and t.text[:1].isdigit() and taken and taken[-1].text.isalpha() and not is_name_token(taken[-1].text):
            break  # a day after a small word ends the name: "Programa POCTEFA el 13 de desembre"
        if is_name_token(t.text):
            taken.append(t)
        elif (t.text.lower() in CONNECTORS or t.text.lower() in connectors) and taken and forward:
            taken.append(t)
        elif taken and _suspended(text, t):
            taken.append(t)
        else:
            break
        # small connecting words do not count ("The Joy of Exploring the European Cultural Heritage
        # through New Educational Methods"), except in German, whose capitalised nouns run on
        counted = taken if capitalised_nouns else [x for x in taken if is_name_token(x.text)]
        if sum(1 for x in counted if any(c.isalnum() for c in x.text)) >= MAX_NAME_TOKENS * (1 if capitalised_nouns else 2):
            break
    while taken and not is_name_token(taken[-1].text):
        taken.pop()
    if not taken:
        return None
    return min(t.start for t in taken), max(t.end for t in taken)


def _suspended(text: str, t: nlp.Span) -> bool:
    """The conjunction after a word left hanging on its hyphen ("Terület- és Településfejlesztési",
    "Forschungs- und Innovations…"): it joins two parts of one name, in either
    direction of reading."""
    return t.text.isalpha() and t.text.islower() and len(t.text) <= 4 \
        and bool(re.search(r"[^\W\d_]-[^\S\n]+$", text[:t.start])) and bool(re.match(r"[^\S\n]+[^\W\d_]", text[t.end:])) \
        and text[t.end:].lstrip()[:1].isupper()


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


def span(text: str, base: int, start: int, end: int) -> tuple[str, int, int]:
    return text[start:end], start + base, end + base


def written(name: str) -> re.Pattern:
    """The name as the text writes it as a whole: no letter, digit or hyphen on either side
    ("Trans-Garona" is not written in "Trans-Garona-Nord")."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


@lru_cache(maxsize=None)
def cue_re(lang: str, key: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(name_cues(lang).get(key, [])) + r")(?!\w)", re.I)


def initials_cover(short: str, long: str) -> bool:
    """Most letters of an acronym are the long form's initials, in order."""
    initials = iter("".join(w[0] for w in re.findall(r"\w+", long)).lower())
    return abbreviates(short, long) and sum(c in initials for c in short.lower()) * 2 >= len(short)


@lru_cache(maxsize=1024)
def _words(text: str, lang: str) -> tuple[list[nlp.Span], list[int], list[int]]:
    """The block's tokens with hyphenated compounds joined, and their starts and ends."""
    toks = compounds(nlp.tokens(text, lang))
    return toks, [t.start for t in toks], [t.end for t in toks]


def compounds(toks: list[nlp.Span]) -> list[nlp.Span]:
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


# ---------------------------------------------------------------- name cues

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


def alternation(phrases: list[str]) -> str:
    """Longest first; a space matches any run of spaces, or none before a number ("Ufuk2020",
    "Horizont2020"), and '+' may stand apart ("Erasmus +")."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        parts.append(re.sub(r"\\ (?=\d)", r"\\s*", re.escape(p)).replace(r"\ ", r"\s+").replace(r"\+", r"\s?\+").replace(r"\-", r"\s*-\s*"))
    return "|".join(parts) or r"(?!x)x"


# ---------------------------------------------------------------- quoted names

def split_acronym(text: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A quoted name that gives a short name and a title: "Full title (ACR)" or
    "ACR – Full title" -> (name span, title span) within text; else (whole, None)."""
    slashed = _slashed(text)
    if slashed:
        return slashed
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,30})\)", text)
    if m and (is_name_like(m.group(2)) or abbreviates(m.group(2), m.group(1))) and len(m.group(1).split()) >= 3:
        return (m.start(2), m.end(2)), (m.start(1), m.end(1))
    m = re.fullmatch(r"(\S+(?: \S+)?)\s+[–—\-?:]\s+(.+)", text) \
        or _acronym_colon(text)
    # (a plain word before a dash and lowercase words after it is one sentence-case title:
    # "Vzdelanie – nádej pre budúcnosť")
    # (nor a place before a dash in a name of several parts: "Sulín - Muszyna- Zegiestów: lávka …")
    # (two plain words are no short name: "VI Polsko - Česká odborná setkání" is one title whose
    # dash joins a pair, as "Polsko - Česká"; one coined word is, "Kom(m)ando – Gemeinsamer …",
    # and so is a word with its version, "Infobest 4.0 : Maison des services …")
    if m and (is_name_like(m.group(1)) or m.group(1)[:1].isupper() and len(m.group(1)) <= 12
              and (" " not in m.group(1) or re.search(r"\d", m.group(1)))
              and not m.group(2)[:1].islower() and not re.search(r"[–—:-]", m.group(2))) and len(m.group(2).split()) >= 2:
        return (m.start(1), m.end(1)), (m.start(2), m.end(2))
    # "Mystika karpatských miest – vytvorenie turistického produktu karpatských miest na základe …":
    # a short name of a few words, then a long description in lower case after a spaced dash (a
    # subtitle, unlike the three words of "Vzdelanie – nádej pre budúcnosť", one title)
    m = re.fullmatch(r"((?:\S+ ){1,4}\S+)\s+[–—-]\s+(.+)", text)
    if m and m.group(1)[:1].isupper() and m.group(2)[:1].islower() and len(m.group(2).split()) >= 6 \
            and not re.search(r"[–—:]|\s-\s", m.group(1)):
        return (m.start(1), m.end(1)), (m.start(2), m.end(2))
    # "Road links development between … (SK) – FUTURE IN HEMP": the acronym after the title
    m = re.fullmatch(r"(.+?)\s+[–—-]\s+(\S+(?: \S+){0,2})", text)
    if m and is_name_like(m.group(2)) and len(m.group(1).split()) >= 3 and not is_name_like(m.group(1)):
        return (m.start(2), m.end(2)), (m.start(1), m.end(1))
    return (0, len(text)), None


def _acronym_colon(text: str) -> re.Match | None:
    """"INNOVAGRO: Development of an Innovative Network …", "APD NLF EAP : Etudes …": an
    acronym (of up to three words) and a colon open its title (a plain word so written opens
    a sentence: "Cel: …")."""
    m = re.fullmatch(r"(\S+(?: \S+){0,2}?)[^\S\n]?:\s+(.+)", text)
    # (a short tail of a few words is a series' member, not a title: "VET: Ready, Steady, Move")
    return m if m and is_name_like(m.group(1)) and len(m.group(2).split()) >= 4 else None


def _slashed(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A quoted name in two parts joined by a slash: "Jaunu … kultūras mantojumā/ NovelForHeritage"
    (a long title, then its short name: the name and the title), "25 lat Euroregionu Glacensis/
    25 let Euroregionu Glacensis" (one name in two languages: the first). A slash between
    two single words is part of the name ("Prebujanje/Buđenje")."""
    m = re.fullmatch(r"(.+?\S)[^\S\n]*/[^\S\n]*(\S.*)", text)
    if not m or "/" in m.group(2) or len(m.group(1).split()) < 3:
        return None
    if m.group(1)[-1:].isdigit() and m.group(2)[:1].isdigit():
        return None  # "Regulamentul UE 1143/2014": a number's slash, inside the name
    left, right = len(m.group(1).split()), len(m.group(2).split())
    if right <= 3 and is_name_like(m.group(2)):
        return (m.start(2), m.end(2)), (m.start(1), m.end(1))
    if right >= 3 and min(left, right) * 2 >= max(left, right):  # languages differ in words: 5 against 3
        return (m.start(1), m.end(1)), None
    return None


def abbreviates(short: str, long: str) -> bool:
    """A short form whose letters follow, in order, the long form's letters from its first
    initial ("Never" for "No Enemies Violence – Equal Rights")."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = [w for w in re.findall(r"\w+", long)]
    if not letters or len(short.split()) > 2 or not words or words[0][0].lower() != letters[0]:
        return False
    rest = iter("".join(words).lower())
    return all(c in rest for c in letters)


def plain_title(text: str, pos: int) -> tuple[int, int] | None:
    """Unquoted title words from pos to the clause's end (a comma, a bracket, a full stop, a
    line's end, another spaced dash); a title written in Title Case ends at its last capitalised
    word ("Cluster Transnaţional … Energiei Regenerabile şi finanţat prin …")."""
    while pos < len(text) and text[pos] in " \t:":
        pos += 1
    m = re.match(r"[^,;()\n.!?]+?(?=[^\S\n]*(?:[,;()\n!?]|\.(?:\s|$)|[^\S\n][-–—][^\S\n]|$))", text[pos:])
    if not m:
        return None
    words = m.group(0).split()
    caps = [k for k, w in enumerate(words) if w[:1].isupper()]
    if len(caps) >= 3 and len(caps) * 2 >= len(words[:caps[-1] + 1]):
        words = words[:caps[-1] + 1]
    if not 2 <= len(words) <= 25 or not words[0][:1].isalpha():
        return None
    end = pos
    for w in words:  # the last kept word's end, each word found after the one before it
        end = text.index(w, end) + len(w)
    return pos, end
