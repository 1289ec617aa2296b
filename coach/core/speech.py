"""What the voice says for each moment of a routine. Pure text: the UI decides when."""

from __future__ import annotations

from coach.core.i18n import fill, translate
from coach.core.red_flags import questions
from coach.core.timeline import Segment, SegmentKind


def spoken_text(segment: Segment, cue: str) -> str:
    """The words for `cue` as it appears on `segment` (a new segment or a rotated cue)."""
    if segment.kind == SegmentKind.CHECK:
        signs = "; ".join(q.lower() for q in questions())
        return fill(translate("Speech", "Before you start: is any of these happening? %1."), signs)
    if segment.kind == SegmentKind.READY and cue == segment.cues[0]:
        return f"{segment.title}. {cue}"
    return cue
