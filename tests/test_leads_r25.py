"""Round 25, leads: the name before an "as" word after a clause's verb or project, the bare
word for a project's holder (a partner, not its lead), and a post with a person's name as a lead."""
from section_context import partners_in


def leads(text: str, lang: str) -> list[str]:
    return [name for name, _, role in partners_in(text, lang) if role == "lead"]


def test_name_after_the_verb_before_an_as_word():
    assert leads("Projekt realizuje mesto Nitra ako vedúci partner v spolupráci s obcou Lehota.", "sk") == ["mesto Nitra"]
    assert leads("Odobren je projekat Centra za razvoj turizma Grada Niša kao vodećeg partnera.", "sr") \
        == ["Centar za razvoj turizma Grada Niša"]


def test_a_name_before_an_as_word_stays_whole():
    assert leads("Centar za kulturu iz Pirota kao vodeći partner sarađuje sa opštinom Bela Palanka.", "sr") \
        == ["Centar za kulturu iz Pirota"]
    assert leads("The City of Graz as lead partner works with the University of Maribor.", "en") == ["City of Graz"]


def test_project_holder_is_a_partner_not_the_lead():
    text = "Nosilec projekta: Občina Kranj\nVrednost projekta: 1 milijon evrov"
    assert ("Občina Kranj", "partner") in [(n, r) for n, _, r in partners_in(text, "sl")]
    assert not leads(text, "sl")


def test_main_holder_is_the_lead():
    assert leads("Partner v projektu je Občina Lendava, glavni nosilec projekta je organizacija Zeleni krog iz Gradca.", "sl")


def test_post_and_person_is_no_lead():
    assert not leads("Projekto vadovas – Rokiškio seniūnas Jonas Petraitis", "lt")
    assert not leads("Projekto vadovas – Finansininkė Ona Jonaitienė", "lt")
    assert leads("Projekto vadovas: Kelmės rajono savivaldybės administracija", "lt") \
        == ["Kelmės rajono savivaldybės administracija"]
