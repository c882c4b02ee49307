"""A name for a project the other name readers left nameless, read from the page's layout and
scored, not phrased.

`project_name` reads a name from labels, headings and the phrasings its cue words describe;
when it finds none for a project whose facts were found, the page still marks the name by
its form. Each candidate here is one such mark, and the best-scored one names the project:

- a quotation of one to ten words ("„Healthy Living“", "«Is anybody out there?»") that is
  no organisation and no programme; a programme's brand opening it is the programme's, not
  the name's ("„Erasmus + Healthy Living“" -> "Healthy Living");
- a coined word (an acronym, CamelCase: "ErasmusFest", "SURE") that is no programme's brand
  and no registration code;
- an acronym in brackets after the words it abbreviates ("Governance … strategica (Gts)");
- the part of a page's title line beside a programme's brand and a project word, across a
  dash or colon ("Erasmus+ verkefni – 2smart 2start").

What raises a candidate's score is where it stands and how often: right after a word of the
project or programme family, which compounding languages write into longer words
("samstarfsverkefninu ErasmusFest", "Austauschprogramm „…“"), or after a naming word; written
more than once. A candidate must reach `THRESHOLD`: a quotation alone or a capitalised word
alone names nothing. What a programme's brand stands right before is the programme's strand
("Interreg NEXT", "Interreg NEXT „Угорщина – Словаччина …“"), and what an organisation's word
stands before is its name ("Gimnazjum „X“").
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.name_actions import action_only, ends_with_action
from pipeline.extractors.name_candidates import ACTION_CODE
from pipeline.extractors.name_guards import is_sentence, programme_only
from pipeline.extractors.name_text import alternation, camel, initials_cover, is_name_like, name_cues, written
from pipeline.extractors.programme_names import YEARS, brand_re, programme_end
from pipeline.lexicons import _read_toml, languages, legal_forms, load, org_word_in, org_words
from pipeline.normalise.money import ISO_CURRENCIES
from pipeline.quotes import QUOTE_MARKS, quotations
from pipeline.textnorm import fold

MAX_WORDS = 10
MAX_HEADED_WORDS = 15  # a quotation after a project word may be a long title ("”How to give … market”")
THRESHOLD = 3
# how far before a candidate its head word may stand: "projektu „X“", "Erasmus samstarfsverkefninu X"
HEAD_WORDS = 3
_WORD = re.compile(r"[^\W_][\w'’+&@.-]*")
_DEBUG = os.environ.get("NAME_LAYOUT_DEBUG")


# What each mark is worth, by kind of candidate; a candidate must reach THRESHOLD. Measured on the
# nameless projects of the gold set: a quotation after a project, programme or naming word is a
# name most of the time (a word in capitals after a programme word is the programme's acronym:
# "programu ETZ", "Operatív Program (EFOP)"); a quoted coined word is one; an acronym in brackets
# that is only its long form's initials is an organisation's or a fund's more often than not.
WEIGHTS = {
    "quote": {"": 1, "named": 2, "action": 2, "project": 2, "programme": 2, "name_like": 2, "recurs": 1, "brand_inside": 1, "english": 2},
    "coined": {"": 1, "named": 2, "action": 2, "project": 2},
    # an unquoted run after a naming word, or after an action type or a project word and a dash or
    # colon ("Strategické partnerstvá – Plánovanie kariéry …", "pt. Historical memory …"), or
    # before a naming word that follows its name ("Dance With Me adlı")
    "run": {"": 1, "named": 2, "action": 2, "project": 2, "recurs": 1},
    "bracket": {"": 2, "named": 2, "project": 2, "coined": 1, "recurs": 1},
    "title line": {"": 3, "recurs": 1},
}


class Scored(NamedTuple):
    start: int
    end: int
    kind: str
    marks: frozenset[str]

    @property
    def score(self) -> int:
        weights = WEIGHTS[self.kind]
        return weights[""] + sum(weights.get(m, 0) for m in self.marks)


def _scored(start: int, end: int, kind: str, *marks: str | None) -> Scored:
    return Scored(start, end, kind, frozenset(m for m in marks if m))


def layout_name(ctx: Context) -> tuple[str, int, int] | None:
    """The best-scored name candidate of the section, or None when none reaches the threshold."""
    text = ctx.doc.text
    found = candidates(ctx)
    if _DEBUG:
        for c in found:
            print("  cand", c.score, c.kind, sorted(c.marks), repr(text[c.start:c.end]))
    found = [c for c in found if c.score >= THRESHOLD]
    if not found:
        return None
    best = max(found, key=lambda c: (c.score, -c.start))
    return text[best.start:best.end], best.start, best.end


def candidates(ctx: Context) -> list[Scored]:
    found: list[Scored] = _title_line(ctx)
    for i in ctx.indices:
        b = ctx.block(i)
        found += _quoted(ctx, b.start, b.end) + _coined(ctx, b.start, b.end) + _bracketed(ctx, b.start, b.end)
        found += _after_head(ctx, b.start, b.end) + _before_naming(ctx, b.start, b.end) + _expanded(ctx, b.start, b.end)
    return found


# ---------------------------------------------------------------- the features

_FAMILIES = {"project": ("project_before", "project_after"), "programme": ("programme",)}


@lru_cache(maxsize=None)
def _head_words(lang: str, family: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word cues of a family (project or programme words) of the language, folded: the
    words themselves, and those long enough to end or open an inflected compound ("verkefninu"
    in "samstarfsverkefninu", "projekt" in "projektets", "programm" in "Austauschprogramm")."""
    cues = load(lang).cues
    # (a phrase's last word too, when it is a noun's length: "programu" of "w ramach programu")
    words = {fold(w.split()[-1]) for key in _FAMILIES[family] for w in cues.get(key, [])
             if w.split() and (" " not in w.strip() or len(w.split()[-1]) >= 5)}
    return frozenset(words), tuple(sorted(w for w in words if len(w) >= 6))


