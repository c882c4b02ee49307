"""Office readers (.docx, .pptx) and the zip sanity check they share. Every document is
built here with python-docx / python-pptx."""
from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import pptx
import pytest
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from lxml import etree
from pptx.util import Inches

from pipeline.build import extract_one
from pipeline.errors import PipelineError
from pipeline.readers import read_document
from pipeline.readers import ooxml
from pipeline.readers.docx import read as read_docx
from pipeline.readers.pptx import read as read_pptx

ROOT = Path(__file__).resolve().parents[1]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def blocks(reading):
    text = reading.builder.text()
    return [(b.kind, text[b.start:b.end], b.level, b.number, b.marker, b.page) for b in reading.builder.blocks]


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- docx helpers

def new_list(document, levels: list[tuple[str, str]], start: int = 1) -> str:
    """Add a list definition to numbering.xml: one (numFmt, lvlText) per level; its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))]
    abstract_id = max(ids) + 1
    num_id = max(int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))) + 1
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start if i == 0 else 1}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)  # abstractNum elements come before num elements
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return str(num_id)


def item(document, text: str, num_id: str, ilvl: int):
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


MULTILEVEL = [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)")]
BULLETS = [("bullet", "\uf0b7"), ("bullet", "o"), ("bullet", "\uf0a7")]


def structured_docx() -> bytes:
    d = docx.Document()
    d.add_heading("ChemClust", 0)  # Title style
    d.add_heading("Partneři projektu", 1)
    multi = new_list(d, MULTILEVEL)
    item(d, "Zlepšování politického rámce", multi, 0)
    item(d, "Společné návrhy", multi, 1)
    item(d, "Akční plány", multi, 1)
    item(d, "detail", multi, 2)
    item(d, "Identifikace potenciálu", multi, 0)
    item(d, "Případové studie", multi, 1)
    bullets = new_list(d, BULLETS)
    item(d, "potravinářství;", bullets, 0)
    item(d, "energetika", bullets, 1)
    item(d, "turismus", bullets, 0)
    later = new_list(d, [("upperRoman", "%1.")], start=4)
    item(d, "Čtvrtá kapitola", later, 0)
    # a localised heading style (no outline level) and a style with an outline level only
    nadpis = d.styles.add_style("Nadpis 2", 1)
    nadpis.font.bold = True
    d.add_paragraph("Rozpočet", style=nadpis)
    custom = d.styles.add_style("Projekt Kopf", 1)
    custom.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W_NS}" w:val="2"/>'))
    d.add_paragraph("Finanzierung", style=custom)
    p = d.add_paragraph("Celkový rozpočet projektu je 2 053 050 EUR a bude využit na regio-")
    p.add_run().add_break()
    p.add_run("nální spolupráci.")
    p.add_run().add_break()
    p.add_run("Doba trvání: 1. 4. 2011 – 31. 3. 2014")
    d.add_paragraph("Partner 1", style="List Bullet")
    d.add_paragraph("Partner 1a", style="List Bullet 2")
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("Partner", "Country", "Role"), ("CzechInvest", "CZ", "Lead partner"),
                             ("Piemonte Region", "IT", "partner"), ("", "", "")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(2, 2).merge(table.cell(3, 2))  # a vertical merge: shown once
    table.cell(3, 0).text = "Univerzita v Lublani"
    table.cell(3, 1).text = "SI"
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Kontakt"
    inner.cell(0, 1).text = "info@czechinvest.org"
    d.add_paragraph("Děkuji za pozornost.")
    d.sections[0].header.paragraphs[0].text = "Regionální rozvojová agentura – záhlaví"
    d.sections[0].footer.paragraphs[0].text = "Strana 1"
    return saved(d)


def test_docx_blocks_in_document_order():
    got = blocks(read_docx(structured_docx()))
    assert got == [
        ("heading", "ChemClust", 0, None, None, 1),
        ("heading", "Partneři projektu", 0, None, None, 1),
        ("list_item", "Zlepšování politického rámce", 0, "1", None, 1),
        ("list_item", "Společné návrhy", 1, "1.1", None, 1),
        ("list_item", "Akční plány", 1, "1.2", None, 1),
        ("list_item", "detail", 2, "a", None, 1),
        ("list_item", "Identifikace potenciálu", 0, "2", None, 1),
        ("list_item", "Případové studie", 1, "2.1", None, 1),  # the deeper level restarted
        ("list_item", "potravinářství;", 0, None, "•", 1),
        ("list_item", "energetika", 1, None, "o", 1),
        ("list_item", "turismus", 0, None, "•", 1),
        ("list_item", "Čtvrtá kapitola", 0, "IV", None, 1),
        ("heading", "Rozpočet", 1, None, None, 1),
        ("heading", "Finanzierung", 2, None, None, 1),
        ("paragraph", "Celkový rozpočet projektu je 2 053 050 EUR a bude využit na regionální spolupráci.", 0,
         None, None, 1),
        ("paragraph", "Doba trvání: 1. 4. 2011 – 31. 3. 2014", 0, None, None, 1),
        ("list_item", "Partner 1", 0, None, "•", 1),
        ("list_item", "Partner 1a", 1, None, "•", 1),
        ("table_row", "Partner | Country | Role", 0, None, None, 1),
        ("table_row", "CzechInvest | CZ | Lead partner", 0, None, None, 1),
        ("table_row", "Kontakt | info@czechinvest.org", 0, None, None, 1),  # the nested table
        ("table_row", "Piemonte Region | IT | partner", 0, None, None, 1),
        ("table_row", "Univerzita v Lublani | SI |", 0, None, None, 1),
        ("paragraph", "Děkuji za pozornost.", 0, None, None, 1),
    ]


def test_docx_leaves_out_headers_footers_and_deleted_text():
    d = docx.Document()
    p = d.add_paragraph("Projekt ")
    p._p.append(parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="a"><w:r><w:delText>SMAZÁNO </w:delText>'
                          f'</w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="a"><w:r><w:t>ChemClust je '
                          f'financován z programu INTERREG IVC.</w:t></w:r></w:ins>'))
    d.sections[0].footer.paragraphs[0].text = "Strana 1 z 3"
    got = blocks(read_docx(saved(d)))
    assert got == [("paragraph", "Projekt ChemClust je financován z programu INTERREG IVC.", 0, None, None, 1)]


def test_docx_numbered_list_restarts_per_list_and_continues_within_one():
    d = docx.Document()
    first = new_list(d, [("decimal", "%1)")])
    item(d, "Alfa projekt", first, 0)
    item(d, "Beta projekt", first, 0)
    d.add_paragraph("Mezi odstavec.")
    item(d, "Gama projekt", first, 0)  # the same list (numId) goes on: 3
    second = new_list(d, [("lowerLetter", "(%1)")])
    item(d, "Delta projekt", second, 0)
    got = [(k, t, n) for k, t, _, n, _, _ in blocks(read_docx(saved(d)))]
    assert got == [("list_item", "Alfa projekt", "1"), ("list_item", "Beta projekt", "2"),
                   ("paragraph", "Mezi odstavec.", None), ("list_item", "Gama projekt", "3"),
                   ("list_item", "Delta projekt", "a")]


# ------------------------------------------------- docx against the same text as plain text

def docx_from_blocks(doc) -> bytes:
    """A Word document with the blocks a text reader found: headings as Heading 1, list
    items as Word lists (a new list wherever the text starts one), tables as tables."""
    d = docx.Document()
    blocks_ = doc.blocks
    i = 0
    list_id = None
    while i < len(blocks_):
        b = blocks_[i]
        text = doc.block_text(b)
        if b.kind == "heading":
            d.add_heading(text, 1)
            list_id = None
        elif b.kind == "list_item":
            if list_id is None:
                start = int(b.number) if b.number and b.number.isdigit() else 1
                levels = [("decimal", "%1.") if b.number and b.number.isdigit() else ("bullet", b.marker or "•"),
                          ("bullet", "•"), ("bullet", "-")]
                list_id = new_list(d, levels, start=start)
            item(d, text, list_id, b.level)
        elif b.kind == "table_row":
            rows = []
            while i < len(blocks_) and blocks_[i].kind == "table_row":
                rows.append(doc.block_text(blocks_[i]).split(" | "))
                i += 1
            table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            list_id = None
            continue
        else:
            d.add_paragraph(text, style="Body Text")
            list_id = None
        i += 1
    return saved(d)


def comparable(record: dict) -> dict:
    """A record without what names the file (id, path, hash, format)."""
    record = copy.deepcopy(record)
    record.pop("doc_id", None)
    record.pop("source", None)
    return record


@pytest.mark.parametrize("name", ["000_cc6f0a5265530618.txt", "001_be73426459ade5b1.txt"])
def test_docx_gives_the_records_of_the_same_text(name):
    data = (ROOT / "raw" / name).read_bytes()
    text_doc = read_document(data, name, "t")
    as_docx = docx_from_blocks(text_doc)
    got = read_document(as_docx, name.replace(".txt", ".docx"), "t")
    assert [(b.kind, got.block_text(b), b.level) for b in got.blocks] == \
           [(b.kind, text_doc.block_text(b), b.level) for b in text_doc.blocks]
    assert got.text == text_doc.text
    record_docx, _ = extract_one(as_docx, name.replace(".txt", ".docx"), "t")
    record_text, _ = extract_one(data, name, "t")
    assert record_docx["source"]["format"] == "docx"
    assert comparable(record_docx) == comparable(record_text)


# ---------------------------------------------------------------- pptx

def set_bullet(paragraph, kind: str, start: int = 1) -> None:
    """kind: "none" (no bullet), "auto" (1. 2. 3.) or a bullet character."""
    ppr = paragraph._p.get_or_add_pPr()
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    if kind == "none":
        el = f'<a:buNone xmlns:a="{a}"/>'
    elif kind == "auto":
        el = f'<a:buAutoNum xmlns:a="{a}" type="arabicPeriod" startAt="{start}"/>'
    else:
        el = f'<a:buChar xmlns:a="{a}" char="{kind}"/>'
    ppr.append(etree.fromstring(el))


def test_pptx_slides_titles_bullets_tables_and_reading_order():
    prs = pptx.Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[0])  # title slide
    s1.shapes.title.text = "ClusterCOOP"
    s1.placeholders[1].text_frame.text = "Enhancing Framework Conditions for an effective Transnational Cluster"
    s2 = prs.slides.add_slide(prs.slide_layouts[1])  # title and content: bulleted body
    s2.shapes.title.text = "Partneři:"
    body = s2.placeholders[1].text_frame
    body.text = "Ministerstvo průmyslu a obchodu ČR,"
    for text, level in [("CzechInvest,", 0), ("Divize Praha", 1), ("Piemonte Region", 0)]:
        p = body.add_paragraph()
        p.text = text
        p.level = level
    s3 = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    s3.shapes.title.text = "Stěžejní aktivity"
    low = s3.shapes.add_textbox(Inches(1), Inches(5), Inches(6), Inches(1))
    low.text_frame.text = "Děkuji za pozornost…"
    right = s3.shapes.add_textbox(Inches(5), Inches(1.5), Inches(4), Inches(1))
    right.text_frame.text = "Celkový rozpočet projektu: 2.053.050 EUR"
    left = s3.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(4), Inches(1))
    left.text_frame.text = "Zlepšování politického rámce"
    set_bullet(left.text_frame.paragraphs[0], "auto")
    p = left.text_frame.add_paragraph()
    p.text = "Identifikace potenciálu"
    set_bullet(p, "auto")
    group = s3.shapes.add_group_shape()
    g1 = group.shapes.add_textbox(Inches(0.5), Inches(3), Inches(4), Inches(0.5))
    g1.text_frame.text = "Lead partner: Maďarské ministerstvo hospodářství"
    table = s3.shapes.add_table(3, 2, Inches(0.5), Inches(4), Inches(6), Inches(1)).table
    for r, row in enumerate([("Partner", "Country"), ("CzechInvest", "CZ"), ("Univerzita v Lublani", "SI")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    s3.notes_slide.notes_text_frame.text = "Poznámky řečníka: nečíst"
    s4 = prs.slides.add_slide(prs.slide_layouts[6])  # blank: no title placeholder
    box = s4.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
    box.text_frame.text = "CENTRAMO"
    box.text_frame.add_paragraph().text = "Cluster Excellence Network for Training and Mobility"
    got = blocks(read_pptx(saved(prs)))
    assert got == [
        ("heading", "ClusterCOOP", 0, None, None, 1),
        ("paragraph", "Enhancing Framework Conditions for an effective Transnational Cluster", 0, None, None, 1),
        ("heading", "Partneři:", 0, None, None, 2),
        ("list_item", "Ministerstvo průmyslu a obchodu ČR,", 0, None, "•", 2),
        ("list_item", "CzechInvest,", 0, None, "•", 2),
        ("list_item", "Divize Praha", 1, None, "–", 2),
        ("list_item", "Piemonte Region", 0, None, "•", 2),
        ("heading", "Stěžejní aktivity", 0, None, None, 3),
        ("list_item", "Zlepšování politického rámce", 0, "1", None, 3),
        ("list_item", "Identifikace potenciálu", 0, "2", None, 3),
        ("paragraph", "Celkový rozpočet projektu: 2.053.050 EUR", 0, None, None, 3),
        ("paragraph", "Lead partner: Maďarské ministerstvo hospodářství", 0, None, None, 3),
        ("table_row", "Partner | Country", 0, None, None, 3),
        ("table_row", "CzechInvest | CZ", 0, None, None, 3),
        ("table_row", "Univerzita v Lublani | SI", 0, None, None, 3),
        ("paragraph", "Děkuji za pozornost…", 0, None, None, 3),
        ("heading", "CENTRAMO", 0, None, None, 4),
        ("paragraph", "Cluster Excellence Network for Training and Mobility", 0, None, None, 4),
    ]


def pptx_from_slides(doc) -> bytes:
    """A deck with the slides the slide-text reader found: the first heading of a slide as
    its title, the other blocks as body paragraphs with their bullets, numbers and levels."""
    prs = pptx.Presentation()
    pages = sorted({b.page for b in doc.blocks})
    for page in pages:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        own = [b for b in doc.blocks if b.page == page]
        if own[0].kind == "heading":
            slide.shapes.title.text = doc.block_text(own[0])
            own = own[1:]
        frame = slide.placeholders[1].text_frame
        for k, b in enumerate(own):
            p = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
            p.text = doc.block_text(b)
            p.level = b.level
            if b.kind != "list_item":
                set_bullet(p, "none")
            elif b.number:
                set_bullet(p, "auto", int(b.number))
            else:
                set_bullet(p, b.marker or "•")
    return saved(prs)


def test_pptx_gives_the_records_of_the_same_slide_text():
    name = "003_9f6fef569baebc75.txt"
    data = (ROOT / "raw" / name).read_bytes()
    text_doc = read_document(data, name, "t")
    assert text_doc.format == "slides"
    deck = pptx_from_slides(text_doc)
    got = read_document(deck, "003.pptx", "t")
    assert [(b.kind, got.block_text(b), b.level, b.number, b.page) for b in got.blocks] == \
           [(b.kind, text_doc.block_text(b), b.level, b.number, b.page) for b in text_doc.blocks]
    record_pptx, _ = extract_one(deck, "003.pptx", "t")
    record_text, _ = extract_one(data, name, "t")
    assert record_pptx["source"]["format"] == "pptx"
    assert comparable(record_pptx) == comparable(record_text)


# ---------------------------------------------------------------- zip checks and errors

def zip_bytes(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, content in members.items():
            z.writestr(zipfile.ZipInfo(name), content, compress_type=method)
    return out.getvalue()


OOXML = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}


def code_of(data: bytes, path: str = "x.docx") -> str:
    with pytest.raises(PipelineError) as err:
        read_document(data, path, "x")
    return err.value.code


def test_not_a_zip_and_a_corrupt_zip_are_unreadable():
    assert code_of(b"Hello, this is text named .docx") == "unreadable"
    good = structured_docx()
    assert code_of(good[: len(good) // 2]) == "unreadable"  # truncated: no central directory
    assert code_of(zip_bytes({"readme.txt": b"hi"})) == "unreadable"  # a zip, not OOXML
    assert code_of(structured_docx(), "deck.pptx") == "unreadable"  # a Word file named .pptx


def test_hostile_packages_are_refused_before_opening():
    with pytest.raises(PipelineError, match="outside"):
        ooxml.check_package(zip_bytes({**OOXML, "../evil.xml": b"x"}), "word/document.xml", "docx")
    with pytest.raises(PipelineError, match="outside"):
        ooxml.check_package(zip_bytes({**OOXML, "/etc/evil.xml": b"x"}), "word/document.xml", "docx")
    with pytest.raises(PipelineError, match="zip bomb"):
        ooxml.check_package(zip_bytes({**OOXML, "word/media/big.bin": b"\0" * (4 << 20)}),
                            "word/document.xml", "docx")
    assert code_of(zip_bytes({**OOXML, "word/media/big.bin": b"\0" * (4 << 20)})) == "too-large"  # issue 6: a size limit, not a broken file


def test_too_many_entries_and_too_large(monkeypatch):
    monkeypatch.setattr(ooxml, "MAX_ENTRIES", 5)
    many = zip_bytes({**OOXML, **{f"word/m{i}.xml": b"x" for i in range(5)}})
    with pytest.raises(PipelineError, match="entries"):
        ooxml.check_package(many, "word/document.xml", "docx")
    monkeypatch.setattr(ooxml, "MAX_UNPACKED", 1000)
    big = zip_bytes({**OOXML, "word/media/a.bin": bytes(range(256)) * 8}, zipfile.ZIP_STORED)
    with pytest.raises(PipelineError, match="unpack"):
        ooxml.check_package(big, "word/document.xml", "docx")


def ole(streams: list[str]) -> bytes:
    """Enough of an OLE compound file for the check: the signature and directory names."""
    names = b"".join(s.encode("utf-16-le") + b"\0\0" for s in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + names


def test_encrypted_ooxml_and_legacy_formats():
    assert code_of(ole(["EncryptionInfo", "EncryptedPackage"])) == "encrypted"
    assert code_of(ole(["EncryptionInfo", "EncryptedPackage"]), "deck.pptx") == "encrypted"
    assert code_of(ole(["WordDocument", "1Table"])) == "unreadable"  # a .doc renamed .docx
    assert code_of(ole(["WordDocument"]), "old.doc") == "unsupported-format"
    assert code_of(ole(["PowerPoint Document"]), "old.ppt") == "unsupported-format"


def test_an_empty_docx_is_empty():
    assert code_of(saved(docx.Document())) == "empty"
