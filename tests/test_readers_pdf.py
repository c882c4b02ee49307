"""PDF reader: reading order, lines read as page text, tables, running lines, hyphens,
errors. Every PDF is drawn here with reportlab (DejaVu Sans, so Czech and Polish letters
render; invariant=1 for the same bytes every run)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib import pdfencrypt  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402

from pipeline.build import extract_one  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.readers import pagetext, pdf  # noqa: E402
from pipeline.tables import rows_of  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROOT = Path(__file__).resolve().parents[1]
if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))

A4 = (595.0, 842.0)


def _canvas(size=A4, **kw) -> tuple[canvas.Canvas, io.BytesIO]:
    buf = io.BytesIO()
    return canvas.Canvas(buf, pagesize=size, invariant=1, **kw), buf


def text_pdf(pages: list[str], size: float = 10, page_size=A4, header: str | None = None,
             footer: str | None = None) -> bytes:
    """Each text line drawn where a text dump would put it: leading spaces kept as
    glyphs (so they indent), a blank line one line of space."""
    c, buf = _canvas(page_size)
    for n, page in enumerate(pages, start=1):
        c.setFont("DejaVu", size)
        if header:
            c.drawString(60, page_size[1] - 40, header.replace("#", str(n)))
        if footer:
            c.drawString(280, 30, footer.replace("#", str(n)))
        y = page_size[1] - 70
        for line in page.split("\n"):
            c.drawString(60, y, line.rstrip())
            y -= size * 1.2
        c.showPage()
    c.save()
    return buf.getvalue()


def blocks(builder) -> list[tuple]:
    text = builder.text()
    return [(b.kind, text[b.start:b.end], b.level, b.number, b.marker, b.page) for b in builder.blocks]


ONE_COLUMN = """Projekt ClusterCOOP

Partneři projektu
1. Jihomoravské inovační centrum (CZ)
2. Politechnika Łódzka (PL)
   a) Wydział Zarządzania
   b) Centrum Transferu Technologii
3. Úřad regionu Bratislava (SK)

Aktivity
• Výměna zkušeností mezi klastry
  - studijní cesty
  - semináře
• Společná strategie

