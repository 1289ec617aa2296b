"""Tests for coach.core.safe_yaml: safe loading of untrusted routine files with marks."""

from __future__ import annotations

import ast
import datetime
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core import safe_yaml
from coach.core.safe_yaml import (
    Mark,
    YamlLimits,
    YamlLoadError,
    load_yaml_file,
    load_yaml_text,
)

# Both parsers must behave identically: libyaml is used when present, the pure-Python
# parser is the fallback, so every behaviour test runs against each of them.
BACKENDS = [pytest.param(yaml.SafeLoader, id="python")]
if hasattr(yaml, "CSafeLoader"):
    BACKENDS.insert(0, pytest.param(yaml.CSafeLoader, id="libyaml"))


@contextmanager
def _use_backend(loader: type) -> Iterator[None]:
    """Swap the parser class for the duration of a block (usable inside hypothesis)."""
    with mock.patch.object(safe_yaml, "_LOADER_CLASS", loader):
        yield


@pytest.fixture(params=BACKENDS, autouse=True)
def backend(request: pytest.FixtureRequest) -> Iterator[type]:
    with _use_backend(request.param):
        yield request.param


def _error(text: str | bytes, limits: YamlLimits | None = None) -> YamlLoadError:
    """Load text that must be refused and return the error."""
    with pytest.raises(YamlLoadError) as info:
        load_yaml_text(text, "r.yaml", limits or YamlLimits())
    return info.value


ROUTINE = """\
# Bedtime routine
name: Bedtime stretches
created: 2026-11-01
steps:
  - id: calf
    dose:
      hold_s: 30
      reps: 3
  - id: hamstring
    title: "20"
  - id: ankle
    dose: {hold_s: 90, reps: 2}
"""


# ------------------------------------------------------------------------- data + marks


def test_data_matches_plain_python_values() -> None:
    doc = load_yaml_text(ROUTINE, "bedtime.yaml")
    assert doc.filename == "bedtime.yaml"
    assert doc.data == {
        "name": "Bedtime stretches",
        "created": datetime.date(2026, 11, 1),
        "steps": [
            {"id": "calf", "dose": {"hold_s": 30, "reps": 3}},
            {"id": "hamstring", "title": "20"},
            {"id": "ankle", "dose": {"hold_s": 90, "reps": 2}},
        ],
    }


def test_marks_for_nested_mapping_values() -> None:
    doc = load_yaml_text(ROUTINE, "bedtime.yaml")
    assert doc.mark_for(("name",)) == Mark(2, 7)
    assert doc.mark_for(("steps", 0, "dose", "hold_s")) == Mark(7, 15)
    assert doc.mark_for(("steps", 0, "dose", "reps")) == Mark(8, 13)
    # Flow mapping values.
    assert doc.mark_for(("steps", 2, "dose", "hold_s")) == Mark(12, 20)
    assert doc.mark_for(("steps", 2, "dose", "reps")) == Mark(12, 30)
    # A block mapping starts at its first key; a flow mapping at its '{'.
    assert doc.mark_for(("steps", 0, "dose")) == Mark(7, 7)
    assert doc.mark_for(("steps", 2, "dose")) == Mark(12, 11)


def test_marks_for_sequence_items() -> None:
    doc = load_yaml_text(ROUTINE, "bedtime.yaml")
    assert doc.mark_for(("steps",)) == Mark(5, 3)
    assert doc.mark_for(("steps", 0)) == Mark(5, 5)
    assert doc.mark_for(("steps", 1)) == Mark(9, 5)
    assert doc.mark_for(("steps", 2)) == Mark(11, 5)
    flow = load_yaml_text("xs: [10, 20,\n     30]\n", "f.yaml")
    assert [flow.mark_for(("xs", i)) for i in range(3)] == [Mark(1, 6), Mark(1, 10), Mark(2, 6)]


def test_mark_for_missing_path_falls_back_to_nearest_ancestor() -> None:
    doc = load_yaml_text(ROUTINE, "bedtime.yaml")
    # steps[1] has no 'dose': point at the mapping that should contain it.
    assert doc.mark_for(("steps", 1, "dose", "hold_s")) == Mark(9, 5)
    assert doc.mark_for(("steps", 7)) == Mark(5, 3)
    assert doc.mark_for(("nope",)) == Mark(1, 1)
    assert doc.mark_for(("name", "deeper")) == Mark(2, 7)
    assert doc.mark_for(("steps", ["unhashable"])) == Mark(5, 3)  # type: ignore[list-item]


