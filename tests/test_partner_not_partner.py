"""Round 16, partners from fresh pages: what is no partner (a project, a person's titles, a
person with their body, a clause cut into a name) and lists the readers missed (lines with a
country under a lead label, a long subject before "are:", an item closed by its bracketed
country, an English role word after a dash). The sentences are invented, in several languages."""
import pytest

from pipeline.extractors import partners
from pipeline.extractors.enumeration import split_items
from pipeline.extractors.partner_not_partner import body_of_person, clause_cut, presented_as_project, title_only
from pipeline.extractors.partner_record import PARTNER, Partner
from tests.section_context import partners_in as _partners, section_context as _ctx


# ---------------------------------------------------------------- lines with a country under a lead label

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The NORTHWIND partnership\n\nLead partner: University of Tampere\n\nLapland Regional Council (Finland)\n\n"
           "Agder Development Agency (Norway)\n\nMunicipality of Kiruna (Sweden)\n\nDuration and budget\n\n"
           "The project runs for three years.\n",
     {("Lapland Regional Council", "FI"), ("Agder Development Agency", "NO"), ("Municipality of Kiruna", "SE")}),
    ("de", "Lead Partner: Technische Universität Graz\n\nRegionalentwicklung Vorarlberg (Österreich)\n\n"
           "Stadtgemeinde Villach (Österreich)\n\nUniversità di Udine (Italien)\n\nLaufzeit: 2021 – 2024\n",
     {("Regionalentwicklung Vorarlberg", "AT"), ("Stadtgemeinde Villach", "AT"), ("Università di Udine", "IT")}),
])
def test_lines_with_a_country_under_a_lead_label(lang, text, expected):
    found = _partners(text, lang)
    assert expected <= {(n, c) for n, c, r in found if r == "partner"}
    assert sum(r == "lead" for _, _, r in found) == 1


def test_one_line_with_a_country_under_a_lead_label_is_not_a_list():
    # a lone line below the lead may be anything: two lines at least are a list
    text = "Lead partner: University of Tampere\n\nBudget: 1 200 000 EUR (Finland)\n\nThe project runs for three years.\n"
    assert all(r == "lead" for _, _, r in _partners(text, "en"))


# ---------------------------------------------------------------- a project is no partner

def _named(text: str, name: str, lang: str) -> Partner:
    at = text.index(name)
    return Partner(name, PARTNER, at, at + len(name))


@pytest.mark.parametrize("lang, text, name, expected", [
    ("pl", "Wśród zatwierdzonych znalazły się 2 projekty: RIVERA i MONTANA, realizowane z udziałem województwa.\n",
     "MONTANA", True),
    ("en", "The projects RIVERA and MONTANA were approved, with the Region of Murcia as a partner.\n", "RIVERA", True),
    ("cs", "Schváleny byly projekty RIVERA a MONTANA, oba za účasti kraje.\n", "MONTANA", True),
    ("pl", "Partnerzy projektu: ALFA, Gmina Lipno i Fundacja Wisła.\n", "ALFA", False),  # a partner cue governs the noun
    ("en", "The project partners are RIVERA and the City of Lund.\n", "RIVERA", False),
    ("en", "Two projects were approved: RIVERA and MONTANA. MONTANA Ltd is a partner of both.\n", "MONTANA", False),
])
def test_a_name_the_text_calls_a_project(lang, text, name, expected):
    assert presented_as_project(_named(text, name, lang), _ctx(text, lang)) is expected


def test_partners_after_a_partner_label_with_the_project_noun_stay():
    # "Partnerzy projektu: A, B": the project noun belongs to the partner cue
    found = {n for n, _, _ in _partners("Partnerzy projektu: ALFA, Gmina Lipno i Fundacja Wisła.\n", "pl")}
    assert {"Gmina Lipno", "Fundacja Wisła"} <= found


# ---------------------------------------------------------------- persons

@pytest.mark.parametrize("lang, name, expected", [
    ("de", "Prof. Dr.-Ing", True),
    ("cs", "Ing. Mgr.", True),
    ("en", "Prof. Smith", False),
    ("de", "Hochschule Wismar", False),
])
def test_titles_alone(lang, name, expected):
    assert title_only(name, _ctx("x\n", lang)) is expected


