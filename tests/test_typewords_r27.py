"""A plural type word written once before a list of partners: towns and cities are named bare
(the gold names "Sebnitz", not "Stadt Sebnitz"), other bodies take the singular type word."""
from tests.section_context import partners_in


def names(text: str, lang: str) -> list[str]:
    return [n for n, _, _ in partners_in(text, lang)]


def test_towns_named_bare_de():
    got = names("Projektpartner sind die Städte Freiberg, Most und Teplice sowie der Verein Grenzland e.V.", "de")
    assert {"Freiberg", "Most", "Teplice"} <= set(got)
    assert not any(n.startswith("Stadt ") for n in got)


def test_towns_named_bare_sk():
    got = names("Partnermi projektu sú mestá Levice, Šahy a Esztergom.", "sk")
    assert got == ["Levice", "Šahy", "Esztergom"]


def test_towns_named_bare_en():
    assert names("The project partners are the towns of Bexley and Dover.", "en") == ["Bexley", "Dover"]


def test_towns_named_bare_hr_with_typed_item_after():
    got = names("Partneri projekta su gradovi Čakovec i Varaždin te Udruga Zeleni.", "hr")
    assert got[:2] == ["Čakovec", "Varaždin"]


def test_municipalities_keep_the_singular_type():
    assert names("Partneri projekta su općine Sveti Ivan i Nedelišće.", "hr") == ["Općina Sveti Ivan", "Općina Nedelišće"]
    assert names("Partnerami projektu są gminy Bystrzyca i Kudowa.", "pl") == ["Gmina Bystrzyca", "Gmina Kudowa"]


def test_verb_of_taking_part_keeps_one_word_towns():
    # one-word names count as bodies when the plural type word said so
    assert names("An dem Projekt beteiligen sich die Städte Zittau und Hrádek.", "de") == ["Zittau", "Hrádek"]
    assert names("U projektu sudjeluju gradovi Čakovec i Ptuj.", "hr") == ["Čakovec", "Ptuj"]


def test_verb_of_taking_part_keeps_a_type_word_written_after_the_list():
    # "Carnikavas, … un Salacgrīvas novadu pašvaldības": one-word stems take the shared type word
    assert names("Projektā piedalās Ogres, Ikšķiles un Ķeguma novadu pašvaldības.", "lv") == [
        "Ogres novada pašvaldība", "Ikšķiles novada pašvaldība", "Ķeguma novada pašvaldība"]
    assert names("Projekte dalyvauja Molėtų, Utenos ir Anykščių savivaldybės.", "lt") == [
        "Molėtų savivaldybė", "Utenos savivaldybė", "Anykščių savivaldybė"]
