"""Maltese, Icelandic and Irish, which langdetect has no profile for, told from the readings
it gives them (Maltese pages come out as Italian, Estonian or another Latin language,
Icelandic ones as Norwegian, Irish ones as English, Welsh or Spanish).

Each language has a tell that no other language of ours shares, weighed against the
function words of the languages that could be quoting it:

- Maltese writes ċ, ġ and ħ (no other language of ours does; ż is Polish too) and joins
  its article to the noun with a hyphen: "il-proġett", "tal-Unjoni", "fl-2020", "għall-".
  Web pages often type it without those letters ("progett", "ghal", "gewwa"); such a page
  is Maltese on its joined articles alone when they are many and far outweigh the other
  readings.
- Icelandic writes þ (Faroese has ð but no þ) and ð, and its function words ("að", "og",
  "í", "á", "við", "sem", "frá") are not the Norwegian or Danish ones ("på", "av", "ikke",
  "som", "fra"); a bilingual page is Icelandic when its Icelandic paragraphs hold more
  words than its others, as for Irish.
- Irish has its function words ("agus", "na", "ag", "ar", "chun", "freisin") and the
  initial mutations after a particle: eclipsis written in lower case before a capital
  ("i gCorcaigh", "ar bhFrainc") or of a lower-case word ("i dtír", "go bhfuil"), and h- or
  n- before a capital vowel ("na hÉireann", "an tAontas", "ar an nGaeilge").

An English page that quotes "Ħaġar Qim", "Háskóli Íslands" or "Ollscoil na Gaillimhe"
keeps its reading: the other language's function words must outweigh the page's own.

Three languages without a lexicon of their own are named too, so that their records say
what they are and kin.toml gives them the nearest cue file (langdetect read the Basque
pages we tried as Indonesian, Galician ones as Spanish, Luxembourgish ones as German):

- Basque by its function words and verb forms ("eta", "da", "du", "ditu", "izan", "ere",
  "bat"), which no language of ours shares; a bilingual page is Basque when its Basque
  paragraphs hold more words than its others, as for Irish.
- Galician, when langdetect says Spanish or Portuguese, by the words that are neither
  ("unha", "tamén", "proxecto", "dende", "coa", "polo", "xuño"), weighed against the words
  only Spanish or only Portuguese write.
- Luxembourgish, when langdetect says German or Dutch, by its function words ("vun", "mat",
  "ass", "gëtt", "och", "fir", "dës", "iwwer"), weighed against German's ("und", "mit", "ist")
  and Dutch's ("het", "van", "een").
"""
from __future__ import annotations

import re

from pipeline.textnorm import MT_JOINED_ARTICLES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?")

# Maltese: the article joined to its noun ("il-", "tal-", "għall-", the assimilated "ir-", "ix-"…)
_MT_ARTICLE = re.compile(rf"(?<![^\W\d_])(?:{MT_JOINED_ARTICLES}|l-)-(?=[^\W_])", re.IGNORECASE)
_MT_LETTERS = set("ċġħĊĠĦ")
_MT_WORDS = {"u", "ta'", "ta’", "li", "huwa", "hija", "huma", "minn", "fuq", "bejn", "kien", "kienet", "kienu", "dan",
             "din", "dawn", "ukoll", "biex", "għal", "ma'", "ma’", "se", "qed", "jew", "iżda", "sabiex", "wara", "matul",
             "proġett", "proġetti", "permezz", "flimkien", "b'kollox", "b’kollox", "aktar", "iktar", "kif"}
_IT_WORDS = {"il", "di", "che", "e", "la", "per", "del", "della", "dei", "delle", "con", "un", "una", "nel", "nella",
             "sono", "è", "al", "alla", "da", "progetto", "anche", "come", "gli", "le", "lo"}
# English function words: the reading every other test is weighed against
_EN_WORDS = {"the", "and", "of", "to", "is", "for", "with", "that", "this", "are", "was", "were", "by", "from", "on",
             "which", "has", "have", "its", "be", "an", "will", "at", "as", "their", "it", "or", "project"}

# Icelandic
_IS_LETTERS = set("þðÞÐ")
_IS_WORDS = {"að", "og", "í", "á", "við", "sem", "frá", "um", "er", "eru", "var", "voru", "með", "fyrir", "til", "það",
             "þess", "þar", "hefur", "hafa", "ekki", "verkefnið", "verkefni", "verkefnisins", "einnig", "eða", "hjá",
             "þá", "þessu", "sinni", "árið", "milljónir", "milljóna"}
_NO_WORDS = {"på", "av", "ikke", "som", "fra", "det", "den", "de", "har", "et", "en", "og", "er", "til", "med", "for",
             "prosjektet", "projektet", "også", "skal", "vil", "blir", "ble", "kan", "af", "ikkje", "frå"}

