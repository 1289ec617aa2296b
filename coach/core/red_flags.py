"""The red-flag questions asked before a routine, and what to do on a "yes".

Worded from the content brief, section 4 (ACOG804, VTE, PEC, NHS-SW, HSE). Coach does
not diagnose: it says when to stop and whom to call.
"""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

# English source texts; the functions below give them in the person's language.
QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("RedFlags", "One calf or leg swollen, red, hot or tender"),
    QT_TRANSLATE_NOOP("RedFlags", "Sudden breathlessness, chest pain, or coughing blood"),
    QT_TRANSLATE_NOOP("RedFlags", "Bleeding, fluid leaking, or regular painful contractions"),
    QT_TRANSLATE_NOOP(
        "RedFlags", "Severe headache, blurred vision, or sudden swelling of face or hands"
    ),
    QT_TRANSLATE_NOOP("RedFlags", "Dizziness or feeling faint"),
    QT_TRANSLATE_NOOP("RedFlags", "Your baby moving less than usual"),
)

YES_ADVICE = QT_TRANSLATE_NOOP(
    "RedFlags",
    "Please don't exercise now. Call your midwife or maternity unit today. "
    "Sudden breathlessness, chest pain, coughing blood or collapse: call your "
    "emergency number now.",
)

ALWAYS_BANNER = QT_TRANSLATE_NOOP("RedFlags", "Calf swollen, red or hot? Stop and get help.")

DISCLAIMER = QT_TRANSLATE_NOOP(
    "RedFlags",
    "Coach does not diagnose. A hot, red or swollen calf is not a cramp: stop and get help.",
)

SOURCES: tuple[str, ...] = ("ACOG804", "VTE", "PEC", "NHS-SW", "HSE")


def questions() -> tuple[str, ...]:
    """The warning signs, in the person's language."""
    return tuple(translate("RedFlags", q) for q in QUESTIONS)


def yes_advice() -> str:
    return translate("RedFlags", YES_ADVICE)


def always_banner() -> str:
    return translate("RedFlags", ALWAYS_BANNER)


def disclaimer() -> str:
    return translate("RedFlags", DISCLAIMER)
