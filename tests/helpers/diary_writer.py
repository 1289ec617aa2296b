"""Writes relief episodes forever, printing "ack N" after each commit (for the crash test)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coach.core.history_records import EpisodeRecord
from coach.core.history_store import HistoryStore


def main() -> None:
    path, first = Path(sys.argv[1]), int(sys.argv[2])
    result = HistoryStore.open(path)
    assert result.store is not None, result.message
    start = datetime(2026, 11, 1, 3, 0)
    seq = first
    while True:
        record = EpisodeRecord(
            start + timedelta(minutes=seq), start + timedelta(minutes=seq, seconds=90),
            "left calf", 42.0, ("bed_wall_foot_press",), seq % 11, f"seq-{seq}",
        )  # fmt: skip
        result.store.add_episode(record)
        sys.stdout.write(f"ack {seq}\n")
        sys.stdout.flush()
        seq += 1


if __name__ == "__main__":
    main()
