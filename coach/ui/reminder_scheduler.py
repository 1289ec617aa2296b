"""Fires when an assigned routine is due; the only timer for reminders.

The timer never waits more than a few minutes at a time and recomputes from the wall clock
each time, so a suspended laptop or a changed clock still reminds at the right time.

Signals:
    due(object): a coach.core.reminders.Due that has come round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from coach.core.records import Routine
from coach.core.reminders import Due, next_due

MAX_WAIT_MS = 5 * 60 * 1000
SNOOZE = timedelta(minutes=10)


class ReminderScheduler(QObject):
    due = Signal(object)

    def __init__(
        self,
        routines: Callable[[], Iterable[Routine]],
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._routines = routines
        self._now = now
        self._next: Due | None = None
        self._snoozed: list[Due] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._armed_from: datetime | None = None

    @property
    def upcoming(self) -> Due | None:
        return self._next

    def start(self) -> None:
        self._armed_from = self._now()
        self._plan()

    def stop(self) -> None:
        self._timer.stop()

    def snooze(self, due: Due) -> None:
        self._snoozed.append(Due(self._now() + SNOOZE, due.routine_id, due.title, due.prescriber))
        self._plan()

    def check(self) -> None:
        """Fire everything that has come due since the last check, then plan again."""
        now = self._now()
        since = self._armed_from or now
        fired = [d for d in self._snoozed if d.at <= now]
        self._snoozed = [d for d in self._snoozed if d.at > now]
        while (d := next_due(self._routines(), since)) is not None and d.at <= now:
            fired.append(d)
            since = d.at
        self._armed_from = now
        for d in fired[-3:]:  # after a long suspend, not a flood of old reminders
            self.due.emit(d)
        self._plan()

    def _plan(self) -> None:
        now = self._now()
        candidates = [d for d in [next_due(self._routines(), now), *self._snoozed] if d]
        self._next = min(candidates, key=lambda d: d.at) if candidates else None
        if self._next is None:
            self._timer.stop()
            return
        wait = (self._next.at - now).total_seconds() * 1000
        self._timer.start(int(max(0, min(MAX_WAIT_MS, wait))))
