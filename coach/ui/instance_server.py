"""The running app's end of single-instance hand-over (see coach.instance_client).

A plain Unix socket watched by QSocketNotifier rather than QLocalServer: QtNetwork would
add 3 MB to every running Coach for one line of text now and then. Only this user can
connect (the socket is 0600 in a private folder) and our client sends its line at once, so
each connection is served there and then, with a short timeout for anything else.

Signals:
    command_received(str): one line from a second `coach` process; handled before the reply.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from coach.instance_client import send_to_running

MAX_LINE = 512
READ_TIMEOUT_S = 0.5  # our own client sends its line at once; a silent one is dropped


class InstanceServer(QObject):
    command_received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def listen(self, path: Path) -> bool:
        """Listen at `path`; a stale socket left by a crashed Coach is cleared first."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and send_to_running(path, "ping", timeout_s=0.5):
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
                path = self._sock.getsockname()
                self._sock.close()
                if path:
                    os.unlink(path)
            self._sock = None

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
        conn.settimeout(READ_TIMEOUT_S)
        data = b""
        try:
            while b"\n" not in data and len(data) <= MAX_LINE:
                chunk = conn.recv(MAX_LINE + 1 - len(data))
                if not chunk:
                    return
                data += chunk
        except OSError:  # silent past the timeout, or gone: not one of ours
            return
        if b"\n" not in data:
            return  # far too long: not one of ours
        line = data.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        reply = b"ok\n"
        try:
            if line and line != "ping":
                self.command_received.emit(line)
        except Exception:  # a failed command must still get an answer; the hook logs it
            reply = b"error\n"
            raise
        finally:
            with contextlib.suppress(OSError):
                conn.sendall(reply)
