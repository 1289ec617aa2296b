"""Translations of routine content (names, cues, advice) kept beside the routine files.

Why at display time: routines are written, validated and safety-checked in English, so the
checks always see the original words; a translation is only looked up when words are shown
or spoken. A missing string stays in English, and a broken or unsafe translation file is
ignored (with a logged warning): it can never stop a routine.

A translation is `<routine folder>/i18n/<lang>.yaml`, keyed by the exact English text:

    schema_version: 1
    language: ru
    messages:
      Cramp relief: Снять судорогу
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from coach.core.problems import Problem
from coach.core.record import field, record

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SOURCE_LANGUAGE = "en"  # what routine files are written in
I18N_DIR = "i18n"
MAX_TEXT = 240  # the models' longest display text (CueText); titles are 120 (ShortText)
MAX_MESSAGES = 2000
MAX_FILE_BYTES = 256 * 1024
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # also keeps a language from naming another path
_FIELDS = {"schema_version", "language", "messages"}

TextLookup = Callable[[str], str]


def same_text(text: str) -> str:
    """The lookup for the source language: every text stays as written."""
    return text


@record
class ContentTranslation:
    """English text -> translated text; anything not translated stays in English."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[str, str] = field(default_factory=dict)

    def text(self, source: str) -> str:
        return self.messages.get(source, source)

    def over(self, fallback: ContentTranslation) -> ContentTranslation:
        """This translation first, then `fallback` for what this one lacks."""
        if not fallback.messages:
            return self
        if not self.messages:
            return fallback
        return ContentTranslation(self.language, {**fallback.messages, **self.messages})


EMPTY = ContentTranslation()


# -- the current language ---------------------------------------------------------------

_current = SOURCE_LANGUAGE


def normalise_language(value: str | None) -> str:
    """ "ru_RU.UTF-8", "ru-RU" or "RU" -> "ru"; "system" reads the environment's locale.

    Anything unusable becomes English, the language routines are written in.
    """
    code = (value or "").strip()
    if code.lower() == "system":
        code = _system_language()
    code = re.split(r"[-_.@]", code.lower(), maxsplit=1)[0]
    return code if _LANGUAGE.match(code) else SOURCE_LANGUAGE


def _system_language() -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return SOURCE_LANGUAGE


def set_content_language(lang: str | None) -> None:
    """Set once at start-up (from the language setting or COACH_LANG)."""
    global _current
    _current = normalise_language(lang)


def content_language() -> str:
    return _current


# -- reading a file ----------------------------------------------------------------------


def translation_file(folder: Path, lang: str) -> Path:
    return folder / I18N_DIR / f"{lang}.yaml"


