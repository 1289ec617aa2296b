"""Import a routine someone handed over: one YAML file, or a .zip bundle with its pictures.

A bundle is untrusted and may be hostile. So every member is judged from the zip's own
directory before anything is written (names, kinds, declared sizes, compression ratio);
each member is then streamed out under a hard byte cap, because headers can lie; and each
picture must really be a PNG, JPEG or SVG that cannot make Qt reach outside the bundle.
Everything lands in a private temporary folder inside the routines folder that is renamed
into place only when every check has passed, so a refusal leaves nothing behind.

Nothing here raises anything but `BundleError` for bad input, and nothing here prints.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, Final, Literal
from xml.parsers import expat

from coach.core.record import record

__all__ = ["BundleError", "BundleLimits", "ImportedRoutine", "import_bundle"]

MB: Final = 1024 * 1024


@record
class BundleLimits:
    """Caps that keep a hostile bundle from filling the disk or memory."""

    max_bundle_bytes: int = 20 * 1024 * 1024  # the .zip or .yaml file itself
    max_files: int = 200
    max_file_bytes: int = 5 * 1024 * 1024  # any one extracted file
    max_total_bytes: int = 40 * 1024 * 1024  # all extracted files together
    max_depth: int = 4  # folder nesting inside the bundle
    max_ratio: int = 100  # uncompressed/compressed, zip-bomb guard


class BundleError(Exception):
    """A bundle that was refused; str() is one plain sentence a person can act on."""


@record
class ImportedRoutine:
    """Where an accepted routine now lives in the user's routines folder."""

    folder: Path  # the new folder under dest_root holding routine.yaml and pictures
    routine_file: Path  # folder / "routine.yaml"
    pictures: tuple[Path, ...]


YAML_SUFFIXES: Final = frozenset({".yaml", ".yml"})
PICTURE_SUFFIXES: Final = frozenset({".svg", ".png", ".jpg", ".jpeg"})
ROUTINE_FILE: Final = "routine.yaml"
I18N_DIR: Final = "i18n"  # translations of the routine's words: i18n/<lang>.yaml
_TRANSLATION_NAME = re.compile(r"^([a-z]{2,3})\.yaml$")

_PRIVATE_FILE: Final = 0o600
_PRIVATE_DIR: Final = 0o700
_CHUNK: Final = 64 * 1024
_RATIO_FROM: Final = 1 * MB  # the ratio guard only looks at members bigger than this
_ENCRYPTED: Final = 0x1
_PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC: Final = b"\xff\xd8\xff"
_SVG_ROOTS: Final = frozenset({"{http://www.w3.org/2000/svg}svg", "svg"})
_MAX_SVG_NESTING: Final = 256
_MAX_NAME_TRIES: Final = 10_000
_TEMP_PREFIX: Final = ".importing-"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CSS_URL = re.compile(r"""url\(\s*['"]?\s*([^)'"\s]*)""", re.IGNORECASE)
_UNSAFE_FOLDER_CHARS = re.compile(r"[^a-z0-9_-]+")
# Characters no file name should hold: control, invisible formatting (e.g. the right-to-left
# override that disguises "gvs.py" as "yp.svg"), surrogates and private use.
_HIDDEN_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co"})
_WINDOWS_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
# Files an operating system adds by itself when someone zips a folder: never unpacked.
_OS_JUNK_FILES: Final = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
_OS_JUNK_FOLDERS: Final = frozenset({"__macosx"})

_Kind = Literal["yaml", "picture", "folder", "junk"]


@record
class _Member:
    """One zip entry that passed the name checks."""

    info: zipfile.ZipInfo
    parts: tuple[str, ...]  # path components, without a trailing slash
    kind: _Kind

    @property
    def shown(self) -> str:
        return _show(self.info.orig_filename)


# ---------------------------------------------------------------------------- messages


