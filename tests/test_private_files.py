"""Everything Coach writes about a person is private: files 0600, folders 0700.

Each writer runs with COACH_HOME pointing at a fresh folder and a permissive umask (022),
so a file or folder that is private is private because Coach made it so.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.core import paths
from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.history_store import HistoryStore
from coach.core.profile import ProfileAnswers
from coach.core.profile_store import save_profile
from coach.core.routine_import import import_routine
from coach.core.settings import Settings, save_settings
from tests.helpers.evening_bundle import evening_bundle

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "coach-home"  # not created: Coach must make it itself
    monkeypatch.setenv("COACH_HOME", str(home))
    old = os.umask(0o022)
    try:
        yield home
    finally:
        os.umask(old)


def modes(root: Path) -> dict[str, str]:
    """Every path under root (and root), relative, with its permission bits in octal."""
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        assert not stat.S_ISLNK(info.st_mode), f"{path} is a symbolic link"
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(info.st_mode))
    return found


def assert_private(root: Path) -> None:
    wrong = {}
    for name, mode in modes(root).items():
        path = root / name
        want = "0o700" if path.is_dir() else "0o600"
        if mode != want:
            wrong[name] = f"{mode} (want {want})"
    assert wrong == {}, f"not private: {wrong}"


def test_paths_follow_coach_home(home: Path) -> None:
    assert paths.data_dir() == home and paths.config_dir() == home


def test_settings_are_private(home: Path) -> None:
    save_settings(paths.settings_file(), Settings())
    save_settings(paths.settings_file(), Settings())  # the replace path too
    assert paths.settings_file().exists()
    assert_private(home)


def test_the_profile_is_private(home: Path) -> None:
    save_profile(paths.profile_file(), ProfileAnswers(week=25, week_entered_on=date(2026, 11, 22)))
    assert paths.profile_file().exists()
    assert_private(home)


def test_the_diary_and_its_backups_are_private(home: Path) -> None:
    result = HistoryStore.open(paths.history_file(), paths.backups_dir())
    store = result.store
    assert store is not None, result.message
    try:
        now = datetime(2026, 11, 22, 21, 30)
        store.add_session(SessionRecord("bedtime", 1, "Bedtime wind-down", now, now, "finished"))
        store.add_episode(EpisodeRecord(now, now, "left calf", 30.0))
        store.add_diary(DiaryEntry(now.date(), 2), now)
        assert store.backup_daily(paths.backups_dir(), now.date()) is not None
        assert_private(home)  # while open: the -wal and -shm files too
        names = set(modes(home))
        assert {"diary.sqlite3", "backups", "backups/diary-2026-11-22.sqlite3"} <= names
    finally:
        store.close()
    assert_private(home)


def test_an_imported_routine_is_private(home: Path, library, tmp_path: Path) -> None:
    bundle = evening_bundle(tmp_path)
    os.chmod(bundle, 0o644)
    outcome = import_routine(bundle, library.copy(), paths.user_routines_dir(), 25)
    assert outcome.folder.parent == paths.user_routines_dir()
    assert (outcome.folder / "heel_slide" / "frame2.svg").exists()
    assert_private(home)


def test_a_plain_yaml_import_is_private(home: Path, library, tmp_path: Path) -> None:
    src = tmp_path / "bedtime-copy.yaml"
    src.write_text(
        (REPO / "routines" / "bedtime.yaml").read_text().replace("id: bedtime", "id: my_own")
    )
    os.chmod(src, 0o644)
    import_routine(src, library.copy(), paths.user_routines_dir(), 25)
    assert_private(home)


def test_everything_together_is_private(home: Path, library, tmp_path: Path) -> None:
    """All writers into one home: nothing they leave behind is readable by others."""
    test_settings_are_private(home)
    test_the_profile_is_private(home)
    test_the_diary_and_its_backups_are_private(home)
    test_an_imported_routine_is_private(home, library, tmp_path)
    assert_private(home)
