"""Report for the clinician: choose a date range and routine, save a PDF and/or CSV."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from coach.core.i18n import fill
from coach.core.modifications import merge_dose
from coach.core.records import Dose, Routine
from coach.core.report import PrescribedRoutine, ReportData, build_report, report_csv
from coach.core.routine_files import Library
from coach.core.vocab import Sides
from coach.ui.a11y import announce, enter_presses
from coach.ui.dates import to_qdate

SIDES_TEXT = {  # English sources; shown through _tr()
    Sides.BOTH: QT_TRANSLATE_NOOP("ReportDialog", "each side"),
    Sides.LEFT: QT_TRANSLATE_NOOP("ReportDialog", "left side"),
    Sides.RIGHT: QT_TRANSLATE_NOOP("ReportDialog", "right side"),
    Sides.TOGETHER: QT_TRANSLATE_NOOP("ReportDialog", "both legs together"),
    Sides.AFFECTED: QT_TRANSLATE_NOOP("ReportDialog", "the cramping leg"),
}


def _tr(text: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP, in the language Coach speaks."""
    return QCoreApplication.translate("ReportDialog", text)


def dose_text(dose: Dose) -> str:
    """E.g. "20 s hold x 3, each side", as the report prints a prescribed step."""
    if dose.hold_s is not None:
        hold = QCoreApplication.translate("ReportDialog", "%1 s hold x %2")
        work = fill(hold, dose.hold_s, dose.reps)
    elif dose.reps > 1:
        timed = QCoreApplication.translate("ReportDialog", "%1 s x %2")
        work = fill(timed, dose.duration_s, dose.reps)
    else:
        work = fill(QCoreApplication.translate("ReportDialog", "%1 s"), dose.duration_s)
    return f"{work}, {_tr(SIDES_TEXT[dose.sides])}"


def prescribed(routine: Routine, library: Library) -> PrescribedRoutine:
    """The assigned routine as the report shows it: who, how often, and each step's dose."""
    catalogue = library.catalogue_for(routine)
    steps = []
    for step in routine.steps:
        if step.check is not None:
            steps.append(QCoreApplication.translate("ReportDialog", "Red-flag check"))
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
        self.setWindowTitle(self.tr("Report for your midwife or physiotherapist"))
        self.setAccessibleName(self.tr("Report for your clinician"))
        self._store, self._routines, self._library, self._today = store, routines, library, today
        intro = QLabel(
            self.tr(
                "A one- or two-page summary of your sessions and cramps to print or send. "
                "Nothing is sent by Coach: you choose where to save it."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.start = QDateEdit(to_qdate(today - timedelta(weeks=4)))
        self.end = QDateEdit(to_qdate(today))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setMaximumDate(to_qdate(today))
            edit.setAccessibleName(name)
        self.start.setAccessibleDescription(self.tr("First day in the report"))
        self.end.setAccessibleDescription(self.tr("Last day in the report"))
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Assigned routine"))
        self.routine.setAccessibleDescription(
            self.tr("The prescription to compare your sessions with")
        )
        for r in routines:
            by = (
                fill(self.tr("%1 (from %2)"), r.title, r.assigned.prescriber)
                if r.assigned
                else None
            )
            self.routine.addItem(by or r.title)
        self.routine.addItem(self.tr("No assigned routine"))
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(
            self.tr("Optional: your name or initials, as you want it printed")
        )
        self.label.setAccessibleName(self.tr("Name on the report"))
        self.label.setAccessibleDescription(
            self.tr("Optional: your name or initials, as you want it printed")
        )
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Routine"), self.routine)
        form.addRow(self.tr("Name on the report"), self.label)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setProperty("role", "primary")
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.pdf_button, self.csv_button, close):
            button.setAccessibleName(button.text().rstrip("…"))  # the label without its dots
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        self.csv_button.clicked.connect(lambda: self._choose("csv"))
        for button, description in (
            (self.pdf_button, self.tr("Choose where to save the report as a PDF")),
            (self.csv_button, self.tr("Choose where to save the report's numbers as CSV")),
            (close, self.tr("Close this window (Esc)")),
        ):
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        close.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setProperty("role", "note")
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Whether the report was saved"))
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
        enter_presses(self)

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
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name, filters)
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
            self.status.setText(fill(self.tr("Not saved: %1."), exc.strerror or exc))
            announce(self, self.status.text(), urgent=True)
            return False
        self.status.setText(fill(self.tr("Saved %1"), path))
        announce(self, self.status.text())
        return True
