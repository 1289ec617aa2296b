"""Coach's benchmark: `python -m coach.bench [--runs N] [--json PATH]`.

Measures, in one run on a virtual X display, against a bare PySide6 window measured in the
same run (start-up figures move by up to half between runs on a shared machine, so compare
ratios): launch to first paint, relief from the command line, from a press in the app and
from a second process; memory and CPU; timing drift on the real clock; validation speed.
Prints a table and writes JSON. Targets are from the project's performance issue.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from coach.instance_client import send_to_running
from coach.xvfb import start_xvfb, stop_xvfb

PYTHON = sys.executable
CLK_TCK = os.sysconf("SC_CLK_TCK")
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare window")
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted wall={time.time():.6f}", flush=True)
            app.quit()
        return False
watch = Watch()
label.installEventFilter(watch)
label.resize(400, 200)
label.show()
app.exec()
"""


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    target: str
    ok: bool | None
    note: str = ""


def child_env(display: str) -> dict[str, str]:
    """As on a person's machine: bytecode is cached (some sandboxes switch that off)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def app_env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = {**child_env(display), "COACH_HOME": str(home)}
    env.update({"COACH_AUDIO": "off", "COACH_VOICE": "off", "COACH_SELFCHECK": "1"})
    env.update(extra)
    return env


def read_until(
    proc: subprocess.Popen[str], prefix: str | tuple[str, ...], timeout_s: float = 60
) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(prefix):
            return line.strip()
    raise RuntimeError(f"no {prefix!r} within {timeout_s} s")


def wall_of(line: str) -> float:
    return float(line.rsplit("wall=", 1)[1].split()[0])


def launch_to_paint(cmd: list[str], env: dict[str, str], prefix: str) -> float:
    """Milliseconds from spawning `cmd` to its `prefix ... wall=T` line."""
    return launch_to_paints(cmd, env, prefix, prefix)[0]


def launch_to_paints(
    cmd: list[str], env: dict[str, str], picture: str, live: str, then: str = ""
) -> tuple[float, float]:
    """Milliseconds from spawning `cmd` to the screen first on the display (the kept start
    picture, `picture`, or the real screen when there is none) and to the real screen
    (`live`: its widgets take input from then on); `then`: a line to wait for before the
    process is stopped."""
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)  # fmt: skip
    try:
        first = read_until(proc, (picture, live))
        line = first if first.startswith(live) else read_until(proc, live)
        if then:
            read_until(proc, then)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
    return (wall_of(first) - start) * 1000, (wall_of(line) - start) * 1000


# -- /proc sampling ---------------------------------------------------------------------------
def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def cpu_share(pid: int, seconds: float) -> float:
    """Share of one core used over `seconds` of wall time, in percent."""
    before, t0 = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / (time.monotonic() - t0) * 100


# -- the measurements -------------------------------------------------------------------------
def median(values: list[float]) -> float:
    return statistics.median(values)


def answered_about_you(home: Path) -> None:
    """A person who has used Coach before: the first-run questions are behind them."""
    from coach.core.profile import ProfileAnswers
    from coach.core.profile_store import save_profile

    answers = ProfileAnswers(week=30, week_entered_on=date.today(), completed=True)
    save_profile(home / "profile.json", answers)


def compile_coach() -> None:
    """Byte-compile Coach as an install does, so launches do not measure the compiler."""
    package = Path(__file__).resolve().parent
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(package)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def measure_launches(display: str, runs: int, tmp: Path) -> dict[str, list[float]]:
    """Bare window, Coach home, Coach --relief: interleaved so load affects all alike.

    The very first start checks every routine file and fills the start-up cache; it is
    measured once on its own ("first"). The medians are of ordinary starts after it.
    """
    out: dict[str, list[float]] = {
        "bare": [], "home": [], "relief": [], "first": [], "home_live": [], "relief_live": []
    }  # fmt: skip
    bare = [PYTHON, "-c", BARE_WINDOW]
    base_env = child_env(display)
    env = app_env(display, tmp / "launch")
    answered_about_you(tmp / "launch")
    home = ([PYTHON, "-m", "coach"], env, "selfcheck: picture page=home",
            "selfcheck: painted page=home")  # fmt: skip
    relief = ([PYTHON, "-m", "coach", "--relief"], env, "selfcheck: picture page=relief",
              "selfcheck: painted page=player")  # fmt: skip
    out["first"].append(launch_to_paints(*home, "selfcheck: picture kept")[1])
    launch_to_paints(*relief, "selfcheck: picture kept")  # as anyone's first relief does
    for _ in range(runs):
        out["bare"].append(launch_to_paint(bare, base_env, "painted"))
        for name, launch in (("home", home), ("relief", relief)):
            shown, live = launch_to_paints(*launch)
            out[name].append(shown)
            out[f"{name}_live"].append(live)
    return out


def measure_running_app(display: str, runs: int, tmp: Path) -> dict[str, object]:
    """Hand-over relief, memory and CPU of one running app."""
    env = app_env(display, tmp / "launch")  # the cache is warm: an ordinary start
    proc = subprocess.Popen([PYTHON, "-m", "coach"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    result: dict[str, object] = {}
    socket_path = tmp / "launch" / "coach-instance.sock"
    try:
        read_until(proc, "selfcheck: painted page=home")
        read_until(proc, "selfcheck: ready")  # hand-overs are taken after the first paint
        time.sleep(3)  # settle: after-first-paint work (profile, diary, sound) is done
        result["rss_home"] = rss_mb(proc.pid)
        result["cpu_idle"] = cpu_share(proc.pid, 10)
        handovers = []
        for _ in range(runs):
            start = time.time()
            subprocess.run([PYTHON, "-m", "coach", "--relief"], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            handovers.append(
                (wall_of(read_until(proc, "selfcheck: painted page=player")) - start) * 1000
            )
            send_to_running(socket_path, "home")
            read_until(proc, "selfcheck: painted page=home")
        send_to_running(socket_path, "relief")
        read_until(proc, "selfcheck: painted page=player")
        result["handover"] = handovers
        time.sleep(2)
        result["cpu_playing"] = cpu_share(proc.pid, 10)
        result["rss_playing"] = rss_mb(proc.pid)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
    return result


def measure_in_app_relief(display: str, runs: int) -> list[float]:
    env = child_env(display)
    script = Path(__file__).resolve().parent.parent / "scripts" / "measure_relief.py"
    code = (
        f"import runpy, sys; sys.argv = ['m', '{runs}']; "
        f"runpy.run_path({str(script)!r}, run_name='__main__')"
    )
    out = subprocess.run([PYTHON, "-c", code], env=env, capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split("times=")[1].split(",")]


def measure_timing() -> dict[str, float]:
    """A short routine on the real clock through the real Qt timer: lateness and drift."""
    code = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from coach.core.clock import MonotonicClock
from coach.core.models import Routine
from coach.core.player import EventKind
from coach.core.routine_files import load_library
from coach.core import resources
from coach.core.timeline import plan
from coach.ui.session_controller import SessionController, TICK_MS
app = QApplication([])
lib = load_library(resources.routines_dir())
routine = Routine.model_validate({"schema_version": 1, "id": "t", "title": "T", "kind": "relief",
    "steps": [{"exercise": "ankle_circles", "dose": {"duration_s": 5, "reps": 3, "rest_s": 5}},
              {"exercise": "standing_wall_calf_stretch",
               "dose": {"hold_s": 5, "reps": 3, "rest_s": 5}}]})
tl = plan(routine, lib.catalogue)
c = SessionController(tl, MonotonicClock())
late = []
c.player.subscribe(lambda e: late.append(float(e.value)) if e.kind == EventKind.SEGMENT else None)
c.ended.connect(lambda *_: app.quit())
c.start()
app.exec()
drift = c.player.finished_at_s - tl.total_s
print(f"segments={len(late)} total={tl.total_s} max_late_ms={max(late)*1000:.2f} "
      f"median_late_ms={sorted(late)[len(late)//2]*1000:.2f} drift_s={drift:.9f} tick_ms={TICK_MS}")
"""
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    return {k: float(v) for k, v in (p.split("=") for p in out.stdout.split())}


