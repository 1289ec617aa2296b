"""The clinician report from the app: the assigned routine's doses and the diary, as PDF/CSV."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest

from coach.core.history_records import EpisodeRecord, SessionRecord
from coach.core.history_store import HistoryStore
from coach.core.models import Routine
from coach.ui.report_dialog import ReportDialog, prescribed

ROUTINE = Routine.model_validate({
    "schema_version": 1, "id": "evening", "title": "Evening calf care",
    "steps": [{"check": "red_flags"},
              {"exercise": "standing_wall_calf_stretch", "dose": {"hold_s": 20, "reps": 2}},
              {"exercise": "ankle_circles"}],
    "assigned": {"prescriber": "A. Midwife", "clinic": "City Maternity Unit",
                 "frequency": {"days": ["mon", "wed", "fri"], "at": "21:00"}},
})  # fmt: skip


def test_prescribed_lines_show_each_dose(library) -> None:
    p = prescribed(ROUTINE, library)
    assert p.steps == (
        "Red-flag check",
        "Standing wall calf stretch: 20 s hold x 2, each side",
        "Ankle circles: 30 s, each side",
    )
    assert (p.prescriber, p.days, p.times, p.per_day) == (
        "A. Midwife",
        ("mon", "wed", "fri"),
        ("21:00",),
        1,
    )


def test_report_dialog_saves_pdf_and_csv(qtbot, library, tmp_path) -> None:
    store = HistoryStore.open(tmp_path / "diary.sqlite3").store
    at = datetime(2026, 11, 16, 21, 0)
    store.add_session(
        SessionRecord("evening", 1, "Evening calf care", at, at, "finished", helped="better")
    )
    store.add_episode(
        EpisodeRecord(datetime(2026, 11, 18, 3, 0), datetime(2026, 11, 18, 3, 9), "left calf", 70.0)
    )
    dialog = ReportDialog(store, [ROUTINE], library, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.label.setText("J. (31 weeks)")
    data = dialog.data()
    week = next(w for w in data.weeks if w.week_start == date(2026, 11, 16))
    assert (week.prescribed, week.done, week.cramps) == (3, 1, 1)
    assert dialog.save(tmp_path / "report.csv", "csv")
    assert "A. Midwife" in (tmp_path / "report.csv").read_text()
    assert dialog.save(tmp_path / "report.pdf", "pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "Evening calf care" in text and "J. (31 weeks)" in text
    store.close()


def test_saving_into_an_unwritable_place_says_so(qtbot, library, tmp_path) -> None:
    store = HistoryStore.open(tmp_path / "diary.sqlite3").store
    dialog = ReportDialog(store, [], library, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert not dialog.save(blocker / "report.csv", "csv")
    assert dialog.status.text().startswith("Not saved")
    store.close()


@pytest.mark.parametrize("kind", ["csv"])
def test_report_without_an_assigned_routine(qtbot, library, tmp_path, kind) -> None:
    store = HistoryStore.open(tmp_path / "diary.sqlite3").store
    dialog = ReportDialog(store, [ROUTINE], library, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.routine.setCurrentIndex(1)  # "No assigned routine"
    assert dialog.data().routine is None
    assert dialog.save(tmp_path / f"r.{kind}", kind)
    store.close()
