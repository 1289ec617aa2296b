"""When assigned routines are due, what was missed, and when a review is overdue.

Pure functions of the routine's `assigned.frequency` and the diary, so they are tested with
plain dates; the Qt side only sets a timer for `next_due`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from coach.core.history_records import SessionRecord
from coach.core.i18n import fill, translate
from coach.core.record import record
from coach.core.records import Frequency, Routine

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_TIME = "21:00"


def scheduled_on(freq: Frequency, day: date) -> bool:
    return freq.days is None or WEEKDAYS[day.weekday()] in freq.days


def times_on(freq: Frequency, day: date) -> list[datetime]:
    """Reminder times on `day` (none if the routine is not due that weekday)."""
    if not scheduled_on(freq, day):
        return []
    clock = freq.at or [DEFAULT_TIME]
    return [datetime.combine(day, time.fromisoformat(t)) for t in clock]


@record
class Due:
    at: datetime
    routine_id: str
    title: str
    prescriber: str

    @property
    def message(self) -> str:
        return fill(translate("Reminders", "%1 from %2"), self.title, self.prescriber)


def next_due(routines: Iterable[Routine], now: datetime, horizon_days: int = 8) -> Due | None:
    """The first reminder strictly after `now` among all assigned routines."""
    best: Due | None = None
    for r in routines:
        if r.assigned is None or r.assigned.frequency is None:
            continue
        for offset in range(horizon_days):
            day = now.date() + timedelta(days=offset)
            later = [t for t in times_on(r.assigned.frequency, day) if t > now]
            if later:
                if best is None or later[0] < best.at:
                    best = Due(later[0], r.id, r.title, r.assigned.prescriber)
                break
    return best


@record
class Adherence:
    prescribed: int
    done: int

    @property
    def missed(self) -> int:
        return max(0, self.prescribed - self.done)


def adherence(
    routine: Routine, sessions: Sequence[SessionRecord], start: date, end: date
) -> Adherence:
    """Sessions prescribed and finished from `start` to `end` (both inclusive).

    A day counts at most `per_day` finished sessions, so doing it twice on Monday does not
    make up for Tuesday.
    """
    if routine.assigned is None or routine.assigned.frequency is None or end < start:
        return Adherence(0, 0)
    freq = routine.assigned.frequency
    done_per_day = Counter(
        s.started_at.date()
        for s in sessions
        if s.routine_id == routine.id and s.outcome == "finished"
    )
    prescribed = done = 0
    day = start
    while day <= end:
        if scheduled_on(freq, day):
            prescribed += freq.per_day
            done += min(freq.per_day, done_per_day.get(day, 0))
        day += timedelta(days=1)
    return Adherence(prescribed, done)


def week_adherence(
    routine: Routine, sessions: Sequence[SessionRecord], today: date, since: date | None = None
) -> Adherence:
    """This week so far (Monday up to yesterday, plus today if already done).

    Nothing before `since` (the day the person got the routine) or the issue date counts.
    """
    monday = today - timedelta(days=today.weekday())
    issued = routine.assigned.issued if routine.assigned else None
    start = max(d for d in (monday, issued, since) if d is not None)
    so_far = adherence(routine, sessions, start, today - timedelta(days=1))
    today_part = adherence(routine, sessions, today, today) if today >= start else Adherence(0, 0)
    return Adherence(so_far.prescribed + today_part.done, so_far.done + today_part.done)


def review_overdue(routine: Routine, today: date) -> bool:
    return (
        routine.assigned is not None
        and routine.assigned.review_by is not None
        and today > routine.assigned.review_by
    )
