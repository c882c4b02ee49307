"""spaCy carries tokenising, sentence splitting and cue matching.

spaCy's trained models are not available here, so every language runs as
`spacy.blank(lang)` with a rule-based sentence splitter that knows the language's
abbreviations and does not split after ordinal numbers ("24. října 2011").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher

from pipeline.lexicons import CUE_KEYS, Lexicon, legal_forms, load
from pipeline import compound_cues, textnorm
from pipeline.lookalikes import script_fold
from pipeline.textnorm import blank_gender_suffix, turkish_lower

_SPACY_LANGS = {"cs", "sk", "pl", "de", "en", "hu", "it", "sl", "hr", "ro", "es", "fr", "nl", "pt", "sq", "bg", "el", "lt", "lv", "et", "sv", "da", "fi", "ca", "uk", "no", "sr", "mk", "is", "ga", "tr", "ru", "eu"}
# spaCy has no Maltese and no Welsh: such a page is tokenised by the multi-language "xx" tokenizer
# langdetect's code where spaCy's differs: Norwegian Bokmål is "nb" to spaCy
_SPACY_CODES = {"no": "nb"}
# languages whose capitals lowercase by their own rules (Turkish İ/i and I/ı)
_OWN_LOWER = {"tr": turkish_lower}
_END = re.compile(r"[.!?…]+[\"”“»)]*$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CueMatch:
    key: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=None)
def blank(lang: str) -> Language:
    if lang not in _SPACY_LANGS:
        return spacy.blank("xx")
    nlp = spacy.blank(_SPACY_CODES.get(lang, lang))
    if lang in _OWN_LOWER:
        # before any word is read: cues match the token's lower-case form
        nlp.vocab.lex_attr_getters[LOWER] = _OWN_LOWER[lang]
        nlp.vocab.lex_attr_getters[NORM] = _OWN_LOWER[lang]
    return nlp


# Function words spaCy's lists lack: all of them for languages it has no tokenizer for (the
# multi-language one has no stop words), the opening verbs of Irish. Welsh opens most sentences
# with its verb ("Mae Ysgol X yn arwain …", "Roedd y Cyngor …"), which is no part of the
# capitalised name after it
_OWN_STOP_WORDS = {
    # verbs, pronouns and conjunctions only: a preposition or the article among them would let a name run
    # on across it ("Prifysgol Bangor mewn Astudiaethau …") or open after "dan arweiniad y" (the evidence reader joins capitalised
    # words over stop words)
    "cy": frozenset({
        "mae", "maen", "roedd", "roeddent", "bydd", "byddant", "bu", "buodd", "cafodd", "cafwyd", "dyma", "dyna",
        "a", "ac", "neu", "ond", "hefyd", "ei", "eu", "ein", "fy", "ni", "nhw", "hi", "fe",
        "fo", "sy", "sydd", "sy'n", "sy’n", "oedd", "fydd", "yw", "ydy", "ydyn", "hwn", "hon", "hyn", "hynny",
        "nad", "na", "nid", "bod", "wedi",
    }),
    # Irish opens its sentences with the verb too ("Tá Údarás na Gaeltachta ina pháirtnéir …", "Beidh
    # Comhairle Contae … ag obair"); spaCy's Irish list holds articles and prepositions but not them
    "ga": frozenset({
        "tá", "táimid", "bhí", "bhíomar", "beidh", "bheidh", "níl", "ba", "bhfuil",
        "rinne", "déanfaidh", "chuir", "cuirfidh", "ghlac", "glacfaidh", "fuair", "gheobhaidh",
    }),
}


def stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list for the language (articles, pronouns, conjunctions) with ours
    (_OWN_STOP_WORDS) added."""
    return blank(lang).Defaults.stop_words | _OWN_STOP_WORDS.get(lang, frozenset())


