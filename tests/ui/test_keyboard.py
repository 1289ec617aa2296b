"""Everything without a mouse: Tab order, Enter and Space, Escape, and the text-size keys.

Only key presses here, sent to whatever has the focus, as a keyboard would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coach.core.player import PlayerState
from coach.core.settings import load_settings
from coach.ui.main_window import MainWindow
from coach.ui.theme import base_point_size, font_pt

CTRL = Qt.KeyboardModifier.ControlModifier


def activated(window: MainWindow, qtbot) -> MainWindow:
    """Keys go to the active window; the offscreen platform activates a new one late."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(make_window, qtbot) -> MainWindow:
    return activated(make_window(), qtbot)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def tab_cycle(qtbot, limit: int = 60) -> list[QWidget]:
    """Press Tab until the focus is back where it started; the widgets it visited."""
    start = focused()
    seen = [start]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is start:
            return seen
        seen.append(focused())
    raise AssertionError(f"Tab never came back to {start}")


def tab_to(qtbot, target: QWidget, limit: int = 60) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def focusable(root: QWidget) -> set[QWidget]:
    """Visible, enabled widgets under `root` that Tab can reach."""
    return {
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        and w.focusProxy() is None
        and not w.objectName().startswith("qt_")
    }


def test_tab_visits_every_home_control_in_reading_order_and_wraps(window: MainWindow, qtbot):
    home = window.home
    assert focused() is home.relief_button
    order = tab_cycle(qtbot)
    assert order == [
        home.relief_button,
        home.bedtime_button,
        home.daytime_button,
        home.diary_button,
        home.history_button,
        home.routine_list,
        home.clinic_button,
        home.profile_button,
        home.about_button,
        home.theme_button,
        home.sound_button,
    ]
    assert set(order) == focusable(home)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is home.sound_button


def test_space_and_enter_press_the_focused_home_button(window: MainWindow, qtbot) -> None:
    press(qtbot, Qt.Key.Key_Space)
    assert window.controller.timeline.routine_id == "relief"
    window.go_home()
    tab_to(qtbot, window.home.history_button)
    press(qtbot, Qt.Key.Key_Return)  # Qt's own buttons ignore Enter outside a dialog
    assert window.stack.currentWidget() is window.history
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    tab_to(qtbot, window.home.routine_list)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.controller.timeline.routine_id == "bedtime"


