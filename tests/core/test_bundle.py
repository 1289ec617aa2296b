"""Tests for coach.core.bundle: importing untrusted routine bundles without being hurt by them.

Hostile zips are built here with zipfile; attributes zipfile would not write on its own
(symlink bits, encryption flag, lying sizes) are forged on the ZipInfo before the central
directory is written at close().
"""

from __future__ import annotations

import io
import os
import random
import stat
import tempfile
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core import bundle
from coach.core.bundle import BundleError, BundleLimits, ImportedRoutine, import_bundle

MB = 1024 * 1024

ROUTINE = b"name: Calf care\nsteps:\n  - id: calf\n    picture: pictures/calf/frame1.svg\n"
SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="40" height="30" viewBox="0 0 40 30">'
    b'<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>'
    b'<circle id="dot" r="2"/></defs>'
    b'<rect width="10" height="10" fill="url(#g)"/><use xlink:href="#dot" x="5"/>'
    b'<use href="#dot" x="9"/><style>rect { fill: url(#g); }</style></svg>\n'
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"

Entry = tuple[str | zipfile.ZipInfo, bytes]


def make_zip(
    path: Path,
    entries: list[Entry] | dict[str, bytes],
    forge: Callable[[zipfile.ZipFile], None] | None = None,
) -> Path:
    """Write a zip; `forge` may rewrite the ZipInfo list before the directory is written."""
    items = list(entries.items()) if isinstance(entries, dict) else entries
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we make on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in items:
                zf.writestr(name, data)
            if forge is not None:
                forge(zf)
    return path


def good_entries(prefix: str = "calf-care/") -> dict[str, bytes]:
    return {
        prefix: b"",
        f"{prefix}Calf Care.yaml": ROUTINE,
        f"{prefix}pictures/": b"",
        f"{prefix}pictures/calf/frame1.svg": SVG,
        f"{prefix}pictures/calf/frame2.png": PNG,
        f"{prefix}pictures/towel.jpg": JPEG,
    }


def with_routine(extra: dict[str, bytes] | list[Entry]) -> list[Entry]:
    """A routine at the top of the zip plus whatever a test adds."""
    items = list(extra.items()) if isinstance(extra, dict) else list(extra)
    return [("routine.yaml", ROUTINE), *items]


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "data" / "routines"


def leftovers(dest: Path) -> list[str]:
    """Everything under dest, hidden temp folders included."""
    if not dest.exists():
        return []
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*"))


def refused(
    src: Path,
    dest: Path,
    *words: str,
    limits: BundleLimits | None = None,
    check: Callable[[Path], list[str]] | None = None,
) -> str:
    """Import must be refused, with all `words` in the message and nothing left behind."""
    with pytest.raises(BundleError) as info:
        import_bundle(src, dest, limits or BundleLimits(), check)
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert "Traceback" not in message
    assert leftovers(dest) == []
    return message


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------------------- good input


def test_good_bundle_with_nested_pictures_imports_privately(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "calf.zip", good_entries())
    result = import_bundle(src, dest)

    assert isinstance(result, ImportedRoutine)
    assert result.folder == dest / "calf-care"
    assert result.routine_file == result.folder / "routine.yaml"
    assert result.routine_file.read_bytes() == ROUTINE
    assert result.pictures == tuple(
        result.folder / p
        for p in ["pictures/calf/frame1.svg", "pictures/calf/frame2.png", "pictures/towel.jpg"]
    )
    assert (result.folder / "pictures/calf/frame1.svg").read_bytes() == SVG
    assert (result.folder / "pictures/calf/frame2.png").read_bytes() == PNG
    assert (result.folder / "pictures/towel.jpg").read_bytes() == JPEG
    assert leftovers(dest) == [
        "calf-care",
        "calf-care/pictures",
        "calf-care/pictures/calf",
        "calf-care/pictures/calf/frame1.svg",
        "calf-care/pictures/calf/frame2.png",
        "calf-care/pictures/towel.jpg",
        "calf-care/routine.yaml",
    ]
    for path in result.folder.rglob("*"):
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    assert mode(result.folder) == 0o700


