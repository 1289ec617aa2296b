"""Atomic, private writes for user data: a crash leaves the old file or the new, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR)
    return path


def atomic_write_bytes(
    path: Path, data: bytes | tuple[bytes | memoryview, ...], own_folder: bool = True
) -> None:
    """Write to a temp file in the same folder, fsync, then rename over the target.

    `data` may come in parts, written one after the other without joining them first
    (a start picture's pixels are 3.6 MB that are not copied).

    `own_folder=False` is for places the person chose (a report on the Desktop): an existing
    folder is left exactly as it is; the file itself is still private.
    """
    if own_folder:
        ensure_private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), PRIVATE_FILE)
            for part in (data,) if isinstance(data, bytes) else data:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: Path, text: str, own_folder: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), own_folder)
