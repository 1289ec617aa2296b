"""The core's translation hook, the language setting, and words for where a cramp is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.core import i18n
from coach.core.body_words import place_text
from coach.core.i18n import fill, translate
from coach.core.red_flags import QUESTIONS, questions
from coach.core.settings import Settings, load_settings, save_settings


@pytest.fixture(autouse=True)
def _english():
    before = i18n._translator  # a UI test session may have installed Qt's
    i18n.set_translator(None)
    yield
    i18n.set_translator(before)


def test_translate_is_the_source_text_without_a_translator() -> None:
    assert translate("RedFlags", "Calf swollen, red or hot?") == "Calf swollen, red or hot?"
    assert questions() == QUESTIONS
    assert translate("X", "%n cramp(s)", None, 1) == "1 cramp"
    assert translate("X", "%n cramp(s)", None, 3) == "3 cramps"


def test_an_installed_translator_is_used_everywhere_in_core() -> None:
    words = {("Places", "Left calf"): "Левая икра"}
    i18n.set_translator(lambda ctx, text, dis=None, n=-1: words.get((ctx, text), f"[{ctx}]"))
    assert questions()[0] == "[RedFlags]"
    assert place_text("Left calf") == "Левая икра"
    assert place_text("left calf") == "левая икра"  # the case of the first letter is kept


def test_fill_puts_values_in_one_pass() -> None:
    assert fill("%1, %2 of %3", "Left calf", 2, 3) == "Left calf, 2 of 3"
    assert fill("%2 then %1", "a%2", "b") == "b then a%2"  # a value's own "%2" stays
    assert fill("50% of %1", "x") == "50% of x"


def test_place_words_keep_the_stored_value_for_unknown_places() -> None:
    assert place_text("left calf") == "left calf"
    assert place_text("Left calf") == "Left calf"
    assert place_text("both") == "both legs"
    assert place_text("calves") == "calves"
    assert place_text("") == ""


def test_language_setting_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(language="ru", midwife_phone="0123"))
    loaded = load_settings(path)
    assert loaded.settings.language == "ru" and loaded.warning is None
    assert Settings().language == "system"


@pytest.mark.parametrize("bad", ["klingon", "", 7, None, ["ru"]])
def test_an_unknown_language_resets_to_system_and_keeps_the_rest(tmp_path: Path, bad) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": bad, "midwife_phone": "0123", "theme": "night"}))
    loaded = load_settings(path)
    assert loaded.settings.language == "system"
    assert (loaded.settings.midwife_phone, loaded.settings.theme) == ("0123", "night")
    assert loaded.warning is None and path.exists()  # nothing moved aside for it


def test_a_settings_warning_is_worded_when_read(tmp_path: Path) -> None:
    """The language comes from the settings, so their own warning is translated later."""
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    loaded = load_settings(path)
    assert loaded.warning is not None and "could not be read" in loaded.warning
    i18n.set_translator(lambda ctx, text, dis=None, n=-1: text.replace("could not", "XX"))
    assert "XX be read" in (loaded.warning or "")
