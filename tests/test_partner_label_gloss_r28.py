"""Partner labels given twice (two languages, or a gloss in brackets) and list lines that
carry their own country in brackets (round 28)."""
from tests.section_context import partners_in, section_context


def test_bilingual_slash_label_opens_its_value():
    text = ("Názov projektu / Nazwa projektu: Spoločné chodníky\n\n"
            "Vedúci partner / Partner wiodący\n\n"
            "Obec Malá Lehota\n\n"
            "Hlavná 12\n\n"
            "Partner / Partner\n\n"
            "Gmina Krościenko\n\n")
    found = partners_in(text, "sk")
    names = {n: r for n, _, r in found}
    assert names.get("Obec Malá Lehota") == "lead"
    assert "Gmina Krościenko" in names


def test_long_slash_line_is_no_label():
    # a sentence with a slash is no label: nothing below it is read as its value
    text = ("Partner / Partner and all the other organisations of the region met in 2019 to plan\n\n"
            "Gmina Krościenko\n\n")
    assert not any(n == "Gmina Krościenko" for n, _, _ in partners_in(text, "en"))


def test_bracket_gloss_label_names_the_lead():
    text = ("Projekta pieteicējs (vadošais partneris)\n\n"
            "Rēzeknes pilsētas dome\n\n"
            "Projekta mērķis\n\n"
            "Uzlabot kultūras mantojumu reģionā.\n")
    assert any(n == "Rēzeknes pilsētas dome" and r == "lead" for n, _, r in partners_in(text, "lv"))


def test_lines_with_their_own_country_continue_the_list():
    text = ("Projekta partneri\n\n"
            "Utenas pilsētas mākslas galerija (Lietuva)\n\n"
            "Grodņas apgabala tautas amatu nams (Baltkrievija)\n\n"
            "Projekta mērķis\n\n"
            "Uzlabot kultūras mantojumu reģionā.\n")
    found = partners_in(text, "lv")
    assert ("Utenas pilsētas mākslas galerija", "LT", "partner") in found
    assert ("Grodņas apgabala tautas amatu nams", "BY", "partner") in found


def test_own_country_lines_in_lithuanian():
    text = ("Projekto partneriai\n\n"
            "Zarasų rajono amatų namai (Latvija)\n\n"
            "Utenos krašto tautodailininkų sąjunga (Baltarusija)\n\n"
            "Projekto tikslas\n\n"
            "Stiprinti kultūrinį bendradarbiavimą.\n")
    names = {n: c for n, c, _ in partners_in(text, "lt")}
    assert names.get("Zarasų rajono amatų namai") == "LV"
    assert names.get("Utenos krašto tautodailininkų sąjunga") == "BY"


def test_name_with_its_role_in_brackets_is_no_label():
    text = "Partneri projektu:\n\nMesto Poprad (koordinátor)\n\nObec Spišská Teplica\n"
    found = partners_in(text, "sk")
    assert any(n == "Mesto Poprad" and r == "lead" for n, _, r in found)
    # one word beside the cue is a name too, not a label
    ctx = section_context("Sviluppumbria (capofila)\n\nComune di Gubbio\n", "it")
    assert ctx.label_alone(ctx.indices[0], {"lead_partner", "partners"}) is None