def _show(name: str) -> str:
    """A name safe to put in a message: hidden characters escaped, long names cut, quoted."""
    out = []
    for ch in name:
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    text = "".join(out)
    if len(text) > 80:
        text = text[:77] + "..."
    return f'"{text}"'


def _size(n: int) -> str:
    """Bytes in words: '20 MB', '1.5 MB', '300 KB', '12 bytes'."""
    if n >= MB:
        return f"{n / MB:.1f}".removesuffix(".0") + " MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def _refused(reason: str) -> BundleError:
    return BundleError(f"Coach did not import the bundle because {reason}.")


def _member_refused(shown: str, problem: str) -> BundleError:
    return _refused(f"{shown} {problem}")


# ---------------------------------------------------------------------------- the source


def _source_kind(src: Path) -> Literal["yaml", "zip"]:
    """Tell by the name alone, before touching the file."""
    suffix = src.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return "yaml"
    if suffix == ".zip":
        return "zip"
    what = f"a {_show(src.suffix)[1:-1]} file" if suffix else "a file without an ending"
    raise BundleError(f"Coach can import a .yaml routine or a .zip bundle; this is {what}.")


def _open_source(src: Path, limits: BundleLimits) -> BinaryIO:
    """Open a real, regular, not-too-big file without following a link to somewhere else."""
    shown = _show(src.name)
    try:
        info = os.lstat(src)
    except FileNotFoundError:
        raise BundleError(
            f"Coach could not find {shown}; check that the file is still there."
        ) from None
    except OSError as exc:
        raise BundleError(f"Coach could not read {shown}: {exc.strerror or exc}.") from exc
    if stat.S_ISLNK(info.st_mode):
        raise BundleError(
            f"{shown} is a shortcut (symbolic link); choose the real file it points to instead."
        )
    if not stat.S_ISREG(info.st_mode):
        raise BundleError(f"{shown} is not an ordinary file, so Coach cannot import it.")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(src, flags)
    except OSError as exc:
        raise BundleError(f"Coach could not open {shown}: {exc.strerror or exc}.") from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise BundleError(f"{shown} is not an ordinary file, so Coach cannot import it.")
        _check_bundle_size(shown, opened.st_size, limits)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_bundle_size(shown: str, size: int, limits: BundleLimits) -> None:
    if size > limits.max_bundle_bytes:
        raise BundleError(
            f"{shown} is {_size(size)}; Coach imports routines of at most "
            f"{_size(limits.max_bundle_bytes)}, so ask for a smaller bundle."
        )


