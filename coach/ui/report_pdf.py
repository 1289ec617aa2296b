"""The clinician report as a PDF: QTextDocument (our own HTML) printed page by page.

Why page by page instead of QTextDocument.print_(): we want a footer with the disclaimer and
"Page X of Y" on every page. Everything the person typed is escaped, so a note reads exactly
as written and can't change the layout. The file is written atomically (bytes in memory,
then atomic_write_bytes), so a crash never leaves half a report.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from coach.core.atomic import atomic_write_bytes
from coach.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from coach.core.report import (
    ReportData,
    adherence,
    day_text,
    duration_text,
    frequency_text,
    percent,
    range_text,
    span_text,
    stop_reason_text,
    title_text,
)

ACCENT = "#3F7F80"
TEXT = "#2E2622"
MUTED = "#6E625A"
RULE = "#C9D6D6"  # light borders, a pale tint of the accent
BAND = "#EEF4F4"  # table header background
DPI = 300
MARGIN_MM = 15.0
FOOTER = QT_TRANSLATE_NOOP(
    "ReportPdf", "Coach does not diagnose. Recorded by the person on their own device."
)


def _e(text: object) -> str:
    """Escape anything that came from the person or a routine file."""
    return html.escape(str(text), quote=True)


def _lines(text: str) -> str:
    """Escaped, with the person's line breaks kept."""
    return "<br/>".join(_e(line) for line in text.splitlines())


def _sides(text: str) -> str:
    """Sides wrap only between entries ("left calf 2, right foot 1"), never inside one."""
    if not text:
        return "–"
    return ", ".join(_e(part).replace(" ", "&nbsp;") for part in text.split(", "))


