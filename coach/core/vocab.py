"""The routine format's fixed words (positions, sides, conditions), free of pydantic.

They live apart from the validation models so the player, the planner and the home screen
can use them without importing pydantic, which costs a third of Coach's start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Position(StrEnum):
    STANDING = "standing"
    SEATED = "seated"
    RECLINED = "reclined"
    SIDE_LYING = "side_lying"
    SUPINE = "supine"
    PRONE = "prone"
    WALKING = "walking"


class Sides(StrEnum):
    """Which legs a dose is done on.

    `both`: one side, then the other; `together`: both legs at once; `affected`: the leg
    that is cramping (relief), which the person may name later or never.
    """

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"
    TOGETHER = "together"
    AFFECTED = "affected"


class Condition(StrEnum):
    """Answers a person can tick in their profile."""

    UNSTEADY = "unsteady"
    SWOLLEN_LEGS = "swollen_legs"
    VARICOSE_VEINS = "varicose_veins"
    AVOID_SUPINE = "avoid_supine"
