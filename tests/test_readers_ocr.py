"""OCR of scanned pages: pages drawn with reportlab in DejaVu Sans, rasterised by pypdfium2
at 300 dpi as the PDF reader does, read by Tesseract (installed by `make`), and the text
read back by the page-text reader."""
from __future__ import annotations

import io

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.errors import PipelineError
from pipeline.readers import ocr, pagetext

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MARGIN = 60


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        longer = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(longer, "DejaVu", size) > width:
            lines.append(current)
            current = word
        else:
            current = longer
    return lines + [current] if current else lines


def scan(columns: list[list[tuple]], top: list[tuple] = ()):
    """A page image: `top` spans the page, then `columns` side by side. Each item is
    (text, indent in points, font size); an empty text is a gap between paragraphs."""
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    gutter = 30
    column_width = (width - 2 * MARGIN - gutter * (len(columns) - 1)) / len(columns)

    def draw(items, x, y, text_width):
        for text, indent, size in items:
            if not text:
                y -= size
                continue
            for line in _wrap(text, text_width - indent, size):
                pdf.setFont("DejaVu", size)
                pdf.drawString(x + indent, y, line)
                y -= size * 1.4
        return y

    y = draw(top, MARGIN, height - MARGIN, width - 2 * MARGIN)
    for k, items in enumerate(columns):
        draw(items, MARGIN + k * (column_width + gutter), y, column_width)
    pdf.showPage()
    pdf.save()
    page = pypdfium2.PdfDocument(buf.getvalue())[0]
    return page.render(scale=300 / 72).to_pil()


CZECH = [
    ("Přeshraniční spolupráce v Krkonoších", 0, 15), ("", 0, 10),
    ("Cílem projektu je zlepšit dopravní spojení mezi Libercem a Jelení Horou. Partneři "
     "připravili společnou studii a zřídili informační středisko.", 0, 10), ("", 0, 10),
    ("Celkový rozpočet činí 1 250 000 EUR, příspěvek Evropské unie je 85 %.", 0, 10), ("", 0, 10),
    ("Partneři projektu:", 0, 10),
    ("• Krajský úřad Libereckého kraje", 12, 10),
    ("• Město Trutnov", 12, 10),
    ("• Správa Krkonošského národního parku", 12, 10),
]


@pytest.fixture(scope="module")
def czech_text() -> str:
    return ocr.page_text(scan([CZECH]), ("cs",))


def test_czech_page_words_with_diacritics(czech_text):
    for word in ("Přeshraniční", "Krkonoších", "příspěvek", "Evropské", "Libereckého", "Krkonošského", "úřad"):
        assert word in czech_text
    assert "1 250 000 EUR" in czech_text


def test_czech_page_structure_as_a_text_dump(czech_text):
    blocks = pagetext.read(czech_text).blocks
    text = pagetext.read(czech_text).text()
    kinds = [(b.kind, text[b.start:b.end]) for b in blocks]
    assert kinds[0] == ("heading", "Přeshraniční spolupráce v Krkonoších")
    paragraphs = [t for k, t in kinds if k == "paragraph"]
    assert paragraphs[0].startswith("Cílem projektu") and paragraphs[0].endswith("informační středisko.")
    assert paragraphs[1].startswith("Celkový rozpočet")  # a paragraph of its own
    items = [(b.marker, b.level, text[b.start:b.end]) for b in blocks if b.kind == "list_item"]
    assert items == [("•", 0, "Krajský úřad Libereckého kraje"), ("•", 0, "Město Trutnov"),
                     ("•", 0, "Správa Krkonošského národního parku")]


def test_language_found_by_a_first_pass():
    """No language given: the first pass finds Polish, and the Polish pack reads its letters."""
    polish = [
        ("Współpraca transgraniczna", 0, 15), ("", 0, 10),
        ("Głównym celem projektu jest poprawa dostępności komunikacyjnej pogranicza. Partnerzy "
         "przygotowali wspólną strategię rozwoju turystyki i zorganizowali szkolenia dla przedsiębiorców.", 0, 10),
        ("", 0, 10),
        ("1. Województwo Dolnośląskie", 0, 10),
        ("2. Urząd Marszałkowski w Łodzi", 0, 10),
    ]
    text = ocr.page_text(scan([polish]))
    for word in ("Współpraca", "Głównym", "dostępności", "przedsiębiorców", "Dolnośląskie", "Łodzi", "Urząd"):
        assert word in text
    reading = pagetext.read(text)
    items = [(b.number, reading.text()[b.start:b.end]) for b in reading.blocks if b.kind == "list_item"]
    assert items == [("1", "Województwo Dolnośląskie"), ("2", "Urząd Marszałkowski w Łodzi")]


