"""Stop, red flags, contacts, the leg question, the profile and voice, as a person meets them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coach.core.player import Answer, PlayerState
from coach.core.profile import ProfileAnswers
from coach.core.profile_store import load_profile, save_profile
from coach.core.settings import Settings
from coach.ui.voice import Voice

TODAY = date(2026, 11, 22)


def test_stop_freezes_then_carry_on_resumes(window, qtbot, clock) -> None:
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    qtbot.mouseClick(window.player_screen.stop_button, Qt.MouseButton.LeftButton)
    dialog = window.stop_dialog
    assert dialog is not None and dialog.isVisible()
    before = window.controller.player.update().elapsed_s
    clock.advance(30)
    assert window.controller.player.update().elapsed_s == before  # frozen while asking
    qtbot.mouseClick(dialog.carry_on, Qt.MouseButton.LeftButton)
    assert window.controller.player.state == PlayerState.PLAYING
    assert window.stack.currentWidget() is window.player_screen


def test_stop_for_a_hot_red_calf_shows_advice_and_own_numbers(make_window, qtbot) -> None:
    settings = Settings(
        midwife_name="City Maternity", midwife_phone="0123 456", emergency_number="112"
    )
    window = make_window(settings=settings)
    window.start_routine("bedtime")
    window.request_stop()
    qtbot.mouseClick(window.stop_dialog.buttons["calf_red_hot_swollen"], Qt.MouseButton.LeftButton)
    finish = window.finish
    assert window.stack.currentWidget() is finish
    assert "not a cramp" in finish.advice.text()
    assert finish.contacts.isVisible()
    assert "City Maternity: 0123 456" in finish.contacts.text()
    assert "Emergency: 112" in finish.contacts.text()
    assert window.controller.player.end_reason == "calf_red_hot_swollen"


def test_no_numbers_are_invented(window, qtbot) -> None:
    window.start_routine("bedtime")
    qtbot.mouseClick(window.player_screen.yes_button, Qt.MouseButton.LeftButton)
    text = window.finish.contacts.text()
    assert "Add your midwife's and emergency numbers" in text
    assert not any(ch.isdigit() for ch in text)


def test_relief_asks_which_leg_after_the_first_cue_and_uses_it(window, qtbot, clock) -> None:
    window.start_relief()
    screen = window.player_screen
    assert screen.cue_label.text()  # the cue is up first
    assert not screen.leg_row.isVisible()  # the question comes after
    qtbot.waitUntil(screen.leg_row.isVisible)
    qtbot.mouseClick(screen.leg_buttons["right calf"], Qt.MouseButton.LeftButton)
    assert not screen.leg_row.isVisible()
    assert screen.side_label.text() == "Right calf"
    assert window.controller.player.affected == "right calf"


def test_first_run_asks_about_you_and_saves_the_answers(make_window, tmp_path, qtbot) -> None:
    path = tmp_path / "profile.json"
    window = make_window(profile_path=path, first_run=True, today=lambda: TODAY)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    dialog = window.profile_dialog
    dialog.use_week.setChecked(True)
    dialog.week.setValue(31)
    dialog.condition_boxes[next(iter(dialog.condition_boxes))].setChecked(True)  # unsteady
    dialog.midwife_phone.setText("0123 456")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    answers, warning = load_profile(path)
    assert warning is None
    assert answers.week_on(TODAY) == 31 and answers.completed
    assert window.settings.midwife_phone == "0123 456"
    assert window.profile.trimester == 3
    window.start_routine("bedtime")
    screen = window.player_screen
    window.controller.answer(Answer.CONTINUE)
    titles = set()
    while window.controller.player.state == PlayerState.PLAYING:
        titles.add(screen.exercise_title.text())
        notes = screen.note_label.text()
        if screen.exercise_title.text() == "Seated towel calf stretch":
            assert "Unsteady on your feet: Seated towel calf stretch instead" in notes
            assert "Week 31: Use a longer strap" in notes
            break
        window.controller.skip()
    assert "Standing wall calf stretch" not in titles


def test_skipping_the_first_run_is_remembered(make_window, tmp_path, qtbot) -> None:
    path = tmp_path / "profile.json"
    window = make_window(profile_path=path, first_run=True, today=lambda: TODAY)
    qtbot.waitUntil(lambda: window.profile_dialog is not None)
    qtbot.mouseClick(window.profile_dialog.skip_button, Qt.MouseButton.LeftButton)
    assert load_profile(path)[0].completed


def test_no_first_run_dialog_when_opened_for_relief(make_window, tmp_path, qtbot) -> None:
    window = make_window(profile_path=tmp_path / "p.json", first_run=True)
    window.start_relief()
    qtbot.waitUntil(lambda: window.answers is not None)  # the after-first-paint work ran
    assert window.profile_dialog is None


def test_profile_is_loaded_only_after_the_first_paint(make_window, tmp_path, qtbot) -> None:
    path = tmp_path / "profile.json"
    save_profile(path, ProfileAnswers(week=30, week_entered_on=TODAY, completed=True))
    window = make_window(profile_path=path)
    qtbot.waitUntil(lambda: window.answers is not None)
    assert window.profile.week is not None


def test_voice_speaks_each_new_cue_with_the_mock_engine(make_window, qtbot) -> None:
    voices: list[Voice] = []

    def factory() -> Voice:
        voices.append(Voice(engine="mock"))
        return voices[-1]

    window = make_window(voice_factory=factory)
    window.start_relief()
    assert voices == []  # not created before the first cue
    qtbot.waitUntil(lambda: bool(voices) and voices[0].spoken != [])
    assert voices[0].spoken[0].startswith("Heel-first calf stretch in bed. Straighten the leg")
    window.close()
    assert not voices[0]._thread.isRunning()


def test_voice_can_be_muted_in_settings(make_window, qtbot) -> None:
    voices: list[Voice] = []
    window = make_window(
        settings=Settings(voice=False),
        voice_factory=lambda: voices.append(Voice("mock")) or voices[-1],
    )
    window.start_relief()
    qtbot.waitUntil(lambda: bool(voices))
    assert voices[0].muted
    assert voices[0].spoken == []  # muted speech is never even handed to the worker
    window.close()


def test_a_missing_speech_engine_is_reported_once_and_text_carries_on(qtbot) -> None:
    voice = Voice(engine="no-such-engine")
    with qtbot.waitSignal(voice.unavailable, timeout=3000) as blocker:
        voice.speak("hello")
    assert "not installed" in blocker.args[0]
    assert not voice.available
    voice.speak("again")  # a no-op, never an error
    voice.shutdown()


def test_about_lists_every_source(window, library) -> None:
    from coach.ui.about_dialog import about_html

    html = about_html(library.sources)
    for source in library.sources.values():
        assert source.id in html
    assert "does not diagnose" in html


def test_why_this_helps_names_the_sources(window, qtbot) -> None:
    window.start_relief()
    screen = window.player_screen
    qtbot.mouseClick(screen.why_button, Qt.MouseButton.LeftButton)
    assert screen.why_label.isVisible()
    assert "HSE: Leg cramps in pregnancy" in screen.why_label.text()
