"""The clinician's routine builder: pick catalogue exercises, set doses, prescribe, save a bundle.

Everything the builder makes is checked the same way an imported file is: the routine is
written with `routine_to_yaml`, read back by the strict loader and run through the
pregnancy-safety rules at the person's week. So the problems shown here are exactly the ones
Coach would report on import, and a routine with errors cannot be saved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.i18n import fill, translate
from coach.core.models import (
    SCHEMA_VERSION,
    DoseOverride,
    Exercise,
    Position,
    Routine,
    Sides,
    Step,
)
from coach.core.modifications import merge_dose
from coach.core.problems import Problem, RoutineFileError, format_path
from coach.core.records import to_data
from coach.core.routine_files import Library, parse_routine
from coach.core.routine_writer import routine_to_yaml, save_bundle
from coach.core.safe_yaml import YamlLoadError, load_yaml_text
from coach.core.safety_rules import safety_problems
from coach.core.timeline import plan
from coach.ui.a11y import announce, enter_presses, tab_chain
from coach.ui.dates import to_qdate
from coach.ui.theme import base_point_size, current_look, font_pt

DEBOUNCE_MS = 150
REVIEW_AFTER = timedelta(weeks=8)
CHECK_SECONDS = 20  # as in the built-in routines
MAX_SESSIONS = 3
DEFAULT_TIMES = ("08:00", "14:00", "21:00")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Source texts below are English and shown through self.tr().
DAY_LABELS = (
    QT_TRANSLATE_NOOP("BuilderDialog", "Mon"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Tue"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Wed"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Thu"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Fri"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Sat"),
    QT_TRANSLATE_NOOP("BuilderDialog", "Sun"),
)
ON_DAYS = (  # accessible names of the day boxes
    QT_TRANSLATE_NOOP("BuilderDialog", "On Mondays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Tuesdays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Wednesdays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Thursdays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Fridays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Saturdays"),
    QT_TRANSLATE_NOOP("BuilderDialog", "On Sundays"),
)
SIDE_CHOICES = (Sides.BOTH, Sides.LEFT, Sides.RIGHT, Sides.TOGETHER)
SIDE_TEXT = {
    Sides.BOTH: QT_TRANSLATE_NOOP("BuilderDialog", "Both legs, one after the other"),
    Sides.LEFT: QT_TRANSLATE_NOOP("BuilderDialog", "Left leg only"),
    Sides.RIGHT: QT_TRANSLATE_NOOP("BuilderDialog", "Right leg only"),
    Sides.TOGETHER: QT_TRANSLATE_NOOP("BuilderDialog", "Both legs together"),
    Sides.AFFECTED: QT_TRANSLATE_NOOP("BuilderDialog", "The cramping leg"),
}
POSITION_TEXT = {
    Position.STANDING: QT_TRANSLATE_NOOP("BuilderDialog", "standing"),
    Position.SEATED: QT_TRANSLATE_NOOP("BuilderDialog", "seated"),
    Position.RECLINED: QT_TRANSLATE_NOOP("BuilderDialog", "reclined"),
    Position.SIDE_LYING: QT_TRANSLATE_NOOP("BuilderDialog", "side-lying"),
    Position.SUPINE: QT_TRANSLATE_NOOP("BuilderDialog", "lying on the back"),
    Position.PRONE: QT_TRANSLATE_NOOP("BuilderDialog", "lying face down"),
    Position.WALKING: QT_TRANSLATE_NOOP("BuilderDialog", "walking"),
}
APPROVAL_TEXT = {
    "supine_after_week_20": QT_TRANSLATE_NOOP(
        "BuilderDialog", "Approve lying on the back after 20 weeks (max 2 min)"
    ),
    "hold_over_30s": QT_TRANSLATE_NOOP("BuilderDialog", "Approve holds over 30 s (max 60 s)"),
}
RULE_TAG = re.compile(r"^\[[a-z0-9-]+\]\s*")
STEP_FIELD = re.compile(r"^steps\[(\d+)\]")


def slug(title: str) -> str:
    """A routine id from its title: lowercase, [a-z0-9_], starting with a letter."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")
    if text and not text[0].isalpha():
        text = "r_" + text
    return text[:64].rstrip("_")


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _plain_message(error: dict[str, Any]) -> str:
    """A pydantic error in words a clinician can act on."""
    kind = error.get("type")
    if kind in ("missing", "string_too_short"):
        return translate("BuilderDialog", "required: please fill this in")
    if kind == "string_pattern_mismatch":
        return translate(
            "BuilderDialog", "use lowercase letters, digits and _ only, starting with a letter"
        )
    msg = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return msg[:1].lower() + msg[1:]


