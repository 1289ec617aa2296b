"""History: a list by day and weekly charts, so the person sees whether stretching helps.

QtCharts is imported here only, and this module only when History is first opened.

Signals:
    back_requested(), export_requested(), delete_requested(), add_entry_requested()
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.history_stats import WeekSummary
from coach.ui.theme import Theme

EMPTY_TEXT = (
    "Nothing here yet.\n\nEach bedtime or daytime routine you do, each cramp you ease with "
    "Cramp relief, and each diary entry will appear here by day, with weekly charts of "
    "cramps beside bedtime sessions, so you and your midwife can see whether stretching helps."
)

HELPED_TEXT = {"better": "felt better", "same": "felt the same", "worse": "felt worse"}


def _clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


def day_lines(
    sessions: Sequence[SessionRecord],
    episodes: Sequence[EpisodeRecord],
    diary: Sequence[DiaryEntry],
) -> dict[date, list[str]]:
    """Human lines per day, newest day first, in time order within the day."""
    by_day: dict[date, list[tuple[str, str]]] = defaultdict(list)
    for s in sessions:
        what = "finished" if s.outcome == "finished" else f"stopped ({s.stop_reason or 'early'})"
        helped = f", {HELPED_TEXT[s.helped]}" if s.helped else ""
        by_day[s.started_at.date()].append(
            (s.started_at.strftime("%H:%M"), f"{s.routine_title}: {what}{helped}")
        )
    for e in episodes:
        eased = (
            f"eased after {_clock(e.eased_after_s)}"
            if e.eased_after_s is not None
            else "not marked as eased"
        )
        where = f", {e.side}" if e.side else ""
        severity = f" ({e.severity}/10)" if e.severity is not None else ""
        note = f" — {e.note}" if e.note else ""
        by_day[e.started_at.date()].append(
            (e.started_at.strftime("%H:%M"), f"Cramp{where}: {eased}{severity}{note}")
        )
    for d in diary:
        where = f", {d.side}" if d.side else ""
        note = f" — {d.note}" if d.note else ""
        count = "1 cramp" if d.cramps == 1 else f"{d.cramps} cramps"
        by_day[d.occurred_on].append(("", f"Diary: {count}{where}{note}"))
    return {
        day: [text for _, text in sorted(items)]
        for day, items in sorted(by_day.items(), reverse=True)
    }


class HistoryScreen(QWidget):
    back_requested = Signal()
    export_requested = Signal()
    delete_requested = Signal()
    add_entry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("History")
        self._theme: Theme | None = None
        title = QLabel("History")
        title.setProperty("role", "title")
        self.back_button = QPushButton("◀  Home")
        self.add_button = QPushButton("Add diary entry")
        self.export_button = QPushButton("Export CSV…")
        self.delete_button = QPushButton("Delete all data…")
        for button, text in (
            (self.back_button, "Back to the home screen (Esc)"),
            (self.add_button, "Note cramps you had without using Coach"),
            (self.export_button, "Save sessions, cramps and diary as CSV files"),
            (self.delete_button, "Delete every record in your diary"),
        ):
            button.setAccessibleName(button.text().strip("◀ …"))
            button.setAccessibleDescription(text)
            button.setToolTip(text)
        self.back_button.clicked.connect(self.back_requested)
        self.add_button.clicked.connect(self.add_entry_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_button)

        self.days = QTreeWidget()
        self.days.setHeaderHidden(True)
        self.days.setWordWrap(True)
        self.days.setUniformRowHeights(False)
        self.days.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.days.setAccessibleName("Records by day")
        self.cramp_chart = QChartView()
        self.cramp_chart.setAccessibleName("Cramps and bedtime sessions per week")
        self.relief_chart = QChartView()
        self.relief_chart.setAccessibleName("Average time until a cramp eased, per week")
        for view in (self.cramp_chart, self.relief_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        charts = QWidget()
        chart_box = QVBoxLayout(charts)
        chart_box.setContentsMargins(0, 0, 0, 0)
        chart_box.addWidget(self.cramp_chart)
        chart_box.addWidget(self.relief_chart)
        split = QSplitter()
        split.addWidget(self.days)
        split.addWidget(charts)
        split.setSizes([440, 560])

        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "cue")
        self.empty.setAccessibleName("No records yet")
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(split)
        self.unavailable = QLabel()
        self.unavailable.setProperty("role", "banner")
        self.unavailable.setWordWrap(True)
        self.unavailable.hide()

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 20)
        root.addLayout(top)
        root.addWidget(self.unavailable)
        root.addWidget(self.body, 1)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    def show_unavailable(self, message: str | None) -> None:
        self.unavailable.setText(message or "")
        self.unavailable.setVisible(bool(message))

    def show_data(
        self,
        sessions: Sequence[SessionRecord],
        episodes: Sequence[EpisodeRecord],
        diary: Sequence[DiaryEntry],
        weeks: Sequence[WeekSummary],
    ) -> None:
        lines = day_lines(sessions, episodes, diary)
        self.days.clear()
        for day, texts in lines.items():
            parent = QTreeWidgetItem([day.strftime("%A %d %B %Y")])
            for text in texts:
                QTreeWidgetItem(parent, [text])
            self.days.addTopLevelItem(parent)
            parent.setExpanded(True)
        self.body.setCurrentIndex(1 if lines else 0)
        has_data = bool(lines)
        self.export_button.setEnabled(has_data)
        self.delete_button.setEnabled(has_data)
        self.cramp_chart.setChart(self._cramp_chart(weeks))
        self.relief_chart.setChart(self._relief_chart(weeks))

    def _style(self, chart: QChart, title: str) -> QChart:
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self._theme is not None:
            t = self._theme
            chart.setBackgroundBrush(QColor(t.surface))
            chart.setTitleBrush(QColor(t.text))
            chart.legend().setLabelColor(QColor(t.text))
        return chart

    def _axes(
        self, chart: QChart, weeks: Sequence[WeekSummary], top: float, label: str
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        x = QBarCategoryAxis()
        x.append([f"{w.start.day} {w.start:%b}" for w in weeks])
        y = QValueAxis()
        y.setRange(0, max(1.0, top))
        y.applyNiceNumbers()  # ticks on round values, so labels are true
        y.setTitleText(label)
        y.setLabelFormat("%d")
        if self._theme is not None:
            for axis in (x, y):
                axis.setLabelsColor(QColor(self._theme.muted))
                axis.setTitleBrush(QColor(self._theme.muted))
                axis.setGridLineColor(QColor(self._theme.ring_track))
                axis.setLinePenColor(QColor(self._theme.muted))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        return x, y

    def _cramp_chart(self, weeks: Sequence[WeekSummary]) -> QChart:
        chart = self._style(QChart(), "Cramps and bedtime sessions, per week")
        cramps = QBarSet("Cramps")
        bedtime = QBarSet("Bedtime sessions")
        cramps.append([float(w.cramps) for w in weeks])
        bedtime.append([float(w.bedtime_sessions) for w in weeks])
        cramps.setColor(QColor("#A94F63"))
        bedtime.setColor(QColor("#3F7F80"))
        bedtime.setBorderColor(QColor("#3F7F80"))
        cramps.setBorderColor(QColor("#A94F63"))
        series = QBarSeries()
        series.append(cramps)
        series.append(bedtime)
        chart.addSeries(series)
        top = max([w.cramps for w in weeks] + [w.bedtime_sessions for w in weeks] + [1])
        x, y = self._axes(chart, weeks, top + 1, "count")
        series.attachAxis(x)
        series.attachAxis(y)
        return chart

    def _relief_chart(self, weeks: Sequence[WeekSummary]) -> QChart:
        chart = self._style(QChart(), "Average time until the cramp eased (minutes)")
        line = QLineSeries()
        line.setName("Minutes until easing")
        points = QScatterSeries()
        points.setName("Weeks with a timed cramp")
        points.setMarkerSize(10)
        values = [
            (i, w.average_relief_s / 60)
            for i, w in enumerate(weeks)
            if w.average_relief_s is not None
        ]
        for i, minutes in values:
            line.append(QPointF(i, minutes))
            points.append(QPointF(i, minutes))
        line.setColor(QColor("#C08A4E"))
        points.setColor(QColor("#C08A4E"))
        chart.addSeries(line)
        chart.addSeries(points)
        top = max([m for _, m in values] + [1.0]) * 1.2
        _, y = self._axes(chart, weeks, top, "minutes")
        y.setLabelFormat("%.0f" if y.max() >= 4 else "%.1f")
        x = QValueAxis()  # line series need a value axis; categories stay on the bottom
        x.setRange(-0.5, len(weeks) - 0.5)
        x.setVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        for series in (line, points):
            series.attachAxis(x)
            series.attachAxis(y)
        chart.legend().markers(points)[0].setVisible(False)
        return chart
