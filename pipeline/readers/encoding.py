"""Bytes to text: BOM first, then strict UTF-8, then detection (charset-normalizer)."""
from __future__ import annotations

import codecs

from pipeline.errors import PipelineError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises PipelineError('decode') for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise PipelineError("decode", "no text encoding fits the file's bytes")
    return str(best), best.encoding
