"""A corpus of broken and hostile files, written at test time (nothing large is committed).

`python -m tests.hostile.generate OUT [OUTSIDE]`, or `generate(raw_dir, outside_dir)` from
Python, writes every file of `CORPUS` into `raw_dir` (and the targets of the symbolic links
into `outside_dir`, which must not be inside `raw_dir`). `CORPUS` is the data table: each
file's name, the error code the build must give it (or "ok": read it, and its text holds
`must_hold`), and the function that makes its bytes. Everything is seeded: the same call
writes the same bytes.
"""
from __future__ import annotations

import io
import os
import random
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# a file outside raw/ that an external entity and a symbolic link point at: its token must
# never reach extracted/
SECRET_NAME = "secret.txt"
SECRET_TOKEN = "TOKEN-7f3a9c-NEVER-IN-OUTPUT"
# members with these names try to leave the package; nothing may be written by that name
EVIL_NAME = "hostile-evil-member.txt"

OK_TEXT_CS = ("Přeshraniční spolupráce Žilina – Ostrava\n\n"
              "Projekt Přeshraniční spolupráce Žilina – Ostrava spojuje dvě města. Celkový rozpočet "
              "projektu je 1 250 000 EUR. Projekt začal 1. 3. 2019 a skončil 28. 2. 2021.\n")
OK_MARK = "Přeshraniční spolupráce"


# ------------------------------------------------------------------------- zip helpers

def zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return buf.getvalue()


CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      b'<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(body: bytes, doctype: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
            b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>")


def _para(text: bytes) -> bytes:
    return b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"


def docx_with(extra: dict[str, bytes] | None = None, document: bytes | None = None) -> bytes:
    members = {"[Content_Types].xml": CT, "_rels/.rels": RELS,
               "word/document.xml": document or _document(_para(OK_TEXT_CS.encode()))}
    return zip_bytes({**members, **(extra or {})})


def pptx_with(extra: dict[str, bytes]) -> bytes:
    members = {"[Content_Types].xml": CT, "_rels/.rels": RELS,
               "ppt/presentation.xml": b'<?xml version="1.0"?><p:presentation '
                                       b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'}
    return zip_bytes({**members, **extra})


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite a member's uncompressed size in both the local and the central header:
    a package that says it unpacks to `size` bytes."""
    out = bytearray(data)
    encoded = name.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        pos = out.find(sig)
        while pos >= 0:
            n = struct.unpack_from("<H", out, pos + name_len_at)[0]
            if bytes(out[pos + name_at:pos + name_at + n]) == encoded:
                struct.pack_into("<I", out, pos + size_at, size)
            pos = out.find(sig, pos + 4)
    return bytes(out)


def docx_nested_tables(depth: int = 1000) -> bytes:
    """A real Word package (python-docx's template) whose body nests tables 1,000 deep:
    libxml2 refuses XML deeper than 256 levels, before any recursion of ours."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as template:
        members = {i.filename: template.read(i) for i in template.infolist()}
    cell = b"<w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    members["word/document.xml"] = _document(b"<w:tbl><w:tr><w:tc>" * depth + _para(OK_TEXT_CS.encode())
                                             + cell * depth)
    return zip_bytes(members)


def bomb_declared() -> bytes:
    return _declare_size(docx_with({"word/media/image1.png": b"\x89PNG" + bytes(2000)}),
                         "word/media/image1.png", 0xF0000000)


def bomb_ratio() -> bytes:
    # 64 MiB of zeros deflate to about 64 KiB: 1,000:1
    return docx_with({"word/media/zeros.bin": bytes(64 << 20)})


def bomb_entries() -> bytes:
    return pptx_with({f"ppt/media/m{i}.bin": b"" for i in range(20_000)})


LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>\n")


def laughs_docx() -> bytes:
    return docx_with(document=_document(_para(b"&lol9;"), LAUGHS))


def laughs_pptx() -> bytes:
    slide = (b'<?xml version="1.0"?>\n' + LAUGHS +
             b'<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">&lol9;</p:sld>')
    return pptx_with({"ppt/slides/slide1.xml": slide})


def xxe_docx(outside: Path) -> bytes:
    doctype = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "' + (outside / SECRET_NAME).as_uri().encode() + b'">]>\n'
    return docx_with(document=_document(_para(b"&xxe;"), doctype))


