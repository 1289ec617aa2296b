"""Load untrusted YAML safely and remember where every value came from.

Routine files come from clinicians and are untrusted, so this loader is stricter than
``yaml.safe_load``: it refuses tags, anchors/aliases, merge keys, duplicate keys, several
documents, deep nesting and huge inputs. It also records a line/column for every value so
later validation can report errors like a compiler (``bedtime.yaml:14:7: ...``).

The data is built directly from the parser's *event* stream (never from PyYAML's
composer), so limits are enforced before anything is expanded and nothing recurses.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Sequence
from typing import Any, Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from coach.core.record import record

__all__ = [
    "Mark",
    "YamlDocument",
    "YamlLimits",
    "YamlLoadError",
    "load_yaml_file",
    "load_yaml_text",
]


@record
class Mark:
    """A 1-based position in the source text, as shown to the person who wrote it."""

    line: int
    column: int


@record
class YamlLimits:
    """Caps that keep a hostile or broken file from exhausting memory or time."""

    max_bytes: int = 512 * 1024
    max_depth: int = 24  # nesting of mappings/sequences
    max_nodes: int = 20_000


class YamlLoadError(Exception):
    """A file that could not be read as safe YAML. str() is 'FILE:LINE:COL: message'."""

    filename: str
    line: int
    column: int
    message: str

    def __init__(self, filename: str, line: int, column: int, message: str) -> None:
        super().__init__(filename, line, column, message)
        self.filename = filename
        self.line = line
        self.column = column
        self.message = message

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.column}: {self.message}"


_Pos = tuple[int, int]
_Path = tuple[Any, ...]

_DOCUMENT_START: Final[_Pos] = (1, 1)


class YamlDocument:
    """Plain Python data plus where each value came from."""

    filename: str
    data: Any

    def __init__(
        self,
        filename: str,
        data: Any,
        value_marks: dict[_Path, _Pos],
        key_marks: dict[_Path, _Pos],
    ) -> None:
        self.filename = filename
        self.data = data
        # Positions are kept as plain tuples; Mark objects are only built on request
        # because most values never need one.
        self._value_marks = value_marks
        self._key_marks = key_marks

    def __repr__(self) -> str:
        return f"YamlDocument(filename={self.filename!r}, data={self.data!r})"

    def mark_for(self, path: Sequence[str | int]) -> Mark:
        """Mark of the value at path (e.g. ("steps", 2, "dose", "hold_s")).

        If that path does not exist, the mark of the nearest existing ancestor is given,
        so a *missing* key points at the mapping that should contain it.
        () gives the document start (1, 1).
        """
        key = tuple(path)
        marks = self._value_marks
        while key:
            try:
                pos = marks.get(key)
            except TypeError:  # an unhashable path element cannot exist in the data
                pos = None
            if pos is not None:
                return Mark(*pos)
            key = key[:-1]
        return Mark(*_DOCUMENT_START)

    def key_mark_for(self, path: Sequence[str | int]) -> Mark:
        """Mark of the KEY of a mapping entry (for 'unknown field' errors).

        Falls back to ``mark_for(path)`` when path is not a mapping entry or is missing.
        """
        key = tuple(path)
        try:
            pos = self._key_marks.get(key)
        except TypeError:
            pos = None
        if pos is not None:
            return Mark(*pos)
        return self.mark_for(key)


# --------------------------------------------------------------------------- loading

EXACT_DEPTH_MAX_CHARS = 64 * 1024  # see load_yaml_text: about 0.08 s of pure-Python parsing
_LOADER_CLASS: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""Parser used for the event stream: libyaml when available (it still gives marks)."""

# Characters YAML allows in a stream (same set as PyYAML's reader and libyaml).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Line breaks as YAML (and both PyYAML parsers) count them.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_TAG_TEXT = re.compile(r"![^\s,\[\]{}]*")

_UNSUPPORTED_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_SCALAR_CONSTRUCTORS: dict[str, Callable[[SafeConstructor, ScalarNode], Any]] = {
    tag: SafeConstructor.yaml_constructors[tag]
    for tag in (
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:timestamp",
    )
}
_PLAIN = (True, False)

_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent
_StreamEndEvent = yaml.StreamEndEvent


def _position(text: str, index: int) -> _Pos:
    """1-based line/column of a character index, counting breaks the way YAML does."""
    line = 1
    line_start = 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line += 1
        line_start = match.end()
    return line, index - line_start + 1


def _line_start(text: str, line0: int) -> int | None:
    """Index where 0-based line `line0` starts, or None when the text has fewer lines."""
    start = 0
    for _ in range(line0):
        match = _LINE_BREAK.search(text, start)
        if match is None:
            return None
        start = match.end()
    return start


