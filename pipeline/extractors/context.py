"""What every extractor reads: the document, its lexicon, its sections' blocks, and
sentence and cue lookups with offsets into the document text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from pipeline import nlp
from pipeline.lexicons import Lexicon, load
from pipeline.model import PARAGRAPH, Block, Document, Evidence, Section


@dataclass
class Context:
    doc: Document
    section: Section
    _sentences: dict[int, list[nlp.Span]] = field(default_factory=dict)
    _cues: dict[int, list[nlp.CueMatch]] = field(default_factory=dict)

    @cached_property
    def lex(self) -> Lexicon:
        return load(self.doc.language)

    @property
    def lang(self) -> str:
        return self.lex.lang

    def block(self, i: int) -> Block:
        return self.doc.blocks[i]

    def text(self, i: int) -> str:
        return self.doc.block_text(self.doc.blocks[i])

    @property
    def indices(self) -> tuple[int, ...]:
        return self.section.blocks

    def sentences(self, i: int) -> list[nlp.Span]:
        """Sentences of block i, with offsets into the document text."""
        if i not in self._sentences:
            base = self.block(i).start
            self._sentences[i] = [nlp.Span(s.start + base, s.end + base, s.text)
                                  for s in nlp.sentences(self.text(i), self.lex)]
        return self._sentences[i]

    def cues(self, i: int, keys: set[str] | None = None) -> list[nlp.CueMatch]:
        """Cue matches in block i, with offsets into the document text."""
        if i not in self._cues:
            base = self.block(i).start
            self._cues[i] = [nlp.CueMatch(c.key, c.start + base, c.end + base, c.text)
                             for c in nlp.cues(self.text(i), self.lang)]
        return [c for c in self._cues[i] if keys is None or c.key in keys]

    def evidence(self, start: int, end: int) -> Evidence:
        page = next((b.page for b in self.doc.blocks if b.start <= start <= b.end), 1)
        return Evidence(page=page, start=start, end=end, text=self.doc.text[start:end])

    def label(self, i: int, keys: set[str]) -> tuple[nlp.CueMatch, int] | None:
        """A block that starts with a cue followed by ':' ("Doba trvání: …"):
        (the cue, offset where the value starts)."""
        text = self.text(i)
        base = self.block(i).start
        for cue in self.cues(i, keys):
            # a label opens its block or, in run-on text, its sentence
            head = self.doc.text[self.sentence_at(i, cue.start).start:cue.start].strip()
            rest = text[cue.end - base:]
            # the label may have a few words before the cue ("Celkový rozpočet projektu:")
            if len(head.split()) <= 2 and rest.lstrip().startswith(":") or (
                    len(head.split()) <= 2 and ":" in rest[:30] and len(rest[:rest.find(":")].split()) <= 2):
                colon = rest.find(":")
                value_start = cue.end + colon + 1
                while value_start < self.block(i).end and self.doc.text[value_start] == " ":
                    value_start += 1
                return cue, value_start
        return None

    def label_value(self, i: int, keys: set[str]) -> tuple[nlp.CueMatch, int, int] | None:
        """The value of a label: (cue, value start, value end). Either "Label: value" in
        block i, or block i is the label alone ("Capofila", "Durata:") and the value is
        the paragraph that follows it, as in a flattened table or definition list."""
        found = self.label(i, keys)
        if found:
            return found[0], found[1], self.block(i).end
        text = self.text(i).strip().rstrip(":").strip().lower()
        whole = [c for c in self.cues(i, keys) if c.text.lower() == text]
        pos = self.indices.index(i)
        if whole and pos + 1 < len(self.indices):
            nxt = self.block(self.indices[pos + 1])
            if nxt.kind == PARAGRAPH:
                return whole[0], nxt.start, nxt.end
        return None

    def sentence_at(self, i: int, offset: int) -> nlp.Span:
        for s in self.sentences(i):
            if s.start <= offset < s.end:
                return s
        b = self.block(i)
        return nlp.Span(b.start, b.end, self.doc.text[b.start:b.end])

    def block_below(self, i: int, keys: set[str], max_words: int = 8) -> int | None:
        """Block i is a short label holding a cue of `keys` ("Jóváhagyott ERFA támogatás",
        "EFRE- / Gesamtmittel in €:") and its value is the next block of the section, as in
        a flattened table or definition list: that block's index. Unlike label_value, the
        label may hold more words than its cue; the caller checks that the value fits."""
        pos = self.indices.index(i)
        if not self.cues(i, keys) or len(self.text(i).split()) > max_words or pos + 1 >= len(self.indices):
            return None
        return self.indices[pos + 1]

    def label_alone(self, i: int, keys: set[str]) -> nlp.CueMatch | None:
        """Block i is a label with no value of its own, the value following on the next
        lines: "Capofila", "Lead Partner:", "Partneri projektu:", "Partners (3)". Returns the
        cue that spans the whole label."""
        text = re.sub(r"\s*\(\d+\)\s*$", "", self.text(i).strip()).rstrip(":").strip().lower()
        whole = [c for c in self.cues(i, keys) if c.text.lower() == text]
        return whole[0] if whole else None
