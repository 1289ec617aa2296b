"""Hostile routine files: each is refused with a clear message, quickly, in little memory.

One test per kind of attack or mistake from the hardening issue: tags, anchor/alias bombs, a
50 MB file, 10,000-deep nesting, bad UTF-8, a BOM, CRLF, tabs, duplicate keys, absolute and
`../` picture paths, symbolic links, and a picture that is not a picture. Files are checked
through `validate_file` (what the builder and `coach check` use) and, for bundles, through
`import_bundle`.
"""

from __future__ import annotations

import os
import stat
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coach.core.bundle import BundleError, import_bundle
from coach.core.problems import Problem, RoutineFileError
from coach.core.routine_files import Library, read_document, validate_file
from coach.core.safe_yaml import YamlLoadError, load_yaml_text

REPO = Path(__file__).resolve().parents[2]
PICTURES = REPO / "assets" / "illustrations" / "ankle_pumps"
TIME_LIMIT_S = 2.0
MEMORY_LIMIT = 64 * 1024 * 1024
MB = 1024 * 1024

BEDTIME = (REPO / "routines" / "bedtime.yaml").read_text(encoding="utf-8")

OWN_EXERCISE = """\
schema_version: 1
id: evening_care
title: Evening calf care
steps:
  - check: red_flags
  - exercise: heel_slide
exercises:
  - id: heel_slide
    name: Heel slides
    position: seated
    illustration: {illustration}
    cues:
      ready: Sit back, legs out.
      do: [Slide one heel toward you, gently, no pain.]
    dose: {{duration_s: 30}}
    sources: [KP]
"""


@dataclass
class Measured:
    value: Any
    error: BaseException | None
    seconds: float
    peak_bytes: int


def measure(call: Callable[[], Any]) -> Measured:
    """Run call once, catching its exception, timing it and tracing its peak memory."""
    tracemalloc.start()
    start = time.perf_counter()
    value: Any = None
    error: BaseException | None = None
    try:
        value = call()
    except Exception as exc:
        error = exc
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seconds < TIME_LIMIT_S, f"took {seconds:.2f} s"
    return Measured(value, error, seconds, peak)


def bounded_memory(result: Measured) -> None:
    assert result.peak_bytes < MEMORY_LIMIT, f"peak {result.peak_bytes / MB:.1f} MB"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def check(path: Path, library: Library, memory: bool = False) -> list[Problem]:
    """validate_file on path: timed (and memory-traced), and read_document refuses it too."""
    result = measure(lambda: validate_file(path, library, None, 20))
    assert result.error is None, f"validate_file raised {result.error!r}"
    if memory:
        bounded_memory(result)
    return result.value


def only_error(problems: list[Problem]) -> Problem:
    [problem] = errors(problems)
    assert problem.line >= 1 and problem.column >= 1
    return problem


def write(tmp_path: Path, text: str | bytes, name: str = "routine.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def refused_document(path: Path) -> str:
    with pytest.raises(RoutineFileError) as caught:
        read_document(path)
    return str(caught.value)


# ------------------------------------------------------------------------------- tags


def test_a_python_object_tag_is_refused_and_never_run(tmp_path: Path, library: Library) -> None:
    marker = tmp_path / "pwned"
    path = write(
        tmp_path,
        "schema_version: 1\n"
        f"id: !!python/object/apply:os.system ['touch {marker}']\n"
        "title: !!python/object:builtins.object {}\n",
    )
    problem = only_error(check(path, library))
    assert (problem.line, problem.column) == (2, 5)
    assert "tags are not allowed" in problem.message
    assert "!!python/object/apply:os.system" in problem.message
    assert not marker.exists()


@pytest.mark.parametrize(
    "value", ["!!binary aGVsbG8=", "!!set {a, b}", "!custom x", "!<tag:yaml.org,2002:str> x"]
)
def test_any_other_tag_is_refused_too(tmp_path: Path, library: Library, value: str) -> None:
    path = write(tmp_path, BEDTIME.replace("title: Bedtime wind-down", f"title: {value}"))
    problem = only_error(check(path, library))
    assert "tags are not allowed" in problem.message
    assert problem.line == 4


# ------------------------------------------------------------------------------- bombs

BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]"
            for i in range(9)
        ),
        "",
    ]
)  # 9**10 "lol"s if expanded


