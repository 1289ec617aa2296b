"""A start-up cache of the checked library, so Coach opens without YAML or pydantic.

Checking every routine file (YAML with marks, then the pydantic models) costs about 200 ms
and 25 MB at each start. The result only changes when a file changes, so it is kept as JSON
with a fingerprint: the size and modification time of every routine, picture and
translation file, and of the code that checks them. Any difference, or any damage to the
cache, means the files are checked again; the cache can make start-up faster, never less
safe. It lives in the user's private data folder and is written atomically.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach import __version__
from coach.core import records
from coach.core.atomic import atomic_write_text
from coach.core.library import Library
from coach.core.problems import Problem

log = logging.getLogger(__name__)

FORMAT = 1
_CHECKING_CODE = ("models.py", "records.py", "routine_files.py", "pictures.py", "vocab.py")
_MAX_FILES = 5000  # a folder this big is not Coach's; check it the slow way instead


def _walk(root: Path) -> list[list[Any]]:
    """(relative path, size, mtime_ns) of every file below root, in a stable order."""
    found: list[list[Any]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            found.append([os.path.relpath(entry.path, root), info.st_size, info.st_mtime_ns])
            if len(found) > _MAX_FILES:
                raise OSError("too many files to fingerprint")
    return sorted(found)


def fingerprint(folders: list[Path | None]) -> list[Any]:
    """What the cache depends on; equal fingerprints mean the checked result is the same."""
    code_dir = Path(__file__).parent
    code = []
    for name in _CHECKING_CODE:
        try:
            info = (code_dir / name).stat()
            code.append([name, info.st_size, info.st_mtime_ns])
        except OSError:
            code.append([name, -1, -1])  # a frozen app: the version below stands for it
    return [FORMAT, __version__, code] + [
        [str(f), _walk(f)] if f is not None else None for f in folders
    ]


def save(path: Path, library: Library, key: list[Any]) -> None:
    """Keep the checked library; a failure only costs the next start its speed."""
    data = {
        "key": key,
        "builtin_dir": str(library.builtin_dir) if library.builtin_dir else None,
        "user_dir": str(library.user_dir) if library.user_dir else None,
        "sources": [records.to_data(s) for s in library.sources.values()],
        "catalogue": [records.to_data(e) for e in library.catalogue.values()],
        "routines": [
            {"path": str(library.routine_paths[rid]), "routine": records.to_data(r)}
            for rid, r in library.routines.items()
        ],
        "problems": [records.to_data(p) for p in library.problems],
    }
    try:
        atomic_write_text(path, json.dumps(data, separators=(",", ":")))
    except OSError as exc:
        log.warning("library cache not saved: %s", exc)


def load(path: Path, key: list[Any]) -> Library | None:
    """The cached library if it is intact and its fingerprint matches; otherwise None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        library = Library(
            {s["id"]: records.source(s) for s in data["sources"]},
            {e["id"]: records.exercise(e) for e in data["catalogue"]},
            builtin_dir=_path(data["builtin_dir"]),
            user_dir=_path(data["user_dir"]),
        )
        for item in data["routines"]:
            routine = records.routine(item["routine"])
            library.routines[routine.id] = routine
            library.routine_paths[routine.id] = Path(item["path"])
        library.problems = [Problem(**p) for p in data["problems"]]
        return library
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        log.warning("library cache ignored (%s); checking the routine files again", exc)
        return None


def _path(text: str | None) -> Path | None:
    return None if text is None else Path(text)


def cached_library(
    cache: Path,
    routines_dir: Path,
    illustrations_dir: Path,
    user_dir: Path | None,
    check: Callable[[], Library],
) -> tuple[Library, bool]:
    """The library from the cache when nothing changed, else from `check()` (then cached).

    Returns (library, came_from_cache).
    """
    try:
        key = fingerprint([routines_dir, illustrations_dir, user_dir])
    except OSError:
        return check(), False
    library = load(cache, key)
    if library is not None:
        return library, True
    library = check()
    save(cache, library, key)
    return library, False