@dataclass
class _StepDraft:
    """One step while it is being edited; `dose` holds only the fields the clinician set."""

    exercise: str | None = None  # None: the red-flag check
    dose: dict[str, Any] = field(default_factory=dict)
    cue: str = ""
    optional: bool = False
    until_eased: bool = False
    duration_s: int | None = None
    had_dose: bool = False  # keeps an explicit empty `dose: {}` from a loaded file

    @classmethod
    def from_step(cls, step: Step) -> _StepDraft:
        values = to_data(step.dose) if step.dose else {}  # a checked model or a record
        dose = {k: v for k, v in values.items() if v is not None}
        return cls(
            exercise=step.exercise,
            dose=dose,
            cue=step.cue or "",
            optional=step.optional,
            until_eased=step.until_eased,
            duration_s=step.duration_s,
            had_dose=step.dose is not None,
        )

    def as_data(self) -> dict[str, Any]:
        if self.exercise is None:
            data: dict[str, Any] = {"check": "red_flags", "optional": self.optional}
            if self.duration_s is not None:
                data["duration_s"] = self.duration_s
            return data
        data = {
            "exercise": self.exercise,
            "optional": self.optional,
            "until_eased": self.until_eased,
        }
        if self.dose or self.had_dose:
            data["dose"] = {k: str(v) if isinstance(v, Sides) else v for k, v in self.dose.items()}
        if self.cue.strip():
            data["cue"] = self.cue.strip()
        if self.duration_s is not None:
            data["duration_s"] = self.duration_s
        return data


@dataclass(frozen=True)
class ShownProblem:
    """A problem as the list shows it, with the step it points at (if any)."""

    severity: str
    text: str
    step: int | None


def _shown(problem: Problem) -> ShownProblem:
    message = RULE_TAG.sub("", problem.message)
    what = f"{problem.field}: {message}" if problem.field else message
    if problem.severity == "error":
        shown = fill(translate("BuilderDialog", "Error: %1"), what)
    else:
        shown = fill(translate("BuilderDialog", "Warning: %1"), what)
    match = STEP_FIELD.match(problem.field)
    return ShownProblem(problem.severity, shown, int(match[1]) if match else None)