def test_dest_root_is_created_private(tmp_path: Path) -> None:
    dest = tmp_path / "a" / "b" / "routines"
    src = tmp_path / "night.yaml"
    src.write_bytes(ROUTINE)
    old = os.umask(0o022)
    try:
        import_bundle(src, dest)
    finally:
        os.umask(old)
    assert mode(dest) == 0o700


def test_plain_yaml_imports_as_routine_yaml(tmp_path: Path, dest: Path) -> None:
    src = tmp_path / "Bedtime Stretches.YML"
    src.write_bytes(ROUTINE)
    result = import_bundle(src, dest)
    assert result.folder == dest / "bedtime-stretches"
    assert result.routine_file.read_bytes() == ROUTINE
    assert result.pictures == ()
    assert leftovers(dest) == ["bedtime-stretches", "bedtime-stretches/routine.yaml"]
    assert mode(result.folder) == 0o700
    assert mode(result.routine_file) == 0o600
    assert src.read_bytes() == ROUTINE  # the original is left alone


def test_name_collisions_get_a_number(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "calf.zip", good_entries())
    first = import_bundle(src, dest)
    second = import_bundle(src, dest)
    (dest / "calf-care-3").mkdir()  # someone else's empty folder must never be replaced
    fourth = import_bundle(src, dest)
    assert [first.folder.name, second.folder.name, fourth.folder.name] == [
        "calf-care",
        "calf-care-2",
        "calf-care-4",
    ]
    assert list((dest / "calf-care-3").iterdir()) == []
    assert second.routine_file.read_bytes() == ROUTINE


@pytest.mark.parametrize(
    ("stem", "folder"),
    [
        ("Calf Care", "calf-care"),
        ("Crème brûlée", "creme-brulee"),
        ("../../etc", "etc"),
        ("---", "routine"),
        ("日本語", "routine"),
        ("night_v2", "night_v2"),
    ],
)
def test_folder_names_are_sanitised(stem: str, folder: str) -> None:
    assert bundle._folder_name(stem) == folder


def test_yaml_at_top_of_zip_and_os_junk_is_ignored(tmp_path: Path, dest: Path) -> None:
    src = make_zip(
        tmp_path / "b.zip",
        with_routine(
            {
                "frame.svg": SVG,
                ".DS_Store": b"\x00\x00\x00\x01Bud1",
                "__MACOSX/._frame.svg": b"\x00\x05\x16\x07",
            }
        ),
    )
    result = import_bundle(src, dest)
    assert result.folder.name == "routine"
    assert leftovers(dest) == ["routine", "routine/frame.svg", "routine/routine.yaml"]


def test_check_gets_the_unpacked_routine_and_empty_list_accepts(tmp_path: Path, dest: Path) -> None:
    seen: list[Path] = []

    def check(path: Path) -> list[str]:
        seen.append(path)
        assert path.name == "routine.yaml"
        assert path.read_bytes() == ROUTINE
        assert (path.parent / "pictures/calf/frame1.svg").is_file()
        return []

    result = import_bundle(make_zip(tmp_path / "c.zip", good_entries()), dest, check=check)
    assert len(seen) == 1
    assert result.routine_file.is_file()


# ---------------------------------------------------------------------------- the source file


@pytest.mark.parametrize(
    ("name", "shown"),
    [("routine.txt", ".txt"), ("bundle.tar.gz", ".gz"), ("evil.exe", ".exe"), ("README", "")],
)
def test_other_file_types_are_refused(tmp_path: Path, dest: Path, name: str, shown: str) -> None:
    src = tmp_path / name
    src.write_bytes(ROUTINE)
    message = refused(src, dest, "Coach can import a .yaml routine or a .zip bundle")
    if shown:
        assert message.endswith(f"this is a {shown} file.")
    else:
        assert "without an ending" in message


def test_symlink_src_is_refused(tmp_path: Path, dest: Path) -> None:
    real = make_zip(tmp_path / "real.zip", good_entries())
    link = tmp_path / "link.zip"
    link.symlink_to(real)
    refused(link, dest, '"link.zip"', "symbolic link")


