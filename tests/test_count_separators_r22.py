"""A mark between a number and a counted noun parts them (round 22: "20% katavad
partnerid" gave 20 partners, "penki mokiniai: mokyklos" 5, "50 onuradun, bazkide" 50
members): a percentage, a colon or semicolon, a comma between two nouns. A comma
between country adjectives still joins them."""
from pathlib import Path

import pytest

from pipeline.build import doc_ids, extract_one


def _record(tmp_path: Path, lang: str, text: str) -> dict:
    src = tmp_path / f"{lang}_doc.txt"
    src.write_text(text, encoding="utf-8")
    record, _ = extract_one(src.read_bytes(), src.name, doc_ids([src.name])[src.name])
    assert record["language"] == lang
    return record


def _counts(record: dict) -> list:
    return [(p.get("stated_partner_count"), p.get("stated_country_count"), p.get("stated_member_count"))
            for p in record["projects"]]


@pytest.mark.parametrize("lang, text", [
    ("et", "Projekti GREENWAY eelarve on 2 miljonit eurot. Kulude 20% katavad partnerid ise ja ülejäänu "
           "tuleb Euroopa Liidult."),
    ("en", "The GREENWAY project has a budget of 2 million euro. Around 40 % partners' own funds cover the "
           "rest of the costs."),
    ("de", "Das Projekt GREENWAY wird von der Europäischen Union gefördert. Beteiligt sind 30 Schülerinnen: "
           "Partner aus drei Städten begleiten sie."),
    ("lt", "Projekte GREENWAY dalyvauja penki mokiniai: mokyklos partnerės iš Latvijos ir Estijos juos priima."),
])
def test_separator_between_number_and_noun_is_no_count(tmp_path, lang, text):
    record = _record(tmp_path, lang, text)
    assert all(c[0] is None for c in _counts(record)), _counts(record)


def test_comma_between_country_adjectives_still_counts(tmp_path):
    record = _record(tmp_path, "en", "The GREENWAY project brings together 12 Czech, Polish and Slovak partners.")
    assert (12, None, None) in _counts(record)
