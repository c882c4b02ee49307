"""What every extractor reads: the document, its lexicon, its sections' blocks, and
sentence and cue lookups with offsets into the document text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pipeline import nlp
from pipeline.label_notes import is_note, label_head
from pipeline.textnorm import UPPER
from pipeline.lexicons import Lexicon, load
from pipeline.model import LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, Document, Evidence, Section


@dataclass
class Context:
    doc: Document
    section: Section
    siblings: int = 1  # how many project sections the document holds (several: a project word may be another's)
    _sentences: dict[int, list[nlp.Span]] = field(default_factory=dict)
    _cues: dict[int, list[nlp.CueMatch]] = field(default_factory=dict)

    @cached_property
    def lex(self) -> Lexicon:
        return load(self.doc.language)

    @property
    def lang(self) -> str:
        return self.lex.lang

    @property
    def named_countries(self) -> frozenset[str]:
        """The countries the whole document names, by name or adjective ("Slovensko",
        "polských", "Hungarian"): a small place's country must be one of them to count."""
        from pipeline import gazetteer
        return gazetteer.named_countries(self.doc.text, self.lex.lang)

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
        text = label_head(self.text(i)).strip().rstrip(":").strip().lower()
        whole = [c for c in self.cues(i, keys) if c.text.lower() == text]
        j = self.value_below(i)
        if whole and j is not None:
            nxt = self.block(j)
            if nxt.kind == PARAGRAPH:
                return whole[0], nxt.start, nxt.end
        return None

    def value_below(self, i: int) -> int | None:
        """The block that holds the value of label block i: the next block of the section,
        past a bracketed note that glosses the label ("Dotacja z EFRR:" / "(85% kosztów
        kwalifikowalnych)" / "42 500,00 €"), whether blank lines part them or not."""
        pos = self.indices.index(i) + 1
        if pos < len(self.indices) and is_note(self.text(self.indices[pos])):
            pos += 1
        return self.indices[pos] if pos < len(self.indices) else None

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
        # a note after the label's colon is no part of the label ("Dotacja z EFRR: (85% …)")
        if not self.cues(i, keys) or len(label_head(self.text(i)).split()) > max_words:
            return None
        return self.value_below(i)

    def label_alone(self, i: int, keys: set[str]) -> nlp.CueMatch | None:
        """Block i is a label with no value of its own, the value following on the next
        lines: "Capofila", "Lead Partner:", "Partneri projektu:", "Partners (3)". Returns the
        cue that spans the whole label. A count may stand before the label, as it may
        after it ("12 Project partners", "Partners (3)"); a counted plural partner noun is
        then a partner label too ("10 projektnih partnera:", a list item's number as its count)."""
        raw = self.text(i).strip()
        text = re.sub(r"\s*\(\d+\)\s*$", "", raw).rstrip(":").strip().lower()
        counted = text != raw.rstrip(":").strip().lower() or self.block(i).number is not None
        counted = counted or bool(re.match(r"\d{1,3}\s+[^\W\d]", text))
        text = re.sub(r"^\d{1,3}\s+(?=[^\W\d])", "", text)
        whole = [c for c in self.cues(i, keys) if c.text.lower() == text]
        if not whole:
            whole = self._glossed_label(i, keys, text)
        if not whole and "partners" in keys:
            # "Other partners", "Andre partnere", "Weitere Partner": an "other" word before the label
            others = sorted((w.lower() for w in self.lex.cues.get("count_other", []) if " " not in w), key=len, reverse=True)
            head = next((w for w in others if text.startswith(w + " ")), None)
            if head:
                whole = [c for c in self.cues(i, keys & {"partners"}) if c.text.lower() == text[len(head) + 1:]]
        if not whole and counted and "partners" in keys:
            whole = [nlp.CueMatch("partners", c.start, c.end, c.text)
                     for c in self.cues(i, {"partner_nouns"}) if c.text.lower() == text]
        return whole[0] if whole else None

    def _glossed_label(self, i: int, keys: set[str], text: str) -> list[nlp.CueMatch]:
        """A label given twice, on a cross-border page in both languages ("Vedúci partner /
        Partner wiodący") or with a gloss in brackets ("Projekta pieteicējs (vadošais
        partneris)"): alone when one of its parts is the whole cue and the others are as short
        as labels (four words, no digit, sentence case). The bracket's part wins, as it names
        the role."""
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
        parts = [m.group(2), m.group(1)] if m else [p.strip() for p in re.split(r"\s+[/|]\s+", text)]
        if len(parts) < 2 or any(not p or len(p.split()) > 4 or re.search(r"\d", p) for p in parts):
            return []
        cues = self.cues(i, keys)
        whole = {c.text.lower() for c in cues}
        found = [c for part in parts for c in cues if c.text.lower() == part][:1]
        if any(p not in whole and len(p.split()) < 2 for p in parts):
            return []  # "Sviluppumbria (capofila)": one word beside the cue is a name
        # a label is written in sentence case; a part with a capital after its first word is a
        # name with its role in brackets ("Mesto Poprad (koordinátor)"), not a label
        raw = re.split(r"\s*[(/|)]\s*", self.text(i).strip().rstrip(":"))
        if any(w[:1].isupper() for part in raw for w in part.split()[1:]):
            return []
        return found

    def label_block(self, i: int, keys: set[str], values: tuple[str, ...] = (PARAGRAPH, TABLE_ROW)
                    ) -> tuple[str, str, int, int, bool] | None:
        """A label that opens block i, read from the text rather than from tokens, so that
        "Duration:01.08.2021", "Laufzeit (von - bis):" and "Időtartam (hónapokban): 12"
        count: (cue key, text of its parenthesis, value start, value end, alone). The
        label may carry a parenthesis and up to two more words before its colon ("Kezdés
        időpontja:"). A label alone in its block ("Durata", "Laufzeit:") takes the next
        paragraph or table row as its value, as in a flattened table or definition list;
        `alone` tells the caller so (a menu word such as "Start" is alone too). `values`: the
        kinds of block that may hold an alone label's value."""
        # a note after the label's colon glosses the label; the value is below ("Začetek: (plan)")
        text = label_head(self.text(i))
        base = self.block(i).start
        phrases = sorted(((p, k) for k in keys for p in self.lex.cues.get(k, []) if "*" not in p),
                         key=lambda pk: (-len(pk[0]), pk[0]))
        for phrase, key in phrases:
            with_value, alone = _label_patterns(phrase)
            m = with_value.match(text)
            # a flattened table's cell bar after the colon ("Zahájení projektu: |") is no value
            if m and m.end() < len(text.rstrip(" \t|")):
                return key, m.group("paren") or "", base + m.end(), self.block(i).end, False
            m = m or alone.fullmatch(text)
            if not m:
                continue
            j = self.value_below(i)
            if j is not None:
                nxt = self.block(j)
                pos = self.indices.index(j)
                after = self.block(self.indices[pos + 1]).kind if pos + 1 < len(self.indices) else None
                # a list item is a value only as the one item of its list ("Calendari" / "• 1 de
                # gener 2018 – 31 de desembre 2020"); a list under a label is a list of its own
                if nxt.kind in values and (nxt.kind != LIST_ITEM or after != LIST_ITEM):
                    return key, m.group("paren") or "", nxt.start, nxt.end, True
            return None
        return self._prefixed_label(i, phrases, values, text)

    def _prefixed_label(self, i: int, phrases, values=(), text: str | None = None
                        ) -> tuple[str, str, int, int, bool] | None:
        """A label whose cue closes it rather than opens it: a short noun phrase of its
        own words, then the cue, then the colon ("Projekti elluviimise aeg: 17.09.2009-…",
        "Celková doba trvání: 24 měsíců"). Only when the cue stands right before the colon: a
        sentence that merely holds a cue word has a verb or more words between it and any
        colon. Its value on the same line, or, the label alone in its block with its colon
        ("Hankkeen aikataulu:" / "2019-04-01 – 2019-12-31"), the next paragraph or table row."""
        text = self.text(i) if text is None else text
        for phrase, key in phrases:
            m = _prefixed_label_pattern(phrase).match(text)
            if not m or self._programme_prefix(m.group("head")):
                continue
            if m.end() < len(text.rstrip(" \t|")):
                return key, m.group("paren") or "", self.block(i).start + m.end(), self.block(i).end, False
            j = self.value_below(i)
            if j is not None and self.block(j).kind in values and self.block(j).kind != LIST_ITEM:
                nxt = self.block(j)
                return key, m.group("paren") or "", nxt.start, nxt.end, True
        return None

    def _programme_prefix(self, head: str) -> bool:
        """The words before the cue name a programme ("Programové období: 2014-2020",
        "Programme period: 2021-2027"): the label is the programme's, not the project's.
        A word counts when it is a programme cue or opens with one of five letters or
        more (the adjective "Programové", the compound "Ohjelmakauden")."""
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", head)]
        cues = self.lex.cues.get("programme", [])
        if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", " ".join(words)) for c in cues if " " in c):
            return True
        single = [c for c in cues if " " not in c and len(c) >= 5]
        return any(w.startswith(c) for w in words for c in single)

    def is_label(self, i: int, cue: nlp.CueMatch) -> bool:
        """The cue is a label: it opens its sentence (a word or two may come first) and a
        colon follows within two words ("Začátek projektu: …", "Laufzeit (von - bis): …")."""
        head = self.doc.text[self.sentence_at(i, cue.start).start:cue.start].split()
        rest = self.doc.text[cue.end:self.block(i).end]
        m = re.match(r"\s*(?:\([^()]{0,40}\))?(?:\s*[^\W\d]+){0,2}?\s*:", rest)
        return len(head) <= 2 and bool(m)

    def doc_cues(self, span: nlp.Span, keys: set[str] | None = None) -> list[nlp.CueMatch]:
        """Cue matches inside a span of the document text (a sentence), whatever its block."""
        out = []
        for i, b in enumerate(self.doc.blocks):
            if b.start < span.end and span.start < b.end:
                out += [c for c in self.cues(i, keys) if span.start <= c.start < span.end]
        return out