def test_fifo_src_is_refused_without_blocking(tmp_path: Path, dest: Path) -> None:
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    refused(fifo, dest, '"pipe.zip"', "not an ordinary file")


def test_missing_src_is_refused(tmp_path: Path, dest: Path) -> None:
    refused(tmp_path / "gone.yaml", dest, '"gone.yaml"', "could not find")


def test_too_big_yaml_says_the_limit_in_mb(tmp_path: Path, dest: Path) -> None:
    src = tmp_path / "huge.yaml"
    with src.open("wb") as handle:
        handle.truncate(21 * MB)  # sparse: costs no disk or time
    refused(src, dest, '"huge.yaml"', "is 21 MB", "at most 20 MB")


def test_too_big_zip_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "calf.zip", good_entries())
    limits = BundleLimits(max_bundle_bytes=200)
    refused(src, dest, '"calf.zip"', "is 1 KB", "at most 200 bytes", limits=limits)


def test_yaml_that_is_not_utf8_is_refused(tmp_path: Path, dest: Path) -> None:
    src = tmp_path / "latin.yaml"
    src.write_bytes("name: Crème\n".encode("utf-16"))
    refused(src, dest, '"latin.yaml"', "UTF-8")


def test_dest_root_that_is_a_file_is_refused(tmp_path: Path) -> None:
    dest = tmp_path / "routines"
    dest.write_text("not a folder")
    src = tmp_path / "r.yaml"
    src.write_bytes(ROUTINE)
    with pytest.raises(BundleError, match="not a folder"):
        import_bundle(src, dest)


# ---------------------------------------------------------------------------- hostile names


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../evil.svg", ['"../evil.svg"', "outside the bundle", '".."']),
        ("pictures/../../evil.svg", ['"pictures/../../evil.svg"', "outside the bundle"]),
        ("/abs.svg", ['"/abs.svg"', "absolute path"]),
        ("C:\\x.svg", ['"C:\\x.svg"', "drive letter"]),
        ("C:x.svg", ['"C:x.svg"', "drive letter"]),
        ("pictures\\x.svg", ['"pictures\\x.svg"', "backslash"]),
        ("..\\evil.svg", ['"..\\evil.svg"', "backslash"]),
        ("x.svg:stream", ['"x.svg:stream"', "colon"]),
        ("pictures//x.svg", ['"pictures//x.svg"', "empty"]),
        ("./x.svg", ['"./x.svg"', "empty", '"."']),
        ("bell\x07.svg", ['"bell\\x07.svg"', "control"]),
        ("evil.svg\x00.py", ['"evil.svg\\x00.py"', "control"]),
        ("gvs.py\u202e.svg", ['"gvs.py\\u202e.svg"', "invisible"]),
        ("pictures/con.svg", ['"pictures/con.svg"', "Windows"]),
        ("pictures./x.svg", ['"pictures./x.svg"', "Windows"]),
        ("a/b/c/d/e/x.svg", ['"a/b/c/d/e/x.svg"', "nested 5 folders deep", "at most 4"]),
        ("a/b/c/d/e/", ['"a/b/c/d/e/"', "nested 5 folders deep"]),
    ],
)
def test_hostile_member_names_are_refused(
    tmp_path: Path, dest: Path, name: str, words: list[str]
) -> None:
    info = zipfile.ZipInfo()
    info.filename = name  # set afterwards: the constructor would cut the name at a NUL
    src = make_zip(tmp_path / "evil.zip", with_routine([(info, SVG)]))
    refused(src, dest, "Coach did not import the bundle", *words)


def test_empty_member_name_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "evil.zip", with_routine([(zipfile.ZipInfo(""), SVG)]))
    refused(src, dest, "empty name")


def test_depth_four_is_allowed(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "deep.zip", with_routine({"a/b/c/d/x.svg": SVG}))
    assert import_bundle(src, dest).pictures == (dest / "routine/a/b/c/d/x.svg",)


def test_symlink_member_is_refused(tmp_path: Path, dest: Path) -> None:
    info = zipfile.ZipInfo("pictures/frame1.svg")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    src = make_zip(tmp_path / "link.zip", with_routine([(info, b"/etc/passwd")]))
    refused(src, dest, '"pictures/frame1.svg"', "symbolic link")


