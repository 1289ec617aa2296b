"""The text-size choice in About you: the same steps as Ctrl++ and Ctrl+- on the window."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from coach.core.settings import TEXT_SCALES


class TextSizeBox(QGroupBox):
    """A labelled combo box of text scales (100 % is the system's own size)."""

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Text size"), parent)
        self.combo = QComboBox()
        for value in TEXT_SCALES:
            self.combo.addItem(self.tr("{0} %").format(round(value * 100)), value)
        self.combo.setCurrentIndex(TEXT_SCALES.index(scale) if scale in TEXT_SCALES else 0)
        self.combo.setAccessibleName(self.tr("Text size"))
        self.combo.setAccessibleDescription(
            self.tr("Larger text everywhere in Coach; Ctrl++ and Ctrl+- work on any screen")
        )
        self.combo.setToolTip(self.combo.accessibleDescription())
        hint = QLabel(self.tr("100 % follows your computer's own text size."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        hint.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.addWidget(self.combo)
        row.addWidget(hint, 1)

    def scale(self) -> float:
        return float(self.combo.currentData())
