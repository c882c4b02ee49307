"""Round 19: markdown pipe tables are read by the readers (readers/pipe_tables.py) into
TABLE_ROW blocks, a row's cells joined by " | " even when they run over lines, so that every
table reader sees them; the sections stage reads projects from the cells of any reader's
table rows (section_cell_tables.py)."""
import pytest

from pipeline.model import TABLE_ROW
from pipeline.readers import read_document
from pipeline.readers.pipe_tables import pipe_tables
from pipeline.sections import divide


def _rows(text: str, name: str = "t.txt") -> list[str]:
    doc = read_document(text.encode("utf-8"), name, "t")
    return [doc.block_text(b) for b in doc.blocks if b.kind == TABLE_ROW]


SPREAD_CS = """Podpořené projekty

Příjemce |
Název projektu |
---|---|
Město Horní Lhota | ZELENÁ ULICE - obnova parku |
Obec Dolní Ves |
MOST - lávka přes řeku |
Po tabulce následuje text.
"""

SPREAD_PL = """Wnioskodawca | Tytuł projektu | Kwota
---|---|---
Gmina Zielona |
Wspólna droga | 120 000 EUR
Miasto Nowe | Most przyjaźni | 90 000 EUR
"""


def test_cells_spread_over_lines_make_one_row_cs():
    assert _rows(SPREAD_CS) == ["Příjemce | Název projektu", "Město Horní Lhota | ZELENÁ ULICE - obnova parku",
                                "Obec Dolní Ves | MOST - lávka přes řeku"]


def test_last_cell_without_pipe_closes_the_row_pl():
    assert _rows(SPREAD_PL) == ["Wnioskodawca | Tytuł projektu | Kwota", "Gmina Zielona | Wspólna droga | 120 000 EUR",
                                "Miasto Nowe | Most przyjaźni | 90 000 EUR"]


def test_the_text_after_the_table_is_a_block_of_its_own():
    doc = read_document(SPREAD_CS.encode("utf-8"), "t.txt", "t")
    assert doc.block_text(doc.blocks[-1]) == "Po tabulce následuje text."
    assert doc.blocks[-1].kind != TABLE_ROW


def test_piped_lines_without_a_separator_are_no_table():
    assert pipe_tables(["Domů | O nás | Kontakt", "Text stránky."]) == []


@pytest.mark.parametrize("text,rows", [
    ("| Projet | Porteur |\n|:---|---:|\n| VIGNE | Commune de Brou |\n", [["Projet", "Porteur"], ["VIGNE", "Commune de Brou"]]),
    ("Progetto | Capofila\n--- | ---\nMARE | Comune di Porto\n", [["Progetto", "Capofila"], ["MARE", "Comune di Porto"]]),
])
def test_pipe_tables_read_rows_with_and_without_outer_pipes(text, rows):
    assert pipe_tables(text.splitlines()) == [(0, 3, rows)]


def test_markdown_reader_joins_spread_cells_too():
    text = "# Projekte\n\nSome [link](http://a.b) and [more](http://c.d) and [x](http://e.f).\n\n" \
           "Partner |\nProjekttitel |\n---|---|\nStadt Nordheim |\nNORD - Wege im Norden |\n"
    assert _rows(text, "t.md")[-1] == "Stadt Nordheim | NORD - Wege im Norden"


def test_rows_of_an_html_table_with_a_title_column_are_projects_nl():
    html = ("<html><body><h1>Gesteunde projecten</h1><p>De provincie steunt twee projecten met 1 miljoen euro.</p>"
            "<table><tr><th>Aanvrager</th><th>Projecttitel</th></tr>"
            "<tr><td>Gemeente Zandvoort</td><td>DUINPAD - wandelen langs de kust</td></tr>"
            "<tr><td>Hogeschool Noord</td><td>WATERWIJS - schoon water</td></tr></table></body></html>")
    doc = read_document(html.encode("utf-8"), "t.html", "t")
    doc.language = "nl"
    doc, secs = divide(doc)
    names = [doc.text[s.name[0]:s.name[1]] for s in secs if s.name]
    assert names == ["DUINPAD - wandelen langs de kust", "WATERWIJS - schoon water"]
