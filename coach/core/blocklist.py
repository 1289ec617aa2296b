"""What Coach must never present (content brief section 6), as patterns to scan text with.

Used by the validator on every clinician routine and translation, and by a test on
everything Coach ships. Each kind has English and Russian patterns (Coach ships a Russian
translation); Russian stems are cut so everyday words do not match (трав- but not травм-).
"""

from __future__ import annotations

import re

_ENGLISH: dict[str, str] = {
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

_RUSSIAN: dict[str, str] = {
    "herbal remedy": (
        r"\bтрав(?!м)\w*|\bфитотерап\w*|\bлакриц\w*|\bсолодк\w*|\bвалериан\w*"
        r"|\bкрапив\w*|\bбоярышник\w*|\bлопух\w*|\bрепейник\w*|\bхвощ\w*|\bнастойк\w*"
    ),
    "homeopathy": r"\bгомеопат\w*|\bстрамони\w*|\bдурман\w*",
    "needles or pins": r"\bигл\w*|\bиголк\w*|\bбулавк\w*|\bукол\w*|\bпрокал\w*|\bпрокол\w*",
    "mustard plaster": r"\bгорчи(ц|чн)\w*",
    "drug or supplement dose": (
        r"\b\d+([.,]\d+)?\s?(мг|мкг|г|мл|ме|ед)\b|\bхинин\w*|\bмагне[-\s]?[вb]6"
        r"|\bвитрум\w*|\bскорлуп\w*|\bдобавк\w*|\bбады?\b|\bтаблет\w*|\bпилюл\w*|\bкапсул\w*"
    ),
    "alcohol rub": r"\bспирт\w*|\bалкогол\w*|\bводк\w*",
    "fluid restriction": (
        r"\b(пить|пейте|выпивайте)\s+меньше\b|\bменьше\s+(пить|пейте|воды|жидкост\w*)"
        r"|\bогранич\w*(\s+\w+){0,2}\s+(пить\w*|питьё|питье|жидкост\w*|вод[аеуы]\b)"
    ),
    "fear claim": (
        r"\bпреждевременн\w*|\bвыкидыш\w*|\bпрерывани\w*\s+беременност\w*"
        r"|\b(перех|перейд|распростран|переки|отда)\w*\s+(на|в)\s+матк\w*"
    ),
    "cold-floor treatment": (
        r"\b(холодн|ледян)\w*\s+пол(а|у|ом|е)?\b|\bконтрастн\w*\s+(душ|ванн)\w*"
    ),
}

FORBIDDEN: dict[str, str] = {label: f"{_ENGLISH[label]}|{_RUSSIAN[label]}" for label in _ENGLISH}

_COMPILED = {label: re.compile(pattern, re.IGNORECASE) for label, pattern in FORBIDDEN.items()}


def forbidden_in(text: str) -> list[str]:
    """The labels of every forbidden kind of advice found in `text`."""
    return [label for label, pattern in _COMPILED.items() if pattern.search(text)]
