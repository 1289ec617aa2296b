"""Time through a seam: the player asks a clock, tests hand it a fake one."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale; only differences matter."""
        ...

    def since_boot(self) -> float:
        """Seconds on a scale that keeps counting while the computer sleeps.

        Linux's monotonic clock stops during suspend, so a sleep cannot be seen in
        `now()` alone; comparing the two scales reveals it."""
        ...


class MonotonicClock:
    """The real clock. Monotonic, so a wall-clock change cannot jump a routine."""

    def now(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.time()  # elsewhere the wall clock is the best witness of a sleep


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._asleep = 0.0

    def now(self) -> float:
        return self._now

    def since_boot(self) -> float:
        return self._now + self._asleep

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds

    def suspend(self, seconds: float) -> None:
        """The computer sleeps: as on Linux, the monotonic scale stands still."""
        if seconds < 0:
            raise ValueError("a sleep cannot last less than nothing")
        self._asleep += seconds
