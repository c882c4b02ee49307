"""Partners on plain lines (no bullets) below a partner label that is more than a bare cue,
or lines that open with a partner's code ("LP:", "P1:"). Invented pages."""
import pytest

from pipeline.build import extract_one


def partners(text: str, lang: str) -> list[tuple[str, str]]:
    doc = extract_one(text.encode("utf-8"), f"r20_{lang}.txt", f"r20_{lang}")[0]
    assert doc["language"] == lang
    return [(p["name"], p["role"]) for pr in doc["projects"] for p in pr["partners"]]


HU = """Zöld Híd

Projekt címe: Zöld Híd határon átnyúló együttműködés

A projekt célja a folyók menti élőhelyek védelme a két ország határ menti térségében, közös kutatással és képzéssel.

A projektben részt vevő partnerek:

Varasd (Varaždin) megye - HR

Drávamenti Természetvédők (civil szervezet – HR)

Zalalövő város

A projekt időtartama 24 hónap, teljes költségvetése 800 000 euró.
"""

DE = """Grüne Brücken

Das Projekt Grüne Brücken verbindet Wälder und Flüsse in drei Ländern. Es wird im Rahmen des Programms Interreg Central Europe gefördert.

Außerdem sind die folgenden Städte am Projekt beteiligt:

Brünn

Graz

Kaschau

Das Projekt läuft von 2021 bis 2024 und hat ein Budget von 2,1 Millionen Euro.
"""

IT = """RIVERLINK

Il progetto RIVERLINK rafforza la cooperazione tra le città fluviali dell'Adriatico.

Durata del progetto: 24 mesi

PARTNER:

LP: Università di Trieste (Italia)

P1: Agenzia regionale per lo sviluppo di Fiume (Croazia)

P2: Comune di Capodistria (Slovenia)

Valore complessivo del progetto: 1.200.000,00 EUR
"""

EN = """RIVERLINK

The RIVERLINK project links river towns of the Danube region.

Our partners in this project:

Vidin Riverside Trust (Bulgaria)

Danube Delta Friends (Romania)

Budget: EUR 900,000. Duration: 24 months.
"""


@pytest.mark.parametrize("lang,text,expected", [
    ("hu", HU, ["Varasd (Varaždin) megye", "Drávamenti Természetvédők", "Zalalövő város"]),
    ("de", DE, ["Brünn", "Graz", "Kaschau"]),
    ("en", EN, ["Vidin Riverside Trust", "Danube Delta Friends"]),
])
def test_plain_lines_below_a_partner_label_are_partners(lang, text, expected):
    found = [n for n, _ in partners(text, lang)]
    for name in expected:
        assert name in found


def test_lines_with_partner_codes_are_partners_and_lp_is_the_lead():
    found = partners(IT, "it")
    assert ("Università di Trieste", "lead") in found
    assert ("Comune di Capodistria", "partner") in found
    assert any(n.startswith("Agenzia regionale per lo sviluppo di Fiume") for n, _ in found)


def test_a_single_line_below_a_label_is_no_run():
    text = """Zöld Híd

A projekt célja a folyók menti élőhelyek védelme a két ország határ menti térségében, közös kutatással.

A projektben részt vevő partnerek:

Őrségi Nemzeti Park Igazgatóság

A projekt időtartama 24 hónap, teljes költségvetése 800 000 euró.
"""
    from pipeline.build import _stage
    from pipeline.extractors.context import Context
    from pipeline.extractors.partner_label_runs import from_label_runs
    from pipeline.model import Section
    doc = _stage("read_document")(text.encode(), "r20_hu.txt", "r20")
    doc.language, _ = _stage("detect")(doc.text)
    assert from_label_runs(Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))) == []
