"""The home screen's list of routines, readable at any text size.

Entries wrap to the list's width (the stylesheet gives entries no side padding or side
borders, so Qt works out the wrapped height for the width they really get, and no last
line is cut to "…"). The list asks for room for one whole entry, so the page around it
scrolls only when it must.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QListWidget, QWidget


class RoutineList(QListWidget):
    """A word-wrapping list that re-wraps when the window or the text size changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 2 * self.fontMetrics().lineSpacing() + 64)  # title and summary

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()  # wrapped entries follow a new text size
