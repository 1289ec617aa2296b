"""The app as a person uses it: press, watch, answer; the fake clock stands in for waiting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from coach.audio.cues import Cue, SilentCuePlayer
from coach.core.player import PlayerState
from coach.core.settings import Settings, load_settings
from coach.core.timeline import SegmentKind
from coach.ui.main_window import MainWindow


def play_until(window: MainWindow, clock, predicate, step: float = 1.0, limit: int = 5000) -> None:
    for _ in range(limit):
        if predicate():
            return
        clock.advance(step)
        window.controller.tick()
    raise AssertionError("condition never became true")


def test_cramp_relief_button_shows_the_first_relief_cue_at_once(make_window, qtbot) -> None:
    made: list[str] = []
    window = make_window(
        cue_factory=lambda _cb: made.append("cues") or RecordingCues(),
        voice_factory=lambda: made.append("voice") or None,
        profile_path=Path("/nonexistent/profile.json"),
    )
    window.answers = None  # as at a cold start: the profile is not loaded yet
    made.clear()
    qtbot.mouseClick(window.home.relief_button, Qt.MouseButton.LeftButton)
    screen = window.player_screen
    assert window.stack.currentWidget() is screen
    assert screen.exercise_title.text() == "Heel-first calf stretch in bed"
    assert screen.cue_label.text() == "Straighten the leg, heel first."
    assert screen.side_label.text() == "Cramping calf"
    assert screen.banner.isVisible() and "swollen, red or hot" in screen.banner.text()
    assert made == []  # no audio or voice object was created before the cue showed
    assert screen.easing_button.isVisible()
    qtbot.waitUntil(lambda: "cues" in made and "voice" in made)  # they come right after


def test_relief_easing_moves_on_to_massage(window: MainWindow, qtbot, clock) -> None:
    window.start_relief()
    clock.advance(6)
    window.controller.tick()
    qtbot.mouseClick(window.player_screen.easing_button, Qt.MouseButton.LeftButton)
    assert window.player_screen.exercise_title.text() == "Foot and calf massage"
    assert "optional" in window.player_screen.kind_label.text()


def test_relief_shows_advice_when_the_cramp_lasts(window: MainWindow, clock) -> None:
    window.start_relief()
    play_until(window, clock, lambda: window.player_screen.escalation.isVisible())
    assert "Tell your midwife or GP" in window.player_screen.escalation.text()
    assert window.controller.player.active_time() == pytest.approx(120, abs=1)


def test_whole_bedtime_routine_plays_to_the_finish_screen(window: MainWindow, qtbot, clock) -> None:
    qtbot.mouseClick(window.home.bedtime_button, Qt.MouseButton.LeftButton)
    screen = window.player_screen
    assert screen.questions.isVisible()
    assert not screen.skip_button.isEnabled()
    qtbot.mouseClick(screen.none_button, Qt.MouseButton.LeftButton)
    seen_labels: set[str] = set()
    seen_titles: set[str] = set()

    def record() -> bool:
        seen_labels.add(screen.side_label.text())
        seen_titles.add(screen.exercise_title.text())
        return window.stack.currentWidget() is window.finish

    play_until(window, clock, record, step=0.7)
    assert window.finish.title.text() == "Well done"
    assert "sleep well" in window.finish.message.text()
    assert "Left calf, 2 of 3" in seen_labels
    assert "Right calf, 3 of 3" in seen_labels
    assert "Foot and calf massage" in seen_titles
    assert window.controller.player.state == PlayerState.FINISHED
    assert not window.controller.is_running


def test_keyboard_controls(window: MainWindow, qtbot, clock) -> None:
    window.start_routine("daytime")
    screen = window.player_screen
    qtbot.mouseClick(screen.none_button, Qt.MouseButton.LeftButton)
    first = screen.exercise_title.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.player.state == PlayerState.PAUSED
    assert screen.pause_button.text() == "Resume"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.player.state == PlayerState.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert screen.exercise_title.text() != first
    qtbot.keyClick(window, Qt.Key.Key_Left)  # at the start of a step: the one before
    assert screen.exercise_title.text() == first
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Stop asks what happened
    assert window.stop_dialog is not None
    assert window.controller.player.state == PlayerState.PAUSED
    qtbot.mouseClick(window.stop_dialog.buttons["tired"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.finish
    assert window.finish.title.text() == "Stopped"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_home_shortcut_r_starts_relief(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.controller.timeline.routine_id == "relief"


def test_red_flag_yes_stops_and_shows_what_to_do(window: MainWindow, qtbot) -> None:
    window.start_routine("bedtime")
    qtbot.mouseClick(window.player_screen.yes_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.finish
    assert window.finish.advice.isVisible()
    assert "midwife" in window.finish.advice.text()
    assert window.controller.player.end_reason == "red_flag"


def test_home_lists_every_routine_with_its_length(window: MainWindow) -> None:
    items = [
        window.home.routine_list.item(i).text() for i in range(window.home.routine_list.count())
    ]
    assert len(items) == 3
    assert any(t.startswith("Bedtime wind-down   ·   9 min") for t in items)
    assert any(t.startswith("Quick daytime circulation   ·   5 min") for t in items)
    assert any(t.startswith("Cramp relief   ·   up to 19 min") for t in items)  # ends on easing
    assert "9 min" in window.home.bedtime_button.text()


def test_night_theme_follows_the_clock_and_can_be_switched(make_window, hour) -> None:
    hour.value = 2
    window = make_window()
    app = QApplication.instance()
    assert app.property("coachTheme") == "night"
    assert "#1B1513" in app.styleSheet()
    hour.value = 13
    window.refresh_theme()
    assert app.property("coachTheme") == "day"
    window.cycle_theme()  # auto -> day
    window.cycle_theme()  # day -> night
    assert window.settings.theme == "night"
    assert app.property("coachTheme") == "night"
    assert "Night" in window.home.theme_button.text()


def test_theme_choice_is_saved(make_window, tmp_path) -> None:
    path = tmp_path / "settings.json"
    window = make_window(settings_path=path)
    window.cycle_theme()
    assert load_settings(path).settings.theme == "day"
    assert (path.stat().st_mode & 0o777) == 0o600


def test_sound_off_mark_when_no_sound_can_be_played(make_window, qtbot) -> None:
    window = make_window(cue_factory=lambda _cb: SilentCuePlayer("no audio device"))
    window.start_routine("daytime")
    qtbot.waitUntil(lambda: window.cues.real is not None)
    assert window.player_screen.sound_mark.isVisible()


class RecordingCues:
    available = True
    reason = ""

    def __init__(self) -> None:
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def shutdown(self) -> None:
        pass


def test_chimes_on_segments_ticks_on_countdown_and_mute(make_window, qtbot, clock) -> None:
    cues = RecordingCues()
    window = make_window(cue_factory=lambda _cb: cues)
    window.start_routine("daytime")
    qtbot.waitUntil(lambda: window.cues.real is cues)
    window.controller.answer(__import__("coach.core.player", fromlist=["Answer"]).Answer.CONTINUE)
    assert cues.played == [Cue.CHIME]
    seg = window.controller.player.segment
    assert seg.kind == SegmentKind.READY
    play_until(window, clock, lambda: window.controller.player.segment is not seg, step=0.5)
    assert cues.played[-4:] == [Cue.TICK, Cue.TICK, Cue.TICK, Cue.CHIME] or Cue.CHIME in cues.played
    before = len(cues.played)
    window.home.sound_button.toggle()  # mute
    assert window.settings.sound is False
    play_until(
        window,
        clock,
        lambda: (
            window.controller.player.segment.kind == SegmentKind.SWITCH
            or window.controller.player.segment.index > seg.index + 2
        ),
        step=0.5,
    )
    assert len(cues.played) == before


def test_picture_alternates_frames_while_holding(window: MainWindow, clock) -> None:
    window.start_routine("daytime")
    window.controller.answer(__import__("coach.core.player", fromlist=["Answer"]).Answer.CONTINUE)
    play_until(
        window, clock, lambda: window.controller.player.segment.kind == SegmentKind.MOVE, 0.5
    )
    picture = window.player_screen.picture
    assert picture.frame_count >= 2
    frames = set()
    for _ in range(8):
        clock.advance(0.5)
        window.controller.tick()
        frames.add(picture.current_frame)
    assert len(frames) >= 2


def test_settings_defaults_are_used(window: MainWindow) -> None:
    assert window.settings == Settings()


def test_relief_shows_time_since_the_press_not_time_left(window: MainWindow, clock) -> None:
    window.start_relief()
    clock.advance(65)
    window.controller.tick()
    assert window.player_screen.time_left.text() == "1:05 since you started"


def test_relief_screen_fits_without_overlap_at_the_smallest_window(
    window: MainWindow, qtbot
) -> None:
    window.resize(window.minimumSize())
    window.start_relief()
    qtbot.waitUntil(window.player_screen.leg_row.isVisible)
    screen = window.player_screen
    ring = screen.ring.geometry()
    label = screen.side_label.geometry()
    assert ring.height() >= screen.ring.minimumHeight()
    assert label.top() >= ring.bottom()
    easing_bottom = screen.easing_button.mapTo(screen, screen.easing_button.rect().bottomLeft())
    back_top = screen.back_button.mapTo(screen, screen.back_button.rect().topLeft())
    assert easing_bottom.y() < back_top.y()


def test_relief_has_the_focus_at_start_so_enter_starts_it(window: MainWindow, qtbot) -> None:
    assert window.focusWidget() is window.home.relief_button
    qtbot.keyClick(window.home.relief_button, Qt.Key.Key_Space)
    assert window.controller is not None and window.controller.timeline.routine_id == "relief"


def test_relief_again_after_going_home(window: MainWindow, qtbot, clock) -> None:
    """A second routine after going home must not touch the deleted first controller."""
    for _ in range(3):
        window.start_relief()
        clock.advance(2)
        window.controller.tick()
        window.go_home()
        # deleteLater, as the main event loop would run it (a nested wait would not)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.handle_command("relief")
    assert window.player_screen.cue_label.text() == "Straighten the leg, heel first."


def test_the_player_page_is_built_after_the_home_screen_has_painted(library, repo, qtbot) -> None:
    window = MainWindow(library.copy(), repo / "assets" / "illustrations", Settings(), None)
    qtbot.addWidget(window)
    assert window._player_screen is None  # not before the first paint: home comes first
    built: list[bool] = []
    window.session_pages_built.connect(lambda: built.append(True))
    window.show()
    qtbot.waitUntil(lambda: built == [True])  # then at once, so a press costs no building
    assert window.stack.indexOf(window.player_screen) > 0
    window.start_relief()
    assert window.stack.currentWidget() is window.player_screen


def test_a_cold_relief_start_plans_with_the_saved_answers(make_window, tmp_path) -> None:
    """`coach --relief` starts before the after-paint work: it must still read the
    profile, or an unsteady person would be sent walking without the support cue."""
    profile = tmp_path / "profile.json"
    profile.write_text('{"week": 20, "conditions": ["unsteady"], "completed": true}')
    window = make_window(profile_path=profile)
    window.answers = None  # as at a cold start: nothing read yet
    window.start_relief()
    assert window.answers is not None and window.answers.week == 20
    assert window.controller is not None
    walk = [s for s in window.controller.timeline.segments if s.exercise_id == "gentle_walk"]
    assert walk and any("hand on the wall" in line for s in walk for line in (*s.cues, *s.notes))


def test_an_unknown_routine_is_reported_without_blocking(window: MainWindow, qtbot) -> None:
    """Handed over by a second process: the warning must not hold the event loop."""
    from PySide6.QtWidgets import QMessageBox

    window.handle_command("routine nosuch")  # returns: nothing waits on the dialog
    box = window.findChild(QMessageBox, "warning")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "nosuch" in box.text()
    box.accept()