class BuilderDialog(QDialog):
    """Build or edit a clinician-assigned routine and save it as an importable bundle."""

    def __init__(
        self,
        library: Library,
        week: int | None,
        parent: QWidget | None = None,
        routine: Routine | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routine builder"))
        self.setAccessibleName(self.tr("Routine builder"))
        self.resize(1100, 760)
        self.setStyleSheet(_stylesheet())
        self._library = library
        self._week = week
        self._loading = False
        self._id_edited = False
        self._steps: list[_StepDraft] = []
        self._base: Routine | None = routine  # fields the builder does not edit are kept
        self._routine: Routine | None = None
        self._problems: list[ShownProblem] = []
        self._dirty = True
        self.last_saved: Path | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._validate_now)

        root = QVBoxLayout(self)
        root.setSpacing(10)
        root.addLayout(self._make_top())
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(self._make_catalogue(), 5)
        columns.addLayout(self._make_steps(), 6)
        columns.addWidget(self._make_prescription(), 7)
        root.addLayout(columns, 1)
        root.addLayout(self._make_bottom())
        self._set_tab_order()
        self._describe_controls()
        self._connect_changes()
        enter_presses(self)

        if routine is not None:
            self.load(routine)
        else:
            self._new_steps()
        self._schedule()

    # ----------------------------------------------------------------- building the UI

    def _make_top(self) -> QGridLayout:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_edit.setPlaceholderText(self.tr("e.g. Evening calf care"))
        self.title_edit.setAccessibleName(self.tr("Routine title"))
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(64)
        self.id_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[a-z0-9_]*"), self.id_edit)
        )
        self.id_edit.setPlaceholderText(self.tr("made from the title"))
        self.id_edit.setAccessibleName(self.tr("Routine id"))
        self.id_edit.setAccessibleDescription(
            self.tr("Made from the title; lowercase letters, digits and underscores")
        )
        self.summary_edit = QLineEdit()
        self.summary_edit.setMaxLength(240)
        self.summary_edit.setPlaceholderText(self.tr("One line the person sees under the title"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        fields = ((self.tr("&Title"), self.title_edit), (self.tr("I&d"), self.id_edit))
        for col, (text, edit) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(edit)
            grid.addWidget(label, 0, col * 2)
            grid.addWidget(edit, 0, col * 2 + 1)
        label = QLabel(self.tr("S&ummary"))
        label.setBuddy(self.summary_edit)
        grid.addWidget(label, 1, 0)
        grid.addWidget(self.summary_edit, 1, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        return grid

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "heading")
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in a text field must never press a button
        return button

    def _make_catalogue(self) -> QVBoxLayout:
        box = QVBoxLayout()
        heading = self._heading(self.tr("Exercises"))
        self.catalogue_list = QListWidget()
        self.catalogue_list.setMinimumWidth(230)  # exercise names stay readable, not a word a line
        self.catalogue_list.setAccessibleName(self.tr("Exercise catalogue"))
        self.catalogue_list.setAccessibleDescription(
            self.tr("Double-click or press Enter to add an exercise to the routine")
        )
        self.catalogue_list.setWordWrap(True)
        self.catalogue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always on, so wrapped item heights are worked out for the width they get.
        self.catalogue_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for ex in self._library.catalogue.values():
            where = self.tr(POSITION_TEXT[ex.position])
            item = QListWidgetItem(f"{ex.name}\n{where}, {_amount_text(ex)}")
            item.setData(Qt.ItemDataRole.UserRole, ex.id)
            item.setToolTip(ex.why or ex.cues.ready)
            self.catalogue_list.addItem(item)
        if self.catalogue_list.count():
            self.catalogue_list.setCurrentRow(0)
        self.catalogue_list.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.catalogue_list.installEventFilter(self)
        self.add_button = self._button(self.tr("Add ▶"), self.tr("Add exercise to the routine"))
        self.add_button.clicked.connect(self.add_selected)
        heading.setBuddy(self.catalogue_list)
        box.addWidget(heading)
        box.addWidget(self.catalogue_list, 1)
        box.addWidget(self.add_button)
        return box

    def _make_steps(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(self.tr("Routine steps"))
        self.steps_list.setAccessibleDescription(
            self.tr("Delete removes a step; Ctrl+Up and Ctrl+Down move it")
        )
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_list.currentRowChanged.connect(self._show_step)
        self.steps_list.installEventFilter(self)
        self.up_button = self._button(self.tr("Up"), self.tr("Move step up"))
        self.down_button = self._button(self.tr("Down"), self.tr("Move step down"))
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove step"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)

        self.dose_frame = QFrame()
        self.dose_frame.setProperty("role", "card")
        form = QFormLayout(self.dose_frame)
        form.setContentsMargins(14, 10, 14, 10)
        form.setVerticalSpacing(6)
        self.dose_title = QLabel(self.tr("Select a step to change its dose"))
        self.dose_title.setProperty("role", "muted")
        self.dose_title.setWordWrap(True)
        form.addRow(self.dose_title)
        self.amount_label = QLabel(self.tr("Hold"))
        self.amount_spin = QSpinBox()
        self.amount_spin.setSuffix(self.tr(" s"))
        self.amount_spin.setAccessibleName(self.tr("Hold seconds"))
        self.amount_label.setBuddy(self.amount_spin)
        self.reps_spin = QSpinBox()
        self.reps_spin.setRange(1, 30)
        self.reps_spin.setAccessibleName(self.tr("Repetitions"))
        self.rest_spin = QSpinBox()
        self.rest_spin.setRange(0, 120)
        self.rest_spin.setSuffix(self.tr(" s"))
        self.rest_spin.setAccessibleName(self.tr("Rest seconds between repetitions"))
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(self.tr("Which legs"))
        self.cue_edit = QLineEdit()
        self.cue_edit.setMaxLength(240)
        self.cue_edit.setPlaceholderText(self.tr("Optional extra cue, said first"))
        self.cue_edit.setAccessibleName(self.tr("Extra cue"))
        self.optional_check = QCheckBox(self.tr("Optional (the person may skip it)"))
        self.optional_check.setAccessibleName(self.tr("Optional step"))
        amounts = QHBoxLayout()
        amounts.addWidget(self.amount_spin)
        reps_label = QLabel(self.tr("&Reps"))
        reps_label.setBuddy(self.reps_spin)
        amounts.addWidget(reps_label)
        amounts.addWidget(self.reps_spin)
        rest_label = QLabel(self.tr("Re&st"))
        rest_label.setBuddy(self.rest_spin)
        amounts.addWidget(rest_label)
        amounts.addWidget(self.rest_spin)
        form.addRow(self.amount_label, amounts)
        form.addRow(self._buddy(self.tr("Sid&es"), self.sides_combo), self.sides_combo)
        form.addRow(self._buddy(self.tr("&Cue"), self.cue_edit), self.cue_edit)
        form.addRow(self.optional_check)
        self._dose_widgets: tuple[QWidget, ...] = (
            self.amount_spin,
            self.reps_spin,
            self.rest_spin,
            self.sides_combo,
            self.cue_edit,
        )

        heading = self._heading(self.tr("Steps"))
        heading.setBuddy(self.steps_list)
        box.addWidget(heading)
        box.addWidget(self.steps_list, 1)
        box.addLayout(row)
        box.addWidget(self.dose_frame)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """List keys: Enter adds an exercise; Delete and Ctrl+Up/Down edit the steps.

        An event filter, not QShortcut: item views take these keys for themselves first.
        """
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if watched is self.catalogue_list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_selected()
            return True
        if watched is self.steps_list:
            if key == Qt.Key.Key_Delete and not ctrl:
                self.remove_current()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _make_prescription(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setContentsMargins(0, 0, 8, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.prescriber_edit = QLineEdit()
        self.prescriber_edit.setMaxLength(120)
        self.prescriber_edit.setPlaceholderText(self.tr("Required"))
        self.prescriber_edit.setAccessibleName(self.tr("Prescriber (required)"))
        self.clinic_edit = QLineEdit()
        self.clinic_edit.setMaxLength(120)
        self.clinic_edit.setAccessibleName(self.tr("Clinic"))
        today = date.today()
        self.issued_edit = QDateEdit(to_qdate(today))
        self.review_edit = QDateEdit(to_qdate(today + REVIEW_AFTER))
        for edit, name in (
            (self.issued_edit, self.tr("Issued on")),
            (self.review_edit, self.tr("Review by")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.per_day_spin = QSpinBox()
        self.per_day_spin.setRange(1, MAX_SESSIONS)
        self.per_day_spin.setSuffix(self.tr(" a day"))
        self.per_day_spin.setAccessibleName(self.tr("Sessions per day"))
        days = QGridLayout()
        days.setHorizontalSpacing(8)
        days.setVerticalSpacing(2)
        days.setColumnStretch(4, 1)  # the days keep together at the left, whatever the width
        self.day_checks: list[QCheckBox] = []
        for i, (text, key) in enumerate(zip(DAY_LABELS, WEEKDAYS, strict=True)):
            check = QCheckBox(self.tr(text))
            check.setChecked(True)
            check.setAccessibleName(self.tr(ON_DAYS[i]))
            check.setProperty("day", key)
            self.day_checks.append(check)
            days.addWidget(check, i // 4, i % 4)
        self.at_check = QCheckBox(self.tr("&At times"))
        self.at_check.setChecked(True)
        self.at_check.setAccessibleName(self.tr("Sessions at set times"))
        self.at_check.setToolTip(self.tr("Untick when the person may choose their own times"))
        times = QHBoxLayout()
        self.time_edits: list[QTimeEdit] = []
        for i, text in enumerate(DEFAULT_TIMES):
            edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(fill(self.tr("Time of session %1"), i + 1))
            self.time_edits.append(edit)
            times.addWidget(edit)
        times.addStretch(1)
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(240)
        self.notes_edit.setPlaceholderText(self.tr("Shown to the person with the routine"))
        self.notes_edit.setAccessibleName(self.tr("Notes for the person"))
        self.approval_checks: dict[str, QCheckBox] = {}
        for key, source in APPROVAL_TEXT.items():
            text = self.tr(source)
            check = QCheckBox(text.replace(" (", "\n("))  # two lines fit the column
            check.setAccessibleName(text)
            self.approval_checks[key] = check

        form.addRow(self._heading(self.tr("Prescription")))
        form.addRow(self._buddy(self.tr("&Prescriber"), self.prescriber_edit), self.prescriber_edit)
        form.addRow(self._buddy(self.tr("C&linic"), self.clinic_edit), self.clinic_edit)
        form.addRow(self._buddy(self.tr("&Issued"), self.issued_edit), self.issued_edit)
        form.addRow(self._buddy(self.tr("Re&view by"), self.review_edit), self.review_edit)
        form.addRow(self._buddy(self.tr("How &often"), self.per_day_spin), self.per_day_spin)
        form.addRow(QLabel(self.tr("Days")), days)
        form.addRow(self.at_check, times)
        form.addRow(self._buddy(self.tr("&Notes"), self.notes_edit), self.notes_edit)
        approvals = QLabel(self.tr("Approvals (lift a safety rule for this person)"))
        approvals.setProperty("role", "muted")
        approvals.setWordWrap(True)
        form.addRow(approvals)
        for check in self.approval_checks.values():
            form.addRow(check)

        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways too when large text needs it, rather than cutting fields off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setAccessibleName(self.tr("Prescription"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        self._prescription_scroll = scroll
        # The column takes the width its fields need (the lists beside it can give some up),
        # so nothing is cut off at the right edge at ordinary text sizes.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar)
        return scroll

    def _make_bottom(self) -> QHBoxLayout:
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(self.tr("Problems"))
        self.problems_list.setAccessibleDescription(
            self.tr("Errors must be fixed before saving; press Enter on one to go to its step")
        )
        self.problems_list.setWordWrap(True)
        self.problems_list.setFixedHeight(118)
        self.problems_list.setObjectName("problems")
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.length_label = QLabel()
        self.length_label.setProperty("role", "length")
        self.close_button = self._button(self.tr("Close"), self.tr("Close the builder"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = self._button(self.tr("Save as bundle…"), self.tr("Save as bundle"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)  # until the first check has passed
        self.save_button.clicked.connect(self._save_with_dialog)
        side = QVBoxLayout()
        side.addWidget(self.length_label)
        side.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        side.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.problems_list, 1)
        row.addLayout(side)
        return row

    def _describe_controls(self) -> None:
        """A description (read by screen readers, shown as the tool tip) for each control."""
        described: list[tuple[QWidget, str]] = [
            (self.title_edit, self.tr("The name the person sees (Alt+T)")),
            (self.summary_edit, self.tr("One line under the title (Alt+U)")),
            (self.add_button, self.tr("Add the highlighted exercise at the end (Enter)")),
            (self.up_button, self.tr("Move the selected step up (Ctrl+Up)")),
            (self.down_button, self.tr("Move the selected step down (Ctrl+Down)")),
            (self.remove_button, self.tr("Remove the selected step (Delete)")),
            (self.amount_spin, self.tr("How long, in seconds (Alt+H or Alt+M)")),
            (self.reps_spin, self.tr("How many times (Alt+R)")),
            (self.rest_spin, self.tr("Rest between repetitions, in seconds (Alt+S)")),
            (self.sides_combo, self.tr("Which legs, and in what order (Alt+E)")),
            (self.cue_edit, self.tr("Said before the exercise's own cues (Alt+C)")),
            (self.optional_check, self.tr("The person may skip this step")),
            (self.prescriber_edit, self.tr("Who prescribes this routine (Alt+P)")),
            (self.clinic_edit, self.tr("Where they work (Alt+L)")),
            (self.issued_edit, self.tr("The day the routine is given (Alt+I)")),
            (self.review_edit, self.tr("Coach asks for a review after this day (Alt+V)")),
            (self.per_day_spin, self.tr("Sessions a day (Alt+O)")),
            (self.notes_edit, self.tr("Shown to the person with the routine (Alt+N)")),
            (self.close_button, self.tr("Close the builder (Esc)")),
            (self.save_button, self.tr("Save a bundle to hand over; only without errors")),
        ]
        described += [(c, self.tr("Sessions on this day")) for c in self.day_checks]
        described += [(e, self.tr("Time of this session")) for e in self.time_edits]
        described += [
            (c, self.tr("Lifts this safety rule for this person"))
            for c in self.approval_checks.values()
        ]
        for widget, text in described:
            widget.setAccessibleDescription(text)
            widget.setToolTip(text)
        self.at_check.setAccessibleDescription(self.at_check.toolTip())
        for widget in (self.catalogue_list, self.steps_list, self.problems_list, self.id_edit):
            widget.setToolTip(widget.accessibleDescription())
        self.status_label.setAccessibleDescription(self.tr("Routine status"))
        self.length_label.setAccessibleDescription(self.tr("Planned length"))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title_edit,
            self.id_edit,
            self.summary_edit,
            self.catalogue_list,
            self.add_button,
            self.steps_list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.amount_spin,
            self.reps_spin,
            self.rest_spin,
            self.sides_combo,
            self.cue_edit,
            self.optional_check,
            self.prescriber_edit,
            self.clinic_edit,
            self.issued_edit,
            self.review_edit,
            self.per_day_spin,
            *self.day_checks,
            self.at_check,
            *self.time_edits,
            self.notes_edit,
            *self.approval_checks.values(),
            self.problems_list,
            self.close_button,
            self.save_button,
        ]
        tab_chain(chain)

    def _connect_changes(self) -> None:
        self.title_edit.textChanged.connect(self._title_changed)
        self.id_edit.textEdited.connect(self._id_typed)
        for edit in (
            self.id_edit,
            self.summary_edit,
            self.prescriber_edit,
            self.clinic_edit,
            self.notes_edit,
        ):
            edit.textChanged.connect(self._schedule)
        for date_edit in (self.issued_edit, self.review_edit):
            date_edit.dateChanged.connect(self._schedule)
        self.per_day_spin.valueChanged.connect(self._sessions_changed)
        self.at_check.toggled.connect(self._sessions_changed)
        for time_edit in self.time_edits:
            time_edit.timeChanged.connect(self._schedule)
        for check in (*self.day_checks, *self.approval_checks.values()):
            check.toggled.connect(self._schedule)
        self.amount_spin.valueChanged.connect(lambda v: self._dose_edited("amount", v))
        self.reps_spin.valueChanged.connect(lambda v: self._dose_edited("reps", v))
        self.rest_spin.valueChanged.connect(lambda v: self._dose_edited("rest_s", v))
        self.sides_combo.currentIndexChanged.connect(self._sides_edited)
        self.cue_edit.textChanged.connect(self._cue_edited)
        self.optional_check.toggled.connect(self._optional_edited)
        self._sessions_changed()

    # ----------------------------------------------------------------- loading

    def _new_steps(self) -> None:
        self._steps = [_StepDraft(exercise=None, duration_s=CHECK_SECONDS)]
        self._refresh_steps(select=0)

    def load(self, routine: Routine) -> None:
        """Fill every field from an existing routine so it can be edited and saved again."""
        self._loading = True
        try:
            self._base = routine
            self._id_edited = True
            self.title_edit.setText(routine.title)
            self.id_edit.setText(routine.id)
            self.summary_edit.setText(routine.summary or "")
            drafts = [_StepDraft.from_step(s) for s in routine.steps]
            if routine.kind == "session":
                checks = [i for i, d in enumerate(drafts) if d.exercise is None]
                first = drafts.pop(checks[0]) if checks else _StepDraft(duration_s=CHECK_SECONDS)
                drafts.insert(0, first)
            self._steps = drafts
            a = routine.assigned
            self.prescriber_edit.setText(a.prescriber if a else "")
            self.clinic_edit.setText((a.clinic if a else None) or "")
            self.notes_edit.setText((a.notes if a else None) or "")
            today = date.today()
            self.issued_edit.setDate(to_qdate((a.issued if a else None) or today))
            self.review_edit.setDate(to_qdate((a.review_by if a else None) or today + REVIEW_AFTER))
            freq = a.frequency if a else None
            self.per_day_spin.setValue(min(freq.per_day, MAX_SESSIONS) if freq else 1)
            days = set(freq.days) if freq and freq.days else set(WEEKDAYS)
            for check in self.day_checks:
                check.setChecked(check.property("day") in days)
            # A new prescription gets set times; an existing one keeps what it said.
            self.at_check.setChecked(bool(freq.at) if freq else a is None)
            if freq:
                for edit, text in zip(self.time_edits, freq.at, strict=False):
                    edit.setTime(QTime.fromString(text, "HH:mm"))
            approvals = set(a.approvals) if a else set()
            for key, check in self.approval_checks.items():
                check.setChecked(key in approvals)
        finally:
            self._loading = False
        self._sessions_changed()
        self._refresh_steps(select=0)
        self._schedule()

    # ----------------------------------------------------------------- steps

    def _known(self) -> dict[str, Exercise]:
        own = {e.id: e for e in self._base.exercises} if self._base else {}
        return {**self._library.catalogue, **own}

    def _step_text(self, number: int, draft: _StepDraft) -> str:
        if draft.exercise is None:
            if self._is_session():
                return fill(self.tr("%1. Red-flag check (always first)"), number)
            return fill(self.tr("%1. Red-flag check"), number)
        ex = self._known().get(draft.exercise)
        if ex is None:
            return fill(self.tr("%1. %2 (not in the catalogue)"), number, draft.exercise)
        text = f"{number}. {ex.name}\n{_dose_text(ex, self._override(draft))}"
        return text + (self.tr(" · optional") if draft.optional else "")

    def _refresh_steps(self, select: int | None = None) -> None:
        row = self.steps_list.currentRow() if select is None else select
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for i, draft in enumerate(self._steps):
            item = QListWidgetItem(self._step_text(i + 1, draft))
            if self._pinned(i):
                item.setToolTip(self.tr("Every session starts by asking about warning signs"))
            self.steps_list.addItem(item)
        self.steps_list.blockSignals(False)
        row = max(0, min(row, len(self._steps) - 1))
        self.steps_list.setCurrentRow(row)
        self._show_step(row)

    def _is_session(self) -> bool:
        return self._base is None or self._base.kind == "session"

    def _pinned(self, row: int) -> bool:
        return (
            row == 0
            and self._is_session()
            and bool(self._steps)
            and (self._steps[0].exercise is None)
        )

    def add_selected(self) -> None:
        """Add the highlighted catalogue exercise at the end of the routine."""
        item = self.catalogue_list.currentItem()
        if item is not None:
            self.add_exercise(str(item.data(Qt.ItemDataRole.UserRole)))

    def add_exercise(self, exercise_id: str) -> None:
        self._steps.append(_StepDraft(exercise=exercise_id))
        self._refresh_steps(select=len(self._steps) - 1)
        self._schedule()

    def remove_current(self) -> None:
        """Remove the selected step; the red-flag check stays."""
        row = self.steps_list.currentRow()
        if row < 0 or self._pinned(row):
            return
        del self._steps[row]
        self._refresh_steps(select=min(row, len(self._steps) - 1))
        self._schedule()

    def move_current(self, delta: int) -> None:
        """Move the selected step up or down; nothing moves above or onto the check."""
        row = self.steps_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._steps):
            return
        if self._pinned(row) or self._pinned(target):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        self._refresh_steps(select=target)
        self.steps_list.setFocus()
        self._schedule()

    def _current(self) -> _StepDraft | None:
        row = self.steps_list.currentRow()
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def _override(self, draft: _StepDraft) -> DoseOverride | None:
        try:
            return DoseOverride.model_validate(draft.dose) if draft.dose else None
        except ValidationError:
            return None

    def _show_step(self, row: int) -> None:
        """Fill the dose editor for the selected step."""
        draft = self._steps[row] if 0 <= row < len(self._steps) else None
        pinned = self._pinned(row)
        self.remove_button.setEnabled(draft is not None and not pinned)
        self.up_button.setEnabled(draft is not None and row > (1 if self._is_session() else 0))
        self.down_button.setEnabled(draft is not None and not pinned and row < len(self._steps) - 1)
        ex = self._known().get(draft.exercise) if draft and draft.exercise else None
        editable = ex is not None
        for widget in (*self._dose_widgets, self.amount_label):
            widget.setEnabled(editable)
        self.optional_check.setEnabled(draft is not None)
        self._loading, was_loading = True, self._loading
        try:
            self.optional_check.setChecked(bool(draft and draft.optional))
            if draft is None:
                self.dose_title.setText(self.tr("Select a step to change its dose"))
                return
            if ex is None:
                self.dose_title.setText(
                    self.tr(
                        "Red-flag check: asks about warning signs before any exercise. "
                        "It always comes first and has no dose."
                    )
                    if draft.exercise is None
                    else fill(self.tr("“%1” is not in the catalogue"), draft.exercise)
                )
                self.cue_edit.clear()
                return
            self.dose_title.setText(fill(self.tr("Step %1: %2"), row + 1, ex.name))
            dose = merge_dose(ex.dose, self._override(draft))
            if dose.hold_s is not None:
                self.amount_label.setText(self.tr("&Hold"))
                self.amount_spin.setRange(3, 120)
                self.amount_spin.setValue(dose.hold_s)
                self.amount_spin.setAccessibleName(self.tr("Hold seconds"))
            else:
                self.amount_label.setText(self.tr("&Movement"))
                self.amount_spin.setRange(5, 1800)
                self.amount_spin.setValue(dose.duration_s or 5)
                self.amount_spin.setAccessibleName(self.tr("Movement seconds"))
            self.reps_spin.setValue(dose.reps)
            self.rest_spin.setValue(dose.rest_s)
            self.sides_combo.clear()
            choices = list(SIDE_CHOICES)
            if dose.sides not in choices:
                choices.append(dose.sides)
            for side in choices:
                self.sides_combo.addItem(self.tr(SIDE_TEXT[side]), str(side))
            self.sides_combo.setCurrentIndex(choices.index(dose.sides))
            self.cue_edit.setText(draft.cue)
        finally:
            self._loading = was_loading

    def _edit_current(self, change: dict[str, Any]) -> None:
        draft = self._current()
        if self._loading or draft is None or draft.exercise is None:
            return
        draft.dose.update(change)
        self._update_current_text()

    def _update_current_text(self) -> None:
        row = self.steps_list.currentRow()
        item = self.steps_list.item(row)
        if item is not None:
            item.setText(self._step_text(row + 1, self._steps[row]))
        self._schedule()

    def _dose_edited(self, what: str, value: int) -> None:
        if what == "amount":
            draft = self._current()
            ex = self._known().get(draft.exercise or "") if draft else None
            if ex is None or draft is None:
                return
            hold = merge_dose(ex.dose, self._override(draft)).hold_s is not None
            what = "hold_s" if hold else "duration_s"
        self._edit_current({what: value})

    def _sides_edited(self, index: int) -> None:
        value = self.sides_combo.itemData(index)
        if value is not None:
            self._edit_current({"sides": Sides(value)})

    def _cue_edited(self, text: str) -> None:
        draft = self._current()
        if self._loading or draft is None or draft.exercise is None:
            return
        draft.cue = text
        self._update_current_text()

    def _optional_edited(self, checked: bool) -> None:
        draft = self._current()
        if self._loading or draft is None:
            return
        draft.optional = checked
        self._update_current_text()

    # ----------------------------------------------------------------- form changes

    def _title_changed(self, text: str) -> None:
        if not self._loading and (not self._id_edited or not self.id_edit.text()):
            self._id_edited = False
            self.id_edit.setText(slug(text))
        self._schedule()

    def _id_typed(self, text: str) -> None:
        self._id_edited = bool(text)

    def _sessions_changed(self) -> None:
        count = self.per_day_spin.value()
        for i, edit in enumerate(self.time_edits):
            edit.setVisible(i < count)
            edit.setEnabled(self.at_check.isChecked())
        self._schedule()

    # ----------------------------------------------------------------- validation

    def _schedule(self, *_args: object) -> None:
        """Validate 150 ms after the last change, so typing stays smooth."""
        if self._loading:
            return
        self._dirty = True
        self._timer.start()

    def _data(self) -> dict[str, Any]:
        """The routine as plain data, straight from the controls."""
        base = self._base
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id_edit.text(),
            "title": self.title_edit.text().strip(),
            "kind": base.kind if base else "session",
            "version": base.version if base else 1,
            "steps": [d.as_data() for d in self._steps],
        }
        if self.summary_edit.text().strip():
            data["summary"] = self.summary_edit.text().strip()
        if not data["title"]:
            del data["title"]
        if base is not None:
            data["exercises"] = [to_data(e) for e in base.exercises]
            data["escalations"] = [to_data(e) for e in base.escalations]
            if base.finish is not None:
                data["finish"] = base.finish
        assigned: dict[str, Any] = {
            "issued": _pydate(self.issued_edit.date()),
            "review_by": _pydate(self.review_edit.date()),
            "approvals": [k for k, c in self.approval_checks.items() if c.isChecked()],
        }
        for key, edit in (
            ("prescriber", self.prescriber_edit),
            ("clinic", self.clinic_edit),
            ("notes", self.notes_edit),
        ):
            if edit.text().strip():
                assigned[key] = edit.text().strip()
        per_day = self.per_day_spin.value()
        days = [str(c.property("day")) for c in self.day_checks if c.isChecked()]
        at = (
            [e.time().toString("HH:mm") for e in self.time_edits[:per_day]]
            if self.at_check.isChecked()
            else []
        )
        every_day = len(days) == len(WEEKDAYS)
        if per_day != 1 or not every_day or at:
            assigned["frequency"] = {
                "per_day": per_day,
                "days": None if every_day else days,
                "at": at,
            }
        data["assigned"] = assigned
        return data

    def _check(self) -> tuple[Routine | None, list[Problem], float | None]:
        """Build, write, re-read and safety-check the routine, as an import would."""
        try:
            built = Routine.model_validate(self._data())
        except ValidationError as exc:
            problems = [
                Problem(
                    "routine.yaml",
                    1,
                    1,
                    format_path([p for p in e["loc"] if isinstance(p, str | int)]),
                    _plain_message(dict(e)),
                )
                for e in exc.errors()
            ]
            return None, problems, None
        catalogue = self._library.catalogue
        try:
            doc = load_yaml_text(routine_to_yaml(built), "routine.yaml")
            parsed = parse_routine(doc, catalogue, self._library.sources)
        except YamlLoadError as exc:
            return None, [Problem(exc.filename, exc.line, exc.column, "", exc.message)], None
        except RoutineFileError as exc:
            return None, exc.problems, None
        known = {**catalogue, **{e.id: e for e in parsed.exercises}}
        problems = safety_problems(doc, parsed, known, self._week)
        a = parsed.assigned
        if a and a.issued and a.review_by and a.review_by < a.issued:
            problems.append(
                Problem(
                    "routine.yaml",
                    1,
                    1,
                    "assigned.review_by",
                    self.tr("the review date is before the issue date"),
                )
            )
        if parsed.exercises:
            problems.append(
                Problem(
                    "routine.yaml",
                    1,
                    1,
                    "exercises",
                    self.tr(
                        "this routine has its own exercises; the bundle holds routine.yaml "
                        "only, so add their pictures next to it before sharing"
                    ),
                    severity="warning",
                )
            )
        try:
            total = plan(parsed, known).total_s
        except (KeyError, ValueError):
            total = None
        return parsed, problems, total

    def _validate_now(self) -> None:
        self._timer.stop()
        self._dirty = False
        routine, problems, total = self._check()
        shown = [_shown(p) for p in problems]
        shown.sort(key=lambda s: s.severity != "error")  # errors first, order kept otherwise
        errors = sum(s.severity == "error" for s in shown)
        self._problems = shown
        self._routine = routine if errors == 0 else None
        self.problems_list.clear()
        for problem in shown:
            item = QListWidgetItem(problem.text)
            item.setData(Qt.ItemDataRole.UserRole, problem.step)
            if problem.severity == "error":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.problems_list.addItem(item)
        minutes = max(1, round(total / 60)) if total else None
        about = fill(self.tr("About %1 min"), minutes) if minutes else None
        self.length_label.setText(about or self.tr("Length not known yet"))
        warnings = len(shown) - errors
        before = self.status_label.text()
        if errors:
            status = self.tr("%n error(s) to fix before saving", "", errors)
            if warnings:
                status += self.tr(", %n warning(s)", "", warnings)
            self.status_label.setText(status)
        elif warnings:
            self.status_label.setText(self.tr("Ready to save; %n warning(s) to read", "", warnings))
        else:
            self.status_label.setText(self.tr("No problems: ready to save"))
        self.save_button.setEnabled(self._routine is not None)
        if self.status_label.text() != before:
            announce(self, self.status_label.text())

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        step = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(step, int) and 0 <= step < len(self._steps):
            self.steps_list.setCurrentRow(step)
            self.steps_list.setFocus()

    # ----------------------------------------------------------------- results

    def validation_pending(self) -> bool:
        """True between an edit and the debounced check that follows it."""
        return self._timer.isActive()

    def problems(self) -> list[str]:
        """The problems as shown, checked against the current controls."""
        if self._dirty:
            self._validate_now()
        return [p.text for p in self._problems]

    def routine(self) -> Routine | None:
        """The routine as it stands, or None while it has errors."""
        if self._dirty:
            self._validate_now()
        return self._routine

    def save_to(self, path: Path) -> Path:
        """Save the bundle without asking where; ValueError while the routine has errors."""
        routine = self.routine()
        if routine is None:
            raise ValueError("the routine has errors; fix them before saving")
        saved = save_bundle(routine, Path(path))
        self.last_saved = saved
        self.status_label.setText(fill(self.tr("Saved to %1"), saved.name))
        return saved

    def _save_with_dialog(self) -> None:
        routine = self.routine()
        if routine is None:
            return
        start = str(Path.home() / f"{routine.id}.zip")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save routine bundle"), start, self.tr("Coach routine (*.zip)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError as exc:
            text = fill(self.tr("The bundle was not saved:\n%1"), exc)
            QMessageBox.warning(self, self.tr("Could not save"), text)


def _stylesheet() -> str:
    """Denser than the player screens (this is a clinician's form), in the app's colours,
    with sizes relative to the system font times the person's text size."""
    theme, scale = current_look()
    base = base_point_size()

    def pt(px_at_base: float) -> str:
        return f"{font_pt(px_at_base, scale, base)}pt"

    arrows = round(14 * scale)
    box = round(14 * scale)
    return f"""
    QLabel, QLineEdit, QSpinBox, QDateEdit, QTimeEdit, QComboBox, QCheckBox, QListWidget {{
        font-size: {pt(15)}; }}
    QLabel[role="heading"] {{ font-size: {pt(19)}; font-weight: 600; }}
    QLabel[role="length"] {{ font-size: {pt(19)}; font-weight: 600; }}
    QFrame[role="card"] QCheckBox {{ background: {theme.surface}; }}
    QPushButton {{ font-size: {pt(16)}; padding: {round(7 * scale)}px {round(16 * scale)}px; }}
    QPushButton[role="primary"] {{ padding: 1px {round(10 * scale)}px; }}
    QPushButton[role="primary"]:disabled {{ background: {theme.surface};
        color: {theme.disabled}; border: 1px dashed {theme.disabled};
        padding: {round(7 * scale)}px {round(16 * scale)}px; }}
    QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 1px 3px; }}
    QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{ padding: 0px 1px; }}
    QAbstractSpinBox {{ padding-right: 2px; }}
    QAbstractSpinBox:focus {{ padding-right: 0px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {arrows}px; }}
    QAbstractSpinBox {{ padding-left: 1px; }}
    QCheckBox {{ border-width: 2px; padding: 0px; spacing: 4px; }}
    QCheckBox::indicator {{ width: {box}px; height: {box}px; }}
    QListWidget::item {{ padding: 6px 8px; }}
    QListWidget#problems::item {{ padding: 2px 8px; }}
    """


def _amount_text(ex: Exercise, override: DoseOverride | None = None) -> str:
    """How long, in a few words: 'hold 20 s × 3' or '30 s'."""
    dose = merge_dose(ex.dose, override)
    if dose.hold_s is not None:
        text = fill(translate("BuilderDialog", "hold %1 s"), dose.hold_s)
    else:
        text = fill(translate("BuilderDialog", "%1 s"), dose.duration_s)
    return text + (f" × {dose.reps}" if dose.reps > 1 else "")


def _dose_text(ex: Exercise, override: DoseOverride | None = None) -> str:
    """A dose in a few words: 'hold 20 s × 3, each leg' or '30 s, both together'."""
    dose = merge_dose(ex.dose, override)
    text = _amount_text(ex, override)
    legs = {
        Sides.BOTH: translate("BuilderDialog", "each leg"),
        Sides.LEFT: translate("BuilderDialog", "left leg"),
        Sides.RIGHT: translate("BuilderDialog", "right leg"),
        Sides.TOGETHER: translate("BuilderDialog", "both together"),
        Sides.AFFECTED: translate("BuilderDialog", "cramping leg"),
    }[dose.sides]
    return f"{text}, {legs}"
