"""Coach never touches the network: a whole session runs with an audit hook watching sockets.

`sys.addaudithook` sees every `socket.connect` and `socket.getaddrinfo` made from Python
(the standard library, sqlite3 wrappers, anything imported). Audit hooks cannot be removed,
so the hook is installed once and records only while `_WATCH.on` is set by this test.
Unix-domain connections (the single-instance socket) are allowed and kept separately.

Connections made inside Qt's C++ code (QtNetwork) would not pass through Python's audit
hooks, so the test also checks that QtNetwork was never loaded: Coach does not use it (the
single-instance hand-over is a plain Unix socket).
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from coach.core.clock import FakeClock
from coach.core.player import Answer, PlayerState
from coach.core.profile import ProfileAnswers
from coach.core.settings import Settings
from coach.ui.diary_keeper import DiaryKeeper
from coach.ui.main_window import MainWindow
from tests.helpers.evening_bundle import evening_bundle

REPO = Path(__file__).resolve().parent.parent
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "::", ""}


@dataclass
class _Watch:
    on: bool = False
    inet: list[str] = field(default_factory=list)  # non-local: must stay empty
    local_inet: list[str] = field(default_factory=list)
    unix: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.inet.clear()
        self.local_inet.clear()
        self.unix.clear()


_WATCH = _Watch()
_INSTALLED = False


def _host_of(address: Any) -> str:
    if isinstance(address, tuple) and address:
        host = address[0]
        return host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    return str(address)


def _is_local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("127.")


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCH.on or not event.startswith("socket."):
        return
    if event == "socket.connect":
        sock, address = args[0], args[1]
        family = getattr(sock, "family", None)
        if family == getattr(socket, "AF_UNIX", object()):
            _WATCH.unix.append(f"connect {address!r}")
            return
        host = _host_of(address)
        (_WATCH.local_inet if _is_local(host) else _WATCH.inet).append(f"connect {address!r}")
    elif event == "socket.getaddrinfo":
        host = _host_of(args[:1]) if args else ""
        (_WATCH.local_inet if _is_local(host) else _WATCH.inet).append(f"getaddrinfo {args[:2]!r}")


def _install() -> None:
    global _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_hook)
        _INSTALLED = True


@pytest.fixture
def watch() -> Iterator[_Watch]:
    _install()
    _WATCH.clear()
    _WATCH.on = True
    try:
        yield _WATCH
    finally:
        _WATCH.on = False


def test_the_hook_sees_lookups_and_tells_unix_sockets_apart(watch: _Watch, tmp_path) -> None:
    """The watcher itself works: a numeric lookup is seen, a Unix socket is allowed."""
    socket.getaddrinfo("192.0.2.1", 80, flags=socket.AI_NUMERICHOST)  # no DNS, no packet
    assert watch.inet and "192.0.2.1" in watch.inet[0]
    server_path = str(tmp_path / "s.sock")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(server_path)
        server.listen(1)
        client.connect(server_path)
    assert watch.unix == [f"connect {server_path!r}"]
    watch.clear()


# --------------------------------------------------------------------------- a full session


def _bundle(tmp_path: Path) -> Path:
    return evening_bundle(tmp_path)


def _play_to_the_end(window: MainWindow, clock: FakeClock) -> None:
    for _ in range(10_000):
        if window.controller.player.state != PlayerState.PLAYING:
            return
        clock.advance(1.0)
        window.controller.tick()
    raise AssertionError("the routine never finished")


def test_a_full_session_makes_no_network_connection(
    watch: _Watch, qtbot, library, tmp_path: Path
) -> None:
    clock = FakeClock()
    base = datetime(2026, 11, 22, 21, 30)
    start = clock.now()

    def now() -> datetime:
        return base + timedelta(seconds=clock.now() - start)

    data = tmp_path / "data"
    keeper = DiaryKeeper(data / "diary.sqlite3", data / "backups", now)
    window = MainWindow(
        library=library.copy(),
        illustrations_dir=REPO / "assets" / "illustrations",
        settings=Settings(),
        settings_path=None,
        clock=clock,
        hour=lambda: 21,
        diary=keeper,
        now=now,
        user_routines_dir=data / "routines",
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._player_screen is not None)  # after the first paint
    window.answers = ProfileAnswers(week=25, week_entered_on=base.date())
    window._warn = lambda text: window.notices.append(f"WARN {text}")

    # Relief, to the finish.
    window.start_relief()
    qtbot.waitUntil(window.player_screen.leg_row.isVisible)
    qtbot.mouseClick(window.player_screen.leg_buttons["left calf"], Qt.MouseButton.LeftButton)
    clock.advance(50)
    window.controller.tick()
    qtbot.mouseClick(window.player_screen.easing_button, Qt.MouseButton.LeftButton)
    _play_to_the_end(window, clock)
    assert window.controller.player.state == PlayerState.FINISHED
    window.go_home()

    # The bedtime routine, answered "better".
    window.start_routine("bedtime")
    window.controller.answer(Answer.CONTINUE)
    _play_to_the_end(window, clock)
    assert window.controller.player.state == PlayerState.FINISHED
    qtbot.mouseClick(window.finish.helped_buttons["better"], Qt.MouseButton.LeftButton)
    window.go_home()

    # A diary entry from home, then the history.
    qtbot.mouseClick(window.home.diary_button, Qt.MouseButton.LeftButton)
    dialog = window.diary_dialog
    dialog.count.setValue(2)
    dialog.note.setText("after a long walk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.show_history()
    assert window.stack.currentWidget() is window.history
    assert window.history.body.currentIndex() == 1
    window.go_home()

    # A clinician's routine, imported and played.
    assert window.import_routine_file(_bundle(tmp_path)), window.notices
    window.start_routine("evening_care")
    window.controller.answer(Answer.CONTINUE)
    _play_to_the_end(window, clock)
    window.go_home()

    store = keeper.store
    assert store is not None
    assert {s.routine_id for s in store.sessions()} >= {"bedtime", "evening_care"}
    assert len(store.episodes()) == 1 and len(store.diary()) == 1
    window.close()

    assert watch.inet == [], f"network connections attempted: {watch.inet}"
    assert "PySide6.QtNetwork" not in sys.modules  # so no C++ socket escaped the hook either
