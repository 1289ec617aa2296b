#!/usr/bin/env python3
"""Smoke-test the frozen one-folder app in dist/coach-VERSION/ (build it with scripts/build_app.sh).

Runs, each with its own temporary COACH_HOME, COACH_AUDIO=off and COACH_SCREENSHOT:
  * `coach`          on a private Xvfb (QT_QPA_PLATFORM=xcb)
  * `coach --relief` on the same Xvfb, with the mock speech engine
  * `coach`          with QT_QPA_PLATFORM=offscreen
  * `coach` twice on one home: the second start shows the kept start picture, then home
  * `coach validate routines/bedtime.yaml` (must exit 0) and `coach list`
and checks statically that the Qt modules Coach imports lazily (QtCharts for History,
QtTextToSpeech for voice) are in the bundle with all their libraries resolvable.

A GUI run fails when its output mentions ModuleNotFoundError, ImportError, a Qt platform plugin
that could not be loaded, or a Traceback, or when no `selfcheck: first-window-ms=` line appears
within 20 s. Exit status 0 when everything passed, 1 otherwise. Takes ~10 s.

Usage: python scripts/smoke_frozen.py [--bundle dist/coach-0.1.0]
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.xvfb import XvfbError, start_xvfb, stop_xvfb

ROOT = Path(__file__).resolve().parent.parent
WINDOW_TIMEOUT_S = 20
BAD_MARKERS = (
    "ModuleNotFoundError",
    "ImportError",
    "Could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
    "no Qt platform plugin could be initialized",
    "Traceback",
    "Fatal Python error",
)
# Imported lazily by the app, so a GUI smoke run alone does not prove they are bundled.
REQUIRED_FILES = (
    "PySide6/QtCore.abi3.so",
    "PySide6/QtGui.abi3.so",
    "PySide6/QtWidgets.abi3.so",
    "PySide6/QtSvg.abi3.so",
    "PySide6/QtCharts.abi3.so",
    "PySide6/QtTextToSpeech.abi3.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    "assets",
    "routines/bedtime.yaml",
    "routines/i18n/ru.yaml",
    "coach/translations/coach_ru.qm",
    "PySide6/Qt/translations/qtbase_ru.qm",
)
# System libraries a desktop provides and the bundle deliberately does not carry.
SYSTEM_ONLY = ("libspeechd.so",)


class SmokeFailure(Exception):
    pass


def project_version() -> tuple[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return project["name"], project["version"]


def bundle_size(bundle: Path) -> str:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    du = subprocess.run(["du", "-sh", str(bundle)], capture_output=True, text=True)
    human = du.stdout.split()[0] if du.returncode == 0 and du.stdout else f"{total / 2**20:.0f}M"
    return f"{human} on disk ({total / 2**20:.1f} MiB in {len(files)} files)"


def start_display() -> tuple[subprocess.Popen[bytes], str]:
    try:
        return start_xvfb()
    except XvfbError as exc:
        raise SmokeFailure(str(exc)) from None


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COACH_"))}
    env.update(COACH_HOME=str(home), COACH_AUDIO="off", PYTHONDONTWRITEBYTECODE="1")
    for key in ("PYTHONPATH", "PYTHONHOME", "LD_LIBRARY_PATH", "XDG_RUNTIME_DIR"):
        env.pop(key, None)  # the frozen app must stand on its own
    return env


def run_gui(exe: Path, label: str, args: list[str], extra_env: dict[str, str]) -> str:
    """Start the frozen app, wait for its selfcheck line; return that line or raise."""
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as tmp:
        shot = Path(tmp) / "shot.png"
        env = base_env(Path(tmp) / "home")
        env.update(COACH_SCREENSHOT=str(shot), **extra_env)
        start = time.monotonic()
        proc = subprocess.Popen(
            [str(exe), *args],
            env=env,
            cwd=tmp,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # one stream: markers are looked for in both
        )
        output, selfcheck = b"", None
        deadline = start + WINDOW_TIMEOUT_S
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 65536) if ready else b""
            if not chunk:
                break  # EOF: the app quit (after the selfcheck line, or crashed)
            output += chunk
            for line in output.decode(errors="replace").splitlines():
                if line.startswith("selfcheck: first-window-ms="):
                    selfcheck = line
            if selfcheck:
                break
        # After the selfcheck line the app quits by itself; collect the rest of its output.
        try:
            rest, _ = proc.communicate(timeout=10)
            output += rest or b""
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, _ = proc.communicate()
            output += rest or b""
        elapsed = time.monotonic() - start
        text = output.decode(errors="replace")
        problems = [m for m in BAD_MARKERS if m in text]
        if selfcheck is None:
            problems.append(f"no selfcheck line within {WINDOW_TIMEOUT_S} s")
        elif not shot.is_file() or shot.stat().st_size == 0:
            problems.append("no screenshot written")
        if proc.returncode is not None and proc.returncode < 0:
            problems.append(f"killed by signal {-proc.returncode}")
        if problems:
            raise SmokeFailure(
                f"{label}: {'; '.join(problems)} (exit {proc.returncode}, {elapsed:.1f} s)\n"
                f"--- output ---\n{text.rstrip()}\n--------------"
            )
        noise = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("selfcheck:")]
        print(f"ok   {label:<28} {elapsed:4.1f} s  {selfcheck}")
        for line in noise:
            print(f"       | {line}")
        return selfcheck


def run_picture_starts(exe: Path, label: str, extra_env: dict[str, str]) -> None:
    """Two starts on one home: the first keeps a picture of home, the second shows it first
    and then the real screen (the start path that reads the bundled modules' sources)."""
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as tmp:
        env = base_env(Path(tmp) / "home")
        env.update(COACH_SELFCHECK="1", COACH_SELFCHECK_QUIT_MS="2500", **extra_env)
        seen: list[list[str]] = []
        for _ in range(2):
            proc = subprocess.run(
                [str(exe)], env=env, cwd=tmp, stdin=subprocess.DEVNULL,
                capture_output=True, text=True, timeout=WINDOW_TIMEOUT_S,
            )  # fmt: skip
            text = proc.stdout + proc.stderr
            problems = [m for m in BAD_MARKERS if m in text]
            if problems:
                raise SmokeFailure(f"{label}: {'; '.join(problems)}\n--- output ---\n{text}")
            marks = ("selfcheck: picture page", "selfcheck: painted")
            lines = proc.stdout.splitlines()
            seen.append([ln.split(" wall=")[0] for ln in lines if ln.startswith(marks)])
    wanted = ["selfcheck: picture page=home", "selfcheck: painted page=home"]
    if seen[0][:1] != wanted[1:] or seen[1][:2] != wanted:
        raise SmokeFailure(f"{label}: expected a plain start, then a picture start: {seen}")
    print(f"ok   {label:<28} first start kept a picture; the second showed it, then home")


def run_cli(exe: Path, label: str, args: list[str], want_exit: int = 0) -> str:
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as tmp:
        env = base_env(Path(tmp) / "home")
        proc = subprocess.run(
            [str(exe), *args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    text = proc.stdout + proc.stderr
    problems = [m for m in BAD_MARKERS if m in text]
    if proc.returncode != want_exit:
        problems.append(f"exit {proc.returncode}, wanted {want_exit}")
    if not proc.stdout.strip():
        problems.append("printed nothing")
    if problems:
        raise SmokeFailure(f"{label}: {'; '.join(problems)}\n--- output ---\n{text.rstrip()}")
    lines = proc.stdout.strip().splitlines()
    print(f"ok   {label:<28} {len(lines)} line(s): {lines[0]}")
    for line in lines[1:]:
        print(f"       | {line}")
    return proc.stdout


def check_bundle(internal: Path) -> None:
    """Lazily imported Qt modules are present and every bundled ELF file's libraries resolve."""
    missing = [rel for rel in REQUIRED_FILES if not (internal / rel).exists()]
    if missing:
        raise SmokeFailure(f"bundle is missing: {', '.join(missing)}")
    if shutil.which("ldd") is None:
        print("note ldd not found: library resolution not checked")
        return
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    unresolved: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                lib = line.split("=>")[0].strip()
                unresolved.setdefault(lib, set()).add(str(path.relative_to(internal)))
    serious = {k: v for k, v in unresolved.items() if not k.startswith(SYSTEM_ONLY)}
    for lib, users in sorted(unresolved.items()):
        if lib not in serious:
            print(f"note {lib} not on this system (needed only by {', '.join(sorted(users))})")
    if serious:
        listing = "; ".join(f"{k} <- {', '.join(sorted(v))}" for k, v in sorted(serious.items()))
        raise SmokeFailure(
            f"bundled files need libraries that are neither bundled nor here: {listing}"
        )
    print("ok   bundle contents             lazily imported Qt modules present, libraries resolve")


def main(argv: list[str] | None = None) -> int:
    name, version = project_version()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / f"{name}-{version}")
    args = parser.parse_args(argv)
    exe = args.bundle / name
    if not exe.is_file():
        print(f"FAIL {exe} does not exist: run scripts/build_app.sh first", file=sys.stderr)
        return 1
    print(f"bundle {args.bundle}: {bundle_size(args.bundle)}")
    xvfb = None
    try:
        check_bundle(args.bundle / "_internal")
        xvfb, display = start_display()
        xcb = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        run_gui(exe, "xcb: coach", [], xcb)
        run_gui(exe, "xcb: coach --relief", ["--relief"], {**xcb, "COACH_VOICE_ENGINE": "mock"})
        run_gui(exe, "offscreen: coach", [], {"QT_QPA_PLATFORM": "offscreen"})
        run_picture_starts(exe, "xcb: start picture", xcb)
        russian = run_gui(
            exe, "xcb: COACH_LANG=ru --relief", ["--relief"], {**xcb, "COACH_LANG": "ru"}
        )
        if "Выпрямите" not in russian:
            raise SmokeFailure(f"the Russian relief cue did not show: {russian}")
        run_cli(exe, "coach validate bedtime.yaml", ["validate", "routines/bedtime.yaml"])
        run_cli(exe, "coach list", ["list"])
    except SmokeFailure as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    finally:
        if xvfb is not None:
            stop_xvfb(xvfb)
    print(f"PASS frozen smoke test ({args.bundle.name}, {bundle_size(args.bundle)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
