"""When the night theme is on. A pure function of the hour, so tests need no clock tricks."""

from __future__ import annotations

from coach.core.settings import Settings


def is_night(hour: int, settings: Settings) -> bool:
    if settings.theme != "auto":
        return settings.theme == "night"
    start, end = settings.night_from, settings.night_until
    if start == end:
        return False
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end
