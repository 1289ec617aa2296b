"""Wiring: QApplication, the library, settings, the main window. No logic of its own."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from coach import __version__, selfcheck
from coach.core import paths, resources
from coach.core.problems import RoutineFileError
from coach.core.routine_files import Library, load_library
from coach.core.settings import load_settings

log = logging.getLogger("coach")


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

        where = f"\n\nDetails were saved to {log_file}." if log_file else ""
        QMessageBox.critical(None, "Coach", f"Something went wrong: {value}.{where}")

    sys.excepthook = hook


def _load_library() -> tuple[Library | None, str | None]:
    try:
        return load_library(resources.routines_dir(), resources.illustrations_dir()), None
    except RoutineFileError as exc:
        return None, str(exc)


def run_gui(relief: bool = False, routine: str | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coach.audio.cues import make_cue_player
    from coach.ui.diary_keeper import DiaryKeeper
    from coach.ui.instance_server import InstanceServer
    from coach.ui.main_window import MainWindow
    from coach.ui.tray import make_tray

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coach")
    icon = resources.asset("icons", "coach.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    _install_error_hook()

    library, error = _load_library()
    if library is None:
        QMessageBox.critical(None, "Coach", f"Coach's own routine files are damaged:\n\n{error}")
        return 2
    loaded = load_settings(paths.settings_file())

    def cue_factory(on_unavailable):
        return make_cue_player(resources.sounds_dir(), True, on_unavailable)

    def voice_factory() -> Voice:  # noqa: F821 - imported lazily below
        from coach.ui.voice import Voice

        engine = os.environ.get("COACH_VOICE_ENGINE") or None
        return Voice(engine=engine, rate=loaded.settings.voice_rate)

    window = MainWindow(
        library,
        resources.illustrations_dir(),
        loaded.settings,
        paths.settings_file(),
        cue_factory=cue_factory,
        profile_path=paths.profile_file(),
        voice_factory=None if os.environ.get("COACH_VOICE") == "off" else voice_factory,
        first_run=not relief and not routine and not os.environ.get("COACH_SCREENSHOT"),
        diary=DiaryKeeper(paths.history_file(), paths.backups_dir()),
        user_routines_dir=paths.user_routines_dir(),
    )
    window.show()
    server = InstanceServer(window)
    server.command_received.connect(window.handle_command)
    if server.listen(paths.instance_socket()):
        selfcheck.announce_ready()
    else:
        log.warning("another Coach is running; this one will not take hand-overs")
    tray = make_tray(window, app.windowIcon())
    if tray is not None:
        window.reminder_shown.connect(
            lambda due: tray.showMessage("Coach", f"Time for {due.message}", app.windowIcon())
        )
    if loaded.warning:
        window.statusBar().showMessage(loaded.warning, 15000)
    if relief:
        window.start_relief()
    elif routine:
        window.open_routine(routine)
    QTimer.singleShot(0, window.refresh_theme)
    selfcheck.install(window)
    code = app.exec()
    server.close()
    if tray is not None:
        tray.hide()
    window.shutdown_audio()
    return code
