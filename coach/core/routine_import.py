"""Importing a clinician's routine: unpack safely, check for safety at this week, add it.

One flow for the menu, drag and drop, and `coach import`. A routine with the id of an
earlier import replaces it (a clinician's update); a built-in id is refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from coach.core.bundle import BundleError, import_bundle
from coach.core.content_i18n import translation_problems
from coach.core.record import record
from coach.core.records import Routine
from coach.core.routine_files import (
    Library,
    RoutineFileError,
    add_routine_file,
    parse_routine,
    read_document,
    validate_file,
)


@record
class ImportOutcome:
    routine: Routine
    folder: Path
    warnings: list[str]
    replaced: bool


def _short(problem: object) -> str:
    """ "FILE:L:C: field: message" without the temporary file name."""
    text = str(problem)
    parts = text.split(": ", 1)
    where = parts[0].rsplit(":", 2)
    return f"line {where[1]}: {parts[1]}" if len(parts) == 2 and len(where) == 3 else text


def import_routine(src: Path, library: Library, dest_root: Path, week: int | None) -> ImportOutcome:
    """Import `src` (.yaml or .zip) into `dest_root`; raises BundleError with a plain reason."""
    warnings: list[str] = []

    def check(routine_file: Path) -> list[str]:
        problems = validate_file(routine_file, library, None, week)
        warnings.extend(_short(p) for p in problems if p.severity != "error")
        errors = [_short(p) for p in problems if p.severity == "error"]
        for p in translation_problems(routine_file.parent):  # its i18n/<lang>.yaml files
            said = f"translation {Path(p.filename).name}, {_short(p)}"
            (errors if p.severity == "error" else warnings).append(said)
        if not errors:
            rid = parse_routine(read_document(routine_file), None).id
            if library.is_builtin(rid):
                errors.append(f"“{rid}” is the id of one of Coach's own routines; use another id")
        return errors

    imported = import_bundle(src, dest_root, check=check)
    try:
        routine = parse_routine(read_document(imported.routine_file), None)
    except RoutineFileError as exc:  # checked above; only a race could get here
        shutil.rmtree(imported.folder, ignore_errors=True)
        raise BundleError(str(exc)) from None
    old = library.routine_paths.get(routine.id)
    replaced = old is not None
    if old is not None and old.parent != imported.folder and old.parent.parent == dest_root:
        shutil.rmtree(old.parent, ignore_errors=True)
        library.routines.pop(routine.id, None)
    added = add_routine_file(library, imported.routine_file)
    if added is None:
        shutil.rmtree(imported.folder, ignore_errors=True)
        raise BundleError("The routine could not be added after import.")
    return ImportOutcome(added, imported.folder, warnings, replaced)
