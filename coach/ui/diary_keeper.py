"""Owns the diary store for the window: opens it when first needed, saves records, reports
problems.

The diary is opened (and backed up, once a day) the first time something reads or writes
it: a session ends, a cramp is noted, History or a report is opened, or a clinician's
routine shows its adherence. A start that does none of these never loads SQLite (1.2 MB),
and the backup is still taken before the day's first change.

The app runs routines whether or not the diary can be written; every failure becomes one
plain sentence on the `message` signal, never an exception in the UI.

Signals:
    message(str): something the person should know about their diary.
    changed(): records were added, changed or deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.i18n import fill

if TYPE_CHECKING:
    from coach.core.history_store import HistoryStore


class DiaryKeeper(QObject):
    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        path: Path | None,
        backups: Path | None,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._backups = backups
        self._now = now
        self.store: HistoryStore | None = None
        self._opened = False

    def open(self) -> None:
        """Open once, when first needed; back it up once a day."""
        if self._opened or self._path is None:
            return
        self._opened = True
        from coach.core.history_store import HistoryStore

        result = HistoryStore.open(self._path, self._backups)
        self.store = result.store
        if result.message:
            self.message.emit(result.message)
        if self.store is not None and self._backups is not None:
            try:
                self.store.backup_daily(self._backups, self._now().date())
            except (OSError, Exception) as exc:
                text = self.tr("Today's diary backup could not be made: %1.")
                self.message.emit(fill(text, exc))

    @property
    def available(self) -> bool:
        return self.store is not None

    def _save(self, action: Callable[[HistoryStore], int | None]) -> int | None:
        self.open()
        if self.store is None:
            return None
        from coach.core.history_store import HistoryError

        try:
            result = action(self.store)
        except HistoryError as exc:
            self.message.emit(str(exc))
            return None
        self.changed.emit()
        return result

    def add(self, record: SessionRecord | EpisodeRecord) -> int | None:
        if isinstance(record, EpisodeRecord):
            return self._save(lambda s: s.add_episode(record))
        return self._save(lambda s: s.add_session(record))

    def set_helped(self, session_id: int, helped: str) -> None:
        self._save(lambda s: s.set_helped(session_id, helped))

    def update_episode(self, episode_id: int, severity: int | None, note: str) -> None:
        self._save(lambda s: s.update_episode(episode_id, severity, note))

    def add_entry(self, entry: DiaryEntry) -> int | None:
        return self._save(lambda s: s.add_diary(entry, self._now()))

    def delete_all(self) -> None:
        self._save(lambda s: s.delete_all())

    def delete_backups(self) -> None:
        """ "Delete all data" means the daily copies too."""
        if self._backups is None or not self._backups.is_dir():
            return
        for old in self._backups.glob("diary-*.sqlite3"):
            try:
                old.unlink()
            except OSError as exc:
                self.message.emit(fill(self.tr("A backup could not be deleted: %1."), exc.strerror))

    def export(self, folder: Path) -> list[Path]:
        from coach.core.history_csv import export_csv  # csv: only when exporting

        self.open()
        if self.store is None:
            return []
        try:
            return export_csv(self.store, folder)
        except OSError as exc:
            text = self.tr("The export could not be written: %1.")
            self.message.emit(fill(text, exc.strerror or exc))
            return []

    def today(self) -> date:
        return self._now().date()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
