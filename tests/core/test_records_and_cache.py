"""What Coach plays (records) matches what was checked (models), and the start-up cache
gives back the same library without YAML or pydantic, or checks the files again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.core import library_cache, models, records
from coach.core.record import fields as record_fields
from coach.core.routine_files import add_user_routines, load_library, read_document

PAIRS = [
    (records.Dose, models.Dose), (records.DoseOverride, models.DoseOverride),
    (records.Cues, models.Cues), (records.Safety, models.Safety), (records.When, models.When),
    (records.Modification, models.Modification), (records.Exercise, models.Exercise),
    (records.Source, models.Source), (records.Escalation, models.Escalation),
    (records.Step, models.Step), (records.Frequency, models.Frequency),
    (records.Assigned, models.Assigned), (records.Routine, models.Routine),
]  # fmt: skip


@pytest.mark.parametrize(("record", "model"), PAIRS, ids=lambda c: c.__name__)
def test_records_have_exactly_the_models_fields(record, model) -> None:
    assert set(record_fields(record)) == set(model.model_fields)


def test_built_in_records_hold_what_the_models_checked(library, repo: Path) -> None:
    for routine_id in library.routines:
        path = repo / "routines" / f"{routine_id}.yaml"
        checked = models.Routine.model_validate(read_document(path).data)
        assert records.to_data(library.routines[routine_id]) == checked.model_dump(mode="json")
    catalogue = models.Catalogue.model_validate(
        read_document(repo / "routines" / "exercises.yaml").data
    )
    for exercise in catalogue.exercises:
        assert records.to_data(library.catalogue[exercise.id]) == exercise.model_dump(mode="json")


@pytest.fixture
def folders(tmp_path: Path, repo: Path) -> dict[str, Path]:
    routines = tmp_path / "routines"
    shutil.copytree(repo / "routines", routines)
    user = tmp_path / "user"
    user.mkdir()
    return {
        "routines": routines,
        "pictures": repo / "assets" / "illustrations",
        "user": user,
        "cache": tmp_path / "data" / "library-cache.json",
    }


def _cached(folders: dict[str, Path], calls: list[str]):
    def check():
        calls.append("checked")
        library = load_library(folders["routines"], folders["pictures"])
        add_user_routines(library, folders["user"])
        return library

    return library_cache.cached_library(
        folders["cache"],
        folders["routines"],
        folders["pictures"],
        folders["user"],
        check,
        now_ns=lambda: time.time_ns() + 60 * 10**9,  # the copied files have settled
    )


def test_the_second_start_comes_from_the_cache_unchanged(folders) -> None:
    calls: list[str] = []
    first, cached = _cached(folders, calls)
    assert not cached and calls == ["checked"]
    second, cached = _cached(folders, calls)
    assert cached and calls == ["checked"]
    assert records.to_data(list(second.routines.values())) == records.to_data(
        list(first.routines.values())
    )
    assert second.catalogue == first.catalogue and second.sources == first.sources
    assert second.routine_paths == first.routine_paths
    assert second.user_dir == folders["user"] and second.builtin_dir == folders["routines"]
    assert second.is_builtin("relief")
    assert folders["cache"].stat().st_mode & 0o777 == 0o600


def test_a_changed_routine_file_is_checked_again(folders) -> None:
    calls: list[str] = []
    _cached(folders, calls)
    bedtime = folders["routines"] / "bedtime.yaml"
    bedtime.write_text(bedtime.read_text().replace("Bedtime wind-down", "Evening stretch"))
    library, cached = _cached(folders, calls)
    assert not cached and calls == ["checked", "checked"]
    assert library.routines["bedtime"].title == "Evening stretch"


def test_a_new_imported_routine_is_checked_again(folders, repo: Path) -> None:
    calls: list[str] = []
    _cached(folders, calls)
    folder = folders["user"] / "evening"
    folder.mkdir()
    text = (folders["routines"] / "bedtime.yaml").read_text().replace("id: bedtime", "id: evening")
    (folder / "routine.yaml").write_text(text)
    library, cached = _cached(folders, calls)
    assert not cached and "evening" in library.routines


@pytest.mark.parametrize("damage", ["{not json", "[]", '{"key": 1}', ""])
def test_a_damaged_cache_means_checking_again(folders, damage: str) -> None:
    calls: list[str] = []
    _cached(folders, calls)
    key = json.loads(folders["cache"].read_text())["key"]
    folders["cache"].write_text(damage if damage != '{"key": 1}' else json.dumps({"key": key}))
    library, cached = _cached(folders, calls)
    assert not cached and calls == ["checked", "checked"] and "relief" in library.routines
    _, cached = _cached(folders, calls)  # and the cache was written again
    assert cached


def test_a_broken_routine_file_is_still_reported_from_the_cache(folders) -> None:
    (folders["routines"] / "broken.yaml").write_text("schema_version: 1\nid: broken\n")
    calls: list[str] = []
    first, _ = _cached(folders, calls)
    second, cached = _cached(folders, calls)
    assert cached and [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert any("broken.yaml" in str(p) for p in second.problems)


def test_a_cached_start_loads_neither_yaml_nor_pydantic(folders, tmp_path: Path) -> None:
    _cached(folders, [])
    script = f"""
