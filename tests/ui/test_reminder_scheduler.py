"""Reminders fire at the set time on an injected clock; snooze and long suspends behave."""

from __future__ import annotations

from datetime import datetime, timedelta

from coach.core.models import Routine
from coach.ui.reminder_scheduler import MAX_WAIT_MS, ReminderScheduler


class Wall:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def routine(at: str = "21:30") -> Routine:
    return Routine.model_validate({
        "schema_version": 1, "id": "evening", "title": "Evening calf care",
        "steps": [{"check": "red_flags"}, {"exercise": "ankle_circles"}],
        "assigned": {"prescriber": "A. Midwife", "frequency": {"at": at}},
    })  # fmt: skip


def test_fires_once_at_the_time_and_plans_the_next_day(qtbot) -> None:
    wall = Wall(datetime(2026, 11, 22, 21, 0))
    scheduler = ReminderScheduler(lambda: [routine()], wall)
    fired = []
    scheduler.due.connect(fired.append)
    scheduler.start()
    assert scheduler.upcoming.at == datetime(2026, 11, 22, 21, 30)
    assert scheduler._timer.interval() <= MAX_WAIT_MS  # never a long blind wait
    wall.now = datetime(2026, 11, 22, 21, 10)
    scheduler.check()
    assert fired == []
    wall.now = datetime(2026, 11, 22, 21, 30, 1)
    scheduler.check()
    assert [d.message for d in fired] == ["Evening calf care from A. Midwife"]
    assert scheduler.upcoming.at == datetime(2026, 11, 23, 21, 30)
    scheduler.check()
    assert len(fired) == 1


def test_snooze_reminds_again_ten_minutes_later(qtbot) -> None:
    wall = Wall(datetime(2026, 11, 22, 21, 31))
    scheduler = ReminderScheduler(lambda: [routine()], wall)
    fired = []
    scheduler.due.connect(fired.append)
    scheduler.start()
    first = scheduler.upcoming
    scheduler.snooze(first)
    assert scheduler.upcoming.at == datetime(2026, 11, 22, 21, 41)
    wall.now += timedelta(minutes=10)
    scheduler.check()
    assert len(fired) == 1 and fired[0].routine_id == "evening"


def test_after_a_long_suspend_only_a_few_reminders_fire(qtbot) -> None:
    wall = Wall(datetime(2026, 11, 1, 12, 0))
    scheduler = ReminderScheduler(lambda: [routine()], wall)
    fired = []
    scheduler.due.connect(fired.append)
    scheduler.start()
    wall.now = datetime(2026, 11, 20, 12, 0)  # woke up 19 days later
    scheduler.check()
    assert 1 <= len(fired) <= 3
    assert fired[-1].at == datetime(2026, 11, 19, 21, 30)
