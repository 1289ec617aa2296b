"""A quick diary entry without running anything: "2 cramps last night, left calf"."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.body_words import place_text
from coach.core.history_records import SIDES, DiaryEntry
from coach.ui.a11y import enter_presses
from coach.ui.dates import to_qdate


class DiaryDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to your diary"))
        self.setAccessibleName(self.tr("Add to your diary"))
        self._today = today
        intro = QLabel(self.tr("Had cramps without using Coach? Note them here for your midwife."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.when = QComboBox()
        self.when.addItems([self.tr("Last night"), self.tr("Today"), self.tr("Another day")])
        self.when.setAccessibleName(self.tr("When"))
        self.when.setAccessibleDescription(self.tr("Last night, today, or another day"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setMaximumDate(to_qdate(today))
        self.day.setDate(to_qdate(today - timedelta(days=1)))
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setAccessibleDescription(self.tr("The day of the cramps, for another day"))
        self.day.setEnabled(False)
        self.when.currentIndexChanged.connect(lambda i: self.day.setEnabled(i == 2))
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(1)
        self.count.setAccessibleName(self.tr("How many cramps"))
        self.count.setAccessibleDescription(self.tr("From 1 to 20; arrow keys change it"))
        self.side = QComboBox()
        self.side.addItems([place_text(s.capitalize()) for s in SIDES])
        self.side.setCurrentIndex(len(SIDES) - 1)
        self.side.setAccessibleName(self.tr("Where"))
        self.side.setAccessibleDescription(self.tr("Which leg or foot"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Optional: anything your midwife should know"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Optional: anything your midwife should know"))
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("How many cramps"), self.count)
        form.addRow(self.tr("Where"), self.side)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleDescription(self.tr("Add this to your diary (Enter)"))
        self.save_button.setToolTip(self.save_button.accessibleDescription())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close without saving (Esc)"))
        cancel.setToolTip(cancel.accessibleDescription())
        root = QVBoxLayout(self)
        root.addWidget(intro)
        root.addLayout(form)
        root.addWidget(buttons)
        self.resize(520, 340)
        enter_presses(self)

    def entry(self) -> DiaryEntry:
        index = self.when.currentIndex()
        if index == 0:
            day = self._today - timedelta(days=1)
        elif index == 1:
            day = self._today
        else:
            day = self.day.date().toPython()
        side = SIDES[self.side.currentIndex()]
        return DiaryEntry(
            day, self.count.value(), None if side == "not sure" else side, self.note.text().strip()
        )
