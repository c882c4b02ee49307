"""Round 19: one way to cut a partner's name (partner_record.reslice), used by partner_clean and
partner_tails alike: the punctuation that joined the name to what was cut off goes with it, and
the evidence span ends where the name ends."""
import pytest

from pipeline.extractors.partner_record import PARTNER, Partner, reslice
from pipeline.extractors.partner_tails import cut_tail
from tests.section_context import section_context


def _partner(text: str, name: str) -> Partner:
    start = text.index(name)
    return Partner(name=name, role=PARTNER, start=start, end=start + len(name))


def test_reslice_strips_joining_punctuation_and_moves_the_span():
    text = "Partner: Hafen Kiel GmbH – Deutschland\n"
    p = reslice(_partner(text, "Hafen Kiel GmbH – Deutschland"), 0, len("Hafen Kiel GmbH –"), text)
    assert p.name == "Hafen Kiel GmbH"
    assert text[p.start:p.end] == "Hafen Kiel GmbH"


def test_reslice_from_the_left_moves_the_start_past_a_colon():
    text = "Koordinátor: Mesto Žilina\n"
    p = reslice(_partner(text, "Koordinátor: Mesto Žilina"), len("Koordinátor"), len("Koordinátor: Mesto Žilina"), text)
    assert p.name == "Mesto Žilina"
    assert text[p.start:p.end] == "Mesto Žilina"


@pytest.mark.parametrize("lang,text,name,kept", [
    # an amount after a dash: the dash goes with the amount
    ("de", "Stadtwerke Halle GmbH – 120 000 EUR", "Stadtwerke Halle GmbH – 120 000 EUR", "Stadtwerke Halle GmbH"),
    # "from" a country and a verb after a dash
    ("lt", "Kauno technologijos universitetas – iš Lietuvos pakvietė visus partnerius.",
     "Kauno technologijos universitetas – iš Lietuvos pakvietė visus partnerius", "Kauno technologijos universitetas"),
    ("pl", "Politechnika Gdańska: z Polski zorganizowała spotkanie.",
     "Politechnika Gdańska: z Polski zorganizowała spotkanie", "Politechnika Gdańska"),
])
def test_tail_cut_leaves_no_dash_or_colon_and_span_matches(lang, text, name, kept):
    ctx = section_context(text, lang)
    doc_text = ctx.doc.text
    p = cut_tail(_partner(doc_text, name), ctx)
    assert p.name == kept
    assert doc_text[p.start:p.end] == kept
