"""The Qt adapter around the core player: the only place that owns a QTimer for a routine.

Signals:
    changed(Snapshot): after every tick and every command; views redraw from it.
    segment_started(Segment): a new segment began (used for voice, chimes, tests).
    ended(str, str): the routine ended: ("finished" | "stopped", reason).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.audio.cue_names import Cue
from coach.core.clock import Clock
from coach.core.player import Answer, EventKind, Player, PlayerEvent, PlayerState, Snapshot
from coach.core.timeline import Timeline

if TYPE_CHECKING:
    from coach.audio.cues import CuePlayer

TICK_MS = 100
SUSPEND_GAP_S = 5.0  # 50 missed ticks: the computer slept, or the app was frozen


class SessionController(QObject):
    changed = Signal(object)
    segment_started = Signal(object)
    ended = Signal(str, str)
    suspended = Signal(float)  # seconds the timer was silent; the routine is now paused

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        cues: CuePlayer | None = None,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = Player(timeline, clock)
        self.timeline = timeline
        self._cues = cues
        self._pending_chime = False
        self._finished_emitted = False
        self.player.subscribe(self._on_event)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_timer)
        self._clock = clock
        self._last_timer_at: float | None = None  # (monotonic, since boot) of the last tick
        self._last_boot_at: float | None = None

    # -- commands from the view ------------------------------------------------------
    def start(self) -> None:
        self.player.start()
        self._timer.start()
        self._publish()

    def toggle_pause(self) -> None:
        self.player.toggle_pause()
        self._publish()

    def skip(self) -> None:
        self.player.skip()
        self._publish()

    def back(self) -> None:
        self.player.back()
        self._publish()

    def answer(self, answer: Answer) -> None:
        self.player.answer(answer)
        self._publish()

    def set_affected(self, where: str | None) -> None:
        self.player.set_affected(where)
        self._publish()

    def pause(self) -> None:
        self.player.pause()
        self._publish()

    def resume(self) -> None:
        self.player.resume()
        self._publish()

    def stop(self, reason: str = "stopped") -> None:
        self.player.stop(reason)
        self._publish()

    def tick(self) -> None:
        """Let the player catch up with the clock (tests call this to move time on)."""
        self._publish()

    def _on_timer(self) -> None:
        """The real timer: ticks come every 100 ms, so a long silence means the computer
        slept (or the app was frozen). That time is counted as a pause, not as exercise."""
        now, boot_now = self._clock.now(), self._clock.since_boot()
        last, self._last_timer_at = self._last_timer_at, now
        last_boot, self._last_boot_at = self._last_boot_at, boot_now
        if last is not None and last_boot is not None:
            # Linux's monotonic clock stands still in a suspend; the boot clock does not.
            gap = max(now - last, boot_now - last_boot)
            if gap > SUSPEND_GAP_S and self.player.pause_from(last):
                self.suspended.emit(gap)
        self._publish()

    def shutdown(self) -> None:
        self._timer.stop()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    # -- internals -------------------------------------------------------------------
    def _publish(self) -> None:
        snapshot: Snapshot = self.player.update()
        if self._pending_chime:
            self._pending_chime = False  # several boundaries in one late tick: one chime
            self._play(Cue.CHIME)
        self.changed.emit(snapshot)
        if (
            snapshot.state in (PlayerState.FINISHED, PlayerState.STOPPED)
            and not self._finished_emitted
        ):
            self._finished_emitted = True
            self._timer.stop()
            if snapshot.state == PlayerState.FINISHED:
                self._play(Cue.DONE)
            self.ended.emit(snapshot.state.value, self.player.end_reason or "")

    def _on_event(self, event: PlayerEvent) -> None:
        if event.kind == EventKind.SEGMENT and event.segment is not None:
            self._pending_chime = True
            self.segment_started.emit(event.segment)
        elif event.kind == EventKind.COUNTDOWN:
            self._play(Cue.TICK)

    def _play(self, cue: Cue) -> None:
        if self._cues is not None:
            self._cues.play(cue)
