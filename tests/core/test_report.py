"""The clinician report's figures: what was prescribed, what was done, how the cramps went."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.report import (
    CSV_COLUMNS,
    PrescribedRoutine,
    ReportData,
    build_report,
    duration_text,
    frequency_text,
    percent,
    range_text,
    report_csv,
    span_text,
    stop_reason_text,
)

# March 2025: Mon 3, Wed 5, Mon 10, Mon 17, Tue 18, Mon 24, Mon 31.
WED_5 = date(2025, 3, 5)
TUE_18 = date(2025, 3, 18)


def routine(**changes: object) -> PrescribedRoutine:
    values: dict[str, object] = {
        "routine_id": "physio_calf",
        "title": "Calf stretches from the physio",
        "prescriber": "Sam Okafor",
        "clinic": "Riverside Maternity",
        "issued": None,
        "review_by": date(2025, 4, 14),
        "per_day": 1,
        "days": None,
        "times": ("21:30",),
        "notes": "Knee straight for the first stretch.",
        "steps": ("Standing wall calf stretch: 20 s hold x 3, each side",),
    }
    values.update(changes)
    return PrescribedRoutine(**values)  # type: ignore[arg-type]


def session(
    day: date,
    outcome: str = "finished",
    routine_id: str = "physio_calf",
    hour: int = 21,
    minute: int = 30,
    stop_reason: str | None = None,
    helped: str | None = None,
) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, minute)
    return SessionRecord(
        routine_id=routine_id,
        routine_version=1,
        routine_title=routine_id,
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        outcome=outcome,
        stop_reason=stop_reason,
        share_completed=1.0 if outcome == "finished" else 0.4,
        helped=helped,
    )


def episode(
    day: date,
    side: str | None = None,
    eased: float | None = None,
    note: str = "",
    hour: int = 2,
    severity: int | None = None,
) -> EpisodeRecord:
    start = datetime(day.year, day.month, day.day, hour, 10)
    return EpisodeRecord(
        started_at=start,
        ended_at=start + timedelta(minutes=3),
        side=side,
        eased_after_s=eased,
        severity=severity,
        note=note,
    )


def report(
    sessions: list[SessionRecord] | None = None,
    episodes: list[EpisodeRecord] | None = None,
    diary: list[DiaryEntry] | None = None,
    start: date = WED_5,
    end: date = TUE_18,
    assigned: PrescribedRoutine | None = None,
    **kwargs: object,
) -> ReportData:
    return build_report(
        sessions or [],
        episodes or [],
        diary or [],
        start,
        end,
        assigned,
        today=date(2025, 3, 19),
        **kwargs,  # type: ignore[arg-type]
    )


# -- weeks and prescribed counts ----------------------------------------------------------
def test_weeks_start_on_monday_and_cover_the_range() -> None:
    data = report(assigned=routine())
    assert [w.week_start for w in data.weeks] == [
        date(2025, 3, 3),
        date(2025, 3, 10),
        date(2025, 3, 17),
    ]


def test_every_day_prescription_is_clipped_to_the_range() -> None:
    data = report(assigned=routine())
    # Wed 5..Sun 9 = 5 days; a full week = 7; Mon 17..Tue 18 = 2
    assert [w.prescribed for w in data.weeks] == [5, 7, 2]
    assert data.prescribed == 14


def test_days_of_week_and_times_per_day() -> None:
    data = report(assigned=routine(days=("mon", "wed", "fri"), per_day=2))
    # week 1: Wed 5, Fri 7; week 2: Mon, Wed, Fri; week 3: Mon 17 only
    assert [w.prescribed for w in data.weeks] == [4, 6, 2]


def test_days_are_matched_case_insensitively_and_all_seven_mean_every_day() -> None:
    data = report(assigned=routine(days=("MON", "Tue", "wed", "thu", "fri", "sat", "sun")))
    assert [w.prescribed for w in data.weeks] == [5, 7, 2]


def test_single_day_range_in_the_middle_of_a_week() -> None:
    thursday = date(2025, 3, 13)
    data = report(start=thursday, end=thursday, assigned=routine(days=("thu",), per_day=3))
    assert len(data.weeks) == 1
    assert data.weeks[0].week_start == date(2025, 3, 10)
    assert data.weeks[0].prescribed == 3


def test_nothing_is_prescribed_before_the_routine_was_issued() -> None:
    data = report(assigned=routine(issued=date(2025, 3, 12)))
    # Wed 12..Sun 16 in week 2
    assert [w.prescribed for w in data.weeks] == [0, 5, 2]


def test_without_a_routine_nothing_is_prescribed() -> None:
    data = report(sessions=[session(WED_5)])
    assert [w.prescribed for w in data.weeks] == [0, 0, 0]
    assert data.adherence is None


# -- sessions ---------------------------------------------------------------------------
def test_done_and_stopped_count_only_the_assigned_routine() -> None:
    sessions = [
        session(WED_5),
        session(date(2025, 3, 6)),
        session(date(2025, 3, 7), "stopped", stop_reason="tired"),
        session(date(2025, 3, 7), routine_id="bedtime"),
        session(date(2025, 3, 11)),
        session(date(2025, 3, 12), "stopped", routine_id="bedtime", stop_reason="red_flag"),
    ]
    data = report(sessions=sessions, assigned=routine())
    assert [(w.done, w.stopped) for w in data.weeks] == [(2, 1), (1, 0), (0, 0)]
    # stop reasons cover every routine, so a warning sign is never hidden
    assert data.stop_reasons == {"tired": 1, "red_flag": 1}


def test_without_a_routine_every_session_counts() -> None:
    sessions = [session(WED_5), session(WED_5, routine_id="bedtime"), session(WED_5, "stopped")]
    data = report(sessions=sessions)
    assert (data.weeks[0].done, data.weeks[0].stopped) == (2, 1)


def test_range_is_inclusive_of_both_ends() -> None:
    sessions = [
        session(date(2025, 3, 4), hour=23, minute=59),  # the day before: out
        session(WED_5, hour=0, minute=0),  # first minute: in
        session(TUE_18, hour=23, minute=59),  # last minute of the end day: in
        session(date(2025, 3, 19), hour=0, minute=0),  # the day after: out
    ]
    episodes = [episode(date(2025, 3, 4)), episode(TUE_18), episode(date(2025, 3, 19))]
    diary = [
        DiaryEntry(date(2025, 3, 4), 5, note="before"),
        DiaryEntry(TUE_18, 2, note="last day"),
        DiaryEntry(date(2025, 3, 19), 7, note="after"),
    ]
    data = report(sessions, episodes, diary, assigned=routine())
    assert data.done == 2
    assert data.weeks[0].done == 1 and data.weeks[-1].done == 1
    assert data.cramps == 1 + 2
    assert len(data.episodes) == 1
    assert data.notes == ((TUE_18, "last day"),)


def test_overall_adherence_leaves_out_weeks_with_nothing_prescribed() -> None:
    sessions = [session(date(2025, 3, 6)), session(date(2025, 3, 13)), session(TUE_18)]
    data = report(sessions=sessions, assigned=routine(issued=date(2025, 3, 10)))
    assert data.done == 3
    assert data.done_when_due == 2
    assert data.prescribed == 9
    assert data.adherence == pytest.approx(2 / 9)
    assert percent(data.adherence) == "22%"


def test_helped_counts_every_answered_session_in_range() -> None:
    sessions = [
        session(WED_5, helped="better"),
        session(WED_5, routine_id="bedtime", helped="better"),
        session(date(2025, 3, 6), helped="worse"),
        session(date(2025, 3, 7), helped=None),
        session(date(2025, 3, 1), helped="same"),  # before the range
    ]
    data = report(sessions=sessions, assigned=routine())
    assert data.helped == {"better": 2, "same": 0, "worse": 1}


def test_a_stop_without_a_reason_is_counted_as_no_reason() -> None:
    data = report(sessions=[session(WED_5, "stopped")])
    assert data.stop_reasons == {"stopped": 1}
    assert stop_reason_text("stopped") == "no reason given"


# -- cramps ------------------------------------------------------------------------------
def test_cramps_add_relief_episodes_and_diary_cramps() -> None:
    episodes = [episode(WED_5), episode(date(2025, 3, 9)), episode(date(2025, 3, 12))]
    diary = [DiaryEntry(date(2025, 3, 6), 2), DiaryEntry(date(2025, 3, 11), 0, note="none!")]
    data = report(episodes=episodes, diary=diary)
    assert [w.cramps for w in data.weeks] == [4, 1, 0]


def test_average_relief_uses_only_episodes_that_eased() -> None:
    episodes = [
        episode(WED_5, eased=30.0),
        episode(date(2025, 3, 6), eased=90.0),
        episode(date(2025, 3, 7), eased=None),
    ]
    data = report(episodes=episodes)
    assert data.weeks[0].average_relief_s == pytest.approx(60.0)
    assert data.weeks[1].average_relief_s is None


def test_sides_are_counted_in_a_fixed_order_with_diary_cramps_weighted() -> None:
    episodes = [
        episode(WED_5, side="right calf"),
        episode(date(2025, 3, 6), side="left calf"),
        episode(date(2025, 3, 7), side="left calf"),
        episode(date(2025, 3, 8), side=None),
    ]
    diary = [
        DiaryEntry(date(2025, 3, 8), 3, side="left calf"),
        DiaryEntry(date(2025, 3, 9), 0, side="right foot"),  # no cramps: no side either
        DiaryEntry(date(2025, 3, 9), 1, side="not sure"),
    ]
    data = report(episodes=episodes, diary=diary)
    assert data.weeks[0].sides == "left calf 5, right calf 1, not sure 1"
    assert data.weeks[1].sides == ""


def test_notes_are_dated_sorted_stripped_and_never_empty() -> None:
    episodes = [
        episode(date(2025, 3, 12), note="  woke at 2am, left calf  "),
        episode(WED_5, note="   "),
    ]
    diary = [
        DiaryEntry(date(2025, 3, 6), 1, note="after a long walk"),
        DiaryEntry(date(2025, 3, 12), 1, note="second one"),
        DiaryEntry(date(2025, 3, 7), 1, note=""),
    ]
    data = report(episodes=episodes, diary=diary)
    assert data.notes == (
        (date(2025, 3, 6), "after a long walk"),
        (date(2025, 3, 12), "woke at 2am, left calf"),
        (date(2025, 3, 12), "second one"),
    )


def test_episodes_in_range_are_kept_oldest_first() -> None:
    late, early = episode(date(2025, 3, 12)), episode(WED_5)
    data = report(episodes=[late, early, episode(date(2025, 3, 20))])
    assert data.episodes == (early, late)


# -- the report as a whole ----------------------------------------------------------------
def test_label_dates_and_generated_day() -> None:
    data = report(patient_label="  Alex  ", assigned=routine())
    assert data.patient_label == "Alex"
    assert (data.start, data.end) == (WED_5, TUE_18)
    assert data.generated_on == date(2025, 3, 19)
    assert build_report([], [], [], WED_5, WED_5, None).generated_on == date.today()


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before"):
        build_report([], [], [], TUE_18, WED_5, None)


# -- words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("per_day", "days", "times", "expected"),
    [
        (1, ("mon", "wed", "fri"), ("21:30",), "once a day at 21:30, Mon Wed Fri"),
        (1, None, ("21:30",), "once a day at 21:30"),
        (2, None, ("08:00", "21:30"), "twice a day at 08:00 and 21:30"),
        (3, ("sun", "sat"), (), "3 times a day, Sat Sun"),
        (1, ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), (), "once a day"),
    ],
)
def test_frequency_in_words(
    per_day: int, days: tuple[str, ...] | None, times: tuple[str, ...], expected: str
) -> None:
    assert frequency_text(per_day, days, times) == expected


def test_durations_dates_and_reasons_in_words() -> None:
    assert duration_text(None) == "–"
    assert duration_text(45.4) == "45 s"
    assert duration_text(80) == "1 min 20 s"
    assert duration_text(120) == "2 min"
    assert span_text(date(2025, 3, 3), date(2025, 3, 9)) == "3–9 Mar"
    assert span_text(date(2025, 3, 31), date(2025, 4, 6)) == "31 Mar–6 Apr"
    assert range_text(WED_5, TUE_18) == "5 Mar – 18 Mar 2025"
    assert range_text(date(2024, 12, 30), WED_5) == "30 Dec 2024 – 5 Mar 2025"
    assert stop_reason_text("calf_red_hot_swollen") == "calf hot, red or swollen"
    assert stop_reason_text("red_flag") == "warning sign at the check"
    assert stop_reason_text("tired") == "just tired"
    assert stop_reason_text("something_new") == "something new"


# -- CSV ----------------------------------------------------------------------------------
def _parse(text: str) -> tuple[dict[str, str], list[list[str]]]:
    head, _, table = text.partition("\n\n")
    rows = list(csv.reader(io.StringIO(head)))
    assert rows[0] == ["key", "value"]
    return {k: v for k, v in rows[1:]}, list(csv.reader(io.StringIO(table)))


def test_csv_has_a_header_block_then_the_weekly_table() -> None:
    sessions = [session(WED_5), session(date(2025, 3, 7), "stopped", stop_reason="pain")]
    episodes = [episode(WED_5, side="left calf", eased=42.25)]
    data = report(sessions, episodes, assigned=routine(days=("mon", "wed", "fri")))
    header, table = _parse(report_csv(data))
    assert header["routine"] == "Calf stretches from the physio"
    assert header["prescriber"] == "Sam Okafor"
    assert header["clinic"] == "Riverside Maternity"
    assert header["start"] == "2025-03-05"
    assert header["end"] == "2025-03-18"
    assert header["review_by"] == "2025-04-14"
    assert header["frequency"] == "once a day at 21:30, Mon Wed Fri"
    assert header["adherence_percent"] == "17"  # 1 of 6
    assert tuple(table[0]) == CSV_COLUMNS
    assert table[1] == ["2025-03-03", "2", "1", "1", "1", "42.2", "left calf 1"]
    assert table[2] == ["2025-03-10", "3", "0", "0", "0", "", ""]
    assert len(table) == 1 + 3


def test_csv_without_a_routine_leaves_routine_fields_empty() -> None:
    header, table = _parse(report_csv(report()))
    assert header["routine"] == header["prescriber"] == header["adherence_percent"] == ""
    assert len(table) == 4


def test_csv_defuses_formulas_but_not_numbers() -> None:
    assigned = routine(title="+SUM(A1:A9)", prescriber='=HYPERLINK("http://x")', clinic="@clinic")
    episodes = [episode(WED_5, side="-left")]
    data = report(episodes=episodes, assigned=assigned, patient_label="-12.5")
    header, table = _parse(report_csv(data))
    assert header["routine"] == "'+SUM(A1:A9)"
    assert header["prescriber"] == '\'=HYPERLINK("http://x")'
    assert header["clinic"] == "'@clinic"
    assert header["patient"] == "-12.5"  # a plain number stays a number
    assert table[1][-1] == "'-left 1"
    for row in table[1:]:
        assert not any(cell[:1] in "=+@" for cell in row if cell)
