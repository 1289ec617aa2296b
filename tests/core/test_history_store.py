"""The diary store: records round-trip, files are private, damage and full disks are handled."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.core.history_csv import export_csv
from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.history_stats import week_start, weekly
from coach.core.history_store import SCHEMA_VERSION, HistoryError, HistoryStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = datetime(2026, 11, 22, 21, 40)


def session(**kw: object) -> SessionRecord:
    base = dict(
        routine_id="bedtime", routine_version=1, routine_title="Bedtime wind-down",
        started_at=datetime(2026, 11, 20, 21, 30), ended_at=datetime(2026, 11, 20, 21, 39),
        outcome="finished",
    )  # fmt: skip
    base.update(kw)
    return SessionRecord(**base)  # type: ignore[arg-type]


def episode(day: int = 21, eased: float | None = 45.0) -> EpisodeRecord:
    return EpisodeRecord(
        datetime(2026, 11, day, 3, 10), datetime(2026, 11, day, 3, 20), "left calf", eased,
        ("bed_wall_foot_press", "gentle_walk"), 7, "woke up",
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    result = HistoryStore.open(tmp_path / "data" / "diary.sqlite3")
    assert result.store is not None and result.message is None
    yield result.store
    result.store.close()


def test_records_round_trip(store: HistoryStore) -> None:
    sid = store.add_session(session(stop_reason=None))
    store.set_helped(sid, "better")
    eid = store.add_episode(episode())
    store.update_episode(eid, 4, "eased quickly")
    store.add_diary(DiaryEntry(date(2026, 11, 21), 2, "right calf", "two at night"), NOW)
    [s] = store.sessions()
    assert s.id == sid and s.helped == "better" and s.started_at == datetime(2026, 11, 20, 21, 30)
    [e] = store.episodes()
    assert e.steps_used == ("bed_wall_foot_press", "gentle_walk")
    assert (e.severity, e.note, e.side, e.eased_after_s) == (4, "eased quickly", "left calf", 45.0)
    [d] = store.diary()
    assert (d.cramps, d.side, d.recorded_at) == (2, "right calf", NOW.replace(microsecond=0))


def test_file_and_folder_are_private_and_wal_is_on(store: HistoryStore) -> None:
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert store.path.parent.stat().st_mode & 0o777 == 0o700
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_bad_values_are_refused_by_the_schema(store: HistoryStore) -> None:
    with pytest.raises(HistoryError):
        store.add_session(session(outcome="exploded"))
    with pytest.raises(HistoryError):
        store.add_diary(DiaryEntry(date(2026, 11, 21), -1), NOW)
    assert store.sessions() == [] and store.diary() == []


def test_golden_v1_fixture_opens_and_reads(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copyfile(FIXTURES / "diary-v1.sqlite3", path)
    result = HistoryStore.open(path)
    assert result.store is not None and result.message is None
    sessions = result.store.sessions()
    assert [(s.routine_id, s.outcome, s.helped) for s in sessions] == [
        ("bedtime", "finished", "better"),
        ("daytime", "stopped", None),
    ]
    assert result.store.episodes()[0].steps_used == ("bed_wall_foot_press", "foot_massage")
    assert result.store.diary()[0].cramps == 2
    result.store.close()


def test_a_diary_from_a_newer_coach_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    result = HistoryStore.open(path)
    assert result.store is None
    assert "newer Coach" in (result.message or "")
    assert path.exists() and list(tmp_path.glob("*.damaged-*")) == []


def test_a_damaged_file_is_kept_aside_and_a_new_diary_started(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    result = HistoryStore.open(path, backups=tmp_path / "backups")
    assert result.store is not None
    assert "damaged" in result.message and "new, empty diary" in result.message
    kept = list(tmp_path.glob("diary.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    assert result.store.episodes() == []
    result.store.close()


def test_a_damaged_file_is_restored_from_the_latest_backup(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    backups = tmp_path / "backups"
    first = HistoryStore.open(path).store
    first.add_episode(episode())
    first.backup_daily(backups, date(2026, 11, 21))
    first.add_episode(episode(22))  # after the backup: lost with the damaged file
    first.close()
    with open(path, "r+b") as handle:  # scribble over the header
        handle.write(b"\0" * 100)
    Path(f"{path}-wal").unlink(missing_ok=True)
    result = HistoryStore.open(path, backups=backups)
    assert result.store is not None
    assert "restored from the backup of 2026-11-21" in result.message
    assert len(result.store.episodes()) == 1
    result.store.close()


def test_a_blocked_data_folder_gives_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    result = HistoryStore.open(blocker / "diary.sqlite3")
    assert result.store is None
    assert result.message and result.message.startswith("Your diary can't be saved")


def test_a_full_disk_is_reported_plainly_and_keeps_earlier_records(store: HistoryStore) -> None:
    store.add_episode(episode())
    store._conn.execute("PRAGMA max_page_count = 1")  # simulate a full disk
    with pytest.raises(HistoryError, match="disk is full"):
        for day in range(1, 29):
            store.add_diary(DiaryEntry(date(2026, 11, day), 1, note="x" * 2000), NOW)
    assert len(store.episodes()) == 1


def test_daily_backups_keep_the_last_seven(store: HistoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    store.add_episode(episode())
    for day in range(1, 11):
        assert store.backup_daily(folder, date(2026, 11, day)) is not None
    assert store.backup_daily(folder, date(2026, 11, 10)) is None  # once a day
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"diary-2026-11-{d:02d}.sqlite3" for d in range(4, 11)]
    assert (folder / names[-1]).stat().st_mode & 0o777 == 0o600
    copy = sqlite3.connect(folder / names[-1])
    assert copy.execute("SELECT COUNT(*) FROM episodes").fetchone()[0] == 1
    copy.close()


def test_delete_all_empties_every_table(store: HistoryStore) -> None:
    store.add_session(session())
    store.add_episode(episode())
    store.add_diary(DiaryEntry(date(2026, 11, 21), 1), NOW)
    store.delete_all()
    assert store.sessions() == [] and store.episodes() == [] and store.diary() == []


def test_csv_export_has_documented_columns_and_defuses_formulas(
    store: HistoryStore, tmp_path: Path
) -> None:
    store.add_session(session())
    store.add_episode(EpisodeRecord(NOW, NOW, None, None, (), None, "=HYPERLINK(1)"))
    paths = export_csv(store, tmp_path / "export")
    assert [p.name for p in paths] == ["sessions.csv", "episodes.csv", "diary.csv"]
    sessions = paths[0].read_text().splitlines()
    assert (
        sessions[0]
        == "id,routine_id,routine_version,routine_title,started_at,ended_at,outcome,stop_reason,share_completed,helped"
    )
    assert sessions[1].startswith("1,bedtime,1,Bedtime wind-down,2026-11-20T21:30:00,")
    assert "'=HYPERLINK(1)" in paths[1].read_text()
    assert paths[2].read_text() == "id,occurred_on,cramps,side,note,recorded_at\n"
    docs = (Path(__file__).resolve().parents[2] / "docs" / "history-csv.md").read_text()
    for line in (
        sessions[0],
        paths[1].read_text().splitlines()[0],
        "id,occurred_on,cramps,side,note,recorded_at",
    ):
        for column in line.split(","):
            assert f"`{column}`" in docs


def test_weekly_figures(store: HistoryStore) -> None:
    today = date(2026, 11, 22)  # a Sunday
    store.add_session(session(started_at=datetime(2026, 11, 17, 21, 0)))
    store.add_session(session(started_at=datetime(2026, 11, 18, 21, 0), outcome="stopped"))
    store.add_episode(episode(19, eased=30.0))
    store.add_episode(episode(20, eased=90.0))
    store.add_episode(episode(12, eased=None))
    store.add_diary(DiaryEntry(date(2026, 11, 21), 2), NOW)
    weeks = weekly(store.sessions(), store.episodes(), store.diary(), today, weeks=3)
    assert [w.start for w in weeks] == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert [w.cramps for w in weeks] == [0, 1, 4]
    assert [w.bedtime_sessions for w in weeks] == [0, 0, 1]
    assert [w.average_relief_s for w in weeks] == [None, None, 60.0]
    assert week_start(today) == date(2026, 11, 16)


def test_exports_leave_the_chosen_folder_permissions_alone(
    store: HistoryStore, tmp_path: Path
) -> None:
    desktop = tmp_path / "Desktop"
    desktop.mkdir(mode=0o755)
    desktop.chmod(0o755)
    export_csv(store, desktop)
    assert desktop.stat().st_mode & 0o777 == 0o755
    assert (desktop / "sessions.csv").stat().st_mode & 0o777 == 0o600
