"""CSV export of the diary, for a clinician's spreadsheet. Columns: docs/history-csv.md."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from coach.core.atomic import atomic_write_text
from coach.core.csv_cells import safe_cell
from coach.core.history_store import HistoryStore

SESSION_COLUMNS = (
    "id", "routine_id", "routine_version", "routine_title", "started_at", "ended_at",
    "outcome", "stop_reason", "share_completed", "helped",
)  # fmt: skip
EPISODE_COLUMNS = (
    "id", "started_at", "ended_at", "side", "eased_after_s", "steps_used", "severity", "note",
)  # fmt: skip
DIARY_COLUMNS = ("id", "occurred_on", "cramps", "side", "note", "recorded_at")


def _table(columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return out.getvalue()


def export_csv(store: HistoryStore, folder: Path) -> list[Path]:
    """Write sessions.csv, episodes.csv and diary.csv into `folder`; returns their paths."""
    tables = {
        "sessions.csv": _table(SESSION_COLUMNS, [
            (s.id, s.routine_id, s.routine_version, s.routine_title, s.started_at.isoformat(),
             s.ended_at.isoformat(), s.outcome, s.stop_reason, s.share_completed, s.helped)
            for s in store.sessions()
        ]),
        "episodes.csv": _table(EPISODE_COLUMNS, [
            (e.id, e.started_at.isoformat(), e.ended_at.isoformat(), e.side, e.eased_after_s,
             " ".join(e.steps_used), e.severity, e.note)
            for e in store.episodes()
        ]),
        "diary.csv": _table(DIARY_COLUMNS, [
            (d.id, d.occurred_on.isoformat(), d.cramps, d.side, d.note,
             d.recorded_at.isoformat() if d.recorded_at else "")
            for d in store.diary()
        ]),
    }  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)  # made if missing, never re-permissioned
    paths = []
    for name, text in tables.items():
        path = folder / name
        atomic_write_text(path, text, own_folder=False)
        paths.append(path)
    return paths