def test_empty_path_is_document_start_even_after_comments() -> None:
    doc = load_yaml_text("\n\n# comment\n  key: 1\n", "c.yaml")
    assert doc.mark_for(()) == Mark(1, 1)
    assert doc.mark_for(("key",)) == Mark(4, 8)


def test_key_mark_for_points_at_the_key() -> None:
    doc = load_yaml_text(ROUTINE, "bedtime.yaml")
    assert doc.key_mark_for(("steps", 0, "dose", "hold_s")) == Mark(7, 7)
    assert doc.key_mark_for(("steps", 1, "title")) == Mark(10, 5)
    assert doc.key_mark_for(("steps", 2, "dose", "reps")) == Mark(12, 24)
    # Not a mapping entry (sequence item): the value's own mark.
    assert doc.key_mark_for(("steps", 1)) == Mark(9, 5)
    # Missing: falls back like mark_for.
    assert doc.key_mark_for(("steps", 1, "dose")) == Mark(9, 5)
    assert doc.key_mark_for(()) == Mark(1, 1)


def test_scalars_resolve_like_safe_loader() -> None:
    text = (
        "i: 12\nf: 1.5\nt: true\ny: yes\nn: ~\ne:\ns: hello\nq: '20'\ndq: \"true\"\n"
        "d: 2026-11-01\nts: 2026-11-01 21:30:00\nblock: |\n  two\n  lines\n"
        "hex: 0x1F\nneg: -3\ninf: .inf\n7: seven\nlst: [a, 1, null]\n"
    )
    doc = load_yaml_text(text, "s.yaml")
    assert doc.data == yaml.safe_load(text)
    assert doc.data["q"] == "20"
    assert doc.data["dq"] == "true"
    assert type(doc.data["d"]) is datetime.date
    assert doc.data["ts"] == datetime.datetime(2026, 11, 1, 21, 30)
    assert doc.mark_for((7,)) == Mark(18, 4)  # non-str keys are kept as resolved


def test_quoted_number_stays_a_string() -> None:
    doc = load_yaml_text("hold_s: '20'\nreps: \"3\"\n", "q.yaml")
    assert doc.data == {"hold_s": "20", "reps": "3"}


def test_date_parses_to_date() -> None:
    doc = load_yaml_text("when: 2026-11-01\n", "d.yaml")
    assert doc.data["when"] == datetime.date(2026, 11, 1)
    assert not isinstance(doc.data["when"], datetime.datetime)


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n", "---\n", "--- \n...\n"])
def test_empty_document_is_none(text: str) -> None:
    assert load_yaml_text(text, "e.yaml").data is None


def test_root_scalar() -> None:
    doc = load_yaml_text("  hello\n", "r.yaml")
    assert doc.data == "hello"
    assert doc.mark_for(()) == Mark(1, 1)


def test_merge_marker_as_a_value_is_plain_text() -> None:
    assert load_yaml_text("a: <<\nb: =\n", "m.yaml").data == {"a": "<<", "b": "="}


# ------------------------------------------------------------------------- encodings


def test_bytes_with_utf8_bom_are_accepted() -> None:
    doc = load_yaml_text(b"\xef\xbb\xbfname: caf\xc3\xa9\nn: 2\n", "b.yaml")
    assert doc.data == {"name": "café", "n": 2}
    assert doc.mark_for(("n",)) == Mark(2, 4)
    assert doc.key_mark_for(("name",)) == Mark(1, 1)


def test_text_with_bom_is_accepted() -> None:
    doc = load_yaml_text("\ufeffa: 1\n", "b.yaml")
    assert doc.data == {"a": 1}
    assert doc.mark_for(("a",)) == Mark(1, 4)


def test_crlf_line_endings_give_correct_lines() -> None:
    doc = load_yaml_text(b"a: 1\r\nb:\r\n  c: x\r\n  d: [1, 2]\r\n", "crlf.yaml")
    assert doc.data == {"a": 1, "b": {"c": "x", "d": [1, 2]}}
    assert doc.mark_for(("b", "c")) == Mark(3, 6)
    assert doc.mark_for(("b", "d", 1)) == Mark(4, 10)


def test_invalid_utf8_reports_position_of_first_bad_byte() -> None:
    err = _error(b"a: 1\nb: caf\xe9\nc: \xff\n")
    assert (err.line, err.column) == (2, 7)
    assert "not valid UTF-8 text" in err.message


