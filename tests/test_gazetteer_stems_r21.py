"""gazetteer._first_stem looks a word's prefixes up in a stem table and returns the first
stem in the table's order, as a scan of the whole table would."""
from pipeline.gazetteer import _first_stem, find
from pipeline.lexicons import load

STEMS = {"slovensk": "SK", "slov": "SI", "ital": "IT", "italsk": "XX"}


def test_first_in_table_order_not_longest():
    assert _first_stem("slovenska", STEMS) == "slovensk"
    assert _first_stem("italsky", STEMS) == "ital"


def test_condition_skips_to_next_stem():
    assert _first_stem("slovenska", STEMS, lambda s: len(s) < 5) == "slov"
    assert _first_stem("italsky", STEMS, lambda s: len("italsky") - len(s) <= 1) == "italsk"


def test_no_stem():
    assert _first_stem("polsky", STEMS) is None
    assert _first_stem("", STEMS) is None


def test_adjectives_still_found():
    hits = find("spolupráce s maďarskými a rakouskými partnery", load("cs"), adjectives=True)
    assert [h.cc for h in hits] == ["HU", "AT"]
