"""The text size and the high-contrast theme as settings: saved, read back, and a bad
text size falls back to 100 % without losing the person's other settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.core.settings import TEXT_SCALES, Settings, load_settings, save_settings


def test_text_scale_defaults_to_the_system_size_and_round_trips(tmp_path: Path) -> None:
    assert Settings().text_scale == 1.0 == TEXT_SCALES[0]
    path = tmp_path / "settings.json"
    save_settings(path, Settings(text_scale=1.75, theme="high_contrast"))
    loaded = load_settings(path)
    assert loaded.warning is None
    assert (loaded.settings.text_scale, loaded.settings.theme) == (1.75, "high_contrast")


@pytest.mark.parametrize("bad", ["big", 3, 0, 1.3, True, None, [1.25]])
def test_a_bad_text_scale_resets_to_default_and_keeps_the_rest(tmp_path: Path, bad) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"text_scale": bad, "midwife_phone": "0123", "theme": "night"}))
    loaded = load_settings(path)
    assert loaded.settings == Settings(midwife_phone="0123", theme="night")
    assert path.exists()  # nothing was moved aside for a text size


def test_an_unknown_theme_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "neon"}))
    assert load_settings(path).warning is not None
