"""Round 21 (lex2): lead cues the languages write: Czech/Slovak "stojí v čele (projektu)" and "v čele
projektu stojí X", Lithuanian "Projekto vadovas: X", Icelandic "X mun leiða verkefnið" and "X leiðir
verkefnið" (a verb whose object is the project, not a label before the name). Invented texts.
Romanian "leader de proiect" was left out: on ro_36 it follows its name after a dash ("X - leader de
proiect și Y") and a label reading made Y the lead."""
import pytest

from tests.section_context import partners_in


def _lead(text: str, lang: str) -> str | None:
    return next((name for name, _, role in partners_in(text, lang) if role == "lead"), None)


LEADS = [
    ("cs", "Projekt Zelený most\n\nMěsto Tábor stojí v čele projektu Zelený most, do kterého se zapojí čtyři partneři.",
     "Město Tábor"),
    ("cs", "Projekt Zelený most\n\nV čele projektu stojí Jihočeská univerzita v Českých Budějovicích.",
     "Jihočeská univerzita v Českých Budějovicích"),
    ("lt", "Projektas Žalias tiltas\n\nProjekto vadovas: Kauno rajono savivaldybės administracija\n\n"
           "Partneriai: Rygos universitetas", "Kauno rajono savivaldybės administracija"),
    ("is", "Verkefnið Græna brúin\n\nHáskóli Íslands mun leiða verkefnið sem hefst í haust.", "Háskóli Íslands"),
    ("is", "Verkefnið Græna brúin\n\nHáskóli Íslands leiðir verkefnið sem hefst í haust.", "Háskóli Íslands"),
]


@pytest.mark.parametrize("lang,text,lead", LEADS)
def test_lead_cue_names_the_lead(lang, text, lead):
    assert _lead(text, lang) == lead
