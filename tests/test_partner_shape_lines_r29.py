"""Under a bare partner label, a short line shaped like a name and followed by a name line is
a partner whatever its words (round 29)."""
from section_context import partners_in


def _names(text, lang):
    return [n for n, _, _ in partners_in(text, lang)]


def test_norwegian_lower_case_name_between_names():
    text = ("Kystdata\n\nProsjektet skal samle inn data ved museer langs kysten.\n\n"
            "Andre partnere\n\nFiskeriets hus\n\nBølgen Data AS\n")
    assert {"Fiskeriets hus", "Bølgen Data AS"} <= set(_names(text, "no"))


def test_swedish_lower_case_name_between_names():
    text = ("Skogsnät\n\nProjektet ska samla in data om skogen i norra Sverige.\n\n"
            "Partner\n\nSkogens hus\n\nNorrdata AB\n")
    assert {"Skogens hus", "Norrdata AB"} <= set(_names(text, "sv"))


def test_sentence_after_label_is_no_name():
    text = ("Kystdata\n\nProsjektet skal samle inn data ved museer langs kysten.\n\n"
            "Andre partnere\n\nLes mer her.\n\nBølgen Data AS\n")
    assert "Les mer her." not in _names(text, "no")
