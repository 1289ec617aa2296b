"""The language choice in About you: follow the computer, English or Russian.

Coach is worded once, at start-up, so a new choice takes effect when Coach next starts;
the box says so as soon as the choice differs from the language in use.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from coach.core.settings import LANGUAGES


class LanguageBox(QGroupBox):
    """A combo box of LANGUAGES; language names are written in their own language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self._start = language if language in LANGUAGES else "system"
        names = {"system": self.tr("As on this computer"), "en": "English", "ru": "Русский"}
        self.combo = QComboBox()
        for value in LANGUAGES:
            self.combo.addItem(names[value], value)
        self.combo.setCurrentIndex(LANGUAGES.index(self._start))
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.setAccessibleDescription(self.tr("The language Coach speaks and shows"))
        self.combo.setToolTip(self.combo.accessibleDescription())
        self.note = QLabel(self.tr("Takes effect when Coach restarts."))
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.setBuddy(self.combo)
        self.note.setVisible(False)
        self.combo.currentIndexChanged.connect(
            lambda _: self.note.setVisible(self.language() != self._start)
        )
        row = QHBoxLayout(self)
        row.addWidget(self.combo)
        row.addWidget(self.note, 1)

    def language(self) -> str:
        """The chosen setting: "system", "en" or "ru"."""
        return str(self.combo.currentData())
