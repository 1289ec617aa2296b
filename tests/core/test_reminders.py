"""Reminder times, missed sessions and review dates for assigned routines."""

from __future__ import annotations

from datetime import date, datetime

from coach.core.history_records import SessionRecord
from coach.core.models import Routine
from coach.core.reminders import adherence, next_due, review_overdue, times_on, week_adherence


def routine(rid: str = "evening", **frequency: object) -> Routine:
    return Routine.model_validate({
        "schema_version": 1, "id": rid, "title": "Evening calf care",
        "steps": [{"check": "red_flags"}, {"exercise": "ankle_circles"}],
        "assigned": {"prescriber": "A. Midwife", "issued": "2026-11-02", "review_by": "2026-11-30",
                     "frequency": frequency},
    })  # fmt: skip


def finished(day: int, hour: int = 21, rid: str = "evening") -> SessionRecord:
    at = datetime(2026, 11, day, hour, 5)
    return SessionRecord(rid, 1, "Evening calf care", at, at, "finished")


def test_times_follow_days_and_clock() -> None:
    r = routine(days=["mon", "wed"], at="21:30")
    assert times_on(r.assigned.frequency, date(2026, 11, 23)) == [datetime(2026, 11, 23, 21, 30)]
    assert times_on(r.assigned.frequency, date(2026, 11, 24)) == []  # a Tuesday


def test_next_due_is_the_first_after_now_across_routines() -> None:
    a = routine("a", days=["mon", "wed"], at="21:30")
    b = routine("b", per_day=2, at=["08:00", "20:00"])
    now = datetime(2026, 11, 22, 20, 30)  # Sunday evening
    due = next_due([a, b], now)
    assert (due.routine_id, due.at) == ("b", datetime(2026, 11, 23, 8, 0))
    assert due.message == "Evening calf care from A. Midwife"
    assert next_due([a], now).at == datetime(2026, 11, 23, 21, 30)
    assert next_due([Routine.model_validate({**a.model_dump(), "assigned": None})], now) is None


def test_missed_sessions_count_each_day_once() -> None:
    r = routine(days=["mon", "wed", "fri"])
    sessions = [finished(16), finished(16, 22), finished(20)]  # Mon twice, Fri once
    a = adherence(r, sessions, date(2026, 11, 16), date(2026, 11, 22))
    assert (a.prescribed, a.done, a.missed) == (3, 2, 1)


def test_this_week_counts_up_to_yesterday_and_today_once_done() -> None:
    r = routine()  # every day
    today = date(2026, 11, 19)  # Thursday
    assert week_adherence(r, [finished(16), finished(18)], today).missed == 1  # Tue missed
    done_today = week_adherence(r, [finished(16), finished(18), finished(19, 9)], today)
    assert (done_today.prescribed, done_today.done) == (4, 3)


def test_review_date() -> None:
    r = routine()
    assert not review_overdue(r, date(2026, 11, 30))
    assert review_overdue(r, date(2026, 12, 1))


def test_nothing_before_the_person_had_the_routine_counts_as_missed() -> None:
    r = routine()
    today = date(2026, 11, 19)  # Thursday; imported on Wednesday
    week = week_adherence(r, [], today, since=date(2026, 11, 18))
    assert (week.prescribed, week.missed) == (1, 1)  # only Wednesday
    assert week_adherence(r, [], today, since=today).missed == 0
