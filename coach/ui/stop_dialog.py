"""Stop: the routine is frozen and the person says what happened; each answer has advice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.stop_advice import REASONS
from coach.ui.a11y import enter_presses


class StopDialog(QDialog):
    """Returns Accepted with `reason` set, or Rejected to carry on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What happened?"))
        self.setAccessibleName(self.tr("What happened?"))
        self.setModal(True)
        self.reason: str | None = None
        title = QLabel(self.tr("What happened?"))
        title.setProperty("role", "title")
        hint = QLabel(self.tr("The routine is paused. Choose what fits best."))
        hint.setProperty("role", "muted")
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, reason in enumerate(REASONS):
            button = QPushButton(reason.label_text())
            button.setProperty("role", "big")
            button.setMinimumHeight(72)
            button.setAccessibleName(reason.label_text())
            button.setAccessibleDescription(self.tr("Stop the routine and show what to do"))
            button.setToolTip(self.tr("Stop the routine and show what to do (Enter)"))
            button.clicked.connect(lambda _=False, r=reason.id: self._choose(r))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[reason.id] = button
        self.carry_on = QPushButton(self.tr("Carry on with the routine"))
        self.carry_on.setProperty("role", "primary")
        self.carry_on.setMinimumHeight(60)
        self.carry_on.setAccessibleName(self.tr("Carry on"))
        self.carry_on.setAccessibleDescription(self.tr("Go back to the paused routine (Esc)"))
        self.carry_on.setToolTip(self.carry_on.accessibleDescription())
        self.carry_on.clicked.connect(self.reject)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 24)
        root.setSpacing(14)
        root.addWidget(title)
        root.addWidget(hint)
        root.addLayout(grid)
        root.addWidget(self.carry_on)
        self.resize(720, 460)
        enter_presses(self)

    def _choose(self, reason_id: str) -> None:
        self.reason = reason_id
        self.accept()
