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


def _unknown(name: str, lang: str) -> bool:
    from pipeline.extractors.partner_evidence import _case_unknown
    return _case_unknown(name, section_context(name, lang))


def test_scandinavian_genitive_and_definite_type_words_are_known_forms():
    for name, lang in (("Aalborg Universitets Hospital", "da"), ("Kommunens Kulturcenter Ribe", "da"),
                       ("Umeå universitets forskarskola", "sv"), ("Universitetet i Linköping", "sv"),
                       ("Högskolans bibliotek Gävle", "sv"), ("Universitetets museum Tromsø", "no"),
                       ("Høgskolen i Molde", "no")):
        assert not _unknown(name, lang), name


def test_a_case_the_tables_cannot_put_back_is_still_unknown():
    assert _unknown("Politechniki Opolskiej", "pl")
    assert _unknown("Universitetxq Aarhus", "da")  # an ending the language does not write


def test_every_cue_file_states_its_type_word_endings():
    from pipeline.lexicons import _read_toml, languages
    assert len(languages()) >= 35  # the cue files read by every test of this kind
    for lang in languages():
        assert isinstance(_read_toml(lang).get("type_word_endings"), list), lang


def test_albanian_linking_article_agrees_with_the_nominative_put_back():
    from section_context import partners_in
    got = [n for n, _, _ in partners_in("Partnerët:\n- Universitetit të Durrësit (Shqipëri)\n"
                                        "- Bashkisë së Beratit (Shqipëri)\n- Universitetin e Elbasanit (Shqipëri)\n", "sq")]
    assert got == ["Universiteti i Durrësit", "Bashkia e Beratit", "Universiteti i Elbasanit"]


def test_a_language_without_linking_articles_keeps_the_word_after_the_type_word():
    from pipeline.extractors.partner_clean import _agreeing_article
    assert _agreeing_article("e Vlorës", "universiteti", "sq") == "i Vlorës"
    assert _agreeing_article("i Rijeke", "sveučilište", "hr") == "i Rijeke"  # "and" in Croatian, no article
    assert _agreeing_article("Vlorës", "universiteti", "sq") == "Vlorës"
