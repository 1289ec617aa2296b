"""The report a person takes back to their midwife or physiotherapist.

Why a separate module: the figures (prescribed vs done, cramps, time to ease) must be the
same in the PDF and the CSV, and testable without Qt. The assigned routine comes in as
plain values (PrescribedRoutine), so this module does not depend on the routine models.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from coach.core.body_words import place_text
from coach.core.csv_cells import safe_cell
from coach.core.history_records import HELPED, SIDES, DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.history_stats import week_start
from coach.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from coach.core.record import record
from coach.core.stop_advice import REASONS

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
# Month and weekday names come from the report's own words, not from the locale Qt has set,
# so the PDF reads the same on every machine for a given language.
MONTHS = (
    QT_TRANSLATE_NOOP("Report", "Jan"), QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"), QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"), QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"), QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"), QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"), QT_TRANSLATE_NOOP("Report", "Dec"),
)  # fmt: skip
DAY_NAMES = (
    QT_TRANSLATE_NOOP("Report", "Mon"), QT_TRANSLATE_NOOP("Report", "Tue"),
    QT_TRANSLATE_NOOP("Report", "Wed"), QT_TRANSLATE_NOOP("Report", "Thu"),
    QT_TRANSLATE_NOOP("Report", "Fri"), QT_TRANSLATE_NOOP("Report", "Sat"),
    QT_TRANSLATE_NOOP("Report", "Sun"),
)  # fmt: skip
TITLE = QT_TRANSLATE_NOOP("Report", "Coach report for your midwife or physiotherapist")

# Stop reasons in the person's plain words, for a clinician to read at a glance.
STOP_WORDS: dict[str, str] = {r.id: r.label for r in REASONS} | {
    "red_flag": QT_TRANSLATE_NOOP("Report", "warning sign at the check"),
    "stopped": QT_TRANSLATE_NOOP("Report", "no reason given"),
}


def title_text() -> str:
    return translate("Report", TITLE)


@record
class PrescribedRoutine:
    """What the clinician assigned, as plain values (independent of the routine schema)."""

    routine_id: str
    title: str
    prescriber: str
    clinic: str | None
    issued: date | None
    review_by: date | None
    per_day: int
    days: tuple[str, ...] | None  # e.g. ("mon", "wed", "fri"); None = every day
    times: tuple[str, ...]  # "21:30"
    notes: str | None
    steps: tuple[str, ...]  # "Standing wall calf stretch: 20 s hold x 3, each side"


@record
class WeekRow:
    week_start: date
    prescribed: int  # prescribed sessions on the week's days inside the range
    done: int  # sessions of the routine finished (all routines when none is assigned)
    stopped: int  # sessions of the routine stopped early
    cramps: int  # relief episodes plus cramps noted in the diary
    average_relief_s: float | None  # mean time until "it's easing"; None: no data
    sides: str  # "left calf 3, right calf 1"


@record
class ReportData:
    patient_label: str  # what the person chose to call themself on the report, may be ""
    start: date
    end: date  # inclusive
    routine: PrescribedRoutine | None  # None: a report without an assigned routine
    weeks: tuple[WeekRow, ...]
    helped: dict[str, int]  # {"better": n, "same": n, "worse": n}, all sessions in range
    episodes: tuple[EpisodeRecord, ...]  # in range, oldest first
    notes: tuple[tuple[date, str], ...]  # every non-empty episode and diary note in range
    stop_reasons: dict[str, int]  # all sessions stopped early in range, by reason id
    generated_on: date

    @property
    def prescribed(self) -> int:
        return sum(w.prescribed for w in self.weeks)

    @property
    def done(self) -> int:
        return sum(w.done for w in self.weeks)

    @property
    def done_when_due(self) -> int:
        """Done in weeks where something was prescribed: the numerator of overall adherence,
        so sessions before the routine was issued don't push adherence past what was asked."""
        return sum(w.done for w in self.weeks if w.prescribed > 0)

    @property
    def adherence(self) -> float | None:
        return adherence(self.done_when_due, self.prescribed)

    @property
    def stopped(self) -> int:
        return sum(w.stopped for w in self.weeks)

    @property
    def cramps(self) -> int:
        return sum(w.cramps for w in self.weeks)


