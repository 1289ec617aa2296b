"""The computer sleeps in the middle of a stretch: Coach pauses where it was and says so."""

from __future__ import annotations

import pytest

from coach.core.player import Answer, PlayerState
from coach.ui.main_window import MainWindow


def test_a_suspend_mid_relief_pauses_at_the_same_step(window: MainWindow, clock) -> None:
    window.start_relief()
    controller = window.controller
    assert controller is not None
    gaps: list[float] = []
    controller.suspended.connect(gaps.append)
    for _ in range(20):  # two seconds of ordinary 100 ms ticks
        clock.advance(0.1)
        controller._on_timer()
    before = controller.player.snapshot()
    clock.advance(2 * 3600)  # asleep for two hours
    controller._on_timer()
    after = controller.player.snapshot()
    assert after.state == PlayerState.PAUSED
    assert after.segment is before.segment
    assert after.remaining_s == pytest.approx(before.remaining_s)
    assert gaps == [pytest.approx(2 * 3600)]
    assert "asleep" in window.statusBar().currentMessage()
    controller.toggle_pause()  # Space: carry on from the same place
    clock.advance(0.1)
    controller._on_timer()
    assert controller.player.state == PlayerState.PLAYING
    assert controller.player.snapshot().remaining_s == pytest.approx(before.remaining_s - 0.1)


def test_ordinary_late_ticks_do_not_pause(window: MainWindow, clock) -> None:
    window.start_relief()
    controller = window.controller
    assert controller is not None
    for _ in range(5):
        clock.advance(1.5)  # a busy machine: ticks 1.5 s apart, well short of a suspend
        controller._on_timer()
    assert controller.player.state == PlayerState.PLAYING


def test_a_linux_suspend_is_seen_though_the_monotonic_clock_stood_still(
    window: MainWindow, clock
) -> None:
    """On Linux CLOCK_MONOTONIC stops during a suspend; only the boot clock moves on."""
    window.start_relief()
    controller = window.controller
    assert controller is not None
    for _ in range(10):
        clock.advance(0.1)
        controller._on_timer()
    before = controller.player.snapshot()
    clock.suspend(40 * 60)  # forty minutes asleep, not one monotonic second
    clock.advance(0.1)
    controller._on_timer()
    after = controller.player.snapshot()
    assert after.state == PlayerState.PAUSED
    assert after.segment is before.segment
    assert after.remaining_s == pytest.approx(before.remaining_s, abs=0.11)
    assert "asleep" in window.statusBar().currentMessage()


def test_a_suspend_at_the_red_flag_check_leaves_it_waiting_for_the_answer(
    window: MainWindow, clock
) -> None:
    window.start_routine("bedtime")
    controller = window.controller
    assert controller is not None
    controller._on_timer()
    assert controller.player.segment.kind.value == "check"
    gaps: list[float] = []
    controller.suspended.connect(gaps.append)
    clock.suspend(3600)
    controller._on_timer()
    assert gaps == []  # nothing was running, so nothing to pause
    controller.answer(Answer.CONTINUE)
    clock.advance(1.0)
    controller._on_timer()
    assert controller.player.state == PlayerState.PLAYING
    assert controller.player.segment.kind.value != "check"