def test_an_anchor_alias_bomb_is_refused_at_the_first_anchor(
    tmp_path: Path, library: Library
) -> None:
    path = write(tmp_path, BILLION_LAUGHS)
    problem = only_error(check(path, library, memory=True))
    assert "anchors and aliases are not allowed" in problem.message
    assert (problem.line, problem.column) == (1, 4)
    text_result = measure(lambda: load_yaml_text(BILLION_LAUGHS, "bomb.yaml"))
    assert isinstance(text_result.error, YamlLoadError)
    bounded_memory(text_result)


def test_aliases_alone_and_anchors_alone_are_refused(tmp_path: Path, library: Library) -> None:
    aliases = write(tmp_path, "steps: [" + ", ".join(["*x"] * 50_000) + "]\n", "aliases.yaml")
    [problem] = check(aliases, library, memory=True)
    assert "alias" in problem.message
    anchors = write(tmp_path, BEDTIME.replace("id: bedtime", "id: &me bedtime"), "anchors.yaml")
    assert "anchors and aliases are not allowed" in only_error(check(anchors, library)).message


def test_a_bomb_of_many_values_is_refused_by_count(tmp_path: Path, library: Library) -> None:
    path = write(tmp_path, "steps: [" + "1," * 100_000 + "1]\n")  # 200 KB, 100,001 values
    problem = only_error(check(path, library, memory=True))
    assert "too many values (more than 20000)" in problem.message


# ------------------------------------------------------------------------------- size


def test_a_50_mb_file_is_refused_by_size_before_parsing(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "huge.yaml"
    chunk = b"- exercise: ankle_pumps  # padding padding padding padding\n" * 18_000  # ~1 MB
    with path.open("wb") as out:
        while out.tell() < 50 * MB:
            out.write(chunk)
        out.truncate(50 * MB)
    size = path.stat().st_size
    assert size == 50 * MB
    problem = only_error(check(path, library, memory=True))
    assert (problem.line, problem.column) == (1, 1)
    assert f"file is too large ({size} bytes; the limit is 524288 bytes)" in problem.message
    assert "too large" in refused_document(path)

    imported = measure(lambda: import_bundle(path, tmp_path / "imported"))
    bounded_memory(imported)
    assert isinstance(imported.error, BundleError)
    assert "is 50 MB; Coach imports routines of at most 20 MB" in str(imported.error)
    assert not (tmp_path / "imported").exists() or not any((tmp_path / "imported").iterdir())


def test_a_50_mb_string_is_refused_by_size_too() -> None:
    text = "a: 1\n" * (10 * MB)
    result = measure(lambda: load_yaml_text(text, "big.yaml"))
    assert isinstance(result.error, YamlLoadError)
    assert "file is too large" in str(result.error)


# ------------------------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("flow lists", "id: " + "[" * 10_000 + "]" * 10_000 + "\n"),
        ("flow mappings", "id: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n"),
        ("block lists", "- " * 10_000 + "x\n"),
        ("unclosed", "steps: " + "[" * 10_000 + "\n"),
    ],
)
def test_10000_deep_nesting_is_refused(
    tmp_path: Path, library: Library, name: str, text: str
) -> None:
    path = write(tmp_path, text)
    problem = only_error(check(path, library, memory=True))
    assert "nested too deeply (more than 24 levels)" in problem.message, name
    assert problem.line == 1


def test_deep_block_mappings_hit_the_depth_limit_before_the_size_limit(
    tmp_path: Path, library: Library
) -> None:
    text = "".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "x\n"
    problem = only_error(check(write(tmp_path, text), library))
    assert "nested too deeply" in problem.message
    assert problem.line == 25


# ------------------------------------------------------------------------------- encoding


def test_bad_utf8_is_refused_with_its_line_and_column(tmp_path: Path, library: Library) -> None:
    data = BEDTIME.encode().replace(b"Slow stretches", b"Slow stre\xfftches")
    problem = only_error(check(write(tmp_path, data), library))
    assert (problem.line, problem.column) == (5, 19)
    assert "not valid UTF-8 text (byte 0xff" in problem.message
    assert "save the file as UTF-8" in problem.message


@pytest.mark.parametrize(
    "data",
    [b"\xc3", b"\xed\xa0\x80", b"\xc0\xaf", b"id: x\n\xf8\x88\x80\x80\x80"],
    ids=["truncated", "surrogate", "overlong", "five-byte"],
)
def test_every_kind_of_bad_utf8_is_refused(tmp_path: Path, library: Library, data: bytes) -> None:
    problem = only_error(check(write(tmp_path, data), library))
    assert "not valid UTF-8 text" in problem.message


