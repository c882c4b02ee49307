"""Round 24 (wave 2), more layout marks for a nameless project (`name_layout`, `name_actions`):
a programme's action type before a name, quoted or not ("Youth Exchange „X“", "Strategic
Partnerships – X"); an unquoted name after a naming word or a project word and a dash or colon;
a name before a naming word that follows it ("X adlı"); an acronym with its long form in
brackets; and an action type read as the
name gives way. What stays no name: a plural project word's list, an amount, a date."""
import pytest

from pipeline.extractors.name_actions import action_only
from pipeline.extractors.name_layout import expanded_title, layout_name
from tests.section_context import section_context


def _name(lang: str, text: str):
    found = layout_name(section_context(text, lang))
    return found and found[0]


NAMED = [
    # after an action type, quoted or after its dash
    ("en", "Our school hosted a Youth Exchange “Bridges over Rivers” with partners from Spain and Greece.",
     "Bridges over Rivers"),
    ("cs", "Škola se zapojila do programu Erasmus+, Strategická partnerství – Zelená cesta budoucnosti.\n\n"
           "Partnery jsou školy z Polska a Itálie.", "Zelená cesta budoucnosti"),
    # after a project word and a dash or colon, a code after it left out
    ("lt", "Projektas KA2 – Jaunimo balsas Europoje\n\nMokykla dalyvauja projekte su partneriais iš Italijos.",
     "Jaunimo balsas Europoje"),
    ("lv", "LIFE projekts: Mitrāju atjaunošana Latgalē LIFE20 NAT/LV/000123\n\nProjekta budžets ir 2 milj. eiro.",
     "Mitrāju atjaunošana Latgalē"),
    # after a naming word, unquoted
    ("pl", "Szkoła realizuje projekt Erasmus+\n\npt. Open Doors to European Schools\n\nPartnerzy pochodzą z Włoch.",
     "Open Doors to European Schools"),
    # before a naming word that follows its name
    ("tr", "Okulumuz Erasmus+ Programı Green Steps adlı projeye katıldı. Green Steps adlı proje iki yıl sürecek.",
     "Green Steps"),
    # an acronym and its long form in brackets
    ("lv", "Eiropas jauniešu forums (EYF - European Youth Forum 2019)\n\nProjekta partneri: Tukuma novada pašvaldība.",
     "EYF"),
]


@pytest.mark.parametrize("lang,text,name", NAMED)
def test_a_run_names_the_project(lang, text, name):
    assert _name(lang, text) == name


NOT_NAMED = [
    # a plural project word heads a list, or a category
    ("sr", "Odobreni projekti: KA2 visoko obrazovanje\n\nUniverzitet u Beogradu dobio je sredstva."),
    # a date and an amount after a project word's dash
    ("pl", "Okres realizacji projektu: 01.09.2019 - 31.10.2021 r.\n\nWartość projektu – 15 691,57 Euro"),
    # one plain word after a naming word, the sentence going on
    ("cs", "Škola uspěla s projektem s názvem Cyril a Metoděj – tisíc let, co nás spojuje, když byl vybrán."),
]


@pytest.mark.parametrize("lang,text", NOT_NAMED)
def test_no_run_names_a_project(lang, text):
    assert _name(lang, text) is None


@pytest.mark.parametrize("lang,name,only", [
    ("tr", "Stratejik Ortaklık", True), ("tr", "Stratejik Ortaklık Projesi", True), ("en", "Strategic Partnership", True),
    ("de", "Jugendaustausch", True), ("tr", "Dance With Me", False), ("de", "Grüne Brücken", False),
])
def test_an_action_type_is_no_name(lang, name, only):
    assert action_only(name, lang) is only


def test_the_bracketed_long_form_is_the_title():
    text = "Eiropas jauniešu forums (EYF - European Youth Forum 2019)\n"
    ctx = section_context(text, "lv")
    assert expanded_title(ctx, text.index("EYF"))[0] == "European Youth Forum 2019"


def test_the_long_form_before_the_bracket_is_the_title():
    text = "Il Comune partecipa al progetto Mobilità lenta transfrontaliera (Mlt) con partner sloveni.\n"
    ctx = section_context(text, "it")
    assert expanded_title(ctx, text.index("Mlt"))[0] == "Mobilità lenta transfrontaliera"
