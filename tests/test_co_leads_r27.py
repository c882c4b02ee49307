"""Round 27: a lead cue over one reading that splits after a legal form into two bodies
("Projektägare X AB och Y universitet") names no single lead; both are partners."""
from section_context import partners_in


def test_two_owners_split_after_a_legal_form_are_both_partners():
    found = partners_in("Projektägare Nordkust Energi AB och Norges teknisk-naturvitenskapelige universitet. "
                        "Den totala budgeten är 892 209 EUR.\n", "sv")
    names = {name for name, _, _ in found}
    assert "Nordkust Energi AB" in names and "Norges teknisk-naturvitenskapelige universitet" in names
    assert not any(role == "lead" for _, _, role in found)


def test_two_owners_in_norwegian_are_both_partners():
    found = partners_in("Prosjekteier er Nordkyst Energi AS og Universitetet i Agder. "
                        "Budsjettet er 2 millioner kroner.\n", "no")
    assert {"Nordkyst Energi AS", "Universitetet i Agder"} <= {name for name, _, _ in found}
    assert not any(role == "lead" for _, _, role in found)


def test_one_owner_stays_the_lead():
    found = partners_in("Projektägare är Nordkust Energi AB. Den totala budgeten är 892 209 EUR.\n", "sv")
    assert ("Nordkust Energi AB", "lead") in {(name, role) for name, _, role in found}
