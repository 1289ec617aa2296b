"""The routine format as typed models (pydantic v2).

Why pydantic: it reports every problem in one pass with a location path, which the
validation layer maps back to YAML line/column, and it can publish a JSON Schema for
clinicians' editors. Models are strict (`extra="forbid"`) so a typo in a hand-written
routine file is reported instead of silently ignored.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from coach.core.vocab import Condition, Position, Sides

SCHEMA_VERSION = 1

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$", strip_whitespace=False)
]
SourceId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
CueText = Annotated[str, StringConstraints(min_length=1, max_length=240)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=120)]


class Strict(BaseModel):
    """Base: unknown fields are errors, models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Dose(Strict):
    """How much of an exercise: either holds (hold_s x reps) or a timed movement."""

    hold_s: int | None = Field(default=None, ge=3, le=120)
    duration_s: int | None = Field(default=None, ge=5, le=1800)
    reps: int = Field(default=1, ge=1, le=30)
    rest_s: int = Field(default=5, ge=0, le=120)
    sides: Sides = Sides.BOTH

    @model_validator(mode="after")
    def _one_kind(self) -> Dose:
        if (self.hold_s is None) == (self.duration_s is None):
            raise ValueError(
                "give exactly one of hold_s (a held stretch) or duration_s (a timed movement)"
            )
        return self


class DoseOverride(Strict):
    """A routine's change to the catalogue dose; unset fields keep the catalogue's value."""

    hold_s: int | None = Field(default=None, ge=3, le=120)
    duration_s: int | None = Field(default=None, ge=5, le=1800)
    reps: int | None = Field(default=None, ge=1, le=30)
    rest_s: int | None = Field(default=None, ge=0, le=120)
    sides: Sides | None = None


class Cues(Strict):
    """What to say: `ready` while getting into position, `do` during the work, `release` after."""

    ready: CueText
    do: list[CueText] = Field(min_length=1, max_length=8)
    release: CueText | None = None


class Safety(Strict):
    support_required: bool = False
    single_leg: bool = False
    end_range_plantarflex_s: int = Field(default=0, ge=0, le=600)
    heat_min: int = Field(default=0, ge=0, le=120)


class When(Strict):
    """When a modification applies. Several fields must all hold."""

    trimester: Literal[1, 2, 3] | None = None
    weeks: tuple[int, int] | None = None
    condition: Condition | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> When:
        if self.trimester is None and self.weeks is None and self.condition is None:
            raise ValueError("give at least one of trimester, weeks or condition")
        if self.weeks is not None and not (0 <= self.weeks[0] <= self.weeks[1] <= 45):
            raise ValueError("weeks must be [from, to] with 0 <= from <= to <= 45")
        return self


class Modification(Strict):
    """A pregnancy-safe change: a different cue, a smaller dose, or another exercise."""

    when: When
    cue: CueText | None = None
    dose: DoseOverride | None = None
    replace_with: Identifier | None = None
    sources: list[SourceId] = Field(default_factory=list)

    @model_validator(mode="after")
    def _does_something(self) -> Modification:
        if self.cue is None and self.dose is None and self.replace_with is None:
            raise ValueError("a modification needs a cue, a dose or replace_with")
        return self


class Exercise(Strict):
    id: Identifier
    name: ShortText
    position: Position
    target: Annotated[str, StringConstraints(min_length=1, max_length=30)] = "calf"
    illustration: Identifier
    cues: Cues
    why: CueText | None = None
    dose: Dose
    safety: Safety = Safety()
    sources: list[SourceId] = Field(min_length=1)
    modifications: list[Modification] = Field(default_factory=list)


class Catalogue(Strict):
    schema_version: Literal[1]
    exercises: list[Exercise] = Field(min_length=1)


class Source(Strict):
    id: SourceId
    name: ShortText
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)]


class SourceList(Strict):
    schema_version: Literal[1]
    sources: list[Source] = Field(min_length=1)


class Escalation(Strict):
    """Advice shown when the person has been in a loop (e.g. a cramp) this long."""

    after_s: int = Field(ge=10, le=3600)
    level: Literal["advise", "urgent"]
    message: CueText


class Step(Strict):
    """One routine step: a check, or an exercise with optional dose and cue overrides."""

    check: Literal["red_flags"] | None = None
    exercise: Identifier | None = None
    dose: DoseOverride | None = None
    cue: CueText | None = None
    optional: bool = False
    until_eased: bool = Field(
        default=False,
        description="Repeat this step until the person says the cramp is easing.",
    )
    duration_s: int | None = Field(default=None, ge=5, le=600, description="For checks.")

    @model_validator(mode="after")
    def _one_kind(self) -> Step:
        if (self.check is None) == (self.exercise is None):
            raise ValueError("a step needs exactly one of check or exercise")
        if self.check is not None and (self.dose or self.cue or self.until_eased):
            raise ValueError("a check step takes no dose, cue or until_eased")
        return self


ClockTime = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

APPROVALS = ("supine_after_week_20", "hold_over_30s")
Approval = Literal["supine_after_week_20", "hold_over_30s"]


class Frequency(Strict):
    """How often: `per_day` sessions on `days` (every day when absent), at the times `at`."""

    per_day: int = Field(default=1, ge=1, le=6)
    days: list[Weekday] | None = Field(default=None, min_length=1, max_length=7)
    at: list[ClockTime] = Field(default_factory=list, max_length=6)

    @field_validator("at", mode="before")
    @classmethod
    def _one_time_is_a_list(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _times_match(self) -> Frequency:
        if self.at and len(self.at) != self.per_day:
            raise ValueError(f"give one time in 'at' for each of the {self.per_day} daily sessions")
        return self


class Assigned(Strict):
    """Present only in clinician-assigned routines: who prescribed it, how often, approvals."""

    prescriber: ShortText
    clinic: ShortText | None = None
    issued: date | None = None
    review_by: date | None = None
    frequency: Frequency | None = None
    notes: CueText | None = None
    approvals: list[Approval] = Field(
        default_factory=list,
        description="Clinician approvals that lift a safety rule: " + ", ".join(APPROVALS),
    )


class Routine(Strict):
    schema_version: Literal[1]
    id: Identifier
    title: ShortText
    kind: Literal["session", "relief"] = "session"
    summary: CueText | None = None
    version: int = Field(default=1, ge=1)
    steps: list[Step] = Field(min_length=1, max_length=60)
    exercises: list[Exercise] = Field(
        default_factory=list,
        max_length=30,
        description="The routine's own exercises, with pictures in its own folder.",
    )
    escalations: list[Escalation] = Field(default_factory=list)
    finish: CueText | None = None
    assigned: Assigned | None = None

    @model_validator(mode="after")
    def _has_red_flag_check(self) -> Routine:
        if self.kind == "session" and not any(s.check == "red_flags" for s in self.steps):
            raise ValueError("every session routine needs a red-flag check step (check: red_flags)")
        return self
