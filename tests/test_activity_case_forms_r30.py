"""Round 30: the kind word of a lead-in in a case form or a multi-word name of the kind
("az alábbi tevékenységeket valósítja meg:", "a találkozó témákat …", "línies d'acció")
announces the list as its dictionary form does."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.text, a.kind) for a in activities.extract(section_context(text, lang))]


def test_accusative_activity_word_hu():
    text = ("A támogatásból az egyesület az alábbi tevékenységeket valósítja meg:\n"
            "- a könyvtár olvasótermének felújítása\n"
            "- közösségi kert kialakítása a lakótelepen\n")
    assert _items(text, "hu") == [("a könyvtár olvasótermének felújítása", "activity"),
                                  ("közösségi kert kialakítása a lakótelepen", "activity")]


def test_accusative_theme_word_hu():
    text = ("A konferencia a következő témákat tárgyalja:\n"
            "- a vidéki turizmus fejlesztése\n"
            "- az önkéntesség népszerűsítése\n")
    assert [k for _, k in _items(text, "hu")] == ["theme", "theme"]


def test_lines_of_action_ca_es():
    ca = ("El projecte inclou les següents línies d'acció:\n"
          "- formació del personal de les universitats\n"
          "- difusió dels resultats a les empreses\n")
    es = ("El proyecto se organiza en las siguientes líneas de acción:\n"
          "- formación del personal de las universidades\n"
          "- difusión de los resultados a las empresas\n")
    assert [t for t, _ in _items(ca, "ca")] == ["formació del personal de les universitats",
                                               "difusió dels resultats a les empreses"]
    assert [t for t, _ in _items(es, "es")] == ["formación del personal de las universidades",
                                               "difusión de los resultados a las empresas"]