def test_a_utf8_bom_is_accepted_and_positions_are_unchanged(
    tmp_path: Path, library: Library
) -> None:
    plain = write(tmp_path, BEDTIME.replace("duration_s: 20", "duration_s: 1"), "plain.yaml")
    with_bom = write(tmp_path, b"\xef\xbb\xbf" + plain.read_bytes(), "bom.yaml")
    assert validate_file(write(tmp_path, "\ufeff" + BEDTIME, "good.yaml"), library, None, 20) == []
    a, b = only_error(check(plain, library)), only_error(check(with_bom, library))
    assert (a.line, a.column, a.message) == (b.line, b.column, b.message)
    assert (a.line, a.column) == (8, 17)
    assert "greater than or equal to 5" in a.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_are_refused_by_their_bom(
    tmp_path: Path, library: Library, encoding: str
) -> None:
    problem = only_error(check(write(tmp_path, BEDTIME.encode(encoding)), library))
    assert f"{encoding.upper()} text is not supported; save the file as UTF-8" in problem.message


def test_crlf_line_ends_load_and_report_the_same_lines(tmp_path: Path, library: Library) -> None:
    broken = BEDTIME.replace("duration_s: 45", "duration_s: 4500")
    lf = write(tmp_path, broken, "lf.yaml")
    crlf = write(tmp_path, broken.replace("\n", "\r\n"), "crlf.yaml")
    assert validate_file(write(tmp_path, BEDTIME.replace("\n", "\r\n")), library, None, 20) == []
    a = [(p.line, p.column, p.field) for p in errors(check(lf, library))]
    b = [(p.line, p.column, p.field) for p in errors(check(crlf, library))]
    assert a == b and a
    lone_cr = write(tmp_path, broken.replace("\n", "\r"), "cr.yaml")
    assert [(p.line, p.column, p.field) for p in errors(check(lone_cr, library))] == a


def test_tabs_for_indentation_are_refused_with_a_plain_message(
    tmp_path: Path, library: Library
) -> None:
    text = BEDTIME.replace("    dose: {duration_s: 25}", "\tdose: {duration_s: 25}", 1)
    problem = only_error(check(write(tmp_path, text), library))
    assert problem.message == "tabs cannot be used for indentation; use spaces"
    assert (problem.line, problem.column) == (10, 1)


def test_a_tab_inside_a_value_is_fine(tmp_path: Path, library: Library) -> None:
    text = BEDTIME.replace("summary: Slow", 'summary: "Slow\\t', 1).replace(
        "before sleep.", 'before sleep."', 1
    )
    assert errors(check(write(tmp_path, text), library)) == []


def test_control_characters_are_refused_with_their_position(
    tmp_path: Path, library: Library
) -> None:
    text = BEDTIME.replace("title: Bedtime wind-down", "title: Bedtime\x1b[2Jwind-down", 1)
    problem = only_error(check(write(tmp_path, text), library))
    assert "control character (U+001B)" in problem.message
    assert (problem.line, problem.column) == (4, 15)


# ------------------------------------------------------------------------------- keys


def test_duplicate_keys_are_refused_naming_the_first(tmp_path: Path, library: Library) -> None:
    problem = only_error(check(write(tmp_path, BEDTIME + "id: bedtime_two\n"), library))
    assert problem.message == "duplicate key 'id' (first defined at line 3)"
    assert problem.line == BEDTIME.count("\n") + 1


def test_duplicate_keys_inside_a_step_and_merge_keys_are_refused(
    tmp_path: Path, library: Library
) -> None:
    step = BEDTIME.replace("dose: {duration_s: 25}", "dose: {duration_s: 25, duration_s: 9}", 1)
    assert "duplicate key 'duration_s'" in only_error(check(write(tmp_path, step), library)).message
    merge = BEDTIME.replace("dose: {duration_s: 25}", "dose: {<<: {duration_s: 25}}", 1)
    problem = only_error(check(write(tmp_path, merge, "merge.yaml"), library))
    assert "merge keys ('<<') are not allowed" in problem.message


# ------------------------------------------------------------------------------- pictures


def own_exercise(tmp_path: Path, illustration: str) -> Path:
    return write(tmp_path, OWN_EXERCISE.format(illustration=illustration))


def picture_problem(tmp_path: Path, library: Library, illustration: str = "heel_slide") -> str:
    problem = only_error(check(own_exercise(tmp_path, illustration), library))
    assert problem.field == "exercises[0].illustration"
    assert (problem.line, problem.column) == (11, 19)
    return problem.message


def real_frames(folder: Path) -> None:
    folder.mkdir()
    for frame in ("frame1.svg", "frame2.svg"):
        (folder / frame).write_bytes((PICTURES / frame).read_bytes())