# ---------------------------------------------------------------------------- zip members


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _is_special(info: zipfile.ZipInfo) -> bool:
    """A device, pipe or socket entry: type bits set, but not a file, folder or link."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK)


def _name_parts(info: zipfile.ZipInfo, limits: BundleLimits) -> tuple[tuple[str, ...], bool]:
    """Split a member name into safe path components, or refuse it, naming it."""
    # zipfile cuts `filename` at a NUL and, on Windows, turns backslashes into slashes; the
    # original name keeps both, so it is judged instead and every platform refuses the same.
    name = info.orig_filename
    shown = _show(name)
    if not name or not info.filename:
        raise _refused("it holds a file with an empty name")
    if any(unicodedata.category(ch) in _HIDDEN_CATEGORIES for ch in name):
        raise _member_refused(shown, "has control or invisible characters in its name")
    if name.startswith("/"):
        raise _member_refused(shown, "has an absolute path (it starts with /)")
    if _DRIVE.match(name):
        raise _member_refused(shown, "starts with a drive letter (like C:)")
    if "\\" in name:
        raise _member_refused(shown, "has a backslash (\\) in its name")
    if ":" in name:
        raise _member_refused(shown, "has a colon (:) in its name")
    is_folder = name.endswith("/")
    parts = tuple((name[:-1] if is_folder else name).split("/"))
    if ".." in parts:
        raise _member_refused(shown, 'points outside the bundle (it uses "..")')
    if any(part in ("", ".") for part in parts):
        raise _member_refused(shown, 'has an empty or "." folder in its path')
    for part in parts:
        if part.endswith((".", " ")) or part.split(".")[0].lower() in _WINDOWS_RESERVED:
            raise _member_refused(shown, f"has a name Windows cannot store ({_show(part)})")
    folders = len(parts) if is_folder else len(parts) - 1
    if folders > limits.max_depth:
        raise _member_refused(
            shown,
            f"is nested {folders} folders deep; Coach allows at most {limits.max_depth}",
        )
    return parts, is_folder


def _kind_of(info: zipfile.ZipInfo, parts: tuple[str, ...], is_folder: bool) -> _Kind:
    if is_folder:
        return "folder"
    if parts[-1].lower() in _OS_JUNK_FILES or parts[0].lower() in _OS_JUNK_FOLDERS:
        return "junk"
    suffix = os.path.splitext(parts[-1])[1].lower()
    if suffix in YAML_SUFFIXES:
        return "yaml"
    if suffix in PICTURE_SUFFIXES:
        return "picture"
    raise _member_refused(
        _show(info.orig_filename),
        "is neither a routine (.yaml) nor a picture (.svg, .png, .jpg, .jpeg)",
    )


def _check_entry(info: zipfile.ZipInfo, shown: str, limits: BundleLimits) -> None:
    """What the zip directory says about one member: type bits, encryption, sizes."""
    if _is_symlink(info):
        raise _member_refused(shown, "is a symbolic link")
    if _is_special(info):
        raise _member_refused(shown, "is a device or pipe, not an ordinary file")
    if info.flag_bits & _ENCRYPTED:
        raise _member_refused(shown, "is encrypted (password-protected)")
    if info.file_size > limits.max_file_bytes:
        raise _member_refused(
            shown,
            f"would unpack to {_size(info.file_size)}; Coach allows at most "
            f"{_size(limits.max_file_bytes)} per file",
        )
    if info.file_size > _RATIO_FROM:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise _member_refused(
                shown,
                f"is squeezed {ratio:.0f} times smaller than its real size, the mark of a "
                f"zip bomb; Coach allows at most {limits.max_ratio} times",
            )


def _ancestors(parts: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    return (parts[:i] for i in range(1, len(parts)))


def _key(parts: Iterable[str]) -> str:
    """How a file system that ignores case and Unicode form would see a path."""
    return unicodedata.normalize("NFC", "/".join(parts)).casefold()


def _read_directory(zf: zipfile.ZipFile, limits: BundleLimits) -> list[_Member]:
    """Judge every member from the zip's directory alone; nothing is unpacked yet."""
    infos = zf.infolist()
    if len(infos) > limits.max_files:
        raise _refused(f"it holds {len(infos)} files; Coach allows at most {limits.max_files}")
    members: list[_Member] = []
    seen: dict[str, str] = {}
    file_keys: dict[str, str] = {}
    folder_keys: set[str] = set()
    total = 0
    for info in infos:
        parts, is_folder = _name_parts(info, limits)
        shown = _show(info.orig_filename)
        key = _key(parts)
        if key in seen:
            first = seen[key]
            if first == shown:
                raise _member_refused(shown, "appears twice")
            raise _member_refused(
                shown,
                f"and {first} would be the same file on many computers "
                "(their names differ only in capitals or in how accents are stored)",
            )
        seen[key] = shown
        kind = _kind_of(info, parts, is_folder)
        if is_folder:
            folder_keys.add(key)
        else:
            _check_entry(info, shown, limits)
            file_keys[key] = shown
            total += info.file_size
        folder_keys.update(_key(a) for a in _ancestors(parts))
        members.append(_Member(info, parts, kind))
    for key, shown in file_keys.items():
        if key in folder_keys:
            raise _member_refused(shown, "is both a file and a folder")
    if total > limits.max_total_bytes:
        raise _refused(
            f"its files would unpack to {_size(total)} in all; Coach allows at most "
            f"{_size(limits.max_total_bytes)}"
        )
    return members


