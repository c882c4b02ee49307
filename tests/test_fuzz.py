"""Property tests on random and mutated input: the text readers, the normalisers and the
extractors (issue 6). `make test` runs a short, seeded run; `make fuzz` a long random one.

Each property says what must hold of every result, not only that nothing crashed: a reader
either refuses with a known error code or returns blocks that tile its text; a normaliser
returns values of its documented types whose evidence is the input at their offsets, and
reads back what a language's conventions wrote; an extractor's record validates and each
of its evidences is the text at its offsets. Inputs that once broke a property are kept
as @example()s here and as plain tests in tests/test_fuzz_regressions.py.
"""
from __future__ import annotations

import calendar
import codecs
import datetime
import json
import re
from decimal import Decimal
from functools import lru_cache

from hypothesis import assume, example, given
from hypothesis import strategies as st

from pipeline.build import doc_ids, extract_one
from pipeline.errors import CODES, PipelineError
from pipeline.gazetteer import find as find_places
from pipeline.lexicons import iso_countries, load, places
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.normalise.dates import find_dates, find_ranges
from pipeline.normalise.money import ISO_CURRENCIES, WORD_CODES, find_money, number_at, parse_number
from pipeline.normalise.orgs import clean_name, split_acronym
from pipeline.readers import read_document
from pipeline.readers.encoding import decode
from pipeline.textnorm import fold
from tests.fuzzing import (FILLER, encode, examples, generated, lang, mutated_bytes, mutated_text,
                           real_text, separators, text_file, words_of, write_number)

FORMATS = {"page_text", "slides", "markdown", "html", "pdf", "docx", "pptx"}
KINDS = {HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW}
ISO_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def _outcome(fn, *args):
    """fn(*args), or the code of the PipelineError it raised (any other exception fails)."""
    try:
        return fn(*args)
    except PipelineError as e:
        assert e.code in CODES, e.code
        return e.code


def _exists(iso: str) -> bool:
    """An ISO date at day, month or year precision names a real day, month or year."""
    try:
        datetime.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return False
    return len(iso) != 7 or 1 <= int(iso[5:]) <= 12


# --- text readers ---------------------------------------------------------------------

def _check_document(doc) -> None:
    assert doc.format in FORMATS
    for part in doc.encoding.split("+"):  # a file pasted from UTF-8 and a code page: "utf-8+windows-1250"
        codecs.lookup(part)
    text = doc.text
    assert doc.blocks and "\x00" not in text
    text.encode("utf-8")  # strict: extracted/text/ is written in UTF-8
    # the text is the blocks' texts, one per line, in order: offsets tile it
    pos = 0
    for b in doc.blocks:
        assert b.kind in KINDS and b.page >= 1 and b.level >= 0
        assert b.start == pos and b.start < b.end <= len(text)
        block = doc.block_text(b)
        assert block == text[b.start:b.end] == block.strip() and "\n" not in block
        assert text[b.end] == "\n"
        pos = b.end + 1
    assert pos == len(text)
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages)


@given(text_file())
@examples(60)
def test_text_readers_tile_their_text_or_refuse(file):
    data, name = file
    doc = _outcome(read_document, data, name, "fuzz")
    if isinstance(doc, str):
        assert doc in {"empty", "decode", "too-large"}, doc
        return
    _check_document(doc)
    again = read_document(data, name, "fuzz")
    assert (again.text, again.blocks, again.format, again.encoding) == (doc.text, doc.blocks, doc.format, doc.encoding)


@given(st.binary(max_size=3000))
@example(b"\xef\xbb\xbf\x80Projekt")  # a UTF-8 byte order mark, then a bad byte: was UnicodeDecodeError
@example(b"\xff\xfeP\x00r\x00o")  # UTF-16 cut at an odd byte: was UnicodeDecodeError
@examples(60)
def test_decode_random_bytes(data):
    _check_decode(data)


@given(mutated_bytes())
@example("Úa".encode("cp1250") + "čínname s obnovou historického parku\n\nMesto Michalovce spolu s partnerom, "
         "mestom Sátoraljaújhely, podalo v decembri 2019 spoločný projekt s názvom „Revitalizácia parkov“, "
         "čím reagovalo na výzvu programu cezhraničnej spolupráce Interreg Slovensko – Maďarsko.".encode())
@examples(40)
def test_decode_mutated_texts(data):
    _check_decode(data)


def _check_decode(data: bytes) -> None:
    """A `decode` error, or the bytes read in the encoding named, nothing added or lost, the
    same every time."""
    out = _outcome(decode, data)
    if isinstance(out, str):
        assert out == "decode"
        return
    text, name = out
    assert text == _decoded(data, name)
    assert decode(data) == out


