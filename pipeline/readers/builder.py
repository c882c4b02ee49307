"""Assemble reader output into a Document: one normalised text with block offsets."""
from __future__ import annotations

from pipeline.model import Block
from pipeline.textnorm import clean_inline


class BlockBuilder:
    """Collects blocks in reading order; the normalised text is their texts, one per line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.offset = 0
        self._last_page = 0

    def add(self, kind: str, text: str, page: int, *, level: int = 0,
            number: str | None = None, marker: str | None = None) -> None:
        text = clean_inline(text)
        if not text:
            return
        first = page != self._last_page
        self._last_page = page
        start = self.offset
        self.parts.append(text)
        self.offset += len(text) + 1  # the newline that ends each block
        self.blocks.append(Block(kind=kind, start=start, end=start + len(text), page=page,
                                 level=level, number=number, marker=marker, first_on_page=first))

    def text(self) -> str:
        return "".join(p + "\n" for p in self.parts)