def _char_at(text: str, line0: int, column0: int) -> str:
    """Character at a 0-based (line, column) from a parser mark, or '' if out of range."""
    start = _line_start(text, line0)
    if start is None:
        return ""
    index = start + column0
    return text[index] if 0 <= index < len(text) else ""


def _decode(data: bytes, filename: str) -> str:
    """Decode UTF-8 bytes (an optional BOM is dropped); other encodings are refused."""
    for bom, name in _UNSUPPORTED_BOMS:
        if data.startswith(bom):
            raise YamlLoadError(
                filename, 1, 1, f"{name} text is not supported; save the file as UTF-8"
            )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8")
        line, column = _position(prefix, len(prefix))
        raise YamlLoadError(
            filename,
            line,
            column,
            f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at byte offset "
            f"{exc.start}); save the file as UTF-8",
        ) from None


def _too_large(filename: str, size: int, limits: YamlLimits) -> YamlLoadError:
    """The size error, always at 1:1: the content is never looked at."""
    return YamlLoadError(
        filename,
        1,
        1,
        f"file is too large ({size} bytes; the limit is {limits.max_bytes} bytes)",
    )


def _check_characters(text: str, filename: str) -> None:
    """Refuse characters YAML forbids, with an exact position (the parsers give none)."""
    match = _NOT_PRINTABLE.search(text)
    if match is None:
        return
    char = match.group()
    line, column = _position(text, match.start())
    if char == "\x00":
        what = "a NUL byte (U+0000); is this a binary or UTF-16 file?"
    elif 0xD800 <= ord(char) <= 0xDFFF:
        what = f"an invalid character (lone surrogate U+{ord(char):04X})"
    else:
        what = f"a control character (U+{ord(char):04X}) that YAML does not allow"
    raise YamlLoadError(filename, line, column, f"contains {what}")


def _yaml_error(exc: yaml.YAMLError, text: str, filename: str, limits: YamlLimits) -> YamlLoadError:
    """Turn any PyYAML error into a YamlLoadError with a readable one-line message."""
    if isinstance(exc, yaml.reader.ReaderError):
        # Normally caught earlier by _check_characters; the position is a best effort.
        line, column = _position(text, min(max(exc.position, 0), len(text)))
        return YamlLoadError(
            filename, line, column, f"contains a character YAML does not allow ({exc.reason})"
        )
    if not isinstance(exc, yaml.MarkedYAMLError):
        return YamlLoadError(filename, 1, 1, f"not valid YAML: {exc}")
    mark = exc.problem_mark or exc.context_mark
    line0, column0 = (mark.line, mark.column) if mark is not None else (0, 0)
    problem = exc.problem or "not valid YAML"
    context = exc.context
    if isinstance(exc, yaml.scanner.ScannerError) and (
        "tab" in problem or _char_at(text, line0, column0) == "\t"
    ):
        message = "tabs cannot be used for indentation; use spaces"
    elif "maximum nesting depth" in problem:  # libyaml's own limit, should it still show
        message = f"nested too deeply (more than {limits.max_depth} levels)"
    else:
        message = problem
        if context:
            start = exc.context_mark
            if start is not None and (start.line, start.column) != (line0, column0):
                context = f"{context} that started at line {start.line + 1}"
            message = f"{message} ({context})"
    return YamlLoadError(filename, line0 + 1, column0 + 1, message)


def _describe_tag(text: str, mark: Any, tag: str) -> str:
    """The tag as the author wrote it (e.g. '!!python/...'), for the error message."""
    start = 0
    for _ in range(mark.line):
        match = _LINE_BREAK.search(text, start)
        if match is None:
            break
        start = match.end()
    found = _TAG_TEXT.match(text, start + mark.column)
    if found is not None:
        written = found.group()
    elif tag.startswith("tag:yaml.org,2002:"):
        written = "!!" + tag[len("tag:yaml.org,2002:") :]
    else:
        written = tag
    if len(written) > 60:
        written = written[:57] + "..."
    return written


class _Frame:
    """An open mapping or sequence while its events are being read."""

    __slots__ = ("container", "has_key", "is_map", "key", "key_path", "key_pos", "path")

    def __init__(self, container: Any, path: _Path, is_map: bool) -> None:
        self.container = container
        self.path = path
        self.is_map = is_map
        self.has_key = False
        self.key: Any = None
        self.key_path: _Path = ()
        self.key_pos: _Pos = _DOCUMENT_START


