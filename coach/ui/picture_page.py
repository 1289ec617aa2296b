"""Shows the kept picture of the first screen while the real one is built behind it.

Only what a bare window needs is imported here (no `Qt` namespace, no style sheet): this page
is what makes a start as quick as a bare PySide6 window. It is drawn only when the window
has exactly the size and pixel ratio the picture was taken at; otherwise the page is plain
background and the real screen follows a moment later. The real screen is built on the
turn of the event loop right after the first paint, so mouse and keys that arrive while it
is built wait in the queue and reach it; only input in the few milliseconds between the
paint and that turn lands on the picture and is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coach.core.record import replace
from coach.core.start_picture import StartPicture, release_pixels


class PicturePage(QWidget):
    def __init__(
        self, picture: StartPicture, on_drawn: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        self.setAccessibleName(picture.page)
        self.picture = picture
        self.on_drawn = on_drawn  # told the page name once the picture is drawn
        self._image: QImage | None = QImage(
            picture.pixels, picture.width, picture.height, picture.stride,
            QImage.Format.Format_RGB32,
        )  # fmt: skip
        self._image.setDevicePixelRatio(picture.ratio)
        self.drawn = False  # the picture itself, not only its background, reached the window

    def fits(self) -> bool:
        """The window is the size, and on a screen of the pixel ratio, it was taken at."""
        width, height = self.picture.logical_size
        same_ratio = abs(self.devicePixelRatioF() - self.picture.ratio) < 1e-6
        return same_ratio and self.width() == width and self.height() == height

    def release(self) -> None:
        """Free the pixels (3.6 MB for an 1100 x 820 window) once they are on the display."""
        self._image = None
        release_pixels(self.picture)
        self.picture = replace(self.picture, pixels=b"")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image is not None and self.fits():
            painter.drawImage(0, 0, self._image)
            first = not self.drawn
            self.drawn = True
            painter.end()
            if first and self.on_drawn is not None:
                self.on_drawn(self.picture.page)
            return
        painter.fillRect(self.rect(), QColor(self.picture.background))
        painter.end()
