"""The diary database: SQLite (standard library), WAL, foreign keys, versioned schema.

Health data must survive crashes and bad files:
- a write returns only after its transaction has committed (synchronous=FULL), so an
  acknowledged record is on disk;
- a damaged file found at start is moved aside (never deleted) and the newest daily backup
  takes its place when there is one; the caller gets a plain message to show;
- the file is private to the user (0600 in a 0700 folder).
Forward migrations live in MIGRATIONS; a golden fixture per version is tested.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from coach.core.atomic import PRIVATE_FILE, ensure_private_dir
from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.i18n import fill, translate
from coach.core.record import record

SCHEMA_VERSION = 1
BACKUPS_KEPT = 7

MIGRATIONS: dict[int, str] = {
    # version N's script turns a version N-1 database into version N
    1: """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_version INTEGER NOT NULL DEFAULT 1,
        routine_title TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('finished', 'stopped')),
        stop_reason TEXT,
        share_completed REAL NOT NULL CHECK (share_completed BETWEEN 0 AND 1),
        helped TEXT CHECK (helped IN ('better', 'same', 'worse'))
    );
    CREATE TABLE episodes (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        side TEXT,
        eased_after_s REAL CHECK (eased_after_s >= 0),
        steps_used TEXT NOT NULL DEFAULT '',
        severity INTEGER CHECK (severity BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE diary (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        occurred_on TEXT NOT NULL,
        cramps INTEGER NOT NULL CHECK (cramps BETWEEN 0 AND 50),
        side TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sessions_started ON sessions (started_at);
    CREATE INDEX episodes_started ON episodes (started_at);
    CREATE INDEX diary_occurred ON diary (occurred_on);
    """,
}


class HistoryError(Exception):
    """The diary could not be read or written; the message is fit to show a person."""


@record
class OpenResult:
    store: HistoryStore | None  # None: the diary is unavailable, routines still run
    message: str | None = None  # to show once, plainly


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _plain(exc: BaseException) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return "the folder is read-only"
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full"
    if "unable to open" in text:
        return "the file could not be opened"
    return text


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> OpenResult:
        """Open or create the diary; never raises. Damage is moved aside and reported."""
        try:
            ensure_private_dir(path.parent)
        except OSError as exc:
            return OpenResult(
                None, fill(translate("Diary", "Your diary can't be saved: %1."), exc.strerror)
            )
        message = None
        try:
            store = cls._connect(path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "corrupt" not in str(exc):
                text = translate(
                    "Diary",
                    "Your diary can't be opened (%1). "
                    "Routines work as usual, but nothing is recorded.",
                )
                return OpenResult(None, fill(text, _plain(exc)))
            kept = cls._move_aside(path)
            restored = cls._restore_latest(path, backups)
            damaged = translate("Diary", "Your diary file was damaged. It was kept as %1.")
            then = (
                fill(translate("Diary", "It was restored from the backup of %1."), restored)
                if restored
                else translate("Diary", "A new, empty diary was started.")
            )
            message = f"{fill(damaged, kept.name)} {then}"
            try:
                store = cls._connect(path)
            except sqlite3.DatabaseError as again:
                text = translate("Diary", "Your diary can't be opened (%1).")
                return OpenResult(None, fill(text, _plain(again)))
        return OpenResult(store, message)

    @classmethod
    def _connect(cls, path: Path) -> HistoryStore:
        existed = path.exists()
        conn = sqlite3.connect(path, isolation_level=None, timeout=5, check_same_thread=False)
        try:
            if not existed:
                with contextlib.suppress(OSError):
                    os.chmod(path, PRIVATE_FILE)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"database disk image is corrupt: {check}")
            cls._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.OperationalError(
                f"the diary was written by a newer Coach (version {version})"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @staticmethod
    def _move_aside(path: Path) -> Path:
        kept = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                src.replace(Path(f"{kept}{suffix}"))
        return kept

    @staticmethod
    def _restore_latest(path: Path, backups: Path | None) -> str | None:
        latest = newest_backup(backups) if backups else None
        if latest is None:
            return None
        shutil.copyfile(latest, path)
        os.chmod(path, PRIVATE_FILE)
        return latest.stem.removeprefix("diary-")

    def close(self) -> None:
        self._conn.close()

    # -- writing (each returns only after COMMIT) ---------------------------------------
    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            text = translate("Diary", "Could not save to your diary: %1.")
            raise HistoryError(fill(text, _plain(exc))) from exc

    def add_session(self, s: SessionRecord) -> int:
        with self._transaction() as c:
            cur = c.execute(
                "INSERT INTO sessions (routine_id, routine_version, routine_title, started_at,"
                " ended_at, outcome, stop_reason, share_completed, helped)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    s.routine_id,
                    s.routine_version,
                    s.routine_title,
                    _iso(s.started_at),
                    _iso(s.ended_at),
                    s.outcome,
                    s.stop_reason,
                    round(s.share_completed, 4),
                    s.helped,
                ),
            )
            return int(cur.lastrowid or 0)

    def set_helped(self, session_id: int, helped: str) -> None:
        with self._transaction() as c:
            c.execute("UPDATE sessions SET helped = ? WHERE id = ?", (helped, session_id))

    def add_episode(self, e: EpisodeRecord) -> int:
        with self._transaction() as c:
            cur = c.execute(
                "INSERT INTO episodes (started_at, ended_at, side, eased_after_s, steps_used,"
                " severity, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _iso(e.started_at),
                    _iso(e.ended_at),
                    e.side,
                    e.eased_after_s,
                    ",".join(e.steps_used),
                    e.severity,
                    e.note,
                ),
            )
            return int(cur.lastrowid or 0)

    def update_episode(self, episode_id: int, severity: int | None, note: str) -> None:
        with self._transaction() as c:
            c.execute(
                "UPDATE episodes SET severity = ?, note = ? WHERE id = ?",
                (severity, note, episode_id),
            )

    def add_diary(self, d: DiaryEntry, now: datetime) -> int:
        with self._transaction() as c:
            cur = c.execute(
                "INSERT INTO diary (recorded_at, occurred_on, cramps, side, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (_iso(d.recorded_at or now), d.occurred_on.isoformat(), d.cramps, d.side, d.note),
            )
            return int(cur.lastrowid or 0)

    def delete_all(self) -> None:
        with self._transaction() as c:
            for table in ("sessions", "episodes", "diary"):
                c.execute(f"DELETE FROM {table}")
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("VACUUM")

    # -- reading -------------------------------------------------------------------------
    def sessions(self) -> list[SessionRecord]:
        rows = self._conn.execute(
            "SELECT routine_id, routine_version, routine_title, started_at, ended_at, outcome,"
            " stop_reason, share_completed, helped, id FROM sessions ORDER BY started_at, id"
        ).fetchall()
        return [
            SessionRecord(
                r[0],
                r[1],
                r[2],
                datetime.fromisoformat(r[3]),
                datetime.fromisoformat(r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
            )
            for r in rows
        ]

    def episodes(self) -> list[EpisodeRecord]:
        rows = self._conn.execute(
            "SELECT started_at, ended_at, side, eased_after_s, steps_used, severity, note, id"
            " FROM episodes ORDER BY started_at, id"
        ).fetchall()
        return [
            EpisodeRecord(
                datetime.fromisoformat(r[0]),
                datetime.fromisoformat(r[1]),
                r[2],
                r[3],
                tuple(s for s in r[4].split(",") if s),
                r[5],
                r[6],
                r[7],
            )
            for r in rows
        ]

    def diary(self) -> list[DiaryEntry]:
        rows = self._conn.execute(
            "SELECT occurred_on, cramps, side, note, recorded_at, id FROM diary"
            " ORDER BY occurred_on, id"
        ).fetchall()
        return [
            DiaryEntry(
                date.fromisoformat(r[0]), r[1], r[2], r[3], datetime.fromisoformat(r[4]), r[5]
            )
            for r in rows
        ]

    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    # -- backups ---------------------------------------------------------------------------
    def backup_daily(self, folder: Path, today: date, keep: int = BACKUPS_KEPT) -> Path | None:
        """One backup a day (SQLite's online backup), keeping the newest `keep`."""
        target = folder / f"diary-{today.isoformat()}.sqlite3"
        if target.exists():
            return None
        ensure_private_dir(folder)
        partial = target.with_suffix(".partial")
        dest = sqlite3.connect(partial)
        try:
            self._conn.backup(dest)
        finally:
            dest.close()
        os.chmod(partial, PRIVATE_FILE)
        partial.replace(target)
        for old in sorted(folder.glob("diary-*.sqlite3"))[:-keep]:
            old.unlink()
        return target


def newest_backup(folder: Path) -> Path | None:
    found = sorted(folder.glob("diary-*.sqlite3")) if folder.is_dir() else []
    return found[-1] if found else None
