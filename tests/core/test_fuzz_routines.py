"""Fuzzing the routine loader and validator with hypothesis.

Whatever a file holds, `parse_routine(read_document(...))` either succeeds or raises the
loader's own `RoutineFileError`, `validate_file` never raises, every problem has a real
position, and no single case takes a second. CI runs a short fuzz (200 examples per test);
`scripts/fuzz_routines.py` sets COACH_FUZZ_EXAMPLES=10000 for a long one.

When COACH_FUZZ_STATS names a file, every case appends "test-name seconds" to it so the
script can report the number of cases and the slowest one.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.problems import Problem, RoutineFileError
from coach.core.routine_files import Library, parse_routine, read_document, validate_file

EXAMPLES = int(os.environ.get("COACH_FUZZ_EXAMPLES", "200"))
CASE_LIMIT_S = 1.0
REPO = Path(__file__).resolve().parents[2]
SOURCES = {p.name: p.read_text(encoding="utf-8") for p in sorted(REPO.glob("routines/*.yaml"))}
ROUTINES = {name: text for name, text in SOURCES.items() if "\nsteps:" in text}
STATS = os.environ.get("COACH_FUZZ_STATS")

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# ------------------------------------------------------------------- the property checked


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def warm(library: Library, folder: Path) -> Library:
    """Import and first-use costs (pydantic, safety rules) are not a case's time."""
    for name, text in SOURCES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        validate_file(path, library, None, 20)
    return library


def _check_problems(problems: list[Problem]) -> None:
    assert isinstance(problems, list)
    for p in problems:
        assert isinstance(p, Problem)
        assert p.line >= 1 and p.column >= 1, str(p)
        assert p.severity in {"error", "warning"}, str(p)
        assert p.message, str(p)
        assert str(p).startswith(f"{p.filename}:{p.line}:{p.column}: ")


def check_file(path: Path, data: bytes, library: Library, week: int | None, name: str) -> None:
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        parse_routine(read_document(path), library.catalogue, library.sources, path.parent)
    except RoutineFileError as exc:  # the only exception allowed
        assert exc.problems
        _check_problems(exc.problems)
    _check_problems(validate_file(path, library, None, week))
    _check_problems(validate_file(path, None))
    elapsed = time.perf_counter() - start
    if STATS:
        with open(STATS, "a", encoding="utf-8") as out:
            out.write(f"{name} {elapsed:.6f}\n")
    assert elapsed < CASE_LIMIT_S, f"one case took {elapsed:.2f} s: {data[:200]!r}"


# ------------------------------------------------------------------------------ strategies

SPECIAL = [
    "", "~", "null", "yes", "no", "on", "off", "0x1F", "0o17", "1e999", "-1e999", ".nan",
    "-.inf", "2026-02-30", "2026-13-01", "12:30", "99:99", "1_000", "'", '"', "[", "]", "{",
    "}", "- x", "&a x", "*a", "!!python/object:os.system", "!!python/name:os.system",
    "!foo bar", "<<: {}", "? x", "|", ">", "%YAML 1.1", "---", "...", "9" * 5000,
    "\t", "x\ty", "#", ": :", "@x", "`x`", "\\", "\u2028", "\x85", "\ufeff", "\x00",
    "'unterminated", '"bad \\q escape"', "0", "-1", "2147483648", "1.5", "-0.0",
]  # fmt: skip

WORDS = [
    "schema_version", "id", "title", "summary", "steps", "exercise", "check", "red_flags",
    "dose", "hold_s", "reps", "sides", "rest_s", "duration_s", "cue", "finish", "exercises",
    "illustration", "cues", "ready", "do", "release", "sources", "position", "name",
    "assigned", "prescriber", "approvals", "modifications", "when", "replace_with",
    "ankle_circles", "ankle_pumps", "standing_wall_calf_stretch", "KP",
]  # fmt: skip


def _render(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return str(value)


scalars = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=30),
    st.text(max_size=30).map(json.dumps),
    st.sampled_from(SPECIAL),
    st.sampled_from(WORDS),
).map(_render)


@st.composite
def nested(draw: st.DrawFn) -> str:
    """A value wrapped in up to 40 flow lists/mappings (the depth limit is 24)."""
    value = draw(scalars)
    for _ in range(draw(st.integers(0, 40))):
        if draw(st.booleans()):
            value = f"[{value}]"
        else:
            value = f"{{{draw(st.sampled_from(WORDS))}: {value}}}"
    return value


