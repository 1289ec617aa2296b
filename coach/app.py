"""Wiring: QApplication, the library, settings, the main window. No logic of its own."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from coach import __version__, selfcheck
from coach.core import paths, resources
from coach.core.problems import RoutineFileError
from coach.core.routine_files import Library, add_routine_file, load_library
from coach.core.settings import load_settings

log = logging.getLogger("coach")


def _install_error_hook() -> None:
    """Unexpected errors are logged and shown as a plain message, never as a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            log_file = paths.data_dir() / "coach-errors.log"
            paths.data_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
            with open(log_file, "a", encoding="utf-8") as handle:
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
    from coach.ui.main_window import MainWindow

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

    window = MainWindow(
        library,
        resources.illustrations_dir(),
        loaded.settings,
        paths.settings_file(),
        cue_factory=cue_factory,
    )
    window.show()
    if loaded.warning:
        window.statusBar().showMessage(loaded.warning, 15000)
    if relief:
        window.start_relief()
    elif routine:
        routine_id = _resolve_routine(library, routine)
        if routine_id is None:
            QMessageBox.warning(
                window,
                "Coach",
                "\n".join(str(p) for p in library.problems[-20:])
                or f"No routine called “{routine}”.",
            )
        else:
            window.start_routine(routine_id)
    QTimer.singleShot(0, window.refresh_theme)
    selfcheck.install(window)
    code = app.exec()
    window.shutdown_audio()
    return code


def _resolve_routine(library: Library, id_or_path: str) -> str | None:
    """A routine id from the library, or a path to a routine file to load now."""
    if id_or_path in library.routines:
        return id_or_path
    path = Path(id_or_path)
    if path.suffix in {".yaml", ".yml"} and path.exists():
        before = len(library.problems)
        library.problems = library.problems[:before]
        routine = add_routine_file(library, path)
        return routine.id if routine else None
    library.problems.append(_not_found(id_or_path))
    return None


def _not_found(name: str):
    from coach.core.problems import Problem

    return Problem(name, 1, 1, "", "no such routine id or file")
