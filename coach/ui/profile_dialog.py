"""About you: pregnancy week or due date, what applies to you, your contacts and voice.

Shown once at first start (it can be skipped) and from the home screen at any time.
Nothing is required: without a week Coach uses the standard routines.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.models import Condition
from coach.core.modifications import CONDITION_LABELS
from coach.core.profile import MAX_WEEK, ProfileAnswers, trimester_for_week
from coach.core.settings import Settings
from coach.ui.dates import to_qdate

CONDITION_TEXT = {
    Condition.UNSTEADY: "I feel unsteady on my feet",
    Condition.SWOLLEN_LEGS: "My legs or ankles are swollen",
    Condition.VARICOSE_VEINS: "I have varicose veins",
    Condition.AVOID_SUPINE: "My clinician told me to avoid lying on my back",
}
assert set(CONDITION_TEXT) == set(CONDITION_LABELS)


class ProfileDialog(QDialog):
    def __init__(
        self,
        answers: ProfileAnswers,
        settings: Settings,
        today: date,
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Coach" if first_run else "About you")
        self.setAccessibleName("About you")
        self._today = today
        self._answers = answers
        self._settings = settings

        intro = QLabel(
            "A few answers let Coach choose safe versions of each exercise for your stage "
            "of pregnancy. Everything is optional and stays on this computer."
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")

        self.use_due = QRadioButton("I know my due date")
        self.use_week = QRadioButton("I know how many weeks I am")
        self.use_none = QRadioButton("Skip this")
        group = QButtonGroup(self)
        for b in (self.use_due, self.use_week, self.use_none):
            group.addButton(b)
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("d MMMM yyyy")
        self.due_date.setDate(
            to_qdate(answers.due_date or date.fromordinal(today.toordinal() + 140))
        )
        self.due_date.setAccessibleName("Due date")
        self.week = QSpinBox()
        self.week.setRange(0, MAX_WEEK)
        self.week.setSuffix(" weeks")
        self.week.setValue(answers.week_on(today) or 20)
        self.week.setAccessibleName("Weeks pregnant")
        self.week_info = QLabel()
        self.week_info.setProperty("role", "note")
        pregnancy = QGroupBox("Your pregnancy")
        form = QFormLayout(pregnancy)
        form.addRow(self.use_due, self.due_date)
        form.addRow(self.use_week, self.week)
        form.addRow(self.use_none)
        form.addRow(self.week_info)
        if answers.due_date is not None:
            self.use_due.setChecked(True)
        elif answers.week is not None:
            self.use_week.setChecked(True)
        else:
            self.use_none.setChecked(True)

        conditions = QGroupBox("Does any of this apply to you?")
        box = QVBoxLayout(conditions)
        self.condition_boxes: dict[Condition, QCheckBox] = {}
        for condition, text in CONDITION_TEXT.items():
            check = QCheckBox(text)
            check.setChecked(condition in answers.conditions)
            box.addWidget(check)
            self.condition_boxes[condition] = check

        contacts = QGroupBox("Your contacts (shown when something needs a call)")
        cform = QFormLayout(contacts)
        self.midwife_name = QLineEdit(settings.midwife_name)
        self.midwife_phone = QLineEdit(settings.midwife_phone)
        self.emergency = QLineEdit(settings.emergency_number)
        for edit, name in (
            (self.midwife_name, "Midwife or maternity unit"),
            (self.midwife_phone, "Their phone number"),
            (self.emergency, "Emergency number"),
        ):
            edit.setMaxLength(80)
            edit.setAccessibleName(name)
            cform.addRow(name, edit)
        self.emergency.setPlaceholderText("e.g. your local emergency number")

        voice = QGroupBox("Voice")
        vrow = QHBoxLayout(voice)
        self.voice_on = QCheckBox("Read the cues aloud")
        self.voice_on.setChecked(settings.voice)
        self.voice_rate = QSlider(Qt.Orientation.Horizontal)
        self.voice_rate.setRange(-10, 10)
        self.voice_rate.setValue(round(settings.voice_rate * 10))
        self.voice_rate.setAccessibleName("Speaking speed")
        vrow.addWidget(self.voice_on)
        vrow.addWidget(QLabel("Slower"))
        vrow.addWidget(self.voice_rate, 1)
        vrow.addWidget(QLabel("Faster"))

        self.save_button = QPushButton("Save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.skip_button = QPushButton("Skip for now" if first_run else "Cancel")
        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(12)
        root.addWidget(intro)
        root.addWidget(pregnancy)
        root.addWidget(conditions)
        root.addWidget(contacts)
        root.addWidget(voice)
        root.addLayout(buttons)
        for signal in (self.use_due.toggled, self.use_week.toggled, self.use_none.toggled):
            signal.connect(self._update_info)
        self.due_date.dateChanged.connect(self._update_info)
        self.week.valueChanged.connect(self._update_info)
        self._update_info()
        self.resize(640, 720)

    def answers(self) -> ProfileAnswers:
        """The answers as entered (a typed week is stamped with today's date)."""
        conditions = frozenset(c for c, box in self.condition_boxes.items() if box.isChecked())
        if self.use_due.isChecked():
            due = self.due_date.date().toPython()
            return ProfileAnswers(due_date=due, conditions=conditions, completed=True)
        if self.use_week.isChecked():
            return ProfileAnswers(
                week=self.week.value(),
                week_entered_on=self._today,
                conditions=conditions,
                completed=True,
            )
        return ProfileAnswers(conditions=conditions, completed=True)

    def settings(self) -> Settings:
        return replace(
            self._settings,
            midwife_name=self.midwife_name.text().strip(),
            midwife_phone=self.midwife_phone.text().strip(),
            emergency_number=self.emergency.text().strip(),
            voice=self.voice_on.isChecked(),
            voice_rate=self.voice_rate.value() / 10,
        )

    def _update_info(self) -> None:
        self.due_date.setEnabled(self.use_due.isChecked())
        self.week.setEnabled(self.use_week.isChecked())
        week = self.answers().week_on(self._today)
        if week is None:
            self.week_info.setText("Coach will use the standard version of each exercise.")
        else:
            self.week_info.setText(f"Week {week}, trimester {trimester_for_week(week)}.")
