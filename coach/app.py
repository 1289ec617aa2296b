"""Wiring: QApplication, the library, settings, the main window. No logic of its own."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from coach import __version__, selfcheck
from coach.core import paths, resources
from coach.core.i18n import fill, translate
from coach.core.settings import load_settings

log = logging.getLogger("coach")

if TYPE_CHECKING:
    from coach.core.library import Library
    from coach.ui.main_window import MainWindow as MainWindowType


def _install_error_hook() -> None:
    """Unexpected errors are logged and shown as a plain message, never as a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            log_file = paths.data_dir() / "coach-errors.log"
            paths.data_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)  # private
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write("".join(traceback.format_exception(kind, value, tb)))
        except OSError:
            log_file = None
        from PySide6.QtWidgets import QMessageBox

        text = fill(translate("App", "Something went wrong: %1."), value)
        if log_file:
            text += "\n\n" + fill(translate("App", "Details were saved to %1."), log_file)
        QMessageBox.critical(None, "Coach", text)

    sys.excepthook = hook


def _check_library() -> Library:
    """Read and check every routine file (YAML and pydantic: the slow way)."""
    from coach.core.routine_files import add_user_routines, load_library

    library = load_library(resources.routines_dir(), resources.illustrations_dir())
    add_user_routines(library, paths.user_routines_dir())
    return library


def _load_library() -> tuple[Library | None, str | None]:
    """The library, from the start-up cache when no file changed since it was checked."""
    from coach.core.library_cache import cached_library
    from coach.core.problems import RoutineFileError

    try:
        library, _ = cached_library(
            paths.library_cache_file(),
            resources.routines_dir(),
            resources.illustrations_dir(),
            paths.user_routines_dir(),
            _check_library,
        )
    except RoutineFileError as exc:
        return None, str(exc)
    return library, None


