"""Regenerate the README screenshots: python scripts/screenshots.py [OUT_DIR [THEME...]]
(COACH_LANG=ru: every screen in Russian.)

Runs the real MainWindow offscreen on a fake clock, steps it to each state worth showing,
and saves a PNG of the window for the day and night themes.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from coach.core import resources  # noqa: E402
from coach.core.clock import FakeClock  # noqa: E402
from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord  # noqa: E402
from coach.core.history_store import HistoryStore  # noqa: E402
from coach.core.models import Routine  # noqa: E402
from coach.core.player import Answer  # noqa: E402
from coach.core.records import to_data  # noqa: E402
from coach.core.routine_files import load_library  # noqa: E402
from coach.core.settings import Settings  # noqa: E402
from coach.core.timeline import SegmentKind  # noqa: E402
from coach.ui.builder_dialog import BuilderDialog  # noqa: E402
from coach.ui.diary_keeper import DiaryKeeper  # noqa: E402
from coach.ui.language import chosen_language, install_translations  # noqa: E402
from coach.ui.main_window import MainWindow  # noqa: E402
from coach.ui.report_dialog import ReportDialog  # noqa: E402

SIZE = (1100, 820)


def advance_until(window: MainWindow, clock: FakeClock, done: Callable[[], bool]) -> None:
    for _ in range(10_000):
        if done():
            return
        clock.advance(0.5)
        assert window.controller is not None
        window.controller.tick()
    raise RuntimeError("state never reached")


TODAY = datetime(2026, 11, 22, 21, 0)
ASSIGNED = {
    "assigned": {
        "prescriber": "A. Midwife", "clinic": "City Maternity Unit", "issued": "2026-10-12",
        "review_by": "2027-01-10", "frequency": {"at": "21:30"},
        "notes": "Stretch every evening; stop if the calf is hot, red or swollen.",
    }
}  # fmt: skip


def seed_diary(path: Path) -> None:
    """Six weeks of plausible records: more bedtime stretching, fewer and shorter cramps."""
    store = HistoryStore.open(path).store
    assert store is not None
    rng = random.Random(4)
    for week in range(6):
        monday = TODAY - timedelta(days=TODAY.weekday() + 7 * (5 - week))
        for day in range(7):
            when = monday + timedelta(days=day)
            if when > TODAY:
                break
            if rng.random() < 0.25 + week * 0.13:
                start = when.replace(hour=21, minute=30)
                store.add_session(SessionRecord(
                    "bedtime", 1, "Bedtime wind-down", start, start + timedelta(minutes=9),
                    "finished", helped=rng.choice(["better", "better", "same"]),
                ))  # fmt: skip
            if rng.random() < 0.7 - week * 0.1:
                start = when.replace(hour=3, minute=rng.randint(0, 59))
                eased = rng.uniform(150, 260) - week * 22
                store.add_episode(EpisodeRecord(
                    start, start + timedelta(minutes=8), rng.choice(["left calf", "right calf"]),
                    round(eased), ("bed_wall_foot_press", "gentle_walk"), rng.randint(3, 8),
                ))  # fmt: skip
        store.add_diary(DiaryEntry((monday + timedelta(days=2)).date(), 1, "left foot"), TODAY)
    store.close()


def shoot(out: Path, theme: str) -> list[Path]:
    library = load_library(resources.routines_dir(), resources.illustrations_dir())
    clock = FakeClock()
    data = Path(tempfile.mkdtemp(prefix="coach-shots-"))
    seed_diary(data / "diary.sqlite3")
    window = MainWindow(
        library,
        resources.illustrations_dir(),
        Settings(theme=theme),  # type: ignore[arg-type]
        None,
        clock=clock,
        diary=DiaryKeeper(data / "diary.sqlite3", None, lambda: TODAY),
        now=lambda: TODAY,
    )
    window.resize(*SIZE)
    window.show()
    app = QApplication.instance()
    saved: list[Path] = []

    def save(name: str) -> None:
        window.activateWindow()  # the focus shows, as it would once a dialog has closed
        save_widget(window, name)

    def save_widget(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}-{theme}.png"
        widget.grab().save(str(path))
        saved.append(path)

    save("home")
    window.show_history()
    save("history")
    window.go_home()
    if theme == "day":
        saved += report_pages(window, library, out)
        show_imported(window, data)
        save("imported")
        window.home.show_reminder(None)
        builder = make_builder(window, library)
        save_widget(builder, "builder")
        builder.reject()
    window.edit_profile()
    dialog = window.profile_dialog
    dialog.use_week.setChecked(True)
    dialog.week.setValue(31)
    dialog.resize(660, 980)  # as on a real screen: the offscreen one is only 800 px tall
    save_widget(dialog, "profile")
    dialog.reject()
    window.start_routine("bedtime")
    save("check")
    to_wall_stretch(window, clock)
    save("player")
    window.request_stop()
    save_widget(window.stop_dialog, "stop")
    window.stop_dialog.reject()
    window.start_relief()
    save("relief")
    advance_until(window, clock, lambda: window.player_screen.escalation.isVisible())
    advance_until(window, clock, lambda: player_kind(window) == SegmentKind.HOLD)
    clock.advance(6)
    window.controller.tick()
    save("relief-escalated")
    window.controller.answer(Answer.EASING)
    window.controller.skip()
    window.controller.skip()
    window.controller.skip()
    advance_until(window, clock, lambda: window.stack.currentWidget() is window.finish)
    save("finish")
    window.diary.close()
    shutil.rmtree(data, ignore_errors=True)
    window.close()
    return saved


def to_wall_stretch(window: MainWindow, clock: FakeClock) -> None:
    """From the bedtime check to 7 s into the second wall calf stretch."""
    assert window.controller is not None
    window.controller.answer(Answer.CONTINUE)
    player = window.controller.player
    advance_until(
        window,
        clock,
        lambda: (
            player.segment.kind == SegmentKind.HOLD
            and player.segment.exercise_id == "standing_wall_calf_stretch"
            and player.segment.rep == 2
            and player.update().elapsed_s >= 7
        ),
    )


def shoot_extras(out: Path) -> list[Path]:
    """Home and player in high contrast, and at the largest text size (175 %, day)."""
    library = load_library(resources.routines_dir(), resources.illustrations_dir())
    saved: list[Path] = []
    for settings, suffix in (
        (Settings(theme="high_contrast"), "high_contrast"),
        (Settings(theme="day", text_scale=1.75), "day-text175"),
    ):
        clock = FakeClock()
        window = MainWindow(
            library, resources.illustrations_dir(), settings, None, clock=clock, now=lambda: TODAY
        )
        window.resize(*SIZE)
        window.show()
        for name in ("home", "player"):
            if name == "player":
                window.start_routine("bedtime")
                to_wall_stretch(window, clock)
            QApplication.instance().processEvents()
            path = out / f"{name}-{suffix}.png"
            window.grab().save(str(path))
            saved.append(path)
        window.diary.close()
        window.close()
    return saved


def shoot_russian(out: Path) -> list[Path]:
    """Home and player in Russian (day theme), for the README's Languages section."""
    app = QApplication.instance()
    if install_translations(app, "ru") != "ru":
        raise SystemExit("coach_ru.qm is missing: run bash scripts/setup.sh first")
    try:
        library = load_library(resources.routines_dir(), resources.illustrations_dir())
        clock = FakeClock()
        window = MainWindow(
            library,
            resources.illustrations_dir(),
            Settings(theme="day"),
            None,
            clock=clock,
            now=lambda: TODAY,
        )
        window.resize(*SIZE)
        window.show()
        saved: list[Path] = []
        for name in ("home", "player"):
            if name == "player":
                window.start_routine("bedtime")
                to_wall_stretch(window, clock)
            app.processEvents()
            path = out / f"{name}-ru.png"
            window.grab().save(str(path))
            saved.append(path)
        window.diary.close()
        window.close()
    finally:
        install_translations(app, "en")
    return saved


