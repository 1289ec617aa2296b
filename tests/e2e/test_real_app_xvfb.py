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
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

XVFB = shutil.which("Xvfb")
pytestmark = pytest.mark.skipif(
    XVFB is None and not os.environ.get("CI"), reason="Xvfb is not installed"
)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    assert XVFB, "Xvfb must be installed in CI (scripts/setup.sh installs it)"
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [XVFB, "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    ready, _, _ = select.select([read_fd], [], [], 30)
    number = os.read(read_fd, 32).decode().strip() if ready else ""
    os.close(read_fd)
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not report a display within 30 s")
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


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
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("selfcheck:"))
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
