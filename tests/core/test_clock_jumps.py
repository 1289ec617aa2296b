"""A wall-clock change or a suspend in the middle of a routine.

The player runs on a monotonic clock, so a wall-clock change cannot move it; a suspend
(where the monotonic clock does jump, or the app was frozen) is turned into a pause at
the last tick before it, so the routine resumes from the same place.
"""

from __future__ import annotations

import time

import pytest

from coach.core.clock import FakeClock, MonotonicClock
from coach.core.player import Answer, Player, PlayerState
from coach.core.timeline import plan


def test_the_real_clock_ignores_a_wall_clock_jump(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = MonotonicClock()
    before = clock.now()
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 6 * 3600)  # clocks moved on 6 h
    assert 0 <= clock.now() - before < 1.0


@pytest.fixture
def playing(library):
    routine = library.routines["bedtime"]
    timeline = plan(routine, library.catalogue_for(routine), None)
    clock = FakeClock()
    player = Player(timeline, clock)
    player.start()
    player.answer(Answer.CONTINUE)  # the red-flag check: none of these
    clock.advance(20.0)
    player.update()
    return player, clock


def test_a_suspend_becomes_a_pause_at_the_last_tick(playing) -> None:
    player, clock = playing
    before = player.update()
    last_tick = clock.now()
    clock.advance(3 * 3600.0)  # the laptop slept for three hours
    player.pause_from(last_tick)
    after = player.snapshot()
    assert player.state == PlayerState.PAUSED
    assert after.segment is before.segment  # the same step, not run through unseen
    assert after.remaining_s == pytest.approx(before.remaining_s)
    assert after.total_elapsed_s == pytest.approx(before.total_elapsed_s)


def test_after_a_suspend_the_routine_resumes_and_ends_on_time(playing) -> None:
    player, clock = playing
    snap = player.update()
    left, active_before = snap.routine_remaining_s, snap.total_elapsed_s
    last_tick = clock.now()
    clock.advance(900.0)
    player.pause_from(last_tick)
    player.resume()
    clock.advance(left - 0.5)
    assert player.update().state == PlayerState.PLAYING
    clock.advance(1.0)
    assert player.update().state == PlayerState.FINISHED
    assert player.finished_at_s == pytest.approx(active_before + left)  # no time lost


def test_a_pause_from_a_moment_past_a_boundary_enters_that_step(playing) -> None:
    player, clock = playing
    seg = player.segment
    left = player.snapshot().remaining_s
    clock.advance(left + 1.0)  # one second into the next segment, then the machine slept
    at = clock.now()
    clock.advance(600.0)
    player.pause_from(at)
    assert player.segment is not seg
    assert player.snapshot().elapsed_s == pytest.approx(1.0)
    assert player.state == PlayerState.PAUSED


def test_the_boot_clock_keeps_pace_with_the_monotonic_clock_while_awake() -> None:
    clock = MonotonicClock()
    mono, boot = clock.now(), clock.since_boot()
    sum(range(200_000))
    assert abs((clock.now() - mono) - (clock.since_boot() - boot)) < 0.05


def test_a_pause_is_refused_at_the_red_flag_check(library) -> None:
    routine = library.routines["bedtime"]
    clock = FakeClock()
    player = Player(plan(routine, library.catalogue_for(routine), None), clock)
    player.start()
    clock.advance(3600.0)
    assert player.pause_from(clock.now() - 3600.0) is False
    assert player.state == PlayerState.PLAYING
    player.answer(Answer.CONTINUE)
    clock.advance(2.0)
    assert player.update().state == PlayerState.PLAYING
