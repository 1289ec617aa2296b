"""Run start-up work only once the first screen is on the display.

A zero-length timer is not enough: on X the window paints when the server's expose event
arrives, which can be after the event loop's first turn. So work waits for the window's
first paint (or runs at once when the window is not shown, as in tests), with a fallback
so it can never be lost. Which widgets count is asked on the loop's first turn, not when
the wait is set up: `coach --relief` switches to the player page in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 400  # a window that never paints (minimised at start) still gets its set-up


Views = Callable[[], tuple[QWidget, ...]]


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, views: Views, work: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._views = views
        self._watched: tuple[QWidget, ...] = ()
        self._work: Callable[[], None] | None = work
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        if not self._window.isVisible():
            self._run()
            return
        self._watched = self._views() or (self._window,)
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


def after_first_paint(
    window: QWidget, work: Callable[[], None], views: Views | None = None
) -> None:
    """Call `work` once, soon after the first paint of any widget `views()` names on the
    next turn of the event loop (default: the window itself), or at once if the window is
    not shown."""
    _AfterPaint(window, views or (lambda: (window,)), work)