def _decoded(data: bytes, name: str) -> str:
    """The bytes read in the encoding named; "utf-8+cp1250" (a file pasted together from two
    encodings) reads each line that is valid UTF-8 so, the others in the legacy code page."""
    if "+" not in name:
        return data.decode(name)
    first, legacy = name.split("+")
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode(first))
        except UnicodeDecodeError:
            lines.append(line.decode(legacy, errors="replace"))
    return "\n".join(lines)


@given(real_text(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
@examples(20)
def test_decode_unicode_round_trip(text, encoding):
    assert decode(text.encode(encoding))[0] == text


# --- normalisers ----------------------------------------------------------------------

def _check_money(found, text: str) -> None:
    ends = -1
    for m in found:
        assert isinstance(m.amount, Decimal) and m.amount.is_finite() and m.amount >= 0
        assert m.amount == m.amount.quantize(Decimal("0.01"))
        assert m.currency in ISO_CURRENCIES
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
        assert m.start >= ends  # in order, not overlapping
        ends = m.end


@given(lang(), st.text(max_size=200))
@example("cs", "100000000000000000000000000")  # was decimal.InvalidOperation (quantize beyond 28 digits)
@examples(60)
def test_money_in_random_text(language, text):
    _check_money(find_money(text, load(language)), text)
    _check_money(find_money(text, load(language), "EUR"), text)


@st.composite
def _money_text(draw):
    """Random sequences of a language's money words, digits and separators."""
    language = draw(lang())
    lex = load(language)
    # words also in capitals: a pattern matches them case-blind, so the tables must find them so
    atoms = st.one_of(
        st.sampled_from(words_of(lex.currencies)), st.sampled_from(words_of(lex.number_scales)),
        st.sampled_from(words_of(lex.number_words)), st.sampled_from(words_of(lex.number_scales)).map(str.upper),
        st.sampled_from(words_of(lex.number_words)).map(str.upper), st.from_regex(r"\d{1,7}", fullmatch=True),
        st.sampled_from([" ", ".", ",", "'", "\u00a0", "\u2009", "-", ",-", "–", " de ", " d’"]))
    return language, "".join(draw(st.lists(atoms, max_size=12)))


@given(_money_text())
@examples(60)
def test_money_in_lexicon_soup(case):
    language, text = case
    _check_money(find_money(text, load(language)), text)


@st.composite
def _written_amount(draw):
    """(lexicon, text, amount, currency): an amount written in a language's convention,
    with one of its currency words before or after it."""
    language = draw(lang())
    lex = load(language)
    dec, groups = separators(lex)
    value = draw(st.integers(0, 10 ** 10))
    cents = draw(st.none() | st.integers(0, 99))
    number = write_number(value, cents, draw(st.sampled_from(groups)), dec)
    words = {w: c for w, c in lex.currencies.items() if c in ISO_CURRENCIES}
    # a code that is also an everyday word ("try", "rub") is money only in capitals or as a listed word
    codes = sorted(c.lower() if c not in WORD_CODES else c for c in ISO_CURRENCIES)
    word = draw(st.sampled_from(sorted(words) + codes))
    code = words.get(word, word.upper())
    text = draw(st.sampled_from([f"{number} {word}", f"{word} {number}", f"{word}{number}"]))
    return language, draw(FILLER) + text, Decimal(value) + Decimal(cents or 0) / 100, code


@given(_written_amount())
@examples(60)
def test_money_round_trip(case):
    language, text, amount, code = case
    found = find_money(text, load(language))
    _check_money(found, text)
    assert [(m.amount, m.currency) for m in found] == [(amount, code)], text


@st.composite
def _spelled_amount(draw):
    """(language, text, amount, currency): a number word or digits, a scale word and a
    currency word of one language ("tři miliony korun", "2,5 Mio. Euro")."""
    language = draw(lang())
    lex = load(language)
    assume(lex.number_scales)
    scale = draw(st.sampled_from(sorted(lex.number_scales)))
    words = {w: c for w, c in lex.currencies.items() if c in ISO_CURRENCIES and len(w) > 1}
    word = draw(st.sampled_from(sorted(words)))
    if lex.number_words and draw(st.booleans()):
        number = draw(st.sampled_from(sorted(lex.number_words)))
        value = Decimal(lex.number_words[number])
    else:
        whole, tenth = draw(st.integers(1, 999)), draw(st.none() | st.integers(0, 9))
        number = f"{whole}{lex.decimal}{tenth}" if tenth is not None else str(whole)
        value = Decimal(whole) + Decimal(tenth or 0) / 10
    return language, f"{number} {scale} {word}", value * 10 ** lex.number_scales[scale], words[word]


@given(_spelled_amount())
@examples(60)
def test_money_with_scale_words_round_trip(case):
    language, text, amount, code = case
    found = find_money(text, load(language))
    _check_money(found, text)
    assert [(m.amount, m.currency) for m in found] == [(amount, code)], text


@given(lang(), st.text(alphabet="0123456789 .,'\u00a0\u2009\u202f’", max_size=30))
@examples(60)
def test_parse_number(language, raw):
    lex = load(language)
    parsed = parse_number(raw, lex.decimal)
    if parsed is not None:
        value, ambiguous = parsed
        assert value.is_finite() and value >= 0 and isinstance(ambiguous, bool)
    at = number_at(raw, lex)
    if at is not None:
        assert at[0] >= 0 and 0 < at[1] <= len(raw)


def _check_dates(found, text: str) -> None:
    for d in found:
        assert ISO_DATE.fullmatch(d.iso) and 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text
        if d.valid:
            assert _exists(d.iso), d
        if len(d.iso) == 10 and not d.valid:
            assert not _exists(d.iso)
    starts = [d.start for d in found]
    assert starts == sorted(starts)


@st.composite
def _date_text(draw):
    """Random sequences of a language's month names, date connectors and numbers."""
    language = draw(lang())
    lex = load(language)
    atoms = st.one_of(
        st.sampled_from(words_of(lex.months)), st.sampled_from(lex.cues["date_connectors"] or [" "]),
        st.sampled_from(lex.cues["range_to"] or ["-"]), st.sampled_from(lex.cues["range_from"] or ["-"]),
        st.integers(0, 3100).map(str), st.sampled_from([" ", ".", "/", "-", "–", ", ", ". ", "r.", "st", "er"]))
    return language, "".join(draw(st.lists(atoms, max_size=14)))


@given(_date_text(), st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)).map(str))
@examples(80)
def test_dates_in_lexicon_soup(case, ref):
    language, text = case
    lex = load(language)
    _check_dates(find_dates(text, lex, ref), text)
    for r in find_ranges(text, lex, ref):
        assert 0 <= r.span_start <= r.start.start and (r.end or r.start).end <= r.span_end <= len(text)


