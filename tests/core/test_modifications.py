"""Every modification in the shipped catalogue does what it says, and only when it applies."""

from __future__ import annotations

import pytest

from coach.core.models import Condition, Routine, When
from coach.core.modifications import applies, plan_exercise
from coach.core.profile import Profile
from coach.core.timeline import SegmentKind, plan


def profile_for(when: When) -> Profile:
    """A profile that matches `when` exactly."""
    if when.weeks is not None:
        week = when.weeks[0]
    elif when.trimester is not None:
        week = {1: 10, 2: 20, 3: 31}[when.trimester]
    else:
        week = None
    conditions = frozenset({when.condition}) if when.condition else frozenset()
    return Profile(week, conditions)


def profile_against(when: When) -> Profile:
    """A profile that does not match `when`."""
    if when.condition is not None:
        return Profile(20, frozenset())
    if when.weeks is not None:
        return Profile(max(0, when.weeks[0] - 1))
    return Profile({1: 20, 2: 31, 3: 10}[when.trimester or 1])


def pytest_generate_tests(metafunc):
    if "mod_case" in metafunc.fixturenames:
        from coach.core import resources
        from coach.core.routine_files import load_library

        lib = load_library(resources.routines_dir())
        cases = [
            pytest.param((ex.id, i), id=f"{ex.id}-{i}")
            for ex in lib.catalogue.values()
            for i, _ in enumerate(ex.modifications)
        ]
        metafunc.parametrize("mod_case", cases)


def test_every_modification_applies_when_it_should(library, mod_case) -> None:
    exercise_id, index = mod_case
    ex = library.catalogue[exercise_id]
    mod = ex.modifications[index]
    matched = plan_exercise(ex, library.catalogue, profile_for(mod.when))
    if mod.replace_with:
        assert matched.exercise.id == mod.replace_with
        assert any(library.catalogue[mod.replace_with].name in n for n in matched.notes)
    if mod.cue:
        assert mod.cue in matched.extra_cues
        assert any(n.endswith(mod.cue) for n in matched.notes)
    if mod.dose:
        for field in ("hold_s", "duration_s", "reps", "rest_s"):
            cap = getattr(mod.dose, field)
            if cap is not None:
                assert getattr(matched.dose, field) <= cap
    for source in mod.sources:
        assert source in matched.sources


def test_no_modification_applies_without_its_trigger(library, mod_case) -> None:
    exercise_id, index = mod_case
    ex = library.catalogue[exercise_id]
    mod = ex.modifications[index]
    other = plan_exercise(ex, library.catalogue, profile_against(mod.when))
    if mod.replace_with:
        assert other.exercise.id != mod.replace_with
    if mod.cue:
        assert mod.cue not in other.extra_cues


def test_without_a_profile_nothing_changes(library) -> None:
    for ex in library.catalogue.values():
        planned = plan_exercise(ex, library.catalogue, None)
        assert planned.exercise is ex and planned.notes == () and planned.dose == ex.dose


def test_note_says_why_in_the_persons_terms(library) -> None:
    ex = library.catalogue["standing_wall_calf_stretch"]
    planned = plan_exercise(ex, library.catalogue, Profile(31))
    assert planned.notes == ("Week 31: Take a shorter step and keep one hand on a counter.",)


def test_unsteady_in_the_bedtime_routine_swaps_standing_for_seated(library) -> None:
    tl = plan(
        library.routines["bedtime"], library.catalogue, Profile(31, frozenset({Condition.UNSTEADY}))
    )
    ids = {s.exercise_id for s in tl.segments}
    assert "standing_wall_calf_stretch" not in ids
    assert "seated_towel_calf_stretch" in ids


def test_third_trimester_shortens_the_walk(library) -> None:
    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "w",
            "title": "W",
            "steps": [{"check": "red_flags"}, {"exercise": "gentle_walk"}],
        }
    )
    move = next(
        s
        for s in plan(routine, library.catalogue, Profile(33)).segments
        if s.kind == SegmentKind.MOVE
    )
    assert move.duration_s == 120


def test_applies_requires_every_field() -> None:
    when = When(trimester=3, condition=Condition.UNSTEADY)
    assert applies(when, Profile(30, frozenset({Condition.UNSTEADY})))
    assert not applies(when, Profile(30))
    assert not applies(when, Profile(20, frozenset({Condition.UNSTEADY})))
    assert not applies(When(weeks=(20, 45)), Profile(None))
