"""Partner entry lines that were dropped: a name that opens with a cue word as its own type
word ("Consorzio Puglia"), associated partners' codes ("A1:"), a lead's code ("LP:") read as
the lead, and the Albanian linking article "e" (also "and") after a type word. Invented pages."""
from pipeline.build import extract_one
from pipeline.extractors.enumeration import MARKER, split_items
from pipeline.extractors.partner_clean import linking_article
from pipeline.extractors.partner_codes import lead_coded
from pipeline.extractors.partner_own_cues import name_cues


def partners(text: str, lang: str) -> list[tuple[str, str]]:
    doc = extract_one(text.encode("utf-8"), f"r20e_{lang}.txt", f"r20e_{lang}")[0]
    assert doc["language"] == lang
    return [(p["name"], p["role"]) for pr in doc["projects"] for p in pr["partners"]]


def test_own_type_word_is_no_cue():
    keys = {"partners", "consortium"}
    assert name_cues("Consorzio Veneto Acque (Italia)", "it", keys) == []
    assert name_cues("Konsortium Nordhessen", "de", keys) == []
    assert name_cues("Il consorzio è composto da sei enti", "it", keys)
    assert name_cues("Consortium Partners", "en", keys)  # a heading: the next word is a cue too
    assert name_cues("Consorzio", "it", keys)  # a cue alone names no one


def test_associated_codes_are_markers():
    assert MARKER.match("A1: Comune di Latisana")
    assert MARKER.match("A2:Město Tábor")
    assert MARKER.match("AP3 - Gmina Krasne")
    assert not MARKER.match("A. Smith and partners")
    assert not MARKER.match("A1 Telekom Austria")


def test_lead_code():
    assert lead_coded("LP: Universität Graz (Österreich)")
    assert lead_coded("LB: Mesto Košice (Slovensko)")
    assert not lead_coded("P1: Universität Graz (Österreich)")
    assert not lead_coded("Lead: the first")


def test_linking_article_after_type_word():
    assert linking_article("Universitetin", "e", "Durrësit “Aleksandër Moisiu”", "sq")
    assert not linking_article("Bashkia Shkodër", "e", "Bashkia Lezhë", "sq")  # "and" after a place
    assert not linking_article("Universitetin", "e", "durrësit", "sq")
    assert not linking_article("Universitetin", "e", "Durrësit", "it")  # no linking articles there


def test_split_keeps_linking_article():
    text = "Universitetin Epoka dhe Universitetin e Durrësit “Aleksandër Moisiu”"
    links = lambda before, word, after: linking_article(before, word, after, "sq")  # noqa: E731
    items = split_items(text, ["dhe", "e"], lambda t: False, links=links)
    assert [text[a:b] for a, b in items] == ["Universitetin Epoka", "Universitetin e Durrësit “Aleksandër Moisiu”"]
    assert len(split_items(text, ["dhe", "e"], lambda t: False)) == 3  # without it, "e" splits


IT = """AQUAVIVA

Il progetto AQUAVIVA rafforza la gestione comune delle acque tra le regioni dell'Adriatico.

Durata del progetto: 30 mesi

PARTNER:

LP: Università di Padova (Italia)

P1: Consorzio Veneto Acque (Italia)

P2: Comune di Capodistria (Slovenia)

A1: Comune di Chioggia (Italia)

A2: Città di Spalato (Croazia)

Valore complessivo del progetto: 1.500.000,00 EUR
"""

SQ = """GREENEDU

Projekti GREENEDU mbështet arsimin e lartë në fushën e mjedisit.

Në takim morën pjesë institucionet partnere nga Shqipëria përfshirë Universitetin e Tiranës, Universitetin Epoka dhe Universitetin e Durrësit “Aleksandër Moisiu”. Takimi u mbajt në Tiranë.
"""


def test_coded_run_keeps_consortium_and_associates():
    got = partners(IT, "it")
    names = [n for n, _ in got]
    assert "Consorzio Veneto Acque" in names
    assert "Comune di Chioggia" in names and "Città di Spalato" in names
    assert ("Università di Padova", "lead") in got


def test_albanian_linking_article_not_split():
    names = [n for n, _ in partners(SQ, "sq")]
    assert "Universiteti i Durrësit “Aleksandër Moisiu”" in names
    assert "Durrësit “Aleksandër Moisiu”" not in names


INLINE = {
    "it": """AQUAVIVA

Il progetto AQUAVIVA rafforza la gestione comune delle acque tra le regioni dell'Adriatico.

Partner: LP: Università di Padova (Italia), P1: Comune di Capodistria (Slovenia), A1: Comune di Chioggia (Italia).
""",
    "en": """AQUAVIVA

The AQUAVIVA project improves the joint management of water resources across the Adriatic region and trains local staff in monitoring the quality of rivers and lakes. It will run for three years.

Partners: LP: Università di Padova (Italy), P1: Comune di Capodistria (Slovenia), A1: Comune di Chioggia (Italy).
""",
}


def test_inline_codes_lead_and_associate():
    for lang, text in INLINE.items():
        got = partners(text, lang)
        assert ("Università di Padova", "lead") in got
        assert ("Comune di Chioggia", "partner") in got  # the "A1:" code is no part of the name
