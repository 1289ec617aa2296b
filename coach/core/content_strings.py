"""Every piece of routine content Coach can show or say, as the English source text.

Why: a translation (`i18n/<lang>.yaml`) is keyed by these texts. Tests use this list to keep
Coach's own translations complete and free of stale keys whenever the content changes, and
a translator can start from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from coach.core.library import Library
from coach.core.profile import Profile
from coach.core.records import Exercise, Routine
from coach.core.timeline import Segment, plan
from coach.core.vocab import Condition, Sides

# The answers to "Which leg?" on the player (they become "Left calf" and so on).
LEG_CHOICES = ("left calf", "right calf", "left foot", "right foot")

# Profiles that between them switch on every kind of modification.
_PROFILES: tuple[Profile | None, ...] = (
    None,
    Profile(10),
    Profile(20),
    Profile(30),
    *(Profile(30, frozenset({c})) for c in Condition),
)


def exercise_strings(ex: Exercise) -> Iterator[str]:
    yield ex.name
    yield ex.cues.ready
    yield from ex.cues.do
    if ex.cues.release:
        yield ex.cues.release
    if ex.why:
        yield ex.why
    for mod in ex.modifications:
        if mod.cue:
            yield mod.cue


def routine_strings(routine: Routine) -> Iterator[str]:
    yield routine.title
    if routine.summary:
        yield routine.summary
    for step in routine.steps:
        if step.cue:
            yield step.cue
    for esc in routine.escalations:
        yield esc.message
    if routine.finish:
        yield routine.finish
    for ex in routine.exercises:
        yield from exercise_strings(ex)


def segment_places(segment: Segment) -> Iterator[str]:
    """The side labels a segment can show, before and after the leg is named."""
    if segment.side is None:
        return
    yield segment.place_for(None)
    if segment.side == Sides.AFFECTED:
        for choice in LEG_CHOICES:
            yield segment.place_for(choice)


def _default_places(ex: Exercise) -> Iterator[str]:
    """Side labels of a catalogue exercise at its own dose (as a clinician's routine uses it)."""
    sides = ex.dose.sides
    if sides == Sides.BOTH:
        yield from (f"Left {ex.target}", f"Right {ex.target}")
    elif sides == Sides.TOGETHER:
        yield "Both legs"
    elif sides == Sides.AFFECTED:
        yield f"Cramping {ex.target}"
    else:
        yield f"{sides.value.capitalize()} {ex.target}"


def display_strings(library: Library, routines: Iterable[Routine] | None = None) -> list[str]:
    """Each distinct text once, in a stable order: sources, catalogue, routines, places."""
    chosen = list(library.routines.values() if routines is None else routines)
    texts: list[str] = [s.name for s in library.sources.values()]
    for ex in library.catalogue.values():
        texts += exercise_strings(ex)
    for routine in chosen:
        texts += routine_strings(routine)
    for ex in library.catalogue.values():
        texts += _default_places(ex)
    for routine in chosen:
        catalogue = library.catalogue_for(routine)
        for profile in _PROFILES:
            for segment in plan(routine, catalogue, profile).segments:
                texts += segment_places(segment)
    return list(dict.fromkeys(t for t in texts if t))
