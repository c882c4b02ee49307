"""Programme names keep every part a page writes with typographic dashes, a version after the
pair and a named strand after the pair (programme_names)."""
import pytest

from pipeline.extractors.programme_names import programme_mentions


def _mentions(text, lang):
    return [text[a:b] for a, b in programme_mentions(text, lang)]


@pytest.mark.parametrize("text,lang,want", [
    # U+2010 hyphens between the version, the countries and the years
    ("financiado por el programa Interreg V‐A España‐Portugal (POCTEP 2014‐2020) y", "es",
     "Interreg V‐A España‐Portugal (POCTEP 2014‐2020)"),
    ("im Programm Interreg V‑A Österreich‑Bayern 2014‑2020 gefördert", "de",
     "Interreg V‑A Österreich‑Bayern 2014‑2020"),
    ("Program Interreg V−A Polska−Słowacja 2014−2020", "pl", "Interreg V−A Polska−Słowacja 2014−2020"),
])
def test_typographic_dashes_join_the_parts(text, lang, want):
    assert _mentions(text, lang) == [want]


@pytest.mark.parametrize("text,lang,want", [
    ("programa INTERREG SI-HR CBC V-A 2014.-2020. u kojem", "hr", "INTERREG SI-HR CBC V-A 2014.-2020."),
    ("the Interreg HU-SK IPA V-A 2014-2020 programme", "en", "Interreg HU-SK IPA V-A 2014-2020"),
])
def test_version_after_the_pair_and_strand(text, lang, want):
    assert _mentions(text, lang) == [want]


def test_a_lone_roman_letter_after_the_strand_is_not_a_version():
    text = "Interreg Central Europe I think was the right call"
    assert _mentions(text, "en") == ["Interreg Central Europe"]


@pytest.mark.parametrize("text,lang,want", [
    ("Finanziato dal Programma Interreg Italia-Francia Marittimo 2014-2020, il progetto", "it",
     "Interreg Italia-Francia Marittimo 2014-2020"),
    ("soutenu par le programme Interreg France – Italie Maritime, le projet", "fr",
     "Interreg France – Italie Maritime"),
])
def test_a_named_strand_after_the_pair(text, lang, want):
    assert _mentions(text, lang) == [want]


def test_reader_folds_unicode_hyphens_and_minus_into_one_hyphen():
    from pipeline.textnorm import clean_inline
    assert clean_inline("Interreg V\u2010A 2014\u20112020, \u22125 %") == "Interreg V-A 2014-2020, -5 %"
    assert clean_inline("2014 \u2013 2020 \u2014 Alpine") == "2014 \u2013 2020 \u2014 Alpine"  # en/em dashes stay
