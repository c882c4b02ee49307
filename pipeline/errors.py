"""Every error the pipeline reports, with a stable code (tests compare codes, not messages)."""
from __future__ import annotations

# code -> what it means; the README lists the same table.
CODES = {
    "unreadable": "the file could not be opened or read",
    "empty": "the file holds no text",
    "decode": "the file's bytes are not text in any encoding we detect",
    "unsupported-format": "no reader handles this kind of file",
    "encrypted": "the file is encrypted or password-protected",
    "ocr-unavailable": "a page has no text layer and the OCR engine (tesseract) is not installed",
    "too-large": "the file, or a part of it (pages, characters, unpacked size), is over the size limit",
    "timeout": "reading the file took longer than the per-file time limit",
    "memory": "reading the file needed more than the per-file memory limit",
    "validation": "a record failed its JSON Schema",
    "internal": "a reader or extractor crashed; the message says where",
}


class PipelineError(Exception):
    def __init__(self, code: str, message: str):
        assert code in CODES, code
        super().__init__(message)
        self.code = code
        self.message = message
