"""The running app's end of single-instance hand-over (see coach.instance_client).

A plain Unix socket watched by QSocketNotifier rather than QLocalServer: QtNetwork would
add 3 MB to every running Coach for one line of text now and then. Only this user can
connect (the socket is 0600 in a private folder) and our client sends its line at once, so
each connection is served there and then, with a short timeout for anything else.

Signals:
    command_received(str): one line from a second `coach` process. It is emitted from the
        event loop just after the "ok" reply, so a command that opens a dialog cannot keep
        the second process waiting (it would time out and start a Coach of its own).
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

MAX_LINE = 512
READ_TIMEOUT_S = 0.5  # our own client sends its line at once; a silent one is dropped
STALE_ERRORS = {errno.ECONNREFUSED, errno.ENOENT}  # nobody is listening on that path


def someone_listens(path: Path) -> bool:
    """True unless the socket at `path` is surely dead (left behind by a crash).

    A Coach that is busy and slow to answer is still alive: only a refused or missing
    socket may be cleared, never one that merely stays quiet."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(READ_TIMEOUT_S)
        try:
            probe.connect(str(path))
        except OSError as exc:
            return exc.errno not in STALE_ERRORS
    return True


class InstanceServer(QObject):
    command_received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._bound: tuple[Path, int, int] | None = None  # path, device, inode we created

    def listen(self, path: Path) -> bool:
        """Listen at `path`; a stale socket left by a crashed Coach is cleared first."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return False  # no private folder for the socket: run without hand-overs
        if os.path.lexists(path) and someone_listens(path):
            return False  # another Coach is really running: never take its socket
        with contextlib.suppress(OSError):
            os.unlink(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)  # the socket is born private: only this user connects
        try:
            sock.bind(str(path))
            sock.listen(8)
        except OSError:
            sock.close()
            return False
        finally:
            os.umask(old_mask)
        sock.setblocking(False)
        self._sock = sock
        with contextlib.suppress(OSError):
            made = path.lstat()
            self._bound = (path, made.st_dev, made.st_ino)
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None
        if self._bound is not None:
            path, device, inode = self._bound
            self._bound = None
            with contextlib.suppress(OSError):
                now = path.lstat()
                if (now.st_dev, now.st_ino) == (device, inode):  # still ours, not a successor's
                    os.unlink(path)

    def _accept(self) -> None:
        while self._sock is not None:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            with conn:
                self._serve(conn)

    def _serve(self, conn: socket.socket) -> None:
        """Read one line (our client sends it with the connection), act, answer."""
        deadline = time.monotonic() + READ_TIMEOUT_S  # for the whole line, not per read
        data = b""
        try:
            while b"\n" not in data and len(data) <= MAX_LINE:
                conn.settimeout(max(0.001, deadline - time.monotonic()))
                chunk = conn.recv(MAX_LINE + 1 - len(data))
                if not chunk:
                    return
                data += chunk
        except OSError:  # silent past the timeout, or gone: not one of ours
            return
        if b"\n" not in data:
            return  # far too long: not one of ours
        line = data.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        with contextlib.suppress(OSError):
            conn.sendall(b"ok\n")  # taken: the command runs as soon as this returns
        if line and line != "ping":
            QTimer.singleShot(0, partial(self.command_received.emit, line))
