"""One place that knows where shipped files live, also inside a frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding assets/ and routines/: the repo, or the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent.parent


def asset(*parts: str) -> Path:
    """A shipped asset; refuses absolute parts and '..' so a name cannot escape assets/."""
    for part in parts:
        if not part or Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"not an asset name: {part!r}")
    return app_root().joinpath("assets", *parts)


def routines_dir() -> Path:
    return app_root() / "routines"


def illustrations_dir() -> Path:
    return asset("illustrations")


def sounds_dir() -> Path:
    return asset("sounds")


def translations_dir() -> Path:
    """Compiled translations (coach_ru.qm), built from translations/*.ts by scripts/setup.sh."""
    return app_root() / "coach" / "translations"