class _Builder:
    """Builds plain data and a mark table from parser events, enforcing every rule."""

    def __init__(self, text: str, filename: str, limits: YamlLimits) -> None:
        self.text = text
        self.filename = filename
        self.limits = limits
        self.value_marks: dict[_Path, _Pos] = {}
        self.key_marks: dict[_Path, _Pos] = {}
        # Plain scalars repeat a lot (keys especially) and resolve to immutable values.
        self.plain_cache: dict[str, Any] = {}

    def fail(self, mark: Any, message: str) -> YamlLoadError:
        return YamlLoadError(self.filename, mark.line + 1, mark.column + 1, message)

    def build(self, loader: Any) -> Any:
        """Consume the whole event stream and return the data.

        One flat loop with the per-value work inlined: this runs for every value and is
        most of the load time. Every limit is checked on the event, before any expansion.
        """
        get_event = loader.get_event
        max_nodes = self.limits.max_nodes
        max_depth = self.limits.max_depth
        value_marks = self.value_marks
        key_marks = self.key_marks
        plain_cache = self.plain_cache
        stack: list[_Frame] = []
        frame: _Frame | None = None
        root: Any = None
        nodes = 0
        documents = 0

        get_event()  # StreamStartEvent
        while True:
            event = get_event()
            kind = type(event)
            if kind is _ScalarEvent:
                if event.tag is not None or event.anchor is not None:
                    raise self.refuse_properties(event)
                nodes += 1
                if nodes > max_nodes:
                    raise self.fail(event.start_mark, f"too many values (more than {max_nodes})")
                is_map = None
                text: str | None = event.value
                value: Any = text
                if event.implicit[0]:  # plain and untagged: resolve like SafeLoader
                    if text == "<<" and frame is not None and frame.is_map and not frame.has_key:
                        raise self.fail(event.start_mark, "merge keys ('<<') are not allowed")
                    try:
                        value = plain_cache[text]
                    except KeyError:
                        value = plain_cache[text] = self.resolve_plain(event)
                # Quoted and block scalars are always text.
            elif kind is _MappingStartEvent or kind is _SequenceStartEvent:
                if event.tag is not None or event.anchor is not None:
                    raise self.refuse_properties(event)
                nodes += 1
                if nodes > max_nodes:
                    raise self.fail(event.start_mark, f"too many values (more than {max_nodes})")
                if len(stack) >= max_depth:
                    raise self.fail(
                        event.start_mark, f"nested too deeply (more than {max_depth} levels)"
                    )
                is_map = kind is _MappingStartEvent
                value = {} if is_map else []
                text = None
            elif kind is _MappingEndEvent or kind is _SequenceEndEvent:
                stack.pop()
                frame = stack[-1] if stack else None
                continue
            elif kind is _AliasEvent:
                raise self.fail(event.start_mark, "anchors and aliases are not allowed")
            elif kind is _DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(
                        event.start_mark,
                        "only one YAML document is allowed per file (found a second one)",
                    )
                continue
            elif kind is _StreamEndEvent:
                return root
            else:  # DocumentEndEvent
                continue

            # Place the value in its parent and record where it came from.
            mark = event.start_mark
            pos = (mark.line + 1, mark.column + 1)
            if frame is None:
                root = value
                path: _Path = ()
                value_marks[path] = _DOCUMENT_START
            elif not frame.is_map:
                items = frame.container
                path = (*frame.path, len(items))
                items.append(value)
                value_marks[path] = pos
            elif frame.has_key:
                path = frame.key_path
                frame.container[frame.key] = value
                value_marks[path] = pos
                frame.has_key = False
            else:  # this value is a mapping key
                self.check_key(frame, value, text, mark)
                path = (*frame.path, value)
                frame.key = value
                frame.key_path = path
                frame.key_pos = pos
                frame.has_key = True
                # Reserve the slot so a later duplicate is caught even before its value.
                frame.container[value] = None
                key_marks[path] = pos
            if is_map is not None:
                frame = _Frame(value, path, is_map)
                stack.append(frame)

    def check_key(self, frame: _Frame, key: Any, text: str | None, mark: Any) -> None:
        """Keys must be non-null scalars and unique within their mapping."""
        if text is None:
            what = "mapping" if isinstance(key, dict) else "list"
            raise self.fail(mark, f"mapping keys must be simple values, not a {what}")
        if key is None:
            raise self.fail(mark, "empty (null) mapping keys are not allowed")
        if key in frame.container:
            first = self.key_marks[(*frame.path, key)]
            raise self.fail(mark, f"duplicate key '{text}' (first defined at line {first[0]})")

    def refuse_properties(self, event: Any) -> YamlLoadError:
        """Tags can construct arbitrary objects and anchors enable alias bombs."""
        if event.tag is not None:
            written = _describe_tag(self.text, event.start_mark, event.tag)
            return self.fail(event.start_mark, f"tags are not allowed (found '{written}')")
        return self.fail(event.start_mark, "anchors and aliases are not allowed")

    def resolve_plain(self, event: Any) -> Any:
        """Resolve an untagged plain scalar exactly like yaml.SafeLoader would."""
        value = event.value
        tag = _RESOLVER.resolve(ScalarNode, value, _PLAIN)
        construct = _SCALAR_CONSTRUCTORS.get(tag)
        if construct is None:  # str, and '<<' / '=' outside key position: keep the text
            return value
        try:
            return construct(_CONSTRUCTOR, ScalarNode(tag, value))
        except (ValueError, OverflowError, TypeError) as exc:
            kind = tag.rsplit(":", 1)[-1]
            shown = value if len(value) <= 40 else value[:37] + "..."
            # int() refuses >4300 digits with a long, programmer-facing message.
            reason = "too many digits" if kind == "int" else str(exc)
            raise self.fail(
                event.start_mark,
                f"'{shown}' is not a valid {kind} ({reason}); quote it if it is meant as text",
            ) from None