@given(lang(), st.text(max_size=200))
@examples(40)
def test_dates_in_random_text(language, text):
    _check_dates(find_dates(text, load(language), "2015-06-01"), text)


@st.composite
def _written_date(draw):
    """(lexicon, text, iso, exists): a day, month and year as a language writes them,
    the month as a number or one of its month names; sometimes a day the month lacks."""
    language = draw(lang())
    lex = load(language)
    y, m, d = draw(st.integers(1900, 2099)), draw(st.integers(1, 12)), draw(st.integers(1, 31))
    names = sorted(f for f, n in lex.months.items() if n == m and len(f) >= 3)
    style = draw(st.sampled_from(["dmy", "iso", "d_mon_y"] if names else ["dmy", "iso"]))
    if style == "dmy":
        text = f"{d}.{draw(st.sampled_from(['', ' ']))}{m}.{draw(st.sampled_from(['', ' ']))}{y}"
    elif style == "iso":
        text = f"{y}-{m:02d}-{d:02d}"
    else:
        text = f"{d}. {draw(st.sampled_from(names))} {y}"
    exists = d <= calendar.monthrange(y, m)[1]
    return language, draw(FILLER) + text, f"{y}-{m:02d}-{d:02d}", exists


@given(_written_date())
@examples(60)
def test_date_round_trip(case):
    language, text, iso, exists = case
    found = find_dates(text, load(language))
    _check_dates(found, text)
    assert [(d.iso, d.valid) for d in found] == [(iso, exists)], text


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, p in places().items():
        out.setdefault(fold(key), set()).add(p["cc"])
    return out


def _other_place(name: str, code: str) -> str | None:
    """The country of a region or city of that name elsewhere, if any."""
    other = _place_countries().get(fold(name), set()) - {code}
    return min(other) if other else None


@st.composite
def _country_sentence(draw):
    """(lexicon, text, code): a country's name in the language's own spelling, as the
    generated lexicon has it, capitalised, between a filler and a full stop."""
    language = draw(lang())
    names = generated(language).get("countries", {})
    # names of words only ("cocos (keeling) islands" is not matched across its brackets), and
    # not also a region of another country (Aruba and Curaçao are parts of NL in ISO 3166-2)
    name = draw(st.sampled_from(sorted(n for n in names if re.fullmatch(r"\w+(?: \w+)*", n)
                                       and _other_place(n, names[n]) is None)))
    title = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
    return language, f"{draw(FILLER)}{title}.", names[name]


