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

from coach.core.red_flags import YES_ADVICE
from coach.core.stop_advice import advice_for


class FinishScreen(QWidget):
    home_requested = Signal()
    helped_chosen = Signal(str)
    episode_details = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Routine ended")
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
        self.advice.setAccessibleName("What to do")
        self.advice.hide()
        self.contacts = QLabel()
        self.contacts.setProperty("role", "heading")
        self.contacts.setWordWrap(True)
        self.contacts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts.setAccessibleName("Your contacts")
        self.contacts.hide()
        self.home_button = QPushButton("Back to home")
        self.home_button.setProperty("role", "primary")
        self.home_button.setMinimumHeight(64)
        self.home_button.setAccessibleName("Back to home")
        self.home_button.setAccessibleDescription("Return to the home screen (Enter)")
        self.home_button.clicked.connect(self.home_requested)
        self.helped_box = QWidget()
        helped_row = QHBoxLayout(self.helped_box)
        question = QLabel("Did it help?")
        question.setProperty("role", "heading")
        helped_row.addWidget(question)
        self.helped_buttons: dict[str, QPushButton] = {}
        for value, text in (("better", "Better"), ("same", "About the same"), ("worse", "Worse")):
            button = QPushButton(text)
            button.setProperty("role", "big")
            button.setAccessibleName(f"Did it help: {text}")
            button.clicked.connect(lambda _=False, v=value: self._helped(v))
            helped_row.addWidget(button)
            self.helped_buttons[value] = button

        self.episode_box = QWidget()
        episode = QVBoxLayout(self.episode_box)
        self.rate_severity = QCheckBox("Note how bad it was (0 none, 10 worst)")
        self.severity = QSlider(Qt.Orientation.Horizontal)
        self.severity.setRange(0, 10)
        self.severity.setValue(5)
        self.severity.setEnabled(False)
        self.severity.setAccessibleName("How bad it was, 0 to 10")
        self.severity_value = QLabel("5")
        self.severity.valueChanged.connect(lambda v: self.severity_value.setText(str(v)))
        self.rate_severity.toggled.connect(self.severity.setEnabled)
        sev_row = QHBoxLayout()
        sev_row.addWidget(self.rate_severity)
        sev_row.addWidget(self.severity, 1)
        sev_row.addWidget(self.severity_value)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText("Optional note for your midwife")
        self.note.setAccessibleName("Note")
        self.save_details = QPushButton("Save to diary")
        self.save_details.setAccessibleName("Save to diary")
        self.save_details.clicked.connect(self._save_episode)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_details)
        episode.addLayout(sev_row)
        episode.addLayout(note_row)
        self.thanks = QLabel("Saved in your diary.")
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
            self.title.setText("Well done")
            self.message.setText(finish_text or f"{routine_title} is complete.")
        elif reason == "red_flag":
            self.title.setText("Let's not exercise now")
            self.message.setText("You said one of the warning signs is happening.")
            advice, urgent = YES_ADVICE, True
        elif (stop := advice_for(reason)) is not None:
            self.title.setText("Stopped")
            self.message.setText(f"You said: {stop.label.lower()}.")
            advice, urgent = stop.advice, stop.urgent
        else:
            self.title.setText("Stopped")
            self.message.setText("That's fine. Rest, and come back when you are ready.")
        self.advice.setText(advice or "")
        self.advice.setVisible(advice is not None)
        self.contacts.setText(contacts)
        self.contacts.setVisible(urgent and bool(contacts))
        self.home_button.setFocus()

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
