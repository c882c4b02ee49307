"""Round 30 lead rules: a name with its lead marker is that item's role and opens the list
below it, a list item describing a project names its lead after an agent cue, a cue closed by
its project noun leaves the capitals after it to the project, and lead cue words."""
from section_context import partners_in


def _roles(text, lang):
    return {name: role for name, _, role in partners_in(text, lang)}


# ---- a lead marker closing a list item (partner_entries)

def test_bracketed_lead_marker_is_the_items_own_role():
    roles = _roles("The partners are:\n- Lombardy Region (lead partner)\n- Piedmont Region\n- City of Milan\n", "en")
    assert roles.get("Lombardy Region") == "lead"
    assert roles.get("Piedmont Region") == "partner"


def test_bracketed_lead_marker_italian():
    roles = _roles("I partner del progetto sono:\n- Regione Lombardia (capofila)\n- Regione Piemonte\n- Comune di Milano\n", "it")
    assert roles.get("Regione Lombardia") == "lead"
    assert roles.get("Regione Piemonte") == "partner"


def test_lead_marker_line_opens_a_list_without_heading():
    roles = _roles("Nel sito verranno realizzati interventi di riqualificazione.\n- Regione Lombardia (capofila)\n"
                   "- Regione Piemonte\n- Regione Veneto\n- WWF Italia\n", "it")
    assert roles.get("Regione Lombardia") == "lead"
    assert roles.get("Regione Veneto") == "partner" and roles.get("WWF Italia") == "partner"


def test_role_heading_still_heads_its_items():
    roles = _roles("Lead partner\nCity of Graz\nPartners\nUniversity of Maribor\nRegional Agency Koroska\n", "en")
    assert roles.get("City of Graz") == "lead"


# ---- cue words

def test_slovak_coordinating_beneficiary_label():
    roles = _roles("Koordinujúci prijímateľ: Ministerstvo životného prostredia SR\nPartneri: Štátna ochrana prírody SR\n", "sk")
    assert roles.get("Ministerstvo životného prostredia SR") == "lead"


def test_danish_tovholder():
    roles = _roles("Projektet finansieres af Socialfonden, og Aarhus Kommune er tovholder på projektet.", "da")
    assert roles.get("Aarhus Kommune") == "lead"


def test_estonian_main_organiser():
    roles = _roles("Projekti peakorraldaja on Tartu Noorsootöö Keskus ja seda rahastatakse programmist.", "et")
    assert roles.get("Tartu Noorsootöö Keskus") == "lead"


def test_german_traeger_des_projekts():
    roles = _roles("Träger des Projektes ist die Universität Freiburg. Ziel des Projekts ist ein Konzept.", "de")
    assert roles.get("Universität Freiburg") == "lead"


def test_italian_alla_guida_del_progetto():
    roles = _roles("La Regione Emilia-Romagna è alla guida del progetto Inkrease, che coinvolge otto partner.", "it")
    assert roles.get("Regione Emilia-Romagna") == "lead"