def report_pages(window: MainWindow, library, out: Path) -> list[Path]:
    """The clinician report for the sample diary, as PNG pages (needs pdftoppm)."""
    routine = Routine.model_validate({**to_data(library.routines["bedtime"]), **ASSIGNED})
    dialog = ReportDialog(window.diary.store, [routine], library, TODAY.date())
    dialog.start.setDate(dialog.start.date().addDays(-14))
    dialog.label.setText("J. (31 weeks)")
    pdf = Path(tempfile.mkdtemp(prefix="coach-report-")) / "report.pdf"
    dialog.save(pdf, "pdf")
    if shutil.which("pdftoppm") is None:
        return []
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(out / "report")], check=True)
    return sorted(out.glob("report-*.png"))


def show_imported(window: MainWindow, data: Path) -> None:
    """Import the routine from docs/routine-format.md and show its reminder."""
    text = (ROOT / "docs" / "routine-format.md").read_text()
    example = re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S).group(1)
    bundle = data / "evening.zip"
    pictures = ROOT / "assets" / "illustrations" / "ankle_pumps"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("evening/routine.yaml", example)
        for frame in ("frame1.svg", "frame2.svg"):
            zf.write(pictures / frame, f"evening/heel_slide/{frame}")
    window.clinic._dir = data / "routines"
    window.import_routine_file(bundle)
    for box in window.findChildren(QMessageBox):
        box.close()
    due = window.clinic.reminders.upcoming
    if due is not None:
        window.clinic.show_reminder(due)
    window.home.routine_list.scrollToBottom()


def make_builder(window: MainWindow, library) -> QWidget:
    """The routine builder editing the bedtime routine as a midwife's prescription."""
    routine = Routine.model_validate({**to_data(library.routines["bedtime"]), **ASSIGNED})
    dialog = BuilderDialog(library, 31, window, routine=routine)
    dialog.resize(1100, 760)
    dialog.show()
    dialog.routine()  # runs the live check now instead of after its short delay
    QApplication.instance().processEvents()
    return dialog


def player_kind(window: MainWindow) -> SegmentKind:
    assert window.controller is not None
    return window.controller.player.segment.kind


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Coach")
    language = os.environ.get("COACH_LANG")  # e.g. ru: every screen in that language
    install_translations(app, chosen_language("en"))  # as the app does at start-up
    themes = sys.argv[2:] or ["day", "night"]  # e.g. high_contrast, to look at every screen
    paths = [path for theme in themes for path in shoot(out, theme)]
    if len(sys.argv) <= 2 and not language:
        paths += shoot_extras(out) + shoot_russian(out)
    for path in paths:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
