"""The bounds of a partner's name (round 18): a descriptor before it, a coordinated list sharing
a plural head or joined by "and the", a role bracket or "from" + country + verb after it, a
country after a seat preposition and an article. Names and sentences are invented; the
cleaning is called directly, as the readers hand it the span they found."""
import pytest

from pipeline.extractors.partner_clean import clean
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner
from tests.section_context import section_context


def _cleaned(name: str, lang: str) -> list[Partner]:
    text = f"Projekt Alfa\n\n{name}\n"
    ctx = section_context(text, lang)
    start = ctx.doc.text.index(name)
    found = clean([Partner(name, PARTNER, start, start + len(name))], ctx)
    for p in found:  # every name stays a span of the text
        assert ctx.doc.text[p.start:p.end] == p.name
    return found


def _names(name: str, lang: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in _cleaned(name, lang)]


@pytest.mark.parametrize("lang, name, expected", [
    ("en", "the Portuguese school Escola Secundária Rio Claro", [("Escola Secundária Rio Claro", "PT")]),
    ("en", "the Slovak partner Zavod Zeleni Gaj", [("Zavod Zeleni Gaj", "SK")]),
    ("fr", "universités d’Hochschule Nordtal Bergheim", [("Hochschule Nordtal Bergheim", None)]),
    ("it", "la scuola partner Gimnazija Lipovec", [("Gimnazija Lipovec", None)]),
])
def test_a_descriptor_before_a_name_with_its_own_type_word_is_cut(lang, name, expected):
    assert _names(name, lang) == expected


@pytest.mark.parametrize("lang, name", [
    ("cs", "statutární město Nová Ves"),
    ("fr", "lycée Paul Valmont"),
    ("it", "comune di San Vito"),
    ("en", "Slovak Academy of Arts"),
    ("fr", "parc zoologique du Muséum de Valcourt"),
])
def test_a_type_word_that_is_the_names_own_stays(lang, name):
    assert _names(name, lang) == [(name, None)]


@pytest.mark.parametrize("lang, name, expected", [
    ("fr", "régions Auvergne et Bretagne", ["Auvergne", "Bretagne"]),
    ("en", "universities of Tartu, Riga and Vilnius", ["Tartu", "Riga", "Vilnius"]),
])
def test_a_plural_type_word_heads_its_coordinated_list(lang, name, expected):
    assert [n for n, _ in _names(name, lang)] == expected


@pytest.mark.parametrize("lang, name, expected", [
    ("fr", "Communauté de Valbois et la Maison Régionale des Arts", ["Communauté de Valbois", "Maison Régionale des Arts"]),
    ("de", "Stadt Oberau und der Verein Grünes Tal", ["Stadt Oberau", "Verein Grünes Tal"]),
    ("it", "Museo Civico di Lora e la Fondazione Arte Viva", ["Museo Civico di Lora", "Fondazione Arte Viva"]),
])
def test_and_then_an_article_opens_a_second_body(lang, name, expected):
    assert [n for n, _ in _names(name, lang)] == expected


def test_and_the_before_one_more_domain_keeps_the_name():
    assert _names("Ministry of Housing and the Environment", "en") == [("Ministry of Housing and the Environment", None)]


def test_a_municipality_and_a_bare_town_are_split_inside_the_cleaning():
    assert [n for n, _ in _names("Obec Lúčky a Bystrava", "sk")] == ["Obec Lúčky", "Bystrava"]


@pytest.mark.parametrize("lang, name, expected", [
    ("en", "Northfield District Council (Lead Partner) and five more bodies", "Northfield District Council"),
    ("el", "Δήμος Καλαμαριάς (ως Επικεφαλής Εταίρος) και", "Δήμος Καλαμαριάς"),
    ("it", "Comune di Valbruna (capofila) ha ospitato", "Comune di Valbruna"),
])
def test_a_role_bracket_ends_the_name_and_names_the_lead(lang, name, expected):
    found = _cleaned(name, lang)
    assert [p.name for p in found] == [expected]
    assert found[0].role == LEAD


