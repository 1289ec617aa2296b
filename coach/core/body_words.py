"""Where a cramp or a stretch is ("Left calf"), in the person's language.

Stored values stay English ("left calf" in the diary); these words are only for display.
Whole phrases are translated, never "left" + "calf": many languages change the side word
with the body part (Russian: левая икра, левое бедро).
"""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

PLACES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Places", "Left calf"),
    QT_TRANSLATE_NOOP("Places", "Right calf"),
    QT_TRANSLATE_NOOP("Places", "Left foot"),
    QT_TRANSLATE_NOOP("Places", "Right foot"),
    QT_TRANSLATE_NOOP("Places", "Left leg"),
    QT_TRANSLATE_NOOP("Places", "Right leg"),
    QT_TRANSLATE_NOOP("Places", "Left ankle"),
    QT_TRANSLATE_NOOP("Places", "Right ankle"),
    QT_TRANSLATE_NOOP("Places", "Left thigh"),
    QT_TRANSLATE_NOOP("Places", "Right thigh"),
    QT_TRANSLATE_NOOP("Places", "Cramping calf"),
    QT_TRANSLATE_NOOP("Places", "Cramping foot"),
    QT_TRANSLATE_NOOP("Places", "Cramping leg"),
    QT_TRANSLATE_NOOP("Places", "Cramping ankle"),
    QT_TRANSLATE_NOOP("Places", "Cramping thigh"),
    QT_TRANSLATE_NOOP("Places", "Both legs"),
    QT_TRANSLATE_NOOP("Places", "Not sure"),
)

_ALIASES = {"both": "Both legs"}  # the diary's word for both legs


def place_text(place: str) -> str:
    """`place` as shown, keeping its case: "Left calf" -> "Левая икра", "left calf" ->
    "левая икра". Anything not in PLACES comes back as it was."""
    if not place:
        return place
    phrase = _ALIASES.get(place.lower(), place[:1].upper() + place[1:])
    shown = translate("Places", phrase)
    if shown == phrase and phrase not in PLACES:
        return place
    return shown if place[:1].isupper() else shown[:1].lower() + shown[1:]
