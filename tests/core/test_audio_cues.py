"""Cue sounds: background playback, failure fallback, the factory and the shipped WAV files.

No test sleeps: the worker is observed through injected fake backends, queues and Events
(each wait has a generous timeout so a broken implementation fails instead of hanging).
"""

from __future__ import annotations

import json
import math
import os
import queue
import struct
import subprocess
import sys
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coach.audio.cues import (
    BackgroundCuePlayer,
    Cue,
    PlaysoundBackend,
    SilentCuePlayer,
    make_cue_player,
    probe_gstreamer_output,
    sound_path,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SOUNDS_DIR = REPO_ROOT / "assets" / "sounds"
WAIT_S = 5.0  # upper bound for any wait on the worker; normally it takes milliseconds


class FakeBackend:
    """Records every file it is asked to play; optionally blocks until ``gate`` is set."""

    def __init__(
        self, gate: threading.Event | None = None, error: BaseException | None = None
    ) -> None:
        self.gate = gate
        self.error = error
        self.played: list[Path] = []
        self.calls: queue.Queue[Path] = queue.Queue()

    def __call__(self, path: Path, timeout_s: float) -> None:
        self.played.append(path)
        self.calls.put(path)
        if self.gate is not None:
            assert self.gate.wait(WAIT_S), "test never released the fake backend"
        if self.error is not None:
            raise self.error

    def next_call(self) -> Path:
        """The next file the worker handed to the backend (waits for it)."""
        return self.calls.get(timeout=WAIT_S)


class UnavailableRecorder:
    """An ``on_unavailable`` callback that remembers each call and its thread."""

    def __init__(self) -> None:
        self.reasons: list[str] = []
        self.threads: list[threading.Thread] = []
        self.called = threading.Event()

    def __call__(self, reason: str) -> None:
        self.reasons.append(reason)
        self.threads.append(threading.current_thread())
        self.called.set()


def paths(*cues: Cue) -> list[Path]:
    return [sound_path(SOUNDS_DIR, cue) for cue in cues]


def pending_cues(player: BackgroundCuePlayer) -> list[Cue]:
    """Peek at the queue; only meaningful while the fake backend holds the worker."""
    return [cue for cue, _queued_at in player._pending]


@pytest.fixture
def make_player() -> Iterator[Callable[..., BackgroundCuePlayer]]:
    """Build players with fake backends and always shut them down."""
    players: list[BackgroundCuePlayer] = []

    def build(backend: Callable[[Path, float], None], **kwargs: object) -> BackgroundCuePlayer:
        player = BackgroundCuePlayer(SOUNDS_DIR, backend=backend, **kwargs)  # type: ignore[arg-type]
        players.append(player)
        return player

    yield build
    for player in players:
        player.shutdown()


# -- playback ------------------------------------------------------------------------------


def test_plays_each_cue_in_order(make_player: Callable[..., BackgroundCuePlayer]) -> None:
    backend = FakeBackend()
    player = make_player(backend)
    for cue in Cue:
        player.play(cue)
        assert backend.next_call() == sound_path(SOUNDS_DIR, cue)
    player.shutdown()
    assert backend.played == paths(Cue.CHIME, Cue.TICK, Cue.DONE)
    assert player.available


def test_play_returns_while_backend_is_still_playing(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    gate = threading.Event()
    backend = FakeBackend(gate=gate)
    player = make_player(backend)
    player.play(Cue.CHIME)  # would deadlock here if play() waited for the backend
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.CHIME)
    gate.set()


def test_muted_plays_nothing(make_player: Callable[..., BackgroundCuePlayer]) -> None:
    backend = FakeBackend()
    player = make_player(backend)
    player.muted = True
    for cue in Cue:
        player.play(cue)
    player.muted = False
    player.play(Cue.CHIME)
    # The queue is FIFO, so any muted cue that slipped through would have come first.
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.CHIME)
    player.shutdown()
    assert backend.played == paths(Cue.CHIME)


@pytest.mark.parametrize(
    "error",
    [OSError("audio device busy"), TimeoutError("playing chime.wav took longer than 3 s")],
    ids=["raises", "times-out"],
)
def test_failure_disables_sound_and_reports_once(
    make_player: Callable[..., BackgroundCuePlayer], error: BaseException
) -> None:
    backend = FakeBackend(error=error)
    recorder = UnavailableRecorder()
    player = make_player(backend, on_unavailable=recorder)
    assert player.available

    player.play(Cue.CHIME)
    assert recorder.called.wait(WAIT_S)
    assert not player.available
    for cue in [*Cue, *Cue]:
        player.play(cue)  # cheap no-ops now, and must not raise
    player.shutdown()

    assert backend.played == paths(Cue.CHIME)
    assert len(recorder.reasons) == 1
    assert str(error) in recorder.reasons[0]
    assert type(error).__name__ in recorder.reasons[0]
    assert player.reason == recorder.reasons[0]
    assert recorder.threads[0] is not threading.current_thread()  # documented: worker thread


