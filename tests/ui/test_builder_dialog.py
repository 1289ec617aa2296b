"""The routine builder, driven the way a clinician would: add, dose, prescribe, check, save."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
)

from coach.core.models import Sides
from coach.core.records import to_data
from coach.core.routine_files import parse_routine
from coach.core.safe_yaml import load_yaml_text
from coach.ui.builder_dialog import BuilderDialog, slug

WEEK = 24


def _texts(dialog: BuilderDialog) -> list[str]:
    return [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]


def _settled(dialog: BuilderDialog) -> bool:
    return not dialog.validation_pending()


def _row_of(dialog: BuilderDialog, exercise_id: str) -> int:
    for row in range(dialog.catalogue_list.count()):
        if dialog.catalogue_list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
            return row
    raise AssertionError(exercise_id)


def _unzip(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("routine.yaml").decode("utf-8")


@pytest.fixture
def make(qtbot, library):
    def make(**kwargs: object) -> BuilderDialog:
        dialog = BuilderDialog(library, kwargs.pop("week", WEEK), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def built(make, qtbot) -> BuilderDialog:
    """Three catalogue exercises added by button, Enter and double-click, dosed and prescribed."""
    dialog = make()
    cat = dialog.catalogue_list
    cat.setCurrentRow(_row_of(dialog, "standing_wall_calf_stretch"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    cat.setCurrentRow(_row_of(dialog, "ankle_pumps"))
    cat.setFocus()
    qtbot.keyClick(cat, Qt.Key.Key_Return)
    item = cat.item(_row_of(dialog, "seated_hamstring_stretch"))
    cat.scrollToItem(item)
    where = cat.visualItemRect(item).center()
    qtbot.mouseClick(cat.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click
    qtbot.mouseDClick(cat.viewport(), Qt.MouseButton.LeftButton, pos=where)  # starts with a press
    assert dialog.steps_list.count() == 4

    dialog.steps_list.setCurrentRow(1)
    assert dialog.amount_label.text().replace("&", "") == "Hold"
    dialog.amount_spin.setValue(25)
    dialog.reps_spin.setValue(2)
    dialog.steps_list.setCurrentRow(2)
    assert dialog.amount_label.text().replace("&", "") == "Movement"
    dialog.amount_spin.setValue(40)
    dialog.sides_combo.setCurrentIndex(dialog.sides_combo.findData(str(Sides.LEFT)))
    dialog.steps_list.setCurrentRow(3)
    dialog.cue_edit.setText("Sit tall and keep it gentle.")
    dialog.optional_check.setChecked(True)

    dialog.title_edit.setText("Evening calf care")
    dialog.summary_edit.setText("Three gentle stretches before bed.")
    dialog.prescriber_edit.setText("Dr A. Midwife")
    dialog.clinic_edit.setText("City Maternity")
    dialog.per_day_spin.setValue(2)
    dialog.day_checks[5].setChecked(False)  # not on Saturdays
    dialog.notes_edit.setText("Tell us at the next visit how the nights have been.")
    return dialog


def test_a_built_routine_is_valid_and_can_be_saved(built, qtbot, library, tmp_path) -> None:
    qtbot.waitUntil(lambda: _settled(built) and built.save_button.isEnabled())
    assert _texts(built) == []
    assert built.length_label.text().startswith("About ")
    assert built.length_label.text().endswith(" min")

    routine = built.routine()
    assert routine is not None
    assert routine.id == "evening_calf_care"
    assert [s.check or s.exercise for s in routine.steps] == [
        "red_flags",
        "standing_wall_calf_stretch",
        "ankle_pumps",
        "seated_hamstring_stretch",
    ]
    wall, pumps, hamstring = routine.steps[1:]
    assert (wall.dose.hold_s, wall.dose.reps) == (25, 2)
    assert (pumps.dose.duration_s, pumps.dose.sides) == (40, Sides.LEFT)
    assert hamstring.cue == "Sit tall and keep it gentle." and hamstring.optional
    assert routine.assigned is not None
    assert routine.assigned.prescriber == "Dr A. Midwife"
    frequency = routine.assigned.frequency
    assert frequency is not None and frequency.per_day == 2 and len(frequency.at) == 2
    assert frequency.days == ["mon", "tue", "wed", "thu", "fri", "sun"]
    assert (routine.assigned.review_by - routine.assigned.issued).days == 56


def test_a_long_hold_needs_approval_then_saves_and_reopens(built, qtbot, library, make, tmp_path):
    qtbot.waitUntil(lambda: _settled(built) and built.save_button.isEnabled())
    built.steps_list.setCurrentRow(1)
    built.amount_spin.setValue(45)
    qtbot.waitUntil(lambda: any(t.startswith("Error:") and "hold" in t for t in _texts(built)))
    assert not built.save_button.isEnabled()
    assert built.routine() is None
    assert all(":1:1" not in t and "routine.yaml" not in t for t in _texts(built))

    built.approval_checks["hold_over_30s"].setChecked(True)
    qtbot.waitUntil(lambda: _settled(built) and built.save_button.isEnabled())
    texts = _texts(built)
    assert any(t.startswith("Warning:") and "hold" in t for t in texts)
    assert not any(t.startswith("Error:") for t in texts)

    routine = built.routine()
    assert routine is not None and routine.assigned is not None
    assert routine.assigned.approvals == ["hold_over_30s"]
    saved = built.save_to(tmp_path / "r.zip")
    assert saved == tmp_path / "r.zip"
    text = _unzip(saved)
    assert text.startswith("# Coach routine: Evening calf care")
    assert parse_routine(load_yaml_text(text, "routine.yaml"), library.catalogue) == routine

    again = make(routine=routine)
    assert again.routine() == routine
    assert again.title_edit.text() == "Evening calf care"
    assert again.approval_checks["hold_over_30s"].isChecked()
    assert again.steps_list.count() == 4
    again.steps_list.setCurrentRow(1)
    assert again.amount_spin.value() == 45


def test_the_red_flag_check_stays_first(make, qtbot) -> None:
    dialog = make()
    dialog.add_exercise("ankle_circles")
    dialog.add_exercise("ankle_pumps")
    steps = dialog.steps_list
    steps.setCurrentRow(0)
    assert "Red-flag check" in steps.item(0).text()
    assert not dialog.remove_button.isEnabled()
    assert not dialog.down_button.isEnabled()
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Delete)
    dialog.remove_current()
    assert steps.count() == 3
    dialog.move_current(1)
    assert "Red-flag check" in steps.item(0).text()

    steps.setCurrentRow(1)
    assert not dialog.up_button.isEnabled()
    qtbot.keyClick(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert "Red-flag check" in steps.item(0).text()
    assert "Ankle circles" in steps.item(1).text()


def test_keyboard_moves_and_removes_steps(make, qtbot) -> None:
    dialog = make()
    for exercise in ("ankle_circles", "ankle_pumps", "toe_spreads"):
        dialog.add_exercise(exercise)
    steps = dialog.steps_list
    steps.setFocus()
    steps.setCurrentRow(3)
    qtbot.keyClick(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert steps.currentRow() == 2
    assert "Toe spreads" in steps.item(2).text()
    qtbot.keyClick(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert "Toe spreads" in steps.item(3).text()
    qtbot.keyClick(steps, Qt.Key.Key_Delete)
    assert steps.count() == 3
    assert "Toe spreads" not in " ".join(steps.item(i).text() for i in range(3))


def test_id_follows_the_title_until_typed(make, qtbot) -> None:
    dialog = make()
    dialog.title_edit.setText("Évening: 2 calf stretches!")
    assert dialog.id_edit.text() == "evening_2_calf_stretches"
    qtbot.keyClicks(dialog.id_edit, "_x")
    dialog.title_edit.setText("Another title")
    assert dialog.id_edit.text() == "evening_2_calf_stretches_x"
    assert slug("3 a day") == "r_3_a_day"


def test_missing_prescriber_is_an_error(make, qtbot) -> None:
    dialog = make()
    dialog.title_edit.setText("Short")
    dialog.add_exercise("ankle_circles")
    qtbot.waitUntil(lambda: any("prescriber" in t for t in _texts(dialog)))
    assert not dialog.save_button.isEnabled()
    with pytest.raises(ValueError):
        dialog.save_to(Path("/nonexistent/never.zip"))
    dialog.prescriber_edit.setText("Dr B")
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.save_button.isEnabled())


def test_a_built_in_routine_can_be_edited(make, qtbot, library) -> None:
    bedtime = library.routines["bedtime"]
    dialog = make(routine=bedtime)
    assert dialog.steps_list.count() == len(bedtime.steps)
    dialog.prescriber_edit.setText("Dr C")
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.save_button.isEnabled())
    routine = dialog.routine()
    assert routine is not None
    assert to_data(routine.steps) == to_data(bedtime.steps)
    assert routine.finish == bedtime.finish
    assert routine.id == "bedtime"


def test_every_control_has_an_accessible_name(make) -> None:
    dialog = make()
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)
    controls = [
        w
        for kind in kinds
        for w in dialog.findChildren(kind)
        if not isinstance(w.parent(), QAbstractSpinBox)  # a spin box's own text field
    ]
    assert len(controls) > 30
    assert [w for w in controls if not w.accessibleName()] == []
