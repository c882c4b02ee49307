"""Where the accepted version of the outputs lives, and recording a new one.

For `python -m pipeline diff` and `accept`, beside build.py the only other module that
touches the file system. The accepted version is, in this order:

  --against DIR   any outputs folder;
  --rev REV       what git commit REV holds for the folder;
  git             what git's index holds for the folder: the last commit plus whatever
                  `accept` staged since (read with `git ls-files -s` and `git cat-file
                  --batch`; the work tree is never touched);
  DIR.accepted    outside git, the copy `accept` made beside the folder.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.diff import DiffError, contract_files
from pipeline.write import swap_into


def read_folder(folder: Path) -> dict[str, bytes]:
    """The contract's files of an outputs folder, by relative path (os.scandir of the two
    subfolders: a few thousand documents are read in a fraction of a second)."""
    if not folder.is_dir():
        raise DiffError(f"folder '{folder}' does not exist or is not a folder")
    paths = [name for name in ("errors.csv", "datapackage.json") if (folder / name).is_file()]
    found_documents = False
    for sub in ("documents", "text"):
        try:
            with os.scandir(folder / sub) as entries:
                paths += [f"{sub}/{e.name}" for e in entries if e.is_file()]
            found_documents |= sub == "documents"
        except (FileNotFoundError, NotADirectoryError):
            continue
    if not paths and not found_documents:
        raise DiffError(f"folder '{folder}' holds no outputs (no documents/, errors.csv or datapackage.json)")
    files = {}
    try:
        for p in contract_files(paths):
            with open(os.path.join(folder, p), "rb") as fh:
                files[p] = fh.read()
    except OSError as exc:
        raise DiffError(f"cannot read '{folder}': {exc.strerror or exc}") from None
    return files


def _git(top: Path | str, *args: str, data: bytes | None = None) -> bytes:
    # no optional locks: reading never rewrites git's index (as `git status` may)
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    done = subprocess.run(["git", "-C", str(top), "--literal-pathspecs", *args], input=data,
                          capture_output=True, check=False, env=env)
    if done.returncode != 0:
        lines = [ln.strip() for ln in done.stderr.decode("utf-8", "replace").splitlines()
                 if ln.strip() and not ln.startswith("hint:")]
        raise DiffError(f"git {args[0]} failed: {'; '.join(lines[:2]) if lines else f'exit {done.returncode}'}")
    return done.stdout


def git_place(folder: Path) -> tuple[Path, str] | None:
    """(work tree root, the folder's path inside it), or None when the folder is not in a
    git work tree or git is not installed."""
    probe = folder if folder.is_dir() else folder.parent
    try:
        done = subprocess.run(["git", "-C", str(probe), "rev-parse", "--show-toplevel"],
                              capture_output=True, check=False)
    except OSError:  # no git
        return None
    if done.returncode != 0:
        return None
    top = Path(done.stdout.decode("utf-8").strip()).resolve()
    rel = folder.resolve().relative_to(top).as_posix()
    return top, rel


def _cat_blobs(top: Path, blobs: dict[str, str]) -> dict[str, bytes]:
    """{path: blob id} -> {path: bytes}, in one `git cat-file --batch`."""
    if not blobs:
        return {}
    ids = sorted(set(blobs.values()))
    raw = _git(top, "cat-file", "--batch", data=("\n".join(ids) + "\n").encode())
    contents, pos = {}, 0
    for _ in ids:
        eol = raw.index(b"\n", pos)
        head = raw[pos:eol].decode().split()
        if len(head) != 3:
            raise DiffError(f"git cat-file: cannot read object {head[0]}")
        size = int(head[2])
        contents[head[0]] = raw[eol + 1:eol + 1 + size]
        pos = eol + 1 + size + 1
    return {path: contents[sha] for path, sha in blobs.items()}


def read_git(top: Path, rel: str, rev: str | None) -> dict[str, bytes]:
    """The contract's files under rel as git's index (rev None) or commit rev holds them."""
    prefix = "" if rel == "." else rel + "/"
    blobs = {}
    if rev is None:
        # mode SP blob SP stage TAB path NUL; stage 0 = merged
        for line in _git(top, "ls-files", "-s", "-z", "--", rel).split(b"\0"):
            if not line:
                continue
            meta, path = line.decode("utf-8").split("\t", 1)
            _, sha, stage = meta.split()
            if stage != "0":
                raise DiffError(f"'{path}' has merge conflicts in git's index; resolve them first")
            blobs[path[len(prefix):]] = sha
    else:
        try:
            _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
        except DiffError:
            raise DiffError(f"git knows no commit '{rev}'") from None
        # mode SP type SP blob TAB path NUL
        for line in _git(top, "ls-tree", "-r", "-z", rev, "--", rel).split(b"\0"):
            if not line:
                continue
            meta, path = line.decode("utf-8").split("\t", 1)
            _, kind, sha = meta.split()
            if kind == "blob":
                blobs[path[len(prefix):]] = sha
    wanted = set(contract_files(blobs))
    return _cat_blobs(top, {p: sha for p, sha in blobs.items() if p in wanted})


def accepted_copy(folder: Path) -> Path:
    """Outside git, `accept` copies the folder here, beside it."""
    return folder.parent / f"{folder.name}.accepted"


def read_accepted(folder: Path, against: Path | None = None, rev: str | None = None) -> tuple[dict[str, bytes], str]:
    """The accepted version's files and a name for it (for messages and the report)."""
    if against is not None:
        return read_folder(against), str(against)
    place = git_place(folder)
    if place is not None:
        top, rel = place
        files = read_git(top, rel, rev)
        return files, f"git {rev}:{rel}" if rev else f"git index:{rel}"
    if rev is not None:
        raise DiffError(f"--rev needs git, and '{folder}' is not in a git work tree")
    copy = accepted_copy(folder)
    if copy.is_dir():
        return read_folder(copy), str(copy)
    raise DiffError(f"nothing accepted to compare with: '{folder}' is not in a git work tree and "
                    f"'{copy}' does not exist; run 'python -m pipeline accept' or pass --against DIR")


def accept(folder: Path) -> str:
    """Record the folder as accepted; returns what to tell the user."""
    if not folder.is_dir():
        raise DiffError(f"folder '{folder}' does not exist or is not a folder")
    place = git_place(folder)
    if place is not None:
        top, rel = place
        _git(top, "add", "-A", "--", rel)
        return (f"{rel}/ staged as the accepted version; to record it: "
                f"git commit -m 'Accept extraction changes' -- {rel}")
    # outside git: a copy beside the folder, replaced as a whole as the build replaces its own
    copy = accepted_copy(folder)
    tmp = Path(tempfile.mkdtemp(prefix=f".{copy.name}.", dir=copy.parent))
    try:
        shutil.copytree(folder, tmp / "copy", symlinks=True)
        swap_into(tmp / "copy", copy)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return f"copied {folder}/ to {copy}/ as the accepted version; the next diff compares with it"


def diff_command(folder: Path, against: Path | None, rev: str | None, fmt: str, output: Path | None) -> int:
    """`python -m pipeline diff`: exit 0 no change, 1 changes, 2 error (like diff(1))."""
    import json
    import sys

    from pipeline.diff import Snapshot, compare, render_text, summary_line
    from pipeline.review import page

    try:
        new = Snapshot(read_folder(folder), str(folder))
        files, where = read_accepted(folder, against, rev)
        old = Snapshot(files, where)
        diff = compare(old, new)
        if fmt == "html":
            texts = {d["doc_id"]: (old.text(d["doc_id"]), new.text(d["doc_id"])) for d in diff["documents"]}
            report = page(diff, texts)
            output = output or Path("build") / "review.html"
        elif fmt == "json":
            # one line: json's C encoder (not used with indent) writes a diff of every
            # document of a large folder in a second; `python -m json.tool` shows it indented
            report = json.dumps(diff, ensure_ascii=False) + "\n"
        else:
            colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ \
                and os.environ.get("TERM") != "dumb"
            report = render_text(diff, colour=colour)
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(report, "utf-8", newline="")
    except DiffError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write '{output}': {exc.strerror or exc}", file=sys.stderr)
        return 2
    if output is None:
        sys.stdout.write(report)
    else:
        print(f"{'review page' if fmt == 'html' else 'report'} written to {output}: {summary_line(diff)}")
    return 1 if diff["changed"] else 0


def accept_command(folder: Path) -> int:
    import sys

    try:
        print(accept(folder))
    except (DiffError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
