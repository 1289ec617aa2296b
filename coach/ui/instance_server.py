"""The running app's end of single-instance hand-over (see coach.instance_client).

Signals:
    command_received(str): one line from a second `coach` process; handled before the reply.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.instance_client import send_to_running

MAX_LINE = 512


class InstanceServer(QObject):
    command_received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self, path: Path) -> bool:
        """Listen at `path`; a stale socket left by a crashed Coach is cleared first."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and send_to_running(path, "ping", timeout_s=0.5):
            return False  # another Coach is really running: never take its socket
        QLocalServer.removeServer(str(path))
        with contextlib.suppress(OSError):
            os.unlink(path)
        return self._server.listen(str(path))

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda sock=sock: self._read(sock))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_LINE:
                sock.abort()
            return
        line = bytes(sock.readLine(MAX_LINE).data()).decode("utf-8", "replace").strip()
        reply = b"ok\n"
        try:
            if line and line != "ping":
                self.command_received.emit(line)
        except Exception:  # a failed command must still get an answer; the hook logs it
            reply = b"error\n"
            raise
        finally:
            sock.write(reply)
            sock.flush()
            sock.disconnectFromServer()