def test_invalid_utf8_column_counts_characters_not_bytes() -> None:
    err = _error(b"\xef\xbb\xbfa: \xc3\xa9\xc3\xa9\x80\n")
    assert (err.line, err.column) == (1, 6)
    assert "not valid UTF-8 text" in err.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_are_refused_by_bom(encoding: str) -> None:
    err = _error("a: 1\n".encode(encoding))
    assert (err.line, err.column) == (1, 1)
    assert encoding.upper() in err.message
    assert "not supported" in err.message


def test_control_character_is_refused_with_position() -> None:
    err = _error("a: 1\nb: x\x07y\n")
    assert (err.line, err.column) == (2, 5)
    assert "U+0007" in err.message


def test_nul_byte_is_refused_with_position() -> None:
    err = _error(b"a: 1\nbb: \x00\n")
    assert (err.line, err.column) == (2, 5)
    assert "NUL" in err.message


# ------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("text", "line", "column", "shown"),
    [
        ("cmd: !!python/object/apply:os.system [ls]\n", 1, 6, "!!python/object/apply:os.system"),
        ("a: 1\nb: !foo bar\n", 2, 4, "!foo"),
        ("a:\n  - !!str 5\n", 2, 5, "!!str"),
        ("a: ! 5\n", 1, 4, "!"),
        ("--- !!map\na: 1\n", 1, 5, "!!map"),
        ("x: !!python/name:os.system\n", 1, 4, "!!python/name:os.system"),
    ],
)
def test_tags_are_refused(text: str, line: int, column: int, shown: str) -> None:
    err = _error(text)
    assert (err.line, err.column) == (line, column)
    assert err.message == f"tags are not allowed (found '{shown}')"


def test_anchor_is_refused() -> None:
    err = _error("base:\n  hold_s: 30\nother: &b\n  x: 1\n")
    assert (err.line, err.column) == (3, 8)
    assert err.message == "anchors and aliases are not allowed"


def test_alias_without_anchor_is_refused() -> None:
    err = _error("a: 1\nb: [1, *a]\n")
    assert (err.line, err.column) == (2, 8)
    assert err.message == "anchors and aliases are not allowed"


def test_billion_laughs_is_refused_before_expansion() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    err = _error("\n".join(lines) + "\n")
    assert (err.line, err.column) == (1, 4)
    assert err.message == "anchors and aliases are not allowed"


def test_duplicate_key_is_refused() -> None:
    err = _error("name: a\nsteps: []\nname: b\n")
    assert (err.line, err.column) == (3, 1)
    assert err.message == "duplicate key 'name' (first defined at line 1)"


def test_duplicate_key_in_nested_flow_mapping() -> None:
    err = _error("a:\n  b: {x: 1,\n      y: 2, x: 3}\n")
    assert (err.line, err.column) == (3, 13)
    assert err.message == "duplicate key 'x' (first defined at line 2)"


def test_keys_equal_after_resolution_are_duplicates() -> None:
    err = _error("1: a\n0x1: b\n")
    assert (err.line, err.column) == (2, 1)
    assert err.message == "duplicate key '0x1' (first defined at line 1)"


def test_same_key_in_different_mappings_is_fine() -> None:
    doc = load_yaml_text("a: {x: 1}\nb: {x: 2}\n", "k.yaml")
    assert doc.data == {"a": {"x": 1}, "b": {"x": 2}}


def test_merge_key_is_refused() -> None:
    err = _error("base: {hold_s: 30}\nstep:\n  <<: {reps: 2}\n")
    assert (err.line, err.column) == (3, 3)
    assert "merge keys" in err.message


def test_quoted_merge_key_is_an_ordinary_key() -> None:
    assert load_yaml_text("'<<': 1\n", "m.yaml").data == {"<<": 1}


@pytest.mark.parametrize(
    ("text", "line", "column", "needle"),
    [
        ("? [a, b]\n: 1\n", 1, 3, "not a list"),
        ("{a: 1}: 2\n", 1, 1, "not a mapping"),
        ("? \n: 1\n", 1, 2, "null"),
        ("a: 1\n~: 2\n", 2, 1, "null"),
    ],
)
def test_non_scalar_and_null_keys_are_refused(
    text: str, line: int, column: int, needle: str
) -> None:
    err = _error(text)
    assert (err.line, err.column) == (line, column)
    assert needle in err.message


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: 1\n---\nb: 2\n", 2, 1),
        ("--- 1\n--- 2\n", 2, 1),
        ("a: 1\n...\n--- b\n", 3, 1),
    ],
)
def test_more_than_one_document_is_refused(text: str, line: int, column: int) -> None:
    err = _error(text)
    assert (err.line, err.column) == (line, column)
    assert "only one YAML document" in err.message


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("[" * 10_000 + "]" * 10_000, 25),
        ("{a: " * 10_000 + "1" + "}" * 10_000, 97),
        ("- " * 10_000 + "x\n", 49),
    ],
    ids=["flow-sequences", "flow-mappings", "block-sequences"],
)
def test_ten_thousand_levels_fail_cleanly_at_the_limit(text: str, column: int) -> None:
    err = _error(text)
    assert (err.line, err.column) == (1, column)
    assert err.message == "nested too deeply (more than 24 levels)"


