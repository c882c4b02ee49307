"""A socket guard: every attempt to open a network connection or resolve a name is
written to a log file and refused. `install(log)` in the process that builds (inherited
by forked workers); the test asserts the log stays empty."""
from __future__ import annotations

import socket
from pathlib import Path


def install(log: Path | str) -> None:
    log = Path(log)

    def refuse(what: str):
        def blocked(*args, **kwargs):
            with log.open("a", encoding="utf-8") as f:
                f.write(f"{what} {args[1:] if what.startswith('socket.') else args!r}\n")
            raise OSError(f"network access refused by the test's socket guard ({what})")
        return blocked

    socket.socket.connect = refuse("socket.connect")
    socket.socket.connect_ex = refuse("socket.connect_ex")
    socket.socket.sendto = refuse("socket.sendto")
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")
    socket.gethostbyname = refuse("gethostbyname")
