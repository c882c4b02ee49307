"""A partner's name read on across the copula of its sentence is cut at the copula: the
subject pronoun before it ("Vi er X") or the lower-case predicate after it ("X on
projekti partner") is no part of the name; a copula between capitalised words stays."""
import pytest
from section_context import section_context

from pipeline.extractors.partner_copula import cut_copula
from pipeline.extractors.partner_record import PARTNER, Partner


def _cut(name: str, lang: str) -> str:
    ctx = section_context(name + ".", lang)
    return cut_copula(Partner(name, PARTNER, 0, len(name)), ctx).name


@pytest.mark.parametrize("name,lang,expected", [
    ("Vi er Odder Kommune", "da", "Odder Kommune"),
    ("Vi är Gävle Kommun", "sv", "Gävle Kommun"),
    ("the lead is Harbour Institute Galway", "en", "Harbour Institute Galway"),
    ("Tartu Linnavalitsus on projekti juhtpartner", "et", "Tartu Linnavalitsus"),
    ("Stichting Groen Erf is partner in het project", "nl", "Stichting Groen Erf"),
    ("Mesto Levoča je vedúcim partnerom", "sk", "Mesto Levoča"),
    ("Kunnan Kehitys Oy on hankkeen vetäjä", "fi", "Kunnan Kehitys Oy"),
])
def test_the_far_side_of_the_copula_is_cut(name, lang, expected):
    assert _cut(name, lang) == expected


@pytest.mark.parametrize("name,lang", [
    ("Ludwig van Beethoven Zeneiskola", "hu"),        # "van" is the Hungarian copula, here between capitals
    ("Universiteit van Amsterdam", "hu"),
    ("Es Far Cultural", "es"),                        # "Es" in capitals is no copula
    ("Valga Vallavalitsus", "et"),
    ("Vi er glade", "da"),                            # a pronoun and its predicate: nothing to keep
])
def test_a_name_without_a_copula_between_name_and_clause_stays(name, lang):
    assert _cut(name, lang) == name