@given(_country_sentence())
@examples(40)
def test_country_names_read_back(case):
    language, text, code = case
    hits = find_places(text, load(language))
    assert hits and all(h.cc in iso_countries() and text[h.start:h.end] == h.text for h in hits)
    assert code in {h.cc for h in hits}, (text, hits)


def _document_text(text: str) -> str:
    """Text as a Document holds it: lone surrogates replaced (clean_inline does so)."""
    return "".join("\ufffd" if 0xD800 <= ord(c) < 0xE000 else c for c in text)


@given(lang(), st.text(max_size=120) | mutated_text().map(lambda t: t[:300]))
@example("cs", "\ud800\nMesto Michalovce")  # was UnicodeEncodeError in spaCy: see clean_inline
@examples(40)
def test_places_in_random_text(language, text):
    text = _document_text(text)
    for h in find_places(text, load(language), adjectives=True, codes=True):
        assert h.cc in iso_countries() and text[h.start:h.end] == h.text


@given(st.text(max_size=120) | st.text(alphabet=" -–—().,;:„“”\"«»'ABCDEFabc\u00a0\u200b", max_size=40))
@example(")")
@examples(80)
def test_org_names(raw):
    name = clean_name(raw)
    assert name == name.strip() and "  " not in name and "\n" not in name
    full, acronym = split_acronym(name)
    assert full and full in name if name else full == name
    assert acronym is None or acronym in name


# --- extractors -----------------------------------------------------------------------

def _evidences(value, path=""):
    """Every evidence dict in a record, with where it sits."""
    if isinstance(value, dict):
        if {"page", "start", "end", "text"} <= value.keys():
            yield path, value
        for k, v in value.items():
            yield from _evidences(v, f"{path}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _evidences(v, f"{path}/{i}")


def _check_record(record: dict, text: str) -> None:
    json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8")  # written as UTF-8 JSON
    for where, ev in _evidences(record):
        assert 0 <= ev["start"] < ev["end"] <= len(text), where
        assert text[ev["start"]:ev["end"]] == ev["text"], where
    countries = iso_countries()
    dates = [record["published"]]
    for p in record["projects"]:
        assert set(p["countries"]) <= countries
        assert {q["country"] for q in p["partners"]} - {None} <= countries
        for b in p["budgets"]:
            assert Decimal(b["amount"]) >= 0 and b["currency"] in ISO_CURRENCIES
        if "impossible-date" not in p["flags"]:
            dates += [p["start"], p["end"]]
    for e in record["events"]:
        assert e["country"] is None or e["country"] in countries
        if "impossible-date" not in e["flags"]:
            dates += [e["date"], e["end"]]
    assert all(_exists(d) for d in dates if d), dates


@given(text_file() | mutated_text().map(lambda t: (encode(t, "utf-8"), "doc.txt")))
@examples(30)
def test_extractors_on_mutated_texts(file):
    data, name = file
    out = _outcome(extract_one, data, name, "fuzz")
    if isinstance(out, str):
        assert out in {"empty", "decode", "too-large"}, out  # a record that fails its schema is a bug
        return
    record, text = out
    _check_record(record, text)


# --- file names -----------------------------------------------------------------------

@given(st.lists(st.text(min_size=1, max_size=40).map(lambda s: s.replace("\x00", "")).filter(bool),
                max_size=12, unique=True))
@example(["a b.txt", "a-b.txt", "A B.md", ".txt", "Ω.txt", "žluť.txt", "a\nb.txt", "../x.txt", "\"'.txt"])
@example(["a" * 79 + " b.txt", "a" * 79 + "-c.txt"])  # the 80-character cut falls on a separator
@examples(60)
def test_doc_ids_are_safe_unique_and_stable(paths):
    ids = doc_ids(paths)
    assert set(ids) == set(paths) and len(set(ids.values())) == len(paths)
    for i in ids.values():
        # a file name, never a path, and never ending in a separator
        assert re.fullmatch(r"[a-z0-9]([a-z0-9._-]*[a-z0-9])?", i) and len(i) <= 90
    assert doc_ids(list(reversed(paths))) == ids


@given(st.text(max_size=120))
@example("x" * 59 + " – Phase II")  # the 60-character cut falls on a separator
@examples(60)
def test_project_slugs_never_end_in_a_separator(text):
    from pipeline.assemble import slug
    s = slug(text)
    assert re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?", s) and len(s) <= 60
