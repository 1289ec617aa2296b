"""A main window on a fake clock, with no settings file and no real audio."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coach.core.clock import FakeClock
from coach.core.settings import Settings
from coach.ui.main_window import MainWindow


class Hour:
    """A settable hour of the day for the night-theme schedule."""

    def __init__(self, value: int = 12) -> None:
        self.value = value

    def __call__(self) -> int:
        return self.value


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def hour() -> Hour:
    return Hour(12)


@pytest.fixture
def make_window(qtbot, library, repo, clock, hour) -> Callable[..., MainWindow]:
    def make(**kwargs: object) -> MainWindow:
        options: dict[str, object] = {
            "library": library.copy(),
            "illustrations_dir": repo / "assets" / "illustrations",
            "settings": Settings(),
            "settings_path": None,
            "clock": clock,
            "hour": hour,
        }
        options.update(kwargs)
        window = MainWindow(**options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture(autouse=True, scope="session")
def _translators_as_at_start_up(qapp) -> None:
    """The app installs its translators at start-up; in English they give the plural forms
    ("1 cramp", "2 cramps"). Tests that switch language switch back to this."""
    from coach.ui.language import install_translations

    install_translations(qapp, "en")
