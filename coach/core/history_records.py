"""What the diary holds: routine sessions, relief episodes and quick diary entries."""

from __future__ import annotations

from datetime import date, datetime

from coach.core.record import record

OUTCOMES = ("finished", "stopped")
HELPED = ("better", "same", "worse")
SIDES = ("left calf", "right calf", "left foot", "right foot", "both", "not sure")


@record
class SessionRecord:
    """One run of a routine (bedtime, daytime, a clinician's)."""

    routine_id: str
    routine_version: int
    routine_title: str
    started_at: datetime
    ended_at: datetime
    outcome: str  # finished | stopped
    stop_reason: str | None = None  # from the Stop dialog, e.g. "tired", "red_flag"
    share_completed: float = 1.0  # 0..1 of the planned time
    helped: str | None = None  # better | same | worse, asked at the end
    id: int | None = None


@record
class EpisodeRecord:
    """One cramp handled with the relief walk-through."""

    started_at: datetime
    ended_at: datetime
    side: str | None = None  # e.g. "left calf"; None when not said
    eased_after_s: float | None = None  # None: never said "it's easing"
    steps_used: tuple[str, ...] = ()
    severity: int | None = None  # 0..10, optional
    note: str = ""
    id: int | None = None


@record
class DiaryEntry:
    """A quick note without running anything: "2 cramps last night, left calf"."""

    occurred_on: date
    cramps: int
    side: str | None = None
    note: str = ""
    recorded_at: datetime | None = None
    id: int | None = None
