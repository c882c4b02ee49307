"""A partner name with an unpaired double quote is a fragment: read on to its closing quote on
the same line, or dropped (partner_name_shapes)."""
from pipeline.extractors.partner_name_shapes import close_quote, unpaired_quote


def test_unpaired_quotes_in_several_scripts():
    assert unpaired_quote("Asociación „Amigos del Río")
    assert unpaired_quote("Liceum Ogólnokształcące ”Kopernik")
    assert unpaired_quote("Uniwersytet Gdański\"")
    assert unpaired_quote("Читалище «Светлина")


def test_paired_quotes_are_a_name():
    assert not unpaired_quote("Asociación „Amigos del Río“")
    assert not unpaired_quote("Istituto Comprensivo ,,Galileo Galilei”")
    assert not unpaired_quote("Читалище «Светлина»")
    assert not unpaired_quote("Stadtwerke Lindau")


def test_a_cut_name_is_read_to_its_closing_quote():
    text = "Partner: Verein „Grüne Brücke Nord“ aus Passau.\n"
    start = text.index("Verein")
    end = text.index(" Brücke")
    assert close_quote(text[start:end], start, end, text) == "Verein „Grüne Brücke Nord“"


def test_no_closing_quote_past_a_sentence_end():
    text = "Partner: Udruga „Zeleni most. Druga rečenica“\n"
    start = text.index("Udruga")
    end = text.index(" most")
    assert close_quote(text[start:end], start, end, text) is None