def _head_word(w: str, lang: str, family: str | None = None) -> bool:
    f = fold(w.strip(".-'’"))
    for fam in [family] if family else list(_FAMILIES):
        whole, parts = _head_words(lang, fam)
        if f in whole or any(f.endswith(p) or f.startswith(p) for p in parts):
            return True
    return False


def _before(ctx: Context, pos: int) -> str:
    """The words of the candidate's own line and sentence before pos."""
    text = ctx.doc.text
    line = text.rfind("\n", 0, pos) + 1
    before = text[max(line, pos - 160):pos]
    return re.split(r"[.!?;](?:\s|$)", before)[-1] if re.search(r"[.!?;]\s", before) else before


def _head(ctx: Context, pos: int) -> str | None:
    """What introduces the candidate at pos: a naming word right before it ("titled", "pod
    názvem"): "named"; a project word, or a compound or inflected form of one, among the few
    words before it in its sentence: "project"; a programme word so: "programme"."""
    before = _before(ctx, pos)
    named = name_cues(ctx.lang).get("named", []) + name_cues(ctx.lang).get("name_verbs", [])
    tail = fold(before.rstrip(" \t:,–-"))
    for n in filter(None, map(fold, named)):
        if tail.endswith(n) and (len(tail) == len(n) or not tail[-len(n) - 1].isalnum()):
            return "named"
    if ends_with_action(before, ctx.lang):
        return "action"  # "Youth Exchange-n “Democracy Paradoxes”"
    words = [m.group(0) for m in _WORD.finditer(before)][-HEAD_WORDS:]
    if any(_head_word(w, ctx.lang, "project") for w in words):
        return "project"
    if any(_head_word(w, ctx.lang, "programme") for w in words):
        return "programme"
    return None


def _owned(ctx: Context, pos: int) -> bool:
    """The word right before pos is an organisation's word (its name follows: "Gimnazjum „X“"),
    or a programme's brand stands among the two words before it with no project word after
    the brand (its strand or action follows: "Interreg NEXT", "ERASMUS+ KA229 «…»")."""
    before = _before(ctx, pos)
    words = [m.group(0) for m in _WORD.finditer(before)]
    if not words:
        return False
    if org_word_in(words[-1]):
        return True
    if _SEPARATED.search(before):
        return False  # "Програма „Еразъм+“ – „X“": a dash sets the name apart from the brand
    for w in reversed(words[-2:]):
        if _project_word(w, ctx.lang):
            return False
        if brand_re(ctx.lang).fullmatch(w) or fold(w) in _all_brands():
            return True
    return False


_SEPARATED = re.compile(r"\s[–—-]\s*$|[–—:]\s*$")


