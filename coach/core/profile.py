"""What Coach knows about the pregnancy, used to pick safe modifications.

The person gives a due date or the current week (either). The week is recomputed every
day from whichever was given, so nobody has to update it.
"""

from __future__ import annotations

from datetime import date

from coach.core.record import field, record
from coach.core.vocab import Condition

TERM_DAYS = 280  # 40 weeks from the first day of the last period to the due date
MAX_WEEK = 45


def trimester_for_week(week: int) -> int:
    """Trimesters as the HSE counts them: T1 under 14 weeks, T2 14-26, T3 27 and later."""
    if week < 14:
        return 1
    if week <= 26:
        return 2
    return 3


def week_from_due_date(due: date, today: date) -> int:
    """Completed weeks of pregnancy on `today` for a given due date (clamped to 0..45)."""
    days_pregnant = TERM_DAYS - (due - today).days
    return max(0, min(MAX_WEEK, days_pregnant // 7))


def week_from_entry(week: int, entered_on: date, today: date) -> int:
    """A week typed in on `entered_on`, moved on by the days since."""
    return max(0, min(MAX_WEEK, week + (today - entered_on).days // 7))


@record
class Profile:
    """A pregnancy week (None when not given) and the conditions the person ticked."""

    week: int | None = None
    conditions: frozenset[Condition] = field(default_factory=frozenset)

    @property
    def trimester(self) -> int | None:
        return None if self.week is None else trimester_for_week(self.week)


@record
class ProfileAnswers:
    """What the person told Coach, as stored; `profile_on(today)` gives today's Profile."""

    due_date: date | None = None
    week: int | None = None
    week_entered_on: date | None = None
    conditions: frozenset[Condition] = field(default_factory=frozenset)
    completed: bool = False  # the first-run screen was finished or skipped

    def week_on(self, today: date) -> int | None:
        if self.due_date is not None:
            return week_from_due_date(self.due_date, today)
        if self.week is not None:
            return week_from_entry(self.week, self.week_entered_on or today, today)
        return None

    def profile_on(self, today: date) -> Profile:
        return Profile(self.week_on(today), self.conditions)
