"""A start with a kept picture: the picture first, then the real screen in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.core.settings import Settings
from coach.core.start_picture import StartPicture, load_start_picture
from coach.ui.main_window import MainWindow
from coach.ui.picture_page import PicturePage
from coach.ui.start_picture_keeper import describe, take_start_picture

RED, BLUE = 0xFFCC2020, 0xFF2040CC


def solid_picture(width: int, height: int, colour: int, page: str = "home") -> StartPicture:
    pixels = colour.to_bytes(4, "little") * (width * height)
    return StartPicture(page, "k", width, height, width * 4, 1.0, "#2040cc", "sig", pixels)


def keep_start_picture(
    folder: Path, page: str, key: str, widget: QWidget, background: str, kept: str | None
) -> bool:
    """Take and write at once, as a start does in two steps; True if one was written."""
    taken = take_start_picture(page, key, widget, background, kept)
    if taken is not None:
        taken.save(folder)
    return taken is not None


def drawn(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_the_picture_is_drawn_when_the_page_is_its_size(qtbot) -> None:
    told: list[str] = []
    page = PicturePage(solid_picture(200, 100, RED), on_drawn=told.append)
    qtbot.addWidget(page)
    page.resize(200, 100)
    page.show()
    qtbot.waitUntil(lambda: page.drawn)
    assert told == ["home"]  # once, with the page's name
    assert drawn(page).pixel(100, 50) == RED
    page.repaint()
    assert told == ["home"]


def test_a_page_of_another_size_shows_only_the_background(qtbot) -> None:
    told: list[str] = []
    page = PicturePage(solid_picture(200, 100, RED), on_drawn=told.append)
    qtbot.addWidget(page)
    page.resize(300, 100)  # the window came up at another size: the picture would not fit
    image = drawn(page)
    assert QColor(image.pixel(10, 10)) == QColor("#2040cc")
    assert not page.drawn and told == []


def test_released_pixels_are_freed_and_the_background_stays(qtbot) -> None:
    page = PicturePage(solid_picture(200, 100, RED))
    qtbot.addWidget(page)
    page.resize(200, 100)
    page.release()
    assert page.picture.pixels == b""
    assert QColor(drawn(page).pixel(10, 10)) == QColor("#2040cc")


def make_shell(qtbot, repo: Path, picture: StartPicture) -> MainWindow:
    window = MainWindow(
        None, repo / "assets" / "illustrations", Settings(), None, start_picture=picture
    )
    qtbot.addWidget(window)
    return window


def dropped_too_early(window: MainWindow, tmp_path: Path) -> None:
    """A routine file dropped on the picture is refused quietly: nothing can import it yet."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "routine.yaml"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    drop.setAccepted(False)
    window.dropEvent(drop)
    assert not drop.isAccepted()


def test_without_a_library_only_the_picture_is_made_and_build_swaps_in_home(
    qtbot, repo, library, clock, tmp_path: Path
) -> None:
    window = make_shell(qtbot, repo, solid_picture(1100, 820, RED))
    assert not window.built
    dropped_too_early(window, tmp_path)
    assert window.stack.currentWidget() is window.picture_page
    assert window.first_paint_views() == (window.picture_page,)
    picture_page = window.picture_page
    window.build(library.copy())
    assert window.built and window.picture_page is None
    assert window.stack.currentWidget() is window.home
    assert window.stack.indexOf(picture_page) == -1  # gone from the stack
    assert window.first_paint_views() == (window.home.relief_button,)


def test_closing_before_the_window_is_built_just_closes(qtbot, repo) -> None:
    window = make_shell(qtbot, repo, solid_picture(1100, 820, RED))
    window.show()
    assert window.close()


def labelled_page(qtbot, text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    page.label = QLabel(text)  # type: ignore[attr-defined]
    layout.addWidget(page.label)  # type: ignore[attr-defined]
    page.setStyleSheet("background: #204060; color: white;")
    qtbot.addWidget(page)
    page.resize(240, 120)
    page.show()
    return page


def test_a_page_is_kept_only_when_what_it_shows_changed(qtbot, tmp_path: Path) -> None:
    page = labelled_page(qtbot, "Cramp relief")
    assert keep_start_picture(tmp_path, "home", "k", page, "#204060", None)
    kept = load_start_picture(tmp_path, "home", "k")
    assert kept is not None
    assert kept.pixels == bytes(
        drawn(page).convertToFormat(QImage.Format.Format_RGB32).constBits()
    )  # the very pixels the page draws
    assert not keep_start_picture(tmp_path, "home", "k", page, "#204060", kept.signature)
    page.label.setText("Bedtime")  # type: ignore[attr-defined]
    assert describe(page) != kept.signature
    assert keep_start_picture(tmp_path, "home", "k", page, "#204060", kept.signature)


def test_the_description_follows_the_size(qtbot) -> None:
    page = labelled_page(qtbot, "Cramp relief")
    before = describe(page)
    page.resize(260, 120)
    assert describe(page) != before


class PageWithItsOwnRender(QWidget):
    """Like the player screen, whose render() draws a playback snapshot."""

    def render(self, snapshot: object) -> None:  # type: ignore[override]
        raise AssertionError("the keeper must draw with QWidget.render")


def test_a_page_with_its_own_render_method_is_still_kept(qtbot, tmp_path: Path) -> None:
    page = PageWithItsOwnRender()
    qtbot.addWidget(page)
    page.resize(64, 32)
    page.show()
    assert keep_start_picture(tmp_path, "relief", "k", page, "#204060", None)
    kept = load_start_picture(tmp_path, "relief", "k")
    assert kept is not None and (kept.width, kept.height) == (64, 32)


def test_the_description_follows_the_theme(qtbot) -> None:
    """High contrast is not in the look key (the system can switch it at any time)."""
    from PySide6.QtWidgets import QApplication

    page = labelled_page(qtbot, "Cramp relief")
    app = QApplication.instance()
    kept = app.styleSheet()
    before = describe(page)
    try:
        app.setStyleSheet("QLabel { border: 3px solid yellow; }")
        assert describe(page) != before
    finally:
        app.setStyleSheet(kept)
