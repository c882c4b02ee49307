"""The plain data types every stage passes along.

A reader turns a file into a `Document`: its normalised text and an ordered list of
`Block`s whose offsets point into that text. Later stages only add to it (language,
sections); they never edit the text, so evidence offsets stay valid.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Block:
    kind: str
    start: int  # offset of the block's text in Document.text
    end: int
    page: int  # page or slide number, 1-based
    level: int = 0  # list nesting level, 0 for top level
    number: str | None = None  # list item number as written ("1", "2.1")
    marker: str | None = None  # bullet character for unnumbered items
    first_on_page: bool = False  # first block of its page or slide (slide titles)


@dataclass
class Document:
    doc_id: str
    path: str  # relative to the raw folder
    sha256: str
    format: str  # page_text | slides | markdown | html | pdf | docx | pptx
    text: str
    blocks: list[Block]
    encoding: str = "utf-8"
    language: str | None = None
    language_confidence: float | None = None
    ocr_pages: frozenset[int] = frozenset()  # pages whose text came from OCR

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


@dataclass(frozen=True)
class Evidence:
    page: int
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"page": self.page, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Section:
    """A stretch of blocks that describes one project (or cluster)."""

    blocks: tuple[int, ...]  # indices into Document.blocks
    heading: int | None = None  # index of the block that names the project, if any
    name: tuple[int, int] | None = None  # document offsets of the name that opened it (a label's value)
    shared: tuple[int, ...] = ()  # blocks about several listed projects at once (their amounts are none's own)
    partners: tuple[tuple[int, int], ...] = ()  # organisations its list item names with it ("Org for the project X")
    lead: tuple[int, int] | None = None  # the organisation its table row names in the lead's column


@dataclass
class Fact:
    """One extracted value with where it came from."""

    field: str
    value: object
    evidence: Evidence
    extra: dict = field(default_factory=dict)
