"""What the Office readers (.docx, .pptx) share: a cheap sanity check of the zip package
before any library opens it, and the joining of a paragraph's soft line breaks.

The check is deliberately small (issue 6 does the full hostile-input work): it refuses
packages that would cost far more to unpack than their size suggests, or whose member
names try to leave the package, and names encrypted and non-OOXML files."""
from __future__ import annotations

import io
import re
import zipfile

from pipeline.errors import PipelineError

MAX_ENTRIES = 10_000
MAX_UNPACKED = 512 * 1024 * 1024  # total declared uncompressed size
MAX_RATIO = 200  # uncompressed / compressed, for members large enough to matter
_RATIO_FROM = 1024 * 1024
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
        raise PipelineError("unreadable", f"the {kind} package holds {len(infos)} entries (limit {MAX_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise PipelineError("unreadable", f"the {kind} package would unpack to {total} bytes (limit {MAX_UNPACKED})")
    for info in infos:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in name.split("/"):
            raise PipelineError("unreadable", f"the {kind} package has a member outside it: '{info.filename}'")
        if info.file_size >= _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PipelineError("unreadable", f"the {kind} package member '{info.filename}' is compressed "
                                              f"{info.file_size // max(info.compress_size, 1)}:1 (a zip bomb?)")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or main_part not in names:
        raise PipelineError("unreadable", f"not a {kind} file: the zip package has no {main_part}")


