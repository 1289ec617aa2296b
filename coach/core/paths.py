"""The one module that owns where user data lives. Tests point it at tmp_path.

Follows XDG on Linux (~/.local/share/coach, ~/.config/coach); `COACH_HOME` overrides both,
which is how tests and portable installs keep data in one folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "coach"


def _base(env: str, fallback: str) -> Path:
    home = os.environ.get("COACH_HOME")
    if home:
        return Path(home)
    root = os.environ.get(env)
    return (Path(root) if root else Path.home() / fallback) / APP


def data_dir() -> Path:
    """Diary, history and imported routines."""
    return _base("XDG_DATA_HOME", ".local/share")


def config_dir() -> Path:
    """Settings and profile."""
    return _base("XDG_CONFIG_HOME", ".config")


def settings_file() -> Path:
    return config_dir() / "settings.json"


def user_routines_dir() -> Path:
    return data_dir() / "routines"


def profile_file() -> Path:
    return config_dir() / "profile.json"


def runtime_dir() -> Path:
    """Where the single-instance socket lives: private to the user, gone at logout."""
    root = os.environ.get("XDG_RUNTIME_DIR")
    if root and not os.environ.get("COACH_HOME"):
        return Path(root)
    return config_dir()


def instance_socket() -> Path:
    return runtime_dir() / "coach-instance.sock"


def history_file() -> Path:
    return data_dir() / "diary.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def library_cache_file() -> Path:
    """The checked routines, kept so start-up needs neither YAML nor pydantic."""
    return data_dir() / "library-cache.json"


def start_pictures_dir() -> Path:
    """Pictures of the first screen, so the next start can show it at once (private)."""
    return data_dir() / "start-pictures"
