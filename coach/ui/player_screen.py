"""The player: a big moving picture, a big countdown, one cue line, big controls.

It renders `Snapshot`s from a SessionController and forwards presses to it; it computes
no timing of its own (the frame to show is derived from the snapshot's elapsed time).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.models import Source
from coach.core.player import Answer, PlayerState, Snapshot
from coach.core.red_flags import ALWAYS_BANNER, QUESTIONS
from coach.core.timeline import Frames, Segment, SegmentKind
from coach.ui.countdown_ring import CountdownRing
from coach.ui.illustration_view import IllustrationView
from coach.ui.session_controller import SessionController
from coach.ui.theme import Theme

FRAME_PERIOD_S = 2.0  # alternate start/end pictures this often while holding

KIND_LABELS = {
    SegmentKind.CHECK: "Safety check",
    SegmentKind.READY: "Get ready",
    SegmentKind.HOLD: "Hold",
    SegmentKind.MOVE: "Keep moving",
    SegmentKind.REST: "Rest",
    SegmentKind.SWITCH: "Switch sides",
    SegmentKind.ASK: "Is it easing?",
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
        self.setAccessibleName("Routine player")

        self.routine_title = _label("heading")
        self.time_left = _label("muted")
        self.sound_mark = _label("badge", "Sound off")
        self.sound_mark.setAccessibleName("Sound is off")
        self.sound_mark.hide()
        self.stop_button = _button("Stop", "stop", "Stop", "Stop the routine now (Esc)")
        top = QHBoxLayout()
        top.addWidget(self.routine_title, 1)
        top.addWidget(self.sound_mark)
        top.addSpacing(12)
        top.addWidget(self.time_left)
        top.addSpacing(12)
        top.addWidget(self.stop_button)

        self.banner = _label("banner", wrap=True)
        self.banner.hide()
        self.escalation = _label("banner", wrap=True)
        self.escalation.setAccessibleName("Advice")
        self.escalation.hide()

        self.picture = IllustrationView(illustrations_dir)
        self.ring = CountdownRing()
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
        self.cue_label.setAccessibleName("Instruction")
        self.cue_label.setMinimumHeight(64)
        self.cue_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.questions = _label("question", "\n".join(f"•  {q}" for q in QUESTIONS), wrap=True)
        self.questions.setAccessibleName("Warning signs")
        self.questions.hide()
        self.note_label = _label("note", wrap=True)
        self.note_label.hide()
        self.why_label = _label("muted", wrap=True)
        self.why_label.setAccessibleName("Why this helps")
        self.why_label.hide()
        self.why_button = QToolButton()
        self.why_button.setText("Why this helps")
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName("Why this helps")
        self.why_button.setAccessibleDescription("Show why this exercise helps, and its sources")
        self.why_button.toggled.connect(self.why_label.setVisible)
        self._sources: Mapping[str, Source] = {}

        self.leg_question = _label("side", "Which leg?")
        self.leg_buttons: dict[str, QPushButton] = {}
        legs = QHBoxLayout()
        legs.addWidget(self.leg_question)
        for where in ("left calf", "right calf", "left foot", "right foot"):
            button = _button(
                where.capitalize(), "big", where.capitalize(), f"The cramp is in the {where}"
            )
            button.clicked.connect(lambda _=False, w=where: self._choose_leg(w))
            legs.addWidget(button)
            self.leg_buttons[where] = button
        self.leg_skip = _button("Skip", "big", "Skip the leg question", "Don't say which leg")
        self.leg_skip.clicked.connect(lambda: self._choose_leg(None))
        legs.addWidget(self.leg_skip)
        legs.setContentsMargins(0, 0, 0, 0)
        self.leg_row = QWidget()
        self.leg_row.setLayout(legs)
        self.leg_row.hide()

        self.yes_button = _button(
            "Yes, one of these", "big", "Yes, one of these", "Stop and see what to do"
        )
        self.none_button = _button(
            "None of these — start", "primary", "None of these", "Start the routine"
        )
        self.none_button.setProperty("role", "primary")
        self.easing_button = _button(
            "It's easing", "primary", "It's easing", "The cramp is easing: go on to the next step"
        )
        self.again_button = _button("Still cramping", "big", "Still cramping", "Stretch again now")
        answers = QHBoxLayout()
        for b in (self.none_button, self.yes_button, self.easing_button, self.again_button):
            b.setProperty("scale", "huge")
            b.setMinimumHeight(72)
            answers.addWidget(b)
            b.hide()

        self.next_label = _label("muted")
        self.back_button = _button("◀  Back", "big", "Back", "Restart this exercise (Left arrow)")
        self.pause_button = _button("Pause", "big", "Pause", "Pause or resume (Space)")
        self.skip_button = _button(
            "Skip  ▶", "big", "Skip", "Go to the next exercise (Right arrow)"
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1)
        for b in (self.back_button, self.pause_button, self.skip_button):
            b.setMinimumHeight(56)
            bottom.addWidget(b)

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

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 16, 28, 16)
        root.setSpacing(10)
        root.addLayout(top)
        root.addWidget(self.banner)
        root.addWidget(self.escalation)
        root.addLayout(middle, 1)
        root.addWidget(card)
        root.addWidget(self.leg_row)
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

    # -- wiring ----------------------------------------------------------------------
    def bind(self, controller: SessionController, routine_folder: Path | None = None) -> None:
        """Show `controller`'s routine; its own pictures come from `routine_folder`."""
        self.unbind()
        self.picture.set_routine_folder(routine_folder)
        self._controller = controller
        self._segment = None
        controller.changed.connect(self.render)
        self.routine_title.setText(controller.timeline.title)
        relief = controller.timeline.kind == "relief"
        self.banner.setText(ALWAYS_BANNER)
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

    def _choose_leg(self, where: str | None) -> None:
        self.leg_row.hide()
        if self._controller is not None:
            self._controller.set_affected(where)

    def set_theme(self, theme: Theme) -> None:
        self.picture.set_theme(theme)
        self.ring.set_theme(theme)

    def set_sound_available(self, available: bool, why: str = "") -> None:
        self.sound_mark.setVisible(not available)
        self.sound_mark.setToolTip(why or "Sound is off; the routine goes on silently.")

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
        self.cue_label.setText(snap.cue)
        paused = snap.state == PlayerState.PAUSED
        self.pause_button.setText("Resume" if paused else "Pause")
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")
        if self._controller is not None and self._controller.timeline.kind == "relief":
            self.time_left.setText(f"{format_clock(snap.total_elapsed_s)} since you started")
        else:
            self.time_left.setText(f"{format_clock(snap.routine_remaining_s)} left")
        self.next_label.setText(f"Next: {snap.next_title}" if snap.next_title else "Next: finish")
        self.side_label.setText(snap.position_label)
        self._render_ring(seg, snap, paused)
        self._render_picture(seg, snap)
        esc = snap.escalation
        self.escalation.setVisible(esc is not None)
        if esc is not None:
            self.escalation.setText(("Urgent: " if esc.level == "urgent" else "") + esc.message)

    def _render_segment(self, seg: Segment) -> None:
        self.kind_label.setText(KIND_LABELS[seg.kind] + ("  ·  optional" if seg.optional else ""))
        self.exercise_title.setText(seg.title)
        names = [self._sources[s].name if s in self._sources else s for s in seg.sources]
        why = seg.why or ""
        self.why_label.setText(f"{why}\nSources: {'; '.join(names)}".strip())
        self.why_button.setVisible(bool(seg.sources))
        notes = list(seg.notes)
        if seg.optional and seg.kind == SegmentKind.READY:
            notes.append("Optional: press Skip to leave this out.")
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

    def _render_ring(self, seg: Segment, snap: Snapshot, paused: bool) -> None:
        if seg.kind == SegmentKind.CHECK:
            self.ring.show_value("?", 0.0, "answer to start")
            return
        caption = (
            "paused"
            if paused
            else ("stretch again in" if seg.kind == SegmentKind.ASK else "seconds")
        )
        if seg.duration_s >= 100:
            self.ring.show_value(
                format_clock(snap.remaining_s), snap.progress, caption if paused else "left"
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