def _project_word(w: str, lang: str) -> bool:
    return _head_word(w, lang, "project")


@lru_cache(maxsize=None)
def _all_brands() -> frozenset[str]:
    """Every language's programme brands ("leader", "interreg", "erasmus+"), folded: a brand a
    page names is one whichever language's list holds it."""
    return frozenset(fold(w) for lang in languages() for w in _read_toml(lang).get("names", {}).get("programme_names", []))


@lru_cache(maxsize=1)
def _legal_words() -> frozenset[str]:
    return frozenset(fold(f) for f in legal_forms()["forms"] if " " not in f)


def _legal_form_in(name: str) -> bool:
    # (a short word in lower case is the language's: "as", "sa", not "AS", "SA")
    return any(fold(w.strip(",")) in _legal_words() and not (w.islower() and len(w) <= 3) for w in name.split())


@lru_cache(maxsize=1)
def _long_org_words() -> tuple[str, ...]:
    return tuple(sorted(w for w in org_words() if len(w) >= 7 and " " not in w))


def _org_compound(text: str) -> bool:
    """A word that holds an organisation's word of some length ("Havforskningsinstituttet",
    "Innovationszentrum"): languages that compound write the organisation's kind into its name."""
    return any(o in fold(w) for w in text.split() for o in _long_org_words())


@lru_cache(maxsize=None)
def _plural_project_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load(lang).cues.get("project_plural", []))


def _recurs(ctx: Context, name: str) -> bool:
    return len(written(name).findall(ctx.doc.text)) >= 2


def _rejected(name: str, ctx: Context) -> bool:
    """No name: an organisation, a programme, a sentence, a code, a bare number."""
    if not re.search(r"[^\W\d_]", name) or org_word_in(name) or programme_only(name, ctx.lang) or is_sentence(name):
        return True
    if fold(name.strip()) in _all_brands() or " " not in name and len(re.findall(r"\d+", name)) >= 2:
        return True  # "LEADER", "558083-CITIZ-1-2014-2-IT-CITIZ-TT"
    if YEARS.search(name) or name.strip() in ISO_CURRENCIES or _legal_form_in(name):
        return True  # a programme's period ("Česká republika–Svobodný stát Sasko 2014 – 2020"), "EUR", "… GmbH"
    return _fund(name, ctx)


def _fund(name: str, ctx: Context) -> bool:
    """The EU, its funds and bodies ("European Regional Development Fund"): the not_programme cues."""
    return fold(name.strip()) in {fold(f) for f in name_cues(ctx.lang).get("not_programme", [])}


# ---------------------------------------------------------------- the candidates

def _quoted(ctx: Context, lo: int, hi: int) -> list[Scored]:
    text = ctx.doc.text
    out = []
    for q in quotations(text, lo, hi):
        s, e = q.start, q.end
        pe = programme_end(text, s, ctx.lang)
        inside = bool(pe and pe < e and re.match(r"[\s:–-]*[^\W_]", text[pe:e]))
        if inside:
            s = pe + len(re.match(r"[\s:–-]*", text[pe:e]).group(0))  # „Erasmus + Healthy Living“: the brand is the programme's
        while e > s and text[e - 1] in ",;:":
            e -= 1
        name = text[s:e]
        words = name.split()
        head = _head(ctx, q.open)
        if not 1 <= len(words) <= (MAX_HEADED_WORDS if head else MAX_WORDS) or not (name[:1].isupper() or name[:1].isdigit()):
            continue
        if _rejected(name, ctx) or _owned(ctx, q.open) or name.endswith(".") and len(words) > 3:
            continue  # (a quoted sentence)
        if any(fold(w) in _plural_project_words(ctx.lang) for w in words):
            continue  # "„Schoolvoorbeeld voor andere projecten“": a phrase about projects
        out.append(_scored(s, e, "quote", head, _recurs(ctx, name) and "recurs", is_name_like(name) and "name_like",
                           inside and "brand_inside", _english(name, ctx.lang) and "english"))
    return out


_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'’&+-]*")


