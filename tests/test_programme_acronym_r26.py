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


def test_generic_word_before_a_preposition_and_lowercase_words_is_left_out():
    text = "Проектът е по подмярка 7.2 от Програма за развитие на селските райони 2014-2020 и е на стойност 2 млн. лв."
    assert _programme(text, "bg") == "за развитие на селските райони 2014-2020"
    text = "Проектот е финансиран од Програма за рурален развој 2014-2020 на Министерството."
    assert _programme(text, "mk").startswith("за рурален развој 2014-2020")


def test_capitalised_words_after_the_preposition_keep_the_word():
    text = "El proyecto está financiado por el Programa de Desarrollo Rural de Andalucía 2014-2020."
    assert _programme(text, "es").startswith("Programa de Desarrollo Rural")


def test_a_short_span_after_a_bare_brand_is_the_projects():
    assert _programme("La nostra scuola partecipa al progetto ERASMUS+ 2019-2021 con tre scuole europee.", "it") == "ERASMUS+"
    assert _programme("Naša škola sa zapojila do programu Erasmus+ 2018-2020 s partnermi.", "sk") == "Erasmus+"


def test_a_budget_period_after_a_brand_stays():
    assert _programme("Projekt Interreg V-A 2014-2020 finansowany przez UE.", "pl") == "Interreg V-A 2014-2020"
