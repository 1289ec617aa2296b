"""The end of a routine: a calm "well done", or what to do when it was stopped.

Signals:
    home_requested(): the person is done here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.red_flags import YES_ADVICE
from coach.core.stop_advice import advice_for


class FinishScreen(QWidget):
    home_requested = Signal()

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
