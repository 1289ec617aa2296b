"""Hooks for tests and the benchmark; inert unless their environment variables are set.

- COACH_SCREENSHOT=/path/shot.png: grab the real screen once the window is up, print one line
  `selfcheck: first-window-ms=... page=... title=... cue=...`, then quit.
- COACH_SELFCHECK=1: print `selfcheck: painted page=NAME wall=T` each time the home screen's
  relief button or the player's cue is first painted on a newly shown page (T is time.time(),
  so another process can measure launch-to-paint or hand-over-to-paint), and
  `selfcheck: picture page=NAME wall=T` when a start shows the kept picture of that page
  (coach.core.start_picture) before the real one is built, and `selfcheck: picture kept
  page=NAME` once a new picture of it is written for the next start.
- COACH_SELFCHECK_QUIT_MS=N: quit after N ms.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

GRAB_DELAY_MS = 400


def announce_ready() -> None:
    """Tell a waiting test that hand-overs are being accepted now."""
    if os.environ.get("COACH_SCREENSHOT") or os.environ.get("COACH_SELFCHECK"):
        print("selfcheck: ready", flush=True)


def picture_painted(page: str) -> None:
    """The kept picture of `page` ("home" or "relief") is on the display."""
    if os.environ.get("COACH_SCREENSHOT") or os.environ.get("COACH_SELFCHECK"):
        print(f"selfcheck: picture page={page} wall={time.time():.6f}", flush=True)


def picture_kept(page: str) -> None:
    """A new picture of `page` was written for the next start."""
    if os.environ.get("COACH_SCREENSHOT") or os.environ.get("COACH_SELFCHECK"):
        print(f"selfcheck: picture kept page={page}", flush=True)


def process_age_s() -> float | None:
    """Seconds since this process started (Linux /proc); None where that is unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _PaintWatch(QObject):
    """Reports the first paint of each watched widget after its page is shown."""

    def __init__(self, watched: dict[QWidget, str]) -> None:
        super().__init__()
        self._watched = watched
        self._armed = set(watched)
        self.first_age: float | None = None
        for widget in watched:
            widget.installEventFilter(self)

    def add(self, widget: QWidget, page: str) -> None:
        """Watch a widget of a page built later (the player is built after the first paint)."""
        self._watched[widget] = page
        self._armed.add(widget)
        widget.installEventFilter(self)

    def rearm(self) -> None:
        self._armed = set(self._watched)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and obj in self._armed:
            self._armed.discard(obj)
            if self.first_age is None:
                self.first_age = process_age_s()
            page = self._watched[obj]  # type: ignore[index]
            print(f"selfcheck: painted page={page} wall={time.time():.6f}", flush=True)
        return False


def install(window) -> None:
    shot = os.environ.get("COACH_SCREENSHOT")
    watching = bool(os.environ.get("COACH_SELFCHECK")) or bool(shot)
    quit_ms = os.environ.get("COACH_SELFCHECK_QUIT_MS")
    if not watching and not quit_ms:
        return
    watch = _PaintWatch({window.home.relief_button: "home"})

    def watch_player() -> None:
        watch.add(window.player_screen.cue_label, "player")

    if window._player_screen is not None:
        watch_player()
    else:
        window.session_pages_built.connect(watch_player)
    window._selfcheck_watch = watch  # kept alive with the window
    window.stack.currentChanged.connect(lambda _index: watch.rearm())
    window.session_started.connect(lambda _controller: watch.rearm())
    if quit_ms:
        QTimer.singleShot(int(quit_ms), QApplication.quit)
    if not shot:
        return

    def grab() -> None:
        screen = window.screen() or QApplication.primaryScreen()
        screen.grabWindow(0).save(shot)
        page = window.stack.currentWidget().accessibleName()
        cue = window.player_screen.cue_label.text()
        title = window.player_screen.exercise_title.text()
        age = watch.first_age
        ms = f"{age * 1000:.0f}" if age is not None else "unknown"
        platform = QApplication.platformName()
        where = f"page={page!r} title={title!r} cue={cue!r}"
        print(f"selfcheck: first-window-ms={ms} platform={platform} {where}")
        sys.stdout.flush()
        QApplication.quit()

    delay = int(os.environ.get("COACH_SCREENSHOT_DELAY_MS", GRAB_DELAY_MS))
    QTimer.singleShot(delay, grab)
