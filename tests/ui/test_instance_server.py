"""Single instance: a second process hands its request to the running app over a socket."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from coach.instance_client import TIMEOUT_S, send_to_running
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
    qtbot.waitUntil(lambda: result != [] and received != [], timeout=5000)
    assert result == [True]
    assert received == ["relief"]
    assert (path.stat().st_mode & 0o077) == 0  # only this user may connect
    server.close()


def test_a_command_that_opens_a_dialog_does_not_keep_the_sender_waiting(qtbot, tmp_path) -> None:
    """The handler blocks here as a modal dialog would: the sender has its answer already,
    so it does not time out and start a second Coach."""
    server = InstanceServer()
    path = tmp_path / "coach.sock"
    assert server.listen(path)
    sent = threading.Event()
    outcome: list[bool] = []

    def blocking_handler(_line: str) -> None:
        sent.wait(timeout=2 * TIMEOUT_S)

    server.command_received.connect(blocking_handler)

    def send() -> None:
        outcome.append(send_to_running(path, "routine nosuch"))
        sent.set()

    thread = threading.Thread(target=send)
    thread.start()
    qtbot.waitUntil(lambda: sent.is_set(), timeout=int(3000 * TIMEOUT_S))
    thread.join(timeout=1)
    assert outcome == [True]
    server.close()


def test_a_busy_coach_that_is_slow_to_answer_keeps_its_socket(tmp_path) -> None:
    """Listening but silent (a Coach busy with a dialog): alive, so not cleared."""
    import socket

    path = tmp_path / "coach.sock"
    busy = socket.socket(socket.AF_UNIX)
    busy.bind(str(path))
    busy.listen(1)
    second = InstanceServer()
    assert second.listen(path) is False
    assert path.exists()
    busy.close()


def test_closing_leaves_a_successors_socket_alone(qtbot, tmp_path) -> None:
    path = tmp_path / "coach.sock"
    first = InstanceServer()
    assert first.listen(path)
    path.unlink()  # say the first one hung and a new Coach took over the path
    successor = InstanceServer()
    assert successor.listen(path)
    first.close()
    assert path.exists()
    result = send_in_thread(path, "show")
    qtbot.waitUntil(lambda: result != [], timeout=5000)
    assert result == [True]
    successor.close()
    assert not path.exists()


def test_no_folder_for_the_socket_means_no_hand_over_not_a_crash(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert InstanceServer().listen(blocker / "run" / "coach.sock") is False


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


def test_a_second_server_does_not_steal_the_socket(qtbot, tmp_path) -> None:
    path = tmp_path / "coach.sock"
    first = InstanceServer()
    assert first.listen(path)
    second = InstanceServer()
    assert second.listen(path) is False
    result = send_in_thread(path, "show")
    qtbot.waitUntil(lambda: result != [], timeout=5000)
    assert result == [True]  # the first still answers
    first.close()


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
