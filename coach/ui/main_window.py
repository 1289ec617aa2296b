"""The main window: home, player and finish screens in one stack, plus shortcuts and theme.

Everything slow (sound) is created after the first paint; the window itself only wires
screens to a SessionController and follows the clock for the night theme.

Signals:
    session_started(SessionController): a routine began (tests and the tray listen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from coach.audio.cues import Cue, CuePlayer
from coach.core.clock import Clock, MonotonicClock
from coach.core.night import is_night
from coach.core.profile import Profile
from coach.core.routine_files import Library
from coach.core.settings import THEME_MODES, Settings, save_settings
from coach.core.timeline import plan
from coach.ui.finish_screen import FinishScreen
from coach.ui.home_screen import HomeScreen, RoutineEntry
from coach.ui.player_screen import PlayerScreen
from coach.ui.session_controller import SessionController
from coach.ui.theme import DAY, NIGHT, Theme, apply_theme

RELIEF_ID = "relief"
THEME_CHECK_MS = 60_000


class LazyCues:
    """Stands in for the cue player until it exists, so the first cue never waits on audio."""

    def __init__(self) -> None:
        self.real: CuePlayer | None = None
        self.muted = False

    def play(self, cue: Cue) -> None:
        if self.real is not None and not self.muted:
            self.real.play(cue)


class MainWindow(QMainWindow):
    session_started = Signal(object)
    _sound_failed = Signal(str)

    def __init__(
        self,
        library: Library,
        illustrations_dir: Path,
        settings: Settings,
        settings_path: Path | None,
        clock: Clock | None = None,
        cue_factory: Callable[[Callable[[str], None]], CuePlayer] | None = None,
        hour: Callable[[], int] = lambda: datetime.now().hour,
        profile: Profile | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Coach")
        self.library = library
        self.settings = settings
        self._settings_path = settings_path
        self._clock = clock or MonotonicClock()
        self._cue_factory = cue_factory
        self._hour = hour
        self._profile = profile
        self.cues = LazyCues()
        self.cues.muted = not settings.sound
        self.controller: SessionController | None = None
        self.theme: Theme = DAY

        self.home = HomeScreen()
        self.player_screen = PlayerScreen(illustrations_dir)
        self.finish = FinishScreen()
        self.stack = QStackedWidget()
        for screen in (self.home, self.player_screen, self.finish):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.resize(1100, 820)
        self.setMinimumSize(720, 600)

        self.home.relief_requested.connect(self.start_relief)
        self.home.routine_requested.connect(self.start_routine)
        self.home.theme_cycle_requested.connect(self.cycle_theme)
        self.home.sound_toggled.connect(self.set_sound)
        self.finish.home_requested.connect(self.go_home)
        self._sound_failed.connect(self._on_sound_failed)
        self.home.set_routines(self.routine_entries())
        self.home.set_theme_mode(settings.theme)
        self.home.set_sound(settings.sound)
        self._install_shortcuts()

        self._theme_timer = QTimer(self)
        self._theme_timer.setInterval(THEME_CHECK_MS)
        self._theme_timer.timeout.connect(self.refresh_theme)
        self._theme_timer.start()
        self.refresh_theme()

    # -- routines --------------------------------------------------------------------
    def routine_entries(self) -> list[RoutineEntry]:
        entries = []
        for rid, routine in self.library.routines.items():
            minutes = plan(routine, self.library.catalogue, self._profile).total_s / 60
            entries.append(
                RoutineEntry(rid, routine.title, minutes, routine.summary or "", routine.kind)
            )
        order = {"relief": 0, "bedtime": 1, "daytime": 2}
        return sorted(entries, key=lambda e: (order.get(e.id, 9), e.title))

    def start_relief(self) -> None:
        self.start_routine(RELIEF_ID)

    def start_routine(self, routine_id: str) -> None:
        routine = self.library.routines.get(routine_id)
        if routine is None:
            self._warn(f"There is no routine called “{routine_id}”.")
            return
        self._end_controller()
        timeline = plan(routine, self.library.catalogue, self._profile)
        controller = SessionController(timeline, self._clock, self.cues, parent=self)
        controller.ended.connect(self._on_ended)
        self.controller = controller
        self.player_screen.bind(controller)
        self.stack.setCurrentWidget(self.player_screen)
        controller.start()
        self.session_started.emit(controller)
        QTimer.singleShot(0, self._ensure_cues)

    def go_home(self) -> None:
        self._end_controller()
        self.stack.setCurrentWidget(self.home)
        self.home.relief_button.setFocus()

    def _on_ended(self, state: str, reason: str) -> None:
        if self.controller is None:
            return
        timeline = self.controller.timeline
        self.finish.show_result(state, reason, timeline.title, timeline.finish_text)
        self.stack.setCurrentWidget(self.finish)

    def _end_controller(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()
            self.controller.deleteLater()
            self.controller = None

    # -- sound -----------------------------------------------------------------------
    def _ensure_cues(self) -> None:
        """Create the real cue player after the first cue is on screen."""
        if self.cues.real is None and self._cue_factory is not None:
            self.cues.real = self._cue_factory(self._sound_failed.emit)
            available = getattr(self.cues.real, "available", True)
            why = getattr(self.cues.real, "reason", "") or ""
            self.player_screen.set_sound_available(available and self.settings.sound, why)

    def _on_sound_failed(self, reason: str) -> None:
        self.player_screen.set_sound_available(False, f"No sound: {reason}")

    def set_sound(self, on: bool) -> None:
        self.cues.muted = not on
        self._save(self.settings.with_changes(sound=on))
        available = self.cues.real is None or getattr(self.cues.real, "available", True)
        self.player_screen.set_sound_available(on and available, "" if on else "Sound is muted")

    def shutdown_audio(self) -> None:
        if self.cues.real is not None:
            self.cues.real.shutdown()

    # -- theme -----------------------------------------------------------------------
    def cycle_theme(self) -> None:
        nxt = THEME_MODES[(THEME_MODES.index(self.settings.theme) + 1) % len(THEME_MODES)]
        self._save(self.settings.with_changes(theme=nxt))
        self.home.set_theme_mode(nxt)
        self.refresh_theme()

    def refresh_theme(self) -> None:
        theme = NIGHT if is_night(self._hour(), self.settings) else DAY
        if theme is self.theme and self.property("themed"):
            return
        self.theme = theme
        self.setProperty("themed", True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.player_screen.set_theme(theme)

    # -- plumbing --------------------------------------------------------------------
    def _save(self, settings: Settings) -> None:
        self.settings = settings
        if self._settings_path is None:
            return
        try:
            save_settings(self._settings_path, settings)
        except OSError as exc:
            self.statusBar().showMessage(f"Settings not saved: {exc.strerror}", 8000)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, "Coach", text)

    def _install_shortcuts(self) -> None:
        """One QShortcut per key (two for the same key would be ambiguous), routed by page."""
        player, home, finish = self.player_screen, self.home, self.finish
        table: dict[str, dict[QWidget, Callable[[], None]]] = {
            "Space": {player: lambda: self._control("toggle_pause")},
            "Right": {player: lambda: self._control("skip")},
            "Left": {player: lambda: self._control("back")},
            "Escape": {player: lambda: self._control("stop"), finish: self.go_home},
            "R": {home: self.start_relief},
            "B": {home: lambda: self.start_routine("bedtime")},
            "D": {home: lambda: self.start_routine("daytime")},
            "T": {home: self.cycle_theme},
            "M": {home: self.home.sound_button.toggle},
        }
        for key, actions in table.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda actions=actions: self._dispatch(actions))

    def _dispatch(self, actions: dict[QWidget, Callable[[], None]]) -> None:
        action = actions.get(self.stack.currentWidget())
        if action is not None:
            action()

    def _control(self, name: str) -> None:
        if self.controller is not None:
            getattr(self.controller, name)()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_controller()
        self._theme_timer.stop()
        self.shutdown_audio()
        super().closeEvent(event)