def test_a_routine_with_its_own_pictures_is_accepted(tmp_path: Path, library: Library) -> None:
    real_frames(tmp_path / "heel_slide")
    assert errors(check(own_exercise(tmp_path, "heel_slide"), library)) == []


@pytest.mark.parametrize(
    "illustration",
    ["../heel_slide", "/etc/passwd", "'../../etc'", "heel_slide/../x", "'C:\\pictures'", "a/b"],
)
def test_picture_paths_are_refused_by_the_model(
    tmp_path: Path, library: Library, illustration: str
) -> None:
    real_frames(tmp_path / "heel_slide")
    message = picture_problem(tmp_path, library, illustration)
    assert message.startswith("must be a plain name: a lowercase letter")
    assert "no folders, no '/' or '..'" in message
    assert illustration.strip("'") in message.replace("\\\\", "\\")


def test_missing_pictures_are_named(tmp_path: Path, library: Library) -> None:
    message = picture_problem(tmp_path, library)
    assert "needs at least 2 pictures heel_slide/frame1.svg, frame2.svg" in message


def test_a_symlinked_picture_folder_does_not_count(tmp_path: Path, library: Library) -> None:
    real_frames(tmp_path / "elsewhere")
    (tmp_path / "heel_slide").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    message = picture_problem(tmp_path, library)
    assert "needs at least 2 pictures" in message
    assert "heel_slide/ is a symbolic link, which Coach does not follow" in message


def test_a_symlinked_frame_does_not_count(tmp_path: Path, library: Library) -> None:
    real_frames(tmp_path / "heel_slide")
    (tmp_path / "heel_slide" / "frame2.svg").unlink()
    (tmp_path / "heel_slide" / "frame2.svg").symlink_to(PICTURES / "frame2.svg")
    message = picture_problem(tmp_path, library)
    assert "frame2.svg is a symbolic link, which Coach does not follow" in message


def test_a_symlink_to_a_secret_file_does_not_count(tmp_path: Path, library: Library) -> None:
    real_frames(tmp_path / "heel_slide")
    (tmp_path / "heel_slide" / "frame3.png").symlink_to("/etc/passwd")
    assert errors(check(own_exercise(tmp_path, "heel_slide"), library)) == []
    from coach.core.routine_files import illustration_frames

    assert [p.name for p in illustration_frames(tmp_path, "heel_slide")] == [
        "frame1.svg",
        "frame2.svg",
    ]


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("frame2.png", b"MZ\x90\x00 a Windows program", "frame2.png is not a real PNG picture"),
        ("frame2.jpg", b"#!/bin/sh\nrm -rf ~\n", "frame2.jpg is not a real JPG picture"),
        ("frame2.svg", b"\x00\x01\x02 binary", "frame2.svg is not a real SVG picture"),
        ("frame2.svg", b"", "frame2.svg is not a real SVG picture"),
    ],
)
def test_a_picture_that_is_not_a_picture_does_not_count(
    tmp_path: Path, library: Library, name: str, data: bytes, words: str
) -> None:
    real_frames(tmp_path / "heel_slide")
    (tmp_path / "heel_slide" / "frame2.svg").unlink()
    (tmp_path / "heel_slide" / name).write_bytes(data)
    message = picture_problem(tmp_path, library)
    assert "needs at least 2 pictures" in message
    assert words in message


def test_a_folder_named_like_a_frame_does_not_count(tmp_path: Path, library: Library) -> None:
    real_frames(tmp_path / "heel_slide")
    (tmp_path / "heel_slide" / "frame2.svg").unlink()
    (tmp_path / "heel_slide" / "frame2.svg").mkdir()
    assert "frame2.svg is not a file" in picture_problem(tmp_path, library)


# ------------------------------------------------------------------------------- bundles

ZIP_ROUTINE = OWN_EXERCISE.format(illustration="heel_slide")


def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def refused_bundle(src: Path, dest: Path) -> str:
    result = measure(lambda: import_bundle(src, dest))
    bounded_memory(result)
    assert isinstance(result.error, BundleError), result.error
    assert not dest.exists() or list(dest.iterdir()) == []  # nothing left behind
    return str(result.error)


def frame(n: int) -> bytes:
    return (PICTURES / f"frame{n}.svg").read_bytes()


