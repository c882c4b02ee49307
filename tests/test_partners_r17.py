"""Round 17, partners on fresh pages: elliptic coordination under one plural type word, the lone
companion after "together with", the subject working "with its partners", the owner of "its
project", two bodies in "Obec A a B", a list closed by country brackets and semicolons, and false
partners (persons told by the shape of their name, reference codes, labels of nested lists)."""
from types import SimpleNamespace

import pytest

from pipeline.build import extract_one
from pipeline.extractors.partner_companion import country_code_tail
from pipeline.extractors.partner_conjoined import split_conjoined
from pipeline.extractors.partner_lists import spread_trailing_plural, trailing_plural
from pipeline.extractors.partner_not_partner import reference_code
from pipeline.extractors.partner_person_names import named_person
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.lexicons import load


def _partners(text: str, name: str) -> list[tuple[str, str | None]]:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return [(p["name"], p.get("country")) for pr in doc["projects"] for p in pr["partners"]]


def _names(text: str, name: str) -> list[str]:
    return [n for n, _ in _partners(text, name)]


def _ctx(lang: str):
    return SimpleNamespace(lex=load(lang), lang=lang, named_countries=frozenset())


def _listed(text: str, names: list[str]) -> list[Partner]:
    out, pos = [], 0
    for n in names:
        k = text.index(n, pos)
        out.append(Partner(n, PARTNER, k, k + len(n)))
        pos = k + len(n)
    return out


# -- elliptic coordination: several bodies share the plural type word that closes the list --

@pytest.mark.parametrize("lang,text,names,expected", [
    ("lt", "Partneriai: Kelmės, Raseinių ir Tauragės savivaldybės.", ["Kelmės", "Raseinių", "Tauragės savivaldybės"],
     ["Kelmės savivaldybė", "Raseinių savivaldybė", "Tauragės savivaldybė"]),
    ("lv", "Partneri: Dobeles un Tukuma pašvaldības.", ["Dobeles", "Tukuma pašvaldības"],
     ["Dobeles pašvaldība", "Tukuma pašvaldība"]),
    ("lt", "Partneriai: Utenos (Lietuva), Zarasų ir Molėtų savivaldybės.", ["Utenos", "Zarasų", "Molėtų savivaldybės"],
     ["Utenos savivaldybė", "Zarasų savivaldybė", "Molėtų savivaldybė"]),
])
def test_a_closing_plural_type_word_is_shared_by_the_names_before_it(lang, text, names, expected):
    ctx = _ctx(lang)
    found = spread_trailing_plural(_listed(text, names), text, lang, ctx.lex.cues["conjunctions"],
                                   lambda n: False, lambda n: None)
    assert [p.name for p in found] == expected


def test_a_name_of_its_own_before_the_plural_stops_the_sharing():
    text = "Partneriai: Vilniaus universitetas, Kelmės ir Tauragės savivaldybės."
    ctx = _ctx("lt")
    found = spread_trailing_plural(_listed(text, ["Vilniaus universitetas", "Kelmės", "Tauragės savivaldybės"]), text, "lt",
                                   ctx.lex.cues["conjunctions"], lambda n: "universitet" in n, lambda n: None)
    assert [p.name for p in found] == ["Vilniaus universitetas", "Kelmės savivaldybė", "Tauragės savivaldybė"]
    assert trailing_plural("Tauragės savivaldybės", "lt")  # the plural closes it ...
    assert trailing_plural("savivaldybės", "lt") is None  # ... but no name stands before it


def test_elliptic_coordination_in_a_page():
    lt = ("Projektas „ŽALI MIESTAI“\n\nProjekto partneriai: Kelmės, Raseinių ir Tauragės savivaldybės bei Šiaulių "
          "verslo klubas. Projekto biudžetas – 120 000 eurų. Projektas truks 24 mėnesius.\n")
    names = _names(lt, "ell_lt.txt")
    assert {"Kelmės savivaldybė", "Raseinių savivaldybė", "Tauragės savivaldybė"} <= set(names)
    assert not any("," in n for n in names)


# -- the lone companion after "together with", before the verb --

@pytest.mark.parametrize("lang,text,expected", [
    ("sk", "Projekt MOSTY\n\nObec Hrabové spoločne s poľskou obcou Zawoja začala realizovať projekt s názvom MOSTY, "
           "podporený z Programu cezhraničnej spolupráce, Fond mikroprojektov, Kód SK/FMP/11/042. "
           "Celkový rozpočet projektu je 40 000 EUR.\n",
     {"Obec Hrabové", "obec Zawoja"}),
    ("cs", "Projekt MOSTY\n\nObec Lhotka společně s polským městem Ustroń zahájila projekt MOSTY v rámci programu "
           "přeshraniční spolupráce, kód CZ/FMP/17/003. Rozpočet projektu je 30 000 EUR.\n",
     {"Obec Lhotka", "město Ustroń"}),
])
def test_the_one_companion_before_its_verb_is_a_partner_and_the_verbs_objects_are_not(lang, text, expected):
    names = _names(text, f"comp_{lang}.txt")
    assert expected <= set(names)
    assert not any("Fond" in n or "Kód" in n or "/" in n for n in names)


