"""Where a programme's name ends in running text (brand, strand, pairs, years), and its mentions."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import nlp
from pipeline.extractors.name_text import alternation, name_cues
from pipeline.lexicons import data_entry, load
from pipeline.textnorm import LOWER, UPPER, fold


@lru_cache(maxsize=None)
def name_forms(lang: str) -> dict[str, str]:
    """A programme's name in its case forms -> its nominative ("kreativní evropy" -> "kreativní evropa")."""
    return {k.lower(): v.lower() for k, v in data_entry(lang, "programme_name_forms", {}).items()}


@lru_cache(maxsize=None)
def brand_re(lang: str) -> re.Pattern:
    # a name ending in a number may be glued to the next line's capital ("Horizontu 2020Európska komisia")
    return re.compile(r"(?:" + alternation(name_cues(lang).get("programme_names", []) + list(name_forms(lang)))
                      + rf")(?:(?![\w+])|(?<=\d)(?-i:(?=[{UPPER}][{LOWER}])))", re.I)


def nominative(value: str, lang: str) -> str:
    """A programme named in a case form ("z Horizontu 2020", "výzvy Kreativní Evropy") is named by
    its nominative, each word capitalised as written; the rest of the name stays as written."""
    for form in sorted(name_forms(lang), key=len, reverse=True):
        m = re.match(alternation([form]) + r"(?![\w+])", value, re.I)
        if m:
            have, want = m.group(0).split(), name_forms(lang)[form].split()
            if len(have) == len(want):
                want = [w[:1].upper() + w[1:] if h[:1].isupper() else w for h, w in zip(have, want)]
                want = [w.upper() if h.isupper() and len(h) > 1 else w for h, w in zip(have, want)]
            return " ".join(want) + value[m.end():]
    return value


