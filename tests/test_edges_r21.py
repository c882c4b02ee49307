"""Round 21 (edges): a type word that opens a compound, or carries a suffixed definite article,
is no unknown case form that vetoes a whole list of organisations."""
from types import SimpleNamespace

import pytest

from pipeline.extractors.partner_evidence import _case_unknown
from pipeline.lexicons import load


def _ctx(lang):
    return SimpleNamespace(lex=load(lang), lang=lang)


@pytest.mark.parametrize("lang,name", [
    ("is", "Norðurlands-háskólasjúkrahús í Danmörku"),   # university + hospital
    ("fi", "Oulun yliopistosairaala"),                    # university + hospital
])
def test_compound_type_word_is_no_case_form(lang, name):
    assert not _case_unknown(name, _ctx(lang))


@pytest.mark.parametrize("name", ["Sjóðurinn Norðri", "Klasinn Suðurland", "Embættið á Austurlandi"])
def test_icelandic_definite_type_word_is_as_written(name):
    assert not _case_unknown(name, _ctx("is"))


@pytest.mark.parametrize("lang,name", [
    ("pl", "Politechniki Warmińskiej"),
    ("fi", "Kuopion yliopistossa"),
    ("hu", "Szegedi Egyetemnek"),
])
def test_short_case_endings_still_unknown(lang, name):
    assert _case_unknown(name, _ctx(lang))


def test_icelandic_member_universities_is_a_partner_cue():
    from pipeline import nlp
    text = "Aðildarháskólar verkefnisins eru Háskólinn á Akureyri og Tækniháskólinn í Vilníus."
    assert nlp.cues(text, "is", {"partners"})


# a lower-case word after a whole capitalised name, with no type word in its run, is the clause's verb

@pytest.mark.parametrize("lang,text,name", [
    ("en", "Northfield Grammar School hosted the second meeting.", "Northfield Grammar School"),
    ("et", "MTÜ Lõuna Kultuur korraldab Valga linnas laulupeo.", "MTÜ Lõuna Kultuur"),
    ("nl", "Hogeschool Zeeland coördineert het project.", "Hogeschool Zeeland"),
    ("de", "Landkreis Oberfeld unterstützt Schulen in Tirol.", "Landkreis Oberfeld"),
])
def test_verb_after_capitalised_name_ends_it(lang, text, name):
    from pipeline.extractors.partner_names import name_span
    a, b = name_span(text, _ctx(lang))
    assert text[a:b] == name


@pytest.mark.parametrize("lang,text", [
    ("lt", "Vilniaus Gedimino technikos universitetas"),
    ("lv", "Rīgas Tehniskā universitāte"),
    ("it", "Università degli studi di Pavia"),
])
def test_lower_case_part_of_a_name_is_kept(lang, text):
    from pipeline.extractors.partner_names import name_span
    a, b = name_span(text + ", and more.", _ctx(lang))
    assert text[a:b] == text


# a country after a name, then "and" and another capitalised subject: the name ends before the country

@pytest.mark.parametrize("lang,text,name", [
    ("en", "The coordinator is University of Minho in Portugal and Tallinn University leads the second part.",
     "University of Minho"),
    ("cs", "Koordinátorem je University of Minho v Portugalsku a Masarykova univerzita vede výzkum.",
     "University of Minho"),
    ("de", "Koordinator ist die University of Minho in Portugal und die Universität Graz leitet den Rest.",
     "University of Minho"),
])
def test_country_then_next_subject_ends_name(lang, text, name):
    from pipeline.extractors.partner_names import name_span
    k = text.index(name)
    a, b = name_span(text[k:], _ctx(lang))
    assert text[k:][a:b] == name


def test_place_and_place_inside_a_name_is_kept():
    from pipeline.extractors.partner_names import name_span
    text = "Chamber of Commerce of Portugal and Madeira, with others."
    a, b = name_span(text, _ctx("en"))
    assert text[a:b] == "Chamber of Commerce of Portugal and Madeira"


# a paragraph line written all in capitals is a headline, not a source of names

@pytest.mark.parametrize("text", [
    "200 POLSKICH UCZELNI REALIZUJE PROJEKTY PROGRAMU „HORYZONT EUROPA“",
    "ДВАДЕСЕТ ОБЩИНИ ПОЛУЧАВАТ СРЕДСТВА ЗА НОВИ ПРОЕКТИ",
    "NEUE SCHULEN STARTEN GEMEINSAME PROJEKTE MIT NACHBARN",
])
def test_capitals_headline_is_shouted(text):
    from pipeline.extractors.partner_shouted import shouted
    assert shouted(text)


@pytest.mark.parametrize("text", [
    "UNIVERSITY OF ZAGREB",                                   # a name alone
    "UNIVERZITA KARLOVA, MASARYKOVA UNIVERZITA, VŠB OSTRAVA",  # a list of names in capitals
    "Die Stadt Graz und die Universität Graz arbeiten zusammen",
])
def test_names_and_sentences_are_not_shouted(text):
    from pipeline.extractors.partner_shouted import shouted
    assert not shouted(text)


def test_short_foreign_preposition_is_no_verb():
    # a Polish name on a Czech page: "w" is no Czech stop word, but too short for a verb
    from pipeline.extractors.partner_names import name_span
    text = "Gminny Ośrodek Sportu w Lubaniu."
    a, b = name_span(text, _ctx("cs"))
    assert text[a:b] == "Gminny Ośrodek Sportu w Lubaniu"


@pytest.mark.parametrize("lang,text,name", [
    ("de", "Umweltzentrum Oberland gGmbH, Dresden.", "Umweltzentrum Oberland gGmbH"),
    ("it", "Parco Regionale dell’Alta Valle, Italia.", "Parco Regionale dell’Alta Valle"),
    ("sl", "Partner sta Občina Brda in Društvo Zelene travnice.", None),
    ("fr", "Green Schools for Europe est le projet.", "Green Schools for Europe"),
])
def test_lower_case_end_of_name_is_no_verb(lang, text, name):
    from pipeline.extractors.partner_names import name_span
    if name is None:  # lower-case words that close the clause belong to the name
        text, name = "Društvo Zelene travnice.", "Društvo Zelene travnice"
    a, b = name_span(text, _ctx(lang))
    assert text[a:b] == name
