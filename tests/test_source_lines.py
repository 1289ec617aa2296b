"""PySide6 reads every module's source after it is imported; Coach keeps none of it."""

from __future__ import annotations

import inspect
import linecache
import traceback

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
    assert len(linecache.cache) == 0


def test_a_traceback_still_shows_its_source_line(forgetful_cache) -> None:
    try:
        raise ValueError("shown")
    except ValueError as exc:
        text = "".join(traceback.format_exception(exc))
    assert 'raise ValueError("shown")' in text
