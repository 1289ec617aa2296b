"""The player state machine, driven by a fake clock. Nothing here sleeps."""

from __future__ import annotations

import random

import pytest

from coach.core.clock import FakeClock
from coach.core.models import Routine
from coach.core.player import Answer, EventKind, Player, PlayerEvent, PlayerState
from coach.core.timeline import SegmentKind, Timeline, plan


def timeline_for(library, steps: list[dict], **extra: object) -> Timeline:
    data = {"schema_version": 1, "id": "t", "title": "T", "steps": steps, **extra}
    return plan(Routine.model_validate(data), library.catalogue)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def started(tl: Timeline, clock: FakeClock) -> tuple[Player, list[PlayerEvent]]:
    player = Player(tl, clock)
    events: list[PlayerEvent] = []
    player.subscribe(events.append)
    player.start()
    return player, events


def no_check(library, *steps: dict) -> Timeline:
    """A timeline whose check step is already answered, for timing tests."""
    return timeline_for(library, [{"check": "red_flags"}, *steps])


def past_check(player: Player) -> None:
    assert player.answer(Answer.CONTINUE)


THIRTY_MIN_STEPS = [
    {"exercise": "ankle_circles", "dose": {"duration_s": 97}},
    {"exercise": "standing_wall_calf_stretch", "dose": {"hold_s": 23, "reps": 7, "rest_s": 7}},
    {"exercise": "seated_hamstring_stretch", "dose": {"hold_s": 29, "reps": 5}},
    {"exercise": "foot_massage", "dose": {"duration_s": 211}},
    {"exercise": "gentle_walk", "dose": {"duration_s": 300}},
    {"exercise": "warm_compress", "dose": {"duration_s": 120}},
]


def test_thirty_minute_routine_with_late_irregular_ticks_ends_with_zero_drift(
    library, clock: FakeClock
) -> None:
    tl = no_check(library, *THIRTY_MIN_STEPS)
    player, events = started(tl, clock)
    past_check(player)
    planned = tl.total_s - tl.segments[0].duration_s  # time after the (answered) check
    assert 29 * 60 <= planned <= 31 * 60
    t_after_check = player.active_time()
    rng = random.Random(7)
    boundaries_seen: list[tuple[int, float]] = []
    player.subscribe(
        lambda e: (
            boundaries_seen.append((e.segment.index, player._seg_start))
            if e.kind == EventKind.SEGMENT and e.segment
            else None
        )
    )
    while player.state == PlayerState.PLAYING:
        # ticks every 0.05-2.5 s, sometimes a 9 s stall (a busy machine, a suspended laptop)
        clock.advance(rng.choice([rng.uniform(0.05, 2.5)] * 20 + [9.0]))
        player.update()
    assert player.state == PlayerState.FINISHED
    assert player.finished_at_s - t_after_check == planned  # exact: zero drift
    for index, start in boundaries_seen:
        assert start - t_after_check == tl.segments[index].offset_s - tl.segments[1].offset_s
    late = [e.value for e in events if e.kind == EventKind.SEGMENT]
    assert max(late) <= 9.0


def test_a_single_late_tick_crosses_several_segments_at_once(library, clock) -> None:
    tl = no_check(library, {"exercise": "standing_wall_calf_stretch"})
    player, events = started(tl, clock)
    past_check(player)
    clock.advance(8 + 20 + 5 + 1)  # ready, hold, rest, into hold 2
    snap = player.update()
    assert snap.segment.kind == SegmentKind.HOLD
    assert snap.segment.rep == 2
    assert snap.elapsed_s == pytest.approx(1.0)
    assert [e.segment.kind for e in events if e.kind == EventKind.SEGMENT][-3:] == [
        SegmentKind.HOLD,
        SegmentKind.REST,
        SegmentKind.HOLD,
    ]


