"""A partner located by what stands in or beside its name: legal forms, a country or a web
address after a mention, a table row's country cell, a country adjective before it."""
import pytest

from pipeline.extractors import partners
from pipeline.extractors.partner_locate import (
    after_mention, before_mention, legal_form_countries, legal_form_country, row_country,
)
from tests.section_context import section_context as _ctx


@pytest.mark.parametrize("name, expected", [
    ("Zielona Energia Sp. z o.o.", {"PL"}),
    ("Zielona Energia sp.z o.o.", {"PL"}),
    ("Alföld Tej Nonprofit Kft.", {"HU"}),
    ("Duna Vízügyi Zrt", {"HU"}),  # the full stop cut off with the sentence's
    ("Heimatverein Oberland e.V.", {"DE"}),
    ("Zapsaný spolek Horní Údolí", {"CZ"}),
    ("Kvetinka, o.z.", {"SK"}),
    ("Strojírny Beta, s.r.o.", {"CZ", "SK"}),
    ("Beta spol. s r.o.", {"CZ", "SK"}),  # the longer form, not "s r.o." inside it
    ("S.C. Agro Delta S.R.L.", {"RO"}),  # two forms: the countries both allow
    ("Tessuti Riuniti S.r.l.", {"IT"}),
    ("Nordlys ApS", {"DK"}),
    ("Metsä Tuote Oy", {"FI"}),
    ("SIA Zaļā Enerģija", {"LV"}),
    ("Region.Wald.GmbH", {"DE", "AT", "CH", "LI"}),
    ("Zelena pot d.o.o.", {"SI", "HR", "RS", "BA", "ME"}),
    ("AG Wasser Beratung", set()),  # letters opening a name are an acronym, no form
    ("Kft Alfa Egyesület", set()),
    ("Universität Graz", set()),
])
def test_legal_forms_give_the_countries_whose_law_has_them(name, expected):
    assert legal_form_countries(name) == frozenset(expected)


def test_an_ambiguous_legal_form_only_narrows_the_countries_the_document_names():
    assert legal_form_country("Zielona Energia Sp. z o.o.", set()) == "PL"
    assert legal_form_country("Alpenholz GmbH", {"CZ", "DE"}) == "DE"
    assert legal_form_country("Alpenholz GmbH", {"DE", "AT"}) is None
    assert legal_form_country("Alpenholz GmbH", set()) is None


@pytest.mark.parametrize("lang, rest, expected", [
    ("en", " (Austria) and", "AT"),
    ("en", " (Lead partner, AT) coordinates", "AT"),
    ("en", " (www.zoldut.hu) and", "HU"),
    ("en", ", Slovenia, and", "SI"),
    ("cs", " – Rakousko", "AT"),
    ("de", " aus Österreich und", "AT"),
    ("pl", " z Polski oraz", "PL"),
    ("hr", " iz Slovenije i", "SI"),
    ("it", " (Graz)", "AT"),
    ("en", " (NCA) is", None),  # an acronym
    ("en", ", which leads the work", None),
    ("en", "\n(Austria)", None),  # another line
])
def test_a_country_right_after_a_mention(lang, rest, expected):
    assert after_mention(rest, _ctx("Nothing here.", lang)) == expected


@pytest.mark.parametrize("lang, head, expected", [
    ("en", "together with the Austrian partner ", "AT"),
    ("cs", "spolu s rakouským partnerem ", "AT"),
    ("it", "con il partner austriaco ", "AT"),
    ("hr", "s mađarske strane je partner ", "HU"),
    ("en", "the Austrian Ministry and ", None),  # a capitalised word: another name between
    ("sl", "madžarska samoupravna narodna skupnost ", None),  # a minority's body
    ("en", "the Austrian and Czech partners ", None),  # two countries
])
def test_a_country_adjective_right_before_a_mention(lang, head, expected):
    assert before_mention(head, _ctx("Nothing here.", lang)) == expected


def test_a_table_row_with_a_country_cell():
    ctx = _ctx("Nothing here.", "en")
    assert row_country("Alpine Research Institute | Graz | Austria", ctx) == "AT"
    assert row_country("Alpine Research Institute | Graz | Austria | Slovenia", ctx) is None
    assert row_country("Alpine Research Institute, Austria", ctx) is None  # no table