Cílem projektu je zlepšení účinnosti regionálních rozvojových politik v oblasti
inovací a klastrových politik pro chemický sektor."""


def test_one_column_gives_the_blocks_of_its_text():
    got = blocks(pdf.read(text_pdf([ONE_COLUMN])).builder)
    assert got == blocks(pagetext.read(ONE_COLUMN))
    kinds = [(k, t[:20], lvl) for k, t, lvl, *_ in got]
    assert kinds[:6] == [("heading", "Projekt ClusterCOOP", 0), ("heading", "Partneři projektu", 0),
                         ("list_item", "Jihomoravské inovačn", 0), ("list_item", "Politechnika Łódzka ", 0),
                         ("list_item", "Wydział Zarządzania", 1), ("list_item", "Centrum Transferu Te", 1)]
    assert ("list_item", "studijní cesty", 1, None, "-", 1) in got
    assert got[-1] == ("paragraph", "Cílem projektu je zlepšení účinnosti regionálních rozvojových politik v "
                       "oblasti inovací a klastrových politik pro chemický sektor.", 0, None, None, 1)


def test_pages_are_pdf_pages_and_lists_restart_on_each_page():
    pages = ["Aktivity\n1. První aktivita projektu", "2. Druhá aktivita projektu\n\nZávěr projektu je v roce 2014."]
    got = blocks(pdf.read(text_pdf(pages)).builder)
    assert got == blocks(pagetext.read("\f".join(pages)))
    assert [b[-1] for b in got] == [1, 1, 2, 2]


LEFT = ["The project brings together eleven regions", "from six countries that share a strong",
        "chemical industry and want to improve", "their innovation policies.", "",
        "Each region prepares an action plan", "with its stakeholders."]
RIGHT = ["The partners meet twice a year in one of", "the regions to visit good practices", "and discuss policy recommendations.", "",
         "The results are published in a final", "report for policy makers in 2014."]


def two_column_pdf() -> bytes:
    c, buf = _canvas()
    c.setFont("DejaVu", 16)
    c.drawString(60, 780, "ChemClust: Regional Innovation for Chemical Clusters")
    c.setFont("DejaVu", 10)
    for x, lines in ((310, RIGHT), (60, LEFT)):  # the right column is drawn first
        y = 740
        for line in lines:
            c.drawString(x, y, line)
            y -= 12
    c.setFont("DejaVu", 10)
    c.drawString(60, 620, "A full-width paragraph below both columns closes the page and names the")
    c.drawString(60, 608, "partnership as a whole, which runs from 2011 to 2014.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_two_columns_are_read_left_then_right_after_the_full_width_heading():
    got = [(k, t) for k, t, *_ in blocks(pdf.read(two_column_pdf()).builder)]
    assert got == [
        ("heading", "ChemClust: Regional Innovation for Chemical Clusters"),
        ("paragraph", "The project brings together eleven regions from six countries that share a strong "
                      "chemical industry and want to improve their innovation policies."),
        ("paragraph", "Each region prepares an action plan with its stakeholders."),
        ("paragraph", "The partners meet twice a year in one of the regions to visit good practices and "
                      "discuss policy recommendations."),
        ("paragraph", "The results are published in a final report for policy makers in 2014."),
        ("paragraph", "A full-width paragraph below both columns closes the page and names the partnership "
                      "as a whole, which runs from 2011 to 2014."),
    ]


PARTNERS = [("Partner", "Country"), ("Ministry of Economy and Labour of Saxony-Anhalt", "Germany"),
            ("Regional Development Agency of Asturias", "Spain"), ("Mazowieckie Voivodeship", "Poland"),
            ("Ústí Region", "Czech Republic"), ("Province of Novara", "Italy")]
INTRO = ("ChemClust is an Interreg IVC project that improves regional innovation policies for the chemical "
         "sector. The project runs from January 2010 to December 2012 and its total budget is EUR 1 950 000.")


def table_pdf() -> bytes:
    c, buf = _canvas()
    c.setFont("DejaVu", 10)
    c.drawString(60, 780, "ChemClust")
    y = 750
    cut = INTRO.index(" ", 90)
    for line in (INTRO[:cut], INTRO[cut:]):
        c.drawString(60, y, line.strip())
        y -= 12
    c.drawString(60, 700, "Project partners")
    table = Table([list(r) for r in PARTNERS])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    _, h = table.wrapOn(c, 480, 400)
    table.drawOn(c, 60, 690 - h)
    c.showPage()
    c.save()
    return buf.getvalue()


def table_markdown() -> str:
    rows = ["| " + " | ".join(r) + " |" for r in PARTNERS]
    return "\n".join(["ChemClust", "", INTRO, "", "Project partners", "", rows[0], "|---|---|", *rows[1:]]) + "\n"


def test_a_partner_table_becomes_table_rows_header_first():
    got = blocks(pdf.read(table_pdf()).builder)
    rows = [t for k, t, *_ in got if k == "table_row"]
    assert rows == [" | ".join(r) for r in PARTNERS]
    assert not any("Asturias" in t for k, t, *_ in got if k != "table_row")


def records_without_pages(data: bytes, path: str) -> dict:
    record, _ = extract_one(data, path, "doc")
    rows = rows_of(record)
    del rows["documents"]
    return {name: [{k: v for k, v in r.items() if k != "page"} for r in table] for name, table in rows.items()}


def test_a_partner_table_gives_the_partners_and_countries_of_its_text():
    from_pdf = records_without_pages(table_pdf(), "doc.pdf")
    from_md = records_without_pages(table_markdown().encode(), "doc.md")
    got = [(p["name"], p["country"]) for p in from_pdf["partners"]]
    assert ("Regional Development Agency of Asturias", "ES") in got and ("Ústí Region", "CZ") in got
    assert from_pdf["partners"] == from_md["partners"]


def seed_pdf(seed: str) -> tuple[str, bytes]:
    """A seed's text drawn line by line on one tall page (its lines are up to 112 characters)."""
    text = (ROOT / "raw" / seed).read_text(encoding="utf-8")
    return text, text_pdf([text], size=7, page_size=(620, 110 + 8.4 * len(text.split("\n"))))


def test_a_seed_rendered_as_pdf_gives_the_records_of_its_text():
    seed = "000_cc6f0a5265530618.txt"  # page text: indented and wrapped partner list, paragraphs
    text, data = seed_pdf(seed)
    from_pdf = records_without_pages(data, "seed.pdf")
    assert from_pdf == records_without_pages(text.encode(), seed)
    assert len(from_pdf["partners"]) >= 8


def test_a_double_spaced_seed_gives_the_blocks_of_its_text():
    # every line of this one is followed by an empty line, and a few are not: the blank
    # lines must be told from the line spacing (as text it is read as slides, so only
    # its blocks as page text are compared)
    text, data = seed_pdf("003_9f6fef569baebc75.txt")
    assert blocks(pdf.read(data).builder) == blocks(pagetext.read(text))


