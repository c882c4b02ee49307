"""Guards that keep a run of capitalised words read beside a project word from being taken
for a name when its form says it is something else, in any language written in Latin,
Greek or Cyrillic letters:

- the English project word written with a capital inside a sentence, when the same text
  writes it in lowercase elsewhere, is part of a Title Case compound ("Project Manager",
  "Project Website", "(Project Management)"), in English pages and in the English loans of
  pages in other languages: the plain words after it name a role or a part of the work, not
  the project. A coined word (acronym, CamelCase, digit) or a quotation after it still names
  one ("Project ECO-MAP"). Other languages' project words are left alone: a capitalised
  "Projekt" before plain words is apposition there ("realizuje Projekt Aktywna Gmina").
- a coined name is complete in itself: an acronym followed by a small lowercase word and
  more capitalised words ("SOLLAGUA em Santander", "EMBRACER nach Bukarest") ran on into
  the sentence's place or time.
- a run that opens with a programme's brand and plain capitalised words before a coined
  word ("Interreg South Baltic SEAPLANSPACE") holds the programme's strand, then the name.
- a name that is a programme from end to end ("LIFE", "IPA") names the funding, not a project.
- a name that is only a country's name, in any case form ("Latvijas", "Svíþjóðar", "Almanya"),
  says where or whose the project is: "Latvijas projekts" is Latvia's project.
- a name that holds a date of a month or a day ("Mis à jour le 22/01/2021", "2006.gada
  2.maijs") is a dateline or a deadline.
"""
from __future__ import annotations

import re

from pipeline.extractors.name_text import is_name_like
from pipeline.textnorm import UPPER, fold
from pipeline.extractors.programme_names import programme_end
from pipeline.lexicons import load
from pipeline.normalise.dates import find_dates

# what may stand right before a word that opens a sentence, a line or a list item
_OPENING = re.compile(r"(?:^|[.!?:;•·▪\n\u2022]|[-–—]\s)[\s\"'„“”«»‚‘’*#>]*$")
# The project words that stand before the noun they qualify ("Project Manager", "Project
# Website"): English's, which pages in every language borrow for roles and parts of the work.
# Elsewhere a capitalised project word before plain words is apposition ("Projekt Aktywna Gmina"):
# languages that compound write "Projektleiter", "projectleider" as one word.
_MODIFIER_FIRST = {"project", "projects"}
_WORD = re.compile(r"[^\W_][\w'’&+@!.-]*")


