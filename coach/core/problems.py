"""Problems found in a routine file, reported the way a compiler reports errors."""

from __future__ import annotations

from collections.abc import Sequence

from coach.core.record import record


def format_path(path: Sequence[str | int]) -> str:
    """("steps", 2, "dose", "hold_s") -> "steps[2].dose.hold_s"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@record
class Problem:
    """One thing wrong with one file, with where it is."""

    filename: str
    line: int
    column: int
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.filename}:{self.line}:{self.column}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{what}"


class RoutineFileError(Exception):
    """A routine, catalogue or source file that cannot be used; carries every problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
