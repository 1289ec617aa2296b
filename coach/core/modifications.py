"""Choosing pregnancy-safe modifications for an exercise, given the profile.

A pure function of (exercise, catalogue, profile): the planner calls it for every step, so
the same routine plans differently at week 12 and week 31, or for someone unsteady.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from coach.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from coach.core.profile import Profile
from coach.core.record import record
from coach.core.records import Dose, DoseOverride, Exercise, Modification, When
from coach.core.vocab import Condition

CONDITION_LABELS: dict[Condition, str] = {  # English sources, translated in reason()
    Condition.UNSTEADY: QT_TRANSLATE_NOOP("Modifications", "Unsteady on your feet"),
    Condition.SWOLLEN_LEGS: QT_TRANSLATE_NOOP("Modifications", "Swollen legs"),
    Condition.VARICOSE_VEINS: QT_TRANSLATE_NOOP("Modifications", "Varicose veins"),
    Condition.AVOID_SUPINE: QT_TRANSLATE_NOOP("Modifications", "Not lying on your back"),
}

MAX_REPLACEMENTS = 3


def applies(when: When, profile: Profile | None) -> bool:
    """True when every field given in `when` holds for this profile."""
    if profile is None:
        return False
    if when.trimester is not None and profile.trimester != when.trimester:
        return False
    if when.weeks is not None and (
        profile.week is None or not when.weeks[0] <= profile.week <= when.weeks[1]
    ):
        return False
    return when.condition is None or when.condition in profile.conditions


def reason(when: When, profile: Profile) -> str:
    """Why a modification is active, in the person's terms ("Week 31", "Unsteady ...")."""
    if when.condition is not None:
        return translate("Modifications", CONDITION_LABELS[when.condition])
    if profile.week is not None:
        return fill(translate("Modifications", "Week %1"), profile.week)
    return fill(translate("Modifications", "Trimester %1"), profile.trimester)


def merge_dose(base: Dose, override: DoseOverride | None) -> Dose:
    """A step's dose override on top of the catalogue dose."""
    if override is None:
        return base
    changes = {n: getattr(override, n) for n in _DOSE_FIELDS if getattr(override, n) is not None}
    if "hold_s" in changes:
        changes.setdefault("duration_s", None)
    if "duration_s" in changes:
        changes.setdefault("hold_s", None)
    return Dose(**{**_dose_values(base), **changes})


_DOSE_FIELDS = ("hold_s", "duration_s", "reps", "rest_s", "sides")


def _dose_values(dose: Dose) -> dict[str, object]:
    """A dose's fields, from a record or a checked model alike."""
    return {name: getattr(dose, name) for name in _DOSE_FIELDS}


def cap_dose(dose: Dose, cap: DoseOverride) -> Dose:
    """A modification's dose is a ceiling: it can only make the work smaller."""
    values = _dose_values(dose)
    for name in ("hold_s", "duration_s", "reps", "rest_s"):
        limit = getattr(cap, name)
        if limit is not None and values[name] is not None:
            values[name] = min(values[name], limit)
    if cap.sides is not None:
        values["sides"] = cap.sides
    return Dose(**values)  # type: ignore[arg-type]


@record
class Planned:
    """An exercise as it will be done: after replacement, dose caps and cue changes."""

    exercise: Exercise
    dose: Dose
    extra_cues: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[str, ...]


def plan_exercise(
    exercise: Exercise,
    catalogue: Mapping[str, Exercise],
    profile: Profile | None,
    dose_override: DoseOverride | None = None,
    text: Callable[[str], str] | None = None,
) -> Planned:
    """Apply the profile's modifications; replacements first, then cues and dose caps.

    `text` words content (names, cues) for display; the planned exercise stays as written.
    """
    t = text or str
    notes: list[str] = []
    sources: list[str] = []
    for _ in range(MAX_REPLACEMENTS):
        swap = _first(exercise.modifications, profile, lambda m: m.replace_with is not None)
        if swap is None or profile is None:
            break
        replacement = catalogue[swap.replace_with or ""]
        instead = fill(translate("Modifications", "%1 instead"), t(replacement.name))
        notes.append(f"{reason(swap.when, profile)}: {instead}")
        sources += swap.sources
        exercise = replacement
    dose = merge_dose(exercise.dose, dose_override)
    extra: list[str] = []
    for mod in exercise.modifications:
        if mod.replace_with is not None or not applies(mod.when, profile):
            continue
        assert profile is not None
        if mod.dose is not None:
            dose = cap_dose(dose, mod.dose)
        if mod.cue is not None:
            extra.append(t(mod.cue))
            notes.append(f"{reason(mod.when, profile)}: {t(mod.cue)}")
        sources += mod.sources
    return Planned(exercise, dose, tuple(extra), tuple(notes), tuple(dict.fromkeys(sources)))


def _first(mods: list[Modification], profile: Profile | None, pred) -> Modification | None:
    return next((m for m in mods if pred(m) and applies(m.when, profile)), None)
