"""OCR of scanned pages (a page with no text layer). Stub: the interface the PDF reader
calls; the Tesseract implementation replaces the body."""
from __future__ import annotations

from pipeline.errors import PipelineError


def page_text(image, languages: tuple[str, ...] = ()) -> str:
    """Text of one page image (a PIL image), lines in reading order, blank lines between
    paragraphs. `languages` are our ISO 639-1 codes to try (all thirteen when empty)."""
    raise PipelineError("ocr-unavailable", "a page has no text layer and OCR is not set up")
