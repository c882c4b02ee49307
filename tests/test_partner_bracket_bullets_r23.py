"""Partners in brackets after their noun, with the noun's lower-case words between ("partenaires
associatifs et institutionnels bretons (A, B, C)"), also inside a bullet written as a sentence."""
from section_context import partners_in


def test_bracket_after_noun_and_its_adjectives_in_a_bullet():
    text = ("Projet « Jeunes ruraux »\n"
            "• Deux journées consacrées à la mobilité des jeunes\n"
            "• Un soutien des partenaires associatifs et institutionnels normands (Région Normandie, "
            "Conseil départemental de la Manche, ville de Granville)\n")
    names = [n for n, _, _ in partners_in(text, "fr")]
    assert {"Région Normandie", "Conseil départemental de la Manche", "ville de Granville"} <= set(names)


def test_bracket_after_noun_in_an_english_bullet():
    text = ("Project Green Rivers\n"
            "- Two days of field work\n"
            "- Strong support from the regional public partners (Cork County Council, "
            "University College Cork, Waterford Institute of Technology)\n")
    names = [n for n, _, _ in partners_in(text, "en")]
    assert {"Cork County Council", "University College Cork", "Waterford Institute of Technology"} <= set(names)


def test_a_bullet_of_countries_in_brackets_gives_no_partners():
    text = ("Project Green Rivers\n"
            "- Two days of field work\n"
            "- Young people from our partner countries (Ireland, Spain, Portugal)\n")
    assert partners_in(text, "en") == []