@lru_cache(maxsize=1)
def _dotted_forms() -> re.Pattern:
    """Legal forms with a period inside ("S.p.A.", "Sp. z o.o.", "spol. s r.o."), any case,
    spaces after their periods optional."""
    data = legal_forms()
    forms = {f for table in data.values() for f in table if "." in f.rstrip(".")}
    bodies = [r"\s*".join(re.escape(part) for part in re.split(r"(?<=\.)\s*", f) if part)
              for f in sorted(forms, key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(bodies)})", re.IGNORECASE)


def _inner_periods(text: str) -> set[int]:
    """Offsets of the periods inside a legal form: "Beta S.p.A. di Milano" goes on after "S.p."."""
    return {m.start() + k for m in _dotted_forms().finditer(text)
            for k, ch in enumerate(m.group()[:-1]) if ch == "."}


def _sentence_starts(doc, abbreviations: set[str]) -> list[int]:
    """Token indices where a sentence starts: after . ! ? when the next word is capitalised,
    unless the period follows a number, a single letter or a known abbreviation, or lies
    inside a legal form."""
    starts = [0]
    inner = _inner_periods(doc.text) if "." in doc.text else set()
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if not _END.search(tok.text) and tok.text not in {".", "!", "?", "…"}:
            continue
        if inner and tok.idx + tok.text.rfind(".") in inner:
            continue  # "S.p" "." "A." : the period that would end the sentence is inside a form
        nxt = doc[i + 1]
        if not (nxt.text[:1].isupper() or nxt.text[:1] in "\"„“«(–-" or nxt.is_digit):
            continue
        if tok.text == "." and i > 0:
            prev = doc[i - 1]
            word = (prev.text + ".").lower()
            # "24. října" (an ordinal day), "s. 9", "tzv." do not end sentences; "2011." does
            # a single letter is an initial ("J. Novák"); a closing bracket, quote or currency sign
            # ends a sentence ("(ERDF). Tartu", "250.000 €. Deux", "„Wasser“. Es")
            if (prev.is_digit and len(prev.text) <= 2) or (len(prev.text) == 1 and prev.text.isalpha()) \
                    or word in abbreviations:
                continue
            if prev.idx + len(prev.text) == tok.idx and re.fullmatch(r"\d+\.\d+", prev.text):
                continue  # "1.4." is a date, not a sentence end
            if re.fullmatch(r"(?:1[89]|20)\d\d[^\W\d_]", prev.text):
                continue  # "16 lipca 2014r. Gmina …": a year with its one-letter year mark glued on goes on
        elif tok.text != "." and tok.text[:-1].lower() + "." in abbreviations:
            continue
        elif re.fullmatch(r"[^\W\d_]\.", tok.text):
            continue  # a letter and its period, as a tokeniser keeps them: an initial, "e.V."
        elif re.fullmatch(r"(?:\d{1,2}\.\s?[-–]\s?)?\d{1,2}\.", tok.text) and not _closes_year_first(doc, i):
            continue  # German keeps "27." together: "am 27. September" goes on, as "Vom 6.-10. Oktober"
        elif re.fullmatch(r"\d{1,2}\.\d{1,2}\.", tok.text) and re.fullmatch(r"(?:1[89]|20)\d\d\.?", nxt.text):
            continue  # "20.12. 2012": a day and month, then their year after a space, is one date
        starts.append(i + 1)
    return starts


def _closes_year_first(doc, i: int) -> bool:
    """The day's period closes a date written year first, and a capitalised word follows: "2021.
    május 31. A partnerek …", "2020. 05. 31. Megvalósítás …" end there (the day is the date's
    last part, as "2011." is a year's); not before a dash ("2017. 06. 01. – 2020. 05. 31.")."""
    if i < 2 or not doc[i + 1].text[:1].isupper():
        return False
    month = doc[i - 1].text
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d\.", doc[i - 2].text)) and (
        bool(re.fullmatch(r"\d{1,2}\.", month)) or month.isalpha() and month.islower())