def test_deep_nesting_at_the_end_of_a_long_file_is_found_on_its_line(backend: type) -> None:
    """libyaml stops 1,000 levels in; past 64 KB the place is not narrowed down further
    (the pure-Python parser would take most of a second), but the line and message hold."""
    body = "".join(
        f"k{i}: 'a value long enough to fill the file up quickly'\n" for i in range(4000)
    )
    err = _error(body + "deep: " + "[" * 1500 + "]" * 1500 + "\n")
    assert err.line == 4001
    assert err.message == "nested too deeply (more than 24 levels)"
    if backend is yaml.SafeLoader:
        assert err.column == 30  # where the 25th level opened


def test_block_mapping_nesting_limit() -> None:
    # The mapping holding k{n} is nested n + 1 levels deep.
    text = "".join(f"{'  ' * i}k{i}:\n" for i in range(30))
    err = _error(text)
    assert (err.line, err.column) == (25, 49)
    assert err.message == "nested too deeply (more than 24 levels)"


def test_depth_limit_is_exact() -> None:
    limits = YamlLimits(max_depth=3)
    assert load_yaml_text("[[[1]]]", "d.yaml", limits).data == [[[1]]]
    err = _error("[[[[1]]]]", limits)
    assert (err.line, err.column) == (1, 4)
    assert err.message == "nested too deeply (more than 3 levels)"


def test_node_count_limit() -> None:
    limits = YamlLimits(max_nodes=10)
    ok = "".join(f"- {i}\n" for i in range(9))  # 1 sequence + 9 items = 10 values
    assert load_yaml_text(ok, "n.yaml", limits).data == list(range(9))
    err = _error(ok + "- 9\n", limits)
    assert (err.line, err.column) == (10, 3)
    assert err.message == "too many values (more than 10)"


def test_text_size_limit() -> None:
    limits = YamlLimits(max_bytes=16)
    assert load_yaml_text("a: 1234567890123", "s.yaml", limits).data == {"a": 1234567890123}
    err = _error("a: 12345678901234", limits)
    assert (err.line, err.column) == (1, 1)
    assert "too large" in err.message
    # Counted in UTF-8 bytes, not characters.
    assert "too large" in _error("a: " + "é" * 7, limits).message


def test_invalid_date_is_an_error_not_a_crash() -> None:
    err = _error("when: 2026-02-30\n")
    assert (err.line, err.column) == (1, 7)
    assert "not a valid timestamp" in err.message


def test_huge_integer_is_an_error_not_a_crash() -> None:
    err = _error("n: " + "9" * 5000 + "\n")
    assert (err.line, err.column) == (1, 4)
    assert "too many digits" in err.message


# ------------------------------------------------------------------------- syntax errors


def test_tab_indentation_gives_line_and_column() -> None:
    err = _error("steps:\n  - a\n\t- b\n")
    assert (err.line, err.column) == (3, 1)
    assert err.message == "tabs cannot be used for indentation; use spaces"


def test_tab_after_indentation_gives_line_and_column() -> None:
    err = _error("a:\n  b: 1\n\t c: 2\n")
    assert (err.line, err.column) == (3, 1)
    assert err.message == "tabs cannot be used for indentation; use spaces"


def test_tab_right_after_a_text_bom() -> None:
    err = _error("\ufeff\ta: 1\n")
    assert (err.line, err.column) == (1, 1)
    assert err.message == "tabs cannot be used for indentation; use spaces"


def test_syntax_error_is_readable() -> None:
    err = _error("a: [1, 2\nb: 3\n")
    assert (err.line, err.column) == (2, 2)
    assert "flow sequence that started at line 1" in err.message
    assert "Traceback" not in str(err)
    assert "\n" not in str(err)


