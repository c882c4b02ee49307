"""Inputs the fuzz tests (tests/test_fuzz.py) found that broke a property, each kept as a
plain test of what must happen instead."""
import re

import pytest

from pipeline.build import extract_one
from pipeline.errors import PipelineError
from pipeline.lexicons import languages, load
from pipeline.readers.encoding import decode


# A byte order mark followed by bytes that break its encoding used to raise
# UnicodeDecodeError out of the reader (an "internal" error row): a UTF-16 file cut at an
# odd byte, a UTF-8 BOM before a byte that cannot start a UTF-8 sequence.
@pytest.mark.parametrize("data", [
    "\ufeffProjekt Kerta 2019".encode("utf-16-le")[:-1],       # BOM FF FE, odd length
    b"\xff\xfe" + "Projekt".encode("utf-16-le") + b" ",
    b"\xef\xbb\xbf\x80Projekt",                               # UTF-8 BOM, then a continuation byte
    b"\xfe\xff\x00P\x00r\xd8\x00",                            # UTF-16-BE, a lone high surrogate at the end
], ids=["utf16le-odd", "utf16le-trailing-byte", "utf8-bom-bad-byte", "utf16be-lone-surrogate"])
def test_bom_with_broken_bytes_is_a_decode_error(data):
    with pytest.raises(PipelineError) as e:
        decode(data)
    assert e.value.code == "decode" and "byte order mark" in e.value.message
    with pytest.raises(PipelineError) as e:
        extract_one(data, "doc.txt", "doc")
    assert e.value.code == "decode"


def test_bom_with_valid_bytes_still_decodes():
    text = "Město Michalovce spolu s partnerom, 20. decembra 2019"
    for enc, name in [("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")]:
        assert decode(text.encode(enc)) == (text, name)


# A lone surrogate in a block's text reached spaCy's tokenizer (UnicodeEncodeError in the
# gazetteer, an "internal" error row) and could not have been written as UTF-8 either:
# the one inline normaliser every reader goes through replaces it.
def test_lone_surrogates_become_replacement_characters():
    from pipeline.gazetteer import find
    from pipeline.lexicons import load
    from pipeline.readers.builder import BlockBuilder
    from pipeline.textnorm import clean_inline

    assert clean_inline("\ud800 Mesto\udfff Michalovce ") == "\ufffd Mesto\ufffd Michalovce"
    builder = BlockBuilder()
    builder.add("paragraph", "\ud800 Mesto Michalovce, Slovensko", 1)
    text = builder.text()
    text.encode("utf-8")  # strict: no surrogate left
    assert [(h.cc, h.text) for h in find(text, load("sk"))] == [("SK", "Slovensko")]


# 27 digits and more overflowed Decimal's 28-digit context when the amount was rounded to
# cents: decimal.InvalidOperation out of find_money, so the whole document became an
# "internal" error row. Such a run of digits is no amount; the rest of the text still is.
def test_run_of_digits_is_not_an_amount():
    from pipeline.lexicons import load
    from pipeline.normalise.money import find_money

    digits = "1" + "0" * 26
    assert find_money(digits, load("cs"), "EUR") == []
    assert find_money(f"{digits} EUR", load("cs")) == []
    assert find_money("999999999999999999999999 mld. Kč", load("cs")) == []
    found = find_money(f"kód {digits} EUR; rozpočet 2.053.050 EUR", load("cs"))
    assert [(str(m.amount), m.currency) for m in found] == [("2053050.00", "EUR")]
    text = f"Projekt Kerta\n\nCelkový rozpočet projektu: {digits} EUR\n"
    record, _ = extract_one(text.encode(), "doc.txt", "doc")
    assert all(not p["budgets"] for p in record["projects"])


# Words the money, duration, month and weekday patterns match case-blind were looked up with
# str.lower(), which turns Turkish "YIL" into "yil" and "MİLYON" into "mi̇lyon": a page in
# capitals failed its whole extraction with KeyError (round 22, a gold page), and Greek "ΔΙΣ."
# lowered to "δισ." would have. Every table word is found in whatever case the patterns match it.
@pytest.mark.parametrize("language", languages())
def test_table_words_are_found_in_capitals_and_title_case(language):
    from pipeline.normalise.weekdays import _forms
    lex = load(language)
    for table in (lex.number_words, lex.number_scales, lex.duration_units, lex.currencies, lex.months,
                  _forms(lex)):
        for word, value in list(table.items()):
            for written in (word.upper(), word.title()):
                if re.fullmatch(re.escape(word), written, re.IGNORECASE):  # as the patterns see it ("ß" is no "SS")
                    assert table[written.lower()] == value, (language, word, written)


def test_turkish_page_in_capitals_is_read():
    text = ("SOLARX PROJESİ 3 YIL SÜRECEK\n\nAvrupa Birliği tarafından desteklenen projenin bütçesi 5 MİLYON AVRO. "
            "Açılış toplantısı CUMARTESİ, 23 MART 2019 tarihinde Ankara'da yapıldı.")
    record, _ = extract_one(text.encode("utf-8"), "tr_caps.txt", "tr_caps")
    assert record["language"] == "tr"
    assert any(b["amount"] == "5000000.00" for p in record["projects"] for b in p["budgets"]), record["projects"]
