"""One reader per format. `read_document` recognises the format and returns a Document."""
from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from pipeline.errors import PipelineError
from pipeline.model import Document
from pipeline.readers import markdown, pagetext, slides
from pipeline.readers.encoding import decode

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
READERS = {"page_text": pagetext.read, "slides": slides.read, "markdown": markdown.read}


def detect_format(text: str, suffix: str) -> str:
    """Text formats are recognised from the content; the extension only breaks ties."""
    if suffix in {".md", ".markdown"} or markdown.looks_like_markdown(text):
        return "markdown"
    if slides.looks_like_slides(text):
        return "slides"
    return "page_text"


def read_document(data: bytes, path: str, doc_id: str) -> Document:
    suffix = PurePosixPath(path).suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise PipelineError("unsupported-format", f"no reader for '{suffix}' files yet")
    text, encoding = decode(data)
    if "\x00" in text:
        raise PipelineError("decode", "the text holds NUL characters: binary data, not text")
    fmt = detect_format(text, suffix)
    builder = READERS[fmt](text)
    if not builder.blocks:
        raise PipelineError("empty", "the file holds no text")
    return Document(doc_id=doc_id, path=path, sha256=hashlib.sha256(data).hexdigest(), format=fmt,
                    text=builder.text(), blocks=builder.blocks, encoding=encoding)
