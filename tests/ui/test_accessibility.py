"""Screen readers: every control a person can reach has a name and a description.

What is checked is what Qt hands a screen reader (QAccessibleInterface): a button's text
serves as its name, a tool tip as its description.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QMenu,
    QScrollBar,
    QWidget,
)

from coach.core.history_store import HistoryStore
from coach.core.player import Answer
from coach.core.profile import ProfileAnswers
from coach.core.settings import Settings
from coach.ui.about_dialog import AboutDialog
from coach.ui.builder_dialog import BuilderDialog
from coach.ui.diary_dialog import DiaryDialog
from coach.ui.main_window import MainWindow
from coach.ui.profile_dialog import ProfileDialog
from coach.ui.report_dialog import ReportDialog
from coach.ui.stop_dialog import StopDialog

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def _inside_a_compound(widget: QWidget, root: QWidget) -> bool:
    """A spin box's text field, a combo box's list, a scroll area's frame and bars: parts
    of another control, which is named itself."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_scrollarea"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QMenu):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """Every widget under `root` that takes the focus by Tab or can be clicked."""
    for widget in root.findChildren(QWidget):
        if _inside_a_compound(widget, root) or isinstance(widget, QMenu):
            continue
        tab = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if tab or isinstance(widget, QAbstractButton):
            yield widget


def unlabelled(root: QWidget) -> list[str]:
    """Controls a screen reader could not name or describe, as 'Class "name"' strings."""
    missing = []
    for widget in controls(root):
        face = QAccessible.queryAccessibleInterface(widget)
        name, description = face.text(NAME).strip(), face.text(DESCRIPTION).strip()
        if not name or not description:
            missing.append(f'{type(widget).__name__} "{name}" / "{description}"')
    return missing


def test_home_player_finish_and_history_are_all_named(make_window, clock) -> None:
    window: MainWindow = make_window()
    pages = {"home": window.home}
    assert len(list(controls(window.home))) >= 12
    window.start_relief()  # relief: the leg question and "It's easing" exist
    window.player_screen.ask_which_leg()
    window.start_routine("bedtime")  # a check, then a timed exercise
    window.controller.answer(Answer.CONTINUE)
    clock.advance(5)
    window.controller.tick()
    pages["player"] = window.player_screen
    window.controller.stop("tired")
    pages["finish"] = window.finish
    window.finish.ask_followup("episode")
    window.show_history()
    pages["history"] = window.history
    missing = {page: unlabelled(widget) for page, widget in pages.items()}
    assert missing == {page: [] for page in pages}


def _dialogs(window: MainWindow, library, tmp_path) -> Iterator[QWidget]:
    today = date(2026, 11, 22)
    yield ProfileDialog(ProfileAnswers(), Settings(), today, False, window)
    yield ProfileDialog(ProfileAnswers(), Settings(), today, True, window)
    yield StopDialog(window)
    yield AboutDialog(library.sources, window)
    yield DiaryDialog(today, window)
    store = HistoryStore.open(tmp_path / "diary.sqlite3").store
    yield ReportDialog(store, [], library, today, window)
    yield BuilderDialog(library, 24, window)
    yield BuilderDialog(library, 24, window, routine=library.routines["bedtime"])


def test_every_dialog_is_named_throughout(make_window, library, tmp_path, qtbot) -> None:
    window = make_window()
    missing: dict[str, list[str]] = {}
    for dialog in _dialogs(window, library, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        assert QAccessible.queryAccessibleInterface(dialog).text(NAME), type(dialog).__name__
        missing[type(dialog).__name__] = missing.get(type(dialog).__name__, []) + unlabelled(dialog)
        dialog.close()
    assert missing == {name: [] for name in missing}


def test_pictures_ring_and_charts_are_named_and_described(make_window, clock) -> None:
    window = make_window()
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    clock.advance(2)
    window.controller.tick()
    window.show_history()
    views = (
        window.player_screen.ring,
        window.player_screen.picture,
        window.history.cramp_chart,
        window.history.relief_chart,
    )
    for view in views:
        face = QAccessible.queryAccessibleInterface(view)
        assert face.text(NAME) and face.text(DESCRIPTION), type(view).__name__
    assert window.player_screen.ring.accessibleDescription().split()[0].isdigit()


def test_routine_list_entries_are_spoken_whole(window: MainWindow) -> None:
    face = QAccessible.queryAccessibleInterface(window.home.routine_list)
    names = [face.child(i).text(NAME) for i in range(face.childCount())]
    assert any(n.startswith("Bedtime wind-down, 9 min.") for n in names)
    assert all("·" not in n for n in names)  # no separators read out as "middle dot"


def test_changing_texts_are_their_own_names(window: MainWindow, clock) -> None:
    """A fixed name would hide the text itself: the cue, the advice, the time left."""
    window.start_relief()
    screen = window.player_screen
    for _ in range(130):
        clock.advance(1)
        window.controller.tick()
    for label in (screen.cue_label, screen.time_left, screen.escalation):
        face = QAccessible.queryAccessibleInterface(label)
        assert face.text(NAME) == label.text() != ""
        assert face.text(DESCRIPTION)
    assert screen.escalation.text().startswith("Advice: ")


def test_urgent_advice_says_so_in_words_not_only_colour(window: MainWindow) -> None:
    screen = window.player_screen
    screen._render_escalation(True, "Call your maternity unit now.")
    assert "Urgent" in screen.escalation.text() and "⚠" in screen.escalation.text()
    assert screen.escalation.property("level") == "urgent"
    screen._render_escalation(False, "Tell your midwife.")
    assert screen.escalation.text().startswith("Advice: ")


@pytest.mark.parametrize("urgent", [False, True])
def test_announcements_reach_a_running_screen_reader(window, monkeypatch, urgent) -> None:
    """With a screen reader active, new advice is announced (assertively when urgent)."""
    from coach.ui import a11y

    sent: list[tuple[str, object]] = []
    monkeypatch.setattr(a11y.QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        a11y.QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: sent.append((event.message(), event.politeness()))),
    )
    window.player_screen._render_escalation(urgent, "Talk to your midwife.")
    assert sent and "Talk to your midwife." in sent[-1][0]
    assert sent[-1][1] == QAccessible.AnnouncementPoliteness.Assertive