values = st.one_of(scalars, nested())


def _index(draw: st.DrawFn, lines: list[str]) -> int:
    return draw(st.integers(0, max(len(lines) - 1, 0)))


def delete_line(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        del lines[_index(draw, lines)]
    return lines


def duplicate_line(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        i = _index(draw, lines)
        lines.insert(draw(st.integers(0, len(lines))), lines[i])
    return lines


def replace_line(draw: st.DrawFn, lines: list[str]) -> list[str]:
    text = draw(st.one_of(st.text(max_size=60), values))
    if lines:
        lines[_index(draw, lines)] = text
    else:
        lines.append(text)
    return lines


def swap_lines(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        i, j = _index(draw, lines), _index(draw, lines)
        lines[i], lines[j] = lines[j], lines[i]
    return lines


def replace_value(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """A random scalar or nesting in a random field ("key: value" lines)."""
    fields = [i for i, line in enumerate(lines) if ":" in line]
    if fields:
        i = draw(st.sampled_from(fields))
        key = lines[i].split(":", 1)[0]
        lines[i] = f"{key}: {draw(values)}"
    return lines


def add_field(draw: st.DrawFn, lines: list[str]) -> list[str]:
    i = draw(st.integers(0, len(lines)))
    indent = " " * draw(st.sampled_from([0, 2, 4, 6, 8, 3]))
    lines.insert(i, f"{indent}{draw(st.sampled_from(WORDS))}: {draw(values)}")
    return lines


def reindent(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        i = _index(draw, lines)
        pad = draw(st.sampled_from(["", " ", "  ", "    ", "\t", " \t"]))
        lines[i] = pad + lines[i].lstrip(" ") if draw(st.booleans()) else pad + lines[i]
    return lines


def insert_unicode(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        i = _index(draw, lines)
        j = draw(st.integers(0, len(lines[i])))
        chars = draw(st.text(st.characters(codec=None), min_size=1, max_size=6))
        lines[i] = lines[i][:j] + chars + lines[i][j:]
    return lines


def truncate(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if lines:
        i = _index(draw, lines)
        lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return lines


MUTATIONS: list[Callable[[st.DrawFn, list[str]], list[str]]] = [
    delete_line, duplicate_line, replace_line, swap_lines, replace_value, replace_value,
    add_field, reindent, insert_unicode, truncate,
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, texts: dict[str, str]) -> bytes:
    """A built-in file with a few lines deleted, duplicated, replaced or garbled."""
    lines = texts[draw(st.sampled_from(sorted(texts)))].splitlines()
    for _ in range(draw(st.integers(1, 8))):
        lines = draw(st.sampled_from(MUTATIONS))(draw, lines)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(lines) + draw(st.sampled_from([newline, ""]))
    prefix = draw(st.sampled_from(["", "\ufeff"]))
    return (prefix + text).encode("utf-8", "surrogatepass")


weeks = st.one_of(st.none(), st.integers(0, 45))

# ------------------------------------------------------------------------------ the fuzzing


@FUZZ
@given(data=st.binary(max_size=4096), week=weeks)
def test_arbitrary_bytes(data: bytes, week: int | None, warm: Library, folder: Path) -> None:
    check_file(folder / "bytes.yaml", data, warm, week, "bytes")


@FUZZ
@given(text=st.text(st.characters(codec=None), max_size=2048), week=weeks)
def test_arbitrary_text(text: str, week: int | None, warm: Library, folder: Path) -> None:
    data = text.encode("utf-8", "surrogatepass")
    check_file(folder / "text.yaml", data, warm, week, "text")


@FUZZ
@given(data=mutated(ROUTINES), week=weeks)
def test_mutated_routines(data: bytes, week: int | None, warm: Library, folder: Path) -> None:
    check_file(folder / "routine.yaml", data, warm, week, "routines")


@FUZZ
@given(data=mutated(SOURCES), week=weeks)
def test_mutated_any_builtin_file(
    data: bytes, week: int | None, warm: Library, folder: Path
) -> None:
    check_file(folder / "any.yaml", data, warm, week, "any-file")