def _language_of(parts: tuple[str, ...]) -> str | None:
    """The language of a translation, `i18n/<lang>.yaml` (e.g. "ru"); None for other files."""
    if len(parts) < 2 or parts[-2].lower() != I18N_DIR:
        return None
    found = _TRANSLATION_NAME.match(parts[-1].lower())
    return found.group(1) if found else None


def _translations(members: list[_Member], routine: _Member) -> list[tuple[_Member, str]]:
    """Translations of the routine's words: only in the i18n/ folder beside it."""
    home = routine.parts[:-1]
    found = []
    for member in members:
        lang = _language_of(member.parts) if member.kind == "yaml" else None
        if lang is None:
            continue
        if member.parts[:-2] != home:
            raise _member_refused(
                member.shown, f"is a translation outside the i18n/ folder beside {routine.shown}"
            )
        found.append((member, lang))
    return found


def _plan(members: list[_Member]) -> tuple[_Member, list[tuple[_Member, tuple[str, ...]]]]:
    """Find the one routine file and where each picture goes relative to its folder."""
    yamls = [m for m in members if m.kind == "yaml" and _language_of(m.parts) is None]
    if not yamls:
        raise _refused("it holds no routine file (.yaml or .yml)")
    if len(yamls) > 1:
        names = ", ".join(m.shown for m in yamls[:5])
        more = ", ..." if len(yamls) > 5 else ""
        raise _refused(f"it holds {len(yamls)} routine files ({names}{more}); it needs one")
    routine = yamls[0]
    home = routine.parts[:-1]
    pictures = []
    for member in members:
        if member.kind != "picture":
            continue
        if member.parts[: len(home)] != home:
            raise _member_refused(member.shown, f"is outside the folder that holds {routine.shown}")
        pictures.append((member, member.parts[len(home) :]))
    return routine, pictures


# ---------------------------------------------------------------------------- unpacking


def _read_capped(stream: BinaryIO, cap: int, shown: str) -> bytes:
    """Read a member in chunks, never holding more than cap + 1 bytes, whatever it claims."""
    buf = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, cap + 1 - len(buf)))
        if not chunk:
            return bytes(buf)
        buf += chunk
        if len(buf) > cap:
            raise _member_refused(
                shown, f"holds more than its header says (over {_size(cap)}); it may be forged"
            )


def _unpack(zf: zipfile.ZipFile, member: _Member, cap: int) -> bytes:
    """One member's bytes, with a hard cap; any decoding failure becomes a plain refusal."""
    try:
        with zf.open(member.info) as stream:
            data = _read_capped(stream, cap, member.shown)
    except BundleError:
        raise
    except Exception as exc:  # zipfile, zlib, bz2, lzma: many ways to say "broken"
        raise _member_refused(member.shown, "is damaged and cannot be unpacked") from exc
    if len(data) != member.info.file_size:
        raise _member_refused(member.shown, "is damaged (its size does not match its header)")
    return data


def _check_routine_text(data: bytes, shown: str) -> None:
    """The routine is stored as text; anything but UTF-8 would fail later, less clearly."""
    try:
        data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError(
            f"{shown} is not UTF-8 text; ask for the routine to be saved as UTF-8."
        ) from None


# ---------------------------------------------------------------------------- pictures


def _check_picture(data: bytes, suffix: str, shown: str) -> None:
    """The bytes must be what the name says, in a format Qt draws."""
    if suffix == ".png":
        if not (data.startswith(_PNG_MAGIC) and data[12:16] == b"IHDR"):
            raise _member_refused(shown, "is not a real PNG picture")
    elif suffix in (".jpg", ".jpeg"):
        if not data.startswith(_JPEG_MAGIC):
            raise _member_refused(shown, "is not a real JPEG picture")
    else:
        _check_svg(data, shown)