@pytest.mark.parametrize("lang, name, expected", [
    ("lt", "Liceul Teoretic Mihai Viteazul iš Rumunijos surengė susitikimą", ("Liceul Teoretic Mihai Viteazul", "RO")),
    ("pl", "Fundacja Zielony Las z Czech zorganizowała warsztaty", ("Fundacja Zielony Las", "CZ")),
])
def test_from_a_country_then_a_verb_ends_the_name(lang, name, expected):
    assert _names(name, lang) == [expected]


@pytest.mark.parametrize("lang, name, expected", [
    ("es", "Universidad de Valdemar en los Países Bajos", ("Universidad de Valdemar", "NL")),
    ("en", "Northbay Institute in the Netherlands", ("Northbay Institute", "NL")),
])
def test_a_country_after_a_seat_preposition_and_an_article(lang, name, expected):
    assert _names(name, lang) == [expected]


def test_a_nationality_adjective_after_and_is_no_country_in_a_case_of_place():
    assert _names("Kampinoski Park Narodowy i Polskie Towarzystwo Ochrony Przyrody", "pl") == [
        ("Kampinoski Park Narodowy", None), ("Polskie Towarzystwo Ochrony Przyrody", "PL")]


def test_a_country_in_a_case_of_place_still_starts_a_partner():
    assert [n for n, _ in _names("Suomen metsäkeskus ja Virossa Tarton yliopisto", "fi")] == [
        "Suomen metsäkeskus", "Tarton yliopisto"]


@pytest.mark.parametrize("lang, name, expected", [
    ("hu", "Dunamenti Fejlesztési Ügynökség 12.500.000 Ft", "Dunamenti Fejlesztési Ügynökség"),
    ("cs", "Spolek Horní Údolí 250 000 Kč", "Spolek Horní Údolí"),
    ("en", "Northfield Heritage Trust 120,000 EUR", "Northfield Heritage Trust"),
])
def test_an_amount_after_the_name_is_no_part_of_it(lang, name, expected):
    assert [p.name for p in _cleaned(name, lang)] == [expected]


@pytest.mark.parametrize("lang, name, expected", [
    ("sk", "Technische Universität Kornberg a projektovým", "Technische Universität Kornberg"),
    ("pl", "Uniwersytet Morski w Gdyni oraz inni", "Uniwersytet Morski w Gdyni"),
])
def test_a_conjunction_and_one_lower_case_word_close_the_name(lang, name, expected):
    assert [p.name for p in _cleaned(name, lang)] == [expected]


@pytest.mark.parametrize("lang, name", [
    ("hr", "Ministarstvo obrazovanja, znanosti i športa"),
    ("sk", "Základná škola a materská škola"),
])
def test_a_list_of_domains_or_two_schools_keep_their_end(lang, name):
    assert [p.name for p in _cleaned(name, lang)] == [name]


@pytest.mark.parametrize("lang, name, expected", [
    ("cs", "Střediskem volného času Horní Lhota", "Středisko volného času Horní Lhota"),
    ("pl", "Instytucie Badań Leśnych", "Instytut Badań Leśnych"),
    ("pl", "Stowarzyszeniu Dolina Noteci", "Stowarzyszenie Dolina Noteci"),
])
def test_a_type_word_in_the_instrumental_or_locative_is_named_in_the_nominative(lang, name, expected):
    assert [p.name for p in clean([Partner(name, PARTNER, 14, 14 + len(name))], section_context(f"Projekt Alfa\n\n{name}\n", lang))] == [expected]


def test_a_ministrys_domains_after_and_the_keep_the_name():
    name = "Ministerio para la Cultura Digital y el Patrimonio Natural"
    assert [p.name for p in _cleaned(name, "es")] == [name]


def test_a_type_word_before_a_town_named_with_a_town_word_stays():
    assert [p.name for p in _cleaned("općina Novo Mesto", "hr")] == ["općina Novo Mesto"]