class _Html:
    """Builds the report's HTML. Lengths are CSS pixels: Qt scales them to the PDF's dpi."""

    def __init__(self, data: ReportData) -> None:
        self.data = data

    def build(self) -> str:
        parts = [self._head(), self._routine(), self._weeks(), self._summary(), self._notes()]
        return "".join(parts)

    def _h2(self, text: str) -> str:
        return (
            f'<p style="font-size:12.5pt; color:{ACCENT}; font-weight:600;'
            f' margin-top:16px; margin-bottom:6px;">{_e(text)}</p>'
        )

    def _head(self) -> str:
        d = self.data
        meta = []
        if d.patient_label:
            meta.append(f"<b>{_e(d.patient_label)}</b>")
        meta.append(_e(range_text(d.start, d.end)))
        meta.append(_e(fill(translate("ReportPdf", "generated %1"), day_text(d.generated_on))))
        return (
            f'<p style="font-size:16pt; color:{ACCENT}; font-weight:600;'
            f' margin-bottom:4px;">{_e(title_text())}</p>'
            f'<p style="color:{MUTED}; margin-top:0;">{" &nbsp;·&nbsp; ".join(meta)}</p>'
        )

    def _pairs(self, rows: Iterable[tuple[str, str]]) -> str:
        """A borderless two-column block of label / value (values already escaped)."""
        cells = "".join(
            f'<tr><td style="color:{MUTED}; padding-right:12px;">{_e(label)}</td>'
            f"<td>{value}</td></tr>"
            for label, value in rows
        )
        return f'<table cellspacing="0" cellpadding="2">{cells}</table>'

    def _routine(self) -> str:
        r = self.data.routine
        if r is None:
            none = translate("ReportPdf", "No routine was assigned by a clinician for this report.")
            return self._h2(translate("ReportPdf", "Routine")) + (
                f'<p style="margin-top:0;">{_e(none)}</p>'
            )
        by = _e(r.prescriber) + (f", {_e(r.clinic)}" if r.clinic else "")
        rows = [
            (translate("ReportPdf", "Routine"), f"<b>{_e(r.title)}</b>"),
            (translate("ReportPdf", "Assigned by"), by),
        ]
        if r.issued:
            rows.append((translate("ReportPdf", "Issued"), _e(day_text(r.issued))))
        if r.review_by:
            rows.append((translate("ReportPdf", "Review by"), _e(day_text(r.review_by))))
        often = _e(frequency_text(r.per_day, r.days, r.times))
        rows.append((translate("ReportPdf", "How often"), often))
        if r.notes:
            rows.append((translate("ReportPdf", "Clinician's notes"), _lines(r.notes)))
        out = self._h2(translate("ReportPdf", "Assigned routine")) + self._pairs(rows)
        if r.steps:
            items = "".join(f"<li>{_e(step)}</li>" for step in r.steps)
            steps = _e(translate("ReportPdf", "Steps"))
            out += (
                f'<p style="margin-top:6px; margin-bottom:0; color:{MUTED};">{steps}</p>'
                f'<ol style="margin-top:2px; margin-bottom:0;">{items}</ol>'
            )
        return out

    def _weeks(self) -> str:
        d = self.data
        border = f"border: 1px solid {RULE};"
        heads = (
            (translate("ReportPdf", "Week of"), 14, "left"),
            (translate("ReportPdf", "Prescribed"), 12, "right"),
            (translate("ReportPdf", "Done"), 7, "right"),
            (translate("ReportPdf", "Adherence"), 12, "right"),
            (translate("ReportPdf", "Stopped early"), 10, "right"),
            (translate("ReportPdf", "Cramps"), 9, "right"),
            (translate("ReportPdf", "Avg time to ease"), 13, "right"),
            (translate("ReportPdf", "Sides"), 23, "left"),
        )
        sides_label = heads[-1][0]  # the only column whose cells may wrap
        head = "".join(
            f'<th width="{width}%" align="{align}" style="{border} background-color:{BAND};'
            f' color:{TEXT}; font-size:8.5pt; font-weight:600;">{_e(label)}</th>'
            for label, width, align in heads
        )
        has_routine = d.routine is not None

        def row(cells: tuple[str, ...], bold: bool = False) -> str:
            weight = " font-weight:600;" if bold else ""
            tds = "".join(
                f'<td align="{align}" style="{border}{weight}'
                f'{"" if label == sides_label else " white-space:nowrap;"}">{cell}</td>'
                for cell, (label, _, align) in zip(cells, heads, strict=True)
            )
            return f"<tr>{tds}</tr>"

        body = []
        for w in d.weeks:
            first = max(w.week_start, d.start)
            last = min(w.week_start + timedelta(days=6), d.end)
            body.append(
                row(
                    (
                        _e(span_text(first, last)),
                        str(w.prescribed) if has_routine else "–",
                        str(w.done),
                        _e(percent(adherence(w.done, w.prescribed))),
                        str(w.stopped),
                        str(w.cramps),
                        _e(duration_text(w.average_relief_s)),
                        _sides(w.sides),
                    )
                )
            )
        eased = [e.eased_after_s for e in d.episodes if e.eased_after_s is not None]
        body.append(
            row(
                (
                    _e(translate("ReportPdf", "All weeks")),
                    str(d.prescribed) if has_routine else "–",
                    str(d.done),
                    _e(percent(d.adherence)),
                    str(d.stopped),
                    str(d.cramps),
                    _e(duration_text(sum(eased) / len(eased) if eased else None)),
                    "",
                ),
                bold=True,
            )
        )
        table = (
            f'<table width="100%" cellspacing="0" cellpadding="4"'
            f' style="border-collapse:collapse; {border} font-size:9.5pt;">'
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
        )
        caption = translate(
            "ReportPdf",
            "Weeks start on Monday; the first and last weeks count only days in the range.",
        )
        if has_routine:
            caption += " " + translate(
                "ReportPdf", "Days before the routine was issued are not counted as prescribed."
            )
        else:
            caption += " " + translate(
                "ReportPdf", "Done and stopped early count every routine the person ran."
            )
        return (
            self._h2(translate("ReportPdf", "Week by week"))
            + table
            + f'<p style="color:{MUTED}; font-size:8.5pt; margin-top:3px;">'
            f"{_e(caption)}</p>"
        )

    def _summary(self) -> str:
        d = self.data
        items = []
        # Counts stand after a colon ("stopped early: 2"), so no language needs plural forms.
        if d.routine is not None:
            if d.stopped:
                overall = translate(
                    "ReportPdf",
                    "Overall adherence: <b>%1</b> (prescribed sessions done: %2 of %3, "
                    "stopped early: %4).",
                )
            else:
                overall = translate(
                    "ReportPdf",
                    "Overall adherence: <b>%1</b> (prescribed sessions done: %2 of %3).",
                )
            share = _e(percent(d.adherence))
            items.append(fill(overall, share, d.done_when_due, d.prescribed, d.stopped))
            extra = d.done - d.done_when_due
            if extra:
                more = translate(
                    "ReportPdf",
                    "Sessions done in weeks with nothing prescribed (for example before the "
                    "routine was issued): %1. They are not in the adherence figure.",
                )
                items.append(_e(fill(more, extra)))
        else:
            done = translate("ReportPdf", "Sessions done: <b>%1</b>; stopped early: %2.")
            items.append(fill(done, d.done, d.stopped))
        relief_walks = len(d.episodes)
        diary_cramps = d.cramps - relief_walks
        recorded = translate(
            "ReportPdf",
            "Cramps recorded: <b>%1</b> (with the relief walk-through: %2, noted in the "
            "diary: %3).",
        )
        items.append(fill(recorded, d.cramps, relief_walks, diary_cramps))
        eased = [e.eased_after_s for e in d.episodes if e.eased_after_s is not None]
        if eased:
            average = duration_text(sum(eased) / len(eased))
            longest = duration_text(max(eased))
            if relief_walks > len(eased):
                timing = translate(
                    "ReportPdf",
                    "Time until the cramp eased: average %1, longest %2; not marked as easing: %3.",
                )
            else:
                timing = translate(
                    "ReportPdf", "Time until the cramp eased: average %1, longest %2."
                )
            items.append(_e(fill(timing, average, longest, relief_walks - len(eased))))
        severities = sorted(e.severity for e in d.episodes if e.severity is not None)
        if severities:
            mid = severities[len(severities) // 2]
            severity = translate(
                "ReportPdf", "Severity (0–10): middle value %1, range %2–%3 (cramps rated: %4)."
            )
            items.append(_e(fill(severity, mid, severities[0], severities[-1], len(severities))))
        helped = d.helped
        if any(helped.values()):
            answers = translate(
                "ReportPdf",
                "Did it help? (asked after each routine): better %1, same %2, worse %3.",
            )
            counts = (helped.get("better", 0), helped.get("same", 0), helped.get("worse", 0))
            items.append(_e(fill(answers, *counts)))
        else:
            items.append(_e(translate("ReportPdf", "Did it help? No answers in this period.")))
        if d.stop_reasons:
            reasons = ", ".join(
                f"{stop_reason_text(reason)} {count}" for reason, count in d.stop_reasons.items()
            )
            why = translate("ReportPdf", "Why routines were stopped early (all routines): %1.")
            items.append(_e(fill(why, reasons)))
        lis = "".join(f"<li>{item}</li>" for item in items)
        return self._h2(translate("ReportPdf", "Summary")) + f'<ul style="margin-top:0;">{lis}</ul>'

    def _notes(self) -> str:
        d = self.data
        if not d.notes:
            none = _e(translate("ReportPdf", "No notes in this period."))
            return (
                self._h2(translate("ReportPdf", "Notes")) + f'<p style="color:{MUTED};">{none}</p>'
            )
        rows = "".join(
            f'<tr><td style="color:{MUTED}; padding-right:12px;" width="18%">'
            f"{_e(day_text(day))}</td><td>{_lines(note)}</td></tr>"
            for day, note in d.notes
        )
        return (
            self._h2(translate("ReportPdf", "Notes in their own words"))
            + f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
        )


def report_html(data: ReportData) -> str:
    """The report body as Qt rich text (exposed for tests and previews)."""
    return _Html(data).build()


def render_report_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes: A4, 15 mm margins, footer with page numbers."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title_text())
    writer.setCreator("Coach")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())

    body_font = QFont("DejaVu Sans")
    body_font.setStyleHint(QFont.StyleHint.SansSerif)
    body_font.setPointSizeF(10.5)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF should match what was typed.
    body_font.setFeature(QFont.Tag("liga"), 0)
    footer_font = QFont(body_font)
    footer_font.setPointSizeF(8.5)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(body_font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(f"body {{ color: {TEXT}; }}")
    doc.setHtml(f"<body>{report_html(data)}</body>")

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF")
    try:
        painter.setFont(footer_font)
        footer_h = painter.fontMetrics().height() * 2.2
        text_h = height - footer_h
        doc.setPageSize(QSizeF(width, text_h))
        pages = max(1, doc.pageCount())
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * text_h)
            context = QAbstractTextDocumentLayout.PaintContext()
            view = QRectF(0, number * text_h, width, text_h)
            painter.setClipRect(view)
            context.clip = view
            doc.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, footer_font, QRectF(0, text_h, width, footer_h), number + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _footer(painter: QPainter, font: QFont, area: QRectF, number: int, pages: int) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(RULE))
    top = area.top() + area.height() * 0.3
    painter.drawLine(int(area.left()), int(top), int(area.right()), int(top))
    painter.setPen(QColor(MUTED))
    lower = QRectF(area.left(), top, area.width(), area.bottom() - top)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(lower, int(align | Qt.AlignmentFlag.AlignLeft), translate("ReportPdf", FOOTER))
    page = fill(translate("ReportPdf", "Page %1 of %2"), number, pages)
    painter.drawText(lower, int(align | Qt.AlignmentFlag.AlignRight), page)
    painter.restore()


def write_report_pdf(data: ReportData, path: Path) -> None:
    """Render the report and write it atomically (private file, old file kept on failure)."""
    atomic_write_bytes(path, render_report_pdf(data), own_folder=False)