class _ForbiddenXml(Exception):
    """Raised from inside expat the moment a forbidden construct appears."""


def _forbid(*_args: object) -> None:
    raise _ForbiddenXml("declaration")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _external_urls(text: str) -> list[str]:
    return [u for u in _CSS_URL.findall(text) if not u.startswith("#")]


def _guard_svg_xml(data: bytes, shown: str) -> None:
    """Parse once with expat set to refuse DTDs, entities, stylesheets and deep nesting.

    This is the parser-level guard behind the text search: it also catches declarations
    hidden by an encoding the text search cannot see.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.NotationDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    depth = 0

    def start(_name: str, _attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > _MAX_SVG_NESTING:
            raise _member_refused(shown, "is nested too deeply to be a picture")

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    def instruction(target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise _member_refused(shown, "loads an outside stylesheet")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(data, True)
    except _ForbiddenXml as exc:
        raise _member_refused(
            shown, "declares a DOCTYPE or ENTITY, which pictures may not do"
        ) from exc
    except expat.ExpatError as exc:
        raise _member_refused(shown, "is not a well-formed SVG picture") from exc


def _check_svg(data: bytes, shown: str) -> None:
    """An SVG must be plain drawing: no DTD, no script, no link to anything outside itself."""
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise _member_refused(shown, "is not an SVG picture saved as UTF-8 text") from None
    lowered = text.lower()
    if "<!doctype" in lowered or "<!entity" in lowered:
        raise _member_refused(
            shown, "has a <!DOCTYPE> or <!ENTITY> line, which pictures may not have"
        )
    if "<script" in lowered:
        raise _member_refused(shown, "contains a script")
    if "<foreignobject" in lowered:
        raise _member_refused(shown, "contains a <foreignObject>, which pictures may not have")
    _guard_svg_xml(data, shown)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise _member_refused(shown, "is not a well-formed SVG picture") from exc
    if root.tag not in _SVG_ROOTS:
        raise _member_refused(shown, f"is not an SVG picture (it starts with <{_local(root.tag)}>)")
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "script":
            raise _member_refused(shown, "contains a script")
        if tag == "foreignobject":
            raise _member_refused(shown, "contains a <foreignObject>, which pictures may not have")
        if tag == "style" and element.text:
            css = element.text
            if "@import" in css.lower() or _external_urls(css):
                raise _member_refused(shown, "has a style that loads something from outside")
        for key, value in element.attrib.items():
            attr = _local(key)
            if attr.startswith("on"):
                raise _member_refused(shown, f"contains a script (the {attr} attribute)")
            if attr == "href" and not value.strip().startswith("#"):
                raise _member_refused(
                    shown,
                    f"links to something outside the picture ({_show(value)}); only "
                    "links inside the picture (#name) are allowed",
                )
            outside = _external_urls(value)
            if outside:
                raise _member_refused(
                    shown, f"links to something outside the picture ({_show(outside[0])})"
                )


# ---------------------------------------------------------------------------- the folder


def _prepare_dest_root(dest_root: Path) -> None:
    """The routines folder: created private if missing; an existing one is left as it is.

    Missing parents (the data folder on a first run) are made private too: mkdir(parents=True)
    would give them the umask's mode (often 0755).
    """
    try:
        for parent in reversed([p for p in dest_root.parents if not p.exists()]):
            try:
                parent.mkdir(mode=_PRIVATE_DIR)
            except FileExistsError:
                continue
            with contextlib.suppress(OSError):
                os.chmod(parent, _PRIVATE_DIR)
        dest_root.mkdir(mode=_PRIVATE_DIR)
    except FileExistsError:
        if not dest_root.is_dir():
            raise BundleError(
                f"Coach cannot save routines in {dest_root} because it is not a folder."
            ) from None
        return
    except OSError as exc:
        raise BundleError(
            f"Coach could not create the routines folder {dest_root}: {exc.strerror or exc}."
        ) from exc
    with contextlib.suppress(OSError):
        os.chmod(dest_root, _PRIVATE_DIR)


def _write_private(path: Path, data: bytes) -> None:
    """A new file, 0600, flushed to disk; refuses to reuse anything already there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, _PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        with contextlib.suppress(OSError):
            os.fchmod(handle.fileno(), _PRIVATE_FILE)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _make_private_dirs(root: Path, parts: tuple[str, ...]) -> Path:
    folder = root
    for part in parts:
        folder = folder / part
        if not folder.is_dir():
            folder.mkdir(mode=_PRIVATE_DIR)
            with contextlib.suppress(OSError):
                os.chmod(folder, _PRIVATE_DIR)
    return folder


