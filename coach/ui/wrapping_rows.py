"""Tree rows as tall as their wrapped text, so long lines wrap instead of being cut with "…".

Why: QTreeView sizes a row before it knows how wide its column is, so with word wrap on,
a line longer than the column (Russian ones often are) stays one row high and is elided.
This delegate measures the text at the column's real width; the view asks again whenever
the column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

PADDING = 6  # pixels above and below the text, as the style's own rows roughly have


class WrappingRows(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return hint
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        width = self._view.columnWidth(index.column()) - indent - 2 * PADDING
        if width <= 0:
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)  # the row's own font, if it has one
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QFontMetrics(styled.font).boundingRect(QRect(0, 0, width, 0), flags, text)
        return QSize(hint.width(), max(hint.height(), box.height() + PADDING))
