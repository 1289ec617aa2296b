"""Generate Coach's cue sounds (chime, tick, done) as small, soft WAV files.

The sounds are synthesised rather than downloaded so they are license-free, reproducible
byte-for-byte, and tuned for a dark bedroom at night: low peak levels, slow attacks, no
clicks at the start or end.  Standard library only; run from anywhere:

    python scripts/make_sounds.py [OUTPUT_DIR]

Output: 44.1 kHz, 16-bit, mono WAV files in ``assets/sounds/`` by default.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
SAMPLE_WIDTH_BYTES = 2
FULL_SCALE = 32_767
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    """One struck note: a few sine partials sharing an attack and exponential decay."""

    start_s: float
    freq_hz: float
    gain: float
    attack_s: float
    decay_tau_s: float
    # (frequency ratio, relative amplitude, decay-time factor) per partial.  Upper partials
    # decay faster so the note starts bright-ish and settles into a warm, round tone.
    partials: tuple[tuple[float, float, float], ...]


BELL_PARTIALS = ((1.0, 1.0, 1.0), (2.0, 0.22, 0.5), (3.0, 0.06, 0.3))


def db_to_amplitude(db: float) -> float:
    """Convert dBFS to a linear amplitude (1.0 == full scale)."""
    return 10.0 ** (db / 20.0)


def raised_cosine(x: float) -> float:
    """Smooth 0->1 ramp for x in [0, 1]; its zero slope at both ends avoids clicks."""
    x = min(max(x, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * x)


def render(
    notes: Sequence[Note], duration_s: float, peak_dbfs: float, fade_out_s: float
) -> list[int]:
    """Mix notes, fade the tail to exact silence and normalise to the requested peak."""
    n = round(duration_s * SAMPLE_RATE)
    buf = [0.0] * n
    for note in notes:
        first = round(note.start_s * SAMPLE_RATE)
        for i in range(max(first, 0), n):
            t = (i - first) / SAMPLE_RATE
            env = raised_cosine(t / note.attack_s)
            value = 0.0
            for ratio, amp, tau_factor in note.partials:
                decay = math.exp(-t / (note.decay_tau_s * tau_factor))
                value += amp * decay * math.sin(2.0 * math.pi * note.freq_hz * ratio * t)
            buf[i] += note.gain * env * value
    fade_n = round(fade_out_s * SAMPLE_RATE)
    for k in range(fade_n):
        # k == 0 is the last sample, which therefore ends at exactly zero.
        buf[n - 1 - k] *= raised_cosine(k / fade_n)
    peak = max(abs(v) for v in buf) or 1.0
    scale = db_to_amplitude(peak_dbfs) * FULL_SCALE / peak
    return [round(v * scale) for v in buf]


def write_wav(path: Path, samples: Sequence[int]) -> None:
    """Write 16-bit little-endian mono PCM; no timestamps, so output is reproducible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH_BYTES)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def make_chime() -> list[int]:
    """Segment start: two overlapping soft bell notes rising a fourth (E5 -> A5)."""
    notes = [
        Note(0.00, 660.0, 1.0, 0.010, 0.28, BELL_PARTIALS),
        Note(0.18, 880.0, 0.85, 0.010, 0.26, BELL_PARTIALS),
    ]
    return render(notes, duration_s=0.9, peak_dbfs=-18.0, fade_out_s=0.12)


def make_tick() -> list[int]:
    """Last seconds of a hold: a short, muffled wooden tock rather than a sharp click."""
    # Low fundamental with an inharmonic "wood" partial that dies away quickly; the 3 ms
    # raised-cosine attack removes the transient that would make it sound like a click.
    wood = ((1.0, 1.0, 1.0), (2.76, 0.30, 0.35), (5.4, 0.06, 0.2))
    notes = [Note(0.0, 520.0, 1.0, 0.003, 0.018, wood)]
    return render(notes, duration_s=0.08, peak_dbfs=-24.0, fade_out_s=0.02)


def make_done() -> list[int]:
    """Routine finished: three slower descending notes (A5, E5, A4) that settle home."""
    notes = [
        Note(0.00, 880.0, 0.75, 0.012, 0.30, BELL_PARTIALS),
        Note(0.30, 659.26, 0.85, 0.012, 0.32, BELL_PARTIALS),
        Note(0.60, 440.0, 1.0, 0.012, 0.42, BELL_PARTIALS),
    ]
    return render(notes, duration_s=1.5, peak_dbfs=-18.0, fade_out_s=0.2)


SOUNDS = {"chime.wav": make_chime, "tick.wav": make_tick, "done.wav": make_done}


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue sound to the output directory and list what was written."""
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else DEFAULT_OUT_DIR
    for name, make in SOUNDS.items():
        samples = make()
        path = out_dir / name
        write_wav(path, samples)
        peak_db = 20.0 * math.log10(max(abs(s) for s in samples) / FULL_SCALE)
        print(f"{path}: {len(samples) / SAMPLE_RATE:.3f} s, peak {peak_db:.1f} dBFS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
