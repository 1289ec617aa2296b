"""The planner turns routines into ordered, contiguous segments."""

from __future__ import annotations

import pytest

from coach.core.models import Routine
from coach.core.timeline import READY_S, SWITCH_S, SegmentKind, plan


def make_routine(**overrides: object) -> Routine:
    data: dict[str, object] = {
        "schema_version": 1,
        "id": "t",
        "title": "Test",
        "steps": [
            {"check": "red_flags", "duration_s": 10},
            {"exercise": "standing_wall_calf_stretch"},
        ],
    }
    data.update(overrides)
    return Routine.model_validate(data)


def test_segments_are_contiguous_and_sum_to_total(library) -> None:
    for routine in library.routines.values():
        tl = plan(routine, library.catalogue)
        assert [s.index for s in tl.segments] == list(range(len(tl.segments)))
        offset = 0.0
        for seg in tl.segments:
            assert seg.offset_s == pytest.approx(offset, abs=0)
            assert seg.duration_s > 0
            offset += seg.duration_s
        assert tl.total_s == offset


def test_hold_dose_expands_to_ready_holds_rests_and_switch(library) -> None:
    tl = plan(make_routine(), library.catalogue)
    kinds = [s.kind for s in tl.segments]
    H, R = SegmentKind.HOLD, SegmentKind.REST
    assert kinds == [
        SegmentKind.CHECK, SegmentKind.READY,
        H, R, H, R, H,  # left: 3 holds, rests only between them
        SegmentKind.SWITCH,
        H, R, H, R, H,
    ]  # fmt: skip
    holds = [s for s in tl.segments if s.kind == H]
    assert [s.position_label for s in holds[:3]] == [
        "Left calf, 1 of 3",
        "Left calf, 2 of 3",
        "Left calf, 3 of 3",
    ]
    assert holds[3].position_label == "Right calf, 1 of 3"
    assert tl.total_s == 10 + READY_S + 6 * 20 + 4 * 5 + SWITCH_S


def test_step_dose_override_wins_over_catalogue(library) -> None:
    routine = make_routine(
        steps=[
            {"check": "red_flags"},
            {"exercise": "standing_wall_calf_stretch", "dose": {"hold_s": 15, "reps": 1}},
        ]
    )
    holds = [s for s in plan(routine, library.catalogue).segments if s.kind == SegmentKind.HOLD]
    assert [h.duration_s for h in holds] == [15, 15]


def test_builtin_routine_lengths_match_the_brief(library) -> None:
    minutes = {rid: plan(r, library.catalogue).total_s / 60 for rid, r in library.routines.items()}
    assert 8 <= minutes["bedtime"] <= 10
    assert 4 <= minutes["daytime"] <= 5


def test_relief_starts_with_a_stretch_loop_and_no_check(library) -> None:
    tl = plan(library.routines["relief"], library.catalogue)
    assert tl.segments[0].kind == SegmentKind.READY
    assert tl.segments[0].exercise_id == "bed_wall_foot_press"
    assert not any(s.kind == SegmentKind.CHECK for s in tl.segments)
    first, last = tl.loop_bounds(0)
    assert [tl.segments[i].kind for i in range(first, last + 1)] == [
        SegmentKind.HOLD,
        SegmentKind.ASK,
    ]
    assert tl.segments[1].position_label == "Cramping calf"


def test_cue_rotates_through_a_long_movement(library) -> None:
    routine = make_routine(steps=[{"check": "red_flags"}, {"exercise": "ankle_circles"}])
    move = next(s for s in plan(routine, library.catalogue).segments if s.kind == SegmentKind.MOVE)
    assert move.cue_at(0) == move.cues[0]
    assert move.cue_at(move.duration_s - 0.1) == move.cues[-1]
    assert move.cue_at(move.duration_s + 100) == move.cues[-1]


def test_every_segment_keeps_its_sources(library) -> None:
    for routine in library.routines.values():
        for seg in plan(routine, library.catalogue).segments:
            if seg.exercise_id:
                assert seg.sources, seg