def test_failing_prepare_hook_disables_sound_before_any_cue(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    class NoOutputBackend(FakeBackend):
        def prepare(self, timeout_s: float) -> None:
            raise RuntimeError("no audio output available")

    backend = NoOutputBackend()
    recorder = UnavailableRecorder()
    player = make_player(backend, on_unavailable=recorder)
    assert recorder.called.wait(WAIT_S)
    player.play(Cue.CHIME)
    player.shutdown()
    assert not player.available
    assert backend.played == []
    assert recorder.reasons == ["RuntimeError: no audio output available"]


def test_a_crashing_on_unavailable_callback_is_contained(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    called = threading.Event()

    def bad_callback(reason: str) -> None:
        called.set()
        raise ValueError("bug in the UI side")

    player = make_player(FakeBackend(error=OSError("boom")), on_unavailable=bad_callback)
    player.play(Cue.DONE)
    assert called.wait(WAIT_S)
    player.shutdown()
    assert not player.available


# -- queueing ------------------------------------------------------------------------------


def test_ticks_queued_behind_a_busy_backend_collapse_to_the_latest(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    gate = threading.Event()
    backend = FakeBackend(gate=gate)
    player = make_player(backend, tick_max_age_s=math.inf)
    player.play(Cue.CHIME)
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.CHIME)  # worker now held

    for _ in range(3):
        player.play(Cue.TICK)
    assert pending_cues(player) == [Cue.TICK]

    gate.set()
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.TICK)
    player.shutdown()
    assert backend.played == paths(Cue.CHIME, Cue.TICK)


def test_a_newer_cue_drops_waiting_ticks(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    gate = threading.Event()
    backend = FakeBackend(gate=gate)
    player = make_player(backend, tick_max_age_s=math.inf)
    player.play(Cue.CHIME)
    backend.next_call()

    player.play(Cue.TICK)
    player.play(Cue.TICK)
    player.play(Cue.DONE)
    assert pending_cues(player) == [Cue.DONE]

    gate.set()
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.DONE)
    player.shutdown()
    assert backend.played == paths(Cue.CHIME, Cue.DONE)


def test_pending_queue_is_bounded(make_player: Callable[..., BackgroundCuePlayer]) -> None:
    gate = threading.Event()
    backend = FakeBackend(gate=gate)
    player = make_player(backend)
    player.play(Cue.CHIME)
    backend.next_call()
    for _ in range(10):
        player.play(Cue.CHIME)
    player.play(Cue.DONE)
    assert pending_cues(player) == [Cue.CHIME, Cue.DONE]
    gate.set()


def test_a_tick_that_waited_too_long_is_skipped(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    now = [0.0]
    worker_checked_age = threading.Event()
    main_thread = threading.current_thread()

    def clock() -> float:
        if threading.current_thread() is not main_thread:
            worker_checked_age.set()  # only ticks are age-checked on the worker
        return now[0]

    gate = threading.Event()
    backend = FakeBackend(gate=gate)
    player = make_player(backend, tick_max_age_s=0.75, clock=clock)
    player.play(Cue.CHIME)
    backend.next_call()
    player.play(Cue.TICK)  # queued at t=0 ...
    now[0] = 2.0  # ... and the chime is still "playing" two seconds later
    gate.set()
    assert worker_checked_age.wait(WAIT_S)  # the tick has been taken off the queue

    player.play(Cue.CHIME)
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.CHIME)
    player.shutdown()
    assert backend.played == paths(Cue.CHIME, Cue.CHIME)


# -- shutdown ------------------------------------------------------------------------------


def _start_player(
    backend: Callable[[Path, float], None],
) -> tuple[BackgroundCuePlayer, threading.Thread]:
    before = set(threading.enumerate())
    player = BackgroundCuePlayer(SOUNDS_DIR, backend=backend)
    (worker,) = set(threading.enumerate()) - before
    return player, worker


def test_shutdown_is_idempotent_and_ends_the_worker() -> None:
    player, worker = _start_player(FakeBackend())
    assert worker.daemon
    player.shutdown()
    player.shutdown()
    worker.join(WAIT_S)
    assert not worker.is_alive()


def test_shutdown_cuts_off_a_playing_sound_via_close_hook() -> None:
    class ClosableBackend(FakeBackend):
        closes = 0

        def close(self) -> None:
            self.closes += 1
            assert self.gate is not None
            self.gate.set()

    backend = ClosableBackend(gate=threading.Event())
    player, worker = _start_player(backend)
    player.play(Cue.DONE)
    backend.next_call()  # worker is inside the backend, "playing"
    player.shutdown()
    player.shutdown()
    worker.join(WAIT_S)
    assert not worker.is_alive()
    assert backend.closes == 1


def test_play_never_raises_after_shutdown() -> None:
    backend = FakeBackend()
    player, worker = _start_player(backend)
    player.shutdown()
    for cue in Cue:
        player.play(cue)
    player.muted = True
    player.play(Cue.CHIME)
    worker.join(WAIT_S)
    assert backend.played == []


def test_unknown_cue_is_ignored_without_disabling_sound(
    make_player: Callable[..., BackgroundCuePlayer],
) -> None:
    backend = FakeBackend()
    player = make_player(backend)
    player.play("chime")  # type: ignore[arg-type]
    player.play(Cue.TICK)
    assert backend.next_call() == sound_path(SOUNDS_DIR, Cue.TICK)
    assert player.available


# -- factory -------------------------------------------------------------------------------


def test_silent_player_does_nothing() -> None:
    player = SilentCuePlayer()
    assert not player.available
    for cue in Cue:
        player.play(cue)
    player.shutdown()
    player.shutdown()


def test_make_cue_player_disabled_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_AUDIO", raising=False)
    player = make_cue_player(SOUNDS_DIR, enabled=False)
    assert isinstance(player, SilentCuePlayer)
    assert not player.available


@pytest.mark.parametrize("value", ["off", "OFF", " off "])
def test_make_cue_player_coach_audio_off_is_silent(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("COACH_AUDIO", value)
    player = make_cue_player(SOUNDS_DIR, enabled=True)
    assert isinstance(player, SilentCuePlayer)
    assert "COACH_AUDIO" in player.reason


def test_make_cue_player_missing_sound_files_is_silent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COACH_AUDIO", raising=False)
    player = make_cue_player(tmp_path)
    assert isinstance(player, SilentCuePlayer)
    assert "missing" in player.reason


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux player programs")
def test_make_cue_player_without_any_player_program_is_silent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COACH_AUDIO", raising=False)
    monkeypatch.delenv("PLAYSOUND3_BACKEND", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no gst-play-1.0, ffplay or aplay here
    player = make_cue_player(SOUNDS_DIR)
    assert isinstance(player, SilentCuePlayer)


# -- the real (playsound3) backend's no-sound-server detection ------------------------------

FAKE_GST_PLAY_NO_SERVER = """#!/bin/sh
echo 'WARNING Failed to connect: Connection refused' >&2
echo 'WARNING debug information: ../ext/pulse/pulsesink.c(616): \
gst_pulseringbuffer_open_device (): /GstPulseSink:audiosink-actual-sink-pulse' >&2
exit 0
"""


def _fake_program(directory: Path, script: str) -> None:
    program = directory / "gst-play-1.0"
    program.write_text(script)
    program.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="uses a shell-script stand-in for gst-play")
def test_gstreamer_probe_detects_missing_sound_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # gst-play-1.0 exits 0 when it falls back to a fake sink; only stderr tells.
    _fake_program(tmp_path, FAKE_GST_PLAY_NO_SERVER)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="Failed to connect"):
        probe_gstreamer_output(timeout_s=WAIT_S)


@pytest.mark.skipif(os.name != "posix", reason="uses a shell-script stand-in for gst-play")
def test_gstreamer_probe_accepts_a_working_sink(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_program(tmp_path, "#!/bin/sh\nexit 0\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    probe_gstreamer_output(timeout_s=WAIT_S)


def test_real_backend_never_raises_or_hangs() -> None:
    """End to end with playsound3: either the tick plays, or sound is reported unavailable.

    Without a sound server (CI) the pre-flight probe must report it; on a desktop with
    sound this plays one quiet tick.
    """
    settled = threading.Event()
    outcome: list[str] = []

    class ObservedBackend(PlaysoundBackend):
        def __call__(self, path: Path, timeout_s: float) -> None:
            super().__call__(path, timeout_s)
            outcome.append("played")
            settled.set()

    def on_unavailable(reason: str) -> None:
        outcome.append(f"unavailable: {reason}")
        settled.set()

    player = BackgroundCuePlayer(
        SOUNDS_DIR, backend=ObservedBackend(), on_unavailable=on_unavailable
    )
    try:
        player.play(Cue.TICK)
        assert settled.wait(15.0), "real backend neither played nor reported failure"
    finally:
        player.shutdown()
    assert len(outcome) == 1
    assert player.available == (outcome[0] == "played")


# -- shipped sound files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "duration_s"), [(Cue.CHIME, 0.9), (Cue.TICK, 0.08), (Cue.DONE, 1.5)]
)
def test_sound_file_format_length_and_level(cue: Cue, duration_s: float) -> None:
    path = sound_path(SOUNDS_DIR, cue)
    assert path.is_file(), "run scripts/make_sounds.py"
    with wave.open(str(path), "rb") as wav:
        assert wav.getframerate() == 44_100
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getcomptype() == "NONE"
        frames = wav.getnframes()
        samples = struct.unpack(f"<{frames}h", wav.readframes(frames))
    assert frames / 44_100 == pytest.approx(duration_s, rel=0.2)
    peak_dbfs = 20 * math.log10(max(abs(s) for s in samples) / 32_767)
    assert peak_dbfs < -12.0
    # Starts and ends at (near) silence, so there is no click at either edge.
    assert abs(samples[0]) <= 16
    assert abs(samples[-1]) <= 16


# -- import hygiene ------------------------------------------------------------------------


def test_importing_cues_pulls_in_neither_qt_nor_playsound3() -> None:
    code = (
        "import json, sys\n"
        "import coach.audio, coach.audio.cues\n"
        "print(json.dumps(sorted(m for m in sys.modules\n"
        "    if m.split('.')[0] in {'PySide6', 'shiboken6', 'playsound3'})))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == []
