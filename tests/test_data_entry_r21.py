"""lexicons.data_entry reads one data table or list of a language's cue file, with a default for
a language without a cue file or without that entry."""
from pipeline.lexicons import data_entry


def test_entry_of_a_language_with_a_cue_file():
    assert data_entry("cs", "home_countries", []) == ["CZ"]


def test_default_for_a_missing_entry_or_language():
    assert data_entry("cs", "no_such_entry", {}) == {}
    assert data_entry("xx", "home_countries", []) == []
    assert data_entry(None, "home_countries") is None