def without_abbreviations(text: str, lex: Lexicon) -> str:
    """text with the full stops of its abbreviations ("bl.a.", "u.a.", "z. B.", "tzn.") made
    spaces, the same length, so that a test for a clause's end does not stop at them."""
    def blank(m: re.Match) -> str:
        word = m.group(0)
        return word.replace(".", " ") if word.lower() in lex.abbreviations else word
    return re.sub(r"(?<!\w)(?:[^\W\d_]{1,8}\.){1,4}", blank, text)


def sentences(text: str, lex: Lexicon) -> list[Span]:
    """Sentences of one block of text, as spans into that text."""
    return list(_sentences(text, lex.lang))


@lru_cache(maxsize=4096)
def _sentences(text: str, lang: str) -> tuple[Span, ...]:
    lex = load(lang)
    doc = blank(lex.lang)(text)
    if not len(doc):
        return ()
    starts = _sentence_starts(doc, lex.abbreviations) + [len(doc)]
    spans = []
    for a, b in zip(starts, starts[1:]):
        if a >= b:
            continue
        s, e = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        spans.append(Span(s, e, text[s:e]))
    return tuple(spans)


# Romanian is written with the cedilla letters (ş, ţ) as often as with the comma ones (ș, ț):
# cues and text are matched with the comma letters, one character for one, so offsets hold
CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")


@lru_cache(maxsize=None)
def _matcher(lang: str) -> PhraseMatcher:
    lex = load(lang)
    nlp = blank(lex.lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key in CUE_KEYS:
        phrases = sorted(p for p in set(lex.cues.get(key, [])) if "*" not in p)
        if phrases:
            matcher.add(key, [_phrase_doc(nlp, p) for p in phrases])
    return matcher


def _phrase_doc(nlp, phrase: str):
    """A cue phrase tokenised as the text is: with the straight apostrophe the text is matched
    with, and a final elided article kept one token ("coordinato dall’" as in "dall’ERPAC",
    "porté par l’" as in "l’Université"), which alone at the end the tokeniser splits off."""
    phrase = phrase.replace("\u2019", "'").translate(CEDILLA)
    if phrase.endswith("'"):
        doc = nlp.make_doc(phrase + "x")
        if len(doc) > 1 and doc[-1].text == "x":
            return doc[:-1].as_doc()
    return nlp.make_doc(phrase)


@lru_cache(maxsize=None)
def _stem_matcher(lang: str) -> Matcher:
    """Cue entries written with a final '*' on a word ("sufinanciranj*") match every
    ending of that word: inflecting languages need it for nouns and verbs alike."""
    lex = load(lang)
    nlp = blank(lex.lang)
    matcher = Matcher(nlp.vocab)
    for key in CUE_KEYS:
        patterns = []
        for phrase in sorted(p for p in set(lex.cues.get(key, [])) if "*" in p):
            pattern = []
            for word in phrase.split():
                if word.endswith("*"):
                    pattern.append({"LOWER": {"REGEX": "^" + re.escape(word[:-1].translate(CEDILLA)) + r"\w*$"}})
                else:
                    pattern.append({"LOWER": word.translate(CEDILLA)})
            patterns.append(pattern)
        if patterns:
            matcher.add(key, patterns)
    return matcher


def cues(text: str, lang: str, keys: set[str] | None = None) -> list[CueMatch]:
    """Cue phrases in `text`; where matches of one key overlap, the longest is kept."""
    return [m for m in _all_cues(text, lang) if keys is None or m.key in keys]


# a double quotation mark between a lowercase letter and a capital or digit: the name's opening mark
_GLUED_QUOTE = re.compile(rf"(?<=[{textnorm.LOWER}])[\"„“«](?=[{textnorm.UPPER}0-9])")


# extractors ask about the same blocks and sentences many times: tokenising and matching
# once per (text, language) is most of the build's time otherwise
@lru_cache(maxsize=8192)
def _all_cues(text: str, lang: str) -> tuple[CueMatch, ...]:
    lex = load(lang)
    nlp = blank(lex.lang)
    # a typographic apostrophe is the cue's apostrophe ("s’est réuni", "thema’s"); the
    # same length, so offsets hold
    # a label run into its value ("EU Grant:364.099,41 EUR") is two tokens; the colon becomes a space
    # a gender ending ("Partner*innen", "TeilnehmerInnen") is blanked: the noun's cue matches the word
    # an opening quotation mark glued to the word before ('do projeto"MOVIEing …"') parts them too
    # a Latin look-alike inside a Cyrillic or Greek word ("мiсто") takes its word's script
    doc = nlp.make_doc(_GLUED_QUOTE.sub(" ", re.sub(r"(?<=[^\W\d]):(?=\d)", " ",
                                                    blank_gender_suffix(script_fold(text).replace("\u2019", "'").translate(CEDILLA)))))
    found: list[CueMatch] = []
    stems = _stem_matcher(lang)
    for match_id, a, b in list(_matcher(lang)(doc)) + (list(stems(doc)) if len(stems) else []):
        span = doc[a:b]
        found.append(CueMatch(nlp.vocab.strings[match_id], span.start_char, span.end_char,
                              text[span.start_char:span.end_char]))
    found += _compound_cues(doc, text, lang)
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.key))
    kept: list[CueMatch] = []
    reach: dict[str, int] = {}  # key -> the furthest end of its kept matches (found is sorted by start)
    for m in found:
        if m.start < reach.get(m.key, -1):
            continue
        kept.append(m)
        reach[m.key] = max(reach.get(m.key, -1), m.end)
    return tuple(kept)


