"""Never lose a record: a writer is killed with SIGKILL at random moments, 200 times.

Every record the writer acknowledged (printed "ack N" after its commit) must be there
afterwards, and the database must pass PRAGMA integrity_check every time.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from coach.core.history_store import HistoryStore

WRITER = Path(__file__).resolve().parent.parent / "helpers" / "diary_writer.py"
KILLS = 200


def test_sigkill_at_random_moments_loses_no_acknowledged_record(tmp_path: Path) -> None:
    db = tmp_path / "diary.sqlite3"
    rng = random.Random(2026)
    acknowledged: set[int] = set()
    failed_checks = 0
    seq = 0
    started = time.perf_counter()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(seq)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 12)):
            line = proc.stdout.readline()
            assert line.startswith("ack "), line
            acknowledged.add(int(line.split()[1]))
        os.kill(proc.pid, signal.SIGKILL)  # somewhere inside the next write
        proc.wait()
        proc.stdout.close()
        seq = max(acknowledged) + 1000  # fresh numbers for the next writer
        store = HistoryStore.open(db).store
        assert store is not None
        failed_checks += store.integrity() != "ok"
        store.close()
    store = HistoryStore.open(db).store
    assert store is not None
    present = {int(e.note.removeprefix("seq-")) for e in store.episodes()}
    lost = acknowledged - present
    elapsed = time.perf_counter() - started
    print(
        f"\ncrash harness: {KILLS} kills, {len(acknowledged)} acknowledged records, "
        f"{len(lost)} lost, {failed_checks} failed integrity checks, {elapsed:.1f} s"
    )
    assert lost == set()
    assert failed_checks == 0
