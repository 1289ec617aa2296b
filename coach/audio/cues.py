"""Short cue sounds (segment chime, countdown tick, finish chime) played off the UI thread.

Sound is a nicety in Coach, never a requirement: a routine must run identically with or
without it.  So everything here is built to fail quietly: ``play()`` never blocks and never
raises, the first playback failure switches sound off for the session (reported once via
``on_unavailable``), and :func:`make_cue_player` falls back to :class:`SilentCuePlayer`
whenever sound is disabled or impossible.

This module is Qt-free and imports ``playsound3`` lazily (on the worker thread), because
importing ``playsound3`` probes the system by spawning helper programs.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from coach.audio.cue_names import Cue
from coach.core.i18n import fill, translate

if TYPE_CHECKING:
    from playsound3.playsound3 import Sound

__all__ = [
    "BackgroundCuePlayer",
    "Cue",
    "CuePlayer",
    "PlaysoundBackend",
    "SilentCuePlayer",
    "make_cue_player",
    "sound_path",
]

logger = logging.getLogger(__name__)

Backend = Callable[[Path, float], None]
"""``backend(path, timeout_s)``: play one file to the end; raise on failure or timeout."""

UnavailableCallback = Callable[[str], None]

MAX_PENDING = 2
"""Cues waiting behind the one playing.  More would only mean cues arriving late."""

TICK_MAX_AGE_S = 0.75
"""A tick that waited longer than this is dropped: a late countdown tick is worse than none."""

JOIN_TIMEOUT_S = 0.5
"""How long ``shutdown()`` waits for the worker; it is a daemon thread, so it cannot block exit."""

_OFF_VALUES = frozenset({"off", "0", "false", "no", "none", "silent"})


class CuePlayer(Protocol):
    """What the UI talks to; implementations must be safe to call from the UI thread."""

    muted: bool

    @property
    def available(self) -> bool:
        """False once we know sound cannot be played (so the UI can show "sound off")."""
        ...

    def play(self, cue: Cue) -> None:
        """Request a cue; never blocks the caller, never raises."""
        ...

    def shutdown(self) -> None:
        """Release the audio worker; idempotent."""
        ...


def sound_path(sounds_dir: Path, cue: Cue) -> Path:
    """File for ``cue``: ``<sounds_dir>/<cue.value>.wav`` (see scripts/make_sounds.py)."""
    return Path(sounds_dir) / f"{cue.value}.wav"


class SilentCuePlayer:
    """A player that never makes a sound, used when sound is disabled or impossible."""

    def __init__(self, reason: str = "sound cues are turned off") -> None:
        self.reason = reason
        self.muted = False

    @property
    def available(self) -> bool:
        """Always False: nothing will ever be heard from this player."""
        return False

    def play(self, cue: Cue) -> None:
        """Do nothing, cheaply."""

    def shutdown(self) -> None:
        """Nothing to release."""


class BackgroundCuePlayer:
    """Plays cues on one daemon worker thread so the UI thread never waits on audio.

    ``backend(path, timeout_s)`` plays one file and returns when it is done, raising on
    failure or timeout; it defaults to :class:`PlaysoundBackend`.  A backend may also have
    optional hooks: ``prepare(timeout_s)``, run once on the worker before the first cue (a
    raise counts as a playback failure), and ``close()``, called by :meth:`shutdown` to cut
    off a sound that is still playing.

    At most :data:`MAX_PENDING` cues wait behind the one playing.  A waiting TICK is dropped
    as soon as a newer cue arrives or once it is older than ``tick_max_age_s``, because a
    countdown tick heard late is misleading.

    On the first failure (exception or timeout) the player marks itself unavailable, drops
    anything pending and calls ``on_unavailable(reason)`` exactly once.  **The callback is
    called from the worker thread**, not the thread that created the player: a Qt caller must
    marshal it (e.g. emit a signal with a queued connection).  It is not called after
    :meth:`shutdown`, so the UI may tear down its receivers right after shutting down.
    """

    def __init__(
        self,
        sounds_dir: Path,
        backend: Backend | None = None,
        timeout_s: float = 3.0,
        on_unavailable: UnavailableCallback | None = None,
        *,
        tick_max_age_s: float = TICK_MAX_AGE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sounds_dir = Path(sounds_dir)
        self._backend: Backend = backend if backend is not None else PlaysoundBackend()
        self._timeout_s = timeout_s
        self._on_unavailable = on_unavailable
        self._tick_max_age_s = tick_max_age_s
        self._clock = clock
        self.muted = False
        self._available = True
        self._reason: str | None = None
        self._closed = False
        self._pending: deque[tuple[Cue, float]] = deque()
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="coach-cue-player", daemon=True)
        self._thread.start()

    @property
    def available(self) -> bool:
        """False once a playback failure showed that sound cannot be played."""
        return self._available

    @property
    def reason(self) -> str | None:
        """Why sound became unavailable, or None while it is still available."""
        return self._reason

    def play(self, cue: Cue) -> None:
        """Queue ``cue`` for the worker; a cheap no-op when muted, unavailable or shut down."""
        if self.muted or not self._available or self._closed:
            return
        if not isinstance(cue, Cue):
            # A caller bug must not be mistaken for broken audio (which would disable sound).
            logger.warning("ignoring unknown cue %r", cue)
            return
        with self._cond:
            if self._closed or not self._available:
                return
            # Whatever is newer makes a waiting tick stale.
            kept = [item for item in self._pending if item[0] is not Cue.TICK]
            while len(kept) >= MAX_PENDING:
                kept.pop(0)  # the oldest is the most out of date
            self._pending.clear()
            self._pending.extend(kept)
            self._pending.append((cue, self._clock()))
            self._cond.notify()

    def shutdown(self) -> None:
        """Stop the worker promptly (cutting off a playing sound if the backend allows)."""
        with self._cond:
            first_call = not self._closed
            self._closed = True
            self._pending.clear()
            self._cond.notify_all()
        if first_call:
            close = getattr(self._backend, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:
                    logger.exception("closing the audio backend failed")
        if self._thread is not threading.current_thread():
            self._thread.join(JOIN_TIMEOUT_S)

    # -- worker thread -------------------------------------------------------------------

    def _run(self) -> None:
        """Worker loop: prepare the backend, then play cues one at a time until shutdown."""
        prepare = getattr(self._backend, "prepare", None)
        if callable(prepare):
            try:
                prepare(self._timeout_s)
            except Exception as exc:
                self._fail(exc)
                return
        while True:
            cue = self._next_cue()
            if cue is None:
                return
            try:
                self._backend(sound_path(self._sounds_dir, cue), self._timeout_s)
            except Exception as exc:
                self._fail(exc)
                return

    def _next_cue(self) -> Cue | None:
        """Block until a cue worth playing is pending; None means shut down."""
        with self._cond:
            while True:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return None
                cue, queued_at = self._pending.popleft()
                if self.muted:
                    continue
                if cue is Cue.TICK and self._clock() - queued_at > self._tick_max_age_s:
                    continue
                return cue

    def _fail(self, exc: BaseException) -> None:
        """Switch sound off for good and tell the owner once (from this worker thread)."""
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        with self._cond:
            self._available = False
            self._reason = reason
            self._pending.clear()
            closed = self._closed
        logger.warning("cue sounds disabled: %s", reason)
        if self._on_unavailable is not None and not closed:
            try:
                self._on_unavailable(reason)
            except Exception:
                logger.exception("on_unavailable callback failed")


# -- default backend: playsound3 -----------------------------------------------------------
#
# What playsound3 3.3 does on Linux without a sound server (checked on Debian 12, GStreamer
# 1.22, no PulseAudio/PipeWire, no /dev/snd):
#   * ``import playsound3`` runs ``gst-play-1.0 --version`` (and aplay/ffplay probes) and
#     picks the "gstreamer" backend.  ``playsound(path, block=False)`` returns a ``Sound``
#     whose ``.subprocess`` is the ``gst-play-1.0 --no-interactive --quiet FILE`` Popen, with
#     stdout/stderr sent to /dev/null.  It neither raises nor hangs.
#   * gst-play's autoaudiosink tries pulsesink, jackaudiosink, oss4sink and osssink, all
#     fail, and it silently falls back to a fake sink: the file "plays" into nothing in real
#     time and gst-play exits with code 0.  gst-play even exits 0 for a missing or corrupt
#     file or an unusable ``--audiosink``; problems only show up as "WARNING ..."/"ERROR ..."
#     lines on stderr, e.g. "WARNING Failed to connect: Connection refused" plus a debug line
#     naming "audiosink-actual-sink-pulse".
# So neither exceptions nor exit codes reveal the failure when the gstreamer backend is in
# use.  PlaysoundBackend.prepare() therefore runs a pre-flight probe: it plays 50 ms of
# silence with gst-play-1.0 itself, capturing stderr, and treats any ERROR line, or a WARNING
# about the audio sink, as "no audio output".  For other playsound3 backends (ffplay, aplay,
# afplay, ...) a non-zero exit code of ``Sound.subprocess`` is treated as a failure; the
# Windows/AppKit backends report nothing, so there only timeouts are detected.


class PlaysoundBackend:
    """Default backend: playsound3, non-blocking, polled so it can time out and be cut off."""

    POLL_S = 0.02

    def __init__(self) -> None:
        self._stop = threading.Event()

    def prepare(self, timeout_s: float) -> None:
        """Import playsound3 and check an audio output really exists (see comment above)."""
        from playsound3 import playsound3 as ps3  # lazy: the import spawns probe processes

        backend = ps3.DEFAULT_BACKEND
        if backend is None:
            raise RuntimeError("playsound3 found no audio player on this system")
        if backend == "gstreamer":
            probe_gstreamer_output(timeout_s)

    def __call__(self, path: Path, timeout_s: float) -> None:
        """Play ``path`` to the end; raise TimeoutError after ``timeout_s``, or on failure."""
        from playsound3 import playsound

        if self._stop.is_set():
            return
        sound = playsound(str(path), block=False)
        deadline = time.monotonic() + timeout_s
        try:
            while sound.is_alive():
                if self._stop.is_set():
                    return
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"playing {path.name} took longer than {timeout_s:g} s")
                self._stop.wait(self.POLL_S)
        finally:
            _stop_and_reap(sound)
        code = _exit_code(sound)
        if code:
            raise RuntimeError(f"audio player exited with code {code} playing {path.name}")

    def close(self) -> None:
        """Cut off the sound being played (if any) and refuse further playback."""
        self._stop.set()


def _exit_code(sound: Sound) -> int | None:
    """Exit code of the player process, or None if this backend has no meaningful one."""
    proc = getattr(sound, "subprocess", None)
    return proc.poll() if isinstance(proc, subprocess.Popen) else None


def _stop_and_reap(sound: Sound) -> None:
    """Stop a still-running player and wait for it, so no zombie or ResourceWarning remains."""
    try:
        if sound.is_alive():
            sound.stop()
        proc = getattr(sound, "subprocess", None)
        if isinstance(proc, subprocess.Popen):
            try:
                proc.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=1.0)
    except Exception:
        logger.exception("could not stop the audio player process")


def probe_gstreamer_output(timeout_s: float, program: str = "gst-play-1.0") -> None:
    """Raise unless gst-play can open a real audio sink (it exits 0 even when it cannot)."""
    exe = shutil.which(program)
    if exe is None:
        raise RuntimeError(f"{program} not found on PATH")
    with tempfile.TemporaryDirectory(prefix="coach-audio-") as tmp:
        probe = Path(tmp) / "silence.wav"
        _write_silence(probe, seconds=0.05)
        try:
            result = subprocess.run(
                [exe, "--no-interactive", "--quiet", str(probe)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=timeout_s,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TimeoutError(f"{program} audio check took longer than {timeout_s:g} s") from exc
    lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    # autoaudiosink posts a WARNING naming the failed sink when it falls back to a fake one.
    sink_trouble = any(line.startswith("WARNING") for line in lines) and "sink" in result.stderr
    if result.returncode != 0 or errors or sink_trouble:
        detail = next(iter(errors + lines), f"exit code {result.returncode}")
        raise RuntimeError(f"no audio output available ({detail})")


def _write_silence(path: Path, seconds: float) -> None:
    """A tiny silent 16-bit mono WAV, so the probe is inaudible even when audio works."""
    frames = round(44_100 * seconds)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(44_100)
        wav.writeframes(b"\x00\x00" * frames)


# -- factory ---------------------------------------------------------------------------------


def audio_disabled_by_env() -> bool:
    """``COACH_AUDIO=off`` (or 0/false/no) forces silence, e.g. for CI or a shared room."""
    return os.environ.get("COACH_AUDIO", "").strip().lower() in _OFF_VALUES


def player_program_exists() -> bool:
    """Cheap check (no imports, no subprocesses) that some playsound3 backend could work."""
    if os.environ.get("PLAYSOUND3_BACKEND"):
        return True  # the user picked one explicitly; trust them and let playback report
    if sys.platform in ("win32", "darwin"):
        return True  # winmm / afplay ship with the OS
    if shutil.which("gst-play-1.0") or shutil.which("ffplay"):
        return True
    # playsound3's ALSA backend requires both programs.
    return bool(shutil.which("aplay") and shutil.which("mpg123"))


def make_cue_player(
    sounds_dir: Path,
    enabled: bool = True,
    on_unavailable: UnavailableCallback | None = None,
) -> CuePlayer:
    """A working background player if sound is wanted and possible, else a silent one.

    ``on_unavailable`` is only ever called by a :class:`BackgroundCuePlayer`, from its
    worker thread; a :class:`SilentCuePlayer` is unavailable from the start (see ``.reason``).
    """
    if not enabled:
        return SilentCuePlayer(translate("Sound", "sound cues are turned off"))
    if audio_disabled_by_env():
        return SilentCuePlayer(translate("Sound", "sound cues are turned off by COACH_AUDIO"))
    missing = [cue.value for cue in Cue if not sound_path(sounds_dir, cue).is_file()]
    if missing:
        text = translate("Sound", "sound files missing in %1: %2")
        return SilentCuePlayer(fill(text, sounds_dir, ", ".join(missing)))
    if not player_program_exists():
        return SilentCuePlayer(
            translate("Sound", "no audio player program found (install gst-play-1.0)")
        )
    return BackgroundCuePlayer(sounds_dir, on_unavailable=on_unavailable)
