"""The player: a big moving picture, a big countdown, one cue line, big controls.

It renders `Snapshot`s from a SessionController and forwards presses to it; it computes
no timing of its own (the frame to show is derived from the snapshot's elapsed time).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.body_words import place_text
from coach.core.i18n import fill
from coach.core.player import Answer, PlayerState, Snapshot
from coach.core.records import Source
from coach.core.red_flags import always_banner, questions
from coach.core.timeline import Frames, Segment, SegmentKind
from coach.ui.a11y import announce, name_changed, tab_chain
from coach.ui.countdown_ring import CountdownRing
from coach.ui.flow_layout import FlowLayout
from coach.ui.illustration_view import IllustrationView
from coach.ui.session_controller import SessionController
from coach.ui.theme import Theme

FRAME_PERIOD_S = 2.0  # alternate start/end pictures this often while holding

KIND_LABELS = {  # English sources; shown through self.tr()
    SegmentKind.CHECK: QT_TRANSLATE_NOOP("PlayerScreen", "Safety check"),
    SegmentKind.READY: QT_TRANSLATE_NOOP("PlayerScreen", "Get ready"),
    SegmentKind.HOLD: QT_TRANSLATE_NOOP("PlayerScreen", "Hold"),
    SegmentKind.MOVE: QT_TRANSLATE_NOOP("PlayerScreen", "Keep moving"),
    SegmentKind.REST: QT_TRANSLATE_NOOP("PlayerScreen", "Rest"),
    SegmentKind.SWITCH: QT_TRANSLATE_NOOP("PlayerScreen", "Switch sides"),
    SegmentKind.ASK: QT_TRANSLATE_NOOP("PlayerScreen", "Is it easing?"),
}


def format_clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _label(role: str, text: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def _button(text: str, role: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", role)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    return button


class PlayerScreen(QWidget):
    """Shows the routine in progress. `bind()` attaches it to a controller.

    Signals:
        stop_requested(): Stop was pressed; the window asks what happened.
    """

    stop_requested = Signal()

    def __init__(self, illustrations_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller: SessionController | None = None
        self._segment: Segment | None = None
        self.setAccessibleName(self.tr("Routine player"))

        self.routine_title = _label("heading", wrap=True)
        self.time_left = _label("muted", wrap=True)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_left.setAccessibleDescription(self.tr("Time"))
        self.sound_mark = _label("badge", self.tr("Sound off"))
        self.sound_mark.setAccessibleName(self.tr("Sound is off"))
        self.sound_mark.setAccessibleDescription(self.tr("The routine goes on silently"))
        self.sound_mark.hide()
        self.stop_button = _button(
            self.tr("Stop"), "stop", self.tr("Stop"), self.tr("Stop the routine now (Esc)")
        )
        top = QHBoxLayout()
        top.addWidget(self.routine_title, 1)
        top.addWidget(self.sound_mark)
        top.addSpacing(12)
        top.addWidget(self.time_left, 1)  # one line when there is room, two when not
        top.addSpacing(12)
        top.addWidget(self.stop_button)

        self.banner = _label("banner", wrap=True)
        self.banner.hide()
        self.banner.setAccessibleDescription(self.tr("Warning"))
        self.escalation = _label("banner", wrap=True)
        self.escalation.setAccessibleDescription(self.tr("Advice"))  # its name is its text
        self.escalation.hide()

        self.picture = IllustrationView(illustrations_dir)
        self.ring = CountdownRing()
        for view in (self.picture, self.ring):
            view.setMinimumSize(0, 0)  # they give way first when large text needs the room
        self.side_label = _label("side")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QVBoxLayout()
        right.addWidget(self.ring, 1)
        right.addWidget(self.side_label)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 3)
        middle.addLayout(right, 2)

        self.kind_label = _label("muted")
        self.exercise_title = _label("title", wrap=True)
        self.cue_label = _label("cue", wrap=True)
        self.cue_label.setAccessibleDescription(self.tr("Instruction"))  # its name is its text
        self.cue_label.setMinimumHeight(64)
        self.cue_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.questions = _label("question", "\n".join(f"•  {q}" for q in questions()), wrap=True)
        self.questions.setAccessibleDescription(self.tr("Warning signs"))
        self.questions.hide()
        self.note_label = _label("note", wrap=True)
        self.note_label.hide()
        self.why_label = _label("muted", wrap=True)
        self.why_label.setAccessibleDescription(self.tr("Why this helps"))
        self.why_label.hide()
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("Why this helps"))
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(self.tr("Why this helps"))
        self.why_button.setAccessibleDescription(
            self.tr("Show why this exercise helps, and its sources")
        )
        self.why_button.setToolTip(self.why_button.accessibleDescription())
        self.why_button.toggled.connect(self.why_label.setVisible)
        self._sources: Mapping[str, Source] = {}

        self.leg_question = _label("side", self.tr("Which leg?"))
        self.leg_buttons: dict[str, QPushButton] = {}
        legs = FlowLayout(stretch="all")  # two rows rather than cut words at large text
        legs.addWidget(self.leg_question)
        for where in ("left calf", "right calf", "left foot", "right foot"):
            shown = place_text(where.capitalize())
            said = fill(self.tr("The cramp is in the %1"), place_text(where))
            button = _button(shown, "big", shown, said)
            button.clicked.connect(lambda _=False, w=where: self._choose_leg(w))
            legs.addWidget(button)
            self.leg_buttons[where] = button
        self.leg_skip = _button(
            self.tr("Skip"), "big", self.tr("Skip the leg question"), self.tr("Don't say which leg")
        )
        self.leg_skip.clicked.connect(lambda: self._choose_leg(None))
        legs.addWidget(self.leg_skip)
        legs.setContentsMargins(0, 0, 0, 0)
        self.leg_row = QWidget()
        self.leg_row.setLayout(legs)
        self.leg_row.hide()

        self.yes_button = _button(
            self.tr("Yes, one of these"),
            "big",
            self.tr("Yes, one of these"),
            self.tr("Stop and see what to do"),
        )
        self.none_button = _button(
            self.tr("None of these — start"),
            "primary",
            self.tr("None of these"),
            self.tr("Start the routine"),
        )
        self.none_button.setProperty("role", "primary")
        self.easing_button = _button(
            self.tr("It's easing"),
            "primary",
            self.tr("It's easing"),
            self.tr("The cramp is easing: go on to the next step"),
        )
        self.again_button = _button(
            self.tr("Still cramping"),
            "big",
            self.tr("Still cramping"),
            self.tr("Stretch again now"),
        )
        answers = FlowLayout(stretch="equal")  # one under the other when large text needs it
        for b in (self.none_button, self.yes_button, self.easing_button, self.again_button):
            b.setProperty("scale", "huge")
            b.setMinimumHeight(72)
            answers.addWidget(b)
            b.hide()

        self.next_label = _label("muted", wrap=True)
        self.back_button = _button(
            self.tr("◀  Back"),
            "big",
            self.tr("Back"),
            self.tr("Restart this exercise (Left arrow)"),
        )
        self.pause_button = _button(
            self.tr("Pause"), "big", self.tr("Pause"), self.tr("Pause or resume (Space)")
        )
        self.skip_button = _button(
            self.tr("Skip  ▶"),
            "big",
            self.tr("Skip"),
            self.tr("Go to the next exercise (Right arrow)"),
        )
        controls = QWidget()  # the three buttons wrap as one, under "Next" when narrow
        controls_box = QHBoxLayout(controls)
        controls_box.setContentsMargins(0, 0, 0, 0)
        for b in (self.back_button, self.pause_button, self.skip_button):
            b.setMinimumHeight(56)
            controls_box.addWidget(b)
        bottom = FlowLayout(stretch="first")
        bottom.addWidget(self.next_label)
        bottom.addWidget(controls)

        card = QFrame()
        card.setProperty("role", "card")
        text_box = QVBoxLayout(card)
        text_box.setContentsMargins(24, 12, 24, 12)
        text_box.setSpacing(4)
        header = QHBoxLayout()
        header.addWidget(self.kind_label, 1)
        header.addWidget(self.why_button)
        text_box.addLayout(header)
        text_box.addWidget(self.exercise_title)
        text_box.addWidget(self.cue_label)
        text_box.addWidget(self.questions)
        text_box.addWidget(self.note_label)
        text_box.addWidget(self.why_label)
        text_box.addStretch(1)

        # Stop, the warnings and the answers stay put; with large text in a small window the
        # picture shrinks first, then the part between them scrolls rather than being cut.
        body = QWidget()
        self.body = QScrollArea()
        self.body.setWidgetResizable(True)
        self.body.setWidget(body)  # while it is empty: nothing is sized before the theme
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body_box = QVBoxLayout(body)
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.setSpacing(10)
        body_box.addLayout(middle, 1)
        body_box.addWidget(card)
        body_box.addWidget(self.leg_row)

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 16, 28, 16)
        root.setSpacing(10)
        root.addLayout(top)
        root.addWidget(self.banner)
        root.addWidget(self.escalation)
        root.addWidget(self.body, 1)
        root.addLayout(answers)
        root.addLayout(bottom)

        self.stop_button.clicked.connect(self.stop_requested)
        self.pause_button.clicked.connect(lambda: self._call("toggle_pause"))
        self.skip_button.clicked.connect(lambda: self._call("skip"))
        self.back_button.clicked.connect(lambda: self._call("back"))
        self.none_button.clicked.connect(lambda: self._answer(Answer.CONTINUE))
        self.yes_button.clicked.connect(lambda: self._answer(Answer.RED_FLAG))
        self.easing_button.clicked.connect(lambda: self._answer(Answer.EASING))
        self.again_button.clicked.connect(lambda: self._answer(Answer.STILL_CRAMPING))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes top to bottom as the screen reads: Stop, the card, answers, controls."""
        chain: list[QWidget] = [
            self.stop_button,
            self.why_button,
            *self.leg_buttons.values(),
            self.leg_skip,
            self.none_button,
            self.yes_button,
            self.easing_button,
            self.again_button,
            self.back_button,
            self.pause_button,
            self.skip_button,
        ]
        tab_chain(chain)

    # -- wiring ----------------------------------------------------------------------
    def bind(self, controller: SessionController, routine_folder: Path | None = None) -> None:
        """Show `controller`'s routine; its own pictures come from `routine_folder`."""
        self.unbind()
        self.picture.set_routine_folder(routine_folder)
        self._controller = controller
        self._segment = None
        controller.changed.connect(self.render)
        self.routine_title.setText(controller.timeline.shown_title)
        relief = controller.timeline.kind == "relief"
        self.banner.setText(always_banner())
        self.banner.setVisible(relief)
        self.leg_row.hide()

    def unbind(self) -> None:
        """Let go of the controller before the window deletes it."""
        if self._controller is not None:
            self._controller.changed.disconnect(self.render)
            self._controller = None

    def set_sources(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources

    def ask_which_leg(self) -> None:
        """Relief: asked once the first stretch cue is already on screen."""
        self.leg_row.show()
        announce(self, self.leg_question.text())

    def _choose_leg(self, where: str | None) -> None:
        self.leg_row.hide()
        if self._controller is not None:
            self._controller.set_affected(where)

    def set_theme(self, theme: Theme) -> None:
        self.picture.set_theme(theme)
        self.ring.set_theme(theme)

    def set_sound_available(self, available: bool, why: str = "") -> None:
        self.sound_mark.setVisible(not available)
        self.sound_mark.setToolTip(why or self.tr("Sound is off; the routine goes on silently."))
        self.sound_mark.setAccessibleDescription(self.sound_mark.toolTip())

    def _call(self, name: str) -> None:
        if self._controller is not None:
            getattr(self._controller, name)()

    def _answer(self, answer: Answer) -> None:
        if self._controller is not None:
            self._controller.answer(answer)

    # -- rendering -------------------------------------------------------------------
    def render(self, snap: Snapshot) -> None:
        seg = snap.segment
        if seg is None:
            return
        if seg is not self._segment:
            self._segment = seg
            self._render_segment(seg)
        if snap.cue != self.cue_label.text():
            self.cue_label.setText(snap.cue)
            announce(self, snap.cue)
        paused = snap.state == PlayerState.PAUSED
        pause = self.tr("Resume") if paused else self.tr("Pause")
        self.pause_button.setText(pause)
        name_changed(self.pause_button, pause)
        if self._controller is not None and self._controller.timeline.kind == "relief":
            since = self.tr("%1 since you started")
            self.time_left.setText(fill(since, format_clock(snap.total_elapsed_s)))
        else:
            left = self.tr("%1 left")
            self.time_left.setText(fill(left, format_clock(snap.routine_remaining_s)))
        following = fill(self.tr("Next: %1"), snap.next_title) if snap.next_title else None
        self.next_label.setText(following or self.tr("Next: finish"))
        self.side_label.setText(snap.position_label)
        self._render_ring(seg, snap, paused)
        self._render_picture(seg, snap)
        esc = snap.escalation
        self.escalation.setVisible(esc is not None)
        if esc is not None:
            self._render_escalation(esc.level == "urgent", esc.message)

    def _render_escalation(self, urgent: bool, message: str) -> None:
        """Advice and urgent advice differ in words and a sign, not only in colour."""
        text = (self.tr("⚠  Urgent: ") if urgent else self.tr("Advice: ")) + message
        if text == self.escalation.text():
            return
        self.escalation.setText(text)
        self.escalation.setProperty("level", "urgent" if urgent else "advise")
        self.escalation.style().unpolish(self.escalation)
        self.escalation.style().polish(self.escalation)
        announce(self, text, urgent=True)

    def _render_segment(self, seg: Segment) -> None:
        kind = self.tr(KIND_LABELS[seg.kind])
        self.kind_label.setText(kind + (self.tr("  ·  optional") if seg.optional else ""))
        self.exercise_title.setText(seg.title)
        names = [seg.text(self._sources[s].name) if s in self._sources else s for s in seg.sources]
        why = seg.why or ""
        sources = fill(self.tr("Sources: %1"), "; ".join(names))
        self.why_label.setText(f"{why}\n{sources}".strip())
        self.why_button.setVisible(bool(seg.sources))
        notes = list(seg.notes)
        if seg.optional and seg.kind == SegmentKind.READY:
            notes.append(self.tr("Optional: press Skip to leave this out."))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        check = seg.kind == SegmentKind.CHECK
        in_loop = seg.eases
        self.questions.setVisible(check)
        for widget in (self.picture, self.ring, self.side_label):
            widget.setVisible(not check)  # the questions need the room
        self.none_button.setVisible(check)
        self.yes_button.setVisible(check)
        self.easing_button.setVisible(in_loop)
        self.again_button.setVisible(seg.kind == SegmentKind.ASK)
        self.skip_button.setEnabled(not check)
        self.back_button.setEnabled(not check)
        if check:
            self.none_button.setFocus()
        elif in_loop:
            self.easing_button.setFocus()
        else:
            held = self.window().focusWidget()
            if held is None or not held.isVisible() or not self.isAncestorOf(held):
                self.pause_button.setFocus()  # never lost when the answer just pressed hides

    def _render_ring(self, seg: Segment, snap: Snapshot, paused: bool) -> None:
        if seg.kind == SegmentKind.CHECK:
            self.ring.show_value("?", 0.0, self.tr("answer to start"))
            return
        if paused:
            caption = self.tr("paused")
        elif seg.kind == SegmentKind.ASK:
            caption = self.tr("stretch again in")
        else:
            caption = self.tr("second(s)", "", snap.countdown)
        if seg.duration_s >= 100:
            self.ring.show_value(
                format_clock(snap.remaining_s),
                snap.progress,
                caption if paused else self.tr("left"),
            )
        else:
            self.ring.show_value(str(snap.countdown), snap.progress, caption)

    def _render_picture(self, seg: Segment, snap: Snapshot) -> None:
        if seg.frames == Frames.ALTERNATE:
            frame = int(snap.elapsed_s // FRAME_PERIOD_S)
        elif seg.frames == Frames.END:
            frame = -1
        else:
            frame = 0
        mirrored = seg.mirrored_for(snap.affected)
        self.picture.show_picture(seg.illustration, frame, mirrored, seg.title)
