"""Extract files in a pool of worker processes, each file under a wall-clock limit and a
memory limit, so that one bad file can neither stop, hang nor exhaust a build.

Workers are forked from the build (Linux; cheap, and they share the modules the build has
already imported). Each runs in its own process group, so that a Tesseract it started dies
with it, and asks the kernel to kill it if the build dies (SIGKILL included). The parent
hands out one file at a time and watches every busy worker:

- time: past `timeout` seconds the worker's group is killed and the file is a `timeout` row;
- memory: the parent reads the resident memory (RSS) of the worker and of its child
  processes from /proc ten times a second and kills the group past `memory` MB (a `memory`
  row). RSS is what the limit means to a user, and it counts the `tesseract` processes OCR
  starts. The rlimits were measured and rejected as the limit itself: RLIMIT_AS and
  RLIMIT_DATA count address space, not memory (a warmed-up worker maps 375 MB of which
  165 MB are resident), they are per process (each `tesseract` would get its own), and
  when they bite, pypdfium2 and the C extensions fail with OSError "failed to map segment"
  or ImportError, not MemoryError. So RLIMIT_AS is kept only as a backstop, at the
  worker's address space when it starts plus `memory` MB: an allocation too fast for the
  poll (gigabytes at once) fails there with MemoryError, which is also a `memory` row;
- crashes: a worker that dies (a segfault in a C library, os._exit, killed by the kernel)
  is replaced, and its file is an `internal` row naming the signal or exit status.

Results come back keyed by task, so the output does not depend on the number of workers
or on the order in which they finish."""
from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

MB = 1 << 20
POLL = 0.1  # seconds between two readings of the workers' memory
_PAGE = os.sysconf("SC_PAGE_SIZE")
_PR_SET_PDEATHSIG = 1

Outcome = tuple  # ("ok", record, text) or ("error", code, message)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Options:
    """How a build runs. The limits are per file; README "Limits" explains the defaults."""

    jobs: int = 0  # worker processes; 0: one per core
    timeout: float = 600.0  # seconds of wall-clock time to read one file
    memory: int = 1024  # MB of resident memory for a worker and its child processes
    max_size: int = 100  # MB; larger files are refused before they are read
    quiet: bool = False  # no progress bar

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs > 0 else default_jobs()


def limit_messages(options: Options) -> dict[str, str]:
    return {
        "timeout": f"reading took longer than {options.timeout:g} s (the limit; --timeout)",
        "memory": f"reading needed more than {options.memory} MB of memory (the limit; --memory)",
    }


# --- the worker ------------------------------------------------------------------------------

def _worker(conn: Connection, job: Callable[..., Outcome], memory: int) -> None:
    os.setpgid(0, 0)  # its own group: killing the group also kills a running tesseract
    try:  # die with the build, even when the build is killed with SIGKILL
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the build died before prctl took effect
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build handles Ctrl-C and kills us
    faulthandler.disable()  # a crash is an error row, not a traceback on the build's stderr
    _backstop(memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        if task is None:
            break
        try:
            outcome = job(*task)
        except MemoryError:
            outcome = ("error", "memory", "")
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(("error", "memory", ""))
        except (BrokenPipeError, OSError):
            break
        if outcome[0] == "error" and outcome[1] == "memory":
            break  # after a MemoryError, a fresh worker is safer than this one
    conn.close()


def _backstop(memory: int) -> None:
    """RLIMIT_AS at the address space the worker starts with plus `memory` MB."""
    try:
        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * _PAGE
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = size + memory * MB
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        pass


# --- the parent ------------------------------------------------------------------------------

def resident(pid: int) -> int:
    """Resident bytes of a process and of all its descendants (0 once it is gone)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * _PAGE
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue  # gone meanwhile, or a kernel without the children file
    return total


class _Worker:
    def __init__(self, context, job: Callable[..., Outcome], memory: int):
        self.conn, child = context.Pipe()
        sys.stdout.flush()  # a forked child flushes what it inherits from our buffers
        sys.stderr.flush()
        self.process = context.Process(target=_worker, args=(child, job, memory), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple | None = None
        self.key: str | None = None
        self.started = 0.0
        self.killed_for: str | None = None

    def give(self, key: str, task: tuple) -> None:
        self.key, self.task, self.started, self.killed_for = key, task, time.monotonic(), None
        self.conn.send(task)

    def kill(self, reason: str | None = None) -> None:
        self.killed_for = reason
        pid = self.process.pid
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def reap(self) -> None:
        self.process.join(5)
        self.conn.close()


def _death(process) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        hint = " (by the kernel's out-of-memory killer?)" if -code == signal.SIGKILL else ""
        return f"the reader's worker process was killed by signal {name}{hint}"
    return f"the reader's worker process exited with status {code} while reading the file"


def run(job: Callable[..., Outcome], tasks: Iterable[tuple[str, tuple]], options: Options,
        progress=None) -> dict[str, Outcome]:
    """Run `job(*args)` for every (key, args) in worker processes; key -> Outcome.

    `job` must return an Outcome and catch its own exceptions; the pool adds the
    outcomes of files that hit a limit or crash their worker. `progress` (a tqdm bar or
    None) is advanced once per finished task."""
    todo = list(tasks)[::-1]
    todo_count = len(todo)
    outcomes: dict[str, Outcome] = {}
    if not todo:
        return outcomes
    messages = limit_messages(options)
    context = multiprocessing.get_context("fork")
    workers = [_Worker(context, job, options.memory) for _ in range(min(options.workers, todo_count))]
    try:
        for w in workers:
            w.give(*todo.pop())
        while len(outcomes) < todo_count:
            busy = [w for w in workers if w.key is not None]
            deadline = min(w.started for w in busy) + options.timeout
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, min(POLL, deadline - time.monotonic())))
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.key is None:
                    continue
                outcome = None
                if w.conn in ready:
                    try:
                        outcome = w.conn.recv()
                    except (EOFError, OSError):
                        outcome = None
                if outcome is None:
                    if w.process.sentinel not in ready and w.process.is_alive():
                        if now - w.started > options.timeout:
                            w.kill("timeout")
                        elif resident(w.process.pid) > options.memory * MB:
                            w.kill("memory")
                        else:
                            continue
                    w.process.join(5)
                    if w.killed_for:
                        outcome = ("error", w.killed_for, messages[w.killed_for])
                    else:
                        outcome = ("error", "internal", _death(w.process))
                elif outcome[0] == "error" and outcome[1] == "memory" and not outcome[2]:
                    outcome = ("error", "memory", messages["memory"])
                outcomes[w.key] = outcome
                w.key = None
                if progress is not None:
                    progress.update()
                if not w.process.is_alive() or (outcome[0] == "error" and outcome[1] == "memory"):
                    w.process.join(5)
                    if w.process.is_alive():
                        w.kill()
                    w.reap()
                    w = workers[i] = _Worker(context, job, options.memory) if todo else w
                if todo and w.process.is_alive():
                    w.give(*todo.pop())
    finally:
        for w in workers:
            if w.process.is_alive():
                if w.key is None:
                    try:
                        w.conn.send(None)
                    except OSError:
                        pass
                    w.process.join(1)
                if w.process.is_alive():
                    w.kill()
            w.reap()
    return outcomes