# Irish
_GA_WORDS = {"agus", "na", "ag", "ar", "le", "go", "atá", "tá", "bhí", "don", "ón", "sa", "leis", "chun", "faoi", "ach",
             "seo", "sin", "níos", "freisin", "idir", "trí", "ó", "mar", "gur", "nach", "ina", "lena", "dá", "cuid",
             "tionscadal", "tionscadail", "thionscadal", "thionscadail", "comhpháirtithe", "chomhpháirtithe",
             "dhá", "beidh", "rinne", "aon", "mhaoiniú", "maoiniú", "heorpa", "eorpach", "aontas", "roinnt", "chomh",
             "maith", "réigiún", "comhoibriú"}
_GA_MUTATION = re.compile(r"(?<![^\W\d_])(?:bhF|mB|gC|nD|nG|bP|dT|n[AEIOUÁÉÍÓÚ]|h[AEIOUÁÉÍÓÚ]|t[AEIOUÁÉÍÓÚ]|tS)(?=[^\W\d_])")
# eclipsis of a lower-case noun or verb ("i dtír", "ar gcuid", "go bhfuil", "ár bpobal"): no English or Welsh
# word begins with these clusters, and a page may write few capitals after its particles
_GA_ECLIPSIS = re.compile(r"(?<![^\W\d_])(?:bhf|gc|dt|bp|mb)(?=[aeiouáéíóúlr])")

# Basque
_EU_WORDS = {"eta", "da", "du", "dira", "ditu", "dute", "zen", "ziren", "zuen", "zituen", "izan", "izango", "bat", "ere",
             "baina", "edo", "hau", "hori", "honek", "horren", "egin", "egiten", "egingo", "dago", "daude", "dela", "duela",
             "bidez", "artean", "arteko", "beste", "gehiago", "urtean", "milioi", "bere", "beren", "behar", "gisa",
             "buruz", "hainbat", "honetan", "proiektua", "proiektuak", "proiektuaren", "proiektuko", "europako",
             "lankidetza", "ekimena", "helburua", "eskualdeko", "nagusia"}
_ES_ONLY = {"el", "los", "las", "y", "del", "proyecto", "proyectos", "también", "más", "una", "con", "por", "desde",
            "hasta", "según", "año", "años", "sido", "es", "son", "fue", "pero", "muy", "hay", "esta"}