def laughs_utf16_docx() -> bytes:
    text = _document(_para(b"&lol9;"), LAUGHS).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return docx_with(document=b"\xff\xfe" + text.encode("utf-16-le"))


def absolute_member_docx() -> bytes:
    return docx_with({f"/tmp/{EVIL_NAME}": b"written from a member name"})


def parent_member_pptx() -> bytes:
    return pptx_with({f"../../{EVIL_NAME}": b"written from a member name"})


def ole(streams: list[str]) -> bytes:
    """Enough of an OLE compound file for the readers' check: signature and stream names."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"".join(
        s.encode("utf-16-le") + b"\0\0" for s in streams)


# ------------------------------------------------------------------------------- PDF

def raw_pdf(objects: list[bytes], size: int | None = None) -> bytes:
    """A PDF from numbered object bodies (1 = catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size or len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, compress: bool = True) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_pages(n: int, text: bytes = b"Page") -> bytes:
    """n pages sharing one font and one content stream."""
    kids = b" ".join(b"%d 0 R" % (5 + k) for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
               FONT,
               _stream(b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET", compress=False)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents 4 0 R >>"] * n
    return raw_pdf(objects)


def pdf_one_page(content: bytes, size: int | None = None) -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                    FONT, _stream(content),
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents 4 0 R >>"], size)


def pdf_many_objects() -> bytes:
    # 150,000 filled rectangles on one page
    return pdf_one_page(b"".join(b"%d %d 1 1 re f\n" % (k % 500, k // 500) for k in range(150_000)))


def pdf_giant_scan() -> bytes:
    """A page of 200 by 200 inches holding only an image: rendered at 300 dpi for OCR it
    would take 14 GB."""
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                    image, _stream(b"q 14400 0 0 14400 0 0 cm /Im1 Do Q", compress=False),
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] "
                    b"/Resources << /XObject << /Im1 3 0 R >> >> /Contents 4 0 R >>"])


def pdf_declared_objects() -> bytes:
    return pdf_one_page(b"BT /F1 12 Tf 72 720 Td (Projekt) Tj ET", size=50_000_000)


def pdf_many_chars() -> bytes:
    # 300,000 characters in 20 runs set at 0.1 pt (PDFium keeps at most 32,767 of one string)
    run = b"(" + b"Projekt " * 1_875 + b") Tj 0 -0.2 Td\n"
    return pdf_one_page(b"BT /F1 0.1 Tf 10 830 Td\n" + run * 20 + b"ET")


def _reportlab_pdf(encrypt: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, invariant=1)
    c.setFont("Helvetica", 11)
    for k, line in enumerate(["Project CROSSBORDER", "The total budget of the project is EUR 1,250,000.",
                              "It ran from 1 March 2019 to 28 February 2021."]):
        c.drawString(72, 760 - 16 * k, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_encrypted() -> bytes:
    return _reportlab_pdf(encrypt="user-password")


def pdf_truncated() -> bytes:
    data = _reportlab_pdf()
    return data[: len(data) * 3 // 5]


# ------------------------------------------------------------------------------ HTML

def _page(body: str, head: str = "", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>Projekt</title>{head}</head><body>{body}</body></html>"


def html_deep() -> bytes:
    depth = 10_000
    body = "<div>" * depth + f"<p>{OK_TEXT_CS}</p>" + "</div>" * depth
    return _page(body).encode()


def html_big() -> bytes:
    para = "<p>" + "Projekt podporuje přeshraniční spolupráci v regionu. " * 20 + "</p>\n"
    reps = (50 << 20) // len(para.encode()) + 1
    return _page(para * reps).encode()


def html_many_tags() -> bytes:
    # 3 MB: under the byte cap, 125,000 elements (250,000 tags)
    return _page("".join(f"<div><p>Projekt {k}</p></div>" for k in range(62_500))).encode()


def html_remote() -> bytes:
    head = ('<base href="http://203.0.113.7/"><link rel="stylesheet" href="http://203.0.113.7/s.css">'
            '<script src="https://203.0.113.7/tracker.js"></script>'
            '<meta http-equiv="refresh" content="0; url=http://203.0.113.7/">'
            '<style>@import url("http://203.0.113.7/i.css"); body{background:url(http://203.0.113.7/b.png)}</style>')
    body = ('<img src="http://203.0.113.7/a.png" srcset="http://203.0.113.7/b.png 2x">'
            '<iframe src="http://203.0.113.7/frame"></iframe><object data="http://203.0.113.7/o.swf"></object>'
            '<video src="http://203.0.113.7/v.mp4" poster="http://203.0.113.7/p.png"></video>'
            '<svg><image href="http://203.0.113.7/i.svg"/></svg>'
            f'<main><h1>Přeshraniční spolupráce</h1><p>{OK_TEXT_CS}</p>'
            '<p><a href="http://203.0.113.7/more">Více</a></p></main>')
    return _page(body, head).encode()


def html_wrong_charset() -> bytes:
    # says UTF-8, is windows-1250
    return _page(f"<main><p>{OK_TEXT_CS}</p></main>", charset="utf-8").encode("cp1250")


def html_no_charset() -> bytes:
    return _page(f"<main><p>{OK_TEXT_CS}</p></main>", charset=None).encode("cp1250")


def html_latin1_label_utf8() -> bytes:
    return _page(f"<main><p>{OK_TEXT_CS}</p></main>", charset="iso-8859-1").encode("utf-8")


def html_entities() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n' + LAUGHS.replace(b"lolz", b"html") +
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body><main><p>' + OK_TEXT_CS.encode() +
            b"</p><p>&lol9;</p></main></body></html>")


# ------------------------------------------------------------------------------ text

def noise(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def text_long_line() -> bytes:
    sentence = "Projekt podporuje přeshraniční spolupráci v regionu a rozvoj cestovního ruchu. "
    return (sentence * ((10 << 20) // len(sentence.encode()) + 1)).encode()


def text_mixed() -> bytes:
    return OK_TEXT_CS.encode("utf-8") + b"\n" + "Žluťoučký kůň úpěl ďábelské ódy v Brně.\n".encode("cp1250")


def text_nul() -> bytes:
    return "Projekt\0 Přeshraniční\0 spolupráce\0\n".encode() * 20


# -------------------------------------------------------------------------- the table

@dataclass(frozen=True)
class Case:
    name: str  # path under raw/
    expected: str  # an error code, or "ok"
    make: Callable[[Path], bytes] | None  # bytes of the file (given the outside folder)
    must_hold: str | None = None  # for "ok": text the document's normalised text holds
    link_to: str | None = None  # a symbolic link to this path under the outside folder or raw/


def _const(data: bytes) -> Callable[[Path], bytes]:
    return lambda outside: data


CORPUS: list[Case] = [
    # Office packages
    Case("office/bomb-declared-size.docx", "too-large", lambda o: bomb_declared()),
    Case("office/bomb-ratio.docx", "too-large", lambda o: bomb_ratio()),
    Case("office/bomb-entries.pptx", "too-large", lambda o: bomb_entries()),
    Case("office/billion-laughs.docx", "unreadable", lambda o: laughs_docx()),
    Case("office/billion-laughs.pptx", "unreadable", lambda o: laughs_pptx()),
    Case("office/billion-laughs-utf16.docx", "unreadable", lambda o: laughs_utf16_docx()),
    Case("office/external-entity.docx", "unreadable", xxe_docx),
    Case("office/absolute-member.docx", "unreadable", lambda o: absolute_member_docx()),
    Case("office/parent-member.pptx", "unreadable", lambda o: parent_member_pptx()),
    Case("office/tables-nested-1000-deep.docx", "unreadable", lambda o: docx_nested_tables()),
    Case("office/password.docx", "encrypted", _const(ole(["EncryptionInfo", "EncryptedPackage"]))),
    Case("office/legacy.doc", "unsupported-format", _const(ole(["WordDocument", "1Table"]))),
    # PDF
    Case("pdf/encrypted.pdf", "encrypted", lambda o: pdf_encrypted()),
    Case("pdf/truncated.pdf", "unreadable", lambda o: pdf_truncated()),
    Case("pdf/5000-pages.pdf", "too-large", lambda o: pdf_pages(5000)),
    Case("pdf/150000-objects-on-a-page.pdf", "too-large", lambda o: pdf_many_objects()),
    Case("pdf/50-million-objects-declared.pdf", "too-large", lambda o: pdf_declared_objects()),
    Case("pdf/300000-characters-on-a-page.pdf", "too-large", lambda o: pdf_many_chars()),
    Case("pdf/200-inch-scanned-page.pdf", "too-large", lambda o: pdf_giant_scan()),
    Case("pdf/not-a-pdf.pdf", "unreadable", _const(b"<html><body>Not found</body></html>")),
    Case("pdf/no-pages.pdf", "unreadable",
         _const(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))),
    # HTML
    Case("html/nested-10000.html", "ok", lambda o: html_deep(), OK_MARK),
    Case("html/50-mb.html", "too-large", lambda o: html_big()),
    Case("html/250000-tags.html", "too-large", lambda o: html_many_tags()),
    Case("html/remote-references.html", "ok", lambda o: html_remote(), OK_MARK),
    Case("html/wrong-charset.html", "ok", lambda o: html_wrong_charset(), OK_MARK),
    Case("html/no-charset.html", "ok", lambda o: html_no_charset(), OK_MARK),
    Case("html/latin1-label-utf8-bytes.html", "ok", lambda o: html_latin1_label_utf8(), OK_MARK),
    Case("html/entity-declarations.xhtml", "ok", lambda o: html_entities(), OK_MARK),
    Case("html/binary.html", "decode", lambda o: noise(20_000, 1)),
    # text
    Case("text/binary.txt", "decode", lambda o: noise(65_536, 2)),
    Case("text/empty.txt", "empty", _const(b"")),
    Case("text/whitespace.txt", "empty", _const(b"  \n\n\t \r\n")),
    Case("text/10-mb-line.txt", "too-large", lambda o: text_long_line()),
    Case("text/mixed-encodings.txt", "ok", lambda o: text_mixed(), "Žluťoučký kůň úpěl ďábelské ódy"),
    Case("text/nul-bytes.txt", "decode", lambda o: text_nul()),
    Case("text/utf16-bom-odd-length.txt", "decode", _const(b"\xff\xfe" + "Projekt".encode("utf-16-le") + b"\x50")),
    Case("text/program.exe", "unsupported-format", _const(b"MZ\x90\x00" + bytes(200))),
    # the file system
    Case("names/link-out.txt", "unreadable", None, link_to=f"outside:{SECRET_NAME}"),
    Case("names/link-dir-out", "unreadable", None, link_to="outside:"),
    Case("names/link-in.txt", "ok", None, OK_MARK, link_to="raw:names/name with spaces.txt"),
    Case("names/name with spaces.txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
    Case("names/quotes 'single' \"double\".txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
    Case("names/Přeshraniční ñ ß ł 東.txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
    Case("names/new\nline.txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
    Case("names/back\\slash;semicolon,comma.txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
    Case("names/" + "long-" * 48 + ".txt", "ok", _const(OK_TEXT_CS.encode()), OK_MARK),
]


def generate(raw: Path, outside: Path) -> dict[str, Case]:
    """Write the corpus into `raw` (symbolic link targets into `outside`); relative path -> case."""
    raw, outside = Path(raw), Path(outside)
    assert not outside.resolve().is_relative_to(raw.resolve())
    outside.mkdir(parents=True, exist_ok=True)
    (outside / SECRET_NAME).write_text(f"{SECRET_TOKEN}\n", "utf-8")
    for case in CORPUS:
        path = raw / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        if case.make is not None:
            path.write_bytes(case.make(outside))
    for case in CORPUS:  # links last, so that their targets exist
        if case.link_to:
            where, _, rel = case.link_to.partition(":")
            target = (outside if where == "outside" else raw) / rel
            os.symlink(target.resolve(), raw / case.name)
    return {c.name: c for c in CORPUS}


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python -m tests.hostile.generate OUT [OUTSIDE]")
    out = Path(sys.argv[1])
    written = generate(out, Path(sys.argv[2]) if len(sys.argv) == 3 else out.parent / (out.name + "-outside"))
    print(f"{len(written)} files in {out}")
