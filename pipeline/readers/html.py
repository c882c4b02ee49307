"""Web pages (HTML, parsed by beautifulsoup4 with lxml): the main content as blocks.

Headings h1-h6, paragraphs, list items with their nesting level and number, data tables
as table rows, definition lists as "term: definition". Page furniture is dropped before
the walk: scripts and styles, navigation, the page's header and footer, asides, forms,
cookie banners, menus, breadcrumbs, share bars, tickers, related-article lists, newsletter
boxes, pagination and skip links, found from tags, ARIA roles and class/id words
(boilerplate.toml). The content is <main> / role=main / the article when the page marks
it; otherwise the element that holds the page's text, with link-dense blocks dropped.
Paragraph text goes through the page-text reader's line rules (pagetext.add_line), so the
same content as text gives the same blocks. Nothing the page references is fetched, and
the walk is iterative, so deep nesting cannot exhaust the stack."""
from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from pipeline.errors import PipelineError
from pipeline.model import HEADING, LIST_ITEM, TABLE_ROW
from pipeline.readers import Reading, caps
from pipeline.readers.builder import BlockBuilder
from pipeline.readers.encoding import decode
from pipeline.readers.lines import BULLETS, Nesting, line_groups, roman
from pipeline.readers.markdown import boilerplate_words, is_boilerplate
from pipeline.readers.pagetext import add_line
from pipeline.textnorm import clean_inline, fold

# Never content: code, embedded objects, form controls.
DROP_TAGS = {"script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset",
             "object", "embed", "applet", "canvas", "video", "audio", "map", "button", "select",
             "textarea", "input", "option", "datalist", "head", "link", "meta", "base", "marquee"}
# Page furniture by their tag (the page's <header> and <footer> too, not an article's).
FURNITURE_TAGS = {"nav", "aside", "menu", "dialog", "form", "search"}
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div",
              "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
              "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre",
              "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
              "search"}
HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
_SKIP_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_WS = re.compile(r"[ \t\n\r\f]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CLASS_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
_BULLET_TEXT = re.compile("^[" + re.escape(BULLETS) + r"]\s+(?=\S)")


# --- encoding ---------------------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# What browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252, and a
# UTF-16 label in a page that is read as bytes cannot be right.
_ALIASES = {"latin1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
            "utf-16-le": "utf-8", "utf-16-be": "utf-8", "utf-32": "utf-8"}


def declared_encoding(data: bytes) -> str | None:
    """The encoding the page declares (XML declaration or <meta>) in its first 4 KB, as a
    Python codec name; None when it declares none or one Python does not know."""
    head = data[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _ALIASES.get(name, name)


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM, then the declared charset if the bytes decode with it
    strictly, then detection (encoding.decode: strict UTF-8, then charset-normalizer).
    A page declaring a legacy charset whose bytes are valid UTF-8 with non-ASCII letters
    was re-saved as UTF-8 with its old declaration (random legacy text is not valid UTF-8)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    declared = declared_encoding(data)
    if declared and declared != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration: detect
    return decode(data)


# --- boilerplate ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cues() -> dict:
    """boilerplate.toml's word lists as the sets the HTML reader matches against."""
    words = boilerplate_words()
    return {"class_words": frozenset(words["class_words"]), "class_keep": frozenset(words["class_keep"]),
            "class_names": [frozenset(n.split()) for n in words["class_names"]],
            "roles": frozenset(words["roles"]), "skip": tuple(fold(s) for s in words["skip"]),
            "related": frozenset(fold(r) for r in words["related"]),
            "widget": frozenset(words["widget_more"])}


def class_tokens(tag: Tag) -> list[str]:
    values = list(tag.get("class") or [])
    if tag.get("id"):
        values.append(tag["id"])
    if not values:
        return []
    return [t.lower() for v in values for t in _CLASS_SPLIT.split(str(v)) if t]


def furniture_by_class(tag: Tag, tokens: list[str]) -> bool:
    cues = _cues()
    classes = {str(c).lower() for c in tag.get("class") or []}
    if classes and any(name <= classes for name in cues["class_names"]):
        return True
    hits = cues["class_words"].intersection(tokens)
    if hits and hits <= {"header", "footer"} and cues["class_keep"].intersection(tokens):
        return False  # "entry-header": the article's own title block
    return bool(hits)


def _is_article(tag: Tag) -> bool:
    return tag.name in ("article", "main") or tag.get("role") in ("main", "article")


def is_hidden(tag: Tag) -> bool:
    return (tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true"
            or bool(_HIDDEN_STYLE.search(str(tag.get("style", "")))))


# What an element holds below it, as bits (bs4's find() walks to the end of a subtree
# first, so nested tables or lists would cost the square of their depth).
B_TABLE, B_HEAD, B_MAJOR, B_LIST, B_SECTION, B_BLOCK, B_H1 = 1, 2, 4, 8, 16, 32, 64
_BITS = {"table": B_TABLE | B_BLOCK, "h1": B_HEAD | B_MAJOR | B_H1, "h2": B_HEAD | B_MAJOR, "h3": B_HEAD | B_MAJOR,
         "h4": B_HEAD, "h5": B_HEAD, "h6": B_HEAD, "ul": B_LIST | B_BLOCK, "ol": B_LIST | B_BLOCK,
         "article": B_SECTION, "main": B_SECTION, "section": B_SECTION, "p": B_BLOCK, "div": B_BLOCK, "dl": B_BLOCK}


@dataclass
class Weights:
    """Per element: characters of text outside links, characters inside links, number of
    links, whether it holds a <main>/<article>, whether it holds a table or a major
    heading; computed bottom-up in one pass."""

    text: dict[int, int] = field(default_factory=dict)
    link: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    main: dict[int, bool] = field(default_factory=dict)
    below: dict[int, int] = field(default_factory=dict)  # _BITS of the descendants

    def holds(self, tag: Tag, bits: int) -> bool:
        return bool(self.below.get(id(tag), 0) & bits)

    def share(self, tag: Tag) -> float:
        k = id(tag)
        total = self.text.get(k, 0) + self.link.get(k, 0)
        return self.link.get(k, 0) / total if total else 0.0


def weigh(tags: list[Tag], dropped: set[int]) -> Weights:
    w = Weights()
    for tag in reversed(tags):  # descendants come before their ancestors
        k = id(tag)
        if k in dropped:
            w.text[k] = w.link[k] = w.links[k] = 0
            w.main[k] = False
            w.below[k] = 0
            continue
        text = link = links = below = 0
        main = tag.name in ("main", "article") or tag.get("role") == "main"
        for child in tag.contents:
            if isinstance(child, Tag):
                c = id(child)
                text += w.text.get(c, 0)
                link += w.link.get(c, 0)
                links += w.links.get(c, 0)
                main = main or w.main.get(c, False)
                if c not in dropped:
                    below |= w.below.get(c, 0) | _BITS.get(child.name, 0)
            elif isinstance(child, NavigableString) and not isinstance(child, _SKIP_STRINGS):
                text += len(child.strip())
        if tag.name == "a":
            text, link, links = 0, text + link, links + 1
        w.text[k], w.link[k], w.links[k], w.main[k], w.below[k] = text, link, links, main, below
    return w


def inline_text(tag: Tag, dropped: set[int] | frozenset = frozenset()) -> str:
    """The element's text on one line: inline markup joined as written, block
    boundaries and <br> as spaces, dropped elements left out."""
    parts: list[str] = []
    stack: list = list(reversed(tag.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if id(node) in dropped:
                continue
            if node.name in BLOCK_TAGS or node.name == "br":
                parts.append(" ")
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, _SKIP_STRINGS):
            parts.append(_WS.sub(" ", str(node)))
    return clean_inline("".join(parts))


def furniture(soup: BeautifulSoup, tags: list[Tag]) -> set[int]:
    """ids of the elements to drop with everything inside them."""
    cues = _cues()
    roles, skip, related = cues["roles"], cues["skip"], cues["related"]
    first = weigh(tags, set())
    body = soup.body or soup
    page_text = max(first.text.get(id(body), 0), 1)
    dropped: set[int] = set()
    in_article = under(tags, _is_article)
    for tag in tags:
        name = tag.name
        if name in ("html", "body", "main", "article"):
            continue
        if name in DROP_TAGS:
            dropped.add(id(tag))
            continue
        role = str(tag.get("role", "")).lower()
        label = str(tag.get("aria-label", "")).lower()
        if (name in FURNITURE_TAGS or role in roles or is_hidden(tag)
                or (name in ("header", "footer") or role in ("banner", "contentinfo")) and id(tag.parent) not in in_article
                or "breadcrumb" in label or "breadcrumb" in str(tag.get("itemtype", "")).lower()
                or furniture_by_class(tag, class_tokens(tag))):
            # never the element that holds the content or most of the page's text (a CMS
            # that wraps the page in one <form>, a theme's "has-sidebar" wrapper)
            if not first.main.get(id(tag)) and first.text.get(id(tag), 0) < 0.5 * page_text:
                dropped.add(id(tag))
        elif name == "a" and fold(inline_text(tag)).startswith(skip):
            dropped.add(id(tag))
        elif name in HEADINGS and fold(inline_text(tag)).strip(" :") in related:
            dropped.add(id(tag))
            _drop_link_list_after(tag, first, dropped)
    return dropped


def _drop_link_list_after(heading: Tag, w: Weights, dropped: set[int]) -> None:
    """A 'Related articles' heading: drop the link list that follows it, or its own box
    when that box is mostly links."""
    parent = heading.parent
    if (parent is not None and parent.name not in ("body", "main", "article", "html")
            and not w.main.get(id(parent)) and w.share(parent) >= 0.5):
        dropped.add(id(parent))
        return
    for sib in heading.next_siblings:
        if isinstance(sib, Tag):
            if w.share(sib) >= 0.5 and not w.main.get(id(sib)):
                dropped.add(id(sib))
            return


# --- the content root -------------------------------------------------------------------

def content_root(soup: BeautifulSoup, tags: list[Tag], w: Weights) -> tuple[Tag, bool]:
    """(root, marked): the element the page marks as its content (<main>, role=main, the
    article or the articles' common ancestor) when it holds at least half the text left
    after the furniture is dropped; otherwise the element found by text density."""
    body = soup.body or soup
    total = w.text.get(id(body), 0)
    mains = [t for t in tags if t.name == "main" or t.get("role") == "main"]
    is_art = lambda t: t.name == "article" or t.get("role") == "article"  # noqa: E731
    nested = under(tags, is_art)
    articles = [t for t in tags if is_art(t) and id(t.parent) not in nested]
    candidates = []
    if mains:
        candidates.append(max(mains, key=lambda t: w.text.get(id(t), 0)))
    if len(articles) == 1:
        candidates.append(articles[0])
    elif articles:
        candidates.append(_common_ancestor(articles))
    for cand in candidates:
        if cand is not None and w.text.get(id(cand), 0) >= 0.5 * total and total:
            return cand, True
    return by_density(body, w), False


def _common_ancestor(tags: list[Tag]) -> Tag | None:
    chain = [tags[0]] + list(tags[0].parents)
    ids = [{id(t) for t in [x] + list(x.parents)} for x in tags[1:]]
    for node in chain:
        if all(id(node) in s for s in ids):
            return node
    return None


def by_density(body: Tag, w: Weights) -> Tag:
    """Go down from <body> into the child that holds most of the text outside links (the
    cells of a layout table count as children), as long as no sibling holds a heading of
    its own text (a title above the content); stop where the text divides."""
    node = body
    while True:
        kids = _layout_children(node)
        total = w.text.get(id(node), 0)
        if not kids or not total:
            return node
        best = max(kids, key=lambda c: w.text.get(id(c), 0))
        share = CELL_SHARE if node.name == "table" else DENSE_SHARE
        if w.text.get(id(best), 0) < share * total or best.name in ("ul", "ol", "dl", "p"):
            return node
        if best.name == "table" and not is_layout_table(best, w):
            return node
        if any(s is not best and _has_title(s, w) for s in kids):
            return node
        node = best


DENSE_SHARE = 0.75
# The cells of a layout table are columns side by side (menu, content, news): the content
# column needs only to hold more text than all the others together.
CELL_SHARE = 0.5


def _layout_children(node: Tag) -> list[Tag]:
    """Child elements; for a layout table, its cells (rows and row groups looked through)."""
    if node.name != "table":
        return [c for c in node.children if isinstance(c, Tag)]
    return [c for tr in own_rows(node) for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")]


def own_rows(table: Tag) -> list[Tag]:
    """The table's rows, not those of tables inside it (looked up child by child, so
    that nested tables cost no more than their size)."""
    rows = []
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                rows.append(child)
            elif child.name in ("thead", "tbody", "tfoot"):
                rows.extend(r for r in child.children if isinstance(r, Tag) and r.name == "tr")
    return rows


def _has_title(tag: Tag, w: Weights) -> bool:
    """A heading whose text is not a link: a title that belongs with the content."""
    heads = [tag] if tag.name in HEADINGS else tag.find_all(list(HEADINGS))
    return any(w.text.get(id(h), 0) and w.share(h) < 0.5 for h in heads)


def title_before(root: Tag, tags: list[Tag], dropped: set[int], w: Weights) -> Tag | None:
    """The page's <h1> when it stands before the content root, outside it (a theme's
    title banner above <main>), and the root has none of its own."""
    if root.name == "body" or w.holds(root, B_H1):
        return None
    title = None
    gone = under(tags, lambda t: id(t) in dropped)
    for tag in tags:  # document order: the root's descendants come after it
        if tag is root:
            break
        if tag.name == "h1" and w.text.get(id(tag), 0) and id(tag) not in gone:
            title = tag
    return title


def under(tags: list[Tag], pred) -> set[int]:
    """ids of the elements that satisfy `pred` or sit inside one that does; one pass in
    document order, where a parent comes before its children."""
    inside: set[int] = set()
    for tag in tags:
        if pred(tag) or id(tag.parent) in inside:
            inside.add(id(tag))
    return inside


# --- the walk ---------------------------------------------------------------------------

@dataclass
class ListState:
    ordered: bool
    next: int
    step: int
    style: str  # "1", "a", "A", "i", "I" for <ol>; the bullet for <ul>


def _format_number(n: int, style: str) -> str:
    if style in ("a", "A") and 1 <= n <= 26:
        letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
        return letter.upper() if style == "A" else letter
    if style in ("i", "I") and n >= 1:
        return roman(n).upper() if style == "I" else roman(n)
    return str(n)


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


_UL_MARKERS = {"disc": "•", "circle": "◦", "square": "▪"}


def is_layout_table(table: Tag, w: Weights) -> bool:
    """A table used to lay out the page, not to hold data: its cells hold headings,
    lists, other tables or several paragraphs."""
    if str(table.get("role", "")).lower() in ("presentation", "none"):
        return True
    if w.holds(table, B_TABLE | B_HEAD | B_LIST | B_SECTION):
        return True
    cells = _layout_children(table)
    if len(cells) <= 1:
        return True
    return any(len(c.find_all(["p", "div", "br"])) > 3 for c in cells)


def table_rows(table: Tag, dropped: set[int]) -> list[list[str]]:
    """Rows of a data table, header rows first, footer rows last; cells as text."""
    head, body, foot = [], [], []
    for tr in own_rows(table):
        cells = [inline_text(c, dropped) for c in tr.children
                 if isinstance(c, Tag) and c.name in ("td", "th") and id(c) not in dropped]
        if not any(cells):
            continue
        {"thead": head, "tfoot": foot}.get(tr.parent.name, body).append(cells)
    return head + body + foot


class Walker:
    def __init__(self, builder: BlockBuilder, dropped: set[int], w: Weights, marked: bool) -> None:
        self.b = builder
        self.dropped = dropped
        self.w = w
        self.marked = marked  # the page marks its content: trust its structure
        self.buffer: list[str] = []
        self.lists: list[ListState] = []
        self.item: tuple[int, str | None, str | None] | None = None  # a list item waiting for its text
        self.nesting = Nesting()  # list items written as text inside paragraphs

    # text collection
    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        if self.item is not None:
            level, number, marker = self.item
            self.item = None
            text = clean_inline(raw.replace("\n", " "))
            if text and not is_boilerplate(text, text) and not self._widget(text):
                if not number:
                    m = _BULLET_TEXT.match(text)
                    if m:  # a bullet typed into the item's text
                        marker, text = text[0], text[m.end():]
                self.nesting.reset()
                self.b.add(LIST_ITEM, text, 1, level=level, number=number, marker=marker)
            return
        for text in line_groups(raw):
            if not is_boilerplate(text, text) and not self._widget(text):
                add_line(self.b, text, 1, nesting=self.nesting)

    def _widget(self, text: str) -> bool:
        low = text.casefold().strip(" .!:»›>")
        return len(text) <= 40 and low in _cues()["widget"]

    def block_break(self) -> None:
        """A block boundary: inside a list item it is a space, elsewhere it ends a paragraph."""
        if self.item is not None:
            self.buffer.append(" ")
        else:
            self.flush()

    def add_direct(self, kind: str, text: str, **kw) -> None:
        self.flush()
        self.nesting.reset()
        if text and not is_boilerplate(text, text) and not self._widget(text):
            self.b.add(kind, text, 1, **kw)

    # the walk
    def walk(self, root: Tag) -> None:
        stack: list[tuple[bool, object]] = [(True, root)]
        while stack:
            entering, node = stack.pop()
            if not entering:
                self.leave(node)
                continue
            if isinstance(node, NavigableString):
                if not isinstance(node, _SKIP_STRINGS):
                    self.buffer.append(_WS.sub(" ", str(node)))
                continue
            if not isinstance(node, Tag) or id(node) in self.dropped:
                continue
            if self.enter(node):
                stack.append((False, node))
                stack.extend((True, c) for c in reversed(node.contents))
        self.flush()

    def link_dense(self, tag: Tag) -> bool:
        """Unmarked menus, breadcrumbs and link lists, on pages without marked content."""
        return (not self.marked and self.w.links.get(id(tag), 0) >= 3 and self.w.share(tag) >= 0.75
                and not self.w.holds(tag, B_TABLE | B_MAJOR))

    def enter(self, tag: Tag) -> bool:
        """Handle an element on the way in; True when its children are to be walked."""
        name = tag.name
        if name == "br":
            self.buffer.append("\n" if self.item is None else " ")
            return False
        if name not in BLOCK_TAGS:
            return True
        if name in ("ul", "ol", "p", "div", "section", "dl", "td") and self.link_dense(tag):
            return False
        if name in HEADINGS:
            self.add_direct(HEADING, inline_text(tag, self.dropped), level=HEADINGS[name])
            return False
        if name == "pre":
            self.flush()
            for line in tag.get_text().splitlines():  # lines as written
                self.buffer.append(line)
                self.flush()
            return False
        if name == "table" and not is_layout_table(tag, self.w):
            self.flush()
            self.item = None
            caption = next((c for c in tag.children if isinstance(c, Tag) and c.name == "caption"), None)
            if caption is not None:  # a line of its own, read like page text
                self.buffer.append(inline_text(caption, self.dropped))
                self.flush()
            for cells in table_rows(tag, self.dropped):
                self.add_direct(TABLE_ROW, " | ".join(cells))
            return False
        if name == "dl" and self.simple_dl(tag):
            return False
        if name in ("ul", "ol"):
            self.flush()
            self.lists.append(self.list_state(tag))
            return True
        if name == "li":
            self.flush()
            self.item = self.item_of(tag)
            return True
        self.block_break()
        return True

    def leave(self, tag: Tag) -> None:
        name = tag.name
        if name in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif name == "li":
            self.flush()
        elif name in BLOCK_TAGS:
            self.block_break()

    def list_state(self, tag: Tag) -> ListState:
        if tag.name == "ol":
            reverse = tag.has_attr("reversed")
            count = len(tag.find_all("li", recursive=False))
            start = _int(tag.get("start"), count if reverse else 1)
            style = str(tag.get("type", "1"))
            return ListState(True, start, -1 if reverse else 1, style if style in "1aAiI" else "1")
        depth = len(self.lists)  # browsers: disc, then circle, then square, in any list
        style = str(tag.get("type", "")).lower()
        marker = _UL_MARKERS.get(style) or ("•", "◦", "▪")[min(depth, 2)]
        return ListState(False, 1, 1, marker)

    def item_of(self, li: Tag) -> tuple[int, str | None, str | None]:
        if not self.lists:  # an <li> outside any list
            return 0, None, "•"
        state = self.lists[-1]
        level = len(self.lists) - 1
        if not state.ordered:
            return level, None, state.style
        n = _int(li.get("value"), state.next)
        state.next = n + state.step
        return level, _format_number(n, state.style), None

    def simple_dl(self, dl: Tag) -> bool:
        """A definition list of label and value pairs: each as one "label: value" line.
        False (walk it as blocks) when a definition holds blocks of its own."""
        entries = [e for c in dl.children if isinstance(c, Tag)
                   for e in ([c] if c.name in ("dt", "dd") else c.children if c.name == "div" else [])
                   if isinstance(e, Tag) and e.name in ("dt", "dd")]
        if not entries or any(e.name == "dd" and self.w.holds(e, B_BLOCK) for e in entries):
            return False
        self.flush()
        lines: list[str] = []
        for e in entries:
            text = inline_text(e, self.dropped)
            if not text or id(e) in self.dropped:
                continue
            if e.name == "dd" and lines and lines[-1].startswith("\0"):
                label = lines.pop()[1:]
                lines.append(label + ("" if label.endswith(":") else ":") + " " + text)
            elif e.name == "dt":
                lines.append("\0" + text)
            else:
                lines.append(text)
        for line in lines:
            self.buffer.append(line.lstrip("\0"))
            self.flush()
        return True


def read(data: bytes) -> Reading:
    caps.refuse("the page's size in bytes", len(data), caps.MAX_HTML_BYTES)
    caps.refuse("the page's tags", data.count(b"<"), caps.MAX_HTML_TAGS)
    text, encoding = decode_html(data)
    text = _CONTROL.sub("", text)
    try:
        with warnings.catch_warnings():
            # XHTML read as HTML on purpose: lxml's HTML parser expands no DTD entities
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml gives up only on bytes it cannot parse at all
        raise PipelineError("unreadable", f"the HTML could not be parsed: {exc}") from None
    tags = soup.find_all(True)
    dropped = furniture(soup, tags)
    w = weigh(tags, dropped)
    root, marked = content_root(soup, tags, w)
    builder = BlockBuilder()
    walker = Walker(builder, dropped, w, marked)
    title = title_before(root, tags, dropped, w)
    if title is not None:
        walker.walk(title)
    walker.walk(root)
    return Reading(builder, "html", encoding)
