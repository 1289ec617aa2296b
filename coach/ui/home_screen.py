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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import fill
from coach.core.record import record
from coach.core.red_flags import disclaimer
from coach.ui.a11y import announce, name_changed, tab_chain
from coach.ui.flow_layout import FlowLayout
from coach.ui.routine_list import RoutineList


@record
class RoutineEntry:
    id: str
    title: str
    minutes: float
    summary: str
    kind: str
    detail: str = ""  # e.g. "from A. Midwife · 1 missed this week"


def minutes_label(minutes: float) -> str:
    return fill(QCoreApplication.translate("HomeScreen", "%1 min"), max(1, round(minutes)))


def length_label(entry: RoutineEntry) -> str:
    """Relief ends as soon as the cramp eases: its planned length is only the longest it can
    take, and "19 min" alone would read as a long commitment at 3 a.m."""
    if entry.kind == "relief":
        text = QCoreApplication.translate("HomeScreen", "up to %1 min")
        return fill(text, max(1, round(entry.minutes)))
    return minutes_label(entry.minutes)


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
        self.setAccessibleName(self.tr("Home"))
        title = QLabel("Coach")
        title.setProperty("role", "title")
        self.theme_button = QToolButton()
        self.theme_button.setAccessibleName(self.tr("Theme"))
        self.theme_button.setToolTip(
            self.tr("Switch between automatic, day, night and high-contrast themes (T)")
        )
        self.theme_button.clicked.connect(self.theme_cycle_requested)
        self.sound_button = QToolButton()
        self.sound_button.setCheckable(True)
        self.sound_button.setAccessibleName(self.tr("Sound"))
        self.sound_button.setToolTip(self.tr("Chimes on or off (M)"))
        self.sound_button.toggled.connect(self._on_sound)
        self.profile_button = QToolButton()
        self.profile_button.setText(self.tr("About you"))
        self.profile_button.setAccessibleName(self.tr("About you"))
        self.profile_button.setToolTip(
            self.tr("Your week, what applies to you, your contacts, voice (P)")
        )
        self.profile_button.setAccessibleDescription(self.profile_button.toolTip())
        self.profile_button.clicked.connect(self.profile_requested)
        self.about_button = QToolButton()
        self.about_button.setText(self.tr("About"))
        self.about_button.setAccessibleName(self.tr("About Coach and its sources"))
        self.about_button.setToolTip(
            self.tr("What Coach is, and the sources behind every exercise")
        )
        self.about_button.setAccessibleDescription(self.about_button.toolTip())
        self.about_button.clicked.connect(self.about_requested)
        self.clinic_button = QToolButton()
        self.clinic_button.setText(self.tr("For clinicians"))
        self.clinic_button.setAccessibleName(self.tr("For clinicians"))
        self.clinic_button.setToolTip(self.tr("Import a routine, build one, or make a report"))
        self.clinic_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.clinic_button)
        self.import_action = menu.addAction(self.tr("Import routine…"), self.import_requested.emit)
        self.builder_action = menu.addAction(
            self.tr("Routine builder…"), self.builder_requested.emit
        )
        self.report_action = menu.addAction(
            self.tr("Report for your midwife…"), self.report_requested.emit
        )
        self.clinic_button.setMenu(menu)
        self.clinic_button.setAccessibleDescription(
            self.tr("A menu: import a routine, build one, or make a report (Enter or Space)")
        )
        top = FlowLayout(stretch="first")  # wraps at large text instead of cutting words
        top.addWidget(title)
        top.addWidget(self.clinic_button)
        top.addWidget(self.profile_button)
        top.addWidget(self.about_button)
        top.addWidget(self.theme_button)
        top.addWidget(self.sound_button)

        self.relief_button = QPushButton(self.tr("Cramp relief"))
        self.relief_button.setProperty("role", "relief")
        self.relief_button.setMinimumHeight(150)
        self.relief_button.setAccessibleName(self.tr("Cramp relief"))
        self.relief_button.setAccessibleDescription(
            self.tr("Start the cramp relief walk-through straight away (R)")
        )
        self.relief_button.setToolTip(self.tr("Start relief now (R)"))
        self.relief_button.clicked.connect(self.relief_requested)
        relief_hint = QLabel(self.tr("Starts straight away: stretch, massage, warmth, walk, rest."))
        relief_hint.setProperty("role", "muted")
        relief_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        relief_hint.setWordWrap(True)

        self.bedtime_button = self._routine_button("bedtime", "B")
        self.daytime_button = self._routine_button("daytime", "D")
        quick = FlowLayout(spacing=16, stretch="equal")
        quick.addWidget(self.bedtime_button)
        quick.addWidget(self.daytime_button)

        heading = QLabel(self.tr("All routines"))
        heading.setProperty("role", "heading")
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setAccessibleDescription(
            self.tr("Your sessions, cramps and weekly charts (H)")
        )
        self.history_button.setToolTip(self.tr("Your sessions, cramps and weekly charts (H)"))
        self.history_button.clicked.connect(self.history_requested)
        self.diary_button = QPushButton(self.tr("Note a cramp"))
        self.diary_button.setAccessibleName(self.tr("Note a cramp"))
        self.diary_button.setAccessibleDescription(
            self.tr("Add a diary entry without running anything (N)")
        )
        self.diary_button.setToolTip(self.tr("Add cramps you had to your diary (N)"))
        self.diary_button.clicked.connect(self.diary_requested)
        list_header = FlowLayout(stretch="first")
        list_header.addWidget(heading)
        list_header.addWidget(self.diary_button)
        list_header.addWidget(self.history_button)
        self.routine_list = RoutineList()  # wraps whole entries at any text size
        self.routine_list.setAccessibleName(self.tr("All routines"))
        self.routine_list.setAccessibleDescription(
            self.tr("Press Enter to start the selected routine")
        )
        self.routine_list.itemActivated.connect(
            lambda item: self.routine_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        footer = QLabel(disclaimer())
        footer.setProperty("role", "muted")
        footer.setWordWrap(True)

        page = QWidget()
        scroll = QScrollArea()  # scrolls only when large text needs more than the window has
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)  # while the page is empty: nothing is sized before the theme
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        root = QVBoxLayout(page)
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
        self.reminder_text.setAccessibleDescription(self.tr("Reminder"))
        self.reminder_buttons: list[QPushButton] = []
        for text, signal, description in (
            (self.tr("Start now"), self.reminder_start, self.tr("Start the reminded routine now")),
            (
                self.tr("In 10 minutes"),
                self.reminder_snooze,
                self.tr("Remind me again in 10 minutes"),
            ),
            (
                self.tr("Not today"),
                self.reminder_dismiss,
                self.tr("No reminder for this routine today"),
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            button.clicked.connect(signal)
            reminder_row.addWidget(button)
            self.reminder_buttons.append(button)
        self.reminder.hide()
        root.addWidget(self.reminder)
        root.addWidget(self.relief_button)
        root.addWidget(relief_hint)
        root.addLayout(quick)
        root.addLayout(list_header)
        root.addWidget(self.routine_list, 1)
        root.addWidget(footer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_sound(True)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes down the page as it reads (the relief button has the focus at start)."""
        chain: list[QWidget] = [
            self.clinic_button,
            self.profile_button,
            self.about_button,
            self.theme_button,
            self.sound_button,
            *self.reminder_buttons,
            self.relief_button,
            self.bedtime_button,
            self.daytime_button,
            self.diary_button,
            self.history_button,
            self.routine_list,
        ]
        tab_chain(chain)

    def _routine_button(self, routine_id: str, key: str) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "routine")
        button.setMinimumHeight(84)
        button.setToolTip(fill(self.tr("Shortcut: %1"), key))
        button.clicked.connect(lambda: self.routine_requested.emit(routine_id))
        button.hide()
        return button

    def set_routines(self, entries: list[RoutineEntry]) -> None:
        self.routine_list.clear()
        for e in entries:
            text = f"{e.title}   ·   {length_label(e)}"
            if e.detail:
                text += f"   ·   {e.detail}"
            if e.summary:
                text += f"\n{e.summary}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(fill(self.tr("Start %1"), e.title))
            spoken = ", ".join(x for x in (e.title, length_label(e), e.detail) if x)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{spoken}. {e.summary}".strip())
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Press Enter to start it")
            )
            self.routine_list.addItem(item)
        by_id = {e.id: e for e in entries}
        for rid, button in (("bedtime", self.bedtime_button), ("daytime", self.daytime_button)):
            entry = by_id.get(rid)
            button.setVisible(entry is not None)
            if entry is not None:
                button.setText(f"{entry.title}\n{minutes_label(entry.minutes)}")
                button.setAccessibleName(entry.title)
                button.setAccessibleDescription(
                    fill(self.tr("Start %1, %2"), entry.title, minutes_label(entry.minutes))
                )

    def show_reminder(self, text: str | None) -> None:
        """A due routine, with Start, snooze and dismiss; None hides the banner."""
        self.reminder_text.setText(text or "")
        self.reminder.setVisible(bool(text))
        announce(self, text or "")

    def set_theme_mode(self, mode: str) -> None:
        labels = {
            "auto": self.tr("◐  Auto"),
            "day": self.tr("☀  Day"),
            "night": self.tr("☾  Night"),
            "high_contrast": self.tr("◑  High contrast"),
        }
        self.theme_button.setText(labels[mode])
        name = self.tr("Theme: {0}").format(labels[mode].split(maxsplit=1)[-1])
        name_changed(self.theme_button, name)
        self.theme_button.setAccessibleDescription(self.theme_button.toolTip())

    def set_sound(self, on: bool) -> None:
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(on)
        self.sound_button.blockSignals(False)
        self._label_sound(on)

    def _on_sound(self, on: bool) -> None:
        self._label_sound(on)
        self.sound_toggled.emit(on)

    def _label_sound(self, on: bool) -> None:
        self.sound_button.setText(self.tr("♪  Sound on") if on else self.tr("♪  Sound off"))
        self.sound_button.setAccessibleDescription(
            self.tr("Chimes are on") if on else self.tr("Chimes are off")
        )
