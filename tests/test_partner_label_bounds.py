"""A role label or a country's label run into a partner's name is cut off: "Lider de proiect –
X" is X, "Niemiec: X" is X in Germany. Names are invented; the cleaning is called directly,
as the readers hand it the span they found."""
import pytest

from pipeline.extractors.partner_clean import clean
from pipeline.extractors.partner_record import PARTNER, Partner
from tests.section_context import section_context


def _cleaned(name: str, lang: str) -> list[tuple[str, str | None]]:
    text = f"Projekt Alfa\n\n{name}\n"
    ctx = section_context(text, lang)
    start = ctx.doc.text.index(name)
    return [(p.name, p.country) for p in clean([Partner(name, PARTNER, start, start + len(name))], ctx)]


@pytest.mark.parametrize("lang, name, expected", [
    ("ro", "Partener de proiect – Asociația Valea Verde", [("Asociația Valea Verde", None)]),
    ("en", "Project partner – Northfield Rural Trust", [("Northfield Rural Trust", None)]),
    ("it", "Partner di progetto - Comune di Valbruna", [("Comune di Valbruna", None)]),
])
def test_a_role_label_before_a_dash_is_no_part_of_the_name(lang, name, expected):
    assert _cleaned(name, lang) == expected


@pytest.mark.parametrize("lang, name, expected", [
    ("pl", "Niemiec: Stiftung Grüner Bogen", [("Stiftung Grüner Bogen", "DE")]),
    ("cs", "Rakousko: Verein Waldviertel Natur", [("Verein Waldviertel Natur", "AT")]),
    ("en", "Slovenia: Zavod Zelena Dolina", [("Zavod Zelena Dolina", "SI")]),
])
def test_a_country_label_run_into_a_name_gives_its_country(lang, name, expected):
    assert _cleaned(name, lang) == expected


def test_a_name_with_a_dash_and_no_role_word_keeps_it():
    assert _cleaned("Zavod za turizem Maribor – Pohorje", "sl") == [("Zavod za turizem Maribor – Pohorje", None)]


@pytest.mark.parametrize("lang, name, expected", [
    ("pl", "Fundacja Zielony Las, Stowarzyszenie Dolina Bugu, Gmina Kępno",
     [("Fundacja Zielony Las", None), ("Stowarzyszenie Dolina Bugu", None), ("Gmina Kępno", None)]),
    ("en", "Northfield District Council, Harbour Arts Association",
     [("Northfield District Council", None), ("Harbour Arts Association", None)]),
])
def test_a_list_read_as_one_name_is_divided_at_its_commas(lang, name, expected):
    assert _cleaned(name, lang) == expected


def test_a_comma_before_a_place_or_a_single_word_keeps_the_name():
    assert _cleaned("Osnovna škola Vladimir Nazor, Slatina", "hr")[0][0].startswith("Osnovna škola Vladimir Nazor")
