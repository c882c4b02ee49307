"""Round 26: names the pipeline missed on fresh pages: a project word as a line's label
before a quotation, and a programme's brand before the project word and its quoted name."""
from pipeline.extractors import names
from tests.section_context import section_context


def _name(text: str, lang: str) -> str | None:
    found = names.project_name(section_context(text, lang))
    return found[0] if found else None


# the project word as a line's label, its value a quotation

def test_project_label_line_bg():
    text = ("ПРОЕКТ: „Обновяване на парка и детската площадка в село Равно поле“\n\n"
            "Проектът се изпълнява по Програмата за развитие на селските райони.")
    assert _name(text, "bg") == "Обновяване на парка и детската площадка в село Равно поле"


def test_project_label_line_cs():
    text = ("Obec dokončila opravu cesty.\n"
            "Projekt: „Zelená stezka pro Bílé Karpaty“\n"
            "Rozpočet projektu činí 1 200 000 Kč.")
    assert _name(text, "cs") == "Zelená stezka pro Bílé Karpaty"


def test_project_word_inside_sentence_opens_a_remark_de():
    # the colon after a project word inside a sentence opens a quoted remark, not a name
    text = ("Die Bürgermeisterin sagte über das neue Projekt: „Wir freuen uns sehr auf die "
            "Zusammenarbeit mit unseren Nachbarn.“")
    assert _name(text, "de") != "Wir freuen uns sehr auf die Zusammenarbeit mit unseren Nachbarn."
