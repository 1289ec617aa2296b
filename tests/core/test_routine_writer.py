"""Routines written by the builder read back exactly, and read well."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from coach.core.models import Routine
from coach.core.records import to_data
from coach.core.routine_files import parse_routine, validate_file
from coach.core.routine_writer import routine_to_yaml, save_bundle
from coach.core.safe_yaml import load_yaml_text

BUILT_IN = ("bedtime", "daytime", "relief")


def _read_back(text: str, library) -> dict:
    return _data(parse_routine(load_yaml_text(text, "x.yaml"), library.catalogue))


def _data(routine) -> dict:
    """A checked model or a played record, as plain data, so either compares."""
    return routine.model_dump(mode="json") if hasattr(routine, "model_dump") else to_data(routine)


def _unzip(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["routine.yaml"]
        return archive.read("routine.yaml").decode("utf-8")


@pytest.fixture
def assigned_routine(library) -> Routine:
    """A routine using every part of the format, including its own exercise."""
    own = to_data(library.catalogue["seated_towel_calf_stretch"])
    own.update(id="strap_calf_stretch", name="Strap calf stretch: long version")
    return Routine.model_validate(
        {
            "schema_version": 1,
            "id": "evening_calf_care",
            "title": "Evening calf care — Ünïcode ok",
            "summary": "Yes",  # a word YAML 1.1 would read as true unless quoted
            "version": 3,
            "steps": [
                {"check": "red_flags", "duration_s": 20},
                {"exercise": "standing_wall_calf_stretch", "dose": {"hold_s": 45, "reps": 2}},
                {
                    "exercise": "ankle_pumps",
                    "dose": {"duration_s": 40, "sides": "left", "rest_s": 0},
                    "cue": "Slowly: 'up', then rest. # not a comment",
                    "optional": True,
                },
                {"exercise": "strap_calf_stretch", "dose": {}},
            ],
            "exercises": [own],
            "finish": "Well done.",
            "assigned": {
                "prescriber": "Dr A. Midwife",
                "clinic": "City Maternity",
                "issued": "2026-03-01",
                "review_by": "2026-04-26",
                "frequency": {
                    "per_day": 3,
                    "days": ["mon", "wed", "fri"],
                    "at": ["07:05", "12:30", "21:00"],
                },
                "notes": "Stop if it hurts: tell us at the next visit.",
                "approvals": ["supine_after_week_20", "hold_over_30s"],
            },
        }
    )


@pytest.mark.parametrize("routine_id", BUILT_IN)
def test_built_in_routines_round_trip(library, routine_id: str) -> None:
    routine = library.routines[routine_id]
    text = routine_to_yaml(routine)
    assert _read_back(text, library) == _data(routine)
    assert text.startswith(
        f"# Coach routine: {routine.title} (made with Coach's routine builder)\n"
    )
    assert "null" not in text


@pytest.mark.parametrize("routine_id", BUILT_IN)
def test_built_in_routines_round_trip_through_a_bundle(library, tmp_path, routine_id) -> None:
    routine = library.routines[routine_id]
    saved = save_bundle(routine, tmp_path / routine_id)
    assert saved == tmp_path / f"{routine_id}.zip"
    assert _read_back(_unzip(saved), library) == _data(routine)


def test_a_full_assigned_block_round_trips(library, assigned_routine, tmp_path) -> None:
    text = routine_to_yaml(assigned_routine)
    assert _read_back(text, library) == _data(assigned_routine)
    saved = save_bundle(assigned_routine, tmp_path / "r.zip")
    assert saved == tmp_path / "r.zip"
    assert _read_back(_unzip(saved), library) == _data(assigned_routine)


def test_the_yaml_is_tidy(assigned_routine) -> None:
    text = routine_to_yaml(assigned_routine)
    lines = text.splitlines()
    assert lines[0] == (
        "# Coach routine: Evening calf care — Ünïcode ok (made with Coach's routine builder)"
    )
    assert "null" not in text
    assert "kind:" not in text  # a default, left out
    assert "until_eased" not in text
    assert "  issued: 2026-03-01" in lines
    assert "  review_by: 2026-04-26" in lines
    assert "    days: [mon, wed, fri]" in lines
    assert "    dose: {hold_s: 45, reps: 2}" in lines
    assert "Ünïcode" in text  # not escaped
    assert max(len(line) for line in lines) <= 100 + 20  # wrapped near the width
    keys = [line.split(":")[0] for line in lines[1:] if line and line[0].isalpha()]
    assert keys == [
        "schema_version",
        "id",
        "title",
        "summary",
        "version",
        "steps",
        "exercises",
        "finish",
        "assigned",
    ]


def test_the_minimum_is_always_written(library) -> None:
    routine = Routine.model_validate(
        {"schema_version": 1, "id": "r", "title": "R", "steps": [{"check": "red_flags"}]}
    )
    text = routine_to_yaml(routine)
    assert text.splitlines()[1:] == [
        "schema_version: 1",
        "id: r",
        "title: R",
        "steps:",
        "  - check: red_flags",
    ]
    assert _read_back(text, library) == _data(routine)


def test_a_saved_bundle_validates_and_replaces_atomically(library, tmp_path) -> None:
    routine = library.routines["bedtime"]
    target = tmp_path / "out" / "bedtime.ZIP"
    assert save_bundle(routine, target) == target  # .ZIP kept, not doubled
    save_bundle(routine, target)  # overwriting is fine
    assert [p.name for p in target.parent.iterdir()] == ["bedtime.ZIP"]  # no temp files left
    folder = tmp_path / "unpacked"
    folder.mkdir()
    (folder / "routine.yaml").write_text(_unzip(target), encoding="utf-8")
    assert validate_file(folder / "routine.yaml", library, week=24) == []


def test_dates_are_written_as_dates(assigned_routine) -> None:
    data = load_yaml_text(routine_to_yaml(assigned_routine), "x.yaml").data
    assert data["assigned"]["issued"] == date(2026, 3, 1)
    assert data["assigned"]["frequency"]["at"] == ["07:05", "12:30", "21:00"]
