"""One reader per format. `read_document` recognises the format and returns a Document.

Text files are decoded and their format (page text, slides, markdown) recognised from the
content. Binary formats are chosen by extension; each of their readers takes the file's
bytes and returns a `Reading`."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import PurePosixPath

from pipeline.errors import PipelineError
from pipeline.model import Document
from pipeline.readers import caps, markdown, pagetext, slides
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.encoding import decode

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
READERS = {"page_text": pagetext.read, "slides": slides.read, "markdown": markdown.read}
# extension -> module under pipeline.readers with `read(data: bytes) -> Reading`;
# imported on first use, so a text-only build never loads a PDF or Office library.
BINARY_READERS = {
    ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pptx": "pptx",
}


@dataclass
class Reading:
    """What a binary-format reader returns."""

    builder: BlockBuilder
    format: str  # html | pdf | docx | pptx
    encoding: str = "binary"  # the detected text encoding, for formats that have one
    ocr_pages: frozenset[int] = field(default_factory=frozenset)


def detect_format(text: str, suffix: str) -> str:
    """Text formats are recognised from the content; the extension only breaks ties."""
    if suffix in {".md", ".markdown"} or markdown.looks_like_markdown(text):
        return "markdown"
    if slides.looks_like_slides(text):
        return "slides"
    return "page_text"


def _read_text(data: bytes, suffix: str) -> Reading:
    caps.refuse("the text file's size in bytes", len(data), caps.MAX_TEXT_BYTES)
    text, encoding = decode(data)
    caps.refuse("the text's length in characters", len(text), caps.MAX_TEXT_CHARS)
    if "\x00" in text:
        raise PipelineError("decode", "the text holds NUL characters: binary data, not text")
    fmt = detect_format(text, suffix)
    return Reading(READERS[fmt](text), fmt, encoding)


def read_document(data: bytes, path: str, doc_id: str) -> Document:
    suffix = PurePosixPath(path).suffix.lower()
    if not data:
        raise PipelineError("empty", "the file is empty (0 bytes)")
    if suffix in TEXT_SUFFIXES:
        reading = _read_text(data, suffix)
    elif suffix in BINARY_READERS:
        reading = import_module(f"pipeline.readers.{BINARY_READERS[suffix]}").read(data)
    else:
        raise PipelineError("unsupported-format", f"no reader for '{suffix}' files")
    if not reading.builder.blocks:
        raise PipelineError("empty", "the file holds no text")
    text = reading.builder.text()
    caps.refuse("the document's text in characters", len(text), caps.MAX_TEXT_CHARS)
    return Document(doc_id=doc_id, path=path, sha256=hashlib.sha256(data).hexdigest(), format=reading.format,
                    text=text, blocks=reading.builder.blocks, encoding=reading.encoding,
                    ocr_pages=reading.ocr_pages)
