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


def test_a_cold_relief_start_loads_sound_only_after_the_first_cue_is_painted(
    qtbot, library, repo, clock, no_fallback
) -> None:
    from PySide6.QtCore import QEvent, QObject

    from coach.audio.cues import SilentCuePlayer
    from coach.core.settings import Settings

    order: list[str] = []

    def cue_factory(on_unavailable):
        order.append("sound")
        return SilentCuePlayer()

    window = MainWindow(
        library.copy(), repo / "assets" / "illustrations", Settings(), None, clock=clock,
        cue_factory=cue_factory,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.start_relief()  # as `coach --relief` does, before the event loop first runs

    class Painted(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and "cue painted" not in order:
                order.append("cue painted")
            return False

    watch = Painted()
    window.player_screen.cue_label.installEventFilter(watch)
    qtbot.waitUntil(lambda: "sound" in order, timeout=5000)
    assert order.index("cue painted") < order.index("sound")
