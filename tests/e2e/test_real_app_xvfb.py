"""The real app, in its own process, on a real X server (Xvfb, xcb platform).

It asks the app to grab the X screen once its window is up (COACH_SCREENSHOT) and checks
that the picture is not blank and that the right screen and cue were showing.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from coach.xvfb import XvfbError, start_xvfb, stop_xvfb

XVFB = shutil.which("Xvfb")
pytestmark = pytest.mark.skipif(
    XVFB is None and not os.environ.get("CI"), reason="Xvfb is not installed"
)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    try:
        proc, name = start_xvfb()
    except XvfbError as exc:
        pytest.fail(str(exc))
    yield name
    stop_xvfb(proc)


def run_app(display: str, tmp_path: Path, *args: str) -> tuple[str, QImage]:
    shot = tmp_path / "screen.png"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "COACH_HOME": str(tmp_path / "home"),
        "COACH_SCREENSHOT": str(shot),
        "COACH_AUDIO": "off",
    }
    out = subprocess.run(
        [sys.executable, "-m", "coach", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("selfcheck: first"))
    print(line)  # first-window time, for the record
    image = QImage(str(shot))
    assert not image.isNull()
    return line, image


def distinct_colours(image: QImage, step: int = 16) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_real_app_shows_a_home_screen_on_x(display: str, tmp_path: Path) -> None:
    line, image = run_app(display, tmp_path)
    assert "platform=xcb" in line
    assert "page='Home'" in line
    assert image.width() == 1280
    assert distinct_colours(image) > 8  # not a blank or single-colour screen


def test_relief_from_the_command_line_shows_the_first_cue(display: str, tmp_path: Path) -> None:
    line, image = run_app(display, tmp_path, "--relief")
    assert "page='Routine player'" in line
    assert "cue='Straighten the leg, heel first.'" in line
    assert distinct_colours(image) > 8


def read_line(stream, prefix: str, timeout_s: float = 60) -> str:
    """The first line starting with `prefix` on a child's stdout (waits on the pipe)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = stream.readline()
        if not line:
            break
        if line.startswith(prefix):
            return line
    raise AssertionError(f"no {prefix!r} line within {timeout_s} s")


HAND_OVER = (
    "import sys, time; t = time.perf_counter(); from coach.__main__ import main; "
    "rc = main(['--relief']); ms = (time.perf_counter() - t) * 1000; "
    "qt = sorted(m for m in sys.modules if m.startswith('PySide6')); "
    "print(f'handover rc={rc} ms={ms:.1f} qt={qt}')"
)


def test_second_coach_relief_hands_over_to_the_running_app(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "COACH_HOME": str(tmp_path / "home"),
        "COACH_SCREENSHOT": str(tmp_path / "screen.png"),
        "COACH_SCREENSHOT_DELAY_MS": "5000",
        "COACH_AUDIO": "off",
        "COACH_VOICE": "off",
    }
    first = subprocess.Popen(
        [sys.executable, "-m", "coach"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        read_line(first.stdout, "selfcheck: ready")
        second = subprocess.run(
            [sys.executable, "-c", HAND_OVER], env=env, capture_output=True, text=True, timeout=30
        )
        line = read_line(first.stdout, "selfcheck: first-window")
        first.wait(timeout=30)
    finally:
        first.kill()
        first.wait(timeout=30)
        first.stdout.close()
    print(second.stdout.strip())
    assert "handover rc=0" in second.stdout
    assert "qt=[]" in second.stdout  # the second process never imported Qt
    assert "page='Routine player'" in line
    assert "title='Heel-first calf stretch in bed'" in line


def start_lines(display: str, home: Path, *args: str) -> list[str]:
    env = {
        **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "COACH_HOME": str(home),
        "COACH_SELFCHECK": "1", "COACH_SELFCHECK_QUIT_MS": "1500", "COACH_AUDIO": "off",
        "COACH_VOICE": "off",
    }  # fmt: skip
    out = subprocess.run([sys.executable, "-m", "coach", *args], env=env, capture_output=True,
                         text=True, timeout=90, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return [line.rsplit(" wall=", 1)[0] for line in out.stdout.splitlines()]


def test_the_next_start_shows_the_kept_picture_then_the_real_screen(
    display: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    lines = start_lines(display, home)
    assert lines[0] == "selfcheck: painted page=home"  # nothing kept yet
    assert "selfcheck: picture kept page=home" in lines  # written after that paint
    assert (home / "start-pictures" / "home.picture").is_file()
    lines = start_lines(display, home)
    assert lines[:2] == ["selfcheck: picture page=home", "selfcheck: painted page=home"]
    assert "selfcheck: picture kept page=home" not in lines  # the same screen: not rewritten
    start_lines(display, home, "--relief")
    lines = start_lines(display, home, "--relief")
    assert lines[:2] == ["selfcheck: picture page=relief", "selfcheck: painted page=player"]
