"""Unit tests per stage: readers (blocks and offsets), language, sections."""
from pathlib import Path

import pytest

from pipeline.language import detect
from pipeline.model import HEADING, LIST_ITEM
from pipeline.readers import detect_format, read_document
from pipeline.sections import split

RAW = Path(__file__).resolve().parent.parent / "raw"


def doc(name: str):
    path = next(RAW.glob(f"{name}*"))
    d = read_document(path.read_bytes(), path.name, name)
    d.language, d.language_confidence = detect(d.text)
    return d


def test_block_offsets_are_exact():
    for path in sorted(RAW.iterdir()):
        d = read_document(path.read_bytes(), path.name, "x")
        for b in d.blocks:
            assert d.text[b.start:b.end].strip() == d.text[b.start:b.end] != ""
            assert d.text[b.end] == "\n"


@pytest.mark.parametrize("name,fmt", [("000", "page_text"), ("001", "page_text"), ("002", "page_text"),
                                      ("003", "slides"), ("004", "markdown")])
def test_format_is_recognised_from_content(name, fmt):
    assert doc(name).format == fmt


def test_extension_breaks_ties_only():
    assert detect_format("plain words\n", ".md") == "markdown"
    assert detect_format("plain words\n", ".txt") == "page_text"


def test_page_text_joins_wrapped_list_items():
    d = doc("000")
    items = [d.block_text(b) for b in d.blocks if b.kind == LIST_ITEM]
    assert len(items) == 10 and [b.number for b in d.blocks if b.kind == LIST_ITEM][:2] == ["1", "2"]
    assert items[0] == "Ministry of Economy and Labour of Saxony-Anhalt (DE) (Lead Partner)"


def test_slides_are_split_and_titled():
    d = doc("003")
    assert max(b.page for b in d.blocks) == 11
    titles = [d.block_text(b) for b in d.blocks if b.first_on_page]
    assert titles[0] == "ClusterCOOP" and "CENTRAMO" in titles
    assert d.blocks[0].kind == HEADING


def test_markdown_drops_boilerplate_keeps_content():
    d = doc("004")
    assert "Akceptuje" not in d.text and "Strona główna" not in d.text and "Zdrowych i Pogodnych" not in d.text
    assert "Klaster Chemii Specjalistycznej Chem-Ster istnieje od 2013 r." in d.text


def test_encodings_are_detected():
    text = "Celkový rozpočet projektu: 2.053.050 EUR\nDoba trvání: 1.4. 2011 – 31.3. 2014\n"
    for enc in ("utf-8", "utf-8-sig", "utf-16", "windows-1250"):
        d = read_document(text.encode(enc), "x.txt", "x")
        assert "Celkový rozpočet projektu: 2.053.050 EUR" in d.text, enc


@pytest.mark.parametrize("name,lang", [("000", "cs"), ("001", "cs"), ("002", "de"), ("003", "cs"), ("004", "pl")])
def test_language(name, lang):
    assert doc(name).language == lang


def test_language_is_deterministic():
    text = "Projekt se zaměřuje na spolupráci klastrů."
    assert len({detect(text) for _ in range(5)}) == 1


def test_sections_split_a_deck_with_two_projects():
    d = doc("003")
    sections = split(d)
    assert [d.block_text(d.blocks[s.heading]) for s in sections] == ["ClusterCOOP", "CENTRAMO"]
    assert sorted(i for s in sections for i in s.blocks) == list(range(len(d.blocks)))


@pytest.mark.parametrize("name", ["000", "001", "002", "004"])
def test_one_section_for_one_project(name):
    assert len(split(doc(name))) == 1


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The meeting took place in Porto (Portugal). As host, the city welcomed us.", 2),
    ("de", "Das Projekt heißt „Wasser“. Es läuft drei Jahre.", 2),
    ("cs", "Projekt začal 24. října 2019 v Brně.", 1),  # an ordinal day is no sentence end
])
def test_a_bracket_or_quote_before_a_full_stop_ends_the_sentence(lang, text, expected):
    from pipeline.lexicons import load
    from pipeline.nlp import sentences
    assert len(sentences(text, load(lang))) == expected
