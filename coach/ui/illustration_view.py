"""Shows one frame of an exercise picture, mirrored for the other leg.

The view has no timer of its own: the player screen tells it which frame to show, derived
from the player's clock, so the picture moves in step with the routine and stops on pause.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.theme import DAY, Theme

ASPECT = 4 / 3


class IllustrationView(QWidget):
    def __init__(self, illustrations_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dir = illustrations_dir
        self._cache: dict[str, list[QSvgRenderer]] = {}
        self._frames: list[QSvgRenderer] = []
        self._frame = 0
        self._mirrored = False
        self._placeholder = ""
        self._theme = DAY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def frames_for(self, name: str) -> list[QSvgRenderer]:
        """Renderers for every valid frame of an illustration (cached; bad files skipped)."""
        if name not in self._cache:
            folder = self._dir / name
            paths = sorted(folder.glob("frame*.svg")) if folder.is_dir() else []
            renderers = [QSvgRenderer(str(p)) for p in paths]
            self._cache[name] = [r for r in renderers if r.isValid()]
        return self._cache[name]

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
        self.setAccessibleDescription(f"Picture: {fallback}")
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
        box = QRectF((w - box_w) / 2, (h - box_w / ASPECT) / 2, box_w, box_w / ASPECT)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self._theme.surface))
        p.drawRoundedRect(box, 18, 18)
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
