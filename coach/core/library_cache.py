"""A start-up cache of the checked library, so Coach opens without YAML or pydantic.

Checking every routine file (YAML with marks, then the pydantic models) costs about 200 ms
and 25 MB at each start. The result only changes when a file changes, so it is kept as JSON
with a fingerprint: the size, inode, modification and change times of every routine,
picture and translation file (through symlinks), and of the code that checks them. Any
difference, or any damage to the cache, means the files are checked again; the cache can
make start-up faster, never less safe. It lives in the user's private data folder and is
written atomically.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach import __version__
from coach.core import records
from coach.core.atomic import atomic_write_text
from coach.core.library import Library
from coach.core.problems import Problem

log = logging.getLogger(__name__)

FORMAT = 2
_CHECKING_CODE = ("models.py", "records.py", "routine_files.py", "pictures.py", "vocab.py")
_MAX_FILES = 5000  # a folder this big is not Coach's; check it the slow way instead
_SETTLE_NS = 2_000_000_000  # a file changed this recently may change again within one tick


def _stamp(info: os.stat_result) -> list[int]:
    """Enough to notice an edit that keeps the size and restores the old mtime."""
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _walk(root: Path) -> list[list[Any]]:
    """(relative path, stamp) of every file below root, in a stable order.

    Symlinks are followed (the loader reads what they point at), each folder once."""
    found: list[list[Any]] = []
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            entries = list(os.scandir(folder))
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue  # a link loop, or a folder linked twice
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            try:
                if entry.is_dir():
                    stack.append(Path(entry.path))
                    continue
                stamp = _stamp(entry.stat())
            except OSError:
                stamp = [-1, -1, -1, -1]  # a dangling link: its repair must show too
            found.append([os.path.relpath(entry.path, root), *stamp])
            if len(found) > _MAX_FILES:
                raise OSError("too many files to fingerprint")
    return sorted(found)


def fingerprint(folders: list[Path | None]) -> list[Any]:
    """What the cache depends on; equal fingerprints mean the checked result is the same."""
    code_dir = Path(__file__).parent
    code = []
    for name in _CHECKING_CODE:
        try:
            code.append([name, *_stamp((code_dir / name).stat())])
        except OSError:
            code.append([name, -1])  # a frozen app: the version below stands for it
    return [FORMAT, __version__, code] + [
        [str(f), _real(f), _walk(f)] if f is not None else None for f in folders
    ]


def _real(folder: Path) -> str:
    """Where a (possibly linked) folder really is: re-pointing the link is a change."""
    try:
        return str(folder.resolve(strict=True))
    except (OSError, RuntimeError):
        return ""


def _settled(key: list[Any], now_ns: int) -> bool:
    """False when some file changed in the last moments: it could change again with the
    same stamp, so such a result is not worth keeping."""
    newest = max(
        (max(row[2], row[3]) for part in key[3:] if part for row in part[2] if row[1] >= 0),
        default=0,
    )
    return now_ns - newest > _SETTLE_NS


def save(path: Path, library: Library, key: list[Any], now_ns: int | None = None) -> None:
    """Keep the checked library; a failure only costs the next start its speed."""
    if not _settled(key, time.time_ns() if now_ns is None else now_ns):
        log.info("library cache not saved: files changed moments ago")
        return
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
    except Exception as exc:  # damaged in any way (deep nesting too): check the files again
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
    now_ns: Callable[[], int] = time.time_ns,
) -> tuple[Library, bool]:
    """The library from the cache when nothing changed, else from `check()` (then cached,
    unless a file changed in the last two seconds).

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
    save(cache, library, key, now_ns())
    return library, False
