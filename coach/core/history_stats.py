"""Weekly figures for the history charts: does bedtime stretching go with fewer cramps?"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.record import record

BEDTIME_ID = "bedtime"


def week_start(day: date) -> date:
    """Weeks start on Monday."""
    return day - timedelta(days=day.weekday())


@record
class WeekSummary:
    start: date
    cramps: int  # relief episodes plus cramps noted in the diary
    bedtime_sessions: int  # bedtime routines finished
    average_relief_s: float | None  # mean time until "it's easing"; None: no data


def weekly(
    sessions: Sequence[SessionRecord],
    episodes: Sequence[EpisodeRecord],
    diary: Sequence[DiaryEntry],
    today: date,
    weeks: int = 8,
) -> list[WeekSummary]:
    """The last `weeks` weeks up to and including this one, oldest first."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=i) for i in range(weeks)]
    cramps = dict.fromkeys(starts, 0)
    bedtime = dict.fromkeys(starts, 0)
    relief: dict[date, list[float]] = {s: [] for s in starts}
    for e in episodes:
        key = week_start(e.started_at.date())
        if key in cramps:
            cramps[key] += 1
            if e.eased_after_s is not None:
                relief[key].append(e.eased_after_s)
    for d in diary:
        key = week_start(d.occurred_on)
        if key in cramps:
            cramps[key] += d.cramps
    for s in sessions:
        key = week_start(s.started_at.date())
        if key in bedtime and s.routine_id == BEDTIME_ID and s.outcome == "finished":
            bedtime[key] += 1
    return [
        WeekSummary(
            s, cramps[s], bedtime[s], sum(relief[s]) / len(relief[s]) if relief[s] else None
        )
        for s in starts
    ]
