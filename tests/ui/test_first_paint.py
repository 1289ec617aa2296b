"""Start-up work waits for the first paint of the page actually on show."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QStackedWidget

from coach.ui import first_paint
from coach.ui.main_window import MainWindow


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a real paint may trigger the work here."""
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 600_000)


def test_the_page_switched_to_before_the_loop_runs_is_the_one_watched(qtbot, no_fallback) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    home, player = QLabel("home"), QLabel("player")
    stack.addWidget(home)
    stack.addWidget(player)
    ran: list[str] = []
    first_paint.after_first_paint(
        stack, lambda: ran.append("work"), lambda: (stack.currentWidget(),)
    )
    stack.show()
    stack.setCurrentWidget(player)  # as `coach --relief` does before app.exec()
    qtbot.waitUntil(lambda: ran == ["work"], timeout=5000)


def test_a_window_that_opens_on_relief_watches_the_cue(window: MainWindow) -> None:
    assert window.first_paint_views() == (window.home.relief_button,)
    window.start_relief()
    assert window.first_paint_views() == (window.player_screen.cue_label,)