def test_device_member_is_refused(tmp_path: Path, dest: Path) -> None:
    info = zipfile.ZipInfo("pictures/frame1.svg")
    info.create_system = 3
    info.external_attr = (stat.S_IFCHR | 0o666) << 16
    src = make_zip(tmp_path / "dev.zip", with_routine([(info, SVG)]))
    refused(src, dest, '"pictures/frame1.svg"', "device or pipe")


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ("pic.svg", "pic.svg", ['"pic.svg"', "appears twice"]),
        ("Pic.svg", "pic.svg", ['"pic.svg"', '"Pic.svg"', "same file", "capitals"]),
        ("caf\u00e9.svg", "cafe\u0301.svg", ["same file", "accents"]),
        ("pictures/", "PICTURES/", ['"PICTURES/"', '"pictures/"', "same file"]),
    ],
)
def test_duplicate_names_are_refused(
    tmp_path: Path, dest: Path, first: str, second: str, words: list[str]
) -> None:
    src = make_zip(tmp_path / "dup.zip", with_routine([(first, SVG), (second, SVG)]))
    refused(src, dest, *words)


def test_file_that_is_also_a_folder_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "dup.zip", with_routine({"a.svg": SVG, "a.svg/b.svg": SVG}))
    refused(src, dest, '"a.svg"', "both a file and a folder")


def test_too_many_files_are_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "many.zip", with_routine({f"p/{i:03}.svg": SVG for i in range(200)}))
    refused(src, dest, "201 files", "at most 200")


# ---------------------------------------------------------------------------- kinds of member


@pytest.mark.parametrize("name", ["run.py", "setup.exe", "install.sh", "pictures/Makefile"])
def test_members_that_are_not_pictures_are_refused(tmp_path: Path, dest: Path, name: str) -> None:
    src = make_zip(tmp_path / "code.zip", with_routine({name: b"print('hi')\n"}))
    refused(src, dest, f'"{name}"', "neither a routine (.yaml) nor a picture")


def test_two_routine_files_are_refused_naming_both(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "two.zip", {"night.yaml": ROUTINE, "day/day.yml": ROUTINE})
    refused(src, dest, "2 routine files", '"night.yaml"', '"day/day.yml"', "needs one")


def test_no_routine_file_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "none.zip", {"pictures/frame1.svg": SVG})
    refused(src, dest, "no routine file")


def test_empty_zip_is_refused(tmp_path: Path, dest: Path) -> None:
    refused(make_zip(tmp_path / "empty.zip", {}), dest, "no routine file")


def test_picture_outside_the_routine_folder_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "out.zip", {"routine/r.yaml": ROUTINE, "other/frame1.svg": SVG})
    refused(src, dest, '"other/frame1.svg"', "outside the folder", '"routine/r.yaml"')


def test_pictures_are_relative_to_the_routine_folder(tmp_path: Path, dest: Path) -> None:
    src = make_zip(
        tmp_path / "rel.zip",
        {"outer/": b"", "outer/inner/Night.yaml": ROUTINE, "outer/inner/pics/a.svg": SVG},
    )
    result = import_bundle(src, dest)
    assert result.folder == dest / "night"
    assert result.pictures == (dest / "night/pics/a.svg",)


def test_routine_in_zip_that_is_not_utf8_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "u.zip", {"r.yaml": b"name: \xff\xfe\n"})
    refused(src, dest, '"r.yaml"', "UTF-8")


# ---------------------------------------------------------------------------- sizes and bombs


def test_declared_size_over_the_limit_is_refused(tmp_path: Path, dest: Path) -> None:
    def forge(zf: zipfile.ZipFile) -> None:
        zf.getinfo("big.png").file_size = 100 * MB  # the directory now claims 100 MB

    src = make_zip(tmp_path / "big.zip", with_routine({"big.png": PNG}), forge)
    refused(src, dest, '"big.png"', "100 MB", "at most 5 MB per file")