def test_a_good_bundle_imports(tmp_path: Path) -> None:
    src = make_zip(
        tmp_path / "good.zip",
        [
            ("care/routine.yaml", ZIP_ROUTINE.encode()),
            ("care/heel_slide/frame1.svg", frame(1)),
            ("care/heel_slide/frame2.svg", frame(2)),
        ],
    )
    imported = import_bundle(src, tmp_path / "dest")
    assert len(imported.pictures) == 2


@pytest.mark.parametrize(
    ("member", "words"),
    [
        ("../heel_slide/frame2.svg", 'points outside the bundle (it uses "..")'),
        ("care/../../frame2.svg", 'points outside the bundle (it uses "..")'),
        ("/tmp/heel_slide/frame2.svg", "has an absolute path (it starts with /)"),
        ("C:/heel_slide/frame2.svg", "starts with a drive letter (like C:)"),
        ("care\\..\\frame2.svg", "has a backslash"),
    ],
)
def test_bundle_picture_paths_outside_are_refused(tmp_path: Path, member: str, words: str) -> None:
    src = make_zip(
        tmp_path / "paths.zip",
        [("care/routine.yaml", ZIP_ROUTINE.encode()), (member, frame(2))],
    )
    message = refused_bundle(src, tmp_path / "dest")
    assert message.startswith("Coach did not import the bundle because")
    assert words in message


def test_a_symlink_in_a_bundle_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("care/heel_slide/frame2.svg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    src = make_zip(
        tmp_path / "link.zip",
        [
            ("care/routine.yaml", ZIP_ROUTINE.encode()),
            ("care/heel_slide/frame1.svg", frame(1)),
            (link, b"/etc/passwd"),
        ],
    )
    message = refused_bundle(src, tmp_path / "dest")
    assert '"care/heel_slide/frame2.svg" is a symbolic link' in message


def test_a_symlinked_bundle_file_is_refused(tmp_path: Path) -> None:
    real = write(tmp_path, BEDTIME, "real.yaml")
    (tmp_path / "link.yaml").symlink_to(real)
    message = refused_bundle(tmp_path / "link.yaml", tmp_path / "dest")
    assert "is a shortcut (symbolic link); choose the real file it points to instead" in message


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("frame2.png", b"MZ\x90\x00 a Windows program", "is not a real PNG picture"),
        ("frame2.jpg", b"GIF89a....", "is not a real JPEG picture"),
        ("frame2.svg", b"<html><body>hi</body></html>", "is not an SVG picture"),
        ("frame2.svg", b"\xff\xfe\x00<svg", "is not an SVG picture saved as UTF-8 text"),
        ("frame2.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>',
         "contains a script"),
        ("frame2.exe", b"MZ", "is neither a routine (.yaml) nor a picture"),
    ],
)  # fmt: skip
def test_a_bundle_picture_that_is_not_a_picture_is_refused(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    src = make_zip(
        tmp_path / "pictures.zip",
        [
            ("care/routine.yaml", ZIP_ROUTINE.encode()),
            ("care/heel_slide/frame1.svg", frame(1)),
            (f"care/heel_slide/{name}", data),
        ],
    )
    message = refused_bundle(src, tmp_path / "dest")
    assert f'"care/heel_slide/{name}" {words}' in message


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    src = tmp_path / "bomb.zip"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("care/routine.yaml", ZIP_ROUTINE.encode())
        with zf.open("care/heel_slide/frame1.svg", "w", force_zip64=True) as out:
            block = b"\x00" * MB
            for _ in range(4):
                out.write(block)
    assert src.stat().st_size < 100_000
    message = refused_bundle(src, tmp_path / "dest")
    assert "the mark of a zip bomb" in message


def test_a_hostile_routine_inside_a_bundle_is_refused_by_the_check(
    tmp_path: Path, library: Library
) -> None:
    from coach.core.routine_import import import_routine

    src = make_zip(
        tmp_path / "tagged.zip",
        [
            ("care/routine.yaml", b"id: !!python/object/apply:os.system ['true']\n"),
        ],
    )
    result = measure(lambda: import_routine(src, library.copy(), tmp_path / "dest", 20))
    assert isinstance(result.error, BundleError)
    assert "This routine has problems" in str(result.error)
    assert "tags are not allowed" in str(result.error)
    assert list((tmp_path / "dest").iterdir()) == []


def test_a_fifo_named_like_a_routine_does_not_hang(tmp_path: Path, library: Library) -> None:
    fifo = tmp_path / "routine.yaml"
    os.mkfifo(fifo)
    problem = only_error(check(fifo, library))
    assert "is not a regular file" in problem.message
    message = refused_bundle(fifo, tmp_path / "dest")
    assert "is not an ordinary file" in message