def _english(name: str, lang: str) -> bool:
    """A quotation in English on a page in another language ("”Small Towns in Europe; Sharing
    innovative Practices”", "«Faces of Europe»"): two words or more of plain Latin letters, with
    an English small word among them and none of the page's own. (Capitalised words alone say
    no language: "Partnerski Kamienny Trakt", "Universidades Europeas".)"""
    if lang == "en" or not nlp.stop_words(lang):
        return False
    words = [w.strip(",;:!?.") for w in name.split()]
    if len(words) < 2 or not all(_ENGLISH_WORD.fullmatch(w) for w in words if w):
        return False
    lower = [w.lower() for w in words if w and w.islower()]
    english, own = nlp.stop_words("en"), nlp.stop_words(lang)
    if any(w in own and w not in english for w in lower):
        return False
    return any(w in english and w not in own for w in lower)


def _coined(ctx: Context, lo: int, hi: int) -> list[Scored]:
    text = ctx.doc.text
    out = []
    for m in _WORD.finditer(text, lo, hi):
        word = m.group(0).rstrip(".-")
        # (a word in capitals is an organisation's, a programme's or a code's as often as a project's)
        if not camel(word) or word.isupper() or _rejected(word, ctx) or _owned(ctx, m.start()):
            continue
        out.append(_scored(m.start(), m.start() + len(word), "coined", _head(ctx, m.start()), _recurs(ctx, word) and "recurs"))
    return out


_BRACKETED = re.compile(r"((?:[^\W\d_][\w'’-]*[^\S\n]+){1,9}[^\W\d_][\w'’-]*)[^\S\n]*\(([^()\s,;]{2,20})\)")


def _bracketed(ctx: Context, lo: int, hi: int) -> list[Scored]:
    """"New Space Digital Economy Innovation Center (KvarkenSpaceEco)", "… strategica (Gts)": the
    bracketed short form after the words it stands for."""
    text = ctx.doc.text
    out = []
    for m in _BRACKETED.finditer(text, lo, hi):
        short = m.group(2)
        if sum(c.isalpha() for c in short) < 3 or re.search(r"\d", short) or _rejected(short, ctx):
            continue
        # the words it stands for open at the first whose initial is the short form's
        k = _initials_at(short, m.group(1))
        long_start = m.start(1) + (k if k is not None else 0)
        if k is None and not is_name_like(short):
            continue
        long = text[long_start:m.end(1)]
        if org_word_in(long) or _org_compound(long) or any(_head_word(w, ctx.lang, "programme") for w in long.split()) \
                or programme_only(long, ctx.lang) or _fund(long, ctx):
            continue  # an organisation's or a programme's acronym ("Operatív Program (EFOP)")
        if not any(w[:1].isupper() for w in m.group(1).split()[-3:]):
            continue  # "… zastupiteľstva (MsZ)": the short form of common words, a body's
        if not camel(short) and sum(c.isalpha() for c in short) < 4 and k is None:
            continue  # three capitals that are no initials of the words before: a body's abbreviation
        head = _head(ctx, long_start)
        # a coined short form that is more than its long form's initials ("PMOE-PROS+", "EsCaT") is a project's
        coined = is_name_like(short) and k is None or camel(short)
        out.append(_scored(m.start(2), m.end(2), "bracket", head if head != "programme" else None,
                           coined and "coined", coined and _recurs(ctx, short) and "recurs"))
    return out


_EXPANDED = re.compile(r"\(([^\W\d_][\w&+]{1,14})[^\S\n]+[–—-][^\S\n]+([^()\n]{3,80})\)")


def _expanded(ctx: Context, lo: int, hi: int) -> list[Scored]:
    """An acronym and its long form together in brackets ("(EWY - Europe Week for Youth 2015)"),
    the long form's initials covering the acronym's letters, no organisation's nor programme's."""
    text = ctx.doc.text
    out = []
    for m in _EXPANDED.finditer(text, lo, hi):
        short, long = m.group(1), m.group(2).strip()
        if not initials_cover(short, long) or _rejected(short, ctx) or org_word_in(long) or _org_compound(long) \
                or programme_only(long, ctx.lang) or _fund(long, ctx) or any(_head_word(w, ctx.lang, "programme") for w in long.split()):
            continue
        out.append(_scored(m.start(1), m.end(1), "bracket", "coined", _recurs(ctx, short) and "recurs"))
    return out


_SEPARATOR = re.compile(r"[^\S\n]+[–—-][^\S\n]+|:[^\S\n]+|[^\S\n]*\|[^\S\n]*")


