"""The library of everything Coach can play, as records; free of pydantic and YAML.

`coach.core.routine_files` fills it from checked files; `coach.core.library_cache` fills
it from the start-up cache. Either way the rest of Coach sees the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from coach.core.problems import Problem
from coach.core.records import Exercise, Routine, Source


def catalogue_for(routine: Routine, catalogue: Mapping[str, Exercise]) -> dict[str, Exercise]:
    """The shared catalogue plus the routine's own exercises."""
    return {**catalogue, **{e.id: e for e in routine.exercises}}


class Library:
    """Everything Coach can play: sources, the exercise catalogue and routines.

    Routine files that fail to load do not stop the others; their problems are kept.
    A plain class (it grows as routines are added), written out so that start-up does not
    import `dataclasses` for it.
    """

    def __init__(
        self,
        sources: dict[str, Source],
        catalogue: dict[str, Exercise],
        routines: dict[str, Routine] | None = None,
        routine_paths: dict[str, Path] | None = None,
        problems: list[Problem] | None = None,
        builtin_dir: Path | None = None,  # Coach's own routines; imported ones live elsewhere
        user_dir: Path | None = None,  # set once the imported routines from there are in
    ) -> None:
        self.sources = sources
        self.catalogue = catalogue
        self.routines: dict[str, Routine] = {} if routines is None else routines
        self.routine_paths: dict[str, Path] = {} if routine_paths is None else routine_paths
        self.problems: list[Problem] = [] if problems is None else problems
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir

    def copy(self) -> Library:
        """A library that can gain routines without changing this one."""
        return Library(
            self.sources, self.catalogue, dict(self.routines), dict(self.routine_paths),
            list(self.problems), self.builtin_dir, self.user_dir,
        )  # fmt: skip

    def is_builtin(self, routine_id: str) -> bool:
        path = self.routine_paths.get(routine_id)
        return path is not None and path.parent == self.builtin_dir

    def catalogue_for(self, routine: Routine) -> dict[str, Exercise]:
        return catalogue_for(routine, self.catalogue)

    def folder_of(self, routine_id: str) -> Path | None:
        path = self.routine_paths.get(routine_id)
        return None if path is None else path.parent