def test_total_declared_size_over_the_limit_is_refused(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "t.zip", with_routine({f"p{i}.svg": SVG for i in range(5)}))
    limits = BundleLimits(max_total_bytes=3 * len(SVG))
    refused(src, dest, "in all", "at most", limits=limits)


@pytest.fixture(scope="module")
def zeros_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 100 MB member of zeros, written in chunks so the test never holds it."""
    path = tmp_path_factory.mktemp("bomb") / "zeros.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("routine.yaml", ROUTINE)
        info = zipfile.ZipInfo("pictures/zeros.png")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as out:
            chunk = bytes(MB)
            for _ in range(100):
                out.write(chunk)
    assert path.stat().st_size < 2 * MB
    return path


def test_real_100mb_of_zeros_is_refused_by_size_quickly(zeros_zip: Path, dest: Path) -> None:
    started = time.perf_counter()
    refused(zeros_zip, dest, '"pictures/zeros.png"', "100 MB", "at most 5 MB per file")
    assert time.perf_counter() - started < 1.0


def test_real_100mb_of_zeros_is_refused_by_ratio_quickly(zeros_zip: Path, dest: Path) -> None:
    roomy = BundleLimits(max_file_bytes=200 * MB, max_total_bytes=400 * MB)
    started = time.perf_counter()
    refused(zeros_zip, dest, '"pictures/zeros.png"', "zip bomb", "at most 100 times", limits=roomy)
    assert time.perf_counter() - started < 1.0


def test_small_compressible_member_is_not_a_bomb(tmp_path: Path, dest: Path) -> None:
    # Under 1 MB the ratio is not judged: a plain SVG full of repeats is fine.
    svg = SVG.replace(b"</svg>", b"<g/>" * 50_000 + b"</svg>")
    src = make_zip(tmp_path / "ok.zip", with_routine({"big.svg": svg}))
    assert import_bundle(src, dest).pictures == (dest / "routine/big.svg",)


def test_member_that_lies_about_its_size_is_refused(tmp_path: Path, dest: Path) -> None:
    real = SVG.replace(b"</svg>", b"<g/>" * 20_000 + b"</svg>")

    def forge(zf: zipfile.ZipFile) -> None:
        zf.getinfo("liar.svg").file_size = len(SVG)  # directory: small; data: much bigger

    src = make_zip(tmp_path / "liar.zip", with_routine({"liar.svg": real}), forge)
    refused(src, dest, '"liar.svg"')


class CountingStream(io.BytesIO):
    """Remembers how many bytes were handed out."""

    handed_out = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.handed_out += len(data)
        return data


def test_streaming_cap_stops_reading_past_the_cap() -> None:
    stream = CountingStream(bytes(10 * MB))
    with pytest.raises(BundleError, match=r'"x\.png" holds more than its header says'):
        bundle._read_capped(stream, 1000, '"x.png"')
    assert stream.handed_out == 1001


def test_streaming_cap_passes_exact_size() -> None:
    assert bundle._read_capped(io.BytesIO(b"abc"), 3, '"x"') == b"abc"


def test_streaming_cap_is_applied_when_unpacking(
    tmp_path: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if the directory checks were fooled, the unpacker writes no more than the cap."""
    src = make_zip(tmp_path / "b.zip", with_routine({"big.png": PNG + bytes(50_000)}))
    monkeypatch.setattr(bundle, "_check_entry", lambda *_args: None)
    limits = BundleLimits(max_file_bytes=1000)
    refused(src, dest, '"big.png"', "more than its header says", limits=limits)


def test_encrypted_member_is_refused(tmp_path: Path, dest: Path) -> None:
    def forge(zf: zipfile.ZipFile) -> None:
        zf.getinfo("secret.svg").flag_bits |= 0x1

    src = make_zip(tmp_path / "enc.zip", with_routine({"secret.svg": SVG}), forge)
    refused(src, dest, '"secret.svg"', "encrypted")


def test_corrupt_zip_is_refused(tmp_path: Path, dest: Path) -> None:
    src = tmp_path / "random.zip"
    src.write_bytes(random.Random(0).randbytes(4096))
    refused(src, dest, '"random.zip"', "damaged or not really a zip file")


