"""What the Office readers (.docx, .pptx) share: a cheap sanity check of the zip package
before any library opens it, and the joining of a paragraph's soft line breaks.

It refuses, from the zip directory alone and before anything is decompressed, packages
that would cost far more to unpack than their size suggests (too-large) or whose member
names try to leave the package; then reads the prolog of each XML part and refuses a
document type declaration, which OOXML never holds and which is how entity bombs
("billion laughs") and external entities (a local file pulled into the text) come in.
Nothing is ever written from a member name. Encrypted and non-OOXML files are named."""
from __future__ import annotations

import io
import re
import zipfile

from pipeline.errors import PipelineError

MAX_ENTRIES = 10_000
MAX_UNPACKED = 512 * 1024 * 1024  # total declared uncompressed size
MAX_RATIO = 200  # uncompressed / compressed, for members large enough to matter
_RATIO_FROM = 1024 * 1024
MAX_XML_PART = 100 * 1024 * 1024  # one XML part: 1,000,000 characters of text take some 50 MiB of markup
_PROLOG = 64 * 1024  # what an XML part may hold before its root element
_ROOT = re.compile(r"<[A-Za-z_]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_package(data: bytes, main_part: str, kind: str) -> None:
    """Raise PipelineError unless `data` is a zip package that is safe to open and holds
    `main_part` ("word/document.xml"). `kind` names the format in messages."""
    if data.startswith(_OLE):
        # Office saves a password-protected .docx/.pptx as an OLE compound file holding
        # the encrypted package ("EncryptionInfo", "EncryptedPackage" streams).
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise PipelineError("encrypted", f"the {kind} file is password-protected (encrypted OOXML)")
        raise PipelineError("unreadable", f"not a {kind} file: an OLE compound file (a legacy .doc/.ppt?)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PipelineError("unreadable", f"not a {kind} file: not a readable zip package ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise PipelineError("too-large", f"the {kind} package holds {len(infos)} entries (limit {MAX_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise PipelineError("too-large", f"the {kind} package would unpack to {total} bytes (limit {MAX_UNPACKED})")
    for info in infos:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in name.split("/"):
            raise PipelineError("unreadable", f"the {kind} package has a member outside it: '{info.filename}'")
        if info.file_size >= _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PipelineError("too-large", f"the {kind} package member '{info.filename}' is compressed "
                                             f"{info.file_size // max(info.compress_size, 1)}:1 (a zip bomb?)")
        if name.lower().endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART:
            raise PipelineError("too-large", f"the {kind} package part '{info.filename}' would unpack to "
                                             f"{info.file_size} bytes (limit {MAX_XML_PART})")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or main_part not in names:
        raise PipelineError("unreadable", f"not a {kind} file: the zip package has no {main_part}")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            _check_prolog(archive, info, kind)


def _check_prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> None:
    """Refuse an XML part whose prolog (what stands before the root element) declares a
    document type, or that has no root element in its first 64 KiB. Only the prolog is
    decompressed."""
    try:
        with archive.open(info) as member:
            head = member.read(_PROLOG)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PipelineError("unreadable", f"the {kind} package part '{info.filename}' cannot be "
                                          f"unpacked ({exc})") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\0" or head[:1] == b"\0":
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    root = _ROOT.search(text)
    prolog = text[:root.start()] if root else text
    if "<!doctype" in prolog.lower() or "<!entity" in prolog.lower():
        raise PipelineError("unreadable", f"the {kind} package part '{info.filename}' declares a document "
                                          "type (entity declarations are refused: an entity bomb or an "
                                          "external entity)")
    if root is None and len(head) == _PROLOG:
        raise PipelineError("unreadable", f"the {kind} package part '{info.filename}' has no root element "
                                          f"in its first {_PROLOG} bytes")


