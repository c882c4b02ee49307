"""The gold set is an instrument: check that it is well formed and covers what issue 3
asks (at least 40 real documents, two per language, five for cs/sk/pl/de/en), and that
language detection is right on every one of its documents."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.language import detect
from pipeline.lexicons import languages
from pipeline.rules import country_codes

GOLD = Path(__file__).parent / "gold"
FILES = sorted(GOLD.glob("*.gold.json"))
PROJECT_KEYS = {"name", "title", "programme", "funder", "lead_partner", "partners", "countries", "budgets",
                "start", "end", "duration_months", "stated_partner_count", "stated_country_count",
                "stated_member_count", "activities"}
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def source_of(gold: Path) -> Path:
    stem = gold.name[: -len(".gold.json")]
    return next(p for p in sorted(GOLD.glob(stem + ".*")) if not p.name.endswith(".gold.json"))


def test_coverage():
    langs = Counter(json.loads(f.read_text("utf-8"))["language"] for f in FILES)
    real = [f for f in FILES if not f.name[0].isdigit()]  # the seeds are not counted as real documents
    assert len(real) >= 40
    assert set(langs) == set(languages())
    assert all(n >= 2 for n in langs.values()), langs
    assert all(langs[lang] >= 5 for lang in ("cs", "sk", "pl", "de", "en")), langs


@pytest.mark.parametrize("gold", FILES, ids=[f.name for f in FILES])
def test_gold_file_is_well_formed(gold):
    g = json.loads(gold.read_text("utf-8"))
    if not gold.name[0].isdigit():
        assert g["source_url"].startswith("http")
    iso = country_codes()  # what the output contract accepts: ISO 3166-1 and Kosovo's XK, as the EU writes it
    for p in g["projects"]:
        assert set(p) >= PROJECT_KEYS
        codes = p["countries"] + [x["country"] for x in p["partners"] if x["country"]]
        assert all(c in iso for c in codes), codes
        assert all(x["role"] in ("lead", "partner", "founding_member") for x in p["partners"])
        for b in p["budgets"]:
            assert re.fullmatch(r"\d+\.\d\d", b["amount"]) and re.fullmatch(r"[A-Z]{3}", b["currency"])
            assert b["kind"] in ("total", "eu_contribution", "other")
        assert all(DATE.fullmatch(p[k]) for k in ("start", "end") if p[k])
    assert all(DATE.fullmatch(e["date"]) for e in g["events"])


@pytest.mark.parametrize("gold", FILES, ids=[f.name for f in FILES])
def test_language_is_detected(gold):
    expected = json.loads(gold.read_text("utf-8"))["language"]
    assert detect(source_of(gold).read_text("utf-8"))[0] == expected
