"""Which picture files an illustration has: frames named frame1.svg, frame2.png, ...

Kept apart from the routine loader so the player can find pictures without pydantic.
"""

from __future__ import annotations

from pathlib import Path

FRAME_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_SNIFF_BYTES = 64 * 1024


def _is_picture(path: Path) -> bool:
    """A cheap look at the first bytes: is this really the picture its name says?"""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    suffix = path.suffix.lower()
    if suffix == ".png":
        return head.startswith(_PNG_MAGIC) and head[12:16] == b"IHDR"
    if suffix in (".jpg", ".jpeg"):
        return head.startswith(_JPEG_MAGIC)
    return b"<svg" in head


def _frame_files(folder: Path) -> list[Path]:
    """Files named like frames (frame*.svg/.png/.jpg), links included, in order."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.startswith("frame") and p.suffix.lower() in FRAME_SUFFIXES
    )


def illustration_frames(illustrations_dir: Path, name: str) -> list[Path]:
    """The frames of one illustration, in order (frame1.svg, frame2.svg, ...).

    Symbolic links (the folder or a frame) never count, and neither does a file that is
    not really a picture.
    """
    folder = illustrations_dir / name
    if folder.is_symlink():
        return []
    return [
        p for p in _frame_files(folder) if p.is_file() and not p.is_symlink() and _is_picture(p)
    ]


def unused_frames(illustrations_dir: Path, name: str) -> str:
    """Why frames that are there were not used, for the 'needs 2 pictures' message."""
    folder = illustrations_dir / name
    if folder.is_symlink():
        return f" ({name}/ is a symbolic link, which Coach does not follow)"
    notes = []
    for p in _frame_files(folder):
        if p.is_symlink():
            notes.append(f"{p.name} is a symbolic link, which Coach does not follow")
        elif not p.is_file():
            notes.append(f"{p.name} is not a file")
        elif not _is_picture(p):
            notes.append(f"{p.name} is not a real {p.suffix[1:].upper()} picture")
    return f" ({'; '.join(notes)})" if notes else ""