def test_running_headers_footers_and_page_numbers_are_dropped():
    pages = ["Einleitung\n\nDas Projekt verbessert die Clusterpolitik in Südosteuropa.",
             "Partner\n\nDie 25 Partner kommen aus 11 Ländern.",
             "Ergebnisse\n\nEin Aktionsplan für jede Region."]
    data = text_pdf(pages, header="ClusterPoliSEE Newsletter 2013", footer="Seite # von 3")
    got = [(t, p) for _, t, *_, p in blocks(pdf.read(data).builder)]
    assert got == [("Einleitung", 1), ("Das Projekt verbessert die Clusterpolitik in Südosteuropa.", 1),
                   ("Partner", 2), ("Die 25 Partner kommen aus 11 Ländern.", 2),
                   ("Ergebnisse", 3), ("Ein Aktionsplan für jede Region.", 3)]
    # a lone page number at the foot of each page goes too
    got = blocks(pdf.read(text_pdf(pages, footer="- # -")).builder)
    assert [t for _, t, *_ in got][:2] == ["Einleitung", "Das Projekt verbessert die Clusterpolitik in Südosteuropa."]
    assert len(got) == 6


def test_hyphens_at_line_ends_split_words_but_real_hyphens_stay():
    page = ("Die Koope-\nration zwischen Baden-\nWürttemberg und Sachsen im Interreg V-\nA Programm läuft von 2014-\n"
            "2020 und stärkt die EU-\nprojekte der Cross-\nborder Region; die cross-border Arbeit wird bewer-\ntet.")
    got = blocks(pdf.read(text_pdf([page])).builder)
    assert [t for _, t, *_ in got] == [
        "Die Kooperation zwischen Baden-Württemberg und Sachsen im Interreg V-A Programm läuft von 2014-2020 "
        "und stärkt die EU-projekte der Cross-border Region; die cross-border Arbeit wird bewertet."]


def test_join_lines():
    assert pdf.join_lines(["Koope-", "ration"], set()) == "Kooperation"
    assert pdf.join_lines(["Baden-", "Württemberg"], set()) == "Baden-Württemberg"
    assert pdf.join_lines(["well-", "known facts"], {"well-known"}) == "well-known facts"
    assert pdf.join_lines(["well-", "known facts"], {"well-known", "wellknown"}) == "wellknown facts"
    assert pdf.join_lines(["Partners -", "Lead"], set()) == "Partners - Lead"
    assert pdf.join_lines(["two", "lines"], set()) == "two lines"


def test_ligatures_become_letters():
    got = blocks(pdf.read(text_pdf(["The \ufb01nancial \ufb02ow of the o\ufb03ce and the e\ufb00ect."])).builder)
    assert got[0][1] == "The financial flow of the office and the effect."


def test_a_password_protected_pdf_is_an_encrypted_error():
    enc = pdfencrypt.StandardEncryption("user-secret", "owner-secret", strength=128)
    c, buf = _canvas(encrypt=enc)
    c.setFont("DejaVu", 10)
    c.drawString(60, 780, "Secret project partners")
    c.save()
    with pytest.raises(PipelineError) as err:
        pdf.read(buf.getvalue())
    assert err.value.code == "encrypted"


def test_a_pdf_with_only_an_owner_password_is_read():
    enc = pdfencrypt.StandardEncryption("", "owner-secret", canPrint=0, strength=128)
    c, buf = _canvas(encrypt=enc)
    c.setFont("DejaVu", 10)
    c.drawString(60, 780, "Open project partners")
    c.save()
    assert [t for _, t, *_ in blocks(pdf.read(buf.getvalue()).builder)] == ["Open project partners"]


@pytest.mark.parametrize("data", [b"", b"hello, not a PDF", "half"])
def test_truncated_or_foreign_bytes_are_unreadable(data):
    if data == "half":
        full = text_pdf([ONE_COLUMN])
        data = full[: len(full) // 2]
    with pytest.raises(PipelineError) as err:
        pdf.read(data)
    assert err.value.code == "unreadable"


def test_a_pdf_without_text_or_images_is_empty():
    c, buf = _canvas()
    c.line(60, 700, 300, 700)
    c.showPage()
    c.save()
    with pytest.raises(PipelineError) as err:
        pdf.read(buf.getvalue())
    assert err.value.code == "empty"


def scanned_pdf(stamp: str = "") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 20), "Partners", fill=0)
    png = io.BytesIO()
    image.save(png, format="PNG")
    png.seek(0)
    from reportlab.lib.utils import ImageReader

    c, buf = _canvas()
    c.setFont("DejaVu", 10)
    c.drawString(60, 780, "Page one has a text layer.")
    c.showPage()
    if stamp:  # a scan of the whole page with a page number stamped on it
        c.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
        c.setFont("DejaVu", 8)
        c.drawString(500, 20, stamp)
    else:
        c.drawImage(ImageReader(png), 60, 500, width=400, height=200)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_scanned_page_goes_to_ocr_and_its_error_is_the_files_error():
    from pipeline.readers import ocr

    if getattr(ocr, "__doc__", "").startswith("OCR of scanned pages (a page with no text layer). Stub"):
        with pytest.raises(PipelineError) as err:
            pdf.read(scanned_pdf())
        assert err.value.code == "ocr-unavailable"


