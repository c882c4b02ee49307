"""Round 20 fixes in partner-name handling: a type word and a preposition before a place is a
name, not an article before one; an acronym before a spaced dash keeps its space; genitive and
definite endings of Scandinavian type words are known forms; Albanian article agreement."""
from section_context import section_context

from pipeline.extractors.partner_names import leading_noise
from pipeline.normalise.orgs import clean_name


def _noise(text: str, lang: str) -> int:
    return leading_noise(text, section_context(text, lang))


def test_a_type_word_and_a_preposition_before_a_place_is_no_article():
    # the brackets may hold a country or a town: the name keeps its type word either way
    for text, lang in (("Città di Lanzo (Italia)", "it"), ("Città di Lanzo (Torino)", "it"),
                       ("Gruppo di Azione Locale Delta (Italia)", "it"),
                       ("Casa di riposo Villa Serena (Italia)", "it"),
                       ("Grupo de Teatro Évora (Portugal)", "pt")):
        assert _noise(text, lang) == 0, text


def test_an_article_and_describing_words_before_a_name_are_still_noise():
    assert _noise("The multilingual SZLI Budapest (Hungary)", "en") == len("The multilingual ")
    assert _noise("die private Schule Lindenhof (Italien)", "de") == len("die private ")


def test_an_acronym_before_a_spaced_dash_keeps_the_space():
    assert clean_name("ABMC- Centro per lo sviluppo") == "ABMC- Centro per lo sviluppo"
    assert clean_name("KSZ- Stowarzyszenie Rozwoju Gminy") == "KSZ- Stowarzyszenie Rozwoju Gminy"
    assert clean_name("IHK- Industrie und Handelskammer") == "IHK- Industrie und Handelskammer"


def test_a_word_broken_at_a_line_end_is_still_joined():
    assert clean_name("Land Nordrhein- Westfalen") == "Land Nordrhein-Westfalen"
    assert clean_name("Baden- Württemberg Stiftung") == "Baden-Württemberg Stiftung"
    assert clean_name("Emilia- Romagna") == "Emilia-Romagna"
