"""A virtual X display for the end-to-end tests, the benchmark and the frozen smoke test.

One copy of a subtle start-up: Xvfb writes its display number and the newline separately and
exits ("Cannot write display number") if the pipe is closed in between, so the number is
read through the newline; then the display's socket must accept a connection.
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import time

SCREEN = "1280x900x24"


class XvfbError(RuntimeError):
    """Xvfb is missing or did not come up."""


def _start_once(program: str, screen: str) -> tuple[subprocess.Popen[bytes], str] | None:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [program, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    text = b""
    deadline = time.monotonic() + 30
    while not text.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_fd, 32) if ready else b""
        if not chunk:
            break
        text += chunk
    os.close(read_fd)
    number = text.decode().strip()
    if number and proc.poll() is None:
        with socket.socket(socket.AF_UNIX) as probe:
            probe.settimeout(5)
            try:
                probe.connect(f"/tmp/.X11-unix/X{number}")
                return proc, f":{number}"
            except OSError:
                pass
    proc.kill()
    proc.wait()
    return None


def start_xvfb(screen: str = SCREEN, tries: int = 3) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display; returns the process and its DISPLAY value (":N")."""
    program = shutil.which("Xvfb")
    if program is None:
        raise XvfbError("Xvfb is not installed (scripts/setup.sh installs it)")
    for _ in range(tries):  # a display number can be taken between Xvfb's check and ours
        started = _start_once(program, screen)
        if started is not None:
            return started
    raise XvfbError(f"Xvfb did not start accepting connections ({tries} tries)")


def stop_xvfb(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
