"""Routines as Coach plays them: plain frozen records, built from already-checked data.

Why not the pydantic models: importing pydantic and building the models costs about 150 ms
and 20 MB, a third of start-up and of the home screen's memory. Files are checked with the
models (`coach.core.models`) when they arrive; what Coach keeps and plays is these records,
which the start-up cache (`coach.core.library_cache`) can rebuild without pydantic or YAML.
The field names are the models', so the planner, player and safety rules read either.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from coach.core.record import field, fields, is_record, record
from coach.core.vocab import Condition, Position, Sides


@record
class Dose:
    hold_s: int | None = None
    duration_s: int | None = None
    reps: int = 1
    rest_s: int = 5
    sides: Sides = Sides.BOTH


@record
class DoseOverride:
    hold_s: int | None = None
    duration_s: int | None = None
    reps: int | None = None
    rest_s: int | None = None
    sides: Sides | None = None


@record
class Cues:
    ready: str
    do: list[str]
    release: str | None = None


@record
class Safety:
    support_required: bool = False
    single_leg: bool = False
    end_range_plantarflex_s: int = 0
    heat_min: int = 0


@record
class When:
    trimester: int | None = None
    weeks: tuple[int, int] | None = None
    condition: Condition | None = None


@record
class Modification:
    when: When
    cue: str | None = None
    dose: DoseOverride | None = None
    replace_with: str | None = None
    sources: list[str] = field(default_factory=list)


@record
class Exercise:
    id: str
    name: str
    position: Position
    illustration: str
    cues: Cues
    dose: Dose
    sources: list[str]
    target: str = "calf"
    why: str | None = None
    safety: Safety = Safety()
    modifications: list[Modification] = field(default_factory=list)


@record
class Source:
    id: str
    name: str
    address: str


@record
class Escalation:
    after_s: int
    level: str
    message: str


@record
class Step:
    check: str | None = None
    exercise: str | None = None
    dose: DoseOverride | None = None
    cue: str | None = None
    optional: bool = False
    until_eased: bool = False
    duration_s: int | None = None


@record
class Frequency:
    per_day: int = 1
    days: list[str] | None = None
    at: list[str] = field(default_factory=list)


@record
class Assigned:
    prescriber: str
    clinic: str | None = None
    issued: date | None = None
    review_by: date | None = None
    frequency: Frequency | None = None
    notes: str | None = None
    approvals: list[str] = field(default_factory=list)


@record
class Routine:
    schema_version: int
    id: str
    title: str
    steps: list[Step]
    kind: str = "session"
    summary: str | None = None
    version: int = 1
    exercises: list[Exercise] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    finish: str | None = None
    assigned: Assigned | None = None


# -- building records from checked data (a model's dump, or the start-up cache's JSON) --------


def _opt(build: Any, value: Any) -> Any:
    return None if value is None else build(value)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def dose(d: Mapping[str, Any]) -> Dose:
    return Dose(
        d.get("hold_s"),
        d.get("duration_s"),
        d.get("reps", 1),
        d.get("rest_s", 5),
        Sides(d.get("sides", "both")),
    )


def dose_override(d: Mapping[str, Any]) -> DoseOverride:
    return DoseOverride(
        d.get("hold_s"),
        d.get("duration_s"),
        d.get("reps"),
        d.get("rest_s"),
        _opt(Sides, d.get("sides")),
    )


def _when(d: Mapping[str, Any]) -> When:
    weeks = d.get("weeks")
    return When(
        d.get("trimester"),
        None if weeks is None else (weeks[0], weeks[1]),
        _opt(Condition, d.get("condition")),
    )


def _modification(d: Mapping[str, Any]) -> Modification:
    return Modification(
        _when(d["when"]),
        d.get("cue"),
        _opt(dose_override, d.get("dose")),
        d.get("replace_with"),
        list(d.get("sources", ())),
    )


def exercise(d: Mapping[str, Any]) -> Exercise:
    cues = d["cues"]
    safety = d.get("safety") or {}
    return Exercise(
        id=d["id"],
        name=d["name"],
        position=Position(d["position"]),
        illustration=d["illustration"],
        cues=Cues(cues["ready"], list(cues["do"]), cues.get("release")),
        dose=dose(d["dose"]),
        sources=list(d["sources"]),
        target=d.get("target", "calf"),
        why=d.get("why"),
        safety=Safety(**safety),
        modifications=[_modification(m) for m in d.get("modifications", ())],
    )


def source(d: Mapping[str, Any]) -> Source:
    return Source(d["id"], d["name"], d["address"])


def _step(d: Mapping[str, Any]) -> Step:
    return Step(
        d.get("check"),
        d.get("exercise"),
        _opt(dose_override, d.get("dose")),
        d.get("cue"),
        d.get("optional", False),
        d.get("until_eased", False),
        d.get("duration_s"),
    )


def _assigned(d: Mapping[str, Any]) -> Assigned:
    freq = d.get("frequency")
    frequency = None
    if freq is not None:
        days = freq.get("days")
        frequency = Frequency(
            freq.get("per_day", 1), None if days is None else list(days), list(freq.get("at", ()))
        )
    return Assigned(
        d["prescriber"],
        d.get("clinic"),
        _day(d.get("issued")),
        _day(d.get("review_by")),
        frequency,
        d.get("notes"),
        list(d.get("approvals", ())),
    )


def routine(d: Mapping[str, Any]) -> Routine:
    return Routine(
        schema_version=d["schema_version"],
        id=d["id"],
        title=d["title"],
        steps=[_step(s) for s in d["steps"]],
        kind=d.get("kind", "session"),
        summary=d.get("summary"),
        version=d.get("version", 1),
        exercises=[exercise(e) for e in d.get("exercises", ())],
        escalations=[
            Escalation(e["after_s"], e["level"], e["message"]) for e in d.get("escalations", ())
        ],
        finish=d.get("finish"),
        assigned=_opt(_assigned, d.get("assigned")),
    )


def to_data(item: Any) -> Any:
    """A record as plain JSON-ready data (the shape of a routine file), for caches and writers."""
    if isinstance(item, list | tuple):
        return [to_data(part) for part in item]
    if isinstance(item, date):
        return item.isoformat()
    if isinstance(item, StrEnum):
        return item.value
    if hasattr(item, "model_dump"):  # a checked pydantic model: it knows its own data
        return item.model_dump(mode="json")
    if is_record(item):
        return {name: to_data(getattr(item, name)) for name in fields(item)}
    return item
