"""Run start-up work only once the first screen is on the display.

A zero-length timer is not enough: on X the window paints when the server's expose event
arrives, which can be after the event loop's first turn. So work waits for the window's
first paint (or runs at once when the window is not shown, as in tests), with a fallback
so it can never be lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 400  # a window that never paints (minimised at start) still gets its set-up


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, watched: tuple[QWidget, ...], work: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._watched = watched
        self._work: Callable[[], None] | None = work
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        if not self._window.isVisible():
            self._run()
            return
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            for widget in self._watched:
                widget.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], None], *watched: QWidget) -> None:
    """Call `work` once, soon after the first paint of any `watched` widget (default: the
    window itself), or at once if the window is not shown."""
    _AfterPaint(window, watched or (window,), work)
