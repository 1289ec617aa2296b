"""The kept picture of the first screen: exact round trip, private, and any damage means none."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from coach.core.start_picture import (
    StartPicture,
    delete_start_pictures,
    load_start_picture,
    look_key,
    picture_file,
    release_pixels,
    save_start_picture,
)

KEY = "home|1|en|auto|day|1|xcb"


def picture(width: int = 4, height: int = 3, **changes: object) -> StartPicture:
    fields: dict[str, object] = {
        "page": "home", "key": KEY, "width": width, "height": height, "stride": width * 4,
        "ratio": 1.0, "background": "#102030", "signature": "abc",
    }  # fmt: skip
    fields.update(changes)
    return StartPicture(**fields)  # type: ignore[arg-type]


def pixels(width: int = 4, height: int = 3) -> bytes:
    return bytes(range(256))[: 4 * width] * height


def test_a_kept_picture_comes_back_exactly(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    save_start_picture(folder, picture(), pixels())
    back = load_start_picture(folder, "home", KEY)
    assert back is not None
    assert back.pixels == pixels()
    assert (back.width, back.height, back.stride, back.ratio) == (4, 3, 16, 1.0)
    assert (back.background, back.signature) == ("#102030", "abc")


def test_the_pixels_start_aligned_whatever_the_header_length(tmp_path: Path) -> None:
    for signature in ("a", "ab", "abc", "abcd" * 9):
        save_start_picture(tmp_path, picture(signature=signature), pixels())
        data = picture_file(tmp_path, "home").read_bytes()
        assert (data.index(b"\n") + 1) % 64 == 0
        back = load_start_picture(tmp_path, "home", KEY)
        assert back is not None and back.signature == signature


def test_unaligned_pixels_are_no_picture(tmp_path: Path) -> None:
    save_start_picture(tmp_path, picture(), pixels())
    path = picture_file(tmp_path, "home")
    header, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(header.rstrip(b" ") + b"\n" + body)
    assert load_start_picture(tmp_path, "home", KEY) is None


def test_a_deeply_nested_header_is_no_picture(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    picture_file(folder, "home").write_bytes(b"[" * 4000 + b"\n" + pixels())
    assert load_start_picture(folder, "home", KEY) is None


def test_released_pixels_are_unmapped_and_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    save_start_picture(folder, picture(), pixels())
    back = load_start_picture(folder, "home", KEY)
    assert back is not None and isinstance(back.pixels, memoryview)
    release_pixels(back)
    with pytest.raises(ValueError):
        bytes(back.pixels)


def test_releasing_pixels_still_in_use_leaves_them_readable(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    save_start_picture(folder, picture(), pixels())
    back = load_start_picture(folder, "home", KEY)
    assert back is not None and isinstance(back.pixels, memoryview)
    user = back.pixels.cast("B")  # a second view, as QImage holds while it draws
    release_pixels(back)  # must not raise; the mapping goes when the last user lets go
    assert bytes(user) == pixels()


def test_a_mapped_picture_is_unchanged_when_a_new_one_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    save_start_picture(folder, picture(), pixels())
    back = load_start_picture(folder, "home", KEY)
    assert back is not None
    save_start_picture(folder, picture(signature="new"), bytes(len(pixels())))
    assert bytes(back.pixels) == pixels()  # replaced, not written over
    release_pixels(back)


def test_the_picture_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    save_start_picture(folder, picture(), pixels())
    assert stat.S_IMODE(picture_file(folder, "home").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_picture_of_another_look_or_page_is_not_used(tmp_path: Path) -> None:
    save_start_picture(tmp_path, picture(), pixels())
    assert load_start_picture(tmp_path, "home", KEY.replace("day", "night")) is None
    assert load_start_picture(tmp_path, "relief", KEY) is None
    assert load_start_picture(tmp_path / "none", "home", KEY) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],  # cut short
        lambda data: data + b"x",  # something appended
        lambda data: b"not json\n" + data.split(b"\n", 1)[1],
        lambda data: b"[1, 2]\n" + data.split(b"\n", 1)[1],
        lambda data: b"{" * 5000,  # a header line past the limit
        lambda data: b"",
    ],
    ids=["short", "long", "not-json", "not-an-object", "huge-header", "empty"],
)
def test_a_damaged_picture_is_no_picture(tmp_path: Path, damage) -> None:
    save_start_picture(tmp_path, picture(), pixels())
    path = picture_file(tmp_path, "home")
    path.write_bytes(damage(path.read_bytes()))
    assert load_start_picture(tmp_path, "home", KEY) is None


@pytest.mark.parametrize(
    "field, value",
    [
        ("format", 2),
        ("width", "4"),
        ("width", 0),
        ("height", 100_000),
        ("stride", 8),  # narrower than the picture
        ("ratio", 0),
        ("ratio", "1"),
        ("signature", None),
        ("width", True),  # a bool is not a size
    ],
)
def test_a_header_with_a_wrong_field_is_no_picture(tmp_path: Path, field: str, value) -> None:
    save_start_picture(tmp_path, picture(), pixels())
    path = picture_file(tmp_path, "home")
    line, rest = path.read_bytes().split(b"\n", 1)
    header = json.loads(line)
    header[field] = value
    path.write_bytes(json.dumps(header).encode() + b"\n" + rest)
    assert load_start_picture(tmp_path, "home", KEY) is None


def test_an_absurdly_large_picture_is_refused_before_reading(tmp_path: Path) -> None:
    big = picture(width=16384, height=16384)  # 1 GiB of pixels claimed
    header = {"format": 1, **{k: getattr(big, k) for k in (
        "page", "key", "width", "height", "stride", "ratio", "background", "signature")}}  # fmt: skip
    picture_file(tmp_path, "home").write_bytes(json.dumps(header).encode() + b"\n")
    assert load_start_picture(tmp_path, "home", KEY) is None


def test_every_part_of_the_look_changes_the_key() -> None:
    base = ("home", "0.1.0", "en", "auto", False, 1.0, "xcb")
    keys = {look_key(*base)}
    for index, other in enumerate(("relief", "0.2.0", "ru", "night", True, 1.25, "wayland")):
        changed = list(base)
        changed[index] = other
        keys.add(look_key(*changed))  # type: ignore[arg-type]
    assert len(keys) == 8


def test_deleting_all_data_deletes_the_pictures(tmp_path: Path) -> None:
    save_start_picture(tmp_path, picture(), pixels())
    save_start_picture(tmp_path, picture(page="relief"), pixels())
    delete_start_pictures(tmp_path)
    delete_start_pictures(tmp_path)  # nothing left: no error
    assert list(tmp_path.iterdir()) == []