def test_bad_indentation_is_reported_where_it_happens() -> None:
    err = _error("a:\n  b: 1\n c: 2\n")
    assert (err.line, err.column) == (3, 2)
    assert "block mapping that started at line 1" in err.message


def test_error_string_format() -> None:
    err = YamlLoadError("bedtime.yaml", 14, 7, "steps[2].dose.hold_s: must be at most 60")
    assert str(err) == "bedtime.yaml:14:7: steps[2].dose.hold_s: must be at most 60"
    assert (err.filename, err.line, err.column) == ("bedtime.yaml", 14, 7)
    assert err.message == "steps[2].dose.hold_s: must be at most 60"
    loaded = _error("a: 1\na: 2\n")
    assert str(loaded) == "r.yaml:2:1: duplicate key 'a' (first defined at line 1)"


# ------------------------------------------------------------------------- files


def test_load_file_with_display_name(tmp_path: Path) -> None:
    path = tmp_path / "bedtime.yaml"
    path.write_bytes(ROUTINE.encode())
    doc = load_yaml_file(path, display_name="routines/bedtime.yaml")
    assert doc.filename == "routines/bedtime.yaml"
    assert doc.data["steps"][0]["dose"]["hold_s"] == 30
    assert load_yaml_file(str(path)).filename == str(path)


def test_file_errors_use_the_display_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"a: 1\na: 2\n")
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(path, display_name="bad.yaml")
    assert str(info.value) == "bad.yaml:2:1: duplicate key 'a' (first defined at line 1)"


def test_oversized_file_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * 200 + b"\n")

    def must_not_read(*args: object) -> bytes:
        raise AssertionError("file content was read")

    monkeypatch.setattr(safe_yaml, "_read_at_most", must_not_read)
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(path, YamlLimits(max_bytes=100))
    assert (info.value.line, info.value.column) == (1, 1)
    assert "too large" in info.value.message
    assert "204 bytes" in info.value.message


def test_file_within_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_bytes(b"a: " + b"x" * 97)  # exactly 100 bytes
    assert load_yaml_file(path, YamlLimits(max_bytes=100)).data == {"a": "x" * 97}


def test_read_stops_after_limit(tmp_path: Path) -> None:
    path = tmp_path / "grown.yaml"
    path.write_bytes(b"y" * 300_000)
    assert len(safe_yaml._read_at_most(path, 101, "grown.yaml")) == 101


def test_file_that_grows_after_stat_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"a: 1\n")
    real_read = safe_yaml._read_at_most

    def grow_then_read(p: Path, limit: int, name: str) -> bytes:
        path.write_bytes(b"a: " + b"x" * 500)
        return real_read(p, limit, name)

    monkeypatch.setattr(safe_yaml, "_read_at_most", grow_then_read)
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(path, YamlLimits(max_bytes=100))
    assert "too large" in info.value.message


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(tmp_path, display_name="routines")
    assert str(info.value) == "routines:1:1: is a directory, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(fifo)
    assert (info.value.line, info.value.column) == (1, 1)
    assert info.value.message == "is not a regular file"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(YamlLoadError) as info:
        load_yaml_file(tmp_path / "missing.yaml", display_name="missing.yaml")
    err = info.value
    assert (err.filename, err.line, err.column) == ("missing.yaml", 1, 1)
    assert err.message == f"cannot read file: {os.strerror(2)}"


# ------------------------------------------------------------------------- robustness


# The autouse ``backend`` fixture patches a module attribute only, so it is safe to
# share across hypothesis examples: each test runs once per parser.
@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.binary()))
def test_arbitrary_input_loads_or_raises_yaml_load_error(data: str | bytes) -> None:
    try:
        doc = load_yaml_text(data, "fuzz.yaml")
    except YamlLoadError as err:
        assert err.line >= 1
        assert err.column >= 1
        assert str(err).startswith(f"fuzz.yaml:{err.line}:{err.column}: ")
    else:
        assert doc.mark_for(()) == Mark(1, 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{},'\"#&*!?|>< \t\n\r~01.")), max_size=60))
def test_yaml_like_text_loads_or_raises_yaml_load_error(data: str) -> None:
    """Random text is mostly rejected early; YAML-ish noise reaches the deeper paths."""
    try:
        load_yaml_text(data, "fuzz.yaml")
    except YamlLoadError as err:
        assert err.line >= 1
        assert err.column >= 1


def test_module_does_not_import_qt_or_pydantic() -> None:
    tree = ast.parse(Path(safe_yaml.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported.isdisjoint({"PySide6", "pydantic", "shiboken6"})
    assert "yaml" in imported