# -- building ----------------------------------------------------------------------------
def _prescribed_days(routine: PrescribedRoutine, first: date, last: date) -> int:
    """Days in [first, last] on which the routine was due (not before it was issued)."""
    if routine.issued is not None:
        first = max(first, routine.issued)
    wanted = set(WEEKDAYS) if routine.days is None else {d.lower() for d in routine.days}
    count = 0
    day = first
    while day <= last:
        count += WEEKDAYS[day.weekday()] in wanted
        day += timedelta(days=1)
    return count


def _sides_text(counts: Counter[str]) -> str:
    """Known sides in a fixed order, then anything else alphabetically; zeros left out."""
    order = [s for s in SIDES if counts[s]] + sorted(s for s in counts if s not in SIDES)
    return ", ".join(f"{place_text(side)} {counts[side]}" for side in order if counts[side] > 0)


def build_report(
    sessions: Sequence[SessionRecord],
    episodes: Sequence[EpisodeRecord],
    diary: Sequence[DiaryEntry],
    start: date,
    end: date,
    routine: PrescribedRoutine | None,
    patient_label: str = "",
    today: date | None = None,
) -> ReportData:
    """Everything the report shows for `start`..`end` (inclusive), weeks starting on Monday.

    With a routine, done/stopped count only that routine's sessions; without one they count
    every session. "Did it help?" and stop reasons cover every session in range, so a warning
    sign met during another routine is never left out of what the clinician sees.
    """
    if end < start:
        raise ValueError("the report's end date is before its start date")

    def inside(day: date) -> bool:
        return start <= day <= end

    first_week = week_start(start)
    starts = [first_week]
    while starts[-1] + timedelta(weeks=1) <= end:
        starts.append(starts[-1] + timedelta(weeks=1))

    done = Counter[date]()
    stopped = Counter[date]()
    cramps = Counter[date]()
    relief: dict[date, list[float]] = {s: [] for s in starts}
    sides: dict[date, Counter[str]] = {s: Counter() for s in starts}
    helped = dict.fromkeys(HELPED, 0)
    stop_reasons: Counter[str] = Counter()

    in_range_sessions = [s for s in sessions if inside(s.started_at.date())]
    for s in in_range_sessions:
        if s.helped in helped:
            helped[s.helped] += 1
        if s.outcome == "stopped":
            stop_reasons[s.stop_reason or "stopped"] += 1
        if routine is not None and s.routine_id != routine.routine_id:
            continue
        key = week_start(s.started_at.date())
        if s.outcome == "finished":
            done[key] += 1
        elif s.outcome == "stopped":
            stopped[key] += 1

    kept_episodes = sorted(
        (e for e in episodes if inside(e.started_at.date())), key=lambda e: e.started_at
    )
    notes: list[tuple[date, str]] = []
    for e in kept_episodes:
        key = week_start(e.started_at.date())
        cramps[key] += 1
        if e.eased_after_s is not None:
            relief[key].append(e.eased_after_s)
        if e.side:
            sides[key][e.side] += 1
        if e.note.strip():
            notes.append((e.started_at.date(), e.note.strip()))
    for d in diary:
        if not inside(d.occurred_on):
            continue
        key = week_start(d.occurred_on)
        cramps[key] += d.cramps
        if d.side and d.cramps > 0:
            sides[key][d.side] += d.cramps
        if d.note.strip():
            notes.append((d.occurred_on, d.note.strip()))
    notes.sort(key=lambda n: n[0])  # stable: same-day notes keep episode-then-diary order

    weeks = []
    for ws in starts:
        prescribed = 0
        if routine is not None:
            days = _prescribed_days(routine, max(ws, start), min(ws + timedelta(days=6), end))
            prescribed = days * routine.per_day
        weeks.append(
            WeekRow(
                week_start=ws,
                prescribed=prescribed,
                done=done[ws],
                stopped=stopped[ws],
                cramps=cramps[ws],
                average_relief_s=sum(relief[ws]) / len(relief[ws]) if relief[ws] else None,
                sides=_sides_text(sides[ws]),
            )
        )
    return ReportData(
        patient_label=patient_label.strip(),
        start=start,
        end=end,
        routine=routine,
        weeks=tuple(weeks),
        helped=helped,
        episodes=tuple(kept_episodes),
        notes=tuple(notes),
        stop_reasons=dict(stop_reasons.most_common()),
        generated_on=today or date.today(),
    )


# -- words shared by the PDF and the CSV -------------------------------------------------------
def adherence(done: int, prescribed: int) -> float | None:
    """Done as a share of prescribed (may pass 1.0 with extra sessions); None: none due."""
    return done / prescribed if prescribed > 0 else None


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def day_text(day: date, year: bool = True) -> str:
    """E.g. "3 Mar 2025", in the report's language, whatever locale Qt has set."""
    text = f"{day.day} {translate('Report', MONTHS[day.month - 1])}"
    return f"{text} {day.year}" if year else text