def _problem(
    doc: Any, path: tuple[Any, ...], message: str, where: str = "", at_key: bool = False
) -> Problem:
    mark = doc.key_mark_for(path) if at_key else doc.mark_for(path)
    return Problem(doc.filename, mark.line, mark.column, where, message)


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def check_translation(path: Path, lang: str | None = None) -> tuple[dict[str, str], list[Problem]]:
    """Read one translation file: its messages, and every problem (all of them errors).

    Forbidden advice (content brief section 6) is looked for in every text, in any language.
    """
    from coach.core.blocklist import forbidden_in  # only when a file is read: off the start path
    from coach.core.safe_yaml import YamlLimits, YamlLoadError, load_yaml_file

    lang = lang or path.stem
    try:
        doc = load_yaml_file(path, YamlLimits(max_bytes=MAX_FILE_BYTES, max_depth=4))
    except YamlLoadError as exc:
        return {}, [Problem(exc.filename, exc.line, exc.column, "", exc.message)]
    data = doc.data
    if not isinstance(data, dict):
        return {}, [_problem(doc, (), "expected schema_version, language and messages")]
    problems = [
        _problem(doc, (k,), "unknown field (check the spelling)", str(k), at_key=True)
        for k in data
        if k not in _FIELDS
    ]
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        problems.append(
            _problem(doc, ("schema_version",), f"must be {SCHEMA_VERSION}", "schema_version")
        )
    if not _LANGUAGE.match(lang) or data.get("language") != lang:
        problems.append(
            _problem(
                doc, ("language",), f"must be {lang!r}, the file's name (e.g. ru.yaml)", "language"
            )
        )
    messages = data.get("messages")
    if not isinstance(messages, dict):
        problems.append(
            _problem(doc, ("messages",), "must map English text to its translation", "messages")
        )
        return {}, problems
    if len(messages) > MAX_MESSAGES:
        problems.append(
            _problem(doc, ("messages",), f"more than {MAX_MESSAGES} messages", "messages")
        )
        return {}, problems
    good: dict[str, str] = {}
    for key, value in messages.items():
        where = f"messages[{_short(str(key))}]"
        here = ("messages", key)
        if not isinstance(key, str) or not 1 <= len(key) <= MAX_TEXT:
            problems.append(
                _problem(doc, here, f"the English text must be 1 to {MAX_TEXT} characters", where)
            )
            continue
        if not isinstance(value, str) or not 1 <= len(value.strip()) <= MAX_TEXT:
            problems.append(
                _problem(doc, here, f"the translation must be text of 1 to {MAX_TEXT} characters",
                         where)
            )  # fmt: skip
            continue
        for label in forbidden_in(f"{key}\n{value}"):
            problems.append(_problem(doc, here, f"[blocklist] must not present {label}", where))
        good[key] = value
    return good, problems


def translation_problems(routine_folder: Path) -> list[Problem]:
    """For `coach validate` and import: every `i18n/*.yaml` beside a routine.

    Forbidden advice is an error. Anything else is a warning: Coach would ignore that file
    and show the routine in English.
    """
    folder = routine_folder / I18N_DIR
    if not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.glob("*.yaml")):
        for p in check_translation(path)[1]:
            blocked = p.message.startswith("[blocklist]")
            severity = "error" if blocked else "warning"
            problems.append(Problem(p.filename, p.line, p.column, p.field, p.message, severity))
    return problems


# -- loading, cached -----------------------------------------------------------------------

_Signature = tuple[int, int] | None
_cache: dict[tuple[str, str], tuple[_Signature, ContentTranslation]] = {}


def _signature(path: Path) -> _Signature:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def load_content_translation(folder: Path, lang: str) -> ContentTranslation:
    """The translation in `folder/i18n/<lang>.yaml`; empty if missing, broken or unsafe.

    Cached per (folder, language); a file that changes (a clinician's update) is read again.
    """
    lang = normalise_language(lang)
    if lang == SOURCE_LANGUAGE:
        return EMPTY
    path = translation_file(folder, lang)
    key = (str(folder), lang)
    signature = _signature(path)
    cached = _cache.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    translation = EMPTY
    if signature is not None:
        messages, problems = check_translation(path, lang)
        if problems:
            log.warning(
                "ignoring the translation %s (%d problems), showing English: %s",
                path, len(problems), problems[0],
            )  # fmt: skip
        else:
            translation = ContentTranslation(lang, MappingProxyType(messages))
    _cache[key] = (signature, translation)
    return translation


def translation_for(folders: Iterable[Path | None], lang: str | None = None) -> ContentTranslation:
    """The folders' translations merged, the first folder winning (a routine's own folder,
    then Coach's built-in one), in `lang` or else the current language."""
    lang = normalise_language(lang) if lang is not None else _current
    result = EMPTY
    if lang == SOURCE_LANGUAGE:
        return result
    seen: set[Path] = set()
    for folder in folders:
        if folder is None or folder in seen:
            continue
        seen.add(folder)
        result = result.over(load_content_translation(folder, lang))
    return result


def clear_cache() -> None:
    """Forget every loaded translation (tests, or after files were replaced)."""
    _cache.clear()