@lru_cache(maxsize=None)
def _prefixed_label_pattern(phrase: str) -> re.Pattern:
    """One to three words before the cue, the first capitalised, no digits nor punctuation
    among them (a label, not a sentence), then the cue, an optional parenthesis and the colon."""
    words = rf"(?-i:[{UPPER}])[^\W\d_]*(?:-[^\W\d_]+)?(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){{0,2}}"
    return re.compile(rf"\s*(?P<head>{words})\s+{re.escape(phrase)}(?!\w)\s*(?:\((?P<paren>[^()]{{0,40}})\))?\s*:\s*",
                      re.IGNORECASE)


# what parts a label from its value: a colon (a word or two may come before it); a table's one
# cell bar in a row of two cells, its outer bars dropped ("Data de início |28-10-2015"); or
# nothing, where a flattened table ran the label's cell into its value's ("Tidsperiod2010-09-01")
CELL_SEPARATOR = r"(?:(?:\s*[^\W\d]+){0,2}?\s*:\s*|\s*\|(?=[^|\n]*[^\s|][^|\n]*$)\s*|(?<=[^\W\d])(?=\d))"


@lru_cache(maxsize=None)
def _label_patterns(phrase: str) -> tuple[re.Pattern, re.Pattern]:
    """A label phrase's two readings for label_block, compiled once: with its value after the
    colon, and alone in its block. Compiled per call they were a fifth of the extraction time
    (thousands of cue phrases overflow the re module's own cache of 512 patterns)."""
    # a digit may follow the phrase: a flattened table's cells run together ("Tidsperiod2010-09-01")
    head = rf"\s*{re.escape(phrase)}(?![^\W\d])\s*(?:\((?P<paren>[^()]{{0,40}})\))?"
    return (re.compile(head + CELL_SEPARATOR, re.IGNORECASE),
            re.compile(head + r"\s*:?\s*\|?\s*", re.IGNORECASE))