def test_pause_freezes_position_and_resume_continues(library, clock) -> None:
    tl = no_check(library, {"exercise": "ankle_circles"})
    player, _ = started(tl, clock)
    past_check(player)
    clock.advance(5)
    player.pause()
    before = player.update()
    clock.advance(600)
    during = player.update()
    assert during.state == PlayerState.PAUSED
    assert during.elapsed_s == before.elapsed_s
    assert during.routine_remaining_s == before.routine_remaining_s
    player.resume()
    clock.advance(1)
    assert player.update().elapsed_s == pytest.approx(before.elapsed_s + 1)


def test_pause_twice_and_resume_when_playing_are_harmless(library, clock) -> None:
    player, _ = started(no_check(library, {"exercise": "ankle_circles"}), clock)
    player.resume()
    assert player.state == PlayerState.PLAYING
    player.pause()
    player.pause()
    player.toggle_pause()
    assert player.state == PlayerState.PLAYING


def test_skip_goes_to_next_step_and_back_restarts_then_goes_to_previous(library, clock) -> None:
    tl = no_check(
        library, {"exercise": "ankle_circles"}, {"exercise": "standing_wall_calf_stretch"}
    )
    player, _ = started(tl, clock)
    past_check(player)
    assert player.segment.exercise_id == "ankle_circles"
    assert player.skip()
    assert player.segment.exercise_id == "standing_wall_calf_stretch"
    assert player.segment.kind == SegmentKind.READY
    clock.advance(8 + 10)  # into the first hold
    player.update()
    assert player.segment.kind == SegmentKind.HOLD
    assert player.back()  # restart this step
    assert player.segment.kind == SegmentKind.READY
    assert player.segment.exercise_id == "standing_wall_calf_stretch"
    assert player.back()  # at its start: previous step
    assert player.segment.exercise_id == "ankle_circles"


def test_skip_past_the_last_step_finishes(library, clock) -> None:
    player, events = started(no_check(library, {"exercise": "ankle_circles"}), clock)
    past_check(player)
    assert player.skip()
    assert player.state == PlayerState.FINISHED
    assert events[-1].value == "finished"
    assert not player.skip()
    assert not player.back()


def test_the_red_flag_check_waits_and_cannot_be_skipped(library, clock) -> None:
    player, _ = started(no_check(library, {"exercise": "ankle_circles"}), clock)
    clock.advance(3600)
    snap = player.update()
    assert snap.segment.kind == SegmentKind.CHECK
    assert not player.skip()
    assert player.segment.kind == SegmentKind.CHECK
    assert player.answer(Answer.RED_FLAG)
    assert player.state == PlayerState.STOPPED
    assert player.end_reason == "red_flag"


def test_stop_keeps_the_reason_and_freezes(library, clock) -> None:
    player, _ = started(no_check(library, {"exercise": "ankle_circles"}), clock)
    past_check(player)
    clock.advance(4)
    player.stop("tired")
    snap = player.update()
    clock.advance(100)
    assert player.update().elapsed_s == snap.elapsed_s
    assert player.state == PlayerState.STOPPED
    assert player.end_reason == "tired"
    player.stop("other")
    assert player.end_reason == "tired"


def test_countdown_events_3_2_1_once_each_even_with_jittery_ticks(library, clock) -> None:
    tl = no_check(library, {"exercise": "standing_wall_calf_stretch", "dose": {"reps": 1}})
    player, events = started(tl, clock)
    past_check(player)
    clock.advance(8 + 16)
    for step in (0.3, 0.3, 0.5, 0.1, 0.9, 0.4, 0.2, 0.2, 0.3):
        clock.advance(step)
        player.update()
    counts = [e.value for e in events if e.kind == EventKind.COUNTDOWN]
    assert counts == [3, 2, 1]


def test_countdown_does_not_burst_after_a_stall(library, clock) -> None:
    tl = no_check(library, {"exercise": "standing_wall_calf_stretch", "dose": {"reps": 1}})
    player, events = started(tl, clock)
    past_check(player)
    clock.advance(8 + 19.5)
    player.update()
    assert [e.value for e in events if e.kind == EventKind.COUNTDOWN] == [1]