def test_truncated_zip_is_refused(tmp_path: Path, dest: Path) -> None:
    whole = make_zip(tmp_path / "whole.zip", good_entries()).read_bytes()
    src = tmp_path / "half.zip"
    src.write_bytes(whole[: len(whole) // 2])
    refused(src, dest, '"half.zip"', "damaged")


def test_corrupt_member_data_is_refused(tmp_path: Path, dest: Path) -> None:
    data = bytearray(make_zip(tmp_path / "ok.zip", with_routine({"f.svg": SVG})).read_bytes())
    at = data.index(b"f.svg") + len(b"f.svg") + 5  # inside f.svg's compressed data
    data[at : at + 20] = bytes(20)
    src = tmp_path / "bad.zip"
    src.write_bytes(bytes(data))
    refused(src, dest, '"f.svg"', "damaged")


# ---------------------------------------------------------------------------- pictures


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("frame.png", b"just some text, honest\n", ['"frame.png"', "not a real PNG picture"]),
        ("frame.png", b"\x89PNG\r\n\x1a\n", ['"frame.png"', "not a real PNG picture"]),
        ("frame.jpg", b"GIF89a......", ['"frame.jpg"', "not a real JPEG picture"]),
        ("frame.jpeg", PNG, ['"frame.jpeg"', "not a real JPEG picture"]),
        ("frame.png", JPEG, ['"frame.png"', "not a real PNG picture"]),
        ("frame.svg", b"hello", ['"frame.svg"', "not a well-formed SVG"]),
        ("frame.svg", b"<html><body/></html>", ['"frame.svg"', "not an SVG picture", "<html>"]),
        ("frame.svg", b"\xff\xfe<\x00s\x00", ['"frame.svg"', "UTF-8"]),
    ],
)
def test_pictures_that_are_not_pictures_are_refused(
    tmp_path: Path, dest: Path, name: str, data: bytes, words: list[str]
) -> None:
    src = make_zip(tmp_path / "fake.zip", with_routine({f"pictures/{name}": data}))
    refused(src, dest, *[w.replace(f'"{name}"', f'"pictures/{name}"') for w in words])


NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY lol "lol">\n'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
    f"<svg {NS}><text>&lol2;</text></svg>"
)


@pytest.mark.parametrize(
    ("svg", "words"),
    [
        (LAUGHS, ["<!DOCTYPE>", "<!ENTITY>"]),
        (f'<!ENTITY x "y"><svg {NS}/>', ["<!ENTITY>"]),
        (
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            f'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg {NS}/>',
            ["<!DOCTYPE>"],
        ),
        (f"<svg {NS}><script>alert(1)</script></svg>", ["script"]),
        (
            f'<svg {NS} xmlns:s="http://www.w3.org/2000/svg"><s:script>x</s:script></svg>',
            ["script"],
        ),
        (f'<svg {NS} onload="alert(1)"/>', ["script", "onload"]),
        (f"<svg {NS}><foreignObject><p/></foreignObject></svg>", ["foreignObject"]),
        (
            f'<svg {NS}><image xlink:href="file:///etc/passwd"/></svg>',
            ["outside the picture", '"file:///etc/passwd"', "#name"],
        ),
        (f'<svg {NS}><image href="http://evil.example/x.png"/></svg>', ["outside the picture"]),
        (f'<svg {NS}><use href="other.svg#a"/></svg>', ["outside the picture"]),
        (f'<svg {NS}><image href="data:image/png;base64,AAAA"/></svg>', ["outside the picture"]),
        (f'<svg {NS}><rect fill="url(http://evil.example/p)"/></svg>', ["outside the picture"]),
        (f"<svg {NS}><style>@import 'http://evil.example/a.css';</style></svg>", ["style"]),
        (f"<svg {NS}><style>rect {{ fill: url(/etc/x) }}</style></svg>", ["style"]),
        (
            f'<?xml-stylesheet href="http://evil.example/a.css"?><svg {NS}/>',
            ["outside stylesheet"],
        ),
        (f"<svg {NS}>" + "<g>" * 300 + "</g>" * 300 + "</svg>", ["nested too deeply"]),
    ],
)
def test_dangerous_svgs_are_refused(tmp_path: Path, dest: Path, svg: str, words: list[str]) -> None:
    src = make_zip(tmp_path / "svg.zip", with_routine({"pictures/x.svg": svg.encode()}))
    refused(src, dest, '"pictures/x.svg"', *words)


