"""Every text colour on every background it is drawn on, in every theme, is readable:
WCAG AA (4.5:1) for day and night, AAA (7:1) for high contrast; focus rings, field edges,
chart lines and the countdown's progress at 3:1 (non-text). Sizes are points, not pixels."""

from __future__ import annotations

import re

import pytest

from coach.core.settings import THEME_MODES
from coach.ui.theme import (
    DAY,
    HIGH_CONTRAST,
    NIGHT,
    THEMES,
    Theme,
    choose_theme,
    contrast,
    font_pt,
    stylesheet,
)

MINIMUM = {DAY.name: 4.5, NIGHT.name: 4.5, HIGH_CONTRAST.name: 7.0}

TEXT_ON = [  # (text colour, background), as the stylesheet, ring and charts pair them
    ("text", "window"),
    ("text", "surface"),
    ("muted", "window"),  # hints, "Next", time left, tool buttons
    ("muted", "surface"),  # the card's "Hold", placeholders, chart axes
    ("accent", "window"),  # notes
    ("accent", "surface"),
    ("accent_text", "accent"),  # primary buttons
    ("relief_text", "relief"),  # Cramp relief
    ("stop_text", "stop"),  # Stop, urgent advice
    ("warn_text", "warn"),  # the warning banner
    ("selected_text", "selected"),  # the chosen row of a list
]

NON_TEXT_ON = [
    ("focus", "window"),
    ("focus", "surface"),
    ("accent", "ring_track"),  # the countdown's progress on its track
    ("accent", "surface"),  # a ticked box
]


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
@pytest.mark.parametrize(("fg", "bg"), TEXT_ON)
def test_text_contrast(theme: Theme, fg: str, bg: str) -> None:
    ratio = contrast(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= MINIMUM[theme.name], f"{fg} on {bg}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_non_text_contrast(theme: Theme) -> None:
    pairs = [*NON_TEXT_ON, ("text" if theme.thick else "muted", "surface")]  # field edges
    low = {
        f"{fg} on {bg}": round(contrast(getattr(theme, fg), getattr(theme, bg)), 2)
        for fg, bg in pairs
    }
    low |= {f"series {c}": round(contrast(c, theme.surface), 2) for c in theme.series}
    assert {k: v for k, v in low.items() if v < 3} == {}


def test_chart_series_differ_from_each_other() -> None:
    for theme in THEMES.values():
        assert len(set(theme.series)) == 3


def test_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#777777", "#777777") == pytest.approx(1)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_high_contrast_is_black_with_white_and_yellow_and_thick_borders() -> None:
    t = HIGH_CONTRAST
    assert (t.window, t.text) == ("#000000", "#FFFFFF")
    assert "#FFFF00" in (t.muted, t.accent)
    sheet = stylesheet(t)
    assert "border: 2px solid #FFFFFF" in sheet  # cards and controls are outlined
    assert "high_contrast" in THEME_MODES


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_every_focusable_kind_has_a_visible_focus_rule(theme: Theme) -> None:
    sheet = stylesheet(theme)
    for kind in ("QPushButton", "QToolButton", "QLineEdit", "QCheckBox", "QListWidget"):
        assert re.search(rf"{kind}[^{{]*:focus", sheet), kind
    assert f"px solid {theme.focus}" in sheet and f"px double {theme.focus}" in sheet


def test_font_sizes_are_points_relative_to_the_system_font() -> None:
    sheet = stylesheet(DAY, 1.0, base_pt=11.0)
    assert not re.search(r"font-size:\s*\d+px", sheet)
    body = float(re.search(r"QWidget \{[^}]*font-size: ([\d.]+)pt", sheet).group(1))
    assert body == font_pt(17, 1.0, 11.0) == pytest.approx(17 * 0.75 * 11 / 9, abs=0.1)
    bigger = float(
        re.search(r"QWidget \{[^}]*font-size: ([\d.]+)pt", stylesheet(DAY, 1.5)).group(1)
    )
    assert bigger == pytest.approx(17 * 0.75 * 1.5, abs=0.1)
    assert font_pt(40, 1.75) < font_pt(40) * 1.75  # big text grows less than body text


def test_theme_choice() -> None:
    assert choose_theme("high_contrast", night=True, system_high_contrast=False) is HIGH_CONTRAST
    assert choose_theme("auto", night=False, system_high_contrast=True) is HIGH_CONTRAST
    assert choose_theme("auto", night=True, system_high_contrast=False) is NIGHT
    assert choose_theme("day", night=True, system_high_contrast=True) is DAY  # chosen wins
    assert choose_theme("night", night=False, system_high_contrast=False) is NIGHT


def test_theme_button_cycles_through_high_contrast(make_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()  # keys go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    app = QApplication.instance()
    seen = []
    for _ in THEME_MODES:
        qtbot.keyClick(window, Qt.Key.Key_T)
        seen.append((window.settings.theme, app.property("coachTheme")))
    assert seen == [
        ("day", "day"),
        ("night", "night"),
        ("high_contrast", "high_contrast"),
        ("auto", "day"),  # the fake hour is noon
    ]
    qtbot.keyClick(window, Qt.Key.Key_T)
    qtbot.keyClick(window, Qt.Key.Key_T)
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert "High contrast" in window.home.theme_button.text()
    assert window.home.theme_button.accessibleName() == "Theme: High contrast"
    assert window.player_screen.ring._theme is HIGH_CONTRAST


def test_auto_follows_the_systems_high_contrast_setting(make_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    import coach.ui.theme as theme

    window = make_window()
    assert QApplication.instance().property("coachTheme") == "day"
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    window.refresh_theme()
    assert QApplication.instance().property("coachTheme") == "high_contrast"
    window.cycle_theme()  # a chosen theme wins over the system's
    assert QApplication.instance().property("coachTheme") == "day"
