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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
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

from coach.core.body_words import place_text
from coach.core.history_records import DiaryEntry, EpisodeRecord, SessionRecord
from coach.core.history_stats import WeekSummary
from coach.core.i18n import fill
from coach.core.report import stop_reason_text
from coach.ui.a11y import tab_chain
from coach.ui.dates import to_qdate
from coach.ui.theme import DAY, Theme, base_point_size, current_look, font_pt
from coach.ui.wrapping_rows import WrappingRows

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryScreen",
    "Nothing here yet.\n\nEach bedtime or daytime routine you do, each cramp you ease with "
    "Cramp relief, and each diary entry will appear here by day, with weekly charts of "
    "cramps beside bedtime sessions, so you and your midwife can see whether stretching helps.",
)

HELPED_TEXT = {
    "better": QT_TRANSLATE_NOOP("HistoryScreen", "felt better"),
    "same": QT_TRANSLATE_NOOP("HistoryScreen", "felt the same"),
    "worse": QT_TRANSLATE_NOOP("HistoryScreen", "felt worse"),
}


def _tr(text: str) -> str:
    """A source text marked elsewhere (QT_TRANSLATE_NOOP), in the person's language."""
    return QCoreApplication.translate("HistoryScreen", text)


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
        if s.outcome == "finished":
            what = QCoreApplication.translate("HistoryScreen", "finished")
        else:
            why = stop_reason_text(s.stop_reason or "stopped")
            what = fill(QCoreApplication.translate("HistoryScreen", "stopped (%1)"), why)
        helped = f", {_tr(HELPED_TEXT[s.helped])}" if s.helped else ""
        by_day[s.started_at.date()].append(
            (s.started_at.strftime("%H:%M"), f"{s.routine_title}: {what}{helped}")
        )
    for e in episodes:
        if e.eased_after_s is not None:
            eased_after = QCoreApplication.translate("HistoryScreen", "eased after %1")
            eased = fill(eased_after, _clock(e.eased_after_s))
        else:
            eased = QCoreApplication.translate("HistoryScreen", "not marked as eased")
        if e.side:
            cramp = fill(
                QCoreApplication.translate("HistoryScreen", "Cramp, %1"), place_text(e.side)
            )
        else:
            cramp = QCoreApplication.translate("HistoryScreen", "Cramp")
        severity = f" ({e.severity}/10)" if e.severity is not None else ""
        note = f" — {e.note}" if e.note else ""
        by_day[e.started_at.date()].append(
            (e.started_at.strftime("%H:%M"), f"{cramp}: {eased}{severity}{note}")
        )
    for d in diary:
        where = f", {place_text(d.side)}" if d.side else ""
        note = f" — {d.note}" if d.note else ""
        count = HistoryScreen.tr("%n cramp(s)", "", d.cramps)
        entry = fill(QCoreApplication.translate("HistoryScreen", "Diary: %1"), count)
        by_day[d.occurred_on].append(("", f"{entry}{where}{note}"))
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
        self.setAccessibleName(self.tr("History"))
        self._theme: Theme | None = None
        title = QLabel(self.tr("History"))
        title.setProperty("role", "title")
        self.back_button = QPushButton(self.tr("◀  Home"))
        self.add_button = QPushButton(self.tr("Add diary entry"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.delete_button = QPushButton(self.tr("Delete all data…"))
        for button, name, text in (
            (self.back_button, self.tr("Home"), self.tr("Back to the home screen (Esc)")),
            (
                self.add_button,
                self.tr("Add diary entry"),
                self.tr("Note cramps you had without using Coach"),
            ),
            (
                self.export_button,
                self.tr("Export CSV"),
                self.tr("Save sessions, cramps and diary as CSV files"),
            ),
            (
                self.delete_button,
                self.tr("Delete all data"),
                self.tr("Delete every record in your diary"),
            ),
        ):
            button.setAccessibleName(name)
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
        self.days.setItemDelegate(WrappingRows(self.days))  # long lines wrap, not "…"
        self.days.setAccessibleName(self.tr("Records by day"))
        self.days.setAccessibleDescription(
            self.tr("Each day, newest first, with its sessions, cramps and diary entries")
        )
        self.cramp_chart = QChartView()
        self.cramp_chart.setAccessibleName(self.tr("Cramps and bedtime sessions per week"))
        self.relief_chart = QChartView()
        self.relief_chart.setAccessibleName(self.tr("Average time until a cramp eased, per week"))
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

        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "cue")
        self.empty.setAccessibleDescription(self.tr("No records yet"))  # its name is its text
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(split)
        self.unavailable = QLabel()
        self.unavailable.setProperty("role", "banner")
        self.unavailable.setWordWrap(True)
        self.unavailable.setAccessibleDescription(self.tr("Problem"))
        self.unavailable.hide()

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 20)
        root.addLayout(top)
        root.addWidget(self.unavailable)
        root.addWidget(self.body, 1)
        tab_chain(
            (
                self.back_button,
                self.add_button,
                self.export_button,
                self.delete_button,
                self.days,
                self.cramp_chart,
                self.relief_chart,
            )
        )

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
            parent = QTreeWidgetItem([self._day_heading(day)])
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
        self._describe_charts(weeks)

    @staticmethod
    def _day_heading(day: date) -> str:
        """E.g. "Sunday 22 November 2026", in the language Coach speaks."""
        text = QLocale().toString(to_qdate(day), "dddd d MMMM yyyy")
        return text[:1].upper() + text[1:]

    @staticmethod
    def _week_label(start: date) -> str:
        """A week on the charts' axis, e.g. "3 Mar", in the language Coach speaks."""
        short = QCoreApplication.translate("HistoryScreen", "d MMM", "date format on the charts")
        return QLocale().toString(to_qdate(start), short)

    def _describe_charts(self, weeks: Sequence[WeekSummary]) -> None:
        """The charts' numbers in words, for screen readers (a chart is only a picture)."""
        cramps = "; ".join(
            self.tr("week of {0}: {1} cramps, {2} bedtime sessions").format(
                self._week_label(w.start), w.cramps, w.bedtime_sessions
            )
            for w in weeks
        )
        eased = "; ".join(
            self.tr("week of {0}: {1} min").format(
                self._week_label(w.start), QLocale().toString(round(w.average_relief_s / 60, 1))
            )
            for w in weeks
            if w.average_relief_s is not None
        )
        self.cramp_chart.setAccessibleDescription(cramps or self.tr("No weeks yet"))
        self.relief_chart.setAccessibleDescription(eased or self.tr("No timed cramps yet"))
        for view in (self.cramp_chart, self.relief_chart):
            view.setToolTip(view.accessibleDescription())

    def _style(self, chart: QChart, title: str) -> QChart:
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitleFont(self._font(17, bold=True))
        chart.legend().setFont(self._font(14))
        if self._theme is not None:
            t = self._theme
            chart.setBackgroundBrush(QColor(t.surface))
            chart.setTitleBrush(QColor(t.text))
            chart.legend().setLabelColor(QColor(t.text))
        return chart

    def _font(self, px_at_base: float, bold: bool = False) -> QFont:
        """Chart text follows the system font and the person's text size, like the rest."""
        _, scale = current_look()
        font = QFont(QApplication.font())
        font.setPointSizeF(font_pt(px_at_base, scale, base_point_size()))
        font.setBold(bold)
        return font

    def _axes(
        self, chart: QChart, weeks: Sequence[WeekSummary], top: float, label: str
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        x = QBarCategoryAxis()
        x.append([self._week_label(w.start) for w in weeks])
        y = QValueAxis()
        y.setRange(0, max(1.0, top))
        y.applyNiceNumbers()  # ticks on round values, so labels are true
        y.setTitleText(label)
        y.setLabelFormat("%d")
        for axis in (x, y):
            axis.setLabelsFont(self._font(12))
            axis.setTitleFont(self._font(13))
        x.setLabelsFont(self._font(11))  # eight week dates side by side, none cut short
        if current_look()[1] > 1:
            x.setLabelsAngle(-45)  # week labels fit slanted when the text is large
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
        chart = self._style(QChart(), self.tr("Cramps and bedtime sessions, per week"))
        cramps = QBarSet(self.tr("Cramps"))
        bedtime = QBarSet(self.tr("Bedtime sessions"))
        cramps.append([float(w.cramps) for w in weeks])
        bedtime.append([float(w.bedtime_sessions) for w in weeks])
        t = self._theme or DAY
        cramps.setColor(QColor(t.series[0]))
        cramps.setBorderColor(QColor(t.series[0]))
        # Not by colour alone: bedtime bars are hatched, and the legend shows the hatching.
        bedtime.setBrush(QBrush(QColor(t.series[1]), Qt.BrushStyle.BDiagPattern))
        bedtime.setPen(QPen(QColor(t.series[1]), 2))
        series = QBarSeries()
        series.append(cramps)
        series.append(bedtime)
        chart.addSeries(series)
        top = max([w.cramps for w in weeks] + [w.bedtime_sessions for w in weeks] + [1])
        x, y = self._axes(chart, weeks, top + 1, self.tr("count"))
        series.attachAxis(x)
        series.attachAxis(y)
        return chart

    def _relief_chart(self, weeks: Sequence[WeekSummary]) -> QChart:
        chart = self._style(QChart(), self.tr("Average time until the cramp eased (minutes)"))
        line = QLineSeries()
        line.setName(self.tr("Minutes until easing"))
        points = QScatterSeries()
        points.setName(self.tr("Weeks with a timed cramp"))
        points.setMarkerSize(10)
        values = [
            (i, w.average_relief_s / 60)
            for i, w in enumerate(weeks)
            if w.average_relief_s is not None
        ]
        for i, minutes in values:
            line.append(QPointF(i, minutes))
            points.append(QPointF(i, minutes))
        t = self._theme or DAY
        line.setPen(QPen(QColor(t.series[2]), 3))
        points.setColor(QColor(t.series[2]))
        points.setBorderColor(QColor(t.text))
        chart.addSeries(line)
        chart.addSeries(points)
        top = max([m for _, m in values] + [1.0]) * 1.2
        _, y = self._axes(chart, weeks, top, self.tr("minutes"))
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