def test_tab_reaches_every_player_control_and_each_works_by_keyboard(
    window: MainWindow, qtbot, clock
) -> None:
    press(qtbot, Qt.Key.Key_Return)  # Cramp relief
    screen = window.player_screen
    qtbot.waitUntil(screen.leg_row.isVisible)
    assert focused() is screen.easing_button  # the answer that matters most, at once
    order = tab_cycle(qtbot)
    wanted = [screen.stop_button, screen.pause_button, screen.skip_button, screen.back_button]
    wanted += [screen.easing_button, screen.again_button, screen.leg_skip]
    wanted += list(screen.leg_buttons.values())
    assert [w for w in wanted if w.isVisible() and w not in order] == []
    assert set(order) == focusable(screen)

    tab_to(qtbot, screen.leg_buttons["left calf"])
    press(qtbot, Qt.Key.Key_Return)
    assert not screen.leg_row.isVisible()
    assert window.controller.player.affected == "left calf"
    tab_to(qtbot, screen.pause_button)
    press(qtbot, Qt.Key.Key_Return)
    assert window.controller.player.state == PlayerState.PAUSED
    press(qtbot, Qt.Key.Key_Return)
    assert window.controller.player.state == PlayerState.PLAYING
    clock.advance(6)
    window.controller.tick()
    tab_to(qtbot, screen.easing_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.exercise_title.text() == "Foot and calf massage"
    tab_to(qtbot, screen.skip_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.exercise_title.text() != "Foot and calf massage"
    tab_to(qtbot, screen.back_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.exercise_title.text() == "Foot and calf massage"
    tab_to(qtbot, screen.stop_button)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stop_dialog is not None


def _dialog_focus(qtbot, dialog: QDialog) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)


def _back_to(qtbot, window: MainWindow) -> None:
    """A closed dialog gives the focus back to the window (the window manager's job; the
    offscreen platform needs a nudge)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.isAncestorOf(focused())


def test_stop_dialog_is_answered_by_keyboard_alone(window: MainWindow, qtbot) -> None:
    window.start_routine("daytime")
    press(qtbot, Qt.Key.Key_Return)  # "None of these — start" has the focus
    assert window.controller.player.state == PlayerState.PLAYING
    press(qtbot, Qt.Key.Key_Escape)  # Stop
    dialog = window.stop_dialog
    _dialog_focus(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)  # carry on
    assert window.stop_dialog is None
    assert window.controller.player.state == PlayerState.PLAYING
    _back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    dialog = window.stop_dialog
    _dialog_focus(qtbot, dialog)
    tab_to(qtbot, dialog.buttons["tired"])
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.finish
    assert window.controller.player.end_reason == "tired"
    _back_to(qtbot, window)
    assert focused() is window.finish.home_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_red_flag_check_is_answered_by_keyboard_alone(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_B)
    screen = window.player_screen
    assert focused() is screen.none_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.yes_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.controller.player.end_reason == "red_flag"
    assert window.finish.advice.isVisible()


def test_escape_closes_the_dialogs(window: MainWindow, qtbot) -> None:
    window.edit_profile()
    _dialog_focus(qtbot, window.profile_dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.profile_dialog is None
    window.add_diary_entry()
    _dialog_focus(qtbot, window.diary_dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.diary_dialog is None


def test_text_size_from_the_profile_dialog_by_keyboard(make_window, qtbot, tmp_path) -> None:
    path = tmp_path / "settings.json"
    window = activated(make_window(settings_path=path), qtbot)
    window.edit_profile()
    dialog = window.profile_dialog
    _dialog_focus(qtbot, dialog)
    tab_to(qtbot, dialog.text_size.combo)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # Enter saves (Save is the default button)
    assert window.profile_dialog is None
    assert window.settings.text_scale == 1.25
    assert load_settings(path).settings.text_scale == 1.25
    assert QApplication.instance().property("coachTextScale") == 1.25


def _body_pt() -> float:
    sheet = QApplication.instance().styleSheet()
    rule = sheet[sheet.index("QWidget {") :]
    return float(rule[rule.index("font-size:") + 10 : rule.index("pt;")])


def test_ctrl_plus_minus_and_zero_change_the_text_size(window: MainWindow, qtbot) -> None:
    assert _body_pt() == font_pt(17, 1.0, base_point_size())
    steps = [
        (Qt.Key.Key_Plus, 1.25),
        (Qt.Key.Key_Equal, 1.5),  # Ctrl+= is Ctrl++ without Shift
        (Qt.Key.Key_Plus, 1.75),
        (Qt.Key.Key_Plus, 1.75),  # the largest stays the largest
        (Qt.Key.Key_Minus, 1.5),
        (Qt.Key.Key_0, 1.0),
    ]
    for key, scale in steps:
        qtbot.keyClick(window, key, CTRL)
        assert window.settings.text_scale == scale
        assert _body_pt() == font_pt(17, scale, base_point_size())  # points, from the system
    window.start_relief()  # the keys work on every page
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert window.settings.text_scale == 1.25


def test_tool_tips_show_the_keys(window: MainWindow) -> None:
    home, player = window.home, window.player_screen
    keys = {
        home.relief_button: "(R)",
        home.history_button: "(H)",
        home.diary_button: "(N)",
        home.theme_button: "(T)",
        home.sound_button: "(M)",
        home.profile_button: "(P)",
        player.stop_button: "(Esc)",
        player.pause_button: "(Space)",
        player.skip_button: "(Right arrow)",
        player.back_button: "(Left arrow)",
    }
    assert {w.accessibleName(): k for w, k in keys.items() if k not in w.toolTip()} == {}
