"""Planning: routine (+ profile) -> an ordered list of timed segments with start offsets.

The timeline is a pure function, computed once before playing. The player never adds up
durations as it goes; it looks boundaries up here, which is what keeps it from drifting.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from coach.core.body_words import place_text
from coach.core.content_i18n import TextLookup, same_text
from coach.core.i18n import fill, translate
from coach.core.modifications import Planned, plan_exercise
from coach.core.profile import Profile
from coach.core.record import field, record
from coach.core.records import Escalation, Exercise, Routine, Step
from coach.core.vocab import Sides

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


@record
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
    # The routine's content translation: labels are worded only once the leg is known.
    text: TextLookup = field(default=same_text, compare=False)

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
        where = place_text(self.text(self.place_for(affected)))  # the routine's words first
        if self.reps > 1 and self.loop is None:
            return fill(translate("Timeline", "%1, %2 of %3"), where, self.rep, self.reps)
        return where

    def place_for(self, affected: str | None) -> str:
        """Where, as one English phrase ("Left calf"), so it translates as a whole:
        in many languages the word for "left" changes with the body part."""
        if self.side == Sides.AFFECTED and affected:
            return affected.capitalize()
        if self.side == Sides.AFFECTED:
            return f"Cramping {self.target}" if self.target else "Cramping leg"
        if self.side == Sides.TOGETHER:
            return "Both legs"
        return f"{(self.side or '').capitalize()} {self.target}".strip()


@record
class Timeline:
    routine_id: str
    title: str
    kind: str
    segments: tuple[Segment, ...]
    escalations: tuple[Escalation, ...] = ()
    finish_text: str | None = None
    step_starts: tuple[int, ...] = field(default=())
    display_title: str = ""  # `title` in the content language; `title` stays as written

    @property
    def shown_title(self) -> str:
        """The title to show or say (the diary keeps `title`, as the routine wrote it)."""
        return self.display_title or self.title

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


def _now_the(side: str) -> str:
    """ "Now the left leg." as one phrase per side, so it can be worded naturally."""
    if side == Sides.RIGHT:
        return translate("Timeline", "Now the right leg.")
    if side == Sides.LEFT:
        return translate("Timeline", "Now the left leg.")
    return fill(translate("Timeline", "Now the %1 leg."), side)


def _sides(dose_sides: Sides) -> list[str]:
    if dose_sides == Sides.BOTH:
        return [Sides.LEFT.value, Sides.RIGHT.value]
    return [dose_sides.value]


def _add_check(b: _Builder, step_index: int, step: Step) -> None:
    b.add(
        kind=SegmentKind.CHECK,
        step_index=step_index,
        duration_s=float(step.duration_s or CHECK_S),
        title=translate("Timeline", "Before you start"),
        cues=(translate("Timeline", "Check that none of these is happening."),),
        illustration="red_flag_check",
        waits=True,
    )


def _add_exercise(
    b: _Builder,
    step_index: int,
    step: Step,
    planned: Planned,
    routine: Routine,
    loop_id: int,
    t: TextLookup = same_text,
) -> None:
    """`t` words the routine's content in the person's language (fixed phrases aside)."""
    ex: Exercise = planned.exercise
    dose = planned.dose
    ready = t(ex.cues.ready)
    do = tuple(t(c) for c in ex.cues.do)
    own_release = t(ex.cues.release) if ex.cues.release else None
    common = dict(
        step_index=step_index,
        title=t(ex.name),
        exercise_id=ex.id,
        illustration=ex.illustration,
        target=ex.target,
        optional=step.optional,
        eases=step.until_eased,
        notes=planned.notes,
        sources=tuple(dict.fromkeys((*ex.sources, *planned.sources))),
        why=t(ex.why) if ex.why else None,
        text=t,
    )
    step_cue = t(step.cue) if step.cue else None
    ready_cues = tuple(c for c in (step_cue, ready, *planned.extra_cues) if c)
    ready_s = RELIEF_READY_S if routine.kind == "relief" else READY_S
    sides = _sides(dose.sides)
    b.add(kind=SegmentKind.READY, duration_s=ready_s, cues=ready_cues, side=sides[0], **common)
    work_kind = SegmentKind.HOLD if dose.hold_s is not None else SegmentKind.MOVE
    work_s = float(dose.hold_s if dose.hold_s is not None else dose.duration_s or 0)
    release = own_release or translate("Timeline", "Release gently and breathe.")
    for k, side in enumerate(sides):
        if k > 0:
            b.add(
                kind=SegmentKind.SWITCH,
                duration_s=SWITCH_S,
                cues=(f"{_now_the(side)} {ready}",),
                side=side,
                **common,
            )
        if step.until_eased:
            _add_relief_cycle(b, common, side, work_kind, work_s, (do, own_release), loop_id)
            continue
        for rep in range(1, dose.reps + 1):
            cue = do[(rep - 1) % len(do)] if work_kind == SegmentKind.HOLD else None
            b.add(
                kind=work_kind,
                duration_s=work_s,
                cues=(cue,) if cue else do,
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
    cues: tuple[tuple[str, ...], str | None],
    loop_id: int,
) -> None:
    """Stretch, then ask "Is it easing?"; the player repeats the pair until it is.

    `cues` are the exercise's (already worded) `do` lines and its release line."""
    do, release = cues
    ease_off = release or translate("Timeline", "Ease off a little.")
    asking = fill(translate("Timeline", "%1 Is it easing?"), ease_off)
    b.add(
        kind=work_kind,
        duration_s=work_s,
        cues=do,
        frames=Frames.ALTERNATE,
        side=side,
        loop=loop_id,
        **common,  # type: ignore[arg-type]
    )
    b.add(
        kind=SegmentKind.ASK,
        duration_s=EASE_ASK_S,
        cues=(asking,),
        side=side,
        waits=True,
        loop=loop_id,
        **common,  # type: ignore[arg-type]
    )


def plan(
    routine: Routine,
    catalogue: Mapping[str, Exercise],
    profile: Profile | None = None,
    text: TextLookup | None = None,
) -> Timeline:
    """Turn a validated routine into its timeline for this profile.

    `text` translates the routine's content for display (see coach.core.content_i18n); the
    routine itself, and every safety check on it, stays in the language it was written in.
    """
    t = text or same_text
    b = _Builder()
    step_starts: list[int] = []
    for i, step in enumerate(routine.steps):
        step_starts.append(len(b.segments))
        if step.check is not None:
            _add_check(b, i, step)
            continue
        planned = plan_exercise(catalogue[step.exercise or ""], catalogue, profile, step.dose, t)
        _add_exercise(b, i, step, planned, routine, loop_id=i, t=t)
    escalations = tuple(sorted(routine.escalations, key=lambda e: e.after_s))
    if text is not None:
        escalations = tuple(Escalation(e.after_s, e.level, t(e.message)) for e in escalations)
    return Timeline(
        routine_id=routine.id,
        title=routine.title,
        kind=routine.kind,
        segments=tuple(b.segments),
        escalations=escalations,
        finish_text=t(routine.finish) if routine.finish else routine.finish,
        step_starts=tuple(step_starts),
        display_title=t(routine.title),
    )
