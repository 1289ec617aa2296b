"""The end of a routine: a calm "well done", or what to do when it was stopped.

Signals:
    home_requested(): the person is done here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.red_flags import YES_ADVICE


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
        self.advice.hide()
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
        root.addStretch(1)
        root.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_result(
        self, state: str, reason: str, routine_title: str, finish_text: str | None
    ) -> None:
        if state == "finished":
            self.title.setText("Well done")
            self.message.setText(finish_text or f"{routine_title} is complete.")
            self.advice.hide()
        elif reason == "red_flag":
            self.title.setText("Let's not exercise now")
            self.message.setText("You said one of the warning signs is happening.")
            self.advice.setText(YES_ADVICE)
            self.advice.show()
        else:
            self.title.setText("Stopped")
            self.message.setText(
                "That's fine. Rest, and come back when you are ready. If you stopped because "
                "of pain, dizziness or bleeding, contact your midwife."
            )
            self.advice.hide()
        self.home_button.setFocus()
