"""Partners read from the structure of a page: labels run together in one block, tables
flattened to one cell per line, entries under role headings, a country in a list's label.
The sentences are invented, in several languages."""
import pytest

from pipeline.extractors import partners
from pipeline.extractors.label_chains import chain_labels
from tests.section_context import partners_in as _partners, section_context as _ctx


# ---------------------------------------------------------------- labels run together

@pytest.mark.parametrize("lang, text, expected", [
    ("sv", "Lead Partner: Region Västmanland Övriga partners: Mälardalens universitet, Uppsala kommun "
           "Projektperiod: 2019-01-01 – 2021-12-31\n",
     [("Region Västmanland", "lead"), ("Mälardalens universitet", "partner"), ("Uppsala kommun", "partner")]),
    ("hu", "Résztvevők: Főpályázó: Kiskunsági Nemzeti Park Igazgatóság Partnerek: Kecskemét Megyei Jogú Város "
           "Önkormányzata, Magyar Madártani Egyesület Társfinanszírozó: Agrárminisztérium\n",
     [("Kiskunsági Nemzeti Park Igazgatóság", "lead"), ("Kecskemét Megyei Jogú Város Önkormányzata", "partner"),
      ("Magyar Madártani Egyesület", "partner")]),
    ("en", "Lead partner: Tampere University Partners: Riga Technical University, Tallinn City Council "
           "Total budget: EUR 1.2 million\n",
     [("Tampere University", "lead"), ("Riga Technical University", "partner"), ("Tallinn City Council", "partner")]),
])
def test_each_label_of_a_run_ends_where_the_next_starts(lang, text, expected):
    assert [(n, r) for n, _, r in _partners(text, lang)] == expected


def test_a_compound_word_ending_with_a_field_cue_is_a_label():
    ctx = _ctx("Partnerek: Szegedi Tudományegyetem Társfinanszírozó: Belügyminisztérium\n", "hu")
    assert [c.text for c, _, _ in chain_labels(ctx, 0)] == ["Partnerek", "Társfinanszírozó"]


def test_a_cue_with_a_colon_inside_a_sentence_is_no_label():
    ctx = _ctx("The project brings together three partners: a university and two schools.\n", "en")
    assert chain_labels(ctx, 0) == []


# ---------------------------------------------------------------- tables flattened to one cell per line

def test_a_table_flattened_to_one_cell_a_line_behind_a_glued_header():
    text = ("Partnership:\n\nOrganisation nameRoleCountryWebsiteMember?\n\nBaltic Wood Network\n\nCoordinator\n\n"
            "Latvia\n\nYes\n\nNordwerk GmbH\n\nPartner\n\nGermany\n\nNo\n\nKLASTR\n\nPartner\n\nSlovakia\n\nYes\n\n"
            "Agrolink\n\nPartner\n\nPoland\n\nYes\n\nThe working group meets twice a year to compare cluster policies.\n")
    assert _partners(text, "en") == [("Baltic Wood Network", "LV", "lead"), ("Nordwerk GmbH", "DE", "partner"),
                                     ("KLASTR", "SK", "partner"), ("Agrolink", "PL", "partner")]


def test_a_flattened_table_with_the_country_first_and_a_header_cell_a_line():
    text = ("Projektpartner\n\nLand\n\nName\n\nÖsterreich\n\nInnoLab Steiermark\n\nSlowenien\n\nZavod Razvoj\n\n"
            "Kroatien\n\nTehnopark Varaždin\n\nDas Projekt läuft drei Jahre und wird aus dem EFRE gefördert.\n")
    assert [(n, c) for n, c, _ in _partners(text, "de")] == [
        ("InnoLab Steiermark", "AT"), ("Zavod Razvoj", "SI"), ("Tehnopark Varaždin", "HR")]


def test_short_lines_without_countries_or_roles_are_no_table():
    text = ("Název\n\nRole\n\nZelená louka\n\nModrá hora\n\nČervený les\n\nBílá skála\n")
    assert _partners(text, "cs") == []


