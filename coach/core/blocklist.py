"""What Coach must never present (content brief section 6), as patterns to scan text with.

Used by the validator on every clinician routine and by a test on everything Coach ships.
"""

from __future__ import annotations

import re

FORBIDDEN: dict[str, str] = {
    "herbal remedy": (
        r"\b(herb(al|s)?|licorice|liquorice|valerian|nettle|hawthorn|burdock|horsetail)\b"
    ),
    "homeopathy": r"\b(homeopath\w*|homoeopath\w*|stramonium)\b",
    "needles or pins": r"\b(needles?|pins?|prick\w*)\b",
    "mustard plaster": r"\bmustard\b",
    "drug or supplement dose": (
        r"\b\d+(\.\d+)?\s?(mg|g|mcg|µg|iu|ml)\b|\b(quinine|magne-?b6|vitrum|eggshell)\b"
        r"|\b(supplements?|tablets?|pills?|capsules?)\b"
    ),
    "alcohol rub": r"\balcohol\b",
    "fluid restriction": r"\b(drink less|restrict\w* (fluids?|water|drinking)|less water)\b",
    "fear claim": r"\b(preterm|miscarr\w*|spread\w* to the uterus)\b",
    "cold-floor treatment": r"\bcold floor\b",
}

_COMPILED = {label: re.compile(pattern, re.IGNORECASE) for label, pattern in FORBIDDEN.items()}


def forbidden_in(text: str) -> list[str]:
    """The labels of every forbidden kind of advice found in `text`."""
    return [label for label, pattern in _COMPILED.items() if pattern.search(text)]
