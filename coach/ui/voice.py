"""Spoken cues through QtTextToSpeech, kept off the UI thread and away from the relief path.

Linux pitfalls this guards against: the speech-dispatcher engine's constructor can block for
about 2 s, so the engine is created lazily on a worker thread; with no audio device `say()`
can stay "Speaking" forever, so every utterance has a timeout after which voice is switched
off (text stays on screen); engines are deleted before the app quits.

Signals (Voice):
    unavailable(str): voice could not be used; the reason, once.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

MIN_TIMEOUT_MS = 8000
MS_PER_CHAR = 150  # generous: slow speech rates take about 80 ms a character


class _VoiceWorker(QObject):
    unavailable = Signal(str)

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._broken = False
        self.spoken: list[str] = []  # what was handed to the engine (tests read it)
        self._guard: QTimer | None = None

    def _engine(self) -> QTextToSpeech | None:
        if self._tts is None and not self._broken:
            names = QTextToSpeech.availableEngines()
            if self._engine_name is not None and self._engine_name not in names:
                self._fail(f"speech engine {self._engine_name!r} is not installed")
                return None
            if not names:
                self._fail("no speech engine is installed")
                return None
            tts = QTextToSpeech(self._engine_name or names[0], self)
            if tts.state() == QTextToSpeech.State.Error:
                self._fail(tts.errorString() or "the speech engine failed to start")
                tts.deleteLater()
                return None
            if tts.locale().language() != QLocale().language():
                tts.setLocale(QLocale())  # Coach's language (set at start-up), not the system's
            self._tts = tts
            self._guard = QTimer(self)
            self._guard.setSingleShot(True)
            self._guard.timeout.connect(self._on_guard)
        return self._tts

    def _fail(self, reason: str) -> None:
        if not self._broken:
            self._broken = True
            self.unavailable.emit(reason)

    @Slot(str, float)
    def say(self, text: str, rate: float) -> None:
        tts = self._engine()
        if tts is None or self._guard is None:
            return
        tts.stop()
        tts.setRate(max(-1.0, min(1.0, rate)))
        self.spoken.append(text)
        tts.say(text)
        if tts.state() == QTextToSpeech.State.Error:
            self._fail(tts.errorString() or "speech failed")
            return
        self._guard.start(max(MIN_TIMEOUT_MS, len(text) * MS_PER_CHAR))

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_guard(self) -> None:
        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.stop()
            self._fail("speech did not finish in time (no audio device?)")

    @Slot()
    def shutdown(self) -> None:
        if self._guard is not None:
            self._guard.stop()
        if self._tts is not None:
            self._tts.stop()
            self._tts.deleteLater()
            self._tts = None


class Voice(QObject):
    """The UI thread's handle: `speak()` never blocks; everything runs on the worker."""

    unavailable = Signal(str)
    _say = Signal(str, float)
    _stop = Signal()
    _shutdown = Signal()

    def __init__(self, engine: str | None = None, rate: float = 0.0, parent: QObject | None = None):
        super().__init__(parent)
        self.muted = False
        self.rate = rate
        self.available = True
        self.reason = ""
        self._thread = QThread()
        self._thread.setObjectName("coach-voice")
        self._worker = _VoiceWorker(engine)
        self._worker.moveToThread(self._thread)
        self._say.connect(self._worker.say)
        self._stop.connect(self._worker.stop)
        self._shutdown.connect(self._worker.shutdown)
        self._worker.unavailable.connect(self._on_unavailable)
        self._thread.start()

    @property
    def spoken(self) -> list[str]:
        return list(self._worker.spoken)

    def speak(self, text: str) -> None:
        if text and self.available and not self.muted:
            self._say.emit(text, self.rate)

    def stop(self) -> None:
        self._stop.emit()

    def _on_unavailable(self, reason: str) -> None:
        self.available = False
        self.reason = reason
        self.unavailable.emit(reason)

    def shutdown(self) -> None:
        """Delete the engine on its own thread, then end the thread (call before quitting)."""
        if self._thread.isRunning():
            self._shutdown.emit()
            self._thread.quit()
            self._thread.wait(3000)
