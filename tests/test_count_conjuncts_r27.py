"""Round 27: a count joined to a sibling count by a conjunction is a part, not the whole."""
from pipeline.extractors import counts
from tests.section_context import section_context


def _kinds(text: str, lang: str) -> dict:
    return {k: v[0] for k, v in counts.extract(section_context(text, lang)).items()}


def test_count_joined_to_a_sibling_count_is_a_part():
    assert "partners" not in _kinds("The project brings together five museums and two universities from Norway.", "en")
    assert "partners" not in _kinds("W projekcie wezmą udział 3 szkoły podstawowe i 2 gimnazja z regionu.", "pl")
    assert "partners" not in _kinds("Prosjektet er et samarbeid mellom fire museer og tre universiteter i Norden.", "no")


def test_count_standing_alone_still_counts():
    assert _kinds("The project brings together 12 partners from 7 countries.", "en").get("partners") == 12
    assert _kinds("W projekcie uczestniczy 5 partnerów z 3 krajów.", "pl").get("partners") == 5


def test_partner_word_beside_a_sibling_count_keeps_its_count():
    assert _kinds("The project has 14 partners and 6 associated partners from Europe.", "en").get("partners") == 14
    assert _kinds("Projekt sdružuje devět partnerů a tři přidružené instituce.", "cs").get("partners") == 9
