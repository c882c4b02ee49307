"""A type word written once for a whole list of partners: the names it types are bodies even
when each is one word."""
from tests.section_context import partners_in


def names(text: str, lang: str) -> list[str]:
    return [n for n, _, _ in partners_in(text, lang)]


def test_verb_of_taking_part_keeps_a_type_word_written_after_the_list():
    # "Carnikavas, … un Salacgrīvas novadu pašvaldības": one-word stems take the shared type word
    assert names("Projektā piedalās Ogres, Ikšķiles un Ķeguma novadu pašvaldības.", "lv") == [
        "Ogres novada pašvaldība", "Ikšķiles novada pašvaldība", "Ķeguma novada pašvaldība"]
    assert names("Projekte dalyvauja Molėtų, Utenos ir Anykščių savivaldybės.", "lt") == [
        "Molėtų savivaldybė", "Utenos savivaldybė", "Anykščių savivaldybė"]
