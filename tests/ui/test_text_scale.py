"""Large text: the home and player screens cut nothing off at 175 %, in the usual window
and the smallest one (rows wrap, and the middle of a screen scrolls when it must)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from coach.core.player import Answer
from coach.core.settings import Settings
from coach.ui.main_window import MainWindow


def cut_off(page: QWidget) -> list[str]:
    """Visible buttons and labels given less room than their text needs."""
    QApplication.processEvents()  # let the layouts settle (no waiting involved)
    problems = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        text = widget.text().strip()
        if not widget.isVisible() or not text:
            continue
        size, hint = widget.size(), widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = size.height() < widget.heightForWidth(size.width()) - 1
        else:
            short = size.width() < hint.width() - 1 or size.height() < hint.height() - 1
        if short:
            problems.append(f"{text[:30]!r} {size.toTuple()} < {hint.toTuple()}")
    return problems


def _home(window: MainWindow) -> QWidget:
    return window.home


def _check(window: MainWindow) -> QWidget:
    window.start_routine("bedtime")
    return window.player_screen


def _relief(window: MainWindow) -> QWidget:
    window.start_relief()
    window.player_screen.ask_which_leg()
    return window.player_screen


def _finish(window: MainWindow) -> QWidget:
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    window.controller.stop("tired")
    return window.finish


@pytest.mark.parametrize("page", [_home, _check, _relief, _finish], ids=lambda f: f.__name__)
@pytest.mark.parametrize("smallest", [False, True], ids=["usual", "smallest"])
def test_nothing_is_cut_off_at_175_percent(
    make_window, page: Callable[[MainWindow], QWidget], smallest: bool
) -> None:
    window = make_window(settings=Settings(text_scale=1.75))
    if smallest:
        window.resize(window.minimumSize())
    assert cut_off(page(window)) == []


def test_the_usual_size_is_untouched_at_100_percent(make_window) -> None:
    window = make_window()
    assert cut_off(_relief(window)) == []
    assert not window.player_screen.body.verticalScrollBar().isVisible()
    window.go_home()
    assert cut_off(window.home) == []
