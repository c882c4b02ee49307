"""Round 20: Estonian introduces the next project in the translative ("Teiseks toetatud
projektiks on X", "the second supported project is X") and counts clusters as projects
("kolme klastri arendamist"): cue words in et.toml. Invented text."""
from pipeline.readers import read_document
from pipeline.sections import divide


def _names(text: str, lang: str) -> list[str | None]:
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    doc, secs = divide(doc)
    return [doc.text[s.name[0]:s.name[1]] if s.name else None for s in secs]


ET_NEXT = """Agentuur otsustas toetada kahe klastri arendamist järgmisel aastal.

Nordic Wood klastri eesmärk on tõsta puidusektori ekspordivõimekust. Klastrisse kuuluvad Metsatööstus AS ja Puiduliit MTÜ.

Teiseks toetatud projektiks on Baltic Data. Klastrisse kuuluvad Andmekeskus OÜ ja Tarkvaraliit MTÜ.
"""


def test_translative_next_project_splits_et():
    names = _names(ET_NEXT, "et")
    assert len(names) == 2
    assert names[1] == "Baltic Data"