# ---------------------------------------------------------------- entries under role headings

def test_entries_with_descriptions_under_role_headings():
    text = ("Bénéficiaires :\n\nBénéficiaire coordinateur\n\nSyndicat mixte du Val de Loire (SMVL) : établissement "
            "public qui regroupe les communes du val et gère les digues.\n\nPartenaires associés\n\n"
            "Conservatoire botanique national du Bassin parisien (CBNBP) : organisme scientifique qui étudie la flore "
            "sauvage du bassin.\n\nFédération départementale des chasseurs (FDC) : association qui gère la faune.\n\n"
            "Contact\n")
    assert [(n, r) for n, _, r in _partners(text, "fr")] == [
        ("Syndicat mixte du Val de Loire", "lead"), ("Conservatoire botanique national du Bassin parisien", "partner"),
        ("Fédération départementale des chasseurs", "partner")]


def test_entries_named_alone_with_their_web_address_and_a_subject_with_its_acronym():
    text = ("Coördinerende partner:\n\nwww.waterschap-noord.nl\n\nHet Waterschap Noorderzijl (WSN) is een overheid die "
            "de dijken beheert.\n\nGeassocieerde partners\n\n> Office de l’Eau Artois www.eau-artois.fr\n\nFranse "
            "openbare instelling die de rivieren beheert.\n\n> Provinciaal Natuurcentrum www.natuurcentrum.be\n\n"
            "Een centrum voor natuureducatie.\n")
    assert _partners(text, "nl") == [("Waterschap Noorderzijl", "NL", "lead"), ("Office de l’Eau Artois", "FR", "partner"),
                                     ("Provinciaal Natuurcentrum", "BE", "partner")]


def test_a_logos_text_glued_to_a_name_is_no_part_of_it():
    found = _partners("Lead partner:\n\nLogo ALFA 72dpiAgentur für Regionalentwicklung Alfatal\n", "de")
    assert found[0][0] == "Agentur für Regionalentwicklung Alfatal"


# ---------------------------------------------------------------- a country in the list's label

@pytest.mark.parametrize("lang, text, expected", [
    ("sl", "Projekt povezuje partnerje (SI partnerji: Občina Metlika, Razvojni center Novo mesto; HR partnerji: "
           "Grad Karlovac, Javna ustanova Priroda).\n",
     [("Občina Metlika", "SI"), ("Razvojni center Novo mesto", "SI"), ("Grad Karlovac", "HR"),
      ("Javna ustanova Priroda", "HR")]),
    ("en", "Italian partners: Fondazione Alpina, Consorzio Valli. Austrian partners: Verein Bergwelt, Alpenforum Tirol.\n",
     [("Fondazione Alpina", "IT"), ("Consorzio Valli", "IT"), ("Verein Bergwelt", "AT"), ("Alpenforum Tirol", "AT")]),
])
def test_a_country_in_the_label_of_a_list_locates_its_partners(lang, text, expected):
    assert [(n, c) for n, c, _ in _partners(text, lang)] == expected


def test_a_list_item_is_not_split_at_a_conjunction_inside_a_name():
    found = _partners("Socios:\n\n• Instituto de Biología Marina y Costera de la Universidad de Vigo – España\n"
                      "• Agencia Regional de Energía – Portugal\n", "es")
    assert [(n, c) for n, c, _ in found] == [
        ("Instituto de Biología Marina y Costera de la Universidad de Vigo", "ES"), ("Agencia Regional de Energía", "PT")]


def test_an_acronym_named_first_takes_the_full_name_of_its_list_item():
    found = _partners("El proyecto reúne a ACUIMAR, socio beneficiario.\n\nSocios:\n\n• Fundación Acuicultura "
                      "Marina (ACUIMAR) – España\n• Universidade do Minho – Portugal\n", "es")
    assert ("Fundación Acuicultura Marina", "ES", "partner") in found
    assert not any(n == "ACUIMAR" for n, _, _ in found)
