"""Round 20: a project's name given by a naming word: after it ("bajo la denominación X")
or, in languages that put it after the name, before it unquoted when the name is written
like a coined one ("a Planning4U névre keresztelt projekt", "X-niminen hanke";
pipeline/extractors/name_candidates._coined_before). Invented texts."""
from pipeline.build import doc_ids, extract_one


def _names(text: str, lang: str) -> list[str | None]:
    name = f"t_{lang}.txt"
    rec, _ = extract_one(text.encode("utf-8"), name, doc_ids([name])[name])
    return [p["name"] for p in rec["projects"]]


HU = ("2024. március 1-jén vette kezdetét a Green4Future névre keresztelt EU-s projekt megvalósítása. "
      "A projekt teljes költségvetése 450 000 euró, és 24 hónapig tart. A vezető partner a Példa Egyetem.\n")

FI = ("Hallitus hyväksyi RIVER5-niminen hankkeen, jonka kokonaisbudjetti on 1,2 miljoonaa euroa. "
      "Hanke kestää kolme vuotta ja sitä koordinoi Esimerkin yliopisto.\n")

ES = ("El proyecto, presentado en Bruselas bajo la denominación GREEN STEP, cuenta con un presupuesto "
      "de 300.000 euros y una duración de 24 meses. Lo coordina la Universidad de Ejemplo.\n")

IT = ("Il progetto, approvato con la denominazione BLUE LINK, ha un budget di 500.000 euro e una durata "
      "di 30 mesi. Capofila è l'Università di Esempio.\n")

# a common word before the naming word names nothing
HU_COMMON = ("Elindult a projekt nevű rendezvénysorozat. A projekt költségvetése 300 000 euró.\n")


def test_coined_name_before_naming_word_hu():
    assert _names(HU, "hu") == ["Green4Future"]


def test_coined_name_before_naming_word_fi():
    assert _names(FI, "fi") == ["RIVER5"]


def test_denomination_phrase_es():
    assert _names(ES, "es") == ["GREEN STEP"]


def test_denomination_phrase_it():
    assert _names(IT, "it") == ["BLUE LINK"]


def test_common_word_before_naming_word_is_no_name_hu():
    assert _names(HU_COMMON, "hu") != ["projekt"]
