"""The clinician report PDF: it opens, fits on one or two pages, and says what the data says.

poppler-utils (pdftoppm, pdftotext) check the file from outside Qt. Without them the test is
skipped on a developer machine, but fails on CI, where they must be installed.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.report import PrescribedRoutine, ReportData, build_report
from coach.ui.report_pdf import FOOTER, report_html, write_report_pdf

TRICKY_NOTE = 'Cramp at 2am <b>&" eased after walking'
START, END = date(2025, 3, 5), date(2025, 4, 1)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} (poppler-utils) is required on CI")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def sample(routine: bool = True) -> ReportData:
    assigned = PrescribedRoutine(
        routine_id="physio_calf",
        title="Calf stretches from the physio",
        prescriber="Sam Okafor",
        clinic="Riverside Maternity Unit",
        issued=date(2025, 3, 3),
        review_by=date(2025, 4, 14),
        per_day=1,
        days=("mon", "wed", "fri"),
        times=("21:30",),
        notes="Keep the knee straight for the first stretch.",
        steps=(
            "Warning-sign check",
            "Standing wall calf stretch: 20 s hold x 3, each side",
            "Seated towel stretch: 30 s hold x 2, each side",
        ),
    )
    sessions, episodes, diary = [], [], []
    for i in range((END - START).days + 1):
        day = START + timedelta(days=i)
        if day.weekday() in (0, 2, 4) and i % 4 != 1:
            out = "stopped" if i % 9 == 0 else "finished"
            sessions.append(
                SessionRecord(
                    "physio_calf",
                    1,
                    assigned.title,
                    _at(day, 21, 30),
                    _at(day, 21, 38),
                    out,
                    "tired" if out == "stopped" else None,
                    1.0 if out == "finished" else 0.5,
                    ("better", "same")[i % 2],
                )
            )
        if i % 3 == 0:
            episodes.append(
                EpisodeRecord(
                    _at(day, 2, 10),
                    _at(day, 2, 14),
                    ("left calf", "right calf")[i % 2],
                    30.0 + i,
                    severity=i % 8,
                    note=TRICKY_NOTE if i == 6 else "",
                )
            )
    diary.append(DiaryEntry(date(2025, 3, 20), 2, "left foot", "Two after a long day on my feet"))
    return build_report(
        sessions,
        episodes,
        diary,
        START,
        END,
        assigned if routine else None,
        patient_label="Alex (32 weeks)",
        today=date(2025, 4, 2),
    )


def _pages(pdf: Path, tmp_path: Path) -> list[Path]:
    subprocess.run(
        [_tool("pdftoppm"), "-png", "-r", "60", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    return sorted(tmp_path.glob("page*.png"))


def _text(pdf: Path) -> str:
    out = subprocess.run(
        [_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(out.stdout.split())  # one line: wrapping must not break the checks


def test_report_pdf_opens_fits_and_says_what_the_data_says(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    write_report_pdf(sample(), pdf)

    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600  # health data stays private
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temp file left behind
    assert 1 <= len(_pages(pdf, tmp_path)) <= 2

    text = _text(pdf)
    assert "Coach report for your midwife or physiotherapist" in text
    assert "Alex (32 weeks)" in text
    assert "5 Mar – 1 Apr 2025" in text
    assert "Sam Okafor, Riverside Maternity Unit" in text
    assert "once a day at 21:30, Mon Wed Fri" in text
    assert "Standing wall calf stretch: 20 s hold x 3, each side" in text
    assert "Week of" in text and "Adherence" in text
    assert "Keep the knee straight for the first stretch." in text  # no "fi" ligature
    # a week row: prescribed, done, adherence, stopped early, cramps, time to ease, sides
    assert "10–16 Mar 3 1 33% 0 2 38 s left calf 1, right calf 1" in text
    assert "All weeks 12 8 67% 1 12 44 s" in text
    assert "Overall adherence" in text
    assert "just tired" in text
    assert "Two after a long day on my feet" in text
    assert TRICKY_NOTE in text  # escaped: shown literally, not taken as markup
    assert FOOTER in text
    assert "Page 1 of" in text


def test_report_without_a_routine_and_replacing_an_old_file(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"old")
    write_report_pdf(sample(routine=False), pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _text(pdf)
    assert "No routine was assigned by a clinician" in text
    assert "Sam Okafor" not in text
    assert 1 <= len(_pages(pdf, tmp_path)) <= 2


def test_every_text_from_the_person_is_escaped() -> None:
    body = report_html(sample())
    assert "&lt;b&gt;&amp;&quot;" in body
    assert "<b>&" not in body
