"""Planning: routine (+ profile) -> an ordered list of timed segments with start offsets.

The timeline is a pure function, computed once before playing. The player never adds up
durations as it goes; it looks boundaries up here, which is what keeps it from drifting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coach.core.models import Escalation, Exercise, Routine, Sides, Step
from coach.core.modifications import Planned, plan_exercise
from coach.core.profile import Profile

READY_S = 8.0
RELIEF_READY_S = 4.0
SWITCH_S = 5.0
CHECK_S = 30.0
EASE_ASK_S = 7.0
COUNTDOWN_S = 3


class SegmentKind(StrEnum):
    CHECK = "check"  # red-flag questions; waits for an answer
    READY = "ready"  # get into position
    HOLD = "hold"  # hold a stretch
    MOVE = "move"  # a timed movement (circles, walking, massage)
    REST = "rest"  # release between reps
    SWITCH = "switch"  # change legs
    ASK = "ask"  # "Is it easing?"; waits, or carries on stretching after a while


class Frames(StrEnum):
    """Which illustration frames a segment shows."""

    START = "start"
    END = "end"
    ALTERNATE = "alternate"


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    step_index: int
    offset_s: float
    duration_s: float
    title: str
    cues: tuple[str, ...]
    exercise_id: str | None = None
    illustration: str | None = None
    frames: Frames = Frames.START
    side: str | None = None
    target: str = ""
    rep: int = 0
    reps: int = 0
    waits: bool = False
    loop: int | None = None
    eases: bool = False  # part of a step that lasts until the cramp eases
    optional: bool = False
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    why: str | None = None

    @property
    def end_s(self) -> float:
        return self.offset_s + self.duration_s

    @property
    def counts_down(self) -> bool:
        """Holds and movements end with an audible 3-2-1."""
        return self.kind in (SegmentKind.HOLD, SegmentKind.MOVE)

    def cue_at(self, elapsed_s: float) -> str:
        """The cue line to show `elapsed_s` into the segment; long segments rotate cues."""
        if not self.cues:
            return ""
        if len(self.cues) == 1 or self.duration_s <= 0:
            return self.cues[0]
        share = self.duration_s / len(self.cues)
        return self.cues[min(len(self.cues) - 1, max(0, int(elapsed_s // share)))]

    @property
    def position_label(self) -> str:
        """e.g. "Left calf, 2 of 3" or "Cramping calf" or "Both legs"."""
        return self.label_for(None)

    def mirrored_for(self, affected: str | None) -> bool:
        """Pictures are drawn for the left leg; the right one is shown mirrored."""
        side = affected.split()[0] if self.side == Sides.AFFECTED and affected else self.side
        return side == Sides.RIGHT

    def label_for(self, affected: str | None) -> str:
        """The position label once the person has said which leg cramps ("left calf")."""
        if self.side is None:
            return ""
        if self.side == Sides.AFFECTED and affected:
            where = affected.capitalize()
        elif self.side == Sides.AFFECTED:
            where = f"Cramping {self.target}" if self.target else "Cramping leg"
        elif self.side == Sides.TOGETHER:
            where = "Both legs"
        else:
            where = f"{self.side.capitalize()} {self.target}".strip()
        if self.reps > 1 and self.loop is None:
            return f"{where}, {self.rep} of {self.reps}"
        return where


@dataclass(frozen=True)
class Timeline:
    routine_id: str
    title: str
    kind: str
    segments: tuple[Segment, ...]
    escalations: tuple[Escalation, ...] = ()
    finish_text: str | None = None
    step_starts: tuple[int, ...] = field(default=())

    @property
    def total_s(self) -> float:
        """Planned length; waits count at their nominal length, loops once."""
        return self.segments[-1].end_s if self.segments else 0.0

    def step_start_for(self, index: int) -> int:
        """Index of the first segment of the step that segment `index` belongs to."""
        step = self.segments[index].step_index
        return next(i for i in self.step_starts if self.segments[i].step_index == step)

    def loop_bounds(self, loop: int) -> tuple[int, int]:
        """(first, last) segment index of a loop group."""
        members = [s.index for s in self.segments if s.loop == loop]
        return members[0], members[-1]


class _Builder:
    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.offset = 0.0

    def add(self, **kwargs: object) -> None:
        seg = Segment(index=len(self.segments), offset_s=self.offset, **kwargs)  # type: ignore[arg-type]
        self.segments.append(seg)
        self.offset += seg.duration_s


def _sides(dose_sides: Sides) -> list[str]:
    if dose_sides == Sides.BOTH:
        return [Sides.LEFT.value, Sides.RIGHT.value]
    return [dose_sides.value]


def _add_check(b: _Builder, step_index: int, step: Step) -> None:
    b.add(
        kind=SegmentKind.CHECK,
        step_index=step_index,
        duration_s=float(step.duration_s or CHECK_S),
        title="Before you start",
        cues=("Check that none of these is happening.",),
        illustration="red_flag_check",
        waits=True,
    )


def _add_exercise(
    b: _Builder, step_index: int, step: Step, planned: Planned, routine: Routine, loop_id: int
) -> None:
    ex: Exercise = planned.exercise
    dose = planned.dose
    common = dict(
        step_index=step_index,
        title=ex.name,
        exercise_id=ex.id,
        illustration=ex.illustration,
        target=ex.target,
        optional=step.optional,
        eases=step.until_eased,
        notes=planned.notes,
        sources=tuple(dict.fromkeys((*ex.sources, *planned.sources))),
        why=ex.why,
    )
    ready_cues = tuple(c for c in (step.cue, ex.cues.ready, *planned.extra_cues) if c)
    ready_s = RELIEF_READY_S if routine.kind == "relief" else READY_S
    sides = _sides(dose.sides)
    b.add(kind=SegmentKind.READY, duration_s=ready_s, cues=ready_cues, side=sides[0], **common)
    work_kind = SegmentKind.HOLD if dose.hold_s is not None else SegmentKind.MOVE
    work_s = float(dose.hold_s if dose.hold_s is not None else dose.duration_s or 0)
    release = ex.cues.release or "Release gently and breathe."
    for k, side in enumerate(sides):
        if k > 0:
            b.add(
                kind=SegmentKind.SWITCH,
                duration_s=SWITCH_S,
                cues=(f"Now the {side} leg. {ex.cues.ready}",),
                side=side,
                **common,
            )
        if step.until_eased:
            _add_relief_cycle(b, common, side, work_kind, work_s, ex, loop_id)
            continue
        for rep in range(1, dose.reps + 1):
            cue = ex.cues.do[(rep - 1) % len(ex.cues.do)] if work_kind == SegmentKind.HOLD else None
            b.add(
                kind=work_kind,
                duration_s=work_s,
                cues=(cue,) if cue else tuple(ex.cues.do),
                frames=Frames.ALTERNATE,
                side=side,
                rep=rep,
                reps=dose.reps,
                **common,
            )
            if rep < dose.reps and dose.rest_s > 0:
                b.add(
                    kind=SegmentKind.REST,
                    duration_s=float(dose.rest_s),
                    cues=(release,),
                    side=side,
                    rep=rep,
                    reps=dose.reps,
                    **common,
                )


def _add_relief_cycle(
    b: _Builder,
    common: Mapping[str, object],
    side: str,
    work_kind: SegmentKind,
    work_s: float,
    ex: Exercise,
    loop_id: int,
) -> None:
    """Stretch, then ask "Is it easing?"; the player repeats the pair until it is."""
    b.add(
        kind=work_kind,
        duration_s=work_s,
        cues=tuple(ex.cues.do),
        frames=Frames.ALTERNATE,
        side=side,
        loop=loop_id,
        **common,  # type: ignore[arg-type]
    )
    b.add(
        kind=SegmentKind.ASK,
        duration_s=EASE_ASK_S,
        cues=(f"{ex.cues.release or 'Ease off a little.'} Is it easing?",),
        side=side,
        waits=True,
        loop=loop_id,
        **common,  # type: ignore[arg-type]
    )


def plan(
    routine: Routine, catalogue: Mapping[str, Exercise], profile: Profile | None = None
) -> Timeline:
    """Turn a validated routine into its timeline for this profile."""
    b = _Builder()
    step_starts: list[int] = []
    for i, step in enumerate(routine.steps):
        step_starts.append(len(b.segments))
        if step.check is not None:
            _add_check(b, i, step)
            continue
        planned = plan_exercise(catalogue[step.exercise or ""], catalogue, profile, step.dose)
        _add_exercise(b, i, step, planned, routine, loop_id=i)
    return Timeline(
        routine_id=routine.id,
        title=routine.title,
        kind=routine.kind,
        segments=tuple(b.segments),
        escalations=tuple(sorted(routine.escalations, key=lambda e: e.after_s)),
        finish_text=routine.finish,
        step_starts=tuple(step_starts),
    )
