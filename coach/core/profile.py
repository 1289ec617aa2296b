"""What Coach knows about the pregnancy, used to pick safe modifications.

Only the planning-facing part lives here; storing and editing the profile is separate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.core.models import Condition


def trimester_for_week(week: int) -> int:
    """Trimesters as the HSE counts them: T1 under 14 weeks, T2 14-26, T3 27 and later."""
    if week < 14:
        return 1
    if week <= 26:
        return 2
    return 3


@dataclass(frozen=True)
class Profile:
    """A pregnancy week (None when not given) and the conditions the person ticked."""

    week: int | None = None
    conditions: frozenset[Condition] = field(default_factory=frozenset)

    @property
    def trimester(self) -> int | None:
        return None if self.week is None else trimester_for_week(self.week)
