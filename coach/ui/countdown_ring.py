"""A large countdown ring: the whole number readable from across a bedroom."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.theme import DAY, Theme


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._caption = ""
        self._progress = 0.0
        self._theme = DAY
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(110, 110)
        self.setAccessibleName(self.tr("Countdown"))
        self.setAccessibleDescription(self.tr("Seconds left in this step"))

    def sizeHint(self) -> QSize:
        return QSize(110, 110)  # small: it grows into spare room, and gives way to text

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def show_value(self, text: str, progress: float, caption: str = "") -> None:
        """Big text in the middle, a ring filled to `progress` (0..1), a small caption."""
        progress = round(max(0.0, min(1.0, progress)), 3)
        if (text, progress, caption) == (self._text, self._progress, self._caption):
            return
        if text != self._text:
            self.setAccessibleDescription(f"{text} {caption}".strip())
        self._text, self._progress, self._caption = text, progress, caption
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        if side < 32:  # squeezed out by large text: the number is in the accessible text
            return
        width = max(8.0, side * 0.07)
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        rect = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        pen = QPen(QColor(self._theme.ring_track), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(rect)
        if self._progress > 0:
            pen.setColor(QColor(self._theme.accent))
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, -round(360 * 16 * (1 - self._progress)))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * (0.34 if len(self._text) <= 2 else 0.24))))
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.setPen(QColor(self._theme.text))
        number_rect = rect.adjusted(0, -rect.height() * 0.08, 0, -rect.height() * 0.08)
        p.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, int(side * 0.07)))
            p.setFont(small)
            p.setPen(QColor(self._theme.muted))
            caption_rect = rect.adjusted(0, rect.height() * 0.66, 0, 0)
            p.drawText(
                caption_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self._caption,
            )