def _folder_name(stem: str) -> str:
    """The routine file's name made safe for a folder: [a-z0-9_-], 'routine' if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE_FOLDER_CHARS.sub("-", ascii_text.lower())
    name = re.sub(r"-{2,}", "-", name).strip("-_")[:60].strip("-_")
    return name or "routine"


def _claim_name(dest_root: Path, tmp: Path, base: str) -> Path:
    """Rename tmp to base, base-2, base-3, ... without ever replacing someone else's folder."""
    for n in range(1, _MAX_NAME_TRIES + 1):
        final = dest_root / (base if n == 1 else f"{base}-{n}")
        if os.path.lexists(final):
            continue
        if os.name == "posix":
            # rename() would silently replace an empty folder; mkdir claims the name first.
            try:
                final.mkdir(mode=_PRIVATE_DIR)
            except FileExistsError:
                continue
        try:
            os.rename(tmp, final)
        except OSError as exc:
            if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) or isinstance(exc, FileExistsError):
                continue
            if os.name == "posix":
                with contextlib.suppress(OSError):
                    final.rmdir()
            raise
        with contextlib.suppress(OSError):
            dir_fd = os.open(dest_root, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        return final
    raise BundleError(f"Coach found no free folder name for {base!r}; tidy the routines folder.")


def _unpack_zip(
    zf: zipfile.ZipFile,
    routine: _Member,
    pictures: list[tuple[_Member, tuple[str, ...]]],
    tmp: Path,
    limits: BundleLimits,
    translations: list[tuple[_Member, str]] | None = None,
) -> list[Path]:
    """Stream each member out under a cap on it and on the running total."""
    budget = limits.max_total_bytes
    data = _unpack(zf, routine, min(routine.info.file_size, limits.max_file_bytes, budget))
    budget -= len(data)
    _check_routine_text(data, routine.shown)
    _write_private(tmp / ROUTINE_FILE, data)
    for member, lang in translations or ():
        data = _unpack(zf, member, min(member.info.file_size, limits.max_file_bytes, budget))
        budget -= len(data)
        _check_routine_text(data, member.shown)
        _write_private(_make_private_dirs(tmp, (I18N_DIR,)) / f"{lang}.yaml", data)
    written = []
    for member, rel in pictures:
        cap = min(member.info.file_size, limits.max_file_bytes, budget)
        data = _unpack(zf, member, cap)
        budget -= len(data)
        _check_picture(data, os.path.splitext(rel[-1])[1].lower(), member.shown)
        folder = _make_private_dirs(tmp, rel[:-1])
        target = folder / rel[-1]
        if not target.resolve().is_relative_to(tmp.resolve()):  # belt and braces
            raise _member_refused(member.shown, "points outside the bundle")
        _write_private(target, data)
        written.append(Path(*rel))
    return written


def _cleanup(tmp: Path | None) -> None:
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------- entry point


def import_bundle(
    src: Path,
    dest_root: Path,
    limits: BundleLimits = BundleLimits(),  # frozen, so sharing one is safe
    check: Callable[[Path], list[str]] | None = None,
) -> ImportedRoutine:
    """Copy a routine (.yaml) or bundle (.zip) into a new private folder under dest_root.

    Everything is checked before the folder appears; on any refusal dest_root holds nothing
    new. `check` is called with the unpacked routine.yaml (still in the temporary folder); a
    non-empty list of messages refuses the routine. Exceptions raised by `check` itself are
    passed on unchanged after cleaning up, since they are bugs rather than bad input.
    """
    src = Path(src)
    dest_root = Path(dest_root)
    kind = _source_kind(src)
    shown = _show(src.name)
    tmp: Path | None = None
    try:
        tmp, stem, relative = _stage(src, kind, dest_root, limits)
        if check is not None:
            problems = [str(p) for p in check(tmp / ROUTINE_FILE)]
            if problems:
                raise BundleError("This routine has problems:\n" + "\n".join(problems))
        final = _claim_name(dest_root, tmp, _folder_name(stem))
        tmp = None
    except BundleError:
        _cleanup(tmp)
        raise
    except OSError as exc:
        _cleanup(tmp)
        raise BundleError(
            f"Coach could not save the routine from {shown}: {exc.strerror or exc}."
        ) from exc
    except BaseException:
        _cleanup(tmp)
        raise
    return ImportedRoutine(
        folder=final,
        routine_file=final / ROUTINE_FILE,
        pictures=tuple(final / rel for rel in sorted(relative)),
    )


def _stage(
    src: Path, kind: Literal["yaml", "zip"], dest_root: Path, limits: BundleLimits
) -> tuple[Path, str, list[Path]]:
    """Check the source, then unpack it into a new temp folder: (folder, stem, pictures).

    Everything that can be judged without writing is judged first, so most refusals never
    touch dest_root at all. The temp folder is removed again if anything fails here.
    """
    shown = _show(src.name)
    with _open_source(src, limits) as handle:
        if kind == "yaml":
            data = _read_capped_source(handle, limits, shown)
            _check_routine_text(data, shown)

            def copy_routine(tmp: Path) -> list[Path]:
                _write_private(tmp / ROUTINE_FILE, data)
                return []

            return _in_temp(dest_root, src.stem, copy_routine)
        with _open_zip(handle, shown) as zf:
            try:
                members = _read_directory(zf, limits)
            except BundleError:
                raise
            except Exception as exc:  # a directory that parsed but is nonsense
                raise _unreadable_zip(shown) from exc
            routine, pictures = _plan(members)
            translations = _translations(members, routine)

            def unpack(tmp: Path) -> list[Path]:
                return _unpack_zip(zf, routine, pictures, tmp, limits, translations)

            return _in_temp(dest_root, os.path.splitext(routine.parts[-1])[0], unpack)


def _in_temp(
    dest_root: Path, stem: str, fill: Callable[[Path], list[Path]]
) -> tuple[Path, str, list[Path]]:
    """Run fill in a fresh temp folder; remove the folder again if fill fails."""
    tmp = _make_temp(dest_root)
    try:
        return tmp, stem, fill(tmp)
    except BaseException:
        _cleanup(tmp)
        raise


def _read_capped_source(handle: BinaryIO, limits: BundleLimits, shown: str) -> bytes:
    """A plain routine file, read with the bundle cap even if it grew after we looked."""
    data = handle.read(limits.max_bundle_bytes + 1)
    _check_bundle_size(shown, len(data), limits)
    return data


def _unreadable_zip(shown: str) -> BundleError:
    return BundleError(f"Coach could not read {shown}: it is damaged or not really a zip file.")


def _open_zip(handle: BinaryIO, shown: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(handle)
    except Exception as exc:  # BadZipFile, but also ValueError, EOFError, ... on junk
        raise _unreadable_zip(shown) from exc


def _make_temp(dest_root: Path) -> Path:
    """A private (0700) work folder inside dest_root, so the final rename stays atomic."""
    _prepare_dest_root(dest_root)
    try:
        return Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=dest_root))
    except OSError as exc:
        raise BundleError(
            f"Coach could not write in the routines folder {dest_root}: {exc.strerror or exc}."
        ) from exc
