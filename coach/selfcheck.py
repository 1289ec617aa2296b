"""A hook for tests and benchmarks: grab the real screen once the window is up, then quit.

Set COACH_SCREENSHOT=/path/shot.png; the app prints one line `selfcheck: ...` with how long
the process took to show its first window, which screen is showing and the cue on it.
"""

from __future__ import annotations

import os
import sys

GRAB_DELAY_MS = 400


def announce_ready() -> None:
    """Tell a waiting test that hand-overs are being accepted now."""
    if os.environ.get("COACH_SCREENSHOT"):
        print("selfcheck: ready", flush=True)


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


def install(window) -> None:
    path = os.environ.get("COACH_SCREENSHOT")
    if not path:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown_at: list[float | None] = []
    QTimer.singleShot(0, lambda: shown_at.append(process_age_s()))

    def grab() -> None:
        screen = window.screen() or QApplication.primaryScreen()
        screen.grabWindow(0).save(path)
        page = window.stack.currentWidget().accessibleName()
        cue = window.player_screen.cue_label.text()
        title = window.player_screen.exercise_title.text()
        age = shown_at[0] if shown_at else None
        ms = f"{age * 1000:.0f}" if age is not None else "unknown"
        platform = QApplication.platformName()
        where = f"page={page!r} title={title!r} cue={cue!r}"
        print(f"selfcheck: first-window-ms={ms} platform={platform} {where}")
        sys.stdout.flush()
        QApplication.quit()

    delay = int(os.environ.get("COACH_SCREENSHOT_DELAY_MS", GRAB_DELAY_MS))
    QTimer.singleShot(delay, grab)