def _title_line(ctx: Context) -> list[Scored]:
    """The section's first line, split at a dash or colon into a side made only of a programme's
    brand and project or programme words ("Erasmus+ verkefni") and a short other side: the name."""
    if not ctx.indices:
        return []
    b = ctx.block(ctx.indices[0])
    line = ctx.text(ctx.indices[0]).split("\n")[0]
    if len(line.split()) > 14 or line.rstrip().endswith((".", "?", "!")):
        return []
    parts = _SEPARATOR.split(line)
    if len(parts) != 2:
        return []
    for k, (side, other) in enumerate((parts, parts[::-1])):
        words = side.split()
        if not words or not any(_head_word(w, ctx.lang) for w in words):
            continue
        rest = side
        pe = programme_end(side, 0, ctx.lang)
        if pe:
            rest = side[pe:]
        if not all(_head_word(w, ctx.lang) or fold(w) in _all_brands() for w in rest.split()) or rest == side:
            continue  # the side is not the programme and its project word alone
        name = _without_code(other.strip())
        if not 1 <= len(name.split()) <= 6 or not (name[:1].isupper() or name[:1].isdigit()) or _rejected(name, ctx):
            continue
        start = b.start + line.index(name)
        return [_scored(start, start + len(name), "title line", _recurs(ctx, name) and "recurs")]
    return []


# ---------------------------------------------------------------- unquoted runs

_RUN_SEPARATOR = re.compile(r"[^\S\n]+[–—-][^\S\n]+|[^\S\n]*[:–—][^\S\n]+")
_CODE = re.compile(r"(?<!\S)(?=\S*\d)(?=\S*[/_]|[A-Z]+\d)\S+$")  # "LIFE19 IPE/LV/000010", "SKHU/WETA/2201"
MAX_RUN_WORDS = 12


def _after_head(ctx: Context, lo: int, hi: int) -> list[Scored]:
    """The unquoted rest of a line after an action type or a project word and a dash or colon
    ("Erasmus+, Strategické partnerstvá – Plánovanie kariéry mladých ľudí.", "Projektas KA2 – …"),
    and the words after a naming word ("pt. Historical memory …", "unter dem Motto X")."""
    text = ctx.doc.text
    out = []
    for m in _RUN_SEPARATOR.finditer(text, lo, hi):
        before = _before(ctx, m.start())
        words = [w.group(0) for w in _WORD.finditer(before)][-2:]
        # (not after a plural: "Odobreni projekti: KA2 …" heads a list of projects, or its category)
        mark = "action" if ends_with_action(before, ctx.lang) else \
            "project" if words and any(_project_word(w, ctx.lang) for w in words) \
            and not any(fold(w) in _plural_project_words(ctx.lang) for w in words) else None
        if mark and not _owned(ctx, m.start()):
            out += _run(ctx, m.end(), hi, mark)
    # (a naming word that follows its name, "X adlı", introduces none after it)
    named = [n for n in name_cues(ctx.lang).get("named", []) if n not in name_cues(ctx.lang).get("named_after", [])]
    for m in re.finditer(r"(?<!\w)(?:" + alternation(named) + r")[^\S\n]+", text[lo:hi], re.I):
        out += _run(ctx, lo + m.end(), hi, "named", cut=True)
    return out


def _without_code(run: str) -> str:
    """A run without the registration codes after it ("… LIFE19 IPE/LV/000010")."""
    while _CODE.search(run) and " " in run:
        run = run[:_CODE.search(run).start()].rstrip(" ,–-")
    return run.rstrip(" ,:–-")


