"""Shared fixtures. Qt runs offscreen in every test unless a test says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COACH_AUDIO", "off")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def library():
    from coach.core.routine_files import load_library

    return load_library(REPO / "routines", REPO / "assets" / "illustrations")
