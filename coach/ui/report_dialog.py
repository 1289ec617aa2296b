"""Report for the clinician: choose a date range and routine, save a PDF and/or CSV."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.atomic import atomic_write_text
from coach.core.history_store import HistoryStore
from coach.core.models import Dose, Routine, Sides
from coach.core.modifications import merge_dose
from coach.core.report import PrescribedRoutine, ReportData, build_report, report_csv
from coach.core.routine_files import Library
from coach.ui.dates import to_qdate

SIDES_TEXT = {
    Sides.BOTH: "each side",
    Sides.LEFT: "left side",
    Sides.RIGHT: "right side",
    Sides.TOGETHER: "both legs together",
    Sides.AFFECTED: "the cramping leg",
}


def dose_text(dose: Dose) -> str:
    if dose.hold_s is not None:
        work = f"{dose.hold_s} s hold x {dose.reps}"
    else:
        work = f"{dose.duration_s} s" + (f" x {dose.reps}" if dose.reps > 1 else "")
    return f"{work}, {SIDES_TEXT[dose.sides]}"


def prescribed(routine: Routine, library: Library) -> PrescribedRoutine:
    """The assigned routine as the report shows it: who, how often, and each step's dose."""
    catalogue = library.catalogue_for(routine)
    steps = []
    for step in routine.steps:
        if step.check is not None:
            steps.append("Red-flag check")
        elif step.exercise in catalogue:
            ex = catalogue[step.exercise]
            steps.append(f"{ex.name}: {dose_text(merge_dose(ex.dose, step.dose))}")
    a = routine.assigned
    freq = a.frequency if a else None
    return PrescribedRoutine(
        routine_id=routine.id,
        title=routine.title,
        prescriber=a.prescriber if a else "",
        clinic=a.clinic if a else None,
        issued=a.issued if a else None,
        review_by=a.review_by if a else None,
        per_day=freq.per_day if freq else 0,
        days=tuple(freq.days) if freq and freq.days else None,
        times=tuple(freq.at) if freq else (),
        notes=a.notes if a else None,
        steps=tuple(steps),
    )


class ReportDialog(QDialog):
    def __init__(
        self,
        store: HistoryStore,
        routines: Sequence[Routine],
        library: Library,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report for your midwife or physiotherapist")
        self.setAccessibleName("Report for your clinician")
        self._store, self._routines, self._library, self._today = store, routines, library, today
        intro = QLabel(
            "A one- or two-page summary of your sessions and cramps to print or send. "
            "Nothing is sent by Coach: you choose where to save it."
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.start = QDateEdit(to_qdate(today - timedelta(weeks=4)))
        self.end = QDateEdit(to_qdate(today))
        for edit, name in ((self.start, "From"), (self.end, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setMaximumDate(to_qdate(today))
            edit.setAccessibleName(name)
        self.routine = QComboBox()
        self.routine.setAccessibleName("Assigned routine")
        for r in routines:
            self.routine.addItem(
                f"{r.title} (from {r.assigned.prescriber})" if r.assigned else r.title
            )
        self.routine.addItem("No assigned routine")
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText("Optional: your name or initials, as you want it printed")
        self.label.setAccessibleName("Name on the report")
        form = QFormLayout()
        form.addRow("From", self.start)
        form.addRow("To", self.end)
        form.addRow("Routine", self.routine)
        form.addRow("Name on the report", self.label)
        self.pdf_button = QPushButton("Save PDF…")
        self.pdf_button.setProperty("role", "primary")
        self.csv_button = QPushButton("Save CSV…")
        close = QPushButton("Close")
        for button in (self.pdf_button, self.csv_button, close):
            button.setAccessibleName(button.text().rstrip("…"))
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        self.csv_button.clicked.connect(lambda: self._choose("csv"))
        close.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setProperty("role", "note")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        root = QVBoxLayout(self)
        root.addWidget(intro)
        root.addLayout(form)
        root.addWidget(self.status)
        root.addLayout(buttons)
        self.resize(600, 320)

    def data(self) -> ReportData:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            start, end = end, start
        index = self.routine.currentIndex()
        chosen = self._routines[index] if index < len(self._routines) else None
        return build_report(
            self._store.sessions(),
            self._store.episodes(),
            self._store.diary(),
            start,
            end,
            prescribed(chosen, self._library) if chosen else None,
            patient_label=self.label.text().strip(),
            today=self._today,
        )

    def _choose(self, kind: str) -> None:
        name = f"coach-report-{self._today.isoformat()}.{kind}"
        filters = "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, "Save the report", name, filters)
        if path:
            self.save(Path(path), kind)

    def save(self, path: Path, kind: str) -> bool:
        try:
            if kind == "pdf":
                from coach.ui.report_pdf import write_report_pdf

                write_report_pdf(self.data(), path)
            else:
                atomic_write_text(path, report_csv(self.data()), own_folder=False)
        except OSError as exc:
            self.status.setText(f"Not saved: {exc.strerror or exc}.")
            return False
        self.status.setText(f"Saved {path}")
        return True
