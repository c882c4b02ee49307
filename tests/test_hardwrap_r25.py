"""Hard-wrapped paragraphs in plain text are read as one paragraph even where a line is cut
before a capitalised word; lists of names, labels and sentence ends keep their own lines."""
from pipeline.readers import read_document
from pipeline.readers.hardwrap import wrapped_joins


def texts(text: str) -> list[str]:
    doc = read_document(text.encode("utf-8"), "t.txt", "t")
    return [doc.text[b.start:b.end] for b in doc.blocks]


EN = """The project was submitted by the municipality of Northfield together with three
neighbouring towns and a regional agency for the environment. The lead partner is
the Municipality of Northfield, the second partner is the Regional Environment Agency
Westmoor, and the budget of the whole project amounts to 1.200.000 euro in total.
"""

DE = """Das Vorhaben wird von der Stadt Lindenau gemeinsam mit zwei Gemeinden aus dem
Nachbarland getragen und im Rahmen des Kooperationsprogramms Interreg Alpenrhein
Bodensee Hochrhein gefördert; federführend ist die Stadt Lindenau, Partner sind die
Gemeinde Oberried und der Naturpark Südhang mit seinen Schutzgebieten am Fluss.
"""


def test_wrapped_english_paragraph_is_one_block():
    blocks = texts(EN)
    assert len(blocks) == 1
    assert "Regional Environment Agency Westmoor" in blocks[0]


def test_wrapped_german_paragraph_keeps_programme_name_whole():
    blocks = texts(DE)
    assert len(blocks) == 1
    assert "Interreg Alpenrhein Bodensee Hochrhein" in blocks[0]


def test_names_one_a_line_stay_apart():
    text = ("Partners\n\nUniversität Lindenau, Institut für Landschaftsplanung\n"
            "Regional Development Agency of the Northern Westmoor District\n"
            "Gemeinde Oberried, Bauamt und Umweltamt der Gemeinde\nNaturpark Südhang\n")
    blocks = texts(text)
    assert "Naturpark Südhang" in blocks
    assert "Regional Development Agency of the Northern Westmoor District" in blocks


def test_labels_and_sentence_ends_keep_their_lines():
    lines = ["The project runs in two countries and is carried out by four partners from",
             "the region, who meet twice a year to compare what they have learnt in Westmoor",
             "Project duration: 01.01.2020 - 31.12.2022 (36 months) of work in the region",
             "Gesamtbudget des Projekts und Anteil der Förderung: 1.200.000 EUR insgesamt.",
             "In the second year the partners open two visitor centres in the park area."]
    joins = wrapped_joins(lines)
    assert 2 not in joins and 4 not in joins
    assert len(texts("\n".join(lines))) == 4  # the lower-case line still joins the first


def test_short_lines_are_not_a_wrapped_text():
    lines = ["Lead partner", "Northfield", "Budget", "1.200.000 EUR"]
    assert wrapped_joins(lines) == set()
    assert all(b for b in texts("\n".join(lines)))
