"""Single instance: a second process hands its request to the running app over a socket."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from coach.instance_client import send_to_running
from coach.ui.instance_server import InstanceServer


def send_in_thread(path: Path, command: str) -> list[bool]:
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(send_to_running(path, command)))
    thread.start()
    return result


def test_a_command_reaches_the_running_app_and_is_acknowledged(qtbot, tmp_path) -> None:
    server = InstanceServer()
    received: list[str] = []
    server.command_received.connect(received.append)
    path = tmp_path / "coach.sock"
    assert server.listen(path)
    result = send_in_thread(path, "relief")
    qtbot.waitUntil(lambda: result != [], timeout=5000)
    assert result == [True]
    assert received == ["relief"]
    assert (path.stat().st_mode & 0o077) == 0  # only this user may connect
    server.close()


def test_nobody_listening_means_no_hand_over(tmp_path) -> None:
    assert send_to_running(tmp_path / "absent.sock", "relief") is False


def test_a_stale_socket_from_a_crash_is_replaced(qtbot, tmp_path) -> None:
    import socket

    path = tmp_path / "coach.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a socket file with nobody accepting on it
    stale.close()
    server = InstanceServer()
    assert server.listen(path)
    result = send_in_thread(path, "show")
    qtbot.waitUntil(lambda: result != [], timeout=5000)
    assert result == [True]
    server.close()


def test_a_second_server_does_not_steal_the_socket(tmp_path) -> None:
    """Another Coach (here a plain socket answering "ok") keeps its socket."""
    import socket

    path = tmp_path / "coach.sock"
    other = socket.socket(socket.AF_UNIX)
    other.bind(str(path))
    other.listen(1)

    def answer_once() -> None:
        conn, _ = other.accept()
        with conn:
            conn.recv(64)
            conn.sendall(b"ok\n")

    thread = threading.Thread(target=answer_once)
    thread.start()
    second = InstanceServer()
    assert second.listen(path) is False
    thread.join(timeout=5)
    other.close()


def test_a_silent_or_flooding_client_is_dropped_and_others_still_get_through(
    qtbot, tmp_path
) -> None:
    import socket

    server = InstanceServer()
    received: list[str] = []
    server.command_received.connect(received.append)
    path = tmp_path / "coach.sock"
    assert server.listen(path)
    silent = socket.socket(socket.AF_UNIX)
    silent.connect(str(path))  # connects and says nothing
    flood = socket.socket(socket.AF_UNIX)
    flood.connect(str(path))
    flood.sendall(b"x" * 4096)  # no newline, far past the limit
    result = send_in_thread(path, "relief")
    qtbot.waitUntil(lambda: result != [], timeout=5000)
    assert result == [True] and received == ["relief"]
    flood.settimeout(5)
    with contextlib.suppress(ConnectionResetError):  # reset with data unread: a hang-up too
        assert flood.recv(16) == b""  # hung up on, without a command
    silent.close()
    flood.close()
    server.close()
    assert not path.exists()