def test_a_country_code_closing_a_proper_name_is_its_country():
    assert country_code_tail("Obec Makovce SK") == ("Obec Makovce", "SK")
    assert country_code_tail("obcou Horná Lehota CZ", "sk") == ("obcou Horná Lehota", "CZ")
    assert country_code_tail("Ministerstvo hospodárstva SK") == ("Ministerstvo hospodárstva SK", None)
    assert country_code_tail("Siemens Energy AG") == ("Siemens Energy AG", None)


def test_the_subject_working_with_its_partners_is_a_partner():
    hr = ("Projekt BLUE SCHOOLS\n\nOsnovna škola Stari Grad od rujna 2021. zajedno sa svojim partnerima iz Italije, "
          "Grčke i Portugala sudjeluje u projektu BLUE SCHOOLS. Projekt traje 24 mjeseca.\n")
    assert "Osnovna škola Stari Grad" in _names(hr, "own_hr.txt")


def test_companions_before_a_verb_of_winning_the_project_need_no_named_subject():
    bg = ("Проект GREEN ROOTS\n\nПрез май 2021 г. училището в града, заедно с Ankara Anadolu Lisesi от Анкара, Турция, "
          "2nd GYMNASIO PATRAS от Патра, Гърция и Liceo Scientifico Fermi от Бари, Италия, спечели проект по програма "
          "Еразъм+. Проектът продължава 24 месеца.\n")
    found = dict(_partners(bg, "win_bg.txt"))
    assert found.get("Ankara Anadolu Lisesi") == "TR"
    assert found.get("2nd GYMNASIO PATRAS") == "GR"
    assert found.get("Liceo Scientifico Fermi") == "IT"


# -- the owner of "its project" --

@pytest.mark.parametrize("lang,text,expected", [
    ("ca", "Projecte Via Verda\n\nEl Consell Comarcal de l’Alt Camp va presentar ahir el seu projecte Via Verda, "
           "finançat pel FEDER amb 500.000 €. El projecte durarà 24 mesos.\n", "Consell Comarcal de l’Alt Camp"),
    ("en", "Project GREENWAY\n\nThe Riverside Regional Council presented its new project GREENWAY on Monday. "
           "The project has a budget of EUR 400,000 and runs for 24 months.\n", "Riverside Regional Council"),
])
def test_the_subject_that_calls_the_project_its_own_is_a_partner(lang, text, expected):
    assert expected in _names(text, f"own_{lang}.txt")


def test_a_count_of_bodies_is_no_owner():
    de = ("Kleinprojekte\n\nInsgesamt sieben Vereine und Einrichtungen erhalten die Förderbescheide für ihre Projekte. "
          "Die Projekte kosten zusammen 90.000 Euro.\n")
    assert not any("Vereine" in n for n in _names(de, "count_de.txt"))


# -- a type word and two one-word names joined by "and" are two bodies --

@pytest.mark.parametrize("lang,name,expected", [
    ("sk", "Obec Hrabové a Zawoja", ["Obec Hrabové", "Zawoja"]),
    ("pl", "Gmina Istebna i Čadca", ["Gmina Istebna", "Čadca"]),
    ("de", "Gemeinde Hagen und Opole", ["Gemeinde Hagen", "Opole"]),
    ("cs", "Obec Horní a Dolní Bečva", ["Obec Horní a Dolní Bečva"]),
    ("nl", "Innovatiecentrum Brabant en Limburg", ["Innovatiecentrum Brabant en Limburg"]),
])
def test_a_municipality_and_a_bare_name_are_two_partners(lang, name, expected):
    got = split_conjoined(Partner(name, PARTNER, 0, len(name)), _ctx(lang))
    assert [p.name for p in got] == expected


# -- a list closed by country brackets that also uses semicolons --

def test_items_closed_by_country_brackets_between_semicolons():
    es = ("Proyecto NEXUS\n\nEl proyecto NEXUS, coordinado por la Universidad de Granada, cuenta con otros socios: "
          "la Universidad de Turín (Italia), la Université de Lille (Francia); la Slovak University of Agriculture "
          "(Eslovaquia), el Tallinn Science Park (Estonia) y la Lapland University of Applied Sciences (Finlandia). "
          "Presupuesto: 2 millones de euros.\n")
    found = dict(_partners(es, "semi_es.txt"))
    assert found.get("Universidad de Turín") == "IT" and found.get("Université de Lille") == "FR"
    assert found.get("Tallinn Science Park") == "EE" and found.get("Lapland University of Applied Sciences") == "FI"


