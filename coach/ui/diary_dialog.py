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

from coach.core.history_records import SIDES, DiaryEntry
from coach.ui.dates import to_qdate


class DiaryDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to your diary")
        self.setAccessibleName("Add to your diary")
        self._today = today
        intro = QLabel("Had cramps without using Coach? Note them here for your midwife.")
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.when = QComboBox()
        self.when.addItems(["Last night", "Today", "Another day"])
        self.when.setAccessibleName("When")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setMaximumDate(to_qdate(today))
        self.day.setDate(to_qdate(today - timedelta(days=1)))
        self.day.setAccessibleName("Date")
        self.day.setEnabled(False)
        self.when.currentIndexChanged.connect(lambda i: self.day.setEnabled(i == 2))
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(1)
        self.count.setAccessibleName("How many cramps")
        self.side = QComboBox()
        self.side.addItems([s.capitalize() for s in SIDES])
        self.side.setCurrentIndex(len(SIDES) - 1)
        self.side.setAccessibleName("Where")
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText("Optional: anything your midwife should know")
        self.note.setAccessibleName("Note")
        form = QFormLayout()
        form.addRow("When", self.when)
        form.addRow("Date", self.day)
        form.addRow("How many cramps", self.count)
        form.addRow("Where", self.side)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        root = QVBoxLayout(self)
        root.addWidget(intro)
        root.addLayout(form)
        root.addWidget(buttons)
        self.resize(520, 340)

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
