"""A short region-adjective stem written with an accent must keep it in the text: Catalan
"való" (Walloon) is no "valor", "valorització"; longer stems and unaccented ones match as before."""
from pipeline import gazetteer
from pipeline.lexicons import load


def _ccs(text: str, lang: str) -> list[str]:
    return [h.cc for h in gazetteer.find(text, load(lang), adjectives=True) if h.kind == "adjective"]


def test_catalan_value_words_name_no_belgium():
    assert _ccs("El projecte té un gran valor i busca la valorització del patrimoni.", "ca") == []


def test_catalan_walloon_adjective_still_found():
    assert _ccs("Els socis de la regió való participen.", "ca") == ["BE"]
    assert _ccs("Una entitat valona i una catalana.", "ca") == ["BE", "ES"]


def test_czech_and_slovenian_saxon_stems_unchanged():
    assert _ccs("Spolupráce se saskými partnery.", "cs") == ["DE"]
    assert _ccs("Sodelovanje s saškimi partnerji.", "sl") == ["DE"]


def test_page_without_countries_keeps_home_default():
    assert gazetteer.named_countries("La Diputació aposta per la valorització dels camins.", "ca") == frozenset()
