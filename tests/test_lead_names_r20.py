"""Round 20: a block before the first project's opener that tells one of the later
projects by name is that project's section, not the first's (pipeline/section_lead_names.py).
Invented texts."""
from pipeline.readers import read_document
from pipeline.section_lead_names import lead_owners
from pipeline.sections import divide


def _sections(text: str, lang: str) -> dict[str, str]:
    """Each section's name -> the text of its blocks."""
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    doc, secs = divide(doc)
    return {doc.text[s.name[0]:s.name[1]] if s.name else "": " ".join(doc.block_text(doc.blocks[i]) for i in s.blocks)
            for s in secs}


FI_LEAD = """Alueen toimijat saivat rahoitusta useisiin uusiin hankkeisiin tänä vuonna.

Rahoitusta saatiin mm. BetaLab-hankkeeseen, jossa Testikaupunki kehittää yhdessä Malliyhtiö Oy:n kanssa uusia ratkaisuja.

Kaikki uudet allekirjoitetut Horisontti-hankkeet:

 • ALPHA-NET, Esimerkin yliopisto, 1 200 000 €
 • BetaLab, Malliyhtiö Oy, 450 000 €
 • GAMMA, Testikaupunki, 300 000 €
"""

DE_LEAD = """Die Hochschule ist an mehreren Vorhaben beteiligt.

Im Vorhaben RiverNet arbeitet sie mit der Beispiel GmbH und der Stadt Irgendwo zusammen.

Die neuen Forschungsprojekte:

 • SEALINK, Universität Musterstadt, 800 000 Euro
 • RiverNet, Beispiel GmbH, 250 000 Euro
 • TERRA, Stadt Irgendwo, 120 000 Euro
"""


def test_lead_block_goes_to_the_project_it_names_fi():
    secs = _sections(FI_LEAD, "fi")
    assert "Malliyhtiö Oy:n kanssa" in secs["BetaLab"]
    assert "Malliyhtiö Oy:n kanssa" not in secs["ALPHA-NET"]
    assert "useisiin uusiin hankkeisiin" in secs["ALPHA-NET"]  # a lead naming none stays with the first


def test_lead_block_goes_to_the_project_it_names_de():
    secs = _sections(DE_LEAD, "de")
    assert "Beispiel GmbH und der Stadt" in secs["RiverNet"]
    assert "Beispiel GmbH und der Stadt" not in secs["SEALINK"]


def test_lead_owners_needs_exactly_one_later_name():
    doc = read_document("Über A-ONE und B-TWO.\n\nNur B-TWO hier.\n\nNichts.\n\nA-ONE: x\n\nB-TWO: y\n".encode(),
                        "t.txt", "t")
    # block 0 names two projects, block 1 one later project, block 2 none
    assert lead_owners(doc, ["A-ONE", "B-TWO"], 3) == {1: 1}
    # a lead naming the first project stays with it
    assert lead_owners(doc, ["B-TWO", "A-ONE"], 3) == {}
