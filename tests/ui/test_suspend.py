"""The computer sleeps in the middle of a stretch: Coach pauses where it was and says so."""

from __future__ import annotations

import pytest

from coach.core.player import PlayerState
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
