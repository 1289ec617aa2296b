"""Reading and writing the profile (profile.json): atomic, private, damage-tolerant."""

from __future__ import annotations

import contextlib
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from coach.core.atomic import atomic_write_text
from coach.core.i18n import fill, translate
from coach.core.profile import MAX_WEEK, ProfileAnswers
from coach.core.vocab import Condition


def _date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def answers_from_json(raw: Any) -> ProfileAnswers:
    """Strict: anything unexpected raises ValueError, and the file is kept aside."""
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    week = raw.get("week")
    if week is not None and (not isinstance(week, int) or not 0 <= week <= MAX_WEEK):
        raise ValueError("bad week")
    conditions = frozenset(Condition(c) for c in raw.get("conditions", []))
    return ProfileAnswers(
        due_date=_date(raw.get("due_date")),
        week=week,
        week_entered_on=_date(raw.get("week_entered_on")),
        conditions=conditions,
        completed=bool(raw.get("completed", False)),
    )


def answers_to_json(answers: ProfileAnswers) -> str:
    data = {
        "due_date": answers.due_date.isoformat() if answers.due_date else None,
        "week": answers.week,
        "week_entered_on": answers.week_entered_on.isoformat() if answers.week_entered_on else None,
        "conditions": sorted(c.value for c in answers.conditions),
        "completed": answers.completed,
    }
    return json.dumps(data, indent=2) + "\n"


def load_profile(path: Path) -> tuple[ProfileAnswers, str | None]:
    """The stored answers, and a plain warning when the file had to be set aside."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ProfileAnswers(), None
    except OSError as exc:
        return ProfileAnswers(), fill(
            translate("Profile", "Could not read your profile (%1)."), exc.strerror
        )
    try:
        return answers_from_json(json.loads(text)), None
    except (ValueError, TypeError):
        kept = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            path.replace(kept)
        return ProfileAnswers(), fill(
            translate("Profile", "Your profile could not be read; it was kept as %1."), kept.name
        )


def save_profile(path: Path, answers: ProfileAnswers) -> None:
    atomic_write_text(path, answers_to_json(answers))
