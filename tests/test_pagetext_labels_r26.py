"""Page text: contact lines are no headings, and a label ending in a colon takes the
lower-case value written under it past a blank line (round 26)."""
from pipeline.model import HEADING, PARAGRAPH
from pipeline.readers import pagetext


def _blocks(text):
    b = pagetext.read(text)
    full = b.text()
    return [(bl.kind, full[bl.start:bl.end]) for bl in b.blocks]


def test_email_line_is_no_heading():
    assert not pagetext.looks_like_heading("EMAIL info@stadt-beispiel.de")
    assert not pagetext.looks_like_heading("Kontakt anna.novak@obec.cz")
    assert pagetext.looks_like_heading("Projektpartner")
    assert pagetext.looks_like_heading("DYN@MO")  # a coined name with an at sign, no address
    assert not pagetext.looks_like_heading("Gemeinde Musterdorf (DE), www.musterdorf.de")
    assert not pagetext.looks_like_heading("Ayuntamiento de Villanueva, https://villanueva.es")


def test_label_takes_lower_case_value_past_blank_line():
    text = "Doba trvání:\n\nod ledna 2021 do prosince 2022\n\nPartneři\n\nObec Dolní Lhota\n"
    assert (PARAGRAPH, "Doba trvání:") not in _blocks(text)
    assert any(t == "Doba trvání: od ledna 2021 do prosince 2022" for _, t in _blocks(text))
    text = "Durée du projet :\n\nde mars 2019 à juin 2021\n"
    assert [t for _, t in _blocks(text)] == ["Durée du projet : de mars 2019 à juin 2021"]


def test_label_keeps_capitalised_or_listed_lines_below():
    blocks = _blocks("Partners:\n\nCity of Tampere\n\nActivities:\n\n- workshops\n")
    assert (HEADING, "City of Tampere") in blocks
    assert [t for _, t in blocks][-1] == "workshops"
    # a paragraph that has run on over several lines is no label
    assert len(_blocks("Ein langer Absatz,\nder weitergeht:\n\nund dann noch\n")) == 2


def test_label_keeps_unmarked_list_and_lone_address_apart():
    # a value ending in a comma is an unmarked list's first item
    blocks = _blocks("Planned activities:\n\ntraining of trainers,\n\nstudy visits\n")
    assert [t for _, t in blocks][:2] == ["Planned activities:", "training of trainers,"]
    blocks = _blocks("Strona projektu:\n\nwww.projekt-przyklad.pl\n")
    assert [t for _, t in blocks] == ["Strona projektu:", "www.projekt-przyklad.pl"]
