"""Write the outputs: deterministic bytes, sorted rows, and the whole folder replaced at once
(built in a temporary folder beside it, then swapped into place atomically)."""
from __future__ import annotations

import csv
import ctypes
import errno
import fcntl
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from pipeline.tables import COLUMNS, KEYS, datapackage


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _natural(value) -> tuple:
    """Sort key that puts '2' before '10' and '1.2' before '1.10'."""
    if value is None or value == "":
        return (0, ())
    if isinstance(value, (int, float)):
        return (1, (value,))
    parts = str(value).split(".")
    if all(p.isdigit() for p in parts):
        return (1, tuple(int(p) for p in parts))
    return (2, (str(value),))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_csv(name: str, rows: list[dict]) -> str:
    """The bytes pandas' to_csv wrote (it writes with the csv module, as here), without
    importing pandas: an incremental build must start fast."""
    cols = [c for c, _ in COLUMNS[name]]
    rows = sorted(rows, key=lambda r: tuple(_natural(r.get(k)) for k in KEYS[name]))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(cols)
    writer.writerows([_cell(r.get(c)) for c in cols] for r in rows)
    return buf.getvalue()


# --- replacing the folder as a whole ------------------------------------------------------
# The new version is written into `.<name>.new-XXXX` beside the output folder, then swapped
# with it in one step by renameat2(RENAME_EXCHANGE) (Linux 3.15, glibc 2.28; ext4, xfs,
# btrfs, tmpfs...), so that a build killed at any moment leaves the old or the new version,
# never a mix. Where the call is missing or the file system refuses it, the old two renames
# are used (out -> .<name>.old, new -> out); a build killed between them leaves no output
# folder but a complete .<name>.old, which `recover` (run at the start of every build) puts
# back. Temp and old folders of killed builds are removed by the next build. A lock on the
# parent folder keeps two builds into it from removing each other's temp folders.

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2():
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return func


_exchange_call = _renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically; False where the OS or file system cannot."""
    if _exchange_call is None:
        return False
    if _exchange_call(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(a))


def swap_into(new: Path, out: Path) -> None:
    """Put the complete folder `new` at `out`: one atomic exchange where the OS can (`new`
    then holds the old version, for the caller to remove), else the two renames through
    `.<name>.old` that `recover` knows how to finish."""
    if out.is_dir() and exchange(new, out):
        return
    old = out.with_name(f".{out.name}.old")
    _remove(old)  # left by a killed run
    if os.path.lexists(out):
        os.rename(out, old)
    os.rename(new, out)
    _remove(old)


def _remove(path: Path) -> None:
    """Remove a folder of ours; a symbolic link is unlinked, never followed."""
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def _locked(folder: Path):
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without locks (some network ones): go on unlocked
            pass
        yield
    finally:
        os.close(fd)  # releases the lock; so does the kernel when a build is killed


def _recover(out: Path) -> None:
    """Under the lock: put back the old version a killed fallback swap left, and remove the
    temp and old folders of killed builds (nothing else holds the lock, so they are stale)."""
    old = out.with_name(f".{out.name}.old")
    if not os.path.lexists(out) and old.is_dir() and not old.is_symlink():
        os.rename(old, out)
    for entry in out.parent.iterdir():
        if entry.name == old.name or entry.name.startswith(f".{out.name}.new-"):
            _remove(entry)


def recover(out: Path) -> None:
    """Repair what a build killed while writing `out` left behind (see above)."""
    out = out.resolve()
    if out.parent.is_dir():
        with _locked(out.parent):
            _recover(out)


def _carry(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # the old folder is removed after the swap: the link is the file
    except OSError:
        shutil.copyfile(source, target)


def write_outputs(out: Path, records: list[dict], texts: dict[str, str], tables: dict[str, list[dict]],
                  finish: Callable[[Path], None] | None = None, keep: list[str] = ()) -> None:
    """`keep`: files of the current folder carried into the new one as they are (an
    incremental build's unchanged documents and texts). `finish(folder)` runs on the
    complete new folder before it replaces the old one (the build puts its manifest there)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent):
        _recover(out)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        try:
            (tmp / "documents").mkdir()
            (tmp / "text").mkdir()
            for rel in keep:
                _carry(out / rel, tmp / rel)
            for rec in records:
                (tmp / "documents" / f"{rec['doc_id']}.json").write_text(dumps(rec), "utf-8")
            for doc_id, text in texts.items():
                (tmp / "text" / f"{doc_id}.txt").write_text(text, "utf-8", newline="")
            for name in COLUMNS:
                (tmp / f"{name}.csv").write_text(table_csv(name, tables.get(name, [])), "utf-8", newline="")
            (tmp / "datapackage.json").write_text(dumps(datapackage()), "utf-8")
            if finish:
                finish(tmp)
            os.chmod(tmp, 0o755)
            swap_into(tmp, out)
        finally:
            _remove(tmp)
