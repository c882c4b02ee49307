"""Round 23, a list item that goes on after its partner's name in further sentences (the parent
body, a department, the share): the partner is the item's first sentence."""
from types import SimpleNamespace

import pytest

from pipeline.build import extract_one
from pipeline.extractors.partner_items import first_sentence
from pipeline.lexicons import load


def _names(text: str, name: str) -> list[str]:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return [p["name"] for pr in doc["projects"] for p in pr["partners"]]


@pytest.mark.parametrize("lang,text,head", [
    ("es", "Dirección General de Patrimonio Cultural. Consejería de Cultura. Presupuesto de",
     "Dirección General de Patrimonio Cultural"),
    ("it", "Comune di Belluno. Settore Ambiente. Budget", "Comune di Belluno"),
    ("de", "Landkreis Görlitz. Amt für Kreisentwicklung.", "Landkreis Görlitz"),
])
def test_first_sentence_is_the_name(lang, text, head):
    assert first_sentence(text, SimpleNamespace(lex=load(lang), lang=lang)) == head


@pytest.mark.parametrize("lang,text", [
    ("en", "ecoplus. The Business Agency of Lower Austria"),  # one word before the stop: one name
    ("it", "Liceo Scientifico G. Galilei"),  # an initial
    ("de", "Verein Kunst und Kultur e. V. Leipzig"),  # a legal form's periods
])
def test_one_name_stays_whole(lang, text):
    assert first_sentence(text, SimpleNamespace(lex=load(lang), lang=lang)) == text


def test_list_items_in_two_languages():
    es = ("Proyecto RIOS: cooperación transfronteriza\n\nEl proyecto RIOS está cofinanciado por el programa Interreg.\n\n"
          "Socios del proyecto:\n"
          "• Beneficiario 2: Ayuntamiento de Tui. Área de Medio Ambiente. Presupuesto de 300.000,00€\n"
          "• Beneficiario 3: Dirección General de Aguas. Consejería de Medio Rural. Presupuesto de 200.000,00€\n")
    assert {"Ayuntamiento de Tui", "Dirección General de Aguas"} <= set(_names(es, "es_rios.txt"))
    it = ("Progetto MONTI: cooperazione transfrontaliera\n\nIl progetto MONTI è finanziato dal programma Interreg.\n\n"
          "Partner del progetto:\n"
          "- Partner 1: Comune di Feltre. Settore Ambiente. Budget 300.000,00 €\n"
          "- Partner 2: Provincia di Trento. Ufficio Europa. Budget 200.000,00 €\n")
    assert {"Comune di Feltre", "Provincia di Trento"} <= set(_names(it, "it_monti.txt"))
