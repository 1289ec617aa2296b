"""The picture of the first screen, kept so the next start can show it at once.

Python, PySide and Coach's own screens take about twice as long to start as a bare window,
most of it spent building widgets the person has seen many times. So Coach keeps a picture
of the screen it opened on (home, or the first relief cue), drawn from the real widgets, and
the next start with the same look (version, language, theme, text size) shows that picture
the moment the window maps, then builds the real screen behind it and swaps it in (about a
tenth of a second later; input that arrives while it is built waits in the queue and
reaches the real widgets).

The pixels are stored raw: decoding a PNG of the window costs 6 ms at start, reading raw
pixels 0.3 ms. They are mapped, not read, so once the real screen is up `release_pixels`
gives all 3.6 MB back (freed heap memory would stay in the process). One file per screen (a
JSON header line, then the pixels), replaced atomically (never changed in place, so a mapped
file cannot shrink) and readable by the person alone: it shows their routine names.
Anything unexpected in it means "no picture" (the ordinary start), never an error.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
from pathlib import Path

from coach.core.atomic import atomic_write_bytes
from coach.core.record import as_dict, record, replace

FORMAT = 1
MAX_HEADER = 4096
PIXEL_ALIGNMENT = 64  # bytes; the header line is padded with spaces to a multiple
MAX_SIDE = 16384
MAX_PIXEL_BYTES = 128 * 1024 * 1024  # an 8K screen at 2x is 130 MB: not worth a picture
PAGES = ("home", "relief")


@record
class StartPicture:
    page: str  # "home" or "relief"
    key: str  # the look it was drawn with; see `look_key`
    width: int  # pixels (device pixels, so `ratio` times the window's logical size)
    height: int
    stride: int  # bytes per row
    ratio: float  # device pixel ratio it was drawn at
    background: str  # "#rrggbb": painted instead when the window is not the picture's size
    signature: str  # what the screen showed (texts, places, focus): a changed one is redrawn
    pixels: bytes | memoryview = b""  # 32-bit 0xffRRGGBB, row after row; see release_pixels

    @property
    def logical_size(self) -> tuple[int, int]:
        return round(self.width / self.ratio), round(self.height / self.ratio)


def look_key(
    page: str,
    version: str,
    language: str,
    theme_mode: str,
    night: bool,
    text_scale: float,
    platform: str,
) -> str:
    """Everything known before any widget exists that changes how the screen looks. The
    rest (window size, pixel ratio) is checked when the picture is painted, and anything
    else that changed (a new routine, the system font) shows up in the signature after the
    real screen is built: that start swaps in the new look and keeps a new picture."""
    return "|".join(
        (page, version, language, theme_mode, "night" if night else "day", f"{text_scale:g}",
         platform)
    )  # fmt: skip


def picture_file(folder: Path, page: str) -> Path:
    return folder / f"{page}.picture"


def load_start_picture(folder: Path, page: str, key: str) -> StartPicture | None:
    """The kept picture for `page` if it was drawn with this look; None otherwise."""
    try:
        with open(picture_file(folder, page), "rb") as handle:
            header = _parse_header(handle.readline(MAX_HEADER + 1))
            if header is None or header.get("key") != key or header.get("page") != page:
                return None
            picture = _picture_from(header)
            if picture is None:
                return None
            offset, size = handle.tell(), picture.stride * picture.height
            if os.fstat(handle.fileno()).st_size != offset + size:  # cut short, or added to
                return None
            if offset % PIXEL_ALIGNMENT:  # Qt reads 32-bit pixels from aligned memory
                return None
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    return replace(picture, pixels=memoryview(mapped)[offset:])


def release_pixels(picture: StartPicture) -> None:
    """Unmap a loaded picture's pixels; nothing may use them afterwards."""
    pixels = picture.pixels
    if isinstance(pixels, memoryview):
        source = pixels.obj
        with contextlib.suppress(BufferError):  # still in use somewhere: the GC frees it
            pixels.release()
            if isinstance(source, mmap.mmap):
                source.close()


def save_start_picture(folder: Path, picture: StartPicture, pixels: bytes | memoryview) -> None:
    """Keep `picture` with `pixels` (its own `pixels` field is ignored); atomic and private."""
    header = {"format": FORMAT, **as_dict(picture)}
    del header["pixels"]
    line = json.dumps(header, separators=(",", ":")).encode("utf-8")
    line += b" " * (-(len(line) + 1) % PIXEL_ALIGNMENT) + b"\n"  # the pixels start aligned
    atomic_write_bytes(picture_file(folder, picture.page), (line, pixels))


def delete_start_pictures(folder: Path) -> None:
    """ "Delete all data": the pictures show routine names and the week's adherence."""
    for page in PAGES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(picture_file(folder, page))


def _parse_header(line: bytes) -> dict | None:
    if len(line) > MAX_HEADER or not line.endswith(b"\n"):
        return None
    try:
        header = json.loads(line)
    except (ValueError, RecursionError):  # RecursionError: 4 KB of "[[[[..."
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    return header


def _picture_from(header: dict) -> StartPicture | None:
    """A header with every field of the right type and sane sizes, or None."""
    texts = ("page", "key", "background", "signature")
    numbers = ("width", "height", "stride")
    if not all(isinstance(header.get(name), str) for name in texts):
        return None
    if not all(type(header.get(name)) is int for name in numbers):
        return None
    ratio = header.get("ratio")
    if not isinstance(ratio, (int, float)) or not 0.5 <= ratio <= 8:
        return None
    width, height, stride = (header[name] for name in numbers)
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and stride >= width * 4):
        return None
    if stride * height > MAX_PIXEL_BYTES:
        return None
    return StartPicture(
        header["page"], header["key"], width, height, stride, float(ratio),
        header["background"], header["signature"],
    )  # fmt: skip
