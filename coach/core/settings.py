"""User settings: small, JSON, written atomically; a broken file is kept aside, not lost."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Literal

from coach.core.atomic import atomic_write_text
from coach.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from coach.core.record import as_dict, fields, record, replace

ThemeMode = Literal["auto", "day", "night", "high_contrast"]
THEME_MODES: tuple[ThemeMode, ...] = ("auto", "day", "night", "high_contrast")
TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5, 1.75)  # times the system's font size
Language = Literal["system", "en", "ru"]
LANGUAGES: tuple[Language, ...] = ("system", "en", "ru")  # "system": follow the computer


@record
class Settings:
    theme: ThemeMode = "auto"
    sound: bool = True
    night_from: int = 20  # hour the night theme starts when theme is "auto"
    night_until: int = 7  # hour it ends
    voice: bool = True
    voice_rate: float = -0.1  # QTextToSpeech rate, -1..1; a little slower than normal
    midwife_name: str = ""
    midwife_phone: str = ""  # the person's own numbers: empty until they enter them
    emergency_number: str = ""
    text_scale: float = 1.0  # one of TEXT_SCALES; Ctrl++ / Ctrl+- step through them
    language: Language = "system"  # one of LANGUAGES; COACH_LANG=en|ru overrides it

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


@record
class LoadResult:
    settings: Settings
    problem: str | None = None  # the warning's English source text; `warning` words it
    detail: str = ""  # put into the problem's %1

    @property
    def warning(self) -> str | None:
        """Shown to the person, plainly, once. Worded when read, not when loaded: the
        language is chosen from these very settings, so it is known only afterwards."""
        if self.problem is None:
            return None
        return fill(translate("Settings", self.problem), self.detail)


def _coerce(raw: object) -> Settings:
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    known = set(fields(Settings))
    values = {k: v for k, v in raw.items() if k in known}
    settings = Settings(**values)
    if not _valid_scale(settings.text_scale):  # a text size alone is not worth losing contacts
        settings = replace(settings, text_scale=Settings.text_scale)
    if settings.language not in LANGUAGES:  # nor is a language this Coach doesn't speak
        settings = replace(settings, language=Settings.language)
    if settings.theme not in THEME_MODES or not isinstance(settings.sound, bool):
        raise ValueError("bad theme or sound value")
    if not isinstance(settings.voice, bool) or not isinstance(settings.voice_rate, int | float):
        raise ValueError("bad voice settings")
    if not -1 <= settings.voice_rate <= 1:
        raise ValueError("voice rate out of range")
    for text in (settings.midwife_name, settings.midwife_phone, settings.emergency_number):
        if not isinstance(text, str) or len(text) > 80:
            raise ValueError("bad contact")
    for hour in (settings.night_from, settings.night_until):
        if not isinstance(hour, int) or not 0 <= hour <= 23:
            raise ValueError("bad night hours")
    return settings


def _valid_scale(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value in TEXT_SCALES


def load_settings(path: Path) -> LoadResult:
    """Read settings; a missing file gives defaults, a broken one is moved aside."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadResult(Settings())
    except OSError as exc:
        problem = QT_TRANSLATE_NOOP(
            "Settings", "Could not read your settings (%1); using defaults."
        )
        return LoadResult(Settings(), problem, str(exc.strerror))
    try:
        return LoadResult(_coerce(json.loads(text)))
    except (ValueError, TypeError):
        kept = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            path.replace(kept)
        problem = QT_TRANSLATE_NOOP(
            "Settings", "Your settings file could not be read; it was kept as %1."
        )
        return LoadResult(Settings(), problem, kept.name)


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write_text(path, json.dumps(as_dict(settings), indent=2, sort_keys=True) + "\n")
