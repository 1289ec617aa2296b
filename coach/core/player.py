"""The player: a state machine that answers "where are we?" from an injected clock.

Position is never accumulated from ticks. The player keeps the active time (clock time
minus pauses) at which the current segment began, and each boundary it crosses is set to
exactly `start + duration` of the segment before, however late the tick that noticed it.
So a routine ends at its planned length to the last digit, on any machine, after any stutter.

Listeners are plain callbacks; the Qt adapter re-emits them as signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from coach.core.clock import Clock
from coach.core.record import record
from coach.core.records import Escalation
from coach.core.timeline import Segment, SegmentKind, Timeline

BACK_RESTART_WINDOW_S = 3.0


class PlayerState(StrEnum):
    IDLE = "idle"
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Answer(StrEnum):
    CONTINUE = "continue"  # red-flag check: none of these
    RED_FLAG = "red_flag"  # red-flag check: yes, one of these
    EASING = "easing"  # relief: it's easing
    STILL_CRAMPING = "still_cramping"  # relief: keep stretching


class EventKind(StrEnum):
    SEGMENT = "segment"  # a segment began (value: how late the tick noticed it, seconds)
    COUNTDOWN = "countdown"  # 3, 2, 1 at the end of a hold or movement
    ESCALATION = "escalation"  # a loop has lasted long enough for more advice
    STATE = "state"  # paused, resumed, stopped, finished


@record
class PlayerEvent:
    kind: EventKind
    segment: Segment | None = None
    value: float | int | str | None = None
    escalation: Escalation | None = None


@record
class Snapshot:
    """Everything a view needs to draw the player, computed for one instant."""

    state: PlayerState
    segment: Segment | None
    elapsed_s: float
    remaining_s: float
    routine_remaining_s: float
    next_title: str | None
    escalation: Escalation | None
    loop_elapsed_s: float | None
    total_elapsed_s: float = 0.0
    affected: str | None = None  # e.g. "left calf", once the person has said

    @property
    def position_label(self) -> str:
        return self.segment.label_for(self.affected) if self.segment else ""

    @property
    def countdown(self) -> int:
        """Whole seconds left in the segment, as a countdown shows them (20 ... 1)."""
        return max(0, math.ceil(self.remaining_s - 1e-9))

    @property
    def cue(self) -> str:
        return self.segment.cue_at(self.elapsed_s) if self.segment else ""

    @property
    def progress(self) -> float:
        """Share of the current segment done, 0..1 (for the countdown ring)."""
        if self.segment is None or self.segment.duration_s <= 0:
            return 0.0
        return min(1.0, self.elapsed_s / self.segment.duration_s)


Listener = Callable[[PlayerEvent], None]


class Player:
    """Plays a timeline. Call `update()` often (any rate, any jitter); it catches up exactly."""

    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        if not timeline.segments:
            raise ValueError("nothing to play: the timeline is empty")
        self.timeline = timeline
        self._clock = clock
        self._listeners: list[Listener] = []
        self.state = PlayerState.IDLE
        self.end_reason: str | None = None
        self.affected: str | None = None
        self.eased_at_s: float | None = None  # active time of "it's easing" (relief)
        self._steps_done: dict[str, None] = {}  # exercise ids actually worked on, in order
        self.finished_at_s: float | None = None
        self._started_at = 0.0
        self._paused_total = 0.0
        self._paused_since: float | None = None
        self._index = 0
        self._seg_start = 0.0
        self._loop_start: float | None = None
        self._loop_id: int | None = None
        self._escalations_fired = 0
        self._last_count: int | None = None

    # -- listeners -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: PlayerEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- time ------------------------------------------------------------------------
    def active_time(self) -> float:
        """Seconds of playing since start, pauses excluded."""
        if self.state == PlayerState.IDLE:
            return 0.0
        now = self._paused_since if self._paused_since is not None else self._clock.now()
        return now - self._started_at - self._paused_total

    @property
    def index(self) -> int:
        return self._index

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    # -- commands --------------------------------------------------------------------
    def start(self) -> None:
        if self.state != PlayerState.IDLE:
            return
        self._started_at = self._clock.now()
        self.state = PlayerState.PLAYING
        self._enter(0, 0.0, late=0.0)

    def pause(self) -> None:
        if self.state == PlayerState.PLAYING:
            self.update()
            if self.state != PlayerState.PLAYING:
                return
            self._paused_since = self._clock.now()
            self.state = PlayerState.PAUSED
            self._emit(PlayerEvent(EventKind.STATE, self.segment, "paused"))

    def pause_from(self, at: float) -> bool:
        """Pause as of an earlier moment `at`: the last tick before the computer slept.

        The time asleep then counts as paused, so a stretch is neither cut short nor run
        through unseen; the person resumes from the same place when ready. A red-flag
        check is left alone: it waits for an answer anyway, and pausing it would leave
        the routine paused after that answer. True if the routine is now paused.
        """
        if self.state != PlayerState.PLAYING or self.segment.kind == SegmentKind.CHECK:
            return False
        self._paused_since = min(at, self._clock.now())
        self.update()  # boundaries up to `at` only: active time now stops there
        if self.state != PlayerState.PLAYING:
            return False  # the routine ended before the sleep began
        if self.segment.kind == SegmentKind.CHECK:
            self._paused_since = None  # reached the check before sleeping: it just waits
            return False
        self.state = PlayerState.PAUSED
        self._emit(PlayerEvent(EventKind.STATE, self.segment, "paused"))
        return True

    def resume(self) -> None:
        if self.state == PlayerState.PAUSED and self._paused_since is not None:
            self._paused_total += self._clock.now() - self._paused_since
            self._paused_since = None
            self.state = PlayerState.PLAYING
            self._emit(PlayerEvent(EventKind.STATE, self.segment, "resumed"))

    def toggle_pause(self) -> None:
        if self.state == PlayerState.PLAYING:
            self.pause()
        elif self.state == PlayerState.PAUSED:
            self.resume()

    def stop(self, reason: str = "stopped") -> None:
        """End early; `reason` is kept for the diary (e.g. "red_flag", "tired")."""
        if self.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self.update()
        if self.state in (PlayerState.FINISHED, PlayerState.STOPPED, PlayerState.IDLE):
            return
        self._freeze()
        self.state = PlayerState.STOPPED
        self.end_reason = reason
        self._emit(PlayerEvent(EventKind.STATE, self.segment, "stopped"))

    @property
    def steps_done(self) -> tuple[str, ...]:
        """Exercises that were actually worked on (not only announced), in order."""
        return tuple(self._steps_done)

    @property
    def share_completed(self) -> float:
        """How much of the planned routine was played, 0..1."""
        if self.state == PlayerState.FINISHED:
            return 1.0
        snap = self.snapshot()
        total = self.timeline.total_s
        return 0.0 if total <= 0 else max(0.0, min(1.0, 1 - snap.routine_remaining_s / total))

    def set_affected(self, where: str | None) -> None:
        """Which leg or foot is cramping ("left calf", "right foot"); None if not said."""
        self.affected = where

    def skip(self) -> bool:
        """Go to the next step. In a relief loop, skipping means "it's easing"."""
        if not self._can_jump():
            return False
        seg = self.segment
        if seg.kind == SegmentKind.CHECK:
            return False  # the red-flag check is answered, never skipped
        if seg.eases:
            return self.answer(Answer.EASING)
        self._jump(self._next_step_start())
        return True

    def back(self) -> bool:
        """Restart this step; pressed again at its very start, go to the step before."""
        if not self._can_jump():
            return False
        t = self.active_time()
        start = self.timeline.step_start_for(self._index)
        at_step_start = self._index == start and t - self._seg_start <= BACK_RESTART_WINDOW_S
        if at_step_start:
            earlier = [i for i in self.timeline.step_starts if i < start]
            start = earlier[-1] if earlier else start
        self._jump(start)
        return True

    def answer(self, answer: Answer) -> bool:
        """The person's reply to a waiting segment (red-flag check, "is it easing?")."""
        if not self._can_jump():
            return False
        seg = self.segment
        if seg.kind == SegmentKind.CHECK:
            if answer == Answer.CONTINUE:
                self._jump(self._index + 1)
                return True
            if answer == Answer.RED_FLAG:
                self.stop("red_flag")
                return True
            return False
        if answer == Answer.EASING and seg.eases:
            if self.eased_at_s is None:
                self.eased_at_s = self.active_time()
            self._jump(self._next_step_start())
            return True
        if answer == Answer.STILL_CRAMPING and seg.kind == SegmentKind.ASK and seg.loop is not None:
            self._jump(self.timeline.loop_bounds(seg.loop)[0])
            return True
        return False

    # -- the clock-driven part ------------------------------------------------------
    def update(self) -> Snapshot:
        """Advance over every boundary the clock has passed, then describe the present."""
        if self.state == PlayerState.PLAYING:
            t = self.active_time()
            while self.state == PlayerState.PLAYING:
                seg = self.segment
                if seg.kind == SegmentKind.CHECK:
                    break
                boundary = self._seg_start + seg.duration_s
                if t < boundary:
                    break
                if seg.kind == SegmentKind.ASK and seg.loop is not None:
                    first, _ = self.timeline.loop_bounds(seg.loop)
                    self._enter(first, boundary, late=t - boundary)
                else:
                    self._enter(self._index + 1, boundary, late=t - boundary)
            if self.state == PlayerState.PLAYING:
                self._check_countdown(t)
                self._check_escalation(t)
        return self.snapshot()

    def snapshot(self) -> Snapshot:
        seg = self.segment
        t = self.finished_at_s if self.finished_at_s is not None else self.active_time()
        elapsed = max(0.0, t - self._seg_start)
        remaining = max(0.0, seg.duration_s - elapsed)
        done = self.state == PlayerState.FINISHED
        routine_remaining = (
            0.0
            if done
            else max(0.0, self.timeline.total_s - seg.offset_s - min(elapsed, seg.duration_s))
        )
        return Snapshot(
            state=self.state,
            segment=None if done else seg,
            elapsed_s=elapsed,
            remaining_s=0.0 if done else remaining,
            routine_remaining_s=routine_remaining,
            next_title=self._next_title(),
            escalation=self._current_escalation(),
            loop_elapsed_s=None if self._loop_start is None else t - self._loop_start,
            total_elapsed_s=t,
            affected=self.affected,
        )

    # -- internals -------------------------------------------------------------------
    def _can_jump(self) -> bool:
        if self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return False
        self.update()
        return self.state in (PlayerState.PLAYING, PlayerState.PAUSED)

    def _jump(self, index: int) -> None:
        self._enter(index, self.active_time(), late=0.0)

    def _enter(self, index: int, at: float, late: float) -> None:
        if index >= len(self.timeline.segments):
            self._finish(at)
            return
        self._index = index
        self._seg_start = at
        self._last_count = None
        seg = self.segment
        loop_id = seg.step_index if seg.eases else None  # time the whole "until eased" step
        if loop_id != self._loop_id:
            self._loop_id = loop_id
            self._loop_start = None if loop_id is None else at
            self._escalations_fired = 0
        if seg.kind in (SegmentKind.HOLD, SegmentKind.MOVE) and seg.exercise_id:
            self._steps_done[seg.exercise_id] = None
        self._emit(PlayerEvent(EventKind.SEGMENT, seg, late))

    def _finish(self, at: float) -> None:
        self._index = len(self.timeline.segments) - 1
        self._seg_start = at - self.segment.duration_s
        self.finished_at_s = at
        self._loop_start = None
        self._loop_id = None
        self._freeze()
        self.state = PlayerState.FINISHED
        self._emit(PlayerEvent(EventKind.STATE, None, "finished"))

    def _freeze(self) -> None:
        """Hold active time where it is (used once the routine has ended)."""
        if self._paused_since is None:
            self._paused_since = self._clock.now()

    def _check_countdown(self, t: float) -> None:
        seg = self.segment
        if not seg.counts_down:
            return
        left = math.ceil(self._seg_start + seg.duration_s - t - 1e-9)
        if 1 <= left <= 3 and left != self._last_count:
            self._last_count = left
            self._emit(PlayerEvent(EventKind.COUNTDOWN, seg, left))

    def _check_escalation(self, t: float) -> None:
        if self._loop_start is None:
            return
        escalations = self.timeline.escalations
        fired = self._escalations_fired
        while fired < len(escalations) and t - self._loop_start >= escalations[fired].after_s:
            fired += 1
        if fired > self._escalations_fired:
            self._escalations_fired = fired
            esc = escalations[fired - 1]
            self._emit(PlayerEvent(EventKind.ESCALATION, self.segment, esc.level, esc))

    def _current_escalation(self) -> Escalation | None:
        if self._escalations_fired == 0:
            return None
        return self.timeline.escalations[self._escalations_fired - 1]

    def _next_step_start(self) -> int:
        """First segment of the next step (or one past the end, which finishes)."""
        return next(
            (i for i in self.timeline.step_starts if i > self._index),
            len(self.timeline.segments),
        )

    def _next_title(self) -> str | None:
        if self.state == PlayerState.FINISHED:
            return None
        step = self.segment.step_index
        for i in self.timeline.step_starts:
            seg = self.timeline.segments[i]
            if seg.step_index > step:
                return seg.title
        return None
