"""The diary as a person meets it: runs are recorded, questions asked, history shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.core.history_store import HistoryStore
from coach.core.player import Answer, PlayerState
from coach.ui.diary_keeper import DiaryKeeper


@pytest.fixture
def now(clock):
    """Wall time that moves with the fake clock."""
    base = datetime(2026, 11, 22, 21, 30)
    start = clock.now()
    return lambda: base + timedelta(seconds=clock.now() - start)


@pytest.fixture
def diary_window(make_window, tmp_path, now, qtbot):
    keeper = DiaryKeeper(tmp_path / "data" / "diary.sqlite3", tmp_path / "data" / "backups", now)
    window = make_window(diary=keeper, now=now, pictures_dir=tmp_path / "data" / "pictures")
    qtbot.waitUntil(lambda: window._player_screen is not None)  # after the first paint
    return window


def finish(window, clock) -> None:
    while window.controller.player.state == PlayerState.PLAYING:
        clock.advance(1.0)
        window.controller.tick()


def test_a_finished_bedtime_is_recorded_and_asks_if_it_helped(diary_window, qtbot, clock) -> None:
    w = diary_window
    w.start_routine("bedtime")
    w.controller.answer(Answer.CONTINUE)
    finish(w, clock)
    assert w.finish.helped_box.isVisible()
    qtbot.mouseClick(w.finish.helped_buttons["better"], Qt.MouseButton.LeftButton)
    assert w.finish.thanks.isVisible()
    [s] = w.diary.store.sessions()
    assert (s.routine_id, s.outcome, s.share_completed, s.helped) == (
        "bedtime",
        "finished",
        1.0,
        "better",
    )
    check_s = w.controller.timeline.segments[0].duration_s  # answered at once
    played = w.controller.timeline.total_s - check_s
    assert (s.ended_at - s.started_at).total_seconds() == pytest.approx(played, abs=2)


def test_a_stopped_session_keeps_the_reason(diary_window, qtbot, clock) -> None:
    w = diary_window
    w.start_routine("daytime")
    w.controller.answer(Answer.CONTINUE)
    clock.advance(40)
    w.controller.tick()
    w.request_stop()
    qtbot.mouseClick(w.stop_dialog.buttons["dizziness"], Qt.MouseButton.LeftButton)
    [s] = w.diary.store.sessions()
    assert (s.outcome, s.stop_reason) == ("stopped", "dizziness")
    assert 0 < s.share_completed < 0.5


def test_a_red_flag_stop_is_recorded_without_questions(diary_window, qtbot) -> None:
    w = diary_window
    w.start_routine("bedtime")
    qtbot.mouseClick(w.player_screen.yes_button, Qt.MouseButton.LeftButton)
    assert w.diary.store.sessions()[0].stop_reason == "red_flag"
    assert not w.finish.helped_box.isVisible()


def test_a_relief_episode_records_side_easing_and_details(diary_window, qtbot, clock) -> None:
    w = diary_window
    w.start_relief()
    qtbot.waitUntil(w.player_screen.leg_row.isVisible)
    qtbot.mouseClick(w.player_screen.leg_buttons["left calf"], Qt.MouseButton.LeftButton)
    clock.advance(50)
    w.controller.tick()
    qtbot.mouseClick(w.player_screen.easing_button, Qt.MouseButton.LeftButton)
    w.request_stop()
    qtbot.mouseClick(w.stop_dialog.buttons["tired"], Qt.MouseButton.LeftButton)
    assert w.finish.episode_box.isVisible()
    w.finish.rate_severity.setChecked(True)
    w.finish.severity.setValue(7)
    w.finish.note.setText("woke me at 3")
    qtbot.mouseClick(w.finish.save_details, Qt.MouseButton.LeftButton)
    [e] = w.diary.store.episodes()
    assert (e.side, e.eased_after_s, e.severity, e.note) == ("left calf", 50.0, 7, "woke me at 3")
    assert e.steps_used == ("bed_wall_foot_press",)


def test_quick_diary_entry_from_home(diary_window, qtbot) -> None:
    w = diary_window
    qtbot.mouseClick(w.home.diary_button, Qt.MouseButton.LeftButton)
    dialog = w.diary_dialog
    dialog.count.setValue(2)
    dialog.side.setCurrentIndex(0)  # left calf
    dialog.note.setText("after a long walk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [d] = w.diary.store.diary()
    assert (d.cramps, d.side, d.note, d.occurred_on.isoformat()) == (
        2,
        "left calf",
        "after a long walk",
        "2026-11-21",
    )


def test_history_shows_an_empty_state_then_days_and_charts(diary_window, qtbot, clock) -> None:
    w = diary_window
    qtbot.keyClick(w, Qt.Key.Key_H)
    history = w.history
    assert w.stack.currentWidget() is history
    assert history.body.currentWidget() is history.empty
    assert not history.export_button.isEnabled()
    w.start_relief()
    clock.advance(30)
    w.controller.tick()
    w.controller.answer(Answer.EASING)
    w.controller.stop("tired")
    w.show_history()
    assert history.body.currentIndex() == 1
    day = history.days.topLevelItem(0)
    assert day.text(0) == "Sunday 22 November 2026"
    assert day.child(0).text(0).startswith("Cramp: eased after 0:30")
    chart = history.cramp_chart.chart()
    bars = chart.series()[0].barSets()
    assert [b.label() for b in bars] == ["Cramps", "Bedtime sessions"]
    assert bars[0].at(bars[0].count() - 1) == 1  # this week's cramp
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.stack.currentWidget() is w.home


def test_export_and_delete_all(diary_window, qtbot, tmp_path: Path) -> None:
    w = diary_window
    w.diary.add_entry(
        __import__("coach.core.history_records", fromlist=["x"]).DiaryEntry(w.diary.today(), 1)
    )
    paths = w.export_to(tmp_path / "out")
    assert [p.name for p in paths] == ["sessions.csv", "episodes.csv", "diary.csv"]
    assert paths[2].read_text().count("\n") == 2
    pictures = tmp_path / "data" / "pictures"
    pictures.mkdir()
    (pictures / "home.picture").write_bytes(b"shows this week's adherence")
    w.show_history()
    w.confirm_delete_all()
    box = w.delete_box
    delete = next(b for b in box.buttons() if b.text() == "Delete everything")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert w.diary.store.diary() == []
    assert list((tmp_path / "data" / "backups").glob("*.sqlite3")) == []
    assert list(pictures.iterdir()) == []  # the start picture showed diary-based details
    assert w.history.body.currentWidget() is w.history.empty


def test_the_diary_is_opened_and_backed_up_when_first_used(
    diary_window, tmp_path: Path, qtbot
) -> None:
    backups = tmp_path / "data" / "backups"
    assert diary_window.diary.store is None  # a start that never uses it leaves SQLite be
    assert not backups.exists()
    diary_window.show_history()
    assert diary_window.diary.store is not None
    assert [p.name for p in backups.iterdir()] == ["diary-2026-11-22.sqlite3"]


def test_without_a_usable_diary_routines_still_run(make_window, tmp_path, qtbot, clock) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    window = make_window(diary=DiaryKeeper(blocker / "diary.sqlite3", None))
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    finish(window, clock)
    assert window.notices[0].startswith("Your diary can't be saved")  # when it was needed
    assert window.finish.title.text() == "Well done"
    assert not window.finish.helped_box.isVisible()
    window.show_history()
    assert window.history.unavailable.isVisible()


def test_a_damaged_diary_is_reported_and_the_app_goes_on(make_window, tmp_path, qtbot) -> None:
    path = tmp_path / "data" / "diary.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"garbage" * 1000)
    window = make_window(diary=DiaryKeeper(path, tmp_path / "data" / "backups"))
    window.show_history()
    assert "damaged" in window.notices[0]
    assert window.diary.store is not None
    assert isinstance(window.diary.store, HistoryStore)
