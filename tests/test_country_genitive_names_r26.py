"""Round 26: a country's name in the case form an organisation's name takes ("Danmarks Tekniske
Universitet", "Suomen Humanistinen Ammattikorkeakoulu") is part of the name and states its
country; it neither splits a list into "country, name" lines nor is cut off the name."""
from section_context import partners_in


def test_genitive_country_opening_names_in_a_list_no():
    text = ("Andre partnere\n\nNordlys AS, Oslo universitet, Danmarks Jordbrugsforskning Universitet, Molde høgskole, "
            "Sveriges Skogsforskning Universitet, Bodø kommune.\n")
    got = partners_in(text, "no")
    names = [n for n, _, _ in got]
    assert "Danmarks Jordbrugsforskning Universitet" in names
    assert "Sveriges Skogsforskning Universitet" in names
    assert dict((n, c) for n, c, _ in got)["Danmarks Jordbrugsforskning Universitet"] == "DK"


def test_genitive_country_opening_a_name_fi():
    text = ("Osatoteuttajat\n\nSuomen Kestävän Kehityksen Ammattikorkeakoulu Oy ja Lahden kaupunki.\n")
    names = [n for n, _, _ in partners_in(text, "fi")]
    assert "Suomen Kestävän Kehityksen Ammattikorkeakoulu Oy" in names


def test_a_place_case_still_starts_a_partner_fi():
    text = "Partnereita ovat Suomen metsäkeskus ja Virossa Tarton Ülikooli Instituutti.\n"
    names = [n for n, _, _ in partners_in(text, "fi")]
    assert "Tarton Ülikooli Instituutti" in names
