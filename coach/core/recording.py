"""Turning a finished or stopped player into a diary record. Pure: the caller saves it."""

from __future__ import annotations

from datetime import datetime

from coach.core.history_records import EpisodeRecord, SessionRecord
from coach.core.player import Player, PlayerState


def record_for(
    player: Player, routine_version: int, started_at: datetime, ended_at: datetime
) -> SessionRecord | EpisodeRecord:
    """A relief run becomes an episode; every other routine a session."""
    timeline = player.timeline
    if timeline.kind == "relief":
        return EpisodeRecord(
            started_at=started_at,
            ended_at=ended_at,
            side=player.affected,
            eased_after_s=None if player.eased_at_s is None else round(player.eased_at_s, 1),
            steps_used=player.steps_done,
        )
    finished = player.state == PlayerState.FINISHED
    return SessionRecord(
        routine_id=timeline.routine_id,
        routine_version=routine_version,
        routine_title=timeline.title,
        started_at=started_at,
        ended_at=ended_at,
        outcome="finished" if finished else "stopped",
        stop_reason=None if finished else (player.end_reason or "stopped"),
        share_completed=player.share_completed,
    )