def test_doctype_hidden_by_utf16_is_still_refused(tmp_path: Path, dest: Path) -> None:
    svg = LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    src = make_zip(tmp_path / "svg.zip", with_routine({"x.svg": svg.encode("utf-16")}))
    refused(src, dest, '"x.svg"')


def test_parser_guard_refuses_dtd_even_without_the_text_check() -> None:
    with pytest.raises(BundleError, match="DOCTYPE or ENTITY"):
        bundle._guard_svg_xml(LAUGHS.encode(), '"x.svg"')


def test_plain_namespace_less_svg_is_accepted(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "svg.zip", with_routine({"x.svg": b'<svg width="1"><g/></svg>'}))
    assert import_bundle(src, dest).pictures == (dest / "routine/x.svg",)


def test_repo_illustrations_are_accepted(repo: Path, tmp_path: Path, dest: Path) -> None:
    frames = sorted((repo / "assets" / "illustrations").glob("*/*.svg"))
    assert frames
    entries = {f"pictures/{p.parent.name}/{p.name}": p.read_bytes() for p in frames}
    result = import_bundle(make_zip(tmp_path / "all.zip", with_routine(entries)), dest)
    assert len(result.pictures) == len(frames)


# ---------------------------------------------------------------------------- check callback


def test_check_problems_refuse_and_leave_nothing(tmp_path: Path, dest: Path) -> None:
    src = make_zip(tmp_path / "calf.zip", good_entries())

    def check(path: Path) -> list[str]:
        return ["routine.yaml:2:1: steps: required", "routine.yaml:4:5: unknown field"]

    message = refused(src, dest, check=check)
    assert message == (
        "This routine has problems:\n"
        "routine.yaml:2:1: steps: required\n"
        "routine.yaml:4:5: unknown field"
    )


def test_check_that_crashes_still_leaves_nothing(tmp_path: Path, dest: Path) -> None:
    def check(path: Path) -> list[str]:
        raise RuntimeError("bug in check")

    with pytest.raises(RuntimeError):
        import_bundle(make_zip(tmp_path / "c.zip", good_entries()), dest, check=check)
    assert leftovers(dest) == []


def test_failure_late_in_unpacking_leaves_nothing(tmp_path: Path, dest: Path) -> None:
    # The bad picture comes after good ones have been written to the temp folder.
    entries = good_entries()
    entries["calf-care/pictures/zz.png"] = b"not a png"
    refused(make_zip(tmp_path / "late.zip", entries), dest, '"calf-care/pictures/zz.png"')


def test_refusal_does_not_touch_existing_routines(tmp_path: Path, dest: Path) -> None:
    good = import_bundle(make_zip(tmp_path / "g.zip", good_entries()), dest)
    before = leftovers(dest)
    with pytest.raises(BundleError):
        import_bundle(make_zip(tmp_path / "b.zip", with_routine({"x.py": b""})), dest)
    assert leftovers(dest) == before
    assert good.routine_file.read_bytes() == ROUTINE


# ---------------------------------------------------------------------------- fuzzing


@pytest.fixture(scope="module")
def good_zip_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return make_zip(tmp_path_factory.mktemp("fuzz") / "g.zip", good_entries()).read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8))
def test_damaged_zips_only_ever_raise_bundle_error(
    good_zip_bytes: bytes, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(good_zip_bytes)
    for at, value in flips:
        data[at % len(data)] = value
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "fuzz.zip"
        src.write_bytes(bytes(data))
        dest = Path(tmp) / "routines"
        try:
            import_bundle(src, dest)
        except BundleError as exc:
            assert str(exc)
            assert not any(p.name.startswith(".importing-") for p in dest.glob(".*"))
