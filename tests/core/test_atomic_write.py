"""Atomic, private writes: whole or nothing, in parts without joining them."""

from __future__ import annotations

import stat
from pathlib import Path
from unittest import mock

import pytest

from coach.core.atomic import atomic_write_bytes


def test_parts_are_written_one_after_the_other(tmp_path: Path) -> None:
    target = tmp_path / "data" / "file.bin"
    atomic_write_bytes(target, (b"head\n", memoryview(b"0123456789")[2:6]))
    assert target.read_bytes() == b"head\n2345"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_a_failed_write_leaves_the_old_file_and_no_stray_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "file.bin"
    atomic_write_bytes(target, b"old")
    full = OSError(28, "No space left on device")
    with mock.patch("os.fsync", side_effect=full), pytest.raises(OSError):
        atomic_write_bytes(target, (b"new", b"er"))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.bin"]
