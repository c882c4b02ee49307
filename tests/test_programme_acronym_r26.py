"""Round 26: a programme's acronym in brackets right after its name is written with it."""
from pipeline.extractors.programme import programme
from tests.section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme(section_context(text, lang))
    return found and found[0]


def test_acronym_after_a_cross_border_programme_stays():
    text = ("A obra foi financiada ao abrigo do Programa Operativo de Cooperação Transfronteiriça "
            "Espanha-Portugal (POCTEP), com uma comparticipação de 75%.")
    assert _programme(text, "pt").endswith("Espanha-Portugal (POCTEP)")


def test_acronym_after_a_programme_named_before_its_word_stays():
    text = ("The project is co-financed by the Interreg North Sea Region Programme (NSRP) and runs "
            "for three years.")
    assert _programme(text, "en").endswith("(NSRP)")


def test_country_code_in_brackets_is_no_acronym():
    text = ("A obra foi financiada ao abrigo do Programa Operativo de Cooperação Transfronteiriça "
            "Espanha-Portugal (PRT), com uma comparticipação de 75%.")
    assert _programme(text, "pt").endswith("Espanha-Portugal")