def mid_sentence(text: str, start: int) -> bool:
    """The word at `start` has words of its own sentence before it on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return bool(re.search(r"[^\W_]", before)) and not _OPENING.search(before)


def written_lowercase(text: str, word: str) -> bool:
    """The text writes `word` all in lowercase somewhere (a common noun of the language)."""
    low = word.lower()
    return low != word and bool(re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text))


def coined(name: str) -> bool:
    """A word of the name is coined: an acronym, CamelCase, or holds a digit or a symbol."""
    return any(is_name_like(w) or re.search(r"[\d+!&@]", w) for w in name.split())


def titled_compound(text: str, cue_start: int, cue_end: int, name: str) -> bool:
    """"Project Manager Laima …", "(Project Website)": the project word is capitalised in
    mid-sentence though the text writes it in lowercase elsewhere, and the plain words after
    it are no coined name: a Title Case compound, not a project word before a name."""
    cue = text[cue_start:cue_end]
    if not cue[:1].isupper() or cue.isupper() or not mid_sentence(text, cue_start):
        return False
    if cue.lower() not in _MODIFIER_FIRST:
        return False  # "realizuje Projekt Aktywna Gmina": a capitalised noun before its name, not a compound
    if not written_lowercase(text, cue) or coined(name):
        return False
    return not re.match(r"\s*[„“”\"«»‚‘]", text[cue_end:cue_end + 3])


def event_compound(ctx, i: int, cue) -> bool:
    """"First Transnational Project Meeting", "Final Project Conference": the capitalised
    project word is followed at once by a capitalised event word of the language (or of
    English), so it modifies that event; the plain words before it name no project."""
    if not cue.text[:1].isupper():
        return False
    after = ctx.doc.text[cue.end:cue.end + 40]
    gap = re.match(r"[^\S\n]+|-", after)
    if not gap or not after[gap.end():gap.end() + 1].isupper():
        return False
    at = cue.end + gap.end()
    return any(c.start == at for c in ctx.cues(i, {"events"}))


def is_sentence(name: str) -> bool:
    """A quotation of whole sentences (a person quoted: "Via disse projekter bliver der skabt …
    grænsen. Projekterne er …") is no name: two sentences, or one long one closed by its stop."""
    words = name.split()
    # (names hold a stop after an abbreviation, "Sv. Nikola", and may be two short sentences,
    # "Reušim prin COOLtură. Valori europene …", or a question: "Small steps … what can I do?")
    if re.search(rf"\w{{3,}}[.!?][^\S\n]+[{UPPER}]", name) and len(words) >= 14:
        return True
    return len(words) >= 16 and name.rstrip(" ”“\"»«").endswith(".")


def short_form(name: str) -> bool:
    """A short name, as one stands before the dash of "ACR – Title": coined, one word, or a word
    and its number ("Infobest 4.0"); not two or more plain words ("Alba Iulia", "VI Polsko")."""
    words = name.split()
    return coined(name) or len(words) == 1 or len(words) == 2 and bool(re.search(r"\d", name))


def glued_quote(name: str) -> bool:
    """A double quotation mark between two characters inside the name ('ЕРАЗЪМ+"ПРОЕКТ "ЕРАЗЪМ+"',
    a breadcrumb run together): quotation marks paired wrongly, no name."""
    return bool(re.search(r"\S[\"„“”«»]\S", name.strip(" \"„“”«»")))


def acronym_run_on(name: str, lang: str) -> int | None:
    """Where a run that opens with a coined name ends when it goes on through a small
    lowercase word into more capitalised words ("SOLLAGUA em Santander" -> 8); None when it
    does not. Two coined words before the small word ("LIFE BIODIV in …") are cut alike. A
    conjunction ("SAIL en North Sea Fish") joins two names: that run is left to the readers
    of lists of projects."""
    words = list(_WORD.finditer(name))
    conjunctions = {c.lower() for c in load(lang).cues.get("conjunctions", [])} | {"and", "&"}
    for k, w in enumerate(words):
        token = w.group(0)
        if token.lower() in conjunctions:
            return None
        if token.islower() and token.isalpha():
            head = words[:k]
            if head and all(is_name_like(h.group(0)) and not h.group(0).isdigit() for h in head) \
                    and k + 1 < len(words):
                return head[-1].end()
            return None
    return None


def strand_before_coined(name: str) -> int | None:
    """Offset of the first coined word after plain capitalised words ("South Baltic
    SEAPLANSPACE" -> 13): the words before it are a programme's strand. None when the run
    does not open with plain words and then a coined word."""
    words = list(_WORD.finditer(name))
    for k, w in enumerate(words):
        if is_name_like(w.group(0)):
            plain = words[:k]
            if plain and all(p.group(0)[:1].isupper() and not is_name_like(p.group(0)) for p in plain):
                return w.start()
            return None
    return None


def programme_only(name: str, lang: str) -> bool:
    """The programme reader reads the whole name as a programme ("LIFE", "IPA", "Erasmus Plus
    Key Action One"): a brand with its strand or years, which funds projects and names none."""
    end = programme_end(name, 0, lang)
    return bool(end) and end >= len(name.rstrip(" .,;:"))


def page_section(name: str, lex) -> bool:
    """A heading that is one of the words a site heads its own sections with ("NAUJIENOS",
    "Aktuelles", "COMUNICAT DE PRESA") titles the site's page, not a project."""
    return fold(name.strip(" :|-–")) in {fold(w) for w in lex.cues.get("page_sections", [])}


def dated(name: str, lang: str) -> bool:
    """The name holds a date of a month or a day: a page's dateline ("Ven 30 Gennaio, 2015",
    "Trollhättan 2016-02-18") or a deadline ("2006.gada 2.maijs"), no project's name (a year
    alone may be one's: "Erasmus+ 2020", "LIFE NatConnect 2030")."""
    return any(len(d.iso) >= 7 for d in find_dates(name, load(lang)))


def country_only(name: str, lex) -> bool:
    """The name is one country's name and nothing else, in any case form ("Latvijas projekts",
    "Norður-Írlands … verkefni"): the run before or after the project word says whose the project
    is or where, not what it is called."""
    from pipeline import gazetteer
    hits = gazetteer.find(name, lex)
    return len(hits) == 1 and hits[0].kind == "country" and not re.sub(r"[\W_]", "", name.replace(hits[0].text, ""))
