"""A list whose every item is "Name, Country" is a partner list whatever the colon line above
it says (round 29)."""
from section_context import partners_in


def test_catalan_schools_with_countries():
    text = ("Projecte STAR\n\nHem treballat tres anys amb altres escoles.\n\n"
            "Les escoles que hi han pres part són:\n\n"
            "  • Liceo Scientifico Galileo Galilei, Itàlia.\n"
            "  • Escola Secundária de Braga, Portugal.\n"
            "  • Gimnazjum Nr 3 Opole, Polònia.\n\nTambé hem fet activitats virtuals.\n")
    got = {(n, c) for n, c, _ in partners_in(text, "ca")}
    assert {("Liceo Scientifico Galileo Galilei", "IT"), ("Escola Secundária de Braga", "PT"),
            ("Gimnazjum Nr 3 Opole", "PL")} <= got


def test_german_list_with_countries():
    text = ("Projekt Wasser\n\nDas Projekt lief drei Jahre.\n\nMit dabei waren:\n\n"
            "- Stadtwerke Wasserburg GmbH, Österreich\n"
            "- Instytut Wody Kraków, Polen\n\nMehr dazu folgt.\n")
    got = {(n, c) for n, c, _ in partners_in(text, "de")}
    assert {("Stadtwerke Wasserburg GmbH", "AT"), ("Instytut Wody Kraków", "PL")} <= got


def test_towns_with_countries_are_no_partners():
    text = ("Projekt Wasser\n\nDas Projekt lief drei Jahre.\n\nDie Treffen fanden statt in:\n\n"
            "- Wien, Österreich\n- Krakau, Polen\n- Rom, Italien\n\nMehr dazu folgt.\n")
    names = [n for n, _, _ in partners_in(text, "de")]
    assert not any(n in ("Wien", "Krakau", "Rom") for n in names)


def test_one_item_is_no_list():
    text = ("Projekt Wasser\n\nDas Projekt lief drei Jahre.\n\nGastgeber war:\n\n"
            "- Stadtwerke Wasserburg GmbH, Österreich\n\nMehr dazu folgt.\n")
    # a single item is a label's value: this reader does not take it (another may)
    from section_context import section_context
    from pipeline.extractors.partner_country_items import from_country_items
    assert from_country_items(section_context(text, "de")) == []
