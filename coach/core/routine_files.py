"""Reading routine, catalogue and source files into validated models.

Every problem in a file is collected and reported at once as `FILE:LINE:COL: field: message`,
so a clinician fixing a hand-written file sees everything in one go. Nothing here raises
anything but `RoutineFileError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.core import records
from coach.core.library import Library
from coach.core.models import Catalogue, Exercise, Routine, Source, SourceList
from coach.core.pictures import illustration_frames, unused_frames
from coach.core.problems import Problem, RoutineFileError, format_path
from coach.core.safe_yaml import YamlDocument, YamlLoadError, load_yaml_file
from coach.core.safety_rules import safety_problems

M = TypeVar("M", bound=BaseModel)

_NAME_PATTERN = "^[a-z][a-z0-9_]{0,63}$"  # models.Identifier: ids and picture folder names


def _describe(value: Any) -> str:
    if isinstance(value, str | int | float | bool) or value is None:
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "..."
    return ""


def _message(error: Mapping[str, Any]) -> str:
    msg = str(error.get("msg", "invalid"))
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if error.get("type") == "extra_forbidden":
        return "unknown field (check the spelling)"
    if error.get("type") == "missing":
        return "required field is missing"
    ctx = error.get("ctx") or {}
    if error.get("type") == "string_pattern_mismatch" and ctx.get("pattern") == _NAME_PATTERN:
        got = _describe(error.get("input"))
        return (
            "must be a plain name: a lowercase letter, then lowercase letters, digits or _ "
            f"(no folders, no '/' or '..'; got {got})"
        )
    got = _describe(error.get("input"))
    if got and error.get("type") not in {"value_error", "assertion_error"}:
        msg = f"{msg} (got {got})"
    return msg[:1].lower() + msg[1:]


def _problems_from_validation(doc: YamlDocument, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors():
        path = tuple(p for p in error["loc"] if isinstance(p, str | int))
        if error.get("type") == "extra_forbidden":
            mark = doc.key_mark_for(path)
        else:
            mark = doc.mark_for(path)
        problems.append(
            Problem(doc.filename, mark.line, mark.column, format_path(path), _message(error))
        )
    return problems


def _validate(doc: YamlDocument, model: type[M]) -> tuple[M | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        kind = "empty" if doc.data is None else type(doc.data).__name__
        msg = f"expected a mapping of fields at the top level (got {kind})"
        return None, [Problem(doc.filename, 1, 1, "", msg)]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        return None, _problems_from_validation(doc, exc)


def read_document(path: Path, display_name: str | None = None) -> YamlDocument:
    """Load a YAML file safely; a YAML-level problem becomes a RoutineFileError."""
    try:
        return load_yaml_file(path, display_name=display_name)
    except YamlLoadError as exc:
        problem = Problem(exc.filename, exc.line, exc.column, "", exc.message)
        raise RoutineFileError([problem]) from None


def file_kind(doc: YamlDocument) -> str:
    """Tell the three file kinds apart by their top-level field."""
    data = doc.data if isinstance(doc.data, dict) else {}
    if "exercises" in data and "steps" not in data:
        return "catalogue"
    if "sources" in data:
        return "sources"
    return "routine"


def _problem(doc: YamlDocument, path: Sequence[str | int], message: str) -> Problem:
    mark = doc.mark_for(path)
    return Problem(doc.filename, mark.line, mark.column, format_path(path), message)


def parse_sources(doc: YamlDocument) -> dict[str, Source]:
    model, problems = _validate(doc, SourceList)
    if model is None:
        raise RoutineFileError(problems)
    seen: dict[str, Source] = {}
    for i, source in enumerate(model.sources):
        if source.id in seen:
            problems.append(_problem(doc, ("sources", i, "id"), f"duplicate id {source.id!r}"))
        seen[source.id] = source
    if problems:
        raise RoutineFileError(problems)
    return seen


def parse_catalogue(
    doc: YamlDocument,
    sources: Mapping[str, Source] | None = None,
    illustrations_dir: Path | None = None,
) -> dict[str, Exercise]:
    """Validate a catalogue and its cross-references (sources, replacements, pictures)."""
    model, problems = _validate(doc, Catalogue)
    if model is None:
        raise RoutineFileError(problems)
    ids = [e.id for e in model.exercises]
    by_id: dict[str, Exercise] = {}
    for i, ex in enumerate(model.exercises):
        here: tuple[str | int, ...] = ("exercises", i)
        if ex.id in by_id:
            problems.append(_problem(doc, (*here, "id"), f"duplicate exercise id {ex.id!r}"))
        by_id[ex.id] = ex
        if sources is not None:
            problems += _unknown_sources(doc, (*here, "sources"), ex.sources, sources)
        for j, mod in enumerate(ex.modifications):
            mod_path = (*here, "modifications", j)
            if mod.replace_with is not None and mod.replace_with not in ids:
                problems.append(
                    _problem(doc, (*mod_path, "replace_with"), f"no exercise {mod.replace_with!r}")
                )
            if sources is not None:
                problems += _unknown_sources(doc, (*mod_path, "sources"), mod.sources, sources)
        if illustrations_dir is not None:
            frames = illustration_frames(illustrations_dir, ex.illustration)
            if len(frames) < 2:
                problems.append(
                    _problem(
                        doc,
                        (*here, "illustration"),
                        f"needs at least 2 frames in {ex.illustration}/ (found {len(frames)})",
                    )
                )
    if problems:
        raise RoutineFileError(problems)
    return by_id


def _unknown_sources(
    doc: YamlDocument,
    path: tuple[str | int, ...],
    ids: Iterable[str],
    sources: Mapping[str, Source],
) -> list[Problem]:
    return [
        _problem(doc, (*path, k), f"unknown source id {sid!r} (see sources.yaml)")
        for k, sid in enumerate(ids)
        if sid not in sources
    ]


def parse_routine(
    doc: YamlDocument,
    catalogue: Mapping[str, Exercise] | None,
    sources: Mapping[str, Source] | None = None,
    folder: Path | None = None,
) -> Routine:
    """Validate a routine and check that every exercise it names exists.

    The routine's own exercises must not reuse a catalogue id, must cite known sources, and
    take their pictures from `folder` (the routine's own folder) only. With no catalogue (it
    failed to load), only the routine's own shape is checked.
    """
    model, problems = _validate(doc, Routine)
    if model is None:
        raise RoutineFileError(problems)
    own = {e.id for e in model.exercises}
    for j, ex in enumerate(model.exercises):
        here: tuple[str | int, ...] = ("exercises", j)
        if catalogue is not None and ex.id in catalogue:
            problems.append(
                _problem(doc, (*here, "id"), f"{ex.id!r} is a built-in exercise; use another id")
            )
        if sources is not None:
            problems += _unknown_sources(doc, (*here, "sources"), ex.sources, sources)
        if folder is not None and len(illustration_frames(folder, ex.illustration)) < 2:
            problems.append(
                _problem(
                    doc,
                    (*here, "illustration"),
                    f"needs at least 2 pictures {ex.illustration}/frame1.svg, frame2.svg "
                    "(or .png/.jpg) next to the routine file"
                    + unused_frames(folder, ex.illustration),
                )
            )
    for i, step in enumerate(model.steps):
        known = catalogue is None or step.exercise in catalogue or step.exercise in own
        if step.exercise is not None and not known:
            problems.append(
                _problem(
                    doc, ("steps", i, "exercise"), f"no exercise {step.exercise!r} in the catalogue"
                )
            )
    if problems:
        raise RoutineFileError(problems)
    return model


def load_library(routines_dir: Path, illustrations_dir: Path | None = None) -> Library:
    """Load sources.yaml, exercises.yaml and every other *.yaml routine in a folder.

    A missing picture is a warning here, not a failure: the player shows the text instead.
    """
    catalogue_doc = read_document(routines_dir / "exercises.yaml")
    checked_sources = parse_sources(read_document(routines_dir / "sources.yaml"))
    checked = parse_catalogue(catalogue_doc, checked_sources)
    sources = {k: records.source(v.model_dump()) for k, v in checked_sources.items()}
    catalogue = {k: records.exercise(v.model_dump()) for k, v in checked.items()}
    library = Library(sources, catalogue, builtin_dir=routines_dir)
    if illustrations_dir is not None:
        for i, ex in enumerate(catalogue.values()):
            if len(illustration_frames(illustrations_dir, ex.illustration)) < 2:
                mark = catalogue_doc.mark_for(("exercises", i, "illustration"))
                library.problems.append(
                    Problem(
                        catalogue_doc.filename,
                        mark.line,
                        mark.column,
                        f"exercises[{i}].illustration",
                        f"picture {ex.illustration!r} is missing; the text is shown instead",
                        severity="warning",
                    )
                )
    for path in sorted(routines_dir.glob("*.yaml")):
        if path.name in {"sources.yaml", "exercises.yaml"}:
            continue
        add_routine_file(library, path)
    return library


def add_routine_file(library: Library, path: Path) -> records.Routine | None:
    """Load one routine into the library; on failure record its problems and return None."""
    try:
        checked = parse_routine(
            read_document(path), library.catalogue, library.sources, path.parent
        )
        routine = records.routine(checked.model_dump())
    except RoutineFileError as exc:
        library.problems += exc.problems
        return None
    library.routines[routine.id] = routine
    library.routine_paths[routine.id] = path
    return routine


def add_user_routines(library: Library, folder: Path) -> list[Routine]:
    """Imported routines: each in its own folder as routine.yaml, with its pictures."""
    added = []
    library.user_dir = folder
    if folder.is_dir():
        for path in sorted(folder.glob("*/routine.yaml")):
            if path.parent.name.startswith("."):
                continue  # an import that was interrupted half-way
            routine = add_routine_file(library, path)
            if routine is not None:
                added.append(routine)
    return added


def validate_file(
    path: Path,
    library: Library | None,
    illustrations_dir: Path | None = None,
    week: int | None = None,
) -> list[Problem]:
    """Check any of the three file kinds; returns every problem (empty when valid).

    Routines are also checked against the pregnancy-safety rules as of `week`; their
    warnings come back too (severity "warning"), so callers block on errors only.
    """
    try:
        doc = read_document(path)
        kind = file_kind(doc)
        if kind == "sources":
            parse_sources(doc)
        elif kind == "catalogue":
            sources = library.sources if library else None
            parse_catalogue(doc, sources, illustrations_dir)
        else:
            catalogue = library.catalogue if library else None
            routine = parse_routine(
                doc, catalogue, library.sources if library else None, path.parent
            )
            if catalogue is not None:
                return safety_problems(doc, routine, catalogue, week)
    except RoutineFileError as exc:
        return exc.problems
    return []


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
