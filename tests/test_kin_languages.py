"""A page in a language without a cue file is read with a related language's cues
(pipeline/lexicons/kin.toml), then English's."""
import tomllib
from pathlib import Path

from pipeline.build import extract_one
from pipeline.lexicons import HERE, LINGUA_FRANCA, kin, languages, load, reading_language

NO = """Nytt samarbeid om grønne havner

Prosjektet skal utvikle grønne havner i Nordsjøregionen. Partnere er Aalborg Universitet (Danmark), Hamburg Port Authority (Tyskland) og Bergen kommune.
Prosjektet varer fra 1. januar 2024 til 31. desember 2026.
"""


def test_each_kin_language_reads_with_a_cue_file_we_have():
    table = tomllib.loads((HERE / "kin.toml").read_text("utf-8"))
    assert table  # the file is read, not silently empty
    for code, near in table.items():
        assert code not in languages(), f"{code} has its own cue file; drop its kin row"
        assert near in languages(), f"{code} = {near}: no cue file for {near}"


def test_reading_language_prefers_own_then_kin_then_english():
    assert reading_language("cs") == "cs"
    assert reading_language("no") == "no"  # Norwegian has its own cue file now
    assert reading_language("fo") == kin()["fo"] == "da"  # Faroese; Icelandic has its own cue file now
    assert reading_language("is") == "is"
    assert reading_language("uk") == "uk"
    assert reading_language("ru") == "ru"  # Russian and Turkish have their own cue files now (round 19)
    assert reading_language("be") == kin()["be"] == "ru"  # Belarusian is read with Russian's
    assert reading_language("tr") == "tr"
    assert reading_language("az") == LINGUA_FRANCA  # no row: English only
    assert reading_language(None) == LINGUA_FRANCA
    assert load("fo").lang == "da"
    assert "januar" in load("fo").months
    assert load("no").lang == "no"


def test_norwegian_page_is_read_with_its_own_cues():
    rec = extract_one(NO.encode("utf-8"), "no_page.txt", "no_page")[0]
    assert rec["language"] == "no"  # the record keeps the detected language
    (project,) = rec["projects"]
    partners = {p["name"]: p["country"] for p in project["partners"]}
    assert partners.get("Aalborg Universitet") == "DK"
    assert partners.get("Hamburg Port Authority") == "DE"
    assert project["start"] == "2024-01-01"
