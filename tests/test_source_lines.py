"""PySide6 reads every module's source after it is imported; Coach keeps none of it."""

from __future__ import annotations

import importlib
import inspect
import linecache
import sys
import traceback
import zipfile

import pytest

from coach import source_lines


@pytest.fixture
def forgetful_cache():
    kept = linecache.cache
    source_lines.keep_no_module_sources()
    yield
    linecache.cache = kept


def test_reading_a_module_source_keeps_nothing(forgetful_cache) -> None:
    import coach.core.clock as module

    assert "class" in inspect.getsource(module)  # what PySide6 does for each import
    import coach.core.night as other

    assert "def" in inspect.getsource(other)
    assert len(linecache.cache) <= 1


def test_a_module_inside_an_archive_still_gives_its_source(
    forgetful_cache, tmp_path, monkeypatch
) -> None:
    """As in the packaged app: no file on disk, the lines come from the loader."""
    archive = tmp_path / "modules.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("zipped_for_coach_test.py", "VALUE = 'from the archive'\n")
    monkeypatch.syspath_prepend(str(archive))
    module = importlib.import_module("zipped_for_coach_test")
    try:
        assert "from the archive" in inspect.getsource(module)
    finally:
        sys.modules.pop("zipped_for_coach_test", None)


def test_a_traceback_still_shows_its_source_line(forgetful_cache) -> None:
    try:
        raise ValueError("shown")
    except ValueError as exc:
        text = "".join(traceback.format_exception(exc))
    assert 'raise ValueError("shown")' in text
