"""Page text (text extracted from a web page or a PDF page): paragraphs, lists, headings and
the rows of pipe tables (pipe_tables). List items are nested by their indentation and marker
style (see lines.Nesting)."""
from __future__ import annotations


from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.hardwrap import wrapped_joins
from pipeline.readers.lines import Nesting, attach_lone_bullets, continues, indent_of, item_start, o_bullets
from pipeline.readers.pipe_tables import pipe_tables
from pipeline.textnorm import EMAIL, WEB_ADDRESS, clean_inline, join_wrapped


def logical_lines(lines: list[str]) -> list[list[str]]:
    """Group visual lines into logical lines; blank lines separate, wrapped lines join."""
    return [group for _, group, _ in indented_lines(lines)]


def indented_lines(lines: list[str], hard_wrap: bool = False) -> list[tuple[int, list[str], bool]]:
    """Logical lines with the indentation of their first visual line, and whether they
    are a sub-item marked "o" (a second-level bullet in a text dump, which item_start
    does not read because "o" is also a word). With `hard_wrap`, the lines of a run
    written at one width are joined too (hardwrap: plain-text captures)."""
    groups: list[tuple[int, list[str], bool]] = []
    lines = attach_lone_bullets(lines)
    subs = o_bullets(lines)
    joins = wrapped_joins(lines) if hard_wrap else set()
    blank = True
    for k, raw in enumerate(lines):
        line = clean_inline(raw)
        if not line:
            blank = True
            continue
        prev = groups[-1][1][-1] if groups else ""
        # a label ending in a colon and, below it past a blank line, its value: a phrase in lower
        # case ("Realizace projektu:" / "od začátku listopadu 2019") make one label/value line;
        # a line ending in a comma opens an unmarked list, a lone token (an address) stays apart
        value = (blank and prev.endswith(":") and len(groups[-1][1]) == 1 and continues(prev, line)
                 and len(line.split()) > 1 and not line.endswith((",", ";")))
        if k not in subs and groups and (not blank or value) and (k in joins or continues(prev, line)):
            groups[-1][1].append(line)
        else:
            groups.append((indent_of(raw), [line], k in subs))
        blank = False
    return groups


def looks_like_heading(text: str) -> bool:
    """A short capitalised line that is not a sentence, nor a contact line: a line with an
    e-mail or web address ("EMAIL x@y.hu", "Town council (LV), www.x.lv") is a card's value,
    not a section's (or a project's) head."""
    words = text.split()
    return (0 < len(words) <= 8 and text[:1].isupper() and not text.endswith((".", ",", ";"))
            and len(text) <= 80 and not EMAIL.search(text) and not WEB_ADDRESS.search(text))


def add_line(builder: BlockBuilder, text: str, page: int, *, heading_ok: bool = True,
             nesting: Nesting | None = None, indent: int = 0, sub: bool = False) -> None:
    item = ("", "o", text[1:].strip()) if sub else item_start(text)
    if item:
        number, marker, rest = item
        number = number or None
        level = nesting.level(indent, number, marker) if nesting else 0
        builder.add(LIST_ITEM, rest, page, number=number, marker=marker, level=level)
        return
    if nesting:
        nesting.reset()
    if heading_ok and looks_like_heading(text):
        builder.add(HEADING, text, page)
    else:
        builder.add(PARAGRAPH, text, page)


def read(text: str) -> BlockBuilder:
    builder = BlockBuilder()
    for page_no, page in enumerate(text.split("\f"), start=1):
        nesting = Nesting()
        lines = page.splitlines()
        done = 0
        for head, end, rows in pipe_tables(lines) + [(len(lines), len(lines), [])]:
            for indent, group, sub in indented_lines(lines[done:head], hard_wrap=True):
                add_line(builder, join_wrapped(group), page_no, nesting=nesting, indent=indent, sub=sub)
            for row in rows:
                builder.add(TABLE_ROW, " | ".join(row), page_no)
            if rows:
                nesting.reset()
            done = end
    return builder
