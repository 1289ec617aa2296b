"""Importing a clinician's routine: by menu/drag-drop (same call), by command line; safety
is checked at import and again before playing; reminders come from the assigned block."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coach.core.profile import ProfileAnswers
from coach.core.records import to_data
from tests.helpers.evening_bundle import evening_bundle, evening_yaml

ROOT = Path(__file__).resolve().parents[2]


def bundle(tmp_path: Path, **changes: object) -> Path:
    return evening_bundle(tmp_path, **changes)


def make(make_window, tmp_path, week: int | None = 25, now=None):
    window = make_window(
        user_routines_dir=tmp_path / "imported",
        now=now or (lambda: datetime(2026, 11, 22, 20, 0)),
    )
    window.answers = ProfileAnswers(week=week, week_entered_on=datetime(2026, 11, 22).date())
    window._warn = lambda text: window.notices.append(f"WARN {text}")
    return window


def test_a_bundle_imports_lists_the_prescriber_and_plays_its_own_pictures(
    make_window, tmp_path, qtbot
) -> None:
    window = make(make_window, tmp_path)
    assert window.import_routine_file(bundle(tmp_path))
    assert window.notices[-1].startswith("Imported “Evening calf care” from A. Midwife.")
    items = [
        window.home.routine_list.item(i).text() for i in range(window.home.routine_list.count())
    ]
    assert any("Evening calf care" in t and "from A. Midwife" in t for t in items)
    window.start_routine("evening_care")
    window.controller.answer(__import__("coach.core.player", fromlist=["Answer"]).Answer.CONTINUE)
    while window.controller.player.segment.exercise_id != "heel_slide":
        window.controller.skip()
    assert window.player_screen.picture.frame_count == 2  # from the bundle's own folder


def test_an_unsafe_routine_is_refused_with_the_rule_named(make_window, tmp_path) -> None:
    window = make(make_window, tmp_path, week=25)
    assert not window.import_routine_file(bundle(tmp_path, hold=90))
    assert "[hold-length]" in window.clinic.last_import_error
    assert "line 13" in window.clinic.last_import_error
    assert list((tmp_path / "imported").iterdir()) == []  # nothing left behind
    assert "evening_care" not in window.library.routines


def test_a_routine_fine_now_is_refused_later_in_pregnancy(make_window, tmp_path) -> None:
    window = make(make_window, tmp_path, week=18)
    assert window.import_routine_file(bundle(tmp_path, position="supine"))
    assert "Please note" in window.notices[-1] and "[supine]" in window.notices[-1]
    window.answers = ProfileAnswers(week=21, week_entered_on=datetime(2026, 11, 22).date())
    window.start_routine("evening_care")
    assert window.controller is None
    assert "can't be played at your stage of pregnancy" in window.notices[-1]


def test_dropping_a_file_on_the_window_imports_it(make_window, tmp_path, qtbot) -> None:
    window = make(make_window, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle(tmp_path)))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: "evening_care" in window.library.routines)


def test_a_hostile_bundle_is_refused_cleanly(make_window, tmp_path) -> None:
    window = make(make_window, tmp_path)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("routine.yaml", "schema_version: 1\n")
        zf.writestr("../escape.svg", "<svg/>")
    assert not window.import_routine_file(evil)
    assert "escape.svg" in window.clinic.last_import_error


def test_reminder_banner_starts_the_routine(make_window, tmp_path, qtbot) -> None:
    clock = {"now": datetime(2026, 11, 23, 20, 59)}  # a Monday
    window = make(make_window, tmp_path, now=lambda: clock["now"])
    window.import_routine_file(bundle(tmp_path))
    assert window.clinic.reminders.upcoming.at == datetime(2026, 11, 23, 21, 0)
    clock["now"] = datetime(2026, 11, 23, 21, 0, 5)
    with qtbot.waitSignal(window.reminder_shown):
        window.clinic.reminders.check()
    assert window.home.reminder.isVisible()
    assert window.home.reminder_text.text() == "Time for Evening calf care from A. Midwife"
    window.home.reminder_start.emit()
    assert window.controller.timeline.routine_id == "evening_care"


def test_coach_import_on_the_command_line(tmp_path) -> None:
    env = {
        "COACH_HOME": str(tmp_path / "home"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    ok = subprocess.run([sys.executable, "-m", "coach", "import", str(bundle(tmp_path)), "--week", "25"],
                        capture_output=True, text=True, env=env, cwd=ROOT)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "imported 'evening_care' (Evening calf care, A. Midwife)" in ok.stdout
    listed = subprocess.run([sys.executable, "-m", "coach", "list"], capture_output=True, text=True,
                            env=env, cwd=ROOT)  # fmt: skip
    assert "bedtime" in listed.stdout
    bad = subprocess.run([sys.executable, "-m", "coach", "import", str(bundle(tmp_path, hold=90)), "--week", "25"],
                         capture_output=True, text=True, env=env, cwd=ROOT)  # fmt: skip
    assert bad.returncode == 1
    assert "[hold-length]" in bad.stderr and "Traceback" not in bad.stderr


def test_a_half_finished_import_folder_is_ignored(library, tmp_path) -> None:
    from coach.core.routine_files import add_user_routines

    half = tmp_path / "imported" / ".importing-abc"
    half.mkdir(parents=True)
    (half / "routine.yaml").write_text(evening_yaml())
    assert add_user_routines(library.copy(), tmp_path / "imported") == []


def test_builder_bundle_imports_back_unchanged(make_window, tmp_path, qtbot) -> None:
    window = make(make_window, tmp_path)
    window.clinic.open_builder()
    dialog = window.clinic.builder_dialog
    dialog.title_edit.setText("Morning ankles")
    dialog.prescriber_edit.setText("B. Physio")
    dialog.add_exercise("ankle_circles")
    dialog.add_exercise("seated_towel_calf_stretch")
    built = dialog.routine()
    assert built is not None, dialog.problems()
    saved = dialog.save_to(tmp_path / "handover.zip")
    dialog.reject()
    assert window.import_routine_file(saved)
    assert to_data(window.library.routines[built.id]) == to_data(built)


def test_adherence_is_shown_once_the_first_screen_is_up(make_window, tmp_path) -> None:
    """Counting this week's sessions opens the diary, which waits for the first paint."""
    import os

    from coach.ui.diary_keeper import DiaryKeeper

    friday = datetime(2026, 11, 27, 22, 0)
    keeper = DiaryKeeper(tmp_path / "diary.sqlite3", None, lambda: friday)
    window = make_window(diary=keeper, user_routines_dir=tmp_path / "imported", now=lambda: friday)
    window.answers = ProfileAnswers(week=25, week_entered_on=friday.date())
    window.clinic._started = False  # as while the window is being built
    assert window.import_routine_file(bundle(tmp_path))
    monday = datetime(2026, 11, 23).timestamp()
    os.utime(window.library.routine_paths["evening_care"], (monday, monday))
    routine = window.library.routines["evening_care"]
    assert "this week" not in window.clinic.detail(routine)
    assert keeper.store is None
    window.clinic.load_imported()
    assert "this week" in window.clinic.detail(routine)
    assert keeper.store is not None
