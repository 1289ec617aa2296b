"""The clinicians' side of the app: imported routines, their safety at today's week,
reminders, the routine builder and the report. The window only wires its signals.

Signals:
    routines_changed(): the list of routines or their details changed.
    message(str): something to tell the person (an import result).
    warning(str): something went wrong, in plain words.
    start_requested(str): the person chose to start a routine (from a reminder).
    reminder_changed(object): a Due to show on the home screen, or None to hide it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coach.core.i18n import fill
from coach.core.library import Library
from coach.core.profile import Profile
from coach.core.records import Routine
from coach.core.reminders import Due, review_overdue, week_adherence
from coach.ui.diary_keeper import DiaryKeeper
from coach.ui.reminder_scheduler import ReminderScheduler

ROUTINE_SUFFIXES = {".yaml", ".yml", ".zip"}


class ClinicDesk(QObject):
    routines_changed = Signal()
    message = Signal(str)
    warning = Signal(str)
    start_requested = Signal(str)
    reminder_changed = Signal(object)

    def __init__(
        self,
        library: Library,
        diary: DiaryKeeper,
        profile: Callable[[], Profile | None],
        now: Callable[[], datetime],
        user_routines_dir: Path | None,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._library = library
        self._diary = diary
        self._profile = profile
        self._now = now
        self._dir = user_routines_dir
        self._parent = dialog_parent
        self.reminders = ReminderScheduler(self.assigned_routines, now, self)
        self.reminders.due.connect(self.show_reminder)
        self.reminder: Due | None = None
        self.last_import_error: str | None = None
        self.builder_dialog: QWidget | None = None
        self.report_dialog: QWidget | None = None
        self._started = False  # load_imported() ran: the first screen is on the display

    def _week(self) -> int | None:
        profile = self._profile()
        return profile.week if profile else None

    # -- routines -------------------------------------------------------------------------
    def load_imported(self) -> None:
        """Imported routines, after the first paint; then reminders start, and routines
        with a prescribed frequency get their week's count from the diary."""
        self._started = True
        if self._dir is not None and self._library.user_dir != self._dir:
            from coach.core.routine_files import add_user_routines  # pydantic: not at start-up

            add_user_routines(self._library, self._dir)
            self.routines_changed.emit()
        elif any(r.assigned.frequency for r in self.assigned_routines()):  # type: ignore[union-attr]
            self.routines_changed.emit()  # now with "2 of 3 this week"
        self.reminders.start()

    def assigned_routines(self) -> list[Routine]:
        return [r for r in self._library.routines.values() if r.assigned is not None]

    def detail(self, routine: Routine) -> str:
        """ "from A. Midwife · 2 of 3 this week · 1 missed · please ask … to review"."""
        if routine.assigned is None:
            return ""
        parts = [fill(self.tr("from %1"), routine.assigned.prescriber)]
        today = self._now().date()
        if routine.assigned.frequency is not None and self._started:
            self._diary.open()  # not while the first screen is built: load_imported asks
        store = self._diary.store
        if store is not None and routine.assigned.frequency is not None:
            week = week_adherence(routine, store.sessions(), today, self._imported_on(routine))
            if week.prescribed:
                parts.append(fill(self.tr("%1 of %2 this week"), week.done, week.prescribed))
            if week.missed:
                parts.append(self.tr("%n missed", "", week.missed))
        if review_overdue(routine, today):
            review = self.tr("please ask %1 to review this routine")
            parts.append(fill(review, routine.assigned.prescriber))
        return "   ·   ".join(parts)

    def _imported_on(self, routine: Routine) -> date | None:
        """The day the routine file arrived on this computer."""
        path = self._library.routine_paths.get(routine.id)
        try:
            return date.fromtimestamp(path.stat().st_mtime) if path else None
        except OSError:
            return None

    def safe_to_play(self, routine_id: str) -> bool:
        """An imported routine is checked again at today's week before it plays."""
        if self._library.is_builtin(routine_id):
            return True
        path = self._library.routine_paths.get(routine_id)
        if path is None:
            return True
        from coach.core.routine_files import errors_only, validate_file

        errors = errors_only(validate_file(path, self._library, None, self._week()))
        if errors:
            lines = "\n".join(f"• {p.field}: {p.message}" for p in errors[:8])
            text = self.tr(
                "This routine can't be played at your stage of pregnancy:\n\n%1\n\n"
                "Please ask the person who gave it to you to review it."
            )
            self.warning.emit(fill(text, lines))
        return not errors

    # -- import -----------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on use: its enums cost start-up time

        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a routine"),
            "",
            self.tr("Coach routines (*.yaml *.yml *.zip)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Import a routine file or bundle; tell the person plainly what happened."""
        if self._dir is None:
            self.warning.emit(self.tr("Importing is not available here."))
            return False
        from coach.core.bundle import BundleError
        from coach.core.routine_import import import_routine

        try:
            outcome = import_routine(path, self._library, self._dir, self._week())
        except BundleError as exc:
            self.last_import_error = str(exc)
            self.warning.emit(fill(self.tr("“%1” was not imported.\n\n%2"), path.name, exc))
            return False
        self.routines_changed.emit()
        self.reminders.start()
        who = outcome.routine.assigned.prescriber if outcome.routine.assigned else None
        if outcome.replaced:
            said = self.tr("Updated “%1” from %2.") if who else self.tr("Updated “%1”.")
        else:
            said = self.tr("Imported “%1” from %2.") if who else self.tr("Imported “%1”.")
        text = fill(said, outcome.routine.title, who)
        if outcome.warnings:
            notes = "\n".join(f"• {w}" for w in outcome.warnings[:8])
            text += "\n\n" + fill(self.tr("Please note:\n%1"), notes)
        self.message.emit(text)
        return True

    @staticmethod
    def importable(paths: list[Path]) -> Path | None:
        """The one routine file among dropped files, if there is exactly one."""
        if len(paths) != 1:
            return None
        return paths[0] if paths[0].suffix.lower() in ROUTINE_SUFFIXES else None

    # -- builder and report -------------------------------------------------------------------
    def open_builder(self) -> None:
        from coach.ui.builder_dialog import BuilderDialog

        self.builder_dialog = BuilderDialog(self._library, self._week(), self._parent)
        self.builder_dialog.open()

    def open_report(self) -> None:
        from coach.ui.report_dialog import ReportDialog

        self._diary.open()
        if self._diary.store is None:
            self.warning.emit(self.tr("Your diary can't be opened, so there is nothing to report."))
            return
        today = self._now().date()
        routines = self.assigned_routines()
        self.report_dialog = ReportDialog(
            self._diary.store, routines, self._library, today, self._parent
        )
        self.report_dialog.open()

    # -- reminders ------------------------------------------------------------------------------
    def show_reminder(self, due: Due | None) -> None:
        self.reminder = due
        self.reminder_changed.emit(due)

    def start_reminded(self) -> None:
        due = self.reminder
        self.show_reminder(None)
        if due is not None:
            self.start_requested.emit(due.routine_id)

    def snooze_reminder(self) -> None:
        if self.reminder is not None:
            self.reminders.snooze(self.reminder)
        self.show_reminder(None)

    def stop(self) -> None:
        self.reminders.stop()
