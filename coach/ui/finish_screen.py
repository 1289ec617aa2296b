"""The end of a routine: a calm "well done", or what to do when it was stopped.

Signals:
    home_requested(): the person is done here.
    helped_chosen(str): "better", "same" or "worse" for the session just recorded.
    episode_details(object, str): severity 0..10 (or None) and a note for the cramp.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import fill
from coach.core.red_flags import yes_advice
from coach.core.stop_advice import advice_for
from coach.ui.a11y import announce, tab_chain


class FinishScreen(QWidget):
    home_requested = Signal()
    helped_chosen = Signal(str)
    episode_details = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Routine ended"))
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setProperty("role", "cue")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice = QLabel()
        self.advice.setProperty("role", "banner")
        self.advice.setWordWrap(True)
        self.advice.setAccessibleDescription(self.tr("What to do"))  # its name is its text
        self.advice.hide()
        self.contacts = QLabel()
        self.contacts.setProperty("role", "heading")
        self.contacts.setWordWrap(True)
        self.contacts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts.setAccessibleDescription(self.tr("Your contacts"))
        self.contacts.hide()
        self.home_button = QPushButton(self.tr("Back to home"))
        self.home_button.setProperty("role", "primary")
        self.home_button.setMinimumHeight(64)
        self.home_button.setAccessibleName(self.tr("Back to home"))
        self.home_button.setAccessibleDescription(self.tr("Return to the home screen (Enter)"))
        self.home_button.setToolTip(self.tr("Return to the home screen (Enter or Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        self.helped_box = QWidget()
        helped_row = QHBoxLayout(self.helped_box)
        question = QLabel(self.tr("Did it help?"))
        question.setProperty("role", "heading")
        helped_row.addWidget(question)
        self.helped_buttons: dict[str, QPushButton] = {}
        for value, text in (
            ("better", self.tr("Better")),
            ("same", self.tr("About the same")),
            ("worse", self.tr("Worse")),
        ):
            button = QPushButton(text)
            button.setProperty("role", "big")
            button.setAccessibleName(fill(self.tr("Did it help: %1"), text))
            button.setAccessibleDescription(self.tr("Saved with this session in your diary"))
            button.setToolTip(button.accessibleDescription())
            button.clicked.connect(lambda _=False, v=value: self._helped(v))
            helped_row.addWidget(button)
            self.helped_buttons[value] = button

        self.episode_box = QWidget()
        episode = QVBoxLayout(self.episode_box)
        self.rate_severity = QCheckBox(self.tr("Note how bad it was (0 none, 10 worst)"))
        self.severity = QSlider(Qt.Orientation.Horizontal)
        self.severity.setRange(0, 10)
        self.severity.setValue(5)
        self.severity.setEnabled(False)
        self.severity.setAccessibleName(self.tr("How bad it was, 0 to 10"))
        self.severity.setAccessibleDescription(
            self.tr("Arrow keys change it; tick the box before to use it")
        )
        self.severity.setToolTip(self.severity.accessibleDescription())
        self.rate_severity.setAccessibleDescription(
            self.tr("Tick to save how bad the cramp was (Space)")
        )
        self.rate_severity.setToolTip(self.rate_severity.accessibleDescription())
        self.severity_value = QLabel("5")
        self.severity.valueChanged.connect(lambda v: self.severity_value.setText(str(v)))
        self.rate_severity.toggled.connect(self.severity.setEnabled)
        sev_row = QHBoxLayout()
        sev_row.addWidget(self.rate_severity)
        sev_row.addWidget(self.severity, 1)
        sev_row.addWidget(self.severity_value)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Optional note for your midwife"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Optional note for your midwife"))
        self.save_details = QPushButton(self.tr("Save to diary"))
        self.save_details.setAccessibleName(self.tr("Save to diary"))
        self.save_details.setAccessibleDescription(
            self.tr("Save how bad it was and the note with this cramp")
        )
        self.save_details.setToolTip(self.save_details.accessibleDescription())
        self.save_details.clicked.connect(self._save_episode)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_details)
        episode.addLayout(sev_row)
        episode.addLayout(note_row)
        self.thanks = QLabel(self.tr("Saved in your diary."))
        self.thanks.setProperty("role", "note")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.helped_box, self.episode_box, self.thanks):
            widget.hide()

        root = QVBoxLayout(self)
        root.setContentsMargins(64, 48, 64, 48)
        root.addStretch(1)
        root.addWidget(self.title)
        root.addSpacing(16)
        root.addWidget(self.message)
        root.addSpacing(16)
        root.addWidget(self.advice)
        root.addSpacing(12)
        root.addWidget(self.contacts)
        root.addSpacing(12)
        root.addWidget(self.helped_box)
        root.addWidget(self.episode_box)
        root.addWidget(self.thanks)
        root.addStretch(1)
        root.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignHCenter)
        chain: list[QWidget] = [
            *self.helped_buttons.values(),
            self.rate_severity,
            self.severity,
            self.note,
            self.save_details,
            self.home_button,
        ]
        tab_chain(chain)

    def show_result(
        self,
        state: str,
        reason: str,
        routine_title: str,
        finish_text: str | None,
        contacts: str = "",
    ) -> None:
        advice: str | None = None
        urgent = False
        if state == "finished":
            self.title.setText(self.tr("Well done"))
            self.message.setText(finish_text or fill(self.tr("%1 is complete."), routine_title))
        elif reason == "red_flag":
            self.title.setText(self.tr("Let's not exercise now"))
            self.message.setText(self.tr("You said one of the warning signs is happening."))
            advice, urgent = yes_advice(), True
        elif (stop := advice_for(reason)) is not None:
            self.title.setText(self.tr("Stopped"))
            self.message.setText(fill(self.tr("You said: %1."), stop.label_text().lower()))
            advice, urgent = stop.advice_text(), stop.urgent
        else:
            self.title.setText(self.tr("Stopped"))
            self.message.setText(self.tr("That's fine. Rest, and come back when you are ready."))
        self.advice.setText(advice or "")
        self.advice.setVisible(advice is not None)
        self.contacts.setText(contacts)
        self.contacts.setVisible(urgent and bool(contacts))
        self.home_button.setFocus()
        parts = (self.title.text(), self.message.text(), self.advice.text(), contacts)
        announce(self, ". ".join(p for p in parts if p), urgent=urgent)

    def ask_followup(self, kind: str | None) -> None:
        """After a recorded run: "Did it help?" for sessions, severity and note for cramps."""
        self.thanks.hide()
        self.helped_box.setVisible(kind == "session")
        self.episode_box.setVisible(kind == "episode")
        self.rate_severity.setChecked(False)
        self.note.clear()

    def _helped(self, value: str) -> None:
        self.helped_box.hide()
        self.thanks.show()
        self.helped_chosen.emit(value)

    def _save_episode(self) -> None:
        severity = self.severity.value() if self.rate_severity.isChecked() else None
        self.episode_box.hide()
        self.thanks.show()
        self.episode_details.emit(severity, self.note.text().strip())