def _run(ctx: Context, start: int, hi: int, mark: str, cut: bool = False) -> list[Scored]:
    """The run from start to its line's or sentence's end, without a bracket, a code or a stop
    after it; with `cut`, a run longer than a name is cut to its capitalised words."""
    text = ctx.doc.text
    end = text.find("\n", start, hi)
    line = text[start:end if end >= 0 else hi]
    if not line[:1].isupper() and not line[:1].isdigit() or line[:1] in QUOTE_MARKS or re.match(r"\d+[./]\d", line):
        return []  # (a date: "31.10.2021 r.")
    run = _without_code(re.split(r"[.!?;](?:\s|$)|\s\(|\s\[", line)[0].rstrip())
    # (after a naming word, a whole line that is a sentence is none: "s názvem X, když byl vybrán.")
    whole = len(run) == len(line.rstrip(" ,:–-")) if cut else len(run) == len(line.rstrip(" .!?;,:–-"))
    if cut and not whole or len(run.split()) > MAX_RUN_WORDS or re.search(r":\s", run):
        if not cut:
            return []
        # a naming word inside a sentence: its capitalised words ("unter dem Namen Smart Production komt …")
        words = list(re.finditer(r"\S+", run))
        k = next((i for i, w in enumerate(words) if i and not (w.group(0)[:1].isupper() or w.group(0)[:1].isdigit())), len(words))
        run = run[:words[k - 1].end()].rstrip(" ,.") if words else ""
        if " " not in run and not is_name_like(run):
            return []  # one plain word: the name's first ("s názvem Cyril a Metoděj – …")
    if not run or _rejected(run, ctx) or not 1 <= len(run.split()) <= MAX_RUN_WORDS or _numeric(run):
        return []
    if any(fold(w) in _plural_project_words(ctx.lang) for w in run.split()) or action_only(run, ctx.lang):
        return []
    return [_scored(start, start + len(run), "run", mark, _recurs(ctx, run) and "recurs")]


def _numeric(run: str) -> bool:
    """More words of figures than of letters ("15 691,57 Euro"), or an action's code first ("KA2 visoko …")."""
    words = run.split()
    figures = sum(1 for w in words if re.search(r"\d", w) and not re.search(r"[^\W\d_]", w))
    return figures * 2 >= len(words) or bool(ACTION_CODE.match(run))


def _before_naming(ctx: Context, lo: int, hi: int) -> list[Scored]:
    """A name before a naming word that follows it ("Dance With Me adlı …", "X című"): the words
    of its sentence before the naming word, after the last programme or project word, brand,
    comma or quotation, when they open with a capital and are few."""
    after = name_cues(ctx.lang).get("named_after", [])
    if not after:
        return []
    text = ctx.doc.text
    out = []
    for m in re.finditer(r"(?<=\s)(?:" + alternation(after) + r")(?!\w)", text[lo:hi], re.I):
        pos = lo + m.start()
        window = _before(ctx, pos)
        cut = 0
        for w in _WORD.finditer(window):
            if _head_word(w.group(0), ctx.lang) or fold(w.group(0)) in _all_brands() or brand_re(ctx.lang).fullmatch(w.group(0)):
                cut = w.end()
        for q in re.finditer(r"[,\"„“”«»]", window):
            cut = max(cut, q.end())
        run = window[cut:].strip()
        words = run.split()
        if not words or len(words) > MAX_RUN_WORDS or not (run[:1].isupper() or run[:1].isdigit()):
            continue
        if len(words) == 2 and words[0].lower() in nlp.stop_words(ctx.lang):
            run = words[1]  # "a Cultractive": the article is the sentence's
            words = [run]
        if _rejected(run, ctx) or action_only(run, ctx.lang) or len(words) == 1 and not is_name_like(run) and not _recurs(ctx, run):
            continue
        start = pos - len(window) + window.index(run, cut)
        out.append(_scored(start, start + len(run), "run", "named", _recurs(ctx, run) and "recurs"))
    return out


def _initials_at(short: str, words: str) -> int | None:
    """Where the words the short form stands for open: at the first word whose initials cover it."""
    starts = [w.start() for w in re.finditer(r"\S+", words)]
    return next((k for k in starts if initials_cover(short, words[k:])), None)


def expanded_title(ctx: Context, start: int) -> tuple[str, int, int] | None:
    """The long form written with the acronym at start, in its brackets ("(EWY - Europe Week for
    Youth 2015)") or before them ("Governance transfrontaliera strategica (Gts)"), its initials
    covering the acronym: the project's title."""
    text = ctx.doc.text
    m = _EXPANDED.match(text, start - 1) if start else None
    if m and m.start(1) == start:
        s = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip())
        long = m.group(2).strip()
        return long, s, s + len(long)
    line = text.rfind("\n", 0, start) + 1
    m = next((m for m in _BRACKETED.finditer(text, line, text.find(")", start) + 1 or len(text)) if m.start(2) == start), None)
    if not m:
        return None
    k = _initials_at(m.group(2), m.group(1))
    if k is None:
        return None
    s = m.start(1) + k
    return text[s:m.end(1)], s, m.end(1)
