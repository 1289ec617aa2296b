"""Hand a command to an already running Coach, without importing Qt.

The running app listens on a private Unix socket (coach.ui.instance_server). A second
`coach --relief` connects with the standard library, sends one line and exits, so relief
shows in the running window within milliseconds. It uses `_socket`, the C half of
`socket`: the Python half builds enum classes and imports selectors, 3 ms of every start.
"""

from __future__ import annotations

import _socket
from pathlib import Path

TIMEOUT_S = 3.0


def send_to_running(path: Path, command: str, timeout_s: float = TIMEOUT_S) -> bool:
    """True when a running Coach took the command (it replies "ok", then acts on it)."""
    if not hasattr(_socket, "AF_UNIX"):
        return False
    try:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    except OSError:  # no file descriptors left, or a sandbox without Unix sockets
        return False
    try:
        sock.settimeout(timeout_s)
        sock.connect(str(path))
        sock.sendall(command.encode("utf-8") + b"\n")
        reply = sock.recv(16)
    except OSError:
        return False
    finally:
        sock.close()
    return reply.startswith(b"ok")
