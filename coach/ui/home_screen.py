"""Home: one huge Cramp relief button, the two everyday routines, and every routine listed.

Signals:
    relief_requested(): the Cramp relief button (or R) was pressed.
    routine_requested(str): a routine id to start.
    theme_cycle_requested(): the theme button was pressed (auto -> day -> night).
    sound_toggled(bool): the sound button changed.
    profile_requested(): "About you" was pressed.
    about_requested(): "About" was pressed.
    history_requested(): "History" was pressed.
    diary_requested(): "Diary entry" was pressed.
    import_requested(), builder_requested(), report_requested(): the clinicians' menu.
    reminder_start(), reminder_snooze(), reminder_dismiss(): the reminder banner.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.red_flags import DISCLAIMER


@dataclass(frozen=True)
class RoutineEntry:
    id: str
    title: str
    minutes: float
    summary: str
    kind: str
    detail: str = ""  # e.g. "from A. Midwife · 1 missed this week"


def minutes_label(minutes: float) -> str:
    return f"{max(1, round(minutes))} min"


class HomeScreen(QWidget):
    relief_requested = Signal()
    routine_requested = Signal(str)
    theme_cycle_requested = Signal()
    sound_toggled = Signal(bool)
    profile_requested = Signal()
    about_requested = Signal()
    history_requested = Signal()
    diary_requested = Signal()
    import_requested = Signal()
    builder_requested = Signal()
    report_requested = Signal()
    reminder_start = Signal()
    reminder_snooze = Signal()
    reminder_dismiss = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Home")
        title = QLabel("Coach")
        title.setProperty("role", "title")
        self.theme_button = QToolButton()
        self.theme_button.setAccessibleName("Theme")
        self.theme_button.setToolTip("Switch between automatic, day and night themes (T)")
        self.theme_button.clicked.connect(self.theme_cycle_requested)
        self.sound_button = QToolButton()
        self.sound_button.setCheckable(True)
        self.sound_button.setAccessibleName("Sound")
        self.sound_button.setToolTip("Chimes on or off (M)")
        self.sound_button.toggled.connect(self._on_sound)
        self.profile_button = QToolButton()
        self.profile_button.setText("About you")
        self.profile_button.setAccessibleName("About you")
        self.profile_button.setToolTip("Your week, what applies to you, your contacts, voice (P)")
        self.profile_button.clicked.connect(self.profile_requested)
        self.about_button = QToolButton()
        self.about_button.setText("About")
        self.about_button.setAccessibleName("About Coach and its sources")
        self.about_button.setToolTip("What Coach is, and the sources behind every exercise")
        self.about_button.clicked.connect(self.about_requested)
        self.clinic_button = QToolButton()
        self.clinic_button.setText("For clinicians")
        self.clinic_button.setAccessibleName("For clinicians")
        self.clinic_button.setToolTip("Import a routine, build one, or make a report")
        self.clinic_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.clinic_button)
        self.import_action = menu.addAction("Import routine…", self.import_requested.emit)
        self.builder_action = menu.addAction("Routine builder…", self.builder_requested.emit)
        self.report_action = menu.addAction("Report for your midwife…", self.report_requested.emit)
        self.clinic_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.clinic_button)
        top.addWidget(self.profile_button)
        top.addWidget(self.about_button)
        top.addWidget(self.theme_button)
        top.addWidget(self.sound_button)

        self.relief_button = QPushButton("Cramp relief")
        self.relief_button.setProperty("role", "relief")
        self.relief_button.setMinimumHeight(150)
        self.relief_button.setAccessibleName("Cramp relief")
        self.relief_button.setAccessibleDescription(
            "Start the cramp relief walk-through straight away (R)"
        )
        self.relief_button.setToolTip("Start relief now (R)")
        self.relief_button.clicked.connect(self.relief_requested)
        relief_hint = QLabel("Starts straight away: stretch, massage, warmth, walk, rest.")
        relief_hint.setProperty("role", "muted")
        relief_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.bedtime_button = self._routine_button("bedtime", "B")
        self.daytime_button = self._routine_button("daytime", "D")
        quick = QHBoxLayout()
        quick.addWidget(self.bedtime_button)
        quick.addWidget(self.daytime_button)

        heading = QLabel("All routines")
        heading.setProperty("role", "heading")
        self.history_button = QPushButton("History")
        self.history_button.setAccessibleName("History")
        self.history_button.setAccessibleDescription("Your sessions, cramps and weekly charts (H)")
        self.history_button.setToolTip("Your sessions, cramps and weekly charts (H)")
        self.history_button.clicked.connect(self.history_requested)
        self.diary_button = QPushButton("Note a cramp")
        self.diary_button.setAccessibleName("Note a cramp")
        self.diary_button.setAccessibleDescription("Add a diary entry without running anything (N)")
        self.diary_button.setToolTip("Add cramps you had to your diary (N)")
        self.diary_button.clicked.connect(self.diary_requested)
        list_header = QHBoxLayout()
        list_header.addWidget(heading, 1)
        list_header.addWidget(self.diary_button)
        list_header.addWidget(self.history_button)
        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName("All routines")
        self.routine_list.setAccessibleDescription("Press Enter to start the selected routine")
        self.routine_list.itemActivated.connect(
            lambda item: self.routine_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        footer = QLabel(DISCLAIMER)
        footer.setProperty("role", "muted")
        footer.setWordWrap(True)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 20)
        root.setSpacing(16)
        root.addLayout(top)
        self.reminder = QFrame()
        self.reminder.setProperty("role", "card")
        reminder_row = QHBoxLayout(self.reminder)
        self.reminder_text = QLabel()
        self.reminder_text.setProperty("role", "heading")
        self.reminder_text.setWordWrap(True)
        reminder_row.addWidget(self.reminder_text, 1)
        for text, signal in (
            ("Start now", self.reminder_start),
            ("In 10 minutes", self.reminder_snooze),
            ("Not today", self.reminder_dismiss),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(signal)
            reminder_row.addWidget(button)
        self.reminder.hide()
        root.addWidget(self.reminder)
        root.addWidget(self.relief_button)
        root.addWidget(relief_hint)
        root.addLayout(quick)
        root.addLayout(list_header)
        root.addWidget(self.routine_list, 1)
        root.addWidget(footer)
        self.set_sound(True)

    def _routine_button(self, routine_id: str, key: str) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "routine")
        button.setMinimumHeight(84)
        button.setToolTip(f"Shortcut: {key}")
        button.clicked.connect(lambda: self.routine_requested.emit(routine_id))
        button.hide()
        return button

    def set_routines(self, entries: list[RoutineEntry]) -> None:
        self.routine_list.clear()
        for e in entries:
            text = f"{e.title}   ·   {minutes_label(e.minutes)}"
            if e.detail:
                text += f"   ·   {e.detail}"
            if e.summary:
                text += f"\n{e.summary}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(f"Start {e.title}")
            self.routine_list.addItem(item)
        by_id = {e.id: e for e in entries}
        for rid, button in (("bedtime", self.bedtime_button), ("daytime", self.daytime_button)):
            entry = by_id.get(rid)
            button.setVisible(entry is not None)
            if entry is not None:
                button.setText(f"{entry.title}\n{minutes_label(entry.minutes)}")
                button.setAccessibleName(entry.title)
                button.setAccessibleDescription(
                    f"Start {entry.title}, {minutes_label(entry.minutes)}"
                )

    def show_reminder(self, text: str | None) -> None:
        """A due routine, with Start, snooze and dismiss; None hides the banner."""
        self.reminder_text.setText(text or "")
        self.reminder.setVisible(bool(text))

    def set_theme_mode(self, mode: str) -> None:
        self.theme_button.setText({"auto": "◐  Auto", "day": "☀  Day", "night": "☾  Night"}[mode])
        self.theme_button.setAccessibleDescription(f"Theme: {mode}")

    def set_sound(self, on: bool) -> None:
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(on)
        self.sound_button.blockSignals(False)
        self._label_sound(on)

    def _on_sound(self, on: bool) -> None:
        self._label_sound(on)
        self.sound_toggled.emit(on)

    def _label_sound(self, on: bool) -> None:
        self.sound_button.setText("♪  Sound on" if on else "♪  Sound off")
        self.sound_button.setAccessibleDescription("Chimes are on" if on else "Chimes are off")