def measure_validation(tmp: Path, count: int = 1000) -> float:
    from coach.core import resources
    from coach.core.routine_files import load_library, validate_file

    library = load_library(resources.routines_dir(), resources.illustrations_dir())
    source = (resources.routines_dir() / "bedtime.yaml").read_text()
    folder = tmp / "many"
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"r{i}.yaml"
        path.write_text(source.replace("id: bedtime", f"id: bedtime_{i}"))
        paths.append(path)
    start = time.perf_counter()
    bad = sum(bool(validate_file(p, library, None, 20 + i % 20)) for i, p in enumerate(paths))
    elapsed = time.perf_counter() - start
    assert bad == 0
    return elapsed


# -- report ------------------------------------------------------------------------------------
def check(value: float | None, limit: float, lower_is_better: bool = True) -> bool | None:
    if value is None:
        return None
    return value <= limit if lower_is_better else value >= limit


def run(runs: int) -> list[Figure]:
    tmp = Path(tempfile.mkdtemp(prefix="coach-bench-"))
    compile_coach()
    xvfb, display = start_xvfb()
    try:
        launches = measure_launches(display, runs, tmp)
        bare, home, relief, first, home_live, relief_live = (
            median(launches[k])
            for k in ("bare", "home", "relief", "first", "home_live", "relief_live")
        )
        inapp = median(measure_in_app_relief(display, max(runs, 15)))
        running = measure_running_app(display, runs, tmp)
    finally:
        stop_xvfb(xvfb)
    timing = measure_timing()
    validation = measure_validation(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    handover = median(running["handover"])  # type: ignore[arg-type]
    rss_home = running["rss_home"][1]  # type: ignore[index]
    rss_play = running["rss_playing"][1]  # type: ignore[index]
    tick_s = timing["tick_ms"] / 1000
    playing, idle = float(running["cpu_playing"]), float(running["cpu_idle"])  # type: ignore[arg-type]
    drift_note = f"{int(timing['segments'])} segments, {timing['total']:.0f} s"
    tick_target = f"<= 1 tick ({timing['tick_ms']:.0f} ms)"
    return [
        Figure("bare PySide6 window, launch to first paint", bare, "ms", "floor", None),
        Figure("Coach launch to home painted", home, "ms", "<= 1.15x bare",
               check(home / bare, 1.15),
               f"{home / bare:.2f}x bare (the kept start picture)"),
        Figure("  ... to the real home screen (takes input)", home_live, "ms", "", None,
               f"{home_live / bare:.2f}x bare"),
        Figure("coach --relief launch to first cue painted", relief, "ms", "<= 1.3x bare",
               check(relief / bare, 1.3), f"{relief / bare:.2f}x bare (the kept start picture)"),
        Figure("  ... to the real relief screen (takes input)", relief_live, "ms", "", None,
               f"{relief_live / bare:.2f}x bare"),
        Figure("very first start to home (checks every file, fills the cache)", first, "ms",
               "", None, f"{first / bare:.2f}x bare, once per change of routine files"),
        Figure("relief in the running app: press to cue painted", inapp, "ms", "<= 16 ms",
               check(inapp, 16)),
        Figure("second coach --relief to cue painted in running window", handover, "ms",
               "<= 60 ms", check(handover, 60)),
        Figure("peak RSS, settled on home", rss_home, "MB", "<= 72 MB", check(rss_home, 72)),
        Figure("peak RSS, during relief (sound off: no audio device here)", rss_play, "MB",
               "<= 90 MB", check(rss_play, 90)),
        Figure("CPU while playing", playing, "% of a core", "<= 3 %", check(playing, 3)),
        Figure("CPU idle on home", idle, "% of a core", "<= 0.05 %", check(idle, 0.05)),
        Figure("end-of-routine drift (real clock)", timing["drift_s"] * 1000, "ms", "0",
               timing["drift_s"] == 0, drift_note),
        Figure("boundary lateness, worst", timing["max_late_ms"], "ms", tick_target,
               check(timing["max_late_ms"] / 1000, tick_s),
               f"median {timing['median_late_ms']:.1f} ms"),
        Figure("validate 1,000 routine files", validation, "s", "< 2 s", check(validation, 2)),
    ]  # fmt: skip


def table(figures: list[Figure]) -> str:
    rows = [("measure", "value", "target", "met", "note")]
    for f in figures:
        value = (
            "-"
            if f.value is None
            else f"{f.value:.2f} {f.unit}"
            if f.value < 100
            else f"{f.value:.0f} {f.unit}"
        )
        met = {True: "yes", False: "NO", None: ""}[f.ok]
        rows.append((f.name, value, f.target, met, f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m coach.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--runs", type=int, default=5, help="launches per figure (median)")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    args = parser.parse_args(argv)
    if shutil.which("Xvfb") is None:
        print("coach.bench needs Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 2
    figures = run(args.runs)
    print(table(figures))
    machine = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "uname": " ".join(os.uname()),
    }
    args.json.write_text(
        json.dumps(
            {"machine": machine, "runs": args.runs, "figures": [asdict(f) for f in figures]},
            indent=2,
        )
        + "\n"
    )
    print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
