"""Pregnancy dates, the profile file, Stop advice and contacts."""

from __future__ import annotations

from datetime import date

import pytest

from coach.core.models import Condition
from coach.core.profile import ProfileAnswers, trimester_for_week, week_from_due_date
from coach.core.profile_store import load_profile, save_profile
from coach.core.red_flags import QUESTIONS, YES_ADVICE
from coach.core.stop_advice import REASONS, advice_for, contact_lines

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("week", "trimester"), [(0, 1), (13, 1), (14, 2), (26, 2), (27, 3), (41, 3)]
)
def test_trimesters_follow_the_hse(week: int, trimester: int) -> None:
    assert trimester_for_week(week) == trimester


def test_week_from_due_date() -> None:
    assert week_from_due_date(TODAY, TODAY) == 40
    assert week_from_due_date(date(2027, 2, 28), TODAY) == 26  # 98 days to go: 182 days in
    assert week_from_due_date(date(2028, 1, 1), TODAY) == 0


def test_a_typed_week_moves_on_by_itself() -> None:
    answers = ProfileAnswers(week=20, week_entered_on=TODAY)
    assert answers.week_on(TODAY) == 20
    assert answers.week_on(date(2026, 12, 6)) == 22
    assert answers.profile_on(date(2027, 2, 14)).trimester == 3


def test_profile_round_trips_atomically_and_privately(tmp_path) -> None:
    path = tmp_path / "cfg" / "profile.json"
    answers = ProfileAnswers(
        due_date=date(2027, 3, 1), conditions=frozenset({Condition.SWOLLEN_LEGS}), completed=True
    )
    save_profile(path, answers)
    assert load_profile(path) == (answers, None)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["profile.json"]  # no temp files left


def test_a_broken_profile_is_kept_aside_and_defaults_used(tmp_path) -> None:
    path = tmp_path / "profile.json"
    path.write_text('{"week": "lots"}')
    answers, warning = load_profile(path)
    assert answers == ProfileAnswers()
    assert warning and "kept as profile.json.broken-" in warning
    kept = list(tmp_path.glob("profile.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text() == '{"week": "lots"}'


def test_every_stop_answer_has_advice_and_urgent_ones_point_to_help() -> None:
    ids = {r.id for r in REASONS}
    assert ids == {"pain", "dizziness", "bleeding", "contractions", "calf_red_hot_swollen", "tired"}
    for reason in REASONS:
        assert advice_for(reason.id) is reason and reason.advice
        if reason.urgent:
            assert "midwife" in reason.advice or "emergency" in reason.advice
    assert "not a cramp" in advice_for("calf_red_hot_swollen").advice
    assert "Don't massage" in advice_for("calf_red_hot_swollen").advice
    assert advice_for("unknown") is None


def test_red_flag_questions_cover_the_brief() -> None:
    text = " ".join(QUESTIONS).lower()
    for sign in (
        "swollen, red, hot",
        "breathlessness",
        "chest pain",
        "bleeding",
        "contractions",
        "headache",
        "blurred vision",
        "dizziness",
        "baby moving less",
    ):
        assert sign in text
    assert "emergency" in YES_ADVICE and "midwife" in YES_ADVICE


def test_contact_lines_use_only_what_the_person_entered() -> None:
    assert contact_lines("Ward 4", "0123", "112") == "Ward 4: 0123\nEmergency: 112"
    assert contact_lines("", "0123", "") == "Midwife: 0123"
    assert "Add your midwife" in contact_lines("", "", "")