def load_yaml_text(
    text: str | bytes, filename: str, limits: YamlLimits = YamlLimits()
) -> YamlDocument:
    """Parse one untrusted YAML document into plain data with a mark for every value.

    Raises YamlLoadError (and nothing else) for anything that is not acceptable.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        raw = bytes(text)
        if len(raw) > limits.max_bytes:
            raise _too_large(filename, len(raw), limits)
        text = _decode(raw, filename)
    else:
        if len(text) > limits.max_bytes:  # every character is at least one byte
            raise _too_large(filename, len(text), limits)
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limits.max_bytes:
            raise _too_large(filename, size, limits)
        if text.startswith("\ufeff"):
            text = text[1:]
    _check_characters(text, filename)

    try:
        return _build(text, filename, limits, _LOADER_CLASS)
    except yaml.YAMLError as exc:
        head = _up_to_line(text, exc)
        if (
            _LOADER_CLASS is not yaml.SafeLoader
            and "maximum nesting depth" in str(exc)
            and len(head) <= EXACT_DEPTH_MAX_CHARS
        ):
            # libyaml 0.2.6+ scans up to 1000 levels ahead and stops there, before our own
            # lower limit sees the events; the pure-Python parser (ten times slower) finds
            # where it was crossed, reading only up to the line where libyaml stopped. In a
            # longer file the error stays where libyaml stopped, on the same line.
            try:
                return _build(head, filename, limits, yaml.SafeLoader)
            except yaml.YAMLError as slower:
                exc = slower
        raise _yaml_error(exc, text, filename, limits) from None


def _up_to_line(text: str, exc: yaml.YAMLError) -> str:
    """`text` up to the end of the line where `exc` was found."""
    mark = getattr(exc, "problem_mark", None)
    end = None if mark is None else _line_start(text, mark.line + 1)
    return text if end is None else text[:end]


def _build(text: str, filename: str, limits: YamlLimits, loader_class: type) -> YamlDocument:
    builder = _Builder(text, filename, limits)
    loader = loader_class(text)
    try:
        data = builder.build(loader)
    finally:
        loader.dispose()
    return YamlDocument(filename, data, builder.value_marks, builder.key_marks)


def load_yaml_file(
    path: str | os.PathLike[str],
    limits: YamlLimits = YamlLimits(),
    display_name: str | None = None,
) -> YamlDocument:
    """Read and parse a YAML file, refusing oversized or non-regular files before reading."""
    filename = display_name if display_name is not None else str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise YamlLoadError(filename, 1, 1, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise YamlLoadError(filename, 1, 1, "is not a regular file")
        if info.st_size > limits.max_bytes:
            raise _too_large(filename, info.st_size, limits)
        data = _read_at_most(path, limits.max_bytes + 1, filename)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise YamlLoadError(filename, 1, 1, f"cannot read file: {reason}") from None
    if len(data) > limits.max_bytes:  # the file grew after stat()
        raise _too_large(filename, len(data), limits)
    return load_yaml_text(data, filename, limits)


def _read_at_most(path: str | os.PathLike[str], limit: int, filename: str) -> bytes:
    """Read up to limit bytes; opened non-blocking so a swapped-in FIFO cannot hang us."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        # Check again on the open descriptor: the path may have changed since stat().
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise YamlLoadError(filename, 1, 1, "is not a regular file")
        chunks: list[bytes] = []
        remaining = limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