_FR_WORDS = {"le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "pour", "sur", "avec", "projet", "qui"}

# Galician: neither Spanish nor Portuguese writes these
_GL_WORDS = {"unha", "unhas", "dunha", "nunha", "cunha", "tamén", "proxecto", "proxectos", "dende", "coa", "coas",
             "polo", "pola", "polos", "polas", "xeral", "rexión", "xestión", "desenvolvemento", "xaneiro", "xuño",
             "xullo", "decembro", "máis", "ademais", "isto", "iso", "cales", "súa", "súas", "ata", "hoxe", "moito",
             "moita", "traballo", "traballos", "xente", "hai", "deste", "desta", "nestes", "nestas", "calquera"}
_PT_ONLY = {"não", "também", "projeto", "projetos", "um", "uma", "em", "pelo", "pela", "até", "são", "com", "mais",
            "ainda", "já", "muito", "você", "isso", "sua", "suas", "fevereiro", "junho", "julho", "dezembro"}

# Luxembourgish: against German
_LB_WORDS = {"vun", "mat", "ass", "gëtt", "och", "fir", "dës", "dëser", "dësem", "dëse", "wéi", "ze", "engem",
             "enger", "eng", "iwwer", "tëscht", "awer", "ënner", "elo", "kënnen", "gouf", "goufen", "hunn", "huet",
             "sinn", "kréien", "kritt", "ginn", "déi", "eis"}
_NL_ONLY = {"het", "van", "is", "met", "voor", "zijn", "ook", "niet", "worden", "wordt", "een", "dat", "ze", "naar"}
_DE_ONLY = {"und", "der", "das", "ist", "nicht", "mit", "von", "für", "auch", "sich", "werden", "wird", "ein",
            "eine", "einer", "wurde", "sind", "zum", "zur", "über", "zwischen", "aber", "oder", "haben", "hat"}

# a page is the other language when its markers outweigh the detected reading's by this factor
_MARGIN = 1.5


def _count(words: list[str], vocab: set[str]) -> int:
    return sum(1 for w in words if w in vocab)


# a page typed without ċ, ġ and ħ needs this many joined articles, and twice the margin
_MT_BARE_ARTICLES = 8


def _maltese(text: str, low_words: list[str]) -> bool:
    letters = sum(1 for ch in text if ch in _MT_LETTERS)
    articles = len(_MT_ARTICLE.findall(text))
    if articles < 3:
        return False
    mt = articles + _count(low_words, _MT_WORDS)
    other = max(_count(low_words, _EN_WORDS), _count(low_words, _IT_WORDS))
    if letters < 3:
        return articles >= _MT_BARE_ARTICLES and mt > 2 * _MARGIN * other
    return mt > _MARGIN * other


def _icelandic(text: str, low_words: list[str]) -> bool:
    thorn = sum(1 for ch in text if ch in _IS_LETTERS)
    if thorn < 3 or not any(ch in "þÞ" for ch in text):
        return False
    ice = _icelandic_words(low_words)
    if ice < 3:
        return False
    if ice > _MARGIN * _icelandic_rivals(low_words):
        return True
    # a bilingual page (Icelandic paragraphs, then an English version), as for Irish and Basque
    return _lines_outweigh(text, lambda _line, low: _icelandic_words(low) > 2 * _icelandic_rivals(low))


def _icelandic_words(low_words: list[str]) -> int:
    return _count(low_words, _IS_WORDS - _NO_WORDS) + _count(low_words, {"verkefnið", "verkefni"})


def _icelandic_rivals(low_words: list[str]) -> int:
    return max(_count(low_words, _EN_WORDS), _count(low_words, _NO_WORDS - _IS_WORDS))


def _irish(text: str, low_words: list[str]) -> bool:
    mutations = len(_GA_MUTATION.findall(text)) + len(_GA_ECLIPSIS.findall(text))
    own = {"agus", "atá", "tá", "bhí", "chun", "freisin", "níos", "leis", "tionscadal", "tionscadail", "thionscadal",
           "ón", "seo", "faoi"}
    strong = _count(low_words, own)
    if strong < 3 or mutations < 2:
        return False
    ga = _count(low_words, _GA_WORDS) + 2 * mutations
    return ga > 2 * _MARGIN * _count(low_words, _EN_WORDS) or _irish_lines_outweigh(text)


def _irish_lines_outweigh(text: str) -> bool:
    """A bilingual page (an Irish paragraph, then its English translation) is Irish when its
    Irish paragraphs hold more words than its others: the page's own function-word count
    cannot tell, since the English half brings as many English words as the Irish half
    brings Irish ones."""
    def irish(line: str, low: list[str]) -> bool:
        mutations = len(_GA_MUTATION.findall(line)) + len(_GA_ECLIPSIS.findall(line))
        return _count(low, _GA_WORDS) + 2 * mutations > 2 * _count(low, _EN_WORDS)
    return _lines_outweigh(text, irish)


def _lines_outweigh(text: str, own) -> bool:
    """Whether the paragraphs (lines of eight words or more) that `own(line, low_words)`
    claims hold more words than the page's other paragraphs."""
    mine = other = 0
    for line in text.splitlines():
        low = [w.lower() for w in _WORD.findall(line)]
        if len(low) < 8:
            continue
        if own(line, low):
            mine += len(low)
        else:
            other += len(low)
    return mine > other


def _basque(text: str, low_words: list[str]) -> bool:
    eu = _count(low_words, _EU_WORDS)
    if eu < 5 or len(set(low_words) & _EU_WORDS) < 3:
        return False
    if eu > 2 * _MARGIN * _basque_rivals(low_words):
        return True
    # a bilingual page (Basque paragraphs, then an English or Spanish version), as for Irish
    return _lines_outweigh(text, lambda _line, low: _count(low, _EU_WORDS) > 2 * _basque_rivals(low))


def _basque_rivals(low_words: list[str]) -> int:
    return max(_count(low_words, _EN_WORDS), _count(low_words, _ES_ONLY), _count(low_words, _FR_WORDS))


def _galician(lang: str, low_words: list[str]) -> bool:
    if lang not in ("es", "pt", "gl"):
        return False
    gl = _count(low_words, _GL_WORDS)
    other = max(_count(low_words, _ES_ONLY), _count(low_words, _PT_ONLY))
    return gl >= 4 and len(set(low_words) & _GL_WORDS) >= 3 and gl > _MARGIN * other


def _luxembourgish(lang: str, low_words: list[str]) -> bool:
    if lang not in ("de", "nl", "lb", "af"):
        return False
    lb = _count(low_words, _LB_WORDS)
    other = max(_count(low_words, _DE_ONLY), _count(low_words, _NL_ONLY))
    return lb >= 5 and len(set(low_words) & _LB_WORDS) >= 3 and lb > _MARGIN * other


def refine(lang: str | None, text: str) -> str | None:
    """langdetect's code, or "mt", "is", "ga", "eu", "gl" or "lb" when the page is in one of them."""
    if lang is None:
        return lang
    low = [w.lower() for w in _WORD.findall(text)]
    if _maltese(text, low):
        return "mt"
    if _icelandic(text, low):
        return "is"
    if _irish(text, low):  # langdetect reads Irish as English, Welsh or even Spanish
        return "ga"
    if _basque(text, low):  # read as Indonesian, Estonian or Spanish
        return "eu"
    if _galician(lang, low):
        return "gl"
    if _luxembourgish(lang, low):
        return "lb"
    return lang
