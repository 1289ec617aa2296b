"""Measure in-app relief: press on Cramp relief -> first cue painted (offscreen or on X).

    python scripts/measure_relief.py [RUNS]

Prints the median and range in milliseconds. The press goes through the real button and
the timing stops when the cue label has been painted.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from coach.core import resources
from coach.core.routine_files import load_library
from coach.core.settings import Settings
from coach.ui.main_window import MainWindow


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    app = QApplication.instance() or QApplication([])
    library = load_library(resources.routines_dir(), resources.illustrations_dir())
    window = MainWindow(library, resources.illustrations_dir(), Settings(theme="night"), None)
    window.show()
    app.processEvents()
    watch = PaintWatch()
    window.player_screen.cue_label.installEventFilter(watch)
    times = []
    for _ in range(runs):
        window.go_home()
        app.processEvents()
        watch.painted_at = None
        start = time.perf_counter()
        window.home.relief_button.click()
        while watch.painted_at is None:
            app.processEvents()
        times.append((watch.painted_at - start) * 1000)
    print(
        f"in-app relief, press -> first cue painted: median {statistics.median(times):.1f} ms "
        f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs, {app.platformName()})"
    )
    print("times=" + ",".join(f"{t:.3f}" for t in times))
    window.close()


if __name__ == "__main__":
    main()
