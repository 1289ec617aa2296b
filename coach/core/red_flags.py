"""The red-flag questions asked before a routine, and what to do on a "yes".

Worded from the content brief, section 4 (ACOG804, VTE, PEC, NHS-SW, HSE). Coach does
not diagnose: it says when to stop and whom to call.
"""

from __future__ import annotations

QUESTIONS: tuple[str, ...] = (
    "One calf or leg swollen, red, hot or tender",
    "Sudden breathlessness, chest pain, or coughing blood",
    "Bleeding, fluid leaking, or regular painful contractions",
    "Severe headache, blurred vision, or sudden swelling of face or hands",
    "Dizziness or feeling faint",
    "Your baby moving less than usual",
)

YES_ADVICE = (
    "Please don't exercise now. Call your midwife or maternity unit today. "
    "Sudden breathlessness, chest pain, coughing blood or collapse: call your "
    "emergency number now."
)

ALWAYS_BANNER = "Calf swollen, red or hot? Stop and get help."

DISCLAIMER = (
    "Coach does not diagnose. A hot, red or swollen calf is not a cramp: stop and get help."
)

SOURCES: tuple[str, ...] = ("ACOG804", "VTE", "PEC", "NHS-SW", "HSE")
