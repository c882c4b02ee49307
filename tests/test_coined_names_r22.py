"""Round 22, names: a one-word name with a capital after its first letter ("CBHealth",
"EUthink") is a coined name even where a lower-case word follows it; an ordinary word
opening a sentence-case title never has one."""
import pytest

from pipeline.build import extract_one

TEXTS = [
    ("en", "On 3 May 2018 the partners held a press conference to promote the project CBHealth in the "
           "municipality of Strumica. The project is funded by the Interreg IPA programme."),
    ("mk", "На 3 мај 2018 година партнерите одржаа прес конференција за промоција на проектот CBHealth во "
           "општина Струмица. Проектот е финансиран од програмата Интеррег ИПА."),
    ("hr", "Dana 3. svibnja 2018. partneri su održali konferenciju za medije o projektu CBHealth u općini "
           "Strumica. Projekt se financira iz programa Interreg IPA."),
]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_a_coined_name_with_inner_capitals_is_kept(lang, text):
    doc = extract_one(text.encode("utf-8"), f"coined_{lang}.txt", "coined")[0]
    assert [p["name"] for p in doc["projects"]] == ["CBHealth"]
