"""Round 28: words of capitals right after a programme's brand are its strand where its years,
a country pair or a programme word follow them; otherwise they are a project's acronym."""
from pipeline.extractors.programme import programme
from tests.section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme(section_context(text, lang))
    return found and found[0]


def test_capitals_before_years_are_the_strand():
    text = ("A requalificação do cais foi apoiada pelo Programa de Cooperação Territorial "
            "INTERREG POMAC 2014-2020, com uma taxa de 85%.")
    assert _programme(text, "pt") == "INTERREG POMAC 2014-2020"
    text = "Le chantier est soutenu par le programme Interreg FWVL 2014-2020 depuis l'an dernier."
    assert _programme(text, "fr") == "Interreg FWVL 2014-2020"


def test_capitals_before_a_set_off_country_pair_are_the_strand():
    text = ("Η δράση χρηματοδοτείται από το πρόγραμμα INTERREG IPA II «Ελλάδα - Αλβανία 2014-2020» "
            "και ολοκληρώνεται φέτος.")
    assert _programme(text, "el") == "INTERREG IPA II «Ελλάδα - Αλβανία 2014-2020»"


def test_capitals_before_a_programme_word_are_the_strand():
    text = "The town hall joined the Interreg SKHU programme with two neighbouring villages."
    assert _programme(text, "en") == "Interreg SKHU"


def test_capitals_followed_by_a_sentence_are_a_project_acronym():
    text = "Dzięki programowi LIFE ODRA chronimy mokradła wzdłuż rzeki od 2019 roku."
    assert _programme(text, "pl") == "LIFE"
    text = "With Interreg ROSA we restore three river banks near the border."
    assert _programme(text, "en") == "Interreg"


def test_a_funder_in_capitals_is_no_strand():
    text = "Il progetto è finanziato da Erasmus+ UE 2021-2027 e coinvolge cinque scuole."
    assert not _programme(text, "it").startswith("Erasmus+ UE")