def test_relief_loop_repeats_until_easing_and_escalates(library, clock) -> None:
    tl = plan(library.routines["relief"], library.catalogue)
    player, events = started(tl, clock)
    first, last = tl.loop_bounds(0)
    cycle = sum(tl.segments[i].duration_s for i in range(first, last + 1))
    clock.advance(tl.segments[0].duration_s)
    for _ in range(130):
        clock.advance(1)
        player.update()
    snap = player.update()
    assert snap.segment.loop == 0  # still stretching after more than 2 minutes
    assert snap.loop_elapsed_s == pytest.approx(130 + tl.segments[0].duration_s)
    assert snap.escalation is not None and snap.escalation.level == "advise"
    assert cycle < 130  # so it really did go round more than once
    levels = [e.value for e in events if e.kind == EventKind.ESCALATION]
    assert levels == ["advise"]
    clock.advance(600)
    player.update()
    assert player.update().escalation.level == "urgent"
    assert player.answer(Answer.EASING)
    snap = player.update()
    assert snap.segment.loop is None
    assert snap.segment.exercise_id == "foot_massage"
    assert snap.escalation is None


def test_relief_still_cramping_restarts_the_stretch(library, clock) -> None:
    tl = plan(library.routines["relief"], library.catalogue)
    player, _ = started(tl, clock)
    first, _ = tl.loop_bounds(0)
    clock.advance(tl.segments[0].duration_s + tl.segments[first].duration_s + 1)
    assert player.update().segment.kind == SegmentKind.ASK
    assert player.answer(Answer.STILL_CRAMPING)
    assert player.segment.index == first
    assert not player.answer(Answer.CONTINUE)


def test_skip_inside_relief_loop_means_easing(library, clock) -> None:
    tl = plan(library.routines["relief"], library.catalogue)
    player, _ = started(tl, clock)
    clock.advance(5)
    player.update()
    assert player.skip()
    assert player.segment.exercise_id == "foot_massage"


def test_routine_remaining_counts_down_with_the_clock(library, clock) -> None:
    tl = no_check(library, {"exercise": "ankle_circles"})
    player, _ = started(tl, clock)
    past_check(player)
    a = player.update().routine_remaining_s
    clock.advance(10)
    b = player.update().routine_remaining_s
    assert a - b == pytest.approx(10)
    assert player.update().next_title is None


def test_snapshot_countdown_and_progress(library, clock) -> None:
    tl = no_check(library, {"exercise": "standing_wall_calf_stretch"})
    player, _ = started(tl, clock)
    past_check(player)
    clock.advance(8 + 5.5)
    snap = player.update()
    assert snap.countdown == 15
    assert snap.progress == pytest.approx(5.5 / 20)
    assert snap.next_title is None
    assert snap.cue == snap.segment.cues[0]


def test_empty_timeline_is_refused(clock) -> None:
    with pytest.raises(ValueError):
        Player(Timeline("x", "X", "session", ()), clock)


def test_relief_records_when_it_eased_and_which_steps_were_done(library, clock) -> None:
    tl = plan(library.routines["relief"], library.catalogue)
    player, _ = started(tl, clock)
    clock.advance(4 + 20 + 3)  # ready, one stretch, into "is it easing?"
    player.update()
    assert player.answer(Answer.EASING)
    assert player.eased_at_s == pytest.approx(27)
    assert player.skip()  # leave out the massage before it starts
    clock.advance(3)  # still getting the warm compress ready
    player.update()
    assert player.steps_done == ("bed_wall_foot_press",)
    clock.advance(2)
    player.update()
    assert player.steps_done == ("bed_wall_foot_press", "warm_compress")


def test_share_completed(library, clock) -> None:
    tl = no_check(library, {"exercise": "ankle_circles"})
    player, _ = started(tl, clock)
    past_check(player)
    clock.advance(30)
    player.update()
    assert 0 < player.share_completed < 1
    player.stop("tired")
    stopped = player.share_completed
    assert stopped == pytest.approx(1 - (tl.total_s - tl.segments[1].offset_s - 30) / tl.total_s)
