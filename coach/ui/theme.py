"""Day and night looks. Night is dark, warm and low-contrast, with no pure white: 3 a.m. eyes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str  # cards, the picture's backdrop
    text: str
    muted: str
    accent: str  # primary actions, the countdown ring
    accent_text: str
    relief: str  # the cramp-relief button
    relief_text: str
    stop: str
    warn: str  # escalation banner background
    warn_text: str
    ring_track: str


DAY = Theme(
    name="day",
    window="#FBF7F2",
    surface="#F4EEE6",
    text="#2E2622",
    muted="#6E625A",
    accent="#3F7F80",
    accent_text="#FFFFFF",
    relief="#A94F63",
    relief_text="#FFFFFF",
    stop="#8C3B3B",
    warn="#F6E2B8",
    warn_text="#4A3312",
    ring_track="#E3D9CD",
)

NIGHT = Theme(
    name="night",
    window="#1B1513",
    surface="#2A211D",
    text="#E6D5C3",
    muted="#A08D7E",
    accent="#C08A4E",
    accent_text="#1B1513",
    relief="#7E3F4B",
    relief_text="#F1DFCF",
    stop="#6E3030",
    warn="#4A3A22",
    warn_text="#F0D9AE",
    ring_track="#3A2E28",
)


def stylesheet(t: Theme, scale: float = 1.0) -> str:
    """One stylesheet for the whole app; widgets pick roles with objectName/properties."""

    def px(n: float) -> int:
        return round(n * scale)

    return f"""
    QWidget {{ background: {t.window}; color: {t.text}; font-size: {px(17)}px; }}
    QLabel {{ background: transparent; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="title"] {{ font-size: {px(30)}px; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {px(22)}px; font-weight: 600; }}
    QLabel[role="cue"] {{ font-size: {px(30)}px; }}
    QLabel[role="question"] {{ font-size: {px(23)}px; line-height: 140%; }}
    QLabel[role="side"] {{ font-size: {px(22)}px; color: {t.muted}; }}
    QLabel[role="note"] {{ color: {t.accent}; font-size: {px(17)}px; }}
    QLabel[role="banner"] {{ color: {t.warn_text}; background: {t.warn};
        border-radius: {px(10)}px; padding: {px(10)}px {px(14)}px; font-size: {px(18)}px; }}
    QLabel[role="badge"] {{ color: {t.muted}; border: 1px solid {t.muted};
        border-radius: {px(8)}px; padding: {px(2)}px {px(8)}px; font-size: {px(14)}px; }}
    QFrame[role="card"] {{ background: {t.surface}; border-radius: {px(16)}px; }}
    QPushButton {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.ring_track};
        border-radius: {px(12)}px; padding: {px(12)}px {px(20)}px; font-size: {px(19)}px; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus {{ border: 2px solid {t.accent}; }}
    QPushButton:disabled {{ color: {t.muted}; }}
    QPushButton[role="primary"] {{ background: {t.accent}; color: {t.accent_text}; border: none; }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {t.text}; }}
    QPushButton[role="relief"] {{ background: {t.relief}; color: {t.relief_text}; border: none;
        border-radius: {px(24)}px; font-size: {px(40)}px; font-weight: 700; padding: {px(28)}px; }}
    QPushButton[role="relief"]:focus {{ border: 3px solid {t.text}; }}
    QPushButton[role="stop"] {{ background: {t.stop}; color: {t.relief_text}; border: none;
        font-weight: 700; min-width: {px(120)}px; }}
    QPushButton[role="stop"]:focus {{ border: 3px solid {t.text}; }}
    QPushButton[role="big"] {{ font-size: {px(25)}px; padding: {px(12)}px {px(24)}px; }}
    QPushButton[role="routine"] {{ text-align: left; padding: {px(16)}px {px(20)}px; }}
    QPushButton[scale="huge"] {{ font-size: {px(30)}px; font-weight: 600; }}
    QToolButton {{ background: transparent; color: {t.muted}; border: 1px solid {t.ring_track};
        border-radius: {px(10)}px; padding: {px(6)}px {px(12)}px; font-size: {px(15)}px; }}
    QToolButton:checked {{ color: {t.text}; border-color: {t.accent}; }}
    QToolButton:focus {{ border: 2px solid {t.accent}; }}
    QListWidget {{ background: {t.surface}; border: none; border-radius: {px(14)}px;
        padding: {px(6)}px; outline: none; }}
    QListWidget::item {{ padding: {px(12)}px; border-radius: {px(10)}px; }}
    QListWidget::item:selected {{ background: {t.ring_track}; color: {t.text}; }}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.muted}; }}
    """


def apply_theme(app: QApplication, theme: Theme, scale: float = 1.0) -> None:
    """Set palette (for native bits) and stylesheet (for everything else)."""
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, theme.window),
        (QPalette.ColorRole.Base, theme.surface),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.WindowText, theme.text),
        (QPalette.ColorRole.Button, theme.surface),
        (QPalette.ColorRole.ButtonText, theme.text),
        (QPalette.ColorRole.Highlight, theme.accent),
        (QPalette.ColorRole.HighlightedText, theme.accent_text),
    ):
        pal.setColor(role, QColor(color))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(theme, scale))
    app.setProperty("coachTheme", theme.name)
