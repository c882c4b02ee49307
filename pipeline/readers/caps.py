"""Size caps where no real document goes: a file over one is refused at once with
`too-large`, before it can cost minutes or gigabytes (issue 6). The per-file time and
memory limits stop what these do not foresee; these make the common cases fast and stable.

Measured: the extractors cost about 14 s on 90,000 characters of text and 55 s on 224,000
(they grow faster than linearly), so a document under MAX_TEXT_CHARS may still need the
time limit; above it, nothing is attempted."""
from __future__ import annotations

from pipeline.errors import PipelineError

# a document's normalised text: about 400 pages of prose; also spaCy's own max_length,
# so no block can reach the tokenizer's limit
MAX_TEXT_CHARS = 1_000_000
# a text file's bytes, before decoding (four bytes a character at most in UTF-8)
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
# a web page's bytes: markup, inline styles and scripts included; a page of 16 MiB is
# a data dump or a page of inline images, and lxml's tree of it takes gigabytes
MAX_HTML_BYTES = 16 * 1024 * 1024
# a web page's tags ("<" counted in the bytes: an element's start and end tags): the
# reader builds a tree of every element, about 0.2 ms and 2 KiB each (a 3 MB page of
# 120,000 elements: 23 s, 210 MiB); a large real page holds some tens of thousands
MAX_HTML_TAGS = 200_000
# PDF: pages; characters on one page (a dense A4 page holds about 5,000); page objects
# on one page (text runs, paths, images: a page drawn as 100,000 objects is a plot or an
# attack, and pdfplumber reads such a page at a few thousand objects a second)
MAX_PAGES = 2_000
MAX_PAGE_CHARS = 100_000
MAX_PAGE_OBJECTS = 100_000
# a scanned page's pixels for OCR: A1 at 300 dpi is 70 million; a larger page is read at
# a lower resolution, and one that needs more even at 150 dpi is refused
MAX_OCR_PIXELS = 80_000_000
# the objects a PDF's cross-reference table declares (/Size): a 2,000-page document has
# some tens of thousands
MAX_PDF_OBJECTS = 2_000_000


def refuse(what: str, size: int, limit: int) -> None:
    """Raise `too-large` when `size` is over `limit`; `what` names the measure."""
    if size > limit:
        raise PipelineError("too-large", f"{what}: {size:,} (limit {limit:,})")