@pytest.mark.parametrize("lang, text, name, expected", [
    # the country stated beside another mention of the partner than the one it was read from
    ("en", "The lead partner is Alpine Research Institute.\n\n"
           "The Alpine Research Institute (Austria) hosted the kick-off meeting in May.\n",
     "Alpine Research Institute", "AT"),
    ("de", "Lead Partner: Alpenforschung Institut\n\n"
           "Das Alpenforschung Institut (Österreich) lud im Mai zur Auftaktveranstaltung ein.\n",
     "Alpenforschung Institut", "AT"),
])
def test_partners_are_located_by_what_stands_beside_any_mention(lang, text, name, expected):
    found = {p.name: p.country for p in partners.extract(_ctx(text, lang))}
    assert found.get(name) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Project partners:\nAustria: Alpine Research Institute, Blue Lake Foundation\n"
           "Slovenia: Green Valley Association, Municipality of Kobarid\n",
     [("Alpine Research Institute", "AT"), ("Blue Lake Foundation", "AT"),
      ("Green Valley Association", "SI"), ("Municipality of Kobarid", "SI")]),
    ("it", "Partner del progetto\nPer l'Italia: Comune di Trieste, Università di Udine\n"
           "Per la Slovenia: Občina Sežana e Univerza v Novi Gorici\n",
     [("Comune di Trieste", "IT"), ("Università di Udine", "IT"), ("Občina Sežana", "SI"),
      ("Univerza v Novi Gorici", "SI")]),
    ("cs", "Rakousko – Verein Grünes Tal, Stadt Gmünd\nČesko – Město České Velenice\n",
     [("Verein Grünes Tal", "AT"), ("Stadt Gmünd", "AT"), ("Město České Velenice", "CZ")]),
    ("en", "Budget by country\nAustria: 120 000 EUR\nSlovenia: 80 000 EUR\n", []),  # amounts, no names
])
def test_partners_on_lines_a_country_labels(lang, text, expected):
    from pipeline.extractors.partner_country_lines import from_country_lines
    assert [(p.name, p.country) for p in from_country_lines(_ctx(text, lang))] == expected


def test_a_single_country_labelled_line_is_no_list():
    from pipeline.extractors.partner_country_lines import from_country_lines
    assert from_country_lines(_ctx("Note\nAustria: Alpine Research Institute\n", "en")) == []


@pytest.mark.parametrize("lang, name, expected", [
    ("hr", "Sveučilište u Rijeci", "HR"),  # Rijeka: k softens to c
    ("cs", "Akademie múzických umění v Praze", "CZ"),  # Praha: h to z
    ("pl", "Akademia Sztuk Pięknych w Pradze", "CZ"),  # Praga: g to dz
    ("sk", "Univerzita v Bratislave", "SK"),
])
def test_a_town_after_a_preposition_with_a_softened_consonant(lang, name, expected):
    from pipeline import gazetteer
    assert gazetteer.town_in_name(name, _ctx("x", lang).lex) == expected


def test_a_legal_form_decides_between_the_places_of_two_countries_in_a_name():
    from pipeline.extractors.partner_countries import country_of
    ctx = _ctx("x", "de")
    assert country_of("Euroregion Wien-Bratislava", ctx) is None
    assert country_of("Euroregion Wien-Bratislava o.z.", ctx) == "SK"


def test_a_municipality_written_in_cyrillic_is_looked_up_in_latin():
    from pipeline import gazetteer
    assert gazetteer.latin("Княжевац") == "Knjaževac"
    assert gazetteer.municipality_in_name("Община Княжевац") == "RS"


@pytest.mark.parametrize("lang, rest, expected", [
    ("es", " de Francia y", "FR"),
    ("fr", " de Belgique et", "BE"),
    ("ro", " din România și", "RO"),
    ("en", " and Austria", None),  # a conjunction joins another item
    ("it", " e Austria", None),
])
def test_a_country_after_a_short_preposition(lang, rest, expected):
    assert after_mention(rest, _ctx("Nothing here.", lang)) == expected


def test_a_bracket_holding_the_names_initials_is_its_acronym():
    ctx = _ctx("Nothing here.", "hu")
    assert after_mention(" (PK) és", ctx, "Pisztráng Kör") is None
    assert after_mention(" (AT) és", ctx, "Pisztráng Kör") == "AT"
