"""The names of Coach's sounds, apart from the player that makes them.

Why a module of its own: the session controller names cues from the first relief cue on,
while the cue player (subprocess, wave, threads) is only loaded after that cue is on screen.
"""

from __future__ import annotations

import enum


class Cue(enum.Enum):
    """The few sounds Coach makes; the value is the file stem in the sounds directory."""

    CHIME = "chime"  # a segment starts
    TICK = "tick"  # last 3 seconds of a hold
    DONE = "done"  # routine finished