# -- false partners --

@pytest.mark.parametrize("lang,name", [
    ("hu", "Kovács Jánosné"),
    ("cs", "Petra Dvořáková"),
    ("hr", "Ivana Horvatić"),
    ("lt", "Rūta Petraitienė"),
    ("es", "Mª Luisa Pérez"),
    ("es", "Ana Mª Ruiz Gómez"),
    ("pl", "Anna Nowakowska"),
])
def test_a_name_shaped_as_a_persons_is_no_partner(lang, name):
    assert named_person(Partner(name, PARTNER, 0, len(name)), _ctx(lang))


@pytest.mark.parametrize("lang,name", [
    ("cs", "Obec Nová Ves"),
    ("hr", "Grad Vodice"),
    ("hu", "Szeged Város"),
    ("es", "Ayuntamiento de Gómez"),
    ("pl", "Stowarzyszenie Nowakowska"),
    ("sk", "Horná Lehota"),
])
def test_organisations_and_places_keep_their_place(lang, name):
    assert not named_person(Partner(name, PARTNER, 0, len(name)), _ctx(lang))


def test_a_persons_name_after_a_coordinator_label_is_no_lead():
    hu = ("Erasmus+ projekt: Közös Európa\n\nIskolánk 2019-ben csatlakozott a Közös Európa projekthez. "
          "A projekt két évig tart.\n\nKoordinátor: Szabó Gézáné\n")
    doc = extract_one(hu.encode("utf-8"), "coord_hu.txt", "coord_hu")[0]
    assert all(pr.get("lead_partner") != "Szabó Gézáné" for pr in doc["projects"])


def test_reference_codes_are_no_partners():
    assert reference_code("Kód SK/FMP/06/022")
    assert reference_code("PL-SK/ZA/IPP/III/008")
    assert not reference_code("Hochschule Zittau/Görlitz")
    assert not reference_code("Univerzita SK/CZ/PL 2")  # an organisation word keeps it


def test_the_label_of_a_nested_list_and_another_labels_list_are_no_partners():
    ca = ("Beneficiari: Ajuntament de Cubelles\n\n  • Nom de l’operació: Pla de Millora Educativa\n  • Actuacions:\n"
          "   • Tallers de suport\n   • Mentoria\n\nOperació finançada per la Unió Europea - NextGenerationEU.\n")
    names = _names(ca, "label_ca.txt")
    assert "Actuacions" not in names and not any("Nom de" in n for n in names)


@pytest.mark.parametrize("lang,text,expected", [
    ("cs", "Mikroprojekty\n\nZde jsou mikroprojekty, které obec realizovala v rámci programu přeshraniční spolupráce "
           "společně s polskou Gminou Lubawka a Městem Žacléř. Rozpočet byl 20 000 EUR.\n",
     {("Gmina Lubawka", "PL"), ("Město Žacléř", None)}),
    ("sk", "Mikroprojekty\n\nTu nájdete mikroprojekty, ktoré obec realizovala v rámci programu cezhraničnej spolupráce "
           "spolu s poľskou Gminou Czarny Dunajec a Mestom Trstená. Rozpočet bol 20 000 EUR.\n",
     {("Gmina Czarny Dunajec", "PL")}),
])
def test_typed_bodies_after_together_with_in_a_sentence_about_the_projects(lang, text, expected):
    found = set(_partners(text, f"typed_{lang}.txt"))
    assert {n for n, _ in expected} <= {n for n, _ in found}
    assert all((n, c) in found for n, c in expected if c)


def test_the_project_is_its_own_partner_only_by_its_acronym():
    from pipeline.extractors.partners import project_itself
    assert project_itself("ARTISTIC oblikovali", "ARTISTIC")
    assert project_itself("CERIecon Partners", "CERIecon")
    assert not project_itself("Eurodistrict trinational de Bâle", "Eurodistrict trinational de Bâle")
    assert not project_itself("Communauté de communes Pays Rhin-Brisach", "Communauté de communes Pays Rhin-Brisach")


def test_a_code_closes_only_a_typed_name_and_a_bare_companion_needs_a_type_word():
    assert country_code_tail("High Tech NL") == ("High Tech NL", None)
    sl = ("Projekt MOST\n\nV projektu gre za manjšine v regiji, pa tudi za Koper, ki skupaj z Novo Gorico trenutno nosi "
          "naslov mesta kulture. Projekt traja 24 mesecev.\n")
    assert "Novo Gorico" not in _names(sl, "bare_sl.txt")
