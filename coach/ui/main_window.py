"""The main window: home, player and finish screens in one stack, plus shortcuts and theme.

Everything slow (sound) is created after the first paint; the window itself only wires
screens to a SessionController and follows the clock for the night theme.

A start with a kept picture of the first screen (coach.core.start_picture) makes the window
in two steps: the bare window with the picture first, then `build()` once the picture is on
the display. So this module imports only what the bare window needs; the screens, the theme
and the `Qt` namespace (93 enum classes, 17 ms) are imported by the methods that use them.

Signals:
    session_started(SessionController): a routine began (tests and the tray listen).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from coach.core.i18n import fill
from coach.core.night import is_night
from coach.core.record import replace
from coach.core.settings import TEXT_SCALES, THEME_MODES, Settings, save_settings
from coach.ui.first_paint import after_first_paint

if TYPE_CHECKING:  # loaded when first used, so the first screen paints sooner
    from datetime import date, datetime

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShortcut

    from coach.audio.cues import Cue, CuePlayer
    from coach.core.clock import Clock
    from coach.core.content_i18n import ContentTranslation
    from coach.core.history_records import SessionRecord
    from coach.core.library import Library
    from coach.core.player import Snapshot
    from coach.core.profile import Profile, ProfileAnswers
    from coach.core.reminders import Due
    from coach.core.start_picture import StartPicture
    from coach.ui.diary_dialog import DiaryDialog
    from coach.ui.diary_keeper import DiaryKeeper
    from coach.ui.finish_screen import FinishScreen
    from coach.ui.history_screen import HistoryScreen
    from coach.ui.home_screen import RoutineEntry
    from coach.ui.picture_page import PicturePage
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.profile_dialog import ProfileDialog
    from coach.ui.session_controller import SessionController
    from coach.ui.stop_dialog import StopDialog
    from coach.ui.theme import Theme
    from coach.ui.voice import Voice

RELIEF_ID = "relief"
THEME_CHECK_MS = 60_000


def _now() -> datetime:
    from datetime import datetime  # 2 ms: not before the first screen

    return datetime.now()


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
    session_pages_built = Signal()  # the player and finish pages exist now
    reminder_shown = Signal(object)
    _sound_failed = Signal(str)

    def __init__(
        self,
        library: Library | None,
        illustrations_dir: Path,
        settings: Settings,
        settings_path: Path | None,
        clock: Clock | None = None,
        cue_factory: Callable[[Callable[[str], None]], CuePlayer] | None = None,
        hour: Callable[[], int] = lambda: time.localtime().tm_hour,
        profile_path: Path | None = None,
        today: Callable[[], date] | None = None,
        voice_factory: Callable[[], Voice] | None = None,
        first_run: bool = False,
        diary: DiaryKeeper | None = None,
        now: Callable[[], datetime] = lambda: _now(),
        user_routines_dir: Path | None = None,
        start_picture: StartPicture | None = None,
        pictures_dir: Path | None = None,
    ) -> None:
        """With a `library`, the whole window is built at once. Without one, only the bare
        window and `start_picture` are: `build()` does the rest once that is on show."""
        super().__init__()
        self.setWindowTitle("Coach")
        self.settings = settings
        self._settings_path = settings_path
        self._clock = clock
        self._cue_factory = cue_factory
        self._hour = hour
        self._profile_path = profile_path
        self._today = today or (lambda: now().date())  # one clock for day and time
        self._voice_factory = voice_factory
        self._first_run = first_run
        self.answers: ProfileAnswers | None = None  # loaded after the first paint
        self.voice: Voice | None = None
        self.stop_dialog: StopDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        self._last_spoken: tuple[int, str] | None = None
        self.keep_running_in_tray = False
        self._now = now
        self._user_routines_dir = user_routines_dir
        self._pictures_dir = pictures_dir  # start pictures: "Delete all data" deletes them
        self.notices: list[str] = []
        self.history: HistoryScreen | None = None  # built on first visit (QtCharts is heavy)
        self.diary_dialog: DiaryDialog | None = None
        self._started_wall: datetime | None = None
        self._record: tuple[str, int] | None = None
        self.setAcceptDrops(True)  # a routine file dropped on the window is imported
        self.cues = LazyCues()
        self.cues.muted = not settings.sound
        self.controller: SessionController | None = None
        self.theme: Theme | None = None  # set by refresh_theme()
        self._look: tuple[Theme, float] | None = None  # what the app is drawn with

        self._illustrations_dir = illustrations_dir
        self._player_screen: PlayerScreen | None = None  # built after the first paint
        self._finish: FinishScreen | None = None
        self._sound_shown: tuple[bool, str] = (settings.sound, "")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.resize(1100, 820)
        self.setMinimumSize(760, 720)
        self.picture_page: PicturePage | None = None
        if start_picture is not None:
            from coach.ui.picture_page import PicturePage

            self.picture_page = PicturePage(start_picture)
            self.stack.addWidget(self.picture_page)
        self._diary_given = diary
        self.built = False  # build() has run: the screens exist
        if library is not None:
            self.build(library)

    def build(self, library: Library, diary: DiaryKeeper | None = None) -> None:
        """The screens, the theme, shortcuts and timers; on a picture start, the screen the
        picture showed replaces it here (no paint can come in between)."""
        from coach.core.clock import MonotonicClock
        from coach.ui.a11y import enter_presses
        from coach.ui.clinic_desk import ClinicDesk
        from coach.ui.diary_keeper import DiaryKeeper
        from coach.ui.home_screen import HomeScreen
        from coach.ui.theme import on_system_contrast_change

        settings, now = self.settings, self._now
        self.library = library
        self._clock = self._clock or MonotonicClock()
        self.diary = diary or self._diary_given or DiaryKeeper(None, None, now, self)
        self._diary_given = None
        self.diary.setParent(self)
        self.diary.message.connect(self.notify)
        self.refresh_theme()  # before the screens exist: each is styled once, not twice
        self.home = HomeScreen()
        self.stack.addWidget(self.home)

        self.home.relief_requested.connect(self.start_relief)
        self.home.routine_requested.connect(self.start_routine)
        self.home.theme_cycle_requested.connect(self.cycle_theme)
        self.home.sound_toggled.connect(self.set_sound)
        self.home.profile_requested.connect(self.edit_profile)
        self.home.about_requested.connect(self.show_about)
        self.home.history_requested.connect(self.show_history)
        self.home.diary_requested.connect(self.add_diary_entry)
        self.clinic = ClinicDesk(
            library, self.diary, lambda: self.profile, now, self._user_routines_dir, self
        )
        self.clinic.routines_changed.connect(lambda: self.home.set_routines(self.routine_entries()))
        self.clinic.message.connect(self.notify)
        self.clinic.warning.connect(lambda text: self._warn(text))
        self.clinic.start_requested.connect(self.start_routine)
        self.clinic.reminder_changed.connect(self._show_reminder)
        self.home.import_requested.connect(self.clinic.choose_import_file)
        self.home.builder_requested.connect(self.clinic.open_builder)
        self.home.report_requested.connect(self.clinic.open_report)
        self.home.reminder_start.connect(self.clinic.start_reminded)
        self.home.reminder_snooze.connect(self.clinic.snooze_reminder)
        self.home.reminder_dismiss.connect(lambda: self.clinic.show_reminder(None))
        self._sound_failed.connect(self._on_sound_failed)
        self.home.set_routines(self.routine_entries())
        self.home.set_theme_mode(settings.theme)
        self.home.set_sound(settings.sound)
        self._install_shortcuts()

        self._theme_timer = QTimer(self)
        self._theme_timer.setInterval(THEME_CHECK_MS)
        self._theme_timer.timeout.connect(self.refresh_theme)
        self._theme_timer.start()
        on_system_contrast_change(self.refresh_theme)
        enter_presses(self)
        after_first_paint(self, self._after_first_paint, self.first_paint_views)
        if self.picture_page is not None:
            self.stack.setCurrentWidget(self.home)
            self.stack.removeWidget(self.picture_page)
            self.picture_page.deleteLater()
            self.picture_page = None
        self.home.relief_button.setFocus()  # Enter or Space at 3 a.m. starts relief
        self.built = True

    # -- after the first paint: everything slow -------------------------------------
    def first_paint_views(self) -> tuple[QWidget, ...]:
        """The widgets whose first paint means the person sees Coach: the page on show."""
        if self.picture_page is not None:
            return (self.picture_page,)
        if self._player_screen is not None and self.stack.currentWidget() is self._player_screen:
            return (self._player_screen.cue_label,)
        return (self.home.relief_button,)

    @property
    def player_screen(self) -> PlayerScreen:
        self._session_pages()
        assert self._player_screen is not None
        return self._player_screen

    @property
    def finish(self) -> FinishScreen:
        self._session_pages()
        assert self._finish is not None
        return self._finish

    def _session_pages(self) -> None:
        """The player and finish pages: built right after the home screen has painted (so a
        press on Cramp relief then costs no building), or at once when a routine starts
        before that (`coach --relief`)."""
        if self._player_screen is not None:
            return
        from coach.ui.a11y import enter_presses
        from coach.ui.finish_screen import FinishScreen
        from coach.ui.player_screen import PlayerScreen

        player = PlayerScreen(self._illustrations_dir)
        player.set_sources(self.library.sources)
        player.stop_requested.connect(self.request_stop)
        assert self.theme is not None  # the window is built
        player.set_theme(self.theme)
        player.set_sound_available(*self._sound_shown)
        finish = FinishScreen()
        finish.helped_chosen.connect(self._on_helped)
        finish.episode_details.connect(self._on_episode_details)
        finish.home_requested.connect(self.go_home)
        self._player_screen, self._finish = player, finish
        self.stack.addWidget(player)
        self.stack.addWidget(finish)
        enter_presses(self)  # their buttons too
        self.session_pages_built.emit()

    def _after_first_paint(self) -> None:
        """Profile, sound and voice are touched only once the first screen is up (the diary
        only when first used: DiaryKeeper)."""
        self._session_pages()
        self.load_profile()
        self._ensure_cues()
        self._ensure_voice()
        self.clinic.load_imported()
        needs_answers = self.answers is not None and not self.answers.completed
        if self._first_run and needs_answers and self.stack.currentWidget() is self.home:
            self.edit_profile(first_run=True)

    def load_profile(self) -> None:
        if self._read_profile():
            self.home.set_routines(self.routine_entries())

    def _read_profile(self) -> bool:
        """Read profile.json once (a few hundred bytes); True if it was read just now."""
        if self.answers is not None:
            return False
        if self._profile_path is None:
            from coach.core.profile import ProfileAnswers

            self.answers = ProfileAnswers(completed=True)
        else:
            from coach.core import profile_store

            self.answers, warning = profile_store.load_profile(self._profile_path)
            if warning:
                self.statusBar().showMessage(warning, 15000)
        return True

    @property
    def profile(self) -> Profile | None:
        """Today's profile, or None until it is loaded (every routine start reads it)."""
        return None if self.answers is None else self.answers.profile_on(self._today())

    def edit_profile(self, first_run: bool = False) -> None:
        self.load_profile()
        assert self.answers is not None
        from coach.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.answers, self.settings, self._today(), first_run, self)
        self.profile_dialog = dialog

        def done(result: int) -> None:
            self.profile_dialog = None
            if result == ProfileDialog.DialogCode.Accepted:
                self._store_answers(dialog.answers())
                self._save(dialog.settings())
                self._apply_voice_settings()
                self.refresh_theme()  # the text size may have changed
            elif first_run:
                assert self.answers is not None
                self._store_answers(replace(self.answers, completed=True))

        dialog.finished.connect(done)
        dialog.open()

    def _store_answers(self, answers: ProfileAnswers) -> None:
        self.answers = answers
        if self._profile_path is not None:
            from coach.core import profile_store

            try:
                profile_store.save_profile(self._profile_path, answers)
            except OSError as exc:
                text = fill(self.tr("Profile not saved: %1"), exc.strerror)
                self.statusBar().showMessage(text, 8000)
        self.home.set_routines(self.routine_entries())

    def show_about(self) -> None:
        t = self.content_translation().text
        sources = {k: replace(s, name=t(s.name)) for k, s in self.library.sources.items()}
        from coach.ui.about_dialog import AboutDialog

        AboutDialog(sources, self).open()

    def content_translation(self, routine_id: str | None = None) -> ContentTranslation:
        """Routine words in the person's language: the routine's own i18n/, then Coach's."""
        from coach.core.content_i18n import translation_for

        folder = self.library.folder_of(routine_id) if routine_id else None
        return translation_for((folder, self.library.builtin_dir))

    # -- routines --------------------------------------------------------------------
    def routine_entries(self) -> list[RoutineEntry]:
        from coach.core.timeline import plan
        from coach.ui.home_screen import RoutineEntry

        entries = []
        for rid, routine in self.library.routines.items():
            catalogue = self.library.catalogue_for(routine)
            minutes = plan(routine, catalogue, self.profile).total_s / 60
            t = self.content_translation(rid).text
            entries.append(
                RoutineEntry(
                    rid,
                    t(routine.title),
                    minutes,
                    t(routine.summary) if routine.summary else "",
                    routine.kind,
                    self.clinic.detail(routine),
                )
            )
        order = {"relief": 0, "bedtime": 1, "daytime": 2}
        return sorted(entries, key=lambda e: (order.get(e.id, 9), e.title))

    def start_relief(self) -> None:
        self.start_routine(RELIEF_ID)

    def start_routine(self, routine_id: str) -> None:
        routine = self.library.routines.get(routine_id)
        if routine is None:
            self._warn(fill(self.tr("There is no routine called “%1”."), routine_id))
            return
        if not self.clinic.safe_to_play(routine_id):
            return
        self._end_controller()
        if self._read_profile():  # a cold `--relief`: the week and answers still shape the plan
            QTimer.singleShot(0, lambda: self.home.set_routines(self.routine_entries()))
        words = self.content_translation(routine_id).text
        from coach.core.timeline import plan

        timeline = plan(routine, self.library.catalogue_for(routine), self.profile, words)
        from coach.ui.session_controller import SessionController  # loaded with the player

        controller = SessionController(timeline, self._clock, self.cues, parent=self)
        controller.ended.connect(self._on_ended)
        controller.changed.connect(self._speak_changes)
        controller.suspended.connect(self._on_suspended)
        self.controller = controller
        self._last_spoken = None
        self.player_screen.bind(controller, self.library.folder_of(routine_id))
        self.stack.setCurrentWidget(self.player_screen)
        controller.start()
        self._started_wall = self._now()
        self.session_started.emit(controller)
        if timeline.kind == "relief":
            QTimer.singleShot(0, self.player_screen.ask_which_leg)  # after the first cue
        if self._sound_or_voice_missing():  # a cold `coach --relief` or `--routine`
            # once the first cue is on the display: the audio back-ends must not delay it
            after_first_paint(self, self._ensure_sound_and_voice, self.first_paint_views)

    def _sound_or_voice_missing(self) -> bool:
        return (self.cues.real is None and self._cue_factory is not None) or (
            self.voice is None and self._voice_factory is not None
        )

    def _ensure_sound_and_voice(self) -> None:
        self._ensure_cues()
        self._ensure_voice()

    # -- clinicians: the desk does the work; the window forwards ---------------------------
    def import_routine_file(self, path: Path) -> bool:
        return self.clinic.import_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.built and self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData()) if self.built else None
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.clinic.import_file(path))

    def _dropped_file(self, mime: QMimeData) -> Path | None:
        urls = mime.urls() if mime.hasUrls() else []
        return self.clinic.importable([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])

    def _show_reminder(self, due: Due | None) -> None:
        self.home.show_reminder(fill(self.tr("Time for %1"), due.message) if due else None)
        if due is not None:
            self.reminder_shown.emit(due)

    def handle_command(self, command: str) -> None:
        """A line from a second `coach` process: relief, show, or routine ID."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if command == "relief":
            self.start_relief()
        elif command == "home":
            self.go_home()
        elif command.startswith("routine "):
            self.open_routine(command.removeprefix("routine ").strip())

    def open_routine(self, id_or_path: str) -> None:
        """Start a routine by id, or load a routine file first and report its problems."""
        if id_or_path in self.library.routines:
            self.start_routine(id_or_path)
            return
        path = Path(id_or_path)
        if path.suffix not in {".yaml", ".yml"} or not path.is_file():
            self._warn(fill(self.tr("There is no routine called “%1”."), id_or_path))
            return
        from coach.core.routine_files import add_routine_file

        before = len(self.library.problems)
        routine = add_routine_file(self.library, path)
        if routine is None:
            problems = "\n".join(str(p) for p in self.library.problems[before:][:20])
            self._warn(fill(self.tr("This routine file can't be used:\n\n%1"), problems))
            return
        self.home.set_routines(self.routine_entries())
        self.start_routine(routine.id)

    # -- Stop: freeze, ask what happened, advise --------------------------------------
    def request_stop(self) -> None:
        controller = self.controller
        if controller is None or self.stop_dialog is not None:
            return
        from coach.core.player import PlayerState

        if controller.player.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        was_playing = controller.player.state == PlayerState.PLAYING
        controller.pause()
        if self.voice is not None:
            self.voice.stop()
        from coach.ui.stop_dialog import StopDialog

        dialog = StopDialog(self)
        self.stop_dialog = dialog

        def done(result: int) -> None:
            self.stop_dialog = None
            if self.controller is not controller:
                return
            if result == StopDialog.DialogCode.Accepted and dialog.reason:
                controller.stop(dialog.reason)
            elif was_playing:
                controller.resume()

        dialog.finished.connect(done)
        dialog.open()

    def go_home(self) -> None:
        self._end_controller()
        self.stack.setCurrentWidget(self.home)
        self.home.relief_button.setFocus()

    def _on_suspended(self, _gap_s: float) -> None:
        """The computer slept mid-routine: it is paused where it was; say so plainly."""
        text = self.tr("Paused while the computer was asleep. Press Space to carry on.")
        self.statusBar().showMessage(text, 30000)
        if self.voice is not None:
            self.voice.stop()

    def _on_ended(self, state: str, reason: str) -> None:
        if self.controller is None:
            return
        timeline = self.controller.timeline
        s = self.settings
        from coach.core.stop_advice import contact_lines

        contacts = contact_lines(s.midwife_name, s.midwife_phone, s.emergency_number)
        self.finish.show_result(state, reason, timeline.shown_title, timeline.finish_text, contacts)
        self._record_run()
        self.stack.setCurrentWidget(self.finish)
        if self.voice is not None:
            self.voice.speak(self.finish.title.text() + ". " + self.finish.message.text())

    # -- the diary ---------------------------------------------------------------------
    def _record_run(self) -> None:
        """Save the run that just ended; then ask the follow-up question for it."""
        self._record = None
        controller = self.controller
        if controller is None or self._started_wall is None:
            return
        routine = self.library.routines.get(controller.timeline.routine_id)
        version = routine.version if routine else 1
        from coach.core.history_records import EpisodeRecord
        from coach.core.recording import record_for

        record = record_for(controller.player, version, self._started_wall, self._now())
        kind = "episode" if isinstance(record, EpisodeRecord) else "session"
        record_id = self.diary.add(record)
        if record_id is not None:
            self._record = (kind, record_id)
        reason = controller.player.end_reason
        ask = record_id is not None and reason != "red_flag"
        self.finish.ask_followup(kind if ask else None)

    def _on_helped(self, helped: str) -> None:
        if self._record and self._record[0] == "session":
            self.diary.set_helped(self._record[1], helped)

    def _on_episode_details(self, severity: int | None, note: str) -> None:
        if self._record and self._record[0] == "episode":
            self.diary.update_episode(self._record[1], severity, note)

    def notify(self, message: str) -> None:
        """Tell the person something about their data, plainly and without blocking."""
        self.notices.append(message)
        self.statusBar().showMessage(message, 20000)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # on use: its enums cost start-up time

        box = QMessageBox(QMessageBox.Icon.Information, "Coach", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def add_diary_entry(self) -> None:
        from coach.ui.diary_dialog import DiaryDialog

        dialog = DiaryDialog(self.diary.today(), self)
        self.diary_dialog = dialog

        def done(result: int) -> None:
            self.diary_dialog = None
            if result == DiaryDialog.DialogCode.Accepted:
                self.diary.add_entry(dialog.entry())

        dialog.finished.connect(done)
        dialog.open()

    def show_history(self) -> None:
        if self.history is None:
            from coach.ui.a11y import enter_presses
            from coach.ui.history_screen import HistoryScreen

            self.history = HistoryScreen()
            self.history.set_theme(self.theme)
            self.history.back_requested.connect(self.go_home)
            self.history.add_entry_requested.connect(self.add_diary_entry)
            self.history.export_requested.connect(self.choose_export_folder)
            self.history.delete_requested.connect(self.confirm_delete_all)
            enter_presses(self.history)
            self.diary.changed.connect(self.refresh_history)
            self.stack.addWidget(self.history)
        self.refresh_history()
        self.stack.setCurrentWidget(self.history)

    def refresh_history(self) -> None:
        if self.history is None:
            return
        from coach.core.history_stats import weekly

        self.diary.open()
        store = self.diary.store
        if store is None:
            self.history.show_unavailable(
                self.tr("Your diary can't be opened right now, so nothing is shown.")
            )
            self.history.show_data([], [], [], weekly([], [], [], self.diary.today()))
            return
        self.history.show_unavailable(None)
        sessions, episodes, diary = store.sessions(), store.episodes(), store.diary()
        weeks = weekly(sessions, episodes, diary, self.diary.today())
        self.history.show_data(self._titles_shown(sessions), episodes, diary, weeks)

    def _titles_shown(self, sessions: list[SessionRecord]) -> list[SessionRecord]:
        """Routine titles in the person's language; the diary keeps them as recorded."""
        ids = {s.routine_id for s in sessions}
        words = {rid: self.content_translation(rid).text for rid in ids}
        return [replace(s, routine_title=words[s.routine_id](s.routine_title)) for s in sessions]

    def choose_export_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Export your diary as CSV to…"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> list[Path]:
        paths = self.diary.export(folder)
        if paths:
            text = fill(self.tr("Saved %n CSV file(s) in %1", "", len(paths)), folder)
            self.statusBar().showMessage(text, 15000)
        return paths

    def confirm_delete_all(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete all data?"),
            self.tr(
                "This deletes every session, cramp and diary entry from this computer. "
                "Daily backups are deleted too. This cannot be undone."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.delete_box = box

        def done() -> None:
            if box.clickedButton() is delete:
                self.diary.delete_all()
                self.diary.delete_backups()
                if self._pictures_dir is not None:  # they show the week's adherence
                    from coach.core.start_picture import delete_start_pictures

                    delete_start_pictures(self._pictures_dir)

        box.finished.connect(done)
        box.open()

    def _end_controller(self) -> None:
        if self.controller is not None:
            self.player_screen.unbind()
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
            self._show_sound(available and self.settings.sound, why)

    def _ensure_voice(self) -> None:
        if self.voice is None and self._voice_factory is not None:
            self.voice = self._voice_factory()
            self._apply_voice_settings()
            if self.controller is not None:
                self._last_spoken = None
                self._speak_changes(self.controller.player.snapshot())

    def _apply_voice_settings(self) -> None:
        if self.voice is not None:
            self.voice.muted = not self.settings.voice
            self.voice.rate = self.settings.voice_rate

    def _speak_changes(self, snap: Snapshot) -> None:
        """Say each new cue once: a new segment, or a long movement's next cue."""
        from coach.core.player import PlayerState
        from coach.core.speech import spoken_text

        if self.voice is None or snap.segment is None or snap.state != PlayerState.PLAYING:
            return
        key = (snap.segment.index, snap.cue)
        if key != self._last_spoken:
            self._last_spoken = key
            self.voice.speak(spoken_text(snap.segment, snap.cue))

    def _on_sound_failed(self, reason: str) -> None:
        self._show_sound(False, fill(self.tr("No sound: %1"), reason))

    def set_sound(self, on: bool) -> None:
        self.cues.muted = not on
        self._save(self.settings.with_changes(sound=on))
        available = self.cues.real is None or getattr(self.cues.real, "available", True)
        muted = "" if on else self.tr("Sound is muted")
        self._show_sound(on and available, muted)

    def _show_sound(self, available: bool, why: str) -> None:
        """The player's sound mark; kept until the player page exists."""
        self._sound_shown = (available, why)
        if self._player_screen is not None:
            self._player_screen.set_sound_available(available, why)

    def shutdown_audio(self) -> None:
        if self.cues.real is not None:
            self.cues.real.shutdown()
        if self.voice is not None:
            self.voice.shutdown()

    # -- theme -----------------------------------------------------------------------
    def cycle_theme(self) -> None:
        nxt = THEME_MODES[(THEME_MODES.index(self.settings.theme) + 1) % len(THEME_MODES)]
        self._save(self.settings.with_changes(theme=nxt))
        self.home.set_theme_mode(nxt)
        self.refresh_theme()

    def refresh_theme(self) -> None:
        """Draw with the theme for the mode, the hour and the system's contrast, at the
        person's text size; nothing is redrawn when neither changed."""
        from coach.ui.theme import apply_theme, choose_theme, system_prefers_high_contrast

        night = is_night(self._hour(), self.settings)
        theme = choose_theme(self.settings.theme, night, system_prefers_high_contrast())
        look = (theme, self.settings.text_scale)
        if look == self._look:
            return
        self._look = look
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme, self.settings.text_scale)
        if self._player_screen is not None:
            self._player_screen.set_theme(theme)
        if self.history is not None:
            self.history.set_theme(theme)
            self.refresh_history()

    def change_text_scale(self, step: int) -> None:
        """Ctrl++ / Ctrl+- go one text size up or down; Ctrl+0 (step 0) goes back to 100 %."""
        scales = TEXT_SCALES
        now = scales.index(self.settings.text_scale) if self.settings.text_scale in scales else 0
        scale = scales[0] if step == 0 else scales[max(0, min(len(scales) - 1, now + step))]
        if scale != self.settings.text_scale:
            self._save(self.settings.with_changes(text_scale=scale))
            self.refresh_theme()
        message = self.tr("Text size {0} %").format(round(scale * 100))
        self.statusBar().showMessage(message, 4000)
        from coach.ui.a11y import announce

        announce(self, message)

    # -- plumbing --------------------------------------------------------------------
    def _save(self, settings: Settings) -> None:
        self.settings = settings
        if self._settings_path is None:
            return
        try:
            save_settings(self._settings_path, settings)
        except OSError as exc:
            text = fill(self.tr("Settings not saved: %1"), exc.strerror)
            self.statusBar().showMessage(text, 8000)

    def _warn(self, text: str) -> None:
        """A window-modal warning that does not block: the event loop (timers, hand-overs,
        a running routine) carries on while it is shown."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, "Coach", text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("warning")
        box.open()

    def _install_shortcuts(self) -> None:
        """One QShortcut per key (two for the same key would be ambiguous), routed by page."""
        from PySide6.QtGui import QKeySequence, QShortcut

        player, home, finish = "player", "home", "finish"  # pages by name: some come later
        table: dict[str, dict[str | None, Callable[[], None]]] = {
            "Space": {player: lambda: self._control("toggle_pause")},
            "Right": {player: lambda: self._control("skip")},
            "Left": {player: lambda: self._control("back")},
            "Escape": {
                player: self.request_stop,
                finish: self.go_home,
                None: self._dispatch_history_escape,  # pages built later: History
            },
            "R": {home: self.start_relief},
            "B": {home: lambda: self.start_routine("bedtime")},
            "D": {home: lambda: self.start_routine("daytime")},
            "T": {home: self.cycle_theme},
            "M": {home: self.home.sound_button.toggle},
            "P": {home: self.edit_profile},
            "H": {home: self.show_history},
            "N": {home: self.add_diary_entry},
            "Ctrl++": {None: lambda: self.change_text_scale(1)},
            "Ctrl+=": {None: lambda: self.change_text_scale(1)},  # + without Shift
            "Ctrl+-": {None: lambda: self.change_text_scale(-1)},
            "Ctrl+0": {None: lambda: self.change_text_scale(0)},
        }
        self._shortcuts: list[tuple[QShortcut, dict[str | None, Callable[[], None]]]] = []
        for key, actions in table.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda actions=actions: self._dispatch(actions))
            self._shortcuts.append((shortcut, actions))
        self.stack.currentChanged.connect(self._enable_shortcuts)
        self._enable_shortcuts()

    def _enable_shortcuts(self) -> None:
        """A key works only where it means something, so Space still presses a focused
        button on the home screen and letters can be typed in dialogs' fields."""
        page = self._page_name()
        for shortcut, actions in self._shortcuts:
            shortcut.setEnabled(page in actions or None in actions)

    def _page_name(self) -> str | None:
        current = self.stack.currentWidget()
        pages = {"home": self.home, "player": self._player_screen, "finish": self._finish}
        return next((name for name, page in pages.items() if page is current), None)

    def _dispatch(self, actions: dict[str | None, Callable[[], None]]) -> None:
        action = actions.get(self._page_name()) or actions.get(None)
        if action is not None:
            action()

    def _control(self, name: str) -> None:
        if self.controller is not None:
            getattr(self.controller, name)()

    def _dispatch_history_escape(self) -> None:
        if self.history is not None and self.stack.currentWidget() is self.history:
            self.go_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed while the start picture was on show
            super().closeEvent(event)
            return
        if self.keep_running_in_tray:
            self._end_controller()
            self.go_home()
            self.hide()  # relief stays one click away in the tray
            event.ignore()
            return
        self._end_controller()
        self._theme_timer.stop()
        self.clinic.stop()
        self.shutdown_audio()
        self.diary.close()
        super().closeEvent(event)