def test_two_columns_left_first():
    """Tesseract finds the columns of a page (given enough lines in them); left comes first."""
    görlitz = ("Die Stadt Görlitz und die polnische Nachbarstadt Zgorzelec arbeiten seit vielen Jahren "
               "eng zusammen und planen gemeinsame Veranstaltungen für Bürger beider Städte.")
    money = ("Für die Umsetzung stehen insgesamt 480 000 Euro zur Verfügung, davon trägt die "
             "Europäische Union achtzig Prozent, den Rest übernehmen die Gemeinden.")
    left = [(görlitz, 0, 10), ("", 0, 10), (görlitz.replace("Die Stadt", "Auch die Stadt"), 0, 10), ("", 0, 10),
            ("Die Förderung umfasst Maßnahmen für Schüler und Lehrkräfte.", 0, 10)]
    right = [(money, 0, 10), ("", 0, 10), (money.replace("Für die", "Zur"), 0, 10), ("", 0, 10),
             ("Weitere Partner sind herzlich willkommen.", 0, 10)]
    text = ocr.page_text(scan([left, right], top=[("Grenzüberschreitende Zusammenarbeit", 0, 15), ("", 0, 10)]),
                         ("de",))
    order = [text.index(s) for s in ("Grenzüberschreitende", "Die Stadt Görlitz", "Auch die Stadt", "Schüler",
                                     "Für die Umsetzung", "Zur Umsetzung", "willkommen")]
    assert order == sorted(order)
    reading = pagetext.read(text)
    paragraphs = [reading.text()[b.start:b.end] for b in reading.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 6  # each column's three paragraphs, not lines side by side
    assert paragraphs[0] == görlitz and paragraphs[3] == money


def test_blank_page_has_no_text():
    assert ocr.page_text(scan([[("", 0, 10)]])) == ""


def test_tesseract_missing_is_ocr_unavailable(monkeypatch):
    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(PipelineError) as err:
        ocr.page_text(scan([[("Text", 0, 10)]]), ("cs",))
    assert err.value.code == "ocr-unavailable"
    assert "tesseract-ocr" in err.value.message and "tesseract-ocr-ces" in err.value.message


def test_empty_path_is_ocr_unavailable(monkeypatch):
    monkeypatch.setenv("PATH", "")
    ocr.installed_packs.cache_clear()
    try:
        with pytest.raises(PipelineError) as err:
            ocr.page_text(scan([[("Text", 0, 10)]]))
    finally:
        ocr.installed_packs.cache_clear()
    assert err.value.code == "ocr-unavailable"


def test_layout_orders_columns_and_indents():
    """Tesseract's boxes (TSV) to text, without running it: a heading across the page, two
    columns given right first, and an indented item."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]

    def block(n, left, top, lines, width=900):
        rows.append(f"2\t1\t{n}\t0\t0\t0\t{left}\t{top}\t{width}\t{60 * len(lines)}\t-1\t")
        rows.append(f"3\t1\t{n}\t1\t0\t0\t{left}\t{top}\t{width}\t{60 * len(lines)}\t-1\t")
        for k, (dx, words) in enumerate(lines):
            y = top + 60 * k
            rows.append(f"4\t1\t{n}\t1\t{k + 1}\t0\t{left + dx}\t{y}\t800\t40\t-1\t")
            x = left + dx
            for j, word in enumerate(words.split()):
                rows.append(f"5\t1\t{n}\t1\t{k + 1}\t{j + 1}\t{x}\t{y}\t{20 * len(word)}\t40\t96\t{word}")
                x += 20 * len(word) + 20

    block(1, 100, 100, [(0, "Heading across the page and more words to span it")], width=1900)
    block(2, 1100, 300, [(0, "Right column text")])
    block(3, 100, 300, [(0, "Left column text"), (80, "- indented item")])
    text = ocr.layout(ocr.parse_tsv("\n".join(rows)))
    assert text.splitlines() == ["Heading across the page and more words to span it", "",
                                 "Left column text", "    - indented item", "", "Right column text"]


def test_bullet_read_as_punctuation_becomes_a_bullet():
    """A first 'word' lower than the page's small letters is a bullet ("*«", "¢" or "e" as
    Tesseract reads DejaVu's •); the Italian word "e" at the start of a line stays a word."""
    def line(top, words):
        x, out = 100, []
        for text, height in words:
            width = 12 if height < 20 else 20 * len(text)  # a bullet's box is a dot's
            out.append(ocr.Word(x, top, width, height, text))
            x += width + 20
        return ocr.Line(ocr.Word(100, top, x - 120, 50, ""), out)

    lines = [line(100, [("*«", 13), ("Comune", 40), ("di", 40), ("Bolzano", 40)]),
             line(160, [("e", 13), ("Provincia", 40), ("autonoma", 24)]),
             line(220, [("e", 24), ("Bilbao", 40), ("con", 24), ("Torino", 40)])]
    page = ocr.Page([ocr.Block(ocr.Word(100, 100, 400, 170, ""), [[lines[0]], [lines[1]], [lines[2]]])])
    assert ocr.layout(page).split("\n\n") == ["• Comune di Bolzano", "• Provincia autonoma", "e Bilbao con Torino\n"]


# --- lists whose numbers or bullets hang left of the text ---------------------------------

PARTNERS = ["Regione Autonoma Friuli Venezia Giulia (IT)", "Land Kärnten (AT)", "Občina Nova Gorica (SI)",
            "Comune di Udine (IT)", "Zavod za turizem Bovec (SI)", "Provincia di Belluno (IT)",
            "Università degli Studi di Trieste (IT)", "Camera di Commercio di Pordenone (IT)",
            "Regionalmanagement Osttirol (AT)", "Agenzia per lo sviluppo del Carso (IT)"]


def hanging_list(marker) -> object:
    """A page with a heading, a list whose markers (`marker(k)`) hang 19 points left of the
    items' text, as the PDF fixtures draw lists (10 pt, 15.5 pt apart), and a paragraph."""
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = A4[1] - MARGIN
    pdf.setFont("DejaVu", 15)
    pdf.drawString(MARGIN, y, "Partner del progetto")
    y -= 30
    pdf.setFont("DejaVu", 10)
    for k, partner in enumerate(PARTNERS, 1):
        pdf.drawString(MARGIN, y, marker(k))
        pdf.drawString(MARGIN + 19, y, partner)
        y -= 15.5
    pdf.drawString(MARGIN, y - 14, "Il progetto ha un bilancio complessivo di 1 200 000 EUR.")
    pdf.showPage()
    pdf.save()
    return pypdfium2.PdfDocument(buf.getvalue())[0].render(scale=300 / 72).to_pil()


def _blocks(text: str) -> list[tuple]:
    reading = pagetext.read(text)
    return [(b.kind, b.number, b.marker, reading.text()[b.start:b.end]) for b in reading.blocks]


def test_scanned_numbered_list_keeps_its_numbers():
    """Tesseract takes the column of hanging numbers "1." … "9." for vertical text (one
    junk word, "O ON AU PWN"); read again as lines beside the text, every item keeps its
    number, and no junk heading is left."""
    blocks = _blocks(ocr.page_text(hanging_list(lambda k: f"{k}."), ("it",)))
    assert blocks[0] == ("heading", None, None, "Partner del progetto")
    items = [b for b in blocks if b[0] == "list_item"]
    assert [b[1] for b in items] == [str(k) for k in range(1, 11)]
    for (_, _, _, text), partner in zip(items, PARTNERS):
        assert text[-4:] == partner[-4:]  # the country; OCR may lose a diacritic before it
    assert items[0][3] == "Regione Autonoma Friuli Venezia Giulia (IT)"
    assert blocks[11:] == [("paragraph", None, None, "Il progetto ha un bilancio complessivo di 1 200 000 EUR.")]


def test_scanned_bulleted_list_keeps_its_bullets():
    """Hanging bullets read as "e" (and one "¢") are bullets, though there are so many of
    them that they outnumber the page's other small words."""
    blocks = _blocks(ocr.page_text(hanging_list(lambda k: "•"), ("it",)))
    items = [b for b in blocks if b[0] == "list_item"]
    assert [b[2] for b in items] == ["•"] * 10
    assert [b[3][-4:] for b in items] == [p[-4:] for p in PARTNERS]


def test_marker_column_joined_to_lines_at_its_height():
    """Tesseract's boxes, without running it: a block of numbers left of a block of items
    (as Tesseract gives hanging numbers) becomes numbered lines; a number with no line
    beside it stays on its own."""
    def line(left, top, words):
        x, out = left, []
        for text in words.split():
            out.append(ocr.Word(x, top, 20 * len(text), 40, text))
            x += 20 * len(text) + 20
        return ocr.Line(ocr.Word(left, top, x - 20 - left, 40, ""), out)

    numbers = [line(100, 100 + 60 * k, f"{k + 1}.") for k in range(3)] + [line(100, 600, "4.")]
    items = [line(180, 100 + 60 * k, f"Partner number {k + 1}") for k in range(3)]
    page = ocr.Page([ocr.Block(ocr.Word(100, 100, 40, 540, ""), [numbers]),
                     ocr.Block(ocr.Word(180, 100, 400, 160, ""), [[i] for i in items])])
    text = ocr.layout(page)
    assert [t for t in text.splitlines() if t] == ["1. Partner number 1", "2. Partner number 2",
                                                   "3. Partner number 3", "4."]
    assert len(page.blocks[0].paragraphs[0]) == 4  # the caller's page is left as it was


def test_scanned_lettered_list_keeps_its_letters():
    """Tesseract drops some letters of hanging "a)" … "j)" (")" is left, or nothing); the
    column is read again beside a little of the text, and every item keeps its letter."""
    blocks = _blocks(ocr.page_text(hanging_list(lambda k: "abcdefghij"[k - 1] + ")"), ("it",)))
    items = [b for b in blocks if b[0] == "list_item"]
    assert [b[1] for b in items] == list("abcdefghij")
    assert [b[3][:2] for b in items] == [p[:2] for p in PARTNERS]  # "(SI)" may be read "(Sl)"
    assert blocks[-1] == ("paragraph", None, None, "Il progetto ha un bilancio complessivo di 1 200 000 EUR.")


def test_blank_page_with_a_language_has_no_text():
    """No first pass to stop at: the list-marker repairs find nothing to repair."""
    assert ocr.page_text(scan([[("", 0, 10)]]), ("it",)) == ""