import sys
import time
from pathlib import Path
from coach.core.library_cache import cached_library
def check():
    raise SystemExit("checked: the cache was not used")
library, cached = cached_library(Path({str(folders["cache"])!r}), Path({str(folders["routines"])!r}),
    Path({str(folders["pictures"])!r}), Path({str(folders["user"])!r}), check)
assert cached and "relief" in library.routines
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "yaml"))
print(heavy)
"""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_same_size_edit_that_keeps_the_old_mtime_is_checked_again(folders) -> None:
    calls: list[str] = []
    _cached(folders, calls)
    bedtime = folders["routines"] / "bedtime.yaml"
    before = bedtime.stat()
    bedtime.write_text(bedtime.read_text().replace("Bedtime wind-down", "Bedtime wind-dowN"))
    os.utime(bedtime, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or rsync do
    assert bedtime.stat().st_size == before.st_size
    library, cached = _cached(folders, calls)
    assert not cached and library.routines["bedtime"].title == "Bedtime wind-dowN"


def test_a_linked_user_folder_is_fingerprinted_through_the_link(folders, tmp_path) -> None:
    """The routines folder is a symlink; a routine added where it points must be seen."""
    real = tmp_path / "elsewhere"
    real.mkdir()
    linked = tmp_path / "linked-user"
    linked.symlink_to(real)
    (real / "loop").symlink_to(real)  # a link loop inside must not hang the walk
    folders["user"] = linked
    calls: list[str] = []
    _cached(folders, calls)
    folder = real / "evening"
    folder.mkdir()
    text = (folders["routines"] / "bedtime.yaml").read_text().replace("id: bedtime", "id: evening")
    (folder / "routine.yaml").write_text(text)
    library, cached = _cached(folders, calls)
    assert not cached and "evening" in library.routines


def test_a_result_from_files_changed_moments_ago_is_not_kept(folders) -> None:
    bedtime = folders["routines"] / "bedtime.yaml"
    bedtime.write_text(bedtime.read_text())  # changed just now
    calls: list[str] = []
    args = (folders["cache"], folders["routines"], folders["pictures"], folders["user"])

    def check():
        calls.append("checked")
        return load_library(folders["routines"], folders["pictures"])

    library_cache.cached_library(*args, check)
    assert not folders["cache"].exists()  # within the same tick it could change unseen
    library_cache.cached_library(*args, check, now_ns=lambda: time.time_ns() + 10**10)
    assert folders["cache"].exists()


def test_a_deeply_nested_cache_is_ignored_not_a_crash(folders) -> None:
    calls: list[str] = []
    _cached(folders, calls)
    folders["cache"].write_text("[" * 200_000 + "]" * 200_000)
    library, cached = _cached(folders, calls)
    assert not cached and "relief" in library.routines