@pytest.mark.parametrize("lang, name, body", [
    ("de", "Jana Weber von der Hochschule Wismar", "Hochschule Wismar"),
    ("en", "Maria Jones from the University of Leeds", "University of Leeds"),
    ("it", "Paolo Neri del Comune di Trento", "Comune di Trento"),
    ("de", "Hochschule für Technik Berlin", None),  # a body's own name with a preposition
    ("en", "Gabrovo Municipality", None),
])
def test_a_person_with_their_body_gives_the_body(lang, name, body):
    p = Partner(name, PARTNER, 10, 10 + len(name))
    got = body_of_person(p, _ctx("x\n", lang))
    assert (got.name if got else None) == body
    if got:
        assert got.start == 10 + name.index(body)


@pytest.mark.parametrize("lang, name, expected", [
    ("de", "Kollegin Anna Berg das Projekt", True),
    ("en", "Anna Berg and the project", True),
    ("de", "Verein Projekt", False),
])
def test_a_clause_cut_into_a_name(lang, name, expected):
    assert clause_cut(name, _ctx("x\n", lang)) is expected


def test_person_from_a_comitative_in_running_text_gives_the_body():
    text = ("„Das Projekt startete 2020“, erklärt Jana Weber von der Hochschule Wismar, die gemeinsam mit "
            "ihrer Kollegin Anna Berg das Projekt betreut. Das Projekt steht unter der Leitung von Prof. Dr.-Ing. Karl Lenz.\n")
    names = {n for n, _, _ in _partners(text, "de")}
    assert not any("Prof" in n or "Kollegin" in n or "Jana" in n for n in names)


# ---------------------------------------------------------------- lists in running text

@pytest.mark.parametrize("lang, text, expected", [
    ("it", "I partner italiani, polacchi e croati che parteciperanno all'incontro di Trieste sono: la Fondazione "
           "Alba (Polonia), il Comune di Parenzo (Croazia) e l'Università di Padova (Italia).\n",
     {("Fondazione Alba", "PL"), ("Comune di Parenzo", "HR"), ("Università di Padova", "IT")}),
    ("en", "The partners who met in Riga for the second time last week are: Vidzeme Planning Region (Latvia), "
           "Tartu City Government (Estonia) and Klaipeda University (Lithuania).\n",
     {("Vidzeme Planning Region", "LV"), ("Tartu City Government", "EE"), ("Klaipeda University", "LT")}),
])
def test_list_after_a_long_subject_and_a_copula(lang, text, expected):
    assert expected <= {(n, c) for n, c, _ in _partners(text, lang)}


def test_a_bracketed_country_closes_its_item():
    text = "Alfa (Italia) – leader, Beta Agency (Spania), Gamma University (Marea Britanie)"
    items = split_items(text, ["și"], lambda t: t.rstrip().endswith(("(Spania)", "(Marea Britanie)", "(Italia)")))
    assert [text[a:b] for a, b in items][:2] == ["Alfa (Italia) – leader", "Beta Agency (Spania)"]


@pytest.mark.parametrize("lang, text, lead, other", [
    ("ro", "Partenerii proiectului sunt Agenția Alfa (Italia) – leader, Universitatea din Cádiz (Spania) și "
           "Primăria Orașului Split (Croația).\n", ("Agenția Alfa", "IT"), ("Universitatea din Cádiz", "ES")),
    ("en", "The partners are Alpha Agency (Italy) - lead partner, Beta University (Spain) and Gamma Municipality (Croatia).\n",
     ("Alpha Agency", "IT"), ("Beta University", "ES")),
])
def test_an_english_role_word_after_a_dash_marks_the_lead(lang, text, lead, other):
    found = _partners(text, lang)
    assert (lead[0], lead[1], "lead") in found
    assert (other[0], other[1], "partner") in found


# ---------------------------------------------------------------- a legal form after a comma is part of the subject

@pytest.mark.parametrize("lang, text, lead", [
    ("cs", "Vodárny Jihlavy, s.p. je vedoucím partnerem projektu.\n", "Vodárny Jihlavy, s.p"),
    ("cs", "Lázně Třeboň, a.s. je vedoucím partnerem projektu.\n", "Lázně Třeboň, a.s"),
    ("sk", "Partnerstvo pre Dolné Považie, o. z. je hlavným partnerom projektu.\n", "Partnerstvo pre Dolné Považie, o. z"),
])
def test_a_subject_with_a_legal_form_after_its_comma_is_the_lead(lang, text, lead):
    assert (lead, "lead") in {(n, r) for n, _, r in _partners(text, lang)}
