"""About you: pregnancy week or due date, what applies to you, your contacts and voice.

Shown once at first start (it can be skipped) and from the home screen at any time.
Nothing is required: without a week Coach uses the standard routines.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import fill
from coach.core.modifications import CONDITION_LABELS
from coach.core.profile import MAX_WEEK, ProfileAnswers, trimester_for_week
from coach.core.record import replace
from coach.core.settings import Settings
from coach.core.vocab import Condition
from coach.ui.a11y import enter_presses, tab_chain
from coach.ui.dates import to_qdate
from coach.ui.language_box import LanguageBox
from coach.ui.text_size_box import TextSizeBox

CONDITION_TEXT = {  # English sources; shown through self.tr()
    Condition.UNSTEADY: QT_TRANSLATE_NOOP("ProfileDialog", "I feel unsteady on my feet"),
    Condition.SWOLLEN_LEGS: QT_TRANSLATE_NOOP("ProfileDialog", "My legs or ankles are swollen"),
    Condition.VARICOSE_VEINS: QT_TRANSLATE_NOOP("ProfileDialog", "I have varicose veins"),
    Condition.AVOID_SUPINE: QT_TRANSLATE_NOOP(
        "ProfileDialog", "My clinician told me to avoid lying on my back"
    ),
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
        self.setWindowTitle(self.tr("Welcome to Coach") if first_run else self.tr("About you"))
        self.setAccessibleName(self.tr("About you"))
        self._today = today
        self._answers = answers
        self._settings = settings

        intro = QLabel(
            self.tr(
                "A few answers let Coach choose safe versions of each exercise for your stage "
                "of pregnancy. Everything is optional and stays on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")

        self.use_due = QRadioButton(self.tr("I know my due date"))
        self.use_week = QRadioButton(self.tr("I know how many weeks I am"))
        self.use_none = QRadioButton(self.tr("Skip this"))
        for radio, description in (
            (self.use_due, self.tr("Coach works out your week from the due date")),
            (self.use_week, self.tr("Type the week; Coach counts on from today")),
            (self.use_none, self.tr("Coach uses the standard version of each exercise")),
        ):
            radio.setAccessibleDescription(description)
            radio.setToolTip(description)
        group = QButtonGroup(self)
        for b in (self.use_due, self.use_week, self.use_none):
            group.addButton(b)
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("d MMMM yyyy")
        self.due_date.setDate(
            to_qdate(answers.due_date or date.fromordinal(today.toordinal() + 140))
        )
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.due_date.setAccessibleDescription(self.tr("Arrow keys change the day, month or year"))
        self.week = QSpinBox()
        self.week.setRange(0, MAX_WEEK)
        self.week.setSuffix(self.tr(" weeks"))
        self.week.setValue(answers.week_on(today) or 20)
        self.week.setAccessibleName(self.tr("Weeks pregnant"))
        self.week.setAccessibleDescription(self.tr("Arrow keys change it"))
        self.week_info = QLabel()
        self.week_info.setProperty("role", "note")
        pregnancy = QGroupBox(self.tr("Your pregnancy"))
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

        conditions = QGroupBox(self.tr("Does any of this apply to you?"))
        box = QVBoxLayout(conditions)
        self.condition_boxes: dict[Condition, QCheckBox] = {}
        for condition, text in CONDITION_TEXT.items():
            check = QCheckBox(self.tr(text))
            check.setAccessibleDescription(self.tr("Coach picks safer versions if ticked"))
            check.setChecked(condition in answers.conditions)
            box.addWidget(check)
            self.condition_boxes[condition] = check

        contacts = QGroupBox(self.tr("Your contacts (shown when something needs a call)"))
        cform = QFormLayout(contacts)
        self.midwife_name = QLineEdit(settings.midwife_name)
        self.midwife_phone = QLineEdit(settings.midwife_phone)
        self.emergency = QLineEdit(settings.emergency_number)
        for edit, name in (
            (self.midwife_name, self.tr("Midwife or maternity unit")),
            (self.midwife_phone, self.tr("Their phone number")),
            (self.emergency, self.tr("Emergency number")),
        ):
            edit.setMaxLength(80)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(self.tr("Shown when something needs a call"))
            cform.addRow(name, edit)
        self.emergency.setPlaceholderText(self.tr("e.g. your local emergency number"))

        voice = QGroupBox(self.tr("Voice"))
        vrow = QHBoxLayout(voice)
        self.voice_on = QCheckBox(self.tr("Read the cues aloud"))
        self.voice_on.setChecked(settings.voice)
        self.voice_rate = QSlider(Qt.Orientation.Horizontal)
        self.voice_rate.setRange(-10, 10)
        self.voice_rate.setValue(round(settings.voice_rate * 10))
        self.voice_rate.setAccessibleName(self.tr("Speaking speed"))
        self.voice_rate.setAccessibleDescription(self.tr("Left is slower, right is faster"))
        self.voice_on.setAccessibleDescription(self.tr("Coach reads each cue aloud"))
        vrow.addWidget(self.voice_on)
        vrow.addWidget(QLabel(self.tr("Slower")))
        vrow.addWidget(self.voice_rate, 1)
        vrow.addWidget(QLabel(self.tr("Faster")))

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip for now") if first_run else self.tr("Cancel"))
        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        self.save_button.setAccessibleDescription(self.tr("Save your answers (Enter)"))
        self.skip_button.setAccessibleDescription(self.tr("Close without saving (Esc)"))
        for button in (self.save_button, self.skip_button):
            button.setToolTip(button.accessibleDescription())
        self.text_size = TextSizeBox(settings.text_scale)
        self.language_box = LanguageBox(settings.language)
        choices = QHBoxLayout()  # text size and language side by side: the dialog is tall
        choices.addWidget(self.text_size, 3)
        choices.addWidget(self.language_box, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        form = QWidget()
        content = QVBoxLayout(form)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        for part in (intro, pregnancy, conditions, contacts, voice):
            content.addWidget(part)
        content.addLayout(choices)
        scroll = QScrollArea()  # the answers scroll when large text makes them taller
        scroll.setWidgetResizable(True)  # than the screen; Save and Cancel stay in view
        scroll.setWidget(form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(12)
        root.addWidget(scroll, 1)
        root.addLayout(buttons)
        for signal in (self.use_due.toggled, self.use_week.toggled, self.use_none.toggled):
            signal.connect(self._update_info)
        self.due_date.dateChanged.connect(self._update_info)
        self.week.valueChanged.connect(self._update_info)
        self._update_info()
        self._fit_to_screen(form)
        chain: list[QWidget] = [
            self.use_due,
            self.due_date,
            self.use_week,
            self.week,
            self.use_none,
            *self.condition_boxes.values(),
            self.midwife_name,
            self.midwife_phone,
            self.emergency,
            self.voice_on,
            self.voice_rate,
            self.text_size.combo,
            self.language_box.combo,
            self.skip_button,
            self.save_button,
        ]
        tab_chain(chain)
        enter_presses(self)

    def _fit_to_screen(self, form: QWidget) -> None:
        """As tall as the answers need, but no taller than the screen (then they scroll)."""
        want = QSize(max(640, form.sizeHint().width() + 64), form.sizeHint().height() + 130)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            want = want.boundedTo(QSize(room.width() * 9 // 10, room.height() * 9 // 10))
        self.resize(want)

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
            text_scale=self.text_size.scale(),
            language=self.language_box.language(),  # type: ignore[arg-type]
        )

    def _update_info(self) -> None:
        self.due_date.setEnabled(self.use_due.isChecked())
        self.week.setEnabled(self.use_week.isChecked())
        week = self.answers().week_on(self._today)
        if week is None:
            self.week_info.setText(self.tr("Coach will use the standard version of each exercise."))
        else:
            info = self.tr("Week %1, trimester %2.")
            self.week_info.setText(fill(info, week, trimester_for_week(week)))
