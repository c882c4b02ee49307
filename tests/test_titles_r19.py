"""Round 19: a project's title written together with its name (a quotation, a table cell, a
line: "NAME – Title", "Title – NAME", "NAME: “Title”"), a page's title line "Title –
ACRONYM", the bracket after a hyphenated head noun or a comma, a stray closing mark and a
table bar; activities after a verb of carrying out with no frame. Invented texts and names, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.title_together import title_of
from pipeline.extractors.titles import _without_bar, _without_stray_mark


def _doc(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"r19_{lang}.txt", f"r19_{lang}")[0]
    assert doc["language"] == lang
    return doc


def _titles(text: str, lang: str) -> dict:
    return {p["name"]: p["title"] for p in _doc(text, lang)["projects"]}


def _activities(text: str, lang: str) -> list[str]:
    return [a["text"] for p in _doc(text, lang)["projects"] for a in p["activities"]]


@pytest.mark.parametrize("unit, name, title", [
    ("BRIGHTA – Better Regional Innovation Growth", "BRIGHTA", "Better Regional Innovation Growth"),
    ("Gemeinsame Wege durch das Grenzgebirge – WEGO 2030", "WEGO 2030", "Gemeinsame Wege durch das Grenzgebirge"),
    ("SoilNet: Redes de suelos vivos para el sur", "SoilNet", "Redes de suelos vivos para el sur"),
    ("K7 - obnova historických mlýnů podél řeky", "K7", "obnova historických mlýnů podél řeky"),
    ("NEXA - Network of Experts |", "NEXA", "Network of Experts"),
])
def test_title_of_unit(unit, name, title):
    s, e = title_of(unit, name)
    assert unit[s:e] == title


@pytest.mark.parametrize("unit, name", [
    ("BRIGHTA – Kick-off – Brno", "BRIGHTA"),  # a headline in parts
    ("BRIGHTA – Brno", "BRIGHTA"),  # one word is no title
    ("Another project – Better Regional Innovation", "BRIGHTA"),  # another name
])
def test_title_of_refuses(unit, name):
    assert title_of(unit, name) is None


def test_table_cell_together_de():
    text = ("Geförderte Hochschulallianzen\n\n"
            "Hochschule | Allianz |\n"
            "Universität Nordstadt | BRIDGE! - Baltic Regions for Innovation, Design and Green Engineering |\n"
            "Die Allianz BRIDGE! wird mit fünf Millionen Euro über drei Jahre gefördert und von der Universität "
            "Nordstadt koordiniert.\n")
    assert _titles(text, "de").get("BRIDGE!") == "Baltic Regions for Innovation, Design and Green Engineering"


def test_name_colon_quoted_title_es():
    text = ("La universidad participa en un nuevo proyecto europeo de investigación.\n\n"
            "AgroLink: “Conectando pequeñas explotaciones agrarias con mercados locales”, con la profesora Ana Ruiz "
            "como investigadora principal. El proyecto AgroLink cuenta con un presupuesto de 2,1 millones de euros "
            "y una duración de 36 meses.\n")
    assert _titles(text, "es").get("AgroLink") == "Conectando pequeñas explotaciones agrarias con mercados locales"


def test_title_dash_acronym_headline_hu():
    text = ("Határon átnyúló együttműködés a vízgazdálkodásban – VIZHAL\n\n"
            "A projekt összköltsége: 310.000 euró\n\n"
            "A VIZHAL projekt célja a két település közötti együttműködés erősítése. "
            "A projekt időtartama 18 hónap, a vezető partner Kisvár Város Önkormányzata.\n")
    titles = _titles(text, "hu")
    assert titles.get("VIZHAL") == "Határon átnyúló együttműködés a vízgazdálkodásban"


def test_bracket_after_hyphenated_head_noun_no():
    text = ("Ny forskning på havvind\n\n"
            "I HAVKRAFT-prosjektet (Harnessing Advanced Wind Knowledge for Renewable Arctic Future Technologies) "
            "skal forskerne utvikle nye metoder. Prosjektet har et budsjett på 3 millioner euro og varer i fire år. "
            "HAVKRAFT er et prosjekt innenfor Horisont Europa, og HAVKRAFT ledes av et universitet i Tromsø.\n")
    assert _titles(text, "no").get("HAVKRAFT") == \
        "Harnessing Advanced Wind Knowledge for Renewable Arctic Future Technologies"


def test_bracket_after_comma_fr():
    text = ("Le projet SOLANE, (Solidarity for Local Agriculture and New Economies), de l’université de Valmont, "
            "réunit six partenaires européens. Il est financé à hauteur de 2 millions d’euros pour trois ans. "
            "Le projet SOLANE prévoit des échanges d’étudiants.\n")
    assert _titles(text, "fr").get("SOLANE") == "Solidarity for Local Agriculture and New Economies"


@pytest.mark.parametrize("found, want", [
    (("Zelené strechy – nové využitie mestských budov“", 10, 58), ("Zelené strechy – nové využitie mestských budov", 10, 56)),
    (("European Alliance for Coastal Towns”", 0, 36), ("European Alliance for Coastal Towns", 0, 35)),
    (("Rețeaua „Orașe verzi” pentru tineri", 0, 35), ("Rețeaua „Orașe verzi” pentru tineri", 0, 35)),  # a quotation inside: kept
])
def test_stray_closing_mark(found, want):
    assert _without_stray_mark(found) == want


def test_table_bar():
    assert _without_bar(("a civic alliance of towns |", 5, 32)) == ("a civic alliance of towns", 5, 30)


@pytest.mark.parametrize("text, end_of_long, value", [
    ("Proiectul „Parcuri verzi pentru comunități active”, cu acronimul „GreenPark”, a început în 2021.", 49, "GreenPark"),
    ("Projektas „Vandens keliai per sieną“, akronimas – „AquaWay“, Nr. LLI-100.", 35, "AquaWay"),
    ("the project Young Makers Building the Future, with the acronym YMB: the Future.", 44, "YMB: the Future"),
])
def test_acronym_after(text, end_of_long, value):
    from pipeline.extractors.acronym_labels import acronym_after
    lang = "lt" if text.startswith("Projektas") else "ro" if text.startswith("Proiectul") else "en"
    s, e = acronym_after(text, lang, end_of_long)
    assert text[s:e] == value


def test_no_acronym_after_another_sentence():
    from pipeline.extractors.acronym_labels import acronym_after
    text = "Projektas „Vandens keliai per sieną“ baigtas. Kitas projektas, akronimas – „AquaWay“, tęsiasi."
    assert acronym_after(text, "lt", 35) is None


def test_title_then_acronym_label_ro():
    text = ("Școala noastră participă la proiectul Erasmus+ „Tineri antreprenori pentru un viitor verde”, "
            "cu acronimul „GreenYouth”. Proiectul GreenYouth are un buget de 120.000 euro și durează 24 de luni. "
            "Coordonatorul proiectului este un liceu din Spania.\n")
    titles = _titles(text, "ro")
    assert titles.get("GreenYouth") == "Tineri antreprenori pentru un viitor verde"


def test_no_activities_after_verb_in_relative_clause_or_before_adjunct_en():
    text = ("The RIVERLINK project connects two towns across the border. The town took part in earlier projects "
            "which were carried out with partners from Austria, Hungary and Slovakia. "
            "Last year we organised with great care, patience and joy. "
            "The project is co-financed by the European Regional Development Fund.\n")
    assert _activities(text, "en") == []


def test_no_activities_before_relative_clause_with_preposition_pl():
    text = ("Gmina Zielona i miasto Modra realizują wspólny projekt ZIELONE MOSTY. W piątek 12 maja w ratuszu odbyło się "
            "spotkanie, podczas którego omawiane były główne cele współpracy, zaplanowane w nich zadania i kolejne kroki. "
            "Projekt jest współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego.\n")
    assert _activities(text, "pl") == []

