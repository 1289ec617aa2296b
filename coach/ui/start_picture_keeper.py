"""Keeps the picture of the first screen in step with the real one (coach.core.start_picture).

After a start, the page on show is described (every visible widget's place, size, text and
state, the font; about a millisecond) and the description is compared with the one kept
with the picture. Only a different page is drawn offscreen and written, so an ordinary start
writes nothing, and a start after a change (a new routine, another window size, the system
font) keeps a new picture for the next one.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QWidget

from coach.core.start_picture import StartPicture, save_start_picture


def settle_layouts() -> None:
    """Lay out now what would be laid out on the next turn of the event loop (a scroll
    area decides there whether it needs a scroll bar), so the page is drawn as shown."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def describe(page: QWidget) -> str:
    """A digest of what `page` shows: equal digests mean equal pictures."""
    window = page.window()
    parts = [
        f"{page.width()}x{page.height()}@{page.devicePixelRatioF():g}",
        QApplication.font().toString(),
        QApplication.instance().styleSheet(),  # the theme: day, night or high contrast
    ]
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        corner = widget.mapTo(page, QPoint(0, 0))
        parts.append(
            "|".join((
                type(widget).__name__,
                f"{corner.x()},{corner.y()},{widget.width()},{widget.height()}",
                _shown_text(widget),
                str(widget.property("role")),
                "on" if widget.isEnabled() else "off",
                "focus" if window.focusWidget() is widget else "",
                "checked" if isinstance(widget, QAbstractButton) and widget.isChecked() else "",
            ))
        )  # fmt: skip
    data = "\n".join(parts).encode("utf-8")
    # zlib's checksums, not hashlib: hashlib loads OpenSSL, 3.3 MB of memory for a digest
    # whose worst miss is a start picture corrected a moment later at the swap
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QListWidget):
        return "\n".join(widget.item(row).text() for row in range(widget.count()))
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            value = text()
        except TypeError:  # a text() that needs arguments is not a label's
            return ""
        return value if isinstance(value, str) else ""
    return ""


def _drawn(widget: QWidget, background: str) -> QImage:
    """`widget` drawn straight into one image in the stored pixel format: no pixmap and no
    conversion, which would each take another 3.6 MB at start-up."""
    ratio = widget.devicePixelRatioF()
    width, height = round(widget.width() * ratio), round(widget.height() * ratio)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(background))
    QWidget.render(widget, image)  # the Qt method: a page may have a render() of its own
    return image


class TakenPicture:
    """A page drawn for the next start, not yet written (writing waits for the first paint:
    3.6 MB and an fsync must not stand between the person and the screen)."""

    def __init__(self, picture: StartPicture, image: QImage) -> None:
        self.picture = picture
        self.image = image

    def save(self, folder: Path) -> None:
        """Raises OSError when it cannot be written."""
        save_start_picture(folder, self.picture, self.image.constBits())


def take_start_picture(
    page: str, key: str, widget: QWidget, background: str, kept: str | None
) -> TakenPicture | None:
    """Draw `widget` as it is now, unless `kept` (the kept picture's description) already
    matches it; None when the kept one is still right."""
    settle_layouts()
    signature = describe(widget)
    if signature == kept:
        return None
    image = _drawn(widget, background)
    picture = StartPicture(
        page, key, image.width(), image.height(), image.bytesPerLine(),
        image.devicePixelRatio(), background, signature,
    )  # fmt: skip
    return TakenPicture(picture, image)