def run_gui(relief: bool = False, routine: str | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    With a kept picture of the first screen (coach.core.start_picture) the window shows it
    first and is built once it is on the display; otherwise it is built before it is shown.
    """
    from PySide6.QtWidgets import QApplication

    from coach.ui.first_paint import after_first_paint
    from coach.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coach")
    loaded = load_settings(paths.settings_file())  # first: it names the language
    _install_error_hook()
    page = None if routine or os.environ.get("COACH_SCREENSHOT") else "relief" if relief else "home"
    key = _look_key(page, loaded.settings) if page else ""
    picture = _kept_picture(page, key) if page else None
    window = MainWindow(
        None,
        resources.illustrations_dir(),
        loaded.settings,
        paths.settings_file(),
        cue_factory=_cue_factory,
        profile_path=paths.profile_file(),
        voice_factory=None if os.environ.get("COACH_VOICE") == "off" else _voice_factory(loaded),
        first_run=not relief and not routine and not os.environ.get("COACH_SCREENSHOT"),
        user_routines_dir=paths.user_routines_dir(),
        start_picture=picture,
        pictures_dir=paths.start_pictures_dir(),
    )
    start = _Start(window, relief, routine, loaded, page, key)
    if picture is None:
        if not start.build():
            return 2
        window.show()
        start.keep_picture()
        selfcheck.install(window)  # after the picture is drawn offscreen: that is no paint
    else:
        window.picture_page.on_drawn = selfcheck.picture_painted
        window.show()
        after_first_paint(window, start.build_behind_picture, window.first_paint_views)
    code = app.exec()
    start.stop()
    window.shutdown_audio()
    return code


def _cue_factory(on_unavailable):
    from coach.audio.cues import make_cue_player

    return make_cue_player(resources.sounds_dir(), True, on_unavailable)


def _voice_factory(loaded):
    def make():
        from coach.ui.voice import Voice

        engine = os.environ.get("COACH_VOICE_ENGINE") or None
        return Voice(engine=engine, rate=loaded.settings.voice_rate)

    return make


def _look_key(page: str, settings) -> str:
    import time

    from PySide6.QtGui import QGuiApplication

    from coach.core.night import is_night
    from coach.core.start_picture import look_key
    from coach.ui.language import chosen_language

    return look_key(
        page, __version__, chosen_language(settings.language), settings.theme,
        is_night(time.localtime().tm_hour, settings), settings.text_scale,
        QGuiApplication.platformName(),
    )  # fmt: skip


def _kept_picture(page: str, key: str):
    from coach.core.start_picture import load_start_picture

    return load_start_picture(paths.start_pictures_dir(), page, key)


class _Start:
    """Building the window, then what the first screen does not need (after its paint)."""

    def __init__(self, window: MainWindowType, relief, routine, loaded, page, key) -> None:
        self.window = window
        self.relief, self.routine, self.loaded = relief, routine, loaded
        self.page, self.key = page, key
        self.later = _AfterStart(window)

    def build(self) -> bool:
        """Translations, the library, the window's screens, then the routine asked for;
        False (and the app ends) when Coach's own routine files are damaged."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from coach.ui.diary_keeper import DiaryKeeper
        from coach.ui.first_paint import after_first_paint
        from coach.ui.language import chosen_language, install_translations

        window = self.window
        language = chosen_language(self.loaded.settings.language)
        install_translations(QApplication.instance(), language)
        library, error = _load_library()
        if library is None:
            from PySide6.QtWidgets import QMessageBox

            damaged = translate("App", "Coach's own routine files are damaged:\n\n%1")
            QMessageBox.critical(None, "Coach", fill(damaged, error))
            QApplication.exit(2)  # a start with a picture: the event loop is running
            return False
        window.build(library, DiaryKeeper(paths.history_file(), paths.backups_dir()))
        after_first_paint(window, self.later.start, window.first_paint_views)
        if self.loaded.warning:
            window.statusBar().showMessage(self.loaded.warning, 15000)
        if self.relief:
            window.start_relief()
        elif self.routine:
            window.open_routine(self.routine)
        QTimer.singleShot(0, window.refresh_theme)
        return True

    def build_behind_picture(self) -> None:
        """The picture is on the display: build the real screen and keep its picture fresh."""
        assert self.window.picture_page is not None
        kept = self.window.picture_page.picture.signature
        self.window.picture_page.release()
        if not self.build():
            return
        self.keep_picture(kept)
        selfcheck.install(self.window)

    def keep_picture(self, kept_signature: str | None = None) -> None:
        """Draw the page on show for the next start, when it changed since the kept
        picture; it is written once the real screen has painted."""
        if self.page is None or not self.window.built:
            return
        from coach.ui.first_paint import after_first_paint
        from coach.ui.start_picture_keeper import take_start_picture

        try:
            taken = take_start_picture(
                self.page, self.key, self.window.stack.currentWidget(),
                self.window.theme.window, kept_signature,
            )  # fmt: skip
        except Exception:  # only a quicker next start is lost: never trouble the person
            log.exception("start picture not taken")
            return
        if taken is None:
            return

        def save() -> None:
            try:
                taken.save(paths.start_pictures_dir())
                selfcheck.picture_kept(taken.picture.page)
            except OSError as exc:  # a full or read-only disk: the next start is slower
                log.warning("start picture not kept: %s", exc)
            except Exception:
                log.exception("start picture not kept")

        after_first_paint(self.window, save, self.window.first_paint_views)

    def stop(self) -> None:
        self.later.stop()


class _AfterStart:
    """What the first screen does not need: the icon, hand-overs, the tray (QtNetwork and
    the SVG icon engine load here, after the person can already see Coach)."""

    def __init__(self, window: MainWindowType) -> None:
        self.window = window
        self.server = None
        self.tray = None

    def start(self) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from coach.ui.instance_server import InstanceServer
        from coach.ui.tray import make_tray

        app = QApplication.instance()
        icon = QIcon()  # PNGs: the SVG icon engine would cost 2 MB for one picture
        for size in (64, 256):
            png = resources.asset("icons", f"coach-{size}.png")
            if png.is_file():
                icon.addFile(str(png))
        if not icon.isNull():
            app.setWindowIcon(icon)
        self.server = InstanceServer(self.window)
        self.server.command_received.connect(self.window.handle_command)
        if self.server.listen(paths.instance_socket()):
            selfcheck.announce_ready()
        else:
            log.warning("another Coach is running; this one will not take hand-overs")
        self.tray = make_tray(self.window, app.windowIcon())
        if self.tray is not None:
            self.window.reminder_shown.connect(self._remind)

    def _remind(self, due) -> None:
        from PySide6.QtWidgets import QApplication

        if self.tray is not None:
            text = fill(translate("App", "Time for %1"), due.message)
            self.tray.showMessage("Coach", text, QApplication.windowIcon())

    def stop(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.tray is not None:
            self.tray.hide()
