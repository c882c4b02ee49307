"""Round 26: under a lead-in that names the project, a bullet that opens in lower case
(where the language writes nouns small) is a piece of work even when an organisation word
stands near its start; a line that opens with a capital and an organisation word is still
a partner's line."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_lower_case_bullet_with_an_organisation_word_sk():
    text = ("Ďalšie zámery projektu:\n\n"
            " • založenie spoločnej organizácie obcí v regióne\n"
            " • výmena informácií medzi partnermi\n")
    assert _items(text, "sk") == ["založenie spoločnej organizácie obcí v regióne",
                                  "výmena informácií medzi partnermi"]


def test_lower_case_bullet_with_an_organisation_word_en():
    text = ("Project plans:\n\n"
            " • setting up a joint association of the border towns\n"
            " • exchange of information between the towns\n")
    assert _items(text, "en") == ["setting up a joint association of the border towns",
                                  "exchange of information between the towns"]


def test_capitalised_organisation_line_is_still_a_partner_sk():
    text = ("Ďalšie zámery projektu:\n\n"
            " • Univerzita Komenského v Bratislave\n"
            " • Mesto Dolný Kubín\n")
    assert _items(text, "sk") == []