def range_text(start: date, end: date) -> str:
    if start.year == end.year:
        return f"{day_text(start, year=False)} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def span_text(first: date, last: date) -> str:
    """A short day span without the year: "3–9 Mar", "31 Mar–6 Apr", "5 Mar"."""
    if first == last:
        return day_text(first, year=False)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_text(last, year=False)}"
    return f"{day_text(first, year=False)}–{day_text(last, year=False)}"


def duration_text(seconds: float | None) -> str:
    """How long a cramp took to ease, e.g. "45 s", "1 min 20 s"."""
    if seconds is None:
        return "–"
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if not minutes:
        return fill(translate("Report", "%1 s"), secs)
    if not secs:
        return fill(translate("Report", "%1 min"), minutes)
    return fill(translate("Report", "%1 min %2 s"), minutes, secs)


def _times_a_day(per_day: int) -> str:
    """Whole phrases: the word for "times" changes with the number in many languages."""
    phrases = {
        1: translate("Report", "once a day"),
        2: translate("Report", "twice a day"),
        3: translate("Report", "3 times a day"),
        4: translate("Report", "4 times a day"),
        5: translate("Report", "5 times a day"),
        6: translate("Report", "6 times a day"),  # the routine format allows up to 6
    }
    return phrases.get(per_day) or fill(translate("Report", "%1 times a day"), per_day)


def _and(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) == 1:
        return items[0]
    return fill(translate("Report", "%1 and %2"), ", ".join(items[:-1]), items[-1])


def frequency_text(per_day: int, days: Sequence[str] | None, times: Sequence[str]) -> str:
    """E.g. "once a day at 21:30, Mon Wed Fri"; no days (or all seven) reads as every day."""
    text = _times_a_day(per_day)
    if times:
        text = fill(translate("Report", "%1 at %2"), text, _and(times))
    wanted = None if days is None else {d.lower() for d in days}
    if wanted is not None and wanted != set(WEEKDAYS):
        pairs = zip(WEEKDAYS, DAY_NAMES, strict=True)
        text += ", " + " ".join(translate("Report", name) for day, name in pairs if day in wanted)
    return text


def stop_reason_text(reason: str) -> str:
    """A stop reason as a clinician reads it: "calf hot, red or swollen"."""
    if reason not in STOP_WORDS:
        return reason.replace("_", " ")
    context = "Report" if reason in ("red_flag", "stopped") else "StopAdvice"
    text = translate(context, STOP_WORDS[reason])
    return text[:1].lower() + text[1:]


# -- CSV ---------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "week_start", "prescribed", "done", "stopped", "cramps", "average_relief_s", "sides",
)  # fmt: skip


def _percent_number(share: float | None) -> str:
    return "" if share is None else str(round(share * 100))


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def report_csv(data: ReportData) -> str:
    """One CSV: "key,value" lines about the report, a blank line, then the weekly table."""
    r = data.routine
    header: list[tuple[str, object]] = [
        ("report", title_text()),
        ("patient", data.patient_label),
        ("start", data.start.isoformat()),
        ("end", data.end.isoformat()),
        ("generated_on", data.generated_on.isoformat()),
        ("routine", r.title if r else ""),
        ("routine_id", r.routine_id if r else ""),
        ("prescriber", r.prescriber if r else ""),
        ("clinic", (r.clinic or "") if r else ""),
        ("issued", _iso(r.issued) if r else ""),
        ("review_by", _iso(r.review_by) if r else ""),
        ("frequency", frequency_text(r.per_day, r.days, r.times) if r else ""),
        ("prescribed_total", data.prescribed),
        ("done_total", data.done),
        ("stopped_total", data.stopped),
        ("adherence_percent", _percent_number(data.adherence)),
        ("cramps_total", data.cramps),
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("key", "value"))
    writer.writerows((key, safe_cell(value)) for key, value in header)
    writer.writerow(())
    writer.writerow(CSV_COLUMNS)
    for w in data.weeks:
        relief = "" if w.average_relief_s is None else f"{w.average_relief_s:.1f}"
        row = (w.week_start.isoformat(), w.prescribed, w.done, w.stopped, w.cramps, relief, w.sides)
        writer.writerow(safe_cell(v) for v in row)
    return out.getvalue()
