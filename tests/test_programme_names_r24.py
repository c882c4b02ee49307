"""Round 24, programme names audited per language: EU programmes of 2000–2027 under their
official name in the page's language, a name opening with its elided article, a quoted country
list after a strand, funds known as funders, and where a programme's name ends (a country after
a preposition, a funder after the brand)."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_text import name_cues
from pipeline.extractors.programme import _without_funder_tail, _without_place
from pipeline.extractors.programme_names import nominative, programme_mentions
from pipeline.lexicons import languages


def _mentions(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in programme_mentions(text, lang)]


def _programme(text: str, name: str) -> str | None:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc["projects"][0]["programme"] if doc["projects"] else None


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Občina je prijavila projekt na program Evropa za državljane in ga uspešno zaključila.", "Evropa za državljane"),
    ("cs", "Festival podpořil program Kreativní Evropa v roce 2019.", "Kreativní Evropa"),
    ("de", "Die Begegnung wurde aus dem Programm Jugend in Aktion gefördert.", "Jugend in Aktion"),
    ("pl", "Wymiana młodzieży w ramach programu Młodzież w działaniu odbyła się w lipcu.", "Młodzież w działaniu"),
    ("hu", "A testvérvárosi találkozót az Európa a polgárokért program támogatta.", "Európa a polgárokért"),
    ("nl", "Het dorpsplein is vernieuwd met steun van LEADER en de provincie.", "LEADER"),
    ("ro", "Proiectul a fost finanțat prin Granturile SEE și Norvegiene 2014-2021.", "Granturile SEE și Norvegiene 2014-2021"),
])
def test_a_programme_under_its_official_name_in_the_language(lang, text, expected):
    assert expected in _mentions(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    # the name opens with its elided article, in lower case mid-sentence
    ("fr", "Ce jumelage est soutenu par le programme l'Europe pour les citoyens depuis 2016.", "l'Europe pour les citoyens"),
    ("fr", "Financé par L’Europe pour les citoyens, le projet réunit cinq villes.", "L’Europe pour les citoyens"),
    # an ordinal before the brand
    ("en", "The network was funded under the 7th Framework Programme of the European Union.", "7th Framework Programme"),
])
def test_a_name_capitalised_at_its_noun(lang, text, expected):
    assert expected in _mentions(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Проєкт фінансує програма Interreg NEXT “Польща – Україна” у 2024 році.", "Interreg NEXT “Польща – Україна”"),
    ("en", "It is funded by Interreg NEXT “Hungary – Romania” and the partners.", "Interreg NEXT “Hungary – Romania”"),
])
def test_a_quoted_country_pair_after_a_strand_belongs_to_the_name(lang, text, expected):
    assert expected in _mentions(text, lang)


def test_a_quoted_title_after_a_strand_does_not():
    assert _mentions("Interreg Europe „Green Deal“ was launched.", "en") == ["Interreg Europe"]


@pytest.mark.parametrize("lang,line,expected", [
    ("fr", "LIFE de la Commission européenne", "LIFE"),
    ("en", "Erasmus+ of the European Union", "Erasmus+"),
    ("it", "Erasmus+ dell'Unione europea", "Erasmus+"),
    # a strand or country pair after the brand stays
    ("en", "Interreg V-A Slovakia-Hungary", "Interreg V-A Slovakia-Hungary"),
])
def test_a_funder_after_a_labelled_brand_is_no_part_of_its_name(lang, line, expected):
    assert _without_funder_tail(line, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "funded by the Small Grants Scheme in Montenegro, and", "Small Grants Scheme"),
    ("it", "finanziato dal Fondo Piccoli Progetti in Albania, e", "Fondo Piccoli Progetti"),
    # a region is no country: "Fund for the Western Balkans" keeps its words
    ("en", "funded by the Fund for the Western Balkans today", "Fund for the Western Balkans"),
])
def test_a_country_after_a_preposition_ends_the_name(lang, text, expected):
    start = text.index(expected)
    end = start + len(text[start:].split(",")[0].split(" today")[0])
    a, b = _without_place(text, (start, end), lang)
    assert text[a:b] == expected


def test_a_programme_name_ends_before_the_country_it_runs_in():
    text = ("Municipality of Pogradec\n\nThe project “Green Square of Pogradec” is funded by the "
            "Small Grants Scheme in Albania, implemented by the municipality.\n")
    assert _programme(text, "en_r24_place.txt") == "Small Grants Scheme"


@pytest.mark.parametrize("lang,fund", [
    ("mt", "fond ewropew għall-iżvilupp reġjonali"), ("fi", "euroopan aluekehitysrahasto"),
    ("sv", "europeiska regionala utvecklingsfonden"), ("ca", "fons europeu de desenvolupament regional"),
    ("de", "efre"), ("pl", "efrr"), ("en", "esf+"),
])
def test_funds_are_known_as_funders_not_programmes(lang, fund):
    assert fund in name_cues(lang)["not_programme"]


def test_a_fund_named_by_the_programme_cue_is_no_programme():
    text = ("Restawr tal-Mużew\n\nIl-proġett ġie kofinanzjat permezz tal-Fond Ewropew għall-Iżvilupp "
            "Reġjonali li jammonta għal €500,000.\n")
    assert _programme(text, "mt_r24_fund.txt") is None


def test_every_language_knows_creative_europe_in_some_form():
    # the audit: each cue file reaches a name for Creative Europe (its own or English's)
    for lang in languages():
        assert "creative europe" in name_cues(lang)["programme_names"]


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Projekt získal podporu z Kreativní Evropy v roce 2021.", "Kreativní Evropa"),
    ("pl", "Festiwal otrzymał dofinansowanie z programu Kreatywnej Europy.", "Kreatywna Europa"),
    ("sl", "Raziskava je bila izvedena v okviru Obzorja 2020 in končana lani.", "Obzorje 2020"),
    ("sk", "Univerzita uspela s projektom z Horizontu 2020 minulý rok.", "Horizont 2020"),
])
def test_a_programme_named_in_a_case_form_is_named_by_its_nominative(lang, text, expected):
    found = _mentions(text, lang)
    assert found and nominative(found[0], lang) == expected


def test_the_rest_of_the_name_stays_as_written():
    assert nominative("HORIZONTU 2020 – výzva", "cs") == "HORIZONT 2020 – výzva"
    assert nominative("Interreg Europe", "cs") == "Interreg Europe"


@pytest.mark.parametrize("lang,text,expected", [
    # a headline glued to the next line: the number ends the name
    ("sk", "Štyri projekty z Horizont 2020Európska komisia oznámila", "Horizont 2020"),
    ("en", "Funded by Horizon 2020The project starts", "Horizon 2020"),
])
def test_a_name_ending_in_a_number_glued_to_the_next_line(lang, text, expected):
    assert _mentions(text, lang)[:1] == [expected]


def test_a_space_before_the_number_may_be_left_out():
    assert _mentions("Ufuk2020 Programı kapsamında desteklenen proje", "tr")[:1] == ["Ufuk2020"]
    assert _mentions("financed by Horizon2020 and", "en")[:1] == ["Horizon2020"]


def test_a_country_after_the_languages_and_stays():
    # Slovenian "in" is "and": "Slovenija in Hrvaška" names both countries of the programme
    text = "iz programa Sodelovanje Slovenija in Hrvaška danes"
    start = text.index("Sodelovanje")
    end = text.index(" danes")
    assert _without_place(text, (start, end), "sl") == (start, end)
