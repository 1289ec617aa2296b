"""The Russian translation: complete, in step with the code, and what the screens show."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coach.core import resources
from coach.core.player import Answer
from coach.core.profile import ProfileAnswers
from coach.core.red_flags import questions
from coach.core.settings import Settings
from coach.ui.language import chosen_language, current_language, install_translations

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations" / "coach_ru.ts"
BIN = Path(sys.executable).parent
PLACES = re.compile(r"%\d|\{\d\}")  # "%1" (filled by fill()) and "{0}" (str.format)


def _messages(path: Path) -> list[ET.Element]:
    return [m for ctx in ET.parse(path).getroot().iter("context") for m in ctx.iter("message")]


def _pairs(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def _tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


# -- the .ts file ---------------------------------------------------------------------------
def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 300
    for m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"), (
            source
        )
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for form in forms:
            assert form.strip(), f"empty translation for {source!r}"
            assert sorted(PLACES.findall(form)) == sorted(PLACES.findall(source)), (source, form)


def test_every_count_has_all_three_russian_plural_forms() -> None:
    counted = [m for m in _messages(TS) if "%n" in (m.findtext("source") or "")]
    assert counted, "no plural messages at all"
    for m in counted:
        source = m.findtext("source")
        assert m.get("numerus") == "yes", f"{source!r} is not a plural message (use tr(..., n))"
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == 3 and all("%n" in f for f in forms), (source, forms)


def test_the_ts_file_is_in_step_with_the_code(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed, so the source can't be scanned")
    fresh = tmp_path / "coach_ru.ts"
    subprocess.run(
        ["bash", str(REPO / "scripts" / "update_translations.sh"), str(fresh)],
        check=True,
        capture_output=True,
        env={"LUPDATE": lupdate, "PATH": "/usr/bin:/bin"},
        cwd=REPO,
    )
    in_code, committed = _pairs(fresh), _pairs(TS)
    assert in_code - committed == set(), "new strings: run scripts/update_translations.sh"
    assert committed - in_code == set(), "gone strings: run scripts/update_translations.sh"


# -- Russian on screen ----------------------------------------------------------------------
@pytest.fixture
def russian(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Russian from the committed .ts (compiled afresh when lrelease is there)."""
    lrelease = _tool("pyside6-lrelease")
    if lrelease is not None:
        subprocess.run(
            [lrelease, "-silent", str(TS), "-qm", str(tmp_path / "coach_ru.qm")], check=True
        )
        monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    elif not (resources.translations_dir() / "coach_ru.qm").exists():
        pytest.skip("neither pyside6-lrelease nor a built coach_ru.qm is available")
    assert install_translations(qapp, "ru") == "ru"
    yield
    install_translations(qapp, "en")


def test_home_and_the_red_flag_check_speak_russian(russian, make_window) -> None:
    window = make_window()
    assert window.home.relief_button.text() == "Снять судорогу"
    assert questions()[0].startswith("Одна икра или нога")
    window.start_routine("bedtime")
    screen = window.player_screen
    assert "Одна икра или нога" in screen.questions.text()
    assert screen.kind_label.text() == "Проверка безопасности"
    window.controller.answer(Answer.CONTINUE)
    assert screen.pause_button.text() == "Пауза"


def test_plurals_dates_and_qt_buttons_follow_russian(russian) -> None:
    def cramps(n: int) -> str:
        return QCoreApplication.translate("HistoryScreen", "%n cramp(s)", None, n)

    from coach.ui.history_screen import HistoryScreen

    assert [HistoryScreen.tr("%n cramp(s)", "", n) for n in (1, 3, 5, 21)] == [
        "1 судорога",
        "3 судороги",
        "5 судорог",
        "21 судорога",
    ]
    assert cramps(2) == "2 судороги"
    assert QLocale().toString(QDate(2026, 11, 22), "d MMMM") == "22 ноября"
    assert current_language() == "ru"


def test_english_counts_read_naturally_without_any_translation_file(qapp) -> None:
    install_translations(qapp, "en")
    from coach.ui.history_screen import HistoryScreen

    assert HistoryScreen.tr("%n cramp(s)", "", 1) == "1 cramp"
    assert HistoryScreen.tr("%n cramp(s)", "", 2) == "2 cramps"


def test_a_missing_translation_file_falls_back_to_english(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="coach.ui.language"):
        assert install_translations(qapp, "ru") == "en"
    assert "no ru translation" in caplog.text
    assert questions()[0].startswith("One calf or leg")
    install_translations(qapp, "en")


def test_language_choice_order() -> None:
    assert chosen_language("en", env={"COACH_LANG": "ru"}) == "ru"
    assert chosen_language("ru", env={"COACH_LANG": "ru_RU.UTF-8"}) == "ru"
    assert chosen_language("ru", env={"COACH_LANG": "de"}) == "ru"  # not spoken: the setting
    assert chosen_language("system", env={}, system=["de-DE", "ru-RU", "en"]) == "ru"
    assert chosen_language("system", env={}, system=["de-DE"]) == "en"


def test_the_language_is_chosen_in_about_you(qtbot) -> None:
    from datetime import date

    from coach.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(ProfileAnswers(), Settings(language="en"), date(2026, 11, 22))
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert box.language() == "en" and box.note.isHidden()
    box.combo.setCurrentIndex(box.combo.findData("ru"))
    assert dialog.settings().language == "ru"
    assert not box.note.isHidden()  # "Takes effect when Coach restarts."
