"""A short line ending with a colon or a question mark that names the project, over two
bullets or more, heads the project's own list, with no word for "activities" in it; not
when the line names another field or an item is an organisation or an amount."""
import pytest

from pipeline.build import extract_one


def _items(text: str, lang: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), f"lead_{lang}.txt", "lead")[0]
    return [a["text"] for p in doc["projects"] for a in p["activities"]]


LISTS = [
    ("sl", "Projekt Zelena reka\n\nProjekt traja 24 mesecev.\n\nRezultati projekta:\n\n"
           "• ureditev učne poti ob reki\n• izdelava turističnega zemljevida\n• izobraževanje lokalnih vodnikov\n",
     ["ureditev učne poti ob reki", "izdelava turističnega zemljevida", "izobraževanje lokalnih vodnikov"]),
    ("hu", "A Zöld Folyó projekt\n\nA projekt időtartama 24 hónap.\n\nA projekt fő céljai:\n\n"
           "• tanösvény kialakítása a folyó mentén\n• turisztikai térkép készítése\n• helyi idegenvezetők képzése\n",
     ["tanösvény kialakítása a folyó mentén", "turisztikai térkép készítése", "helyi idegenvezetők képzése"]),
    ("no", "Prosjektet Grønn elv\n\nProsjektet varer i to år.\n\nHva fikk prosjektet støtte til?\n\n"
           "• Studietur for elever og lærere\n• Felles nettside for skolene\n• Kurs for lokale guider\n",
     ["Studietur for elever og lærere", "Felles nettside for skolene", "Kurs for lokale guider"]),
    ("en", "The Green River project\n\nThe project runs for two years.\n\nWhat will the project deliver?\n\n"
           "• A nature trail along the river\n• A tourist map of the valley\n• Training for local guides\n",
     ["A nature trail along the river", "A tourist map of the valley", "Training for local guides"]),
]


@pytest.mark.parametrize("lang,text,expected", LISTS)
def test_a_line_naming_the_project_heads_its_list(lang, text, expected):
    assert _items(text, lang) == expected


NOT_LISTS = [
    # the line names the partners: their list, not work
    ("en", "The Green River project\n\nThe project runs for two years.\n\nPartners of the project:\n\n"
           "• Tourist board of the valley\n• Local school of forestry\n• Riverside hiking club\n"),
    # the items are organisations
    ("sl", "Projekt Zelena reka\n\nProjekt traja 24 mesecev.\n\nV projektu sodelujejo:\n\n"
           "• Občina Ptuj\n• Univerza v Mariboru\n• Zavod za turizem Ptuj\n"),
    # one bullet is a paragraph, not a list
    ("hu", "A Zöld Folyó projekt\n\nA projekt időtartama 24 hónap.\n\nA projekt célja:\n\n"
           "• tanösvény kialakítása a folyó mentén\n"),
]


@pytest.mark.parametrize("lang,text", NOT_LISTS)
def test_no_list_of_another_field_or_of_one_bullet(lang, text):
    assert _items(text, lang) == []


def test_indicator_lines_are_no_list():
    text = ("Projekt Zelena reka\n\nProjekt traja 24 mesecev.\n\nKazalniki projekta:\n\n"
            "• število novih učnih poti: 2\n• število izobraženih vodnikov: 15\n")
    assert _items(text, "sl") == []