def test_a_scanned_page_is_read_from_the_ocr_text(monkeypatch):
    from pipeline.readers import ocr

    seen = {}

    def fake(image, languages=()):
        seen["size"] = image.size
        return "Partneři\n\n1. Jihomoravské inovační centrum (CZ)\n2. Politechnika Łódzka (PL)\n"

    monkeypatch.setattr(ocr, "page_text", fake)
    reading = pdf.read(scanned_pdf())
    assert reading.ocr_pages == frozenset({2})
    assert abs(seen["size"][0] - 2480) <= 1 and abs(seen["size"][1] - 3508) <= 1  # A4 at 300 dpi
    assert blocks(reading.builder) == [
        ("paragraph", "Page one has a text layer.", 0, None, None, 1), ("heading", "Partneři", 0, None, None, 2),
        ("list_item", "Jihomoravské inovační centrum (CZ)", 0, "1", None, 2),
        ("list_item", "Politechnika Łódzka (PL)", 0, "2", None, 2)]


def test_a_scan_with_a_stamped_page_number_is_read_by_ocr(monkeypatch):
    from pipeline.readers import ocr

    monkeypatch.setattr(ocr, "page_text", lambda image, languages=(): "Projekt ClusterCOOP\n")
    reading = pdf.read(scanned_pdf(stamp="2"))
    assert reading.ocr_pages == frozenset({2})
    assert [t for _, t, *_ in blocks(reading.builder)] == ["Page one has a text layer.", "Projekt ClusterCOOP"]


def test_same_bytes_same_blocks():
    data = two_column_pdf()
    assert data == two_column_pdf()
    assert blocks(pdf.read(data).builder) == blocks(pdf.read(data).builder)


def test_lines_the_layout_wrapped_are_one_paragraph():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    text = ("Die Partner des Projekts kommen aus Tschechien, Polen, der Slowakei und Ungarn. Sie Treffen "
            "Sich Zweimal Im Jahr In Brno Oder Bratislava Und Besuchen Dort Gute Beispiele Der Regionalen "
            "Clusterpolitik Und Der Zusammenarbeit Von Unternehmen Mit Hochschulen.")
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=12)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([Paragraph(text, style), Paragraph("Ende.", style)])
    got = blocks(pdf.read(buf.getvalue()).builder)
    # capitalised words open most lines, so only the right edge tells that they wrapped
    assert [(k, t) for k, t, *_ in got] == [("paragraph", text), ("paragraph", "Ende.")]


def test_a_list_items_hanging_line_joins_it_even_when_its_first_word_would_have_fitted():
    # A layout may carry a capitalised word over although it would have fitted (it kept
    # "Rhine- Westphalia" together); the hanging indent still says the item goes on.
    c, buf = _canvas()
    c.setFont("DejaVu", 10)
    c.drawString(60, 770, "2.")
    c.drawString(76, 770, "Ministry of Economy, Businesses and Energy, North")
    c.drawString(76, 758, "Rhine- Westphalia (DE)")
    c.drawString(60, 746, "3.")
    c.drawString(76, 746, "Regional Development Agency of the Principality of Asturias (ES)")
    c.drawString(60, 722, "Cílem projektu je zlepšení účinnosti regionálních politik.")
    c.showPage()
    c.save()
    got = [(kind, text, number) for kind, text, _, number, _, _ in blocks(pdf.read(buf.getvalue()).builder)]
    assert got == [
        ("list_item", "Ministry of Economy, Businesses and Energy, North Rhine- Westphalia (DE)", "2"),
        ("list_item", "Regional Development Agency of the Principality of Asturias (ES)", "3"),
        ("paragraph", "Cílem projektu je zlepšení účinnosti regionálních politik.", None),
    ]


def test_a_list_number_glued_to_its_text_by_a_narrow_tab_still_opens_an_item():
    # Office suites put an item's text at a tab stop and write no space; after "10." the
    # tab can be half a point wide, and PDFium then reads one word, "10.Development".
    c, buf = _canvas()
    c.setFont("DejaVu", 10)
    for k, (number, name) in enumerate([("9.", "Tees Valley Joint Strategy Unit (UK)"),
                                        ("10.", "Development Company Brunsbuettel (DE)")]):
        y = 770 - 14 * k
        c.drawString(60, y, number)
        c.drawString(60 + c.stringWidth(number, "DejaVu", 10) + 0.5, y, name)
    c.showPage()
    c.save()
    got = [(kind, text, number) for kind, text, _, number, _, _ in blocks(pdf.read(buf.getvalue()).builder)]
    assert got == [("list_item", "Tees Valley Joint Strategy Unit (UK)", "9"),
                   ("list_item", "Development Company Brunsbuettel (DE)", "10")]
