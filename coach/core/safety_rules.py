"""Pregnancy-safety rules for routines (content brief section 5).

Errors block a routine (it can't be imported or played at this week); warnings inform.
Every hit names its rule and the place in the file, e.g.
`my.yaml:14:15: steps[2].dose.hold_s: error [hold-length]: holds over 60 s are not allowed`.
Rules that depend on the pregnancy week use the week given (the profile's, or
`coach validate --week N`); with no week, week-dependent rules warn instead of passing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from coach.core.blocklist import forbidden_in
from coach.core.modifications import merge_dose
from coach.core.problems import Problem, format_path
from coach.core.record import record
from coach.core.records import Dose, Exercise, Routine
from coach.core.safe_yaml import YamlDocument
from coach.core.vocab import Position

SUPINE_WARN_WEEK = 16
SUPINE_BLOCK_WEEK = 20
PRONE_BLOCK_WEEK = 14  # after the first trimester
THIRD_TRIMESTER_WEEK = 27
DEFAULT_MAX_HOLD_S = 30
MAX_HOLD_S = 60
SUPINE_APPROVED_MAX_S = 120
MAX_STANDING_STILL_S = 120
MAX_HEAT_MIN = 20
MAX_PLANTARFLEX_S = 2

POINTED_TOES = re.compile(
    r"\b(point(ing)?\s+(your\s+|the\s+)?toes|plantar\s*flex\w*|toes\s+away)\b", re.IGNORECASE
)
BOUNCING = re.compile(r"\bbounc\w*", re.IGNORECASE)
NO_BOUNCING = re.compile(r"\b(no|not|never|don't|without)\s+bounc\w*", re.IGNORECASE)
GENTLE = re.compile(r"\b(gentle|gently|no pain)\b", re.IGNORECASE)

Path_ = tuple[str | int, ...]


@record
class RuleHit:
    rule: str
    severity: str  # "error" | "warning"
    path: Path_
    message: str


@record
class _Use:
    """One exercise as a step uses it, and where in the file to point for each field."""

    step: int
    exercise: Exercise
    dose: Dose
    own_index: int | None  # index in routine.exercises, when the routine defines it

    def at(self, field: str) -> Path_:
        """The most useful place to point for a field of this use."""
        if field in {"hold_s", "duration_s", "reps", "rest_s", "sides"}:
            return ("steps", self.step, "dose", field)
        if self.own_index is not None:
            return ("exercises", self.own_index, *field.split("."))
        return ("steps", self.step, "exercise")


def _uses(routine: Routine, catalogue: Mapping[str, Exercise]) -> Iterator[_Use]:
    own = {e.id: j for j, e in enumerate(routine.exercises)}
    merged = {**catalogue, **{e.id: e for e in routine.exercises}}
    for i, step in enumerate(routine.steps):
        if step.exercise is None or step.exercise not in merged:
            continue
        ex = merged[step.exercise]
        yield _Use(i, ex, merge_dose(ex.dose, step.dose), own.get(ex.id))


def _texts(use: _Use, routine: Routine) -> list[str]:
    ex = use.exercise
    texts = [ex.cues.ready, *ex.cues.do, ex.cues.release or ""]
    texts += [m.cue or "" for m in ex.modifications]
    texts.append(routine.steps[use.step].cue or "")
    return [t for t in texts if t]


def check_routine(
    routine: Routine, catalogue: Mapping[str, Exercise], week: int | None
) -> list[RuleHit]:
    """Every rule hit for this routine at this pregnancy week (None: unknown)."""
    approvals = set(routine.assigned.approvals) if routine.assigned else set()
    hits: list[RuleHit] = []

    def hit(rule: str, severity: str, path: Path_, message: str) -> None:
        hits.append(RuleHit(rule, severity, path, message))

    for use in _uses(routine, catalogue):
        ex, dose = use.exercise, use.dose
        longest = max(dose.hold_s or 0, dose.duration_s or 0)
        here = use.at("position")
        if ex.position == Position.SUPINE:
            if week is None:
                hit("supine", "warning", here, "lying flat on the back is not allowed from 20 "
                    "weeks without approval; the week is not known")  # fmt: skip
            elif week >= SUPINE_BLOCK_WEEK and "supine_after_week_20" not in approvals:
                hit("supine", "error", here, f"lying flat on the back is not allowed from "
                    f"week {SUPINE_BLOCK_WEEK} (week {week}) unless approved with "
                    "supine_after_week_20; use reclined (45° or more) or side-lying")  # fmt: skip
            elif week >= SUPINE_BLOCK_WEEK and longest > SUPINE_APPROVED_MAX_S:
                hit("supine", "error", use.at("duration_s" if dose.duration_s else "hold_s"),
                    f"approved lying on the back is limited to {SUPINE_APPROVED_MAX_S} s at a "
                    f"time (got {longest} s)")  # fmt: skip
            elif week >= SUPINE_WARN_WEEK:
                care = f"use with care from week {SUPINE_WARN_WEEK}"
                hit("supine", "warning", here, f"lying flat on the back: {care}, not allowed "
                    f"from week {SUPINE_BLOCK_WEEK}")  # fmt: skip
        if ex.position == Position.PRONE and (week is None or week >= PRONE_BLOCK_WEEK):
            hit("prone", "error", here, "lying face down is not allowed after the first "
                "trimester" + ("" if week is not None else " (the week is not known)"))  # fmt: skip
        for text in _texts(use, routine):
            if POINTED_TOES.search(text):
                hit("toe-pointing", "error", use.at("cues"), f"pointing the toes can bring "
                    f"on a cramp; draw them toward the shin instead (cue: {text!r})")  # fmt: skip
            if BOUNCING.search(text) and not NO_BOUNCING.search(text):
                hit("bouncing", "error", use.at("cues"), f"stretches must be held still, "
                    f"never bounced (cue: {text!r})")  # fmt: skip
        if ex.safety.end_range_plantarflex_s > MAX_PLANTARFLEX_S:
            hit("toe-pointing", "error", use.at("safety.end_range_plantarflex_s"),
                f"holding the foot pointed is limited to {MAX_PLANTARFLEX_S} s "
                f"(got {ex.safety.end_range_plantarflex_s} s)")  # fmt: skip
        if dose.hold_s is not None:
            if dose.hold_s > MAX_HOLD_S:
                hit(
                    "hold-length",
                    "error",
                    use.at("hold_s"),
                    f"holds over {MAX_HOLD_S} s are not allowed (got {dose.hold_s} s)",
                )
            elif dose.hold_s > DEFAULT_MAX_HOLD_S:
                approved = "hold_over_30s" in approvals
                hit(
                    "hold-length",
                    "warning" if approved else "error",
                    use.at("hold_s"),
                    f"a {dose.hold_s} s hold is over {DEFAULT_MAX_HOLD_S} s"
                    + (" (approved)" if approved else "; it needs the approval hold_over_30s"),
                )
            if not any(GENTLE.search(t) for t in _texts(use, routine)):
                hit(
                    "gentle-cue",
                    "warning",
                    use.at("cues"),
                    "a stretch should tell the person to keep it gentle, with no pain",
                )
        standing = ex.position == Position.STANDING
        heel_raise = "heel_raise" in ex.id or "heel raise" in ex.name.lower()
        late = week is not None and week >= THIRD_TRIMESTER_WEEK
        if standing and late:
            if ex.safety.single_leg and heel_raise:
                hit(
                    "standing-t3",
                    "error",
                    use.at("safety.single_leg"),
                    "single-leg heel raises are not allowed in the third trimester",
                )
            elif (ex.safety.single_leg or heel_raise) and not ex.safety.support_required:
                hit("standing-t3", "error", use.at("safety.support_required"),
                    "single-leg standing and heel raises need support (support_required: "
                    "true) in the third trimester")  # fmt: skip
            if dose.hold_s is not None and dose.hold_s > MAX_STANDING_STILL_S:
                hit("standing-t3", "error", use.at("hold_s"),
                    f"standing still is limited to {MAX_STANDING_STILL_S} s in the third "
                    "trimester")  # fmt: skip
        heat = ex.safety.heat_min
        heat_s = dose.duration_s or 0
        if heat > MAX_HEAT_MIN or (heat > 0 and heat_s > MAX_HEAT_MIN * 60):
            where = (
                use.at("duration_s") if heat_s > MAX_HEAT_MIN * 60 else use.at("safety.heat_min")
            )
            hit("heat", "error", where, f"warmth is limited to {MAX_HEAT_MIN} minutes")
        if heat > 0 and not any("cover" in t.lower() for t in _texts(use, routine)):
            hit(
                "heat",
                "warning",
                use.at("cues"),
                "say that the warm pack must be covered and kept off the bump",
            )
    return hits


def _strings(data: object, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*path, i))


def blocklist_hits(doc: YamlDocument) -> list[RuleHit]:
    """Any text in the file that presents what Coach must never present."""
    hits = []
    for path, text in _strings(doc.data):
        for label in forbidden_in(text):
            message = f"Coach does not present {label} advice ({text[:60]!r})"
            hits.append(RuleHit("blocklist", "error", path, message))
    return hits


def safety_problems(
    doc: YamlDocument, routine: Routine, catalogue: Mapping[str, Exercise], week: int | None
) -> list[Problem]:
    """Rule hits as compiler-style problems with line and column."""
    problems = []
    for h in [*check_routine(routine, catalogue, week), *blocklist_hits(doc)]:
        mark = doc.mark_for(h.path)
        problems.append(
            Problem(
                doc.filename,
                mark.line,
                mark.column,
                format_path(h.path),
                f"[{h.rule}] {h.message}",
                severity=h.severity,
            )
        )
    return problems
