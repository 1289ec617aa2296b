"""Routine files: every problem reported at once, each with FILE:LINE:COL and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.routine_files import (
    RoutineFileError,
    parse_routine,
    read_document,
    validate_file,
)

BROKEN = """\
schema_version: 1
id: broken
title: Broken
steps:
  - check: red_flags
  - exercise: ankle_circles
    dose: {duration_s: 2}
  - exercise: no_such_exercise
  - exercise: standing_wall_calf_stretch
    dose:
      hold_s: 500
      repz: 3
"""


def write(tmp_path: Path, text: str, name: str = "r.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str, library) -> list[str]:
    return [str(p) for p in validate_file(write(tmp_path, text), library)]


def test_every_problem_is_reported_with_line_and_column(tmp_path, library) -> None:
    found = problems_of(tmp_path, BROKEN, library)
    name = str(tmp_path / "r.yaml")
    assert (
        f"{name}:7:24: steps[1].dose.duration_s: input should be greater than or equal to 5 (got 2)"
        in found
    )
    assert (
        f"{name}:11:15: steps[3].dose.hold_s: input should be less than or equal to 120 (got 500)"
        in found
    )
    assert f"{name}:12:7: steps[3].dose.repz: unknown field (check the spelling)" in found
    assert len(found) == 3  # the unknown exercise is checked once the shape is right


def test_unknown_exercise_is_named_at_its_line(tmp_path, library) -> None:
    text = "schema_version: 1\nid: x\ntitle: X\nsteps:\n  - check: red_flags\n  - exercise: nope\n"
    [problem] = problems_of(tmp_path, text, library)
    assert problem.endswith(":6:15: steps[1].exercise: no exercise 'nope' in the catalogue")


def test_missing_field_points_at_the_mapping(tmp_path, library) -> None:
    text = "schema_version: 1\nid: x\nsteps:\n  - check: red_flags\n"
    [problem] = problems_of(tmp_path, text, library)
    assert ":1:1: title: required field is missing" in problem


def test_session_without_red_flag_check_is_refused(tmp_path, library) -> None:
    text = "schema_version: 1\nid: x\ntitle: X\nsteps:\n  - exercise: ankle_circles\n"
    [problem] = problems_of(tmp_path, text, library)
    assert "red-flag check" in problem


def test_step_with_both_check_and_exercise(tmp_path, library) -> None:
    text = "schema_version: 1\nid: x\ntitle: X\nsteps:\n  - {check: red_flags, exercise: ankle_circles}\n"
    [problem] = problems_of(tmp_path, text, library)
    assert ":5:5: steps[0]: a step needs exactly one of check or exercise" in problem


def test_yaml_syntax_error_has_position(tmp_path, library) -> None:
    [problem] = problems_of(tmp_path, "schema_version: 1\nid: [unclosed\n", library)
    assert problem.startswith(str(tmp_path / "r.yaml") + ":")
    line = int(problem.split(":")[1])
    assert line >= 2


def test_top_level_list_is_refused(tmp_path, library) -> None:
    [problem] = problems_of(tmp_path, "- a\n- b\n", library)
    assert "expected a mapping" in problem


def test_unsafe_tag_is_refused_without_running_anything(tmp_path, library) -> None:
    text = "schema_version: 1\nid: !!python/object/apply:os.system ['echo hacked']\n"
    [problem] = problems_of(tmp_path, text, library)
    assert ":2:5:" in problem and "tag" in problem


def test_valid_routine_parses(tmp_path, library) -> None:
    text = "schema_version: 1\nid: mine\ntitle: Mine\nsteps:\n  - check: red_flags\n  - exercise: ankle_pumps\n"
    routine = parse_routine(read_document(write(tmp_path, text)), library.catalogue)
    assert routine.id == "mine"


def test_catalogue_cross_references_are_checked(tmp_path, library, repo) -> None:
    text = """\
schema_version: 1
exercises:
  - id: a
    name: A
    position: seated
    illustration: nowhere
    cues: {ready: Sit., do: [Move.]}
    dose: {duration_s: 30}
    sources: [NOT-A-SOURCE]
    modifications:
      - when: {trimester: 3}
        replace_with: ghost
"""
    found = [
        str(p)
        for p in validate_file(
            write(tmp_path, text, "exercises.yaml"), library, repo / "assets" / "illustrations"
        )
    ]
    assert any(
        ":9:15: exercises[0].sources[0]: unknown source id 'NOT-A-SOURCE'" in p for p in found
    )
    assert any(
        ":12:23: exercises[0].modifications[0].replace_with: no exercise 'ghost'" in p
        for p in found
    )
    assert any("exercises[0].illustration: needs at least 2 frames" in p for p in found)


def test_missing_file_is_a_problem_not_a_crash(tmp_path, library) -> None:
    [problem] = validate_file(tmp_path / "absent.yaml", library)
    assert "absent.yaml:1:1:" in str(problem)


@pytest.mark.parametrize("name", ["bedtime", "daytime", "relief", "exercises", "sources"])
def test_builtin_files_validate(repo, library, name) -> None:
    path = repo / "routines" / f"{name}.yaml"
    assert validate_file(path, library, repo / "assets" / "illustrations") == []


def test_routine_file_error_lists_all_problems(tmp_path, library) -> None:
    with pytest.raises(RoutineFileError) as info:
        parse_routine(read_document(write(tmp_path, BROKEN)), library.catalogue)
    assert len(info.value.problems) == 3
    assert str(info.value).count("\n") == 2
