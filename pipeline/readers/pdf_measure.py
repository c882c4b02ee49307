"""Pages per second of the PDF text layer, one core (CPU time of this process):

    python -m pipeline.readers.pdf_measure [--pages N] [FILE.pdf ...]

pdfplumber (its words), PDFium (pypdfium2: the reader's words from character boxes) and
the whole PDF reader (layout and blocks), on the files given or on N generated text pages
(the seed texts drawn line by line, 10 pt, A4: about 2,500 characters a page). The
README's PDF section quotes its output."""
from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "raw"


def text_pages(pages: int) -> bytes:
    """A text-only PDF: the page-text seeds' lines, 55 lines a page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    lines = [ln[:100] for f in sorted(SEEDS.glob("00[012]_*.txt")) for ln in f.read_text(encoding="utf-8").split("\n")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    k = 0
    for _ in range(pages):
        c.setFont("DejaVu", 10)
        for row in range(55):
            c.drawString(50, 800 - 13 * row, lines[k % len(lines)])
            k += 1
        c.showPage()
    c.save()
    return buf.getvalue()


def _clock(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def measure(data: bytes) -> dict[str, float]:
    import pdfplumber
    import pypdfium2 as pdfium

    from pipeline.readers import pdf

    doc = pdfium.PdfDocument(data)
    n = len(doc)

    def plumber():
        with pdfplumber.open(io.BytesIO(data)) as p:
            for page in p.pages:
                page.extract_words()

    def pdfium_words():
        d = pdfium.PdfDocument(data)
        for k in range(n):
            page = d[k]
            pdf._words(page.get_textpage(), page.get_height())

    return {"pages": n, "pdfplumber": n / _clock(plumber), "pypdfium2": n / _clock(pdfium_words),
            "reader": n / _clock(lambda: pdf.read(data))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=40, help="generated text pages when no file is given")
    args = ap.parse_args(argv)
    inputs = [(f.name, f.read_bytes()) for f in args.files] or [(f"{args.pages} generated text pages", text_pages(args.pages))]
    for name, data in inputs:
        m = measure(data)
        print(f"{name}: {m['pages']} pages; pages per second (one core): pdfplumber {m['pdfplumber']:.1f}, "
              f"pypdfium2 text layer {m['pypdfium2']:.1f}, PDF reader {m['reader']:.1f}")


if __name__ == "__main__":
    main()
