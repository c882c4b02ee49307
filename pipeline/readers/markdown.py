"""Markdown captures of web pages: headings, lists, tables and paragraphs of the content;
navigation, breadcrumbs, cookie banners, widgets and tickers dropped."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.lines import attach_lone_bullets
from pipeline.readers.pagetext import looks_like_heading
from pipeline.readers.pipe_tables import cells, pipe_tables, separator
from pipeline.textnorm import clean_inline

_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)(?:([-*+•●▪–—])|(\d{1,3})[.)])\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


@lru_cache(maxsize=1)
def boilerplate_words() -> dict:
    """The cue words of page furniture (boilerplate.toml), shared with the HTML reader."""
    return tomllib.loads((Path(__file__).with_name("boilerplate.toml")).read_text("utf-8"))


def looks_like_markdown(text: str) -> bool:
    links = len(_LINK.findall(text))
    headings = len(re.findall(r"(?m)^#{1,6}\s+\S", text))
    return links >= 3 or headings >= 2


def link_share(line: str) -> float:
    """Share of the line's visible characters that sit inside link texts."""
    inside = sum(len(m.group(1)) for m in _LINK.finditer(line))
    visible = len(_LINK.sub(lambda m: m.group(1), line).strip())
    return inside / visible if visible else 1.0


def only_links(line: str) -> bool:
    rest = _LINK.sub("", line)
    return bool(_LINK.search(line)) and not re.search(r"\w", rest)


def repeats(text: str, size: int = 40, times: int = 3) -> bool:
    """A ticker repeats its items: some stretch of `size` characters occurs `times` times."""
    if len(text) < size * times:
        return False
    for start in range(0, len(text) - size, size // 2):
        if text.count(text[start:start + size]) >= times:
            return True
    return False


def is_boilerplate(text: str, raw: str) -> bool:
    low = text.casefold()
    words = boilerplate_words()
    if any(w in low for w in words["cookie"]):
        return True
    if len(text) <= 40 and any(low.strip(" .!:") == w for w in words["widget"]):
        return True
    return link_share(raw) > 0.6 or repeats(text)


def plain(raw: str) -> str:
    text = _LINK.sub(lambda m: m.group(1), raw)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    return clean_inline(text.replace("\\", ""))


def paragraphs(text: str) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def read(text: str) -> BlockBuilder:
    builder = BlockBuilder()
    for group in paragraphs(text):
        lines: list[str] = []  # plain paragraph lines waiting to be joined
        group = attach_lone_bullets(group)  # (a bullet alone on its line opens the next line's item)
        tables = {head: (end, rows) for head, end, rows in pipe_tables(group)}
        k = -1
        while k < len(group):
            k += 1
            raw = group[k] if k < len(group) else None
            m_head = _HEADING.match(raw) if raw else None
            m_item = _ITEM.match(raw) if raw else None
            is_table = k in tables or bool(raw) and raw.strip().startswith("|")
            if raw is not None and not (m_head or m_item or is_table):
                lines.append(raw)
                continue
            if lines:
                joined = " ".join(line.strip() for line in lines)
                lines = []
                if not (only_links(joined) or is_boilerplate(plain(joined), joined)):
                    text_ = plain(joined)
                    kind = HEADING if len(group) == 1 and looks_like_heading(text_) else PARAGRAPH
                    builder.add(kind, text_, 1)
            if raw is None:
                break
            if k in tables:  # a pipe table, its rows' cells spread over lines or not
                end, rows = tables[k]
                for row in rows:
                    builder.add(TABLE_ROW, " | ".join(plain(c) for c in row), 1)
                k = end - 1
            elif m_head:
                if not only_links(m_head.group(2)):
                    builder.add(HEADING, plain(m_head.group(2)), 1, level=len(m_head.group(1)) - 1)
            elif m_item:
                body = m_item.group(4)
                if only_links(body) or is_boilerplate(plain(body), body):
                    continue
                level = len(m_item.group(1).expandtabs(4)) // 2
                builder.add(LIST_ITEM, plain(body), 1, level=level,
                            number=m_item.group(3), marker=m_item.group(2))
            elif is_table:  # a piped line with no separator line beside it
                if separator(raw) or not any(c.strip("-: ") for c in cells(raw, True)):
                    continue  # a separator row
                builder.add(TABLE_ROW, " | ".join(plain(c) for c in cells(raw, True)), 1)
    return builder
