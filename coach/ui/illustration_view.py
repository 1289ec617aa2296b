"""Shows one frame of an exercise picture, mirrored for the other leg.

The view has no timer of its own: the player screen tells it which frame to show, derived
from the player's clock, so the picture moves in step with the routine and stops on pause.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.i18n import fill
from coach.core.pictures import illustration_frames
from coach.ui.theme import DAY, Theme

ASPECT = 4 / 3
MAX_PICTURE_PIXELS = 4096 * 4096  # a routine's PNG/JPEG larger than this is not drawn


class Frame:
    """One picture, SVG or raster, drawn into a rectangle keeping its aspect ratio."""

    def __init__(self, svg: QSvgRenderer | None = None, image: QImage | None = None) -> None:
        self.svg, self.image = svg, image

    def render(self, painter: QPainter, rect: QRectF) -> None:
        if self.svg is not None:
            self.svg.render(painter, rect)
        elif self.image is not None:
            size = self.image.size().scaled(
                rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            x = rect.x() + (rect.width() - size.width()) / 2
            y = rect.y() + (rect.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)


def load_frame(path: Path) -> Frame | None:
    if path.suffix.lower() == ".svg":
        svg = QSvgRenderer(str(path))
        return Frame(svg=svg) if svg.isValid() else None
    reader = QImageReader(str(path))  # reads the size from the header, before decoding
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PICTURE_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else Frame(image=image)


class IllustrationView(QWidget):
    def __init__(self, illustrations_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dir = illustrations_dir
        self._routine_folder: Path | None = None
        self._cache: dict[tuple[Path | None, str], list[Frame]] = {}
        self._frames: list[Frame] = []
        self._frame = 0
        self._mirrored = False
        self._placeholder = ""
        self._theme = DAY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAccessibleName(self.tr("Exercise picture"))
        self.setAccessibleDescription(self.tr("A picture of the exercise"))

    def sizeHint(self) -> QSize:
        return QSize(160, 120)  # small: it grows into spare room, and gives way to text

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_routine_folder(self, folder: Path | None) -> None:
        """A routine's own pictures live beside it and are looked for there first."""
        self._routine_folder = folder

    def frames_for(self, name: str) -> list[Frame]:
        """Every valid frame of an illustration (cached; unreadable files skipped)."""
        key = (self._routine_folder, name)
        if key not in self._cache:
            frames: list[Frame] = []
            for root in (self._routine_folder, self._dir):
                if root is not None and not frames:
                    frames = [f for p in illustration_frames(root, name) if (f := load_frame(p))]
            self._cache[key] = frames
        return self._cache[key]

    def show_picture(self, name: str | None, frame: int, mirrored: bool, fallback: str) -> None:
        """Show frame `frame` (wrapped) of `name`; with no picture, show `fallback` text."""
        frames = self.frames_for(name) if name else []
        frame = frame % len(frames) if frames else 0
        if (frames, frame, mirrored, fallback) == (
            self._frames,
            self._frame,
            self._mirrored,
            self._placeholder,
        ):
            return  # repaint only what changes
        self._frames, self._frame, self._mirrored, self._placeholder = (
            frames,
            frame,
            mirrored,
            fallback,
        )
        self.setAccessibleDescription(fill(self.tr("Picture: %1"), fallback))
        self.update()

    @property
    def frame_count(self) -> int:
        return len(self._frames)

    @property
    def current_frame(self) -> int:
        return self._frame

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        box_w = min(w, h * ASPECT)
        if box_w < 32:  # squeezed out by large text
            return
        box = QRectF((w - box_w) / 2, (h - box_w / ASPECT) / 2, box_w, box_w / ASPECT)
        if self._theme.thick:  # high contrast: the picture is framed like every card
            p.setPen(QPen(QColor(self._theme.text), 2))
        else:
            p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self._theme.surface))
        p.drawRoundedRect(box.adjusted(1, 1, -1, -1), 18, 18)
        if not self._frames:
            p.setPen(QColor(self._theme.muted))
            p.drawText(
                box.adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        inner = box.adjusted(box_w * 0.03, box_w * 0.03, -box_w * 0.03, -box_w * 0.03)
        if self._mirrored:
            p.translate(inner.center().x() * 2, 0)
            p.scale(-1, 1)
        self._frames[self._frame].render(p, inner)
