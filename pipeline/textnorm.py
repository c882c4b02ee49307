"""Pure helpers for normalising text inside one block."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The capital letters of our languages' scripts, for regex classes ("[{UPPER}]"): Latin with
# Latin-1 and Latin Extended-A (and Romanian Ș Ț), Cyrillic, Greek. A plain "À-Ž" range is no
# capital class: U+00C0-U+017D holds the lower-case letters too ("är", "és", "über", "účast").
UPPER = ("A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x17F)) if c.isupper())
         + "ȘȚЀ-ЯҐΆΈ-ΏΑ-Ϋ")
# Its mirror, the lower-case letters ("[{LOWER}]"): a-z, ß and Latin-1, Latin Extended-A (and
# Romanian ș ț), Cyrillic, Greek. "à-ž" held the capitals Č Š Ž Ł Ő too, and lacked ß.
LOWER = ("a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
         + "șțа-џґΐά-ώ")
# Non-breaking, thin and other fixed-width spaces become ordinary spaces, so that
# number and date rules see one kind of space.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\v\f ]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# a lone surrogate (a reader's library may hand one over: a PDF font's text map can name any
# code unit) is no character; spaCy and the UTF-8 writer both refuse it
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Hyphens that are not the keyboard's: the Unicode hyphen, the non-breaking hyphen, the figure
# dash and the minus sign become "-", so that every rule reading "V-A", "2014-2020" or "-5 %"
# sees one kind (en and em dashes stay: rules tell them apart)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-"})
# an e-mail address and a web address: a line holding one is a contact line (a card's value,
# not a heading), and a partner's name ends before either
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s,;)]+")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


# a dash lost to a wrong encoding: "?" (or the replacement character) with spaces around it
# between a year and a year or a date ("2012 ? 2014", "2012 ? 1.6.2014"); a question mark is
# never written so
_LOST_DASH = re.compile(r"(?<=(?<!\d)(?:19|20)\d\d) [?\ufffd] (?=(?:\d{1,2}[./] ?){0,2}(?:19|20)\d\d(?!\d))")


def clean_inline(text: str) -> str:
    """One line of text: NFC, ligatures undone, hyphens and spaces folded, a lost dash between
    years put back, ends trimmed."""
    text = unicodedata.normalize("NFC", text).translate(_HYPHENS)
    text = _LOST_DASH.sub(" \u2013 ", text)
    for lig, rep in _LIGATURES.items():
        text = text.replace(lig, rep)
    text = _ZERO_WIDTH.sub("", _SURROGATES.sub("\ufffd", text))
    return _SPACES.sub(" ", text).strip()


# The quotation marks live in pipeline.quotes (re-exported here for older imports).
from pipeline.quotes import QUOTE_MARKS, QUOTES  # noqa: E402,F401


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lowercase without diacritics, for matching names across spellings. Kept: the same
    words and names are folded again and again (seven calls in eight repeat one)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l").replace("đ", "d").replace("ø", "o").replace("ß", "ss")


def turkish_lower(text: str) -> str:
    """Lowercase by Turkish rules: dotted "İ" is "i" (Python's lower() adds a combining dot, so
    "İşbirliği" missed the cue "işbirliği"), and in a word written all in capitals ("ORTAKLARI")
    "I" is the dotless "ı"; a capitalised "I" keeps its dot, as foreign names write it ("Interreg")."""
    text = text.replace("İ", "i")
    if "I" in text and text.isupper():
        text = text.replace("I", "ı")
    return text.lower()


def join_wrapped(lines: list[str]) -> str:
    """Join the visual lines of one logical line; a hyphen that split a word is removed."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif re.search(r"\w-$", out) and line[:1].islower():
            out = out[:-1] + line  # "Regio-\nnal" -> "Regional"
        else:
            out = out + " " + line
    return out


# Maltese writes the article joined to its noun by a hyphen, and a preposition takes it over
# ("il-", "tal-", "mill-", "għall-", the assimilated "ir-", "ix-", "taż-"…): "il-Kunsill Lokali",
# "mill-Università ta' Malta". The prefixes, without their hyphen.
MT_JOINED_ARTICLES = (
    r"il|l|tal|ta|tat|tad|tan|tar|tas|tax|taż|taċ|taz|fil|fl|mil|mill|bil|sal|mal|lil|lill|"
    r"għal|għall|għat|għad|għan|għar|għas|għax|għaż|għaċ|minn|ir|is|it|id|in|ix|iż|iċ|iz|x|d|n|r|s|t|"
    r"biż|biċ|bit|bid|bir|bis|bix|fit|fid|fir|fis|fix|fiż|fiċ|mit|mid|mir|mis|mix|miż|miċ|sat|sad|sar|sas|sax|"
    r"mat|mad|mar|mas|max|maż|maċ|lit|lid|lir|lis|lix|liż|liċ")


# German gender forms of a noun ("Partner*innen", "Partner:innen", "Partner_innen", "PartnerInnen",
# "Partner/-innen", "Schüler*in"): the marker and its ending, after a lower-case letter. The
# capital-I form only in the plural: "LinkedIn" is no gender form.
_GENDER_SUFFIX = re.compile(rf"(?<=[{LOWER}])(?:[*:_/]-?innen|[*:_]in|Innen)(?![{LOWER}{UPPER}\d])")


def blank_gender_suffix(text: str) -> str:
    """The text with each gender ending blanked to spaces of its length, so that a cue for the
    noun ("partner", "teilnehmer") matches the word and offsets hold."""
    return _GENDER_SUFFIX.sub(lambda m: " " * len(m.group(0)), text)