@lru_cache(maxsize=None)
def _programme_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The language's one-word programme cues, and the stems that find them in any case form
    ("programmas", "programos": a listed form of six letters or more less its last letter)."""
    words = frozenset(w for w in load(lang).cues["programme"] if " " not in w)
    return words, tuple(sorted(w[:-1] for w in words if len(w) >= 6))


@lru_cache(maxsize=None)
def _strand_re(lang: str) -> re.Pattern:
    return re.compile(r"[\s-]+(?:" + alternation(name_cues(lang).get("programme_strands", [])) + r")(?![\w])", re.I)


@lru_cache(maxsize=None)
def _attached_re(lang: str) -> re.Pattern:
    cues = name_cues(lang)
    return re.compile(r"(?:" + alternation(cues.get("programme_names", [])) + r")(?:"
                      + alternation([s for s in cues.get("programme_strands", []) if s[:1].isdigit()]) + r")(?!\w)", re.I)


# Interreg's strand by its letter, alone or after the period's number in figures ("Interreg B
# Mitteleuropaprogramm", "Interreg 4A Syddanmark"); a capital letter standing alone, so not the
# article of a sentence going on ("Interreg a finanțat")
# every dash a page may type between a programme's parts ("V‐A", "España‐Francia", "2014‐2020")
_D = r"\-\u2010-\u2015\u2212"
_STRAND_LETTER = re.compile(rf"[^\S\n]+(?:[1-6][^\S\n]?[{_D}]?)?[A-D](?![\w'’.{_D}])")
_VERSION = re.compile(rf"[^\S\n{_D}]*[{_D}]?[^\S\n]*(?:VI|IV|V|III|II|I)(?:\s?[{_D}]?\s?[A-D])?(?![\w])")
# "2014-2020", "2007-13", "2014.-2020." (a year's full stop only where the first year has one), "2014/2020"
# a version written after the pair and strand ("INTERREG HR-IT CBC V-A 2014.-2020."): only with its
# strand letter, so that a lone "I" or "V" of the sentence is not taken
_LATE_VERSION = re.compile(rf"[^\S\n]+(?:VI|IV|V|III|II|I)[^\S\n]?[{_D}]?[^\S\n]?[A-D](?![\w])")
YEARS = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:19|20)\d\d(\.)?\s*(?:[{_D}]\s*|/)(?:19|20)?\d\d(?(1)\.)(?![\w])")
# "Czech Republic – Poland", "Republika Czeska-Polska", "SK-AT", "Slovenská republika – Česká republika"
_SP = r"[^\S\n]"  # a space within the line
# a country's name has no digits ("Erasmus+ LEARN4LIFE- ACTIVE …" is no pair)
_PWORD = r"[^\W\d_](?:[^\W\d]|['’])*(?![\w])"
_PAIR = re.compile(rf"{_SP}+({_PWORD}(?:{_SP}+{_PWORD}){{0,2}})((?:{_SP}*[{_D}]{_SP}*{_PWORD}(?:{_SP}+{_PWORD}){{0,2}})+)")


def _brand_ok(text: str) -> bool:
    """A brand is written as a proper name: capitalised, and short ones ("LIFE") in capitals."""
    letters = re.sub(r"[^\w]", "", text)
    # a name that opens with its elided article ("l'Europe pour les citoyens", "l-Ewropa għaċ-Ċittadini")
    # or an ordinal ("7th Framework Programme") is capitalised at its noun
    head = re.sub(r"^[^\W\d_]{1,2}['’-](?=\w)", "", text)
    return (head[:1].isupper() or head[:1].isdigit()) and (len(letters) > 5 or " " in text or letters.isupper() or any(c.isdigit() for c in letters))


def pair_end(text: str, pos: int, lang: str) -> int | None:
    """End of a dash-joined pair of capitalised names right after pos ("Italia-Slovenia",
    "Czech Republic – Poland", "SK-AT"). A part is one word, or two when they name a
    country ("Česká republika") or another part follows."""
    m = _PAIR.match(text, pos)
    if not m:
        return None
    countries = load(lang).countries
    parts = list(re.finditer(rf"(?:^|[{_D}]){_SP}*({_PWORD})(?:{_SP}+({_PWORD}))?(?:{_SP}+({_PWORD}))?", text[m.start(1):m.end(2)]))
    end = pos
    programme_words = _programme_words(lang)[0]
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
    return end if end > pos and re.search(rf"[{_D}]", text[pos:end]) else None


def programme_end(text: str, start: int, lang: str) -> int | None:
    """Where a programme named at `start` ends: a brand ("Interreg", "Erasmus+", "LIFE")
    with its version, strand, country pair and years ("Interreg V-A Czech Republic – Poland
    2014-2020", "Interreg CENTRAL EUROPE")."""
    m = brand_re(lang).match(text, start)
    if not m:
        # "Interreg2Seas": a strand written onto the brand
        m = _attached_re(lang).match(text, start)
        return m.end() if m and _brand_ok(m.group(0)) else None
    if not _brand_ok(m.group(0)):
        return None
    end = m.end()
    version = _VERSION.match(text, end)
    if not version and fold(m.group(0)).startswith("interreg"):
        version = _STRAND_LETTER.match(text, end)  # "Interreg A", "Interreg B", "Interreg 4A"
        end = version.end() if version else end
    end = _capitals_run_end(text, end, lang) or end
    # a strand may follow the country pair too ("Interreg Italie-France Alcotra 2021/2027")
    for pattern in (_VERSION, _strand_re(lang), None, _strand_re(lang), _LATE_VERSION, YEARS):
        if pattern is None:
            paired = pair_end(text, end, lang)
            found = paired or _cooperation_pair_end(text, end, lang)
            if paired:
                found = _cooperation_after_pair_end(text, paired, lang) or paired
            if not found:
                # right after the brand and its version or strand ("Interreg NEXT “Угорщина – Словаччина”")
                found = _set_off_end(text, end, lang)
            end = found or end
            continue
        found = pattern.match(text, end)
        if found and (pattern is not _strand_re(lang) or found.group(0).strip(" -")[:1].isupper()
                      or found.group(0).strip(" -")[:1].isdigit()):
            end = found.end()
    return _bracketed_acronym_end(text, end, lang)


# a strand written as a word of capitals, no digits ("MAC", "ÖKS", "IPA II", "CBC"); three at most
_CAPITALS_RUN = re.compile(rf"(?:[^\S\n]+[{UPPER}]{{2,5}}(?![\w+]))(?:[^\S\n]+[{UPPER}]{{2,5}}(?![\w+])){{0,2}}")


def _capitals_run_end(text: str, pos: int, lang: str) -> int | None:
    """"INTERREG MAC 2014-2020", "INTERREG IPA II «Ελλάδα- Αλβανία 2014-2020»", "LIFE IP programma",
    "Interreg SKHU programme": words of capitals right after a brand are its strand where what
    follows them goes on naming the programme (its years, a country pair, a programme word);
    followed by anything else they are a project's acronym ("LIFE TO GRASSLANDS želimo …")."""
    m = _CAPITALS_RUN.match(text, pos)
    if not m:
        return None
    banned = set(name_cues(lang).get("not_programme", [])) | set(name_cues("en").get("not_programme", []))
    if any(w.lower() in banned for w in m.group(0).split()):
        return None  # "Erasmus+ EU": a funder's short name is no strand
    end = m.end()
    if YEARS.match(text, end) or pair_end(text, end, lang) or _set_off_end(text, end, lang):
        return end
    word = re.match(r"[^\S\n]*[\s-][^\S\n]*([^\W\d_]+)", text[end:end + 60])
    programme_words, stems = _programme_words(lang)
    if word and (word.group(1).lower() in programme_words or stems and word.group(1).lower().startswith(stems)):
        return end
    return None


_SET_OFF = re.compile(rf"(?:[^\S\n]+[{_D}][^\S\n]+|[^\S\n]*([„“\"‘'«‚]))")
_CLOSE = re.compile(r"[^\S\n]*[“”\"’'»‘]")


def _set_off_end(text: str, pos: int, lang: str) -> int | None:
    """End of a strand or country pair that a spaced dash or quotes set off from the brand:
    "Interreg VA - Espagne-France-Andorre", "Interreg – IPA България – Сърбия", "ИНТЕРРЕГ V-A
    „Гърция-България 2014-2020“". Only a known strand or a dash-joined pair is taken, so that a
    project's quoted title after the brand ("Erasmus+ „Our Earth, our home“") is not; quotes
    must close right after it (with its years)."""
    m = _SET_OFF.match(text, pos)
    if not m:
        return None
    inner = " " + text[m.end():m.end() + 200]  # the pair and strand patterns want a space before
    end = 0
    strand = _strand_re(lang).match(inner, end)
    if strand and strand.group(0).strip(" -")[:1].isupper():
        end = strand.end()
    pair = pair_end(inner, end, lang)
    if pair and not strand and not _country_first(inner[end:pair], lang):
        return None  # "Erasmus+ „Hello-World“" is a title; a pair set off names countries
    end = pair or end
    if not end:
        return None
    years = YEARS.match(inner, end)
    end = m.end() + (years.end() if years else end) - 1
    if m.group(1):  # quoted: the quote closes right here
        close = _CLOSE.match(text, end)
        return close.end() if close else None
    return end


def _country_first(pair: str, lang: str) -> bool:
    """The pair's first part names a country ("España-Portugal", "Гърция-България")."""
    first = re.split(rf"\s*[{_D}]\s*", pair.strip(), maxsplit=1)[0]
    countries = load(lang).countries
    return fold(first) in countries or fold(first.split()[0]) in countries if first.split() else False


def _cooperation_pair_end(text: str, pos: int, lang: str) -> int | None:
    """"INTERREG V-A za prekograničnu suradnju Mađarska-Hrvatska", "Interreg V-A for cross-border
    cooperation Slovakia-Hungary": a few lowercase words naming the kind of cooperation, then
    the country pair, belong to the programme's name."""
    m = re.match(r"(?:[^\S\n]+[^\W\d_A-ZЀ-ЯΆΈ-ΏΑ-Ϋ][\w-]*){1,4}", text[pos:])
    if not m or not nlp.cues(m.group(0), lang, {"cooperation_nouns"}) or nlp.cues(m.group(0), lang, {"conjunctions"}):
        return None  # (not "Erasmus+ and the cooperation …": a conjunction starts another phrase)
    words = list(re.finditer(r"[^\S\n]+[^\W\d_A-ZЀ-ЯΆΈ-ΏΑ-Ϋ][\w-]*", m.group(0)))
    last = max(c.end for c in nlp.cues(m.group(0), lang, {"cooperation_nouns"}))
    after = next((w.end() for w in words if w.end() >= last), None)
    return pair_end(text, pos + after, lang) if after is not None else None


def _cooperation_after_pair_end(text: str, pos: int, lang: str) -> int | None:
    """"Interreg V-A Latvijos–Lietuvos bendradarbiavimo per sieną 2014–2020 m. programos",
    "INTERREG Igaunijas – Latvijas pārrobežu sadarbības programma 2014.-2020. gadam": lowercase
    words after the country pair that name the kind of cooperation (a cooperation noun among
    them, no conjunction) belong to the name, as languages that put the pair first write it,
    with the years right after them and their year word. The programme word stays only
    where the years follow it ("… programma 2014.-2020. gadam"); an inflected one closing the
    phrase ("… 2014–2020 m. programos", "… programmas ietvaros") is the sentence's."""
    words = list(re.finditer(r"[^\S\n]+([^\W\d_][\w-]*)", text[pos:pos + 120]))
    # the programme word in any of its case forms ("programmas", "programos"): its listed forms' stems
    stems = _programme_words(lang)[1]

    def programme_word(w: str) -> bool:
        return w.lower().startswith(stems) if stems else False
    taken = 0
    while taken < min(4, len(words)) and words[taken].start() == (words[taken - 1].end() if taken else 0) \
            and words[taken].group(1).islower() and not programme_word(words[taken].group(1)):
        taken += 1
    if not taken:
        return None
    phrase = text[pos:pos + words[taken - 1].end()]
    if not nlp.cues(phrase, lang, {"cooperation_nouns"}) or nlp.cues(phrase, lang, {"conjunctions"}):
        return None
    end = pos + words[taken - 1].end()
    if re.match(rf"[^\S\n]+[{UPPER}]", text[end:]):
        return None  # "INTERREG HU-HR prekogranične suradnje Hrvatska – Mađarska": the words lead to another name
    years = _years_with_suffix(text, end, lang)
    if years:
        return years
    word = re.match(r"[^\S\n]+(\w+)", text[end:])
    if word and programme_word(word.group(1)):
        return _years_with_suffix(text, end + word.end(), lang) or end
    return end


_YEARS_GLUED = re.compile(YEARS.pattern.removesuffix(r"(?![\w])"))


@lru_cache(maxsize=None)
def _year_suffix(lang: str) -> re.Pattern | None:
    """The language's words for "year" written after a span of years, longest first."""
    suffix = load(lang).cues.get("year_suffix", [])
    if not suffix:
        return None
    return re.compile(r"[^\S\n]*(?:" + "|".join(re.escape(w) for w in sorted(suffix, key=len, reverse=True)) + r")(?!\w)")


def _years_with_suffix(text: str, pos: int, lang: str) -> int | None:
    """End of years right at pos with the word for "year" written after them ("2014–2020 m.",
    "2014.-2020. gadam")."""
    m = _YEARS_GLUED.match(text, pos)  # the year word may be written onto the years ("2020.gadam")
    if not m:
        return None
    suffix = _year_suffix(lang)
    tail = suffix.match(text, m.end()) if suffix else None
    if not tail and re.match(r"\w", text[m.end():m.end() + 1]):
        return None
    return tail.end() if tail else m.end()


def _bracketed_acronym_end(text: str, end: int, lang: str) -> int:
    """"INTERREG IVB North-West Europe (NWE)": the programme's own acronym in brackets right after
    its name stays with it, and so do years after it or inside the brackets with it ("Interreg
    V-A España-Francia-Andorra (POCTEFA 2014-2020)"); not a funder ("(EU)") or a country code."""
    m = re.match(rf"[^\S\n]*\(([A-Z][A-Za-z_]{{2,9}})(?:[^\S\n]+(?:19|20)\d\d[^\S\n]*[{_D}/][^\S\n]*(?:19|20)?\d\d)?\)", text[end:])
    if not m or m.group(1).lower() in name_cues(lang).get("not_programme", []):
        return programme_years(text, end, lang) or end
    end += m.end()
    years = programme_years(text, end, lang)
    return years or end


def programme_years(text: str, end: int, lang: str) -> int | None:
    """End of the years written after a programme's name, plainly ("2014-2020") or after words
    that lead to them ("na lata 2014-2020", "for the period 2007-2013")."""
    m = YEARS.match(text, end)
    if m:
        return m.end()
    lead = re.compile(r"[^\S\n]+(?:" + alternation(name_cues(lang).get("years_lead", [])) + r")(?!\w)", re.I).match(text, end)
    m = YEARS.match(text, lead.end()) if lead else None
    return m.end() if m else None


def programme_mentions(text: str, lang: str) -> list[tuple[int, int]]:
    """Every programme brand in the text, with its extensions."""
    return list(_programme_mentions(text, lang))


@lru_cache(maxsize=4096)
def _programme_mentions(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """programme_mentions, kept: the extractors ask it of the same sentences about twenty
    times each, and the brand pattern is long."""
    out = []
    found = list(brand_re(lang).finditer(text)) + list(_attached_re(lang).finditer(text))
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        end = programme_end(text, m.start(), lang)
        if end:
            out.append((m.start(), end))
    return tuple(out)
