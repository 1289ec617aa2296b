"""What Stop asks ("What happened?") and the advice for each answer.

From the content brief section 4 (ACOG804 warning signs, VTE, PEC, NHS-LC). Coach does not
diagnose; it says what to do and whom to call, with the person's own numbers.
"""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from coach.core.record import record


@record
class StopReason:
    id: str
    label: str  # on the button (English source; label_text() is what is shown)
    advice: str
    urgent: bool  # show the contact numbers prominently

    def label_text(self) -> str:
        return translate("StopAdvice", self.label)

    def advice_text(self) -> str:
        return translate("StopAdvice", self.advice)


REASONS: tuple[StopReason, ...] = (
    StopReason(
        "calf_red_hot_swollen",
        QT_TRANSLATE_NOOP("StopAdvice", "Calf hot, red or swollen"),
        QT_TRANSLATE_NOOP(
            "StopAdvice",
            "A hot, red, swollen or tender calf is not a cramp. Don't massage it. Contact your "
            "midwife or GP today. If you are also short of breath or have chest pain, call "
            "your emergency number now.",
        ),
        urgent=True,
    ),
    StopReason(
        "bleeding",
        QT_TRANSLATE_NOOP("StopAdvice", "Bleeding or fluid leaking"),
        QT_TRANSLATE_NOOP("StopAdvice", "Stop and call your midwife or maternity unit now."),
        urgent=True,
    ),
    StopReason(
        "contractions",
        QT_TRANSLATE_NOOP("StopAdvice", "Contractions or tummy pain"),
        QT_TRANSLATE_NOOP(
            "StopAdvice",
            "Stop and rest. Regular painful contractions or abdominal pain: call your midwife "
            "or maternity unit now.",
        ),
        urgent=True,
    ),
    StopReason(
        "dizziness",
        QT_TRANSLATE_NOOP("StopAdvice", "Dizzy or faint"),
        QT_TRANSLATE_NOOP(
            "StopAdvice",
            "Sit or lie down on your side, and sip some water. If it doesn't pass, or comes "
            "with a headache, blurred vision or chest pain, call your midwife.",
        ),
        urgent=True,
    ),
    StopReason(
        "pain",
        QT_TRANSLATE_NOOP("StopAdvice", "Pain"),
        QT_TRANSLATE_NOOP(
            "StopAdvice",
            "Stop the exercise. A stretch should feel gentle, never painful. If the pain "
            "stays, or the cramp lasts over 10 minutes, contact your midwife or GP.",
        ),
        urgent=False,
    ),
    StopReason(
        "tired",
        QT_TRANSLATE_NOOP("StopAdvice", "Just tired"),
        QT_TRANSLATE_NOOP("StopAdvice", "That's fine. Rest, and come back when you are ready."),
        urgent=False,
    ),
)

BY_ID = {r.id: r for r in REASONS}


def advice_for(reason_id: str) -> StopReason | None:
    return BY_ID.get(reason_id)


def contact_lines(midwife_name: str, midwife_phone: str, emergency_number: str) -> str:
    """The person's own numbers, or a prompt to add them; never an invented number."""
    lines = []
    if midwife_phone or midwife_name:
        who = midwife_name or translate("StopAdvice", "Midwife")
        lines.append(f"{who}: {midwife_phone}" if midwife_phone else who)
    if emergency_number:
        lines.append(fill(translate("StopAdvice", "Emergency: %1"), emergency_number))
    if not lines:
        return translate(
            "StopAdvice",
            "Add your midwife's and emergency numbers under About you, "
            "so they are here when needed.",
        )
    return "\n".join(lines)
