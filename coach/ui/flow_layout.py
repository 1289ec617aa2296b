"""A layout that puts widgets in a row and wraps them onto more rows when they don't fit.

Used where a row of buttons would otherwise be squeezed until their words are cut off: the
home screen's top bar and the leg question, at large text sizes or in a narrow window.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Left-to-right rows, each item at its size hint, wrapping as needed.

    `stretch`: who gets a row's spare width: "first" (the very first item: a title before
    its buttons, so one row looks like an ordinary title bar), "all" (shared out), "equal"
    (equal widths when they fit, like a row of big buttons) or "none".
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 10, stretch: str = "none"
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch = stretch
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in `rect` (when `apply`); return the height they need."""
        area = rect.marginsRemoved(self.contentsMargins())
        rows: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for row in rows:
            height = max((i.sizeHint().height() for i in row), default=0)
            if apply:
                self._place(row, area, y, height)
            y += height + self._spacing
        margins: QMargins = self.contentsMargins()
        return y - self._spacing - area.y() + margins.top() + margins.bottom()

    def _place(self, row: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        if not row:
            return
        used = sum(i.sizeHint().width() for i in row) + self._spacing * (len(row) - 1)
        spare = max(0, area.width() - used)
        share = (area.width() - self._spacing * (len(row) - 1)) // len(row)
        equal = self._stretch == "equal" and all(i.sizeHint().width() <= share for i in row)
        x = area.x()
        first = self._visible()[0]
        for item in row:
            width = item.sizeHint().width()
            if equal:
                width = share
            elif self._stretch == "first" and item is first:
                width += spare
            elif self._stretch in ("all", "equal"):
                width += spare // len(row)
            widget = item.widget()
            vertical = widget.sizePolicy().verticalPolicy().value if widget else 0
            grows = bool(vertical & QSizePolicy.PolicyFlag.GrowFlag.value)
            item_height = height if grows else item.sizeHint().height()
            top = y + (height - item_height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(min(width, area.width()), item_height)))
            x += width + self._spacing