# the text before a word that opens its line or sentence (its capital says nothing of a name)
_OPENS = re.compile(r"(?:^|[\n.!?:•])[^\S\n]*[\"„“«(]?$")


def _compound_cues(doc, text: str, lang: str) -> list[CueMatch]:
    """Cues that are a part of a word the tokeniser keeps whole across its hyphens
    ("EU-Förderung", "LEADER-steun", "Interreg-hanke"; see `compound_cues`)."""
    out = []
    for tok in doc:
        if "-" not in tok.text or len(tok.text) < 5:
            continue
        opens = bool(_OPENS.search(text[max(0, tok.idx - 4):tok.idx]))
        for a, b, keys in compound_cues.cue_parts(tok.text, lang, opens):
            # the EU's fund before a money noun makes it the EU's money ("EFRO-budget", "EFRE-Mittel")
            eu = "budget_eu" in _word_keys((tok.text[:a] + tok.text[b:]).strip("-").lower(), lang)
            for key in _word_keys(tok.text[a:b].lower(), lang):
                if key in (keys or compound_cues.KEYS):
                    key = "budget_eu" if eu and key in compound_cues.MONEY_NOUNS else key
                    s = tok.idx + a
                    out.append(CueMatch(key, s, s + b - a, text[s:s + b - a]))
    return out


@lru_cache(maxsize=8192)
def _word_keys(word: str, lang: str) -> tuple[str, ...]:
    """The keys of the cues that are this one word, whole."""
    doc = blank(load(lang).lang).make_doc(word)
    if len(doc) != 1:
        return ()
    stems = _stem_matcher(lang)
    hits = list(_matcher(lang)(doc)) + (list(stems(doc)) if len(stems) else [])
    return tuple(sorted({doc.vocab.strings[m] for m, a, b in hits if a == 0 and b == 1}))


def tokens(text: str, lang: str) -> list[Span]:
    return list(_tokens(text, lang))


@lru_cache(maxsize=8192)
def _tokens(text: str, lang: str) -> tuple[Span, ...]:
    doc = blank(load(lang).lang).make_doc(text)
    return tuple(Span(t.idx, t.idx + len(t.text), t.text) for t in doc if not t.is_space)
